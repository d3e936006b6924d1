import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { lengthProblem, SugamDigitsField, verhoeffValid } from '../internal/identity.js';
import type { ValidationProblem } from '../internal/form-control.js';
import { registerStrings } from '@sugam/i18n';
import { aadhaarField } from '@sugam/i18n/en';

registerStrings({ aadhaarField });

const LENGTH = 12;

/**
 * An Aadhaar number: 12 digits shown grouped 4-4-4, in any script's digits, with spaces and hyphens allowed when
 * typed or pasted. The last digit is checked with the Verhoeff algorithm, which catches every single wrong digit and
 * every swap of two neighbouring digits; a number that passes may still not exist. The form value is 12 ASCII
 * digits. The number never appears in console output, messages or events' detail. With `masked`, only the last four
 * digits show while the field is not focused, and a toggle button reveals the whole number.
 *
 * @summary Aadhaar number: 12 digits grouped 4-4-4, Verhoeff check digit, optional masked display.
 * @status stable
 * @since 0.2.0
 *
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart message - The error, success or warning message.
 * @csspart box - The bordered box around the input.
 * @csspart input - The native `<input>`.
 * @csspart reveal - The button that shows a masked number.
 * @csspart notice - The announcement of characters that were rejected or did not fit.
 *
 * @event input - When the user changes the number.
 * @event change - When the user commits a change.
 */
export class SugamAadhaarField extends SugamDigitsField {
  /** Shows only the last four digits (XXXX XXXX 1234) while the field is not focused, with a toggle to reveal. */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor masked = false;

  @state() private accessor revealed = false;

  protected get maxUnits(): number {
    return LENGTH;
  }

  protected override format(typed: string): string {
    return (
      Array.from(typed)
        .join('')
        .match(/.{1,4}/gu) ?? []
    ).join(' ');
  }

  protected override shownText(): string {
    const text = this.format(this.typed);
    if (!this.masked || this.revealed || this.focused) return text;
    const units = Array.from(this.typed);
    return this.format(units.map((digit, i) => (i < units.length - 4 ? 'X' : digit)).join(''));
  }

  protected check(value: string): ValidationProblem | undefined {
    const short = lengthProblem('aadhaar', value, LENGTH);
    if (short) return short;
    if (/^[01]/.test(value)) return { flag: 'patternMismatch', key: 'aadhaarStart' };
    if (!verhoeffValid(value)) return { flag: 'patternMismatch', key: 'aadhaarChecksum' };
    return undefined;
  }

  protected override renderSuffix() {
    if (!this.masked) return nothing;
    return html`<button
      part="reveal"
      class="action"
      type="button"
      aria-pressed=${this.revealed ? 'true' : 'false'}
      ?disabled=${this.isDisabled}
      @click=${() => (this.revealed = !this.revealed)}
    >
      ${this.localize.t('aadhaarField.show')}
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-aadhaar-field': SugamAadhaarField;
  }
}
