import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, queryAll, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { live } from 'lit/directives/live.js';
import { toLatinDigits, registerStrings } from '@sugam/i18n';
import { otpField, validation, identity } from '@sugam/i18n/en';
import { FormControl, type ValidationProblem } from '../internal/form-control.js';
import { describedBy, fieldDescriptions, fieldLabel, fieldStyles, type FieldTexts } from '../internal/field.js';
import { hostStyles } from '../internal/styles.js';
import { oneOf } from '../internal/enum.js';
import { identityStyles, inputNotice, isDigit } from '../internal/identity.js';
import { textFieldStyles } from '../text-field/text-field.styles.js';
import { otpFieldStyles } from './otp-field.styles.js';

registerStrings({ otpField, validation, identity });

const LENGTHS = ['4', '5', '6', '7', '8'] as const;
const SEPARATORS = /^[\s\-.]$/u;

/**
 * A one-time code (OTP) of 4 to 8 digits, typed into separate cells that act as one field: one label, one value,
 * one validation message. Typing moves to the next cell, Backspace on an empty cell goes back, the arrow keys, Home
 * and End move between cells, and a whole code pasted (or filled in by the phone's SMS autofill,
 * `autocomplete="one-time-code"`) into any cell fills them all. Digits of any script are accepted; the form value is
 * ASCII. With `resend-after`, a resend button counts down in the field's language before it can be used. `locked`
 * shows the locked-out state (too many attempts).
 *
 * @summary One-time code: 4–8 cells acting as one field, paste anywhere, SMS autofill, resend countdown, locked state.
 * @status stable
 * @since 0.2.0
 *
 * @csspart label - The `<label>` (tied to the first cell; names the group).
 * @csspart hint - The hint text.
 * @csspart message - The error, success or warning message.
 * @csspart cells - The row of cells.
 * @csspart cell - Each cell's `<input>`.
 * @csspart resend - The resend button.
 * @csspart notice - The announcement of characters that were rejected or did not fit.
 *
 * @cssprop --sugam-otp-field-cell-size - The inline size of a cell (default 2.75em).
 *
 * @event input - When the code changes.
 * @event change - When the user commits a change.
 * @event sugam-resend - When the user asks for a new code (the countdown restarts).
 */
export class SugamOtpField extends FormControl {
  static override styles = [hostStyles, fieldStyles, textFieldStyles, identityStyles, otpFieldStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** How many digits the code has: 4 to 8 (default 6). */
  @property({ type: Number }) accessor length = 6;

  /** The code as ASCII digits (what the form submits). */
  @property() accessor value = '';

  /** The initial value, restored by a form reset. Set from the `value` attribute. */
  @property({ attribute: 'default-value' }) accessor defaultValue = '';

  /** Seconds before the resend button can be used; no resend button without it. The countdown starts when the
   * field is connected and again after each resend. */
  @property({ type: Number, attribute: 'resend-after' }) accessor resendAfter: number | undefined;

  /** Locked out (e.g. too many wrong codes): the cells cannot be changed and a localized message shows. */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor locked = false;

  /** Each cell's character as typed (digits stay in the script they were typed in). */
  @state() private accessor cells: string[] = [];
  @state() private accessor remaining = 0;
  @state() private accessor notice = '';

  @queryAll('input') private accessor inputs!: NodeListOf<HTMLInputElement>;

  private timer: ReturnType<typeof setInterval> | undefined;
  private composing = false;

  private get codeLength(): number {
    return Number(oneOf(this, 'length', String(this.length), LENGTHS, '6'));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) this.defaultValue ||= this.getAttribute('value') ?? '';
    if (this.resendAfter != null) this.restartCountdown();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Starts the resend countdown again (e.g. after the page sent a new code itself). */
  restartCountdown(): void {
    clearInterval(this.timer);
    this.remaining = Math.max(0, Math.floor(this.resendAfter ?? 0));
    if (this.remaining === 0) return;
    // Counted from a deadline, not by ticks: a late timer (a busy or power-saving phone, a background tab) must not
    // stretch "30 seconds" into 40. Checked four times a second; the field re-renders only when the number changes.
    const deadline = performance.now() + this.remaining * 1000;
    this.timer = setInterval(() => {
      this.remaining = Math.max(0, Math.ceil((deadline - performance.now()) / 1000));
      if (this.remaining === 0) clearInterval(this.timer);
    }, 250);
  }

  protected formValue(): string {
    return toLatinDigits(this.cells.join(''));
  }

  protected override formState(): string {
    return this.cells.join('');
  }

  protected validationAnchor() {
    const inputs = [...(this.inputs ?? [])];
    return inputs.find((input) => input.value === '') ?? inputs[0];
  }

  formResetCallback(): void {
    this.value = this.defaultValue;
    this.notice = '';
    this.touched = false;
  }

  formStateRestoreCallback(state: unknown): void {
    if (typeof state === 'string') this.value = state;
  }

  protected validate(): ValidationProblem | undefined {
    if (this.locked) return { flag: 'customError', key: 'otpLocked' };
    const filled = this.cells.filter(Boolean).length;
    if (filled === 0) return this.required ? { flag: 'valueMissing', key: 'valueMissing' } : undefined;
    if (filled < this.codeLength)
      return { flag: 'tooShort', key: 'otpIncomplete', values: { max: this.codeLength, length: filled } };
    return undefined;
  }

  override focus(options?: FocusOptions): void {
    this.validationAnchor()?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('resendAfter') && this.hasUpdated) this.restartCountdown();
    if ((changed.has('value') && this.value !== this.formValue()) || this.cells.length !== this.codeLength) {
      const digits = Array.from(this.value ?? '').filter(isDigit);
      this.cells = Array.from({ length: this.codeLength }, (_, i) => digits[i] ?? '');
    }
    this.value = this.formValue();
    super.willUpdate(changed);
  }

