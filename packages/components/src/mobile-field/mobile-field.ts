import { html } from 'lit';
import { toLatinDigits } from '@sugam/i18n';
import { lengthProblem, SugamDigitsField, type CharacterKind } from '../internal/identity.js';
import type { ValidationProblem } from '../internal/form-control.js';

const LENGTH = 10;

/**
 * An Indian mobile number: +91 shown before the box's 10 digits, the first 6–9. Pasted numbers with `+91`, `91`,
 * `0091` or `0` in front, spaces, hyphens or brackets are normalised, and digits of any script are accepted. The
 * form value is the 10 ASCII digits (without +91). Whether the number is in service is not checked.
 *
 * @summary Mobile number: +91 prefix, 10 digits starting 6–9, pasted prefixes normalised.
 * @status stable
 * @since 0.2.0
 *
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart message - The error, success or warning message.
 * @csspart box - The bordered box around the input.
 * @csspart prefix - The +91 country code.
 * @csspart input - The native `<input>`.
 * @csspart notice - The announcement of characters that were rejected or did not fit.
 *
 * @event input - When the user changes the number.
 * @event change - When the user commits a change.
 */
export class SugamMobileField extends SugamDigitsField {
  protected override autocompleteHint(): string {
    return 'tel-national';
  }
  protected override inputType: 'text' | 'tel' = 'tel';

  protected get maxUnits(): number {
    return LENGTH;
  }

  /** A `+` (of +91) is dropped like a separator. */
  protected override classify(unit: string): CharacterKind {
    return unit === '+' ? 'skip' : super.classify(unit);
  }

  /** Drops a country code or trunk prefix: +91…, 0091…, 91… (12 digits) and 0… (11 digits). */
  protected override stripPrefix(units: string[], raw: string): string[] {
    if (units.length <= LENGTH) return units;
    const digits = toLatinDigits(units.join(''));
    const international = raw.trim().startsWith('+');
    if (digits.startsWith('0091')) return units.slice(4);
    if (digits.startsWith('91') && (international || units.length === LENGTH + 2)) return units.slice(2);
    if (digits.startsWith('0') && units.length === LENGTH + 1) return units.slice(1);
    return units;
  }

  protected check(value: string): ValidationProblem | undefined {
    const short = lengthProblem('mobile', value, LENGTH);
    if (short) return short;
    if (!/^[6-9]/.test(value)) return { flag: 'patternMismatch', key: 'mobileStart' };
    return undefined;
  }

  protected override extraDescriptions(): string[] {
    return ['prefix'];
  }

  protected override renderPrefix() {
    return html`<span part="prefix" class="prefix" id="prefix" dir="ltr">+91</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-mobile-field': SugamMobileField;
  }
}