  /** Puts digits into the cells from `start`, announces rejected characters and what did not fit, moves focus. */
  private fill(start: number, text: string): void {
    const digits: string[] = [];
    const rejected: string[] = [];
    for (const char of text) {
      if (isDigit(char)) digits.push(char);
      else if (!SEPARATORS.test(char) && !rejected.includes(char)) rejected.push(char);
    }
    // A whole code fills the field from its first cell, whichever cell it was pasted into.
    const from = digits.length >= this.codeLength ? 0 : start;
    const fitting = digits.slice(0, this.codeLength - from);
    const cells = [...this.cells];
    fitting.forEach((digit, i) => (cells[from + i] = digit));
    this.cells = cells;
    this.value = this.formValue();
    this.notice = inputNotice(
      (key, values) => this.localize.t(key, values),
      'identity.rejectedDigits',
      rejected,
      digits.length - fitting.length,
      this.codeLength,
    );
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const next = Math.min(from + fitting.length, this.codeLength - 1);
    if (fitting.length) this.moveTo(next);
  }

  private moveTo(index: number): void {
    const input = this.inputs[Math.max(0, Math.min(this.codeLength - 1, index))];
    input?.focus();
    input?.select();
  }

  private setCell(index: number, digit: string): void {
    const cells = [...this.cells];
    cells[index] = digit;
    this.cells = cells;
    this.value = this.formValue();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  private handleInput(index: number, event: InputEvent): void {
    event.stopPropagation();
    if (this.composing || event.isComposing) return;
    const input = event.target as HTMLInputElement;
    const text = input.value;
    const previous = this.cells[index];
    // Typing over a filled cell: keep the digit just typed.
    const typed =
      previous && Array.from(text).length === 2 ? (text.startsWith(previous) ? text.slice(-1) : text[0]) : text;
    input.value = this.cells[index];
    if (typed === '') this.setCell(index, '');
    else this.fill(index, typed);
  }

  private handlePaste(index: number, event: ClipboardEvent): void {
    event.preventDefault();
    if (this.readonly || this.locked) return;
    this.fill(index, event.clipboardData?.getData('text') ?? '');
  }

  private handleKeydown(index: number, event: KeyboardEvent): void {
    if (event.isComposing || event.keyCode === 229) return;
    const editable = !this.readonly && !this.locked;
    switch (event.key) {
      case 'Backspace':
        if (this.cells[index] === '' && index > 0) {
          event.preventDefault();
          if (editable) this.setCell(index - 1, '');
          this.moveTo(index - 1);
        }
        return;
      case 'Delete':
        event.preventDefault();
        if (editable) this.setCell(index, '');
        return;
      case 'ArrowLeft':
        event.preventDefault();
        this.moveTo(index - 1);
        return;
      case 'ArrowRight':
        event.preventDefault();
        this.moveTo(index + 1);
        return;
      case 'Home':
        event.preventDefault();
        this.moveTo(0);
        return;
      case 'End':
        event.preventDefault();
        this.moveTo(this.codeLength - 1);
        return;
    }
  }

  private handleChange(event: Event): void {
    event.stopPropagation();
    this.touched = true;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private handleFocusOut(event: FocusEvent): void {
    if (!this.renderRoot.contains(event.relatedTarget as Node | null)) this.touched = true;
  }

  private resend(): void {
    if (this.remaining > 0 || this.locked || this.isDisabled) return;
    this.dispatchEvent(new CustomEvent('sugam-resend', { bubbles: true, composed: true }));
    this.restartCountdown();
  }

  protected override render() {
    const texts: FieldTexts = {
      label: this.label,
      hint: this.hint,
      error: this.locked ? this.errorMessage || this.localize.t('validation.otpLocked') : this.visibleError,
      status: this.statusMessage,
      state: this.state,
      required: this.required,
      optional: this.optional,
      t: (key) => this.localize.t(key),
    };
    const invalid = this.showsError || this.locked;
    const disabled = this.isDisabled || this.locked;
    const described = describedBy(texts) || undefined;
    // One tab stop: the first empty cell, else the last.
    const firstEmpty = this.cells.indexOf('');
    const current = firstEmpty === -1 ? this.codeLength - 1 : firstEmpty;
    return html`<div class="field ${classMap({ invalid })}">
        ${fieldLabel(texts, 'cell-0')}
        <div
          part="cells"
          class="cells"
          role="group"
          aria-labelledby="label"
          aria-describedby=${described ?? nothing}
          dir="ltr"
          @focusout=${this.handleFocusOut}
        >
          ${this.cells.map(
            (cell, i) =>
              html`<input
                part="cell"
                class="box cell ${classMap({ disabled })}"
                id="cell-${i}"
                type="text"
                .value=${live(cell)}
                inputmode="numeric"
                autocomplete=${i === 0 ? 'one-time-code' : 'off'}
                spellcheck="false"
                tabindex=${i === current ? '0' : '-1'}
                aria-label=${this.localize.t('otpField.digit', { index: i + 1, total: this.codeLength })}
                aria-invalid=${invalid ? 'true' : 'false'}
                aria-describedby=${described ?? nothing}
                ?disabled=${disabled}
                ?readonly=${this.readonly}
                ?required=${this.required && i === 0}
                @input=${(event: InputEvent) => this.handleInput(i, event)}
                @paste=${(event: ClipboardEvent) => this.handlePaste(i, event)}
                @keydown=${(event: KeyboardEvent) => this.handleKeydown(i, event)}
                @change=${this.handleChange}
                @focus=${(event: FocusEvent) => (event.target as HTMLInputElement).select()}
                @compositionstart=${() => (this.composing = true)}
                @compositionend=${(event: CompositionEvent) => {
                  this.composing = false;
                  this.handleInput(i, event as unknown as InputEvent);
                }}
              />`,
          )}
        </div>
        ${fieldDescriptions(texts)}
        ${
          this.resendAfter != null && !this.locked
            ? html`<button
                part="resend"
                class="action resend"
                type="button"
                aria-disabled=${this.remaining > 0 || this.isDisabled ? 'true' : 'false'}
                @click=${this.resend}
              >
                ${
                  this.remaining > 0
                    ? this.localize.t('otpField.resendIn', { count: this.remaining })
                    : this.localize.t('otpField.resend')
                }
              </button>`
            : nothing
        }
      </div>
      <div part="notice" class="notice" id="notice" role="status">${this.notice}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-otp-field': SugamOtpField;
  }
  interface HTMLElementEventMap {
    'sugam-resend': CustomEvent<undefined>;
  }
}
