import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { toLatinDigits, registerStrings } from '@sugam/i18n';
import { textField } from '@sugam/i18n/en';
import { FormControl, graphemeCount, type ValidationProblem } from '../internal/form-control.js';
import { describedBy, fieldDescriptions, fieldLabel, fieldStyles } from '../internal/field.js';
import { oneOf } from '../internal/enum.js';
import { hostStyles } from '../internal/styles.js';
import { textFieldStyles } from './text-field.styles.js';

registerStrings({ textField });

export const TEXT_FIELD_TYPES = ['text', 'email', 'tel', 'url', 'password', 'search'] as const;
export type TextFieldType = (typeof TEXT_FIELD_TYPES)[number];

/**
 * A single-line text input with its label, hint and messages, that submits like a native `<input>`.
 *
 * Lengths (`minlength`, `maxlength`) count user-perceived characters, so क्षि is one character. With
 * `inputmode="numeric"` or `"decimal"` or `type="tel"`, digits typed in any Indian script (१२३, ১২৩, ௧௨௩, ۱۲۳ …)
 * are kept on screen as typed and submitted as ASCII digits. The value is never rewritten while an input method
 * is composing.
 *
 * @summary Text input: text, email, tel, url, password (show/hide) or search; label, hint, validation, sizes.
 * @status stable
 * @since 0.1.0
 *
 * @slot start - An icon or prefix inside the box, before the text.
 * @slot end - An icon or suffix inside the box, after the text.
 *
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart message - The error, success or warning message.
 * @csspart box - The bordered box around the input.
 * @csspart input - The native `<input>`.
 *
 * @event input - When the user changes the text (re-dispatched from the inner input).
 * @event change - When the user commits a change (re-dispatched from the inner input).
 */
export class SugamTextField extends FormControl {
  static override styles = [hostStyles, fieldStyles, textFieldStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** The kind of text. */
  @property({ reflect: true, useDefault: true }) accessor type: TextFieldType = 'text';

  /** The text as shown (digits as typed). The submitted value has ASCII digits where `inputmode` is numeric. */
  @property() accessor value = '';

  /** The initial value, restored by a form reset. Set from the `value` attribute. */
  @property({ attribute: 'default-value' }) accessor defaultValue = '';

  @property() accessor placeholder = '';

  /** Virtual keyboard hint: `text`, `numeric`, `decimal`, `tel`, `email`, `url`, `search`, `none`. */
  @property() accessor inputmode: string | undefined;

  /** Autofill hint, as on `<input>` (e.g. `name`, `email`, `tel-national`, `postal-code`). */
  @property() accessor autocomplete: string | undefined;

  /** A regular expression the whole value must match (compiled like HTML's, with the `v` flag). */
  @property() accessor pattern: string | undefined;

  /** Fewest characters (grapheme clusters) allowed. */
  @property({ type: Number }) accessor minlength: number | undefined;

  /** Most characters (grapheme clusters) allowed. */
  @property({ type: Number }) accessor maxlength: number | undefined;

  @state() private accessor passwordVisible = false;

  @query('input', true) private accessor input!: HTMLInputElement;

  private composing = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) this.defaultValue ||= this.getAttribute('value') ?? '';
  }

  /** Whether digits are converted to ASCII in the submitted value. */
  private get numeric(): boolean {
    return this.type === 'tel' || this.inputmode === 'numeric' || this.inputmode === 'decimal';
  }

  protected formValue(): string {
    return this.numeric ? toLatinDigits(this.value) : this.value;
  }

  protected override formState(): string {
    return this.value;
  }

  protected validationAnchor() {
    return this.input;
  }

  formResetCallback(): void {
    this.value = this.defaultValue;
    this.touched = false;
  }

  formStateRestoreCallback(state: unknown): void {
    if (typeof state === 'string') this.value = state;
  }

  protected validate(): ValidationProblem | undefined {
    const value = this.formValue();
    if (this.required && value === '') return { flag: 'valueMissing', key: 'valueMissing' };
    if (value === '') return undefined;
    if (typeMismatch(this.type, value)) {
      return { flag: 'typeMismatch', key: this.type === 'url' ? 'typeMismatchUrl' : 'typeMismatchEmail' };
    }
    const length = graphemeCount(value, this.localize.lang);
    if (this.minlength != null && length < this.minlength) {
      return { flag: 'tooShort', key: 'tooShort', values: { min: this.minlength, length } };
    }
    if (this.maxlength != null && length > this.maxlength) {
      return { flag: 'tooLong', key: 'tooLong', values: { max: this.maxlength, length } };
    }
    if (this.pattern && !matchesPattern(this.pattern, value))
      return { flag: 'patternMismatch', key: 'patternMismatch' };
    return undefined;
  }

  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  /** Selects all the text, like `<input>.select()`. */
  select(): void {
    this.input?.select();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('type')) oneOf(this, 'type', this.type, TEXT_FIELD_TYPES, 'text');
  }

  private handleInput(event: Event): void {
    this.value = this.input.value;
    // Native input events are composed; only re-dispatch what does not already cross the shadow boundary.
    if (!event.composed) this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  private handleChange(): void {
    this.value = this.input.value;
    this.touched = true;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private handleBlur(): void {
    if (!this.composing) this.touched = true;
  }

  private clear(): void {
    this.value = '';
    this.input.focus();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  protected override render() {
    const texts = this.fieldTexts;
    const type = oneOf(this, 'type', this.type, TEXT_FIELD_TYPES, 'text');
    const inputType = type === 'password' && this.passwordVisible ? 'text' : type;
    const disabled = this.isDisabled;
    // No whitespace text nodes between the parts: a page may hold hundreds of fields.
    // Plain class strings, not classMap: one directive fewer in each of a page's many fields.
    return html`<div class=${this.showsError ? 'field invalid' : 'field'}
      >${fieldLabel(texts, 'input')}<div part="box" class="box"
        ><slot name="start"></slot
        ><input
          part="input"
          id="input"
          type=${inputType}
          name=${ifDefined(this.name || undefined)}
          .value=${live(this.value)}
          placeholder=${ifDefined(this.placeholder || undefined)}
          inputmode=${ifDefined(this.inputmode)}
          autocomplete=${ifDefined(this.autocomplete as AutoFill | undefined)}
          ?disabled=${disabled}
          ?readonly=${this.readonly}
          ?required=${this.required}
          aria-invalid=${this.showsError ? 'true' : 'false'}
          aria-describedby=${ifDefined(describedBy(texts) || undefined)}
          spellcheck=${type === 'text' || type === 'search' ? 'true' : 'false'}
          @input=${this.handleInput}
          @change=${this.handleChange}
          @blur=${this.handleBlur}
          @compositionstart=${() => (this.composing = true)}
          @compositionend=${() => (this.composing = false)} />${this.renderAction(type, disabled)}<slot
          name="end"
        ></slot></div
      >${fieldDescriptions(texts)}</div
    >`;
  }

  /** The button inside the box: show/hide for a password, clear for a search with text, else none. */
  private renderAction(type: TextFieldType, disabled: boolean) {
    if (type === 'password') {
      return html`<button
        class="action"
        type="button"
        aria-pressed=${this.passwordVisible ? 'true' : 'false'}
        ?disabled=${disabled}
        @click=${() => (this.passwordVisible = !this.passwordVisible)}
      >
        ${this.localize.t('textField.showPassword')}
      </button>`;
    }
    if (type === 'search' && this.value && !disabled && !this.readonly) {
      return html`<button class="action" type="button" @click=${this.clear}>
        ${this.localize.t('textField.clear')}
      </button>`;
    }
    return nothing;
  }
}

let probe: HTMLInputElement | undefined;

/** Whether an email or url value is malformed, judged by a detached native input (the browser's own rules). */
function typeMismatch(type: TextFieldType, value: string): boolean {
  if (type !== 'email' && type !== 'url') return false;
  probe ??= document.createElement('input');
  probe.type = type;
  probe.value = value;
  return probe.validity.typeMismatch;
}

const patterns = new Map<string, RegExp | null>();

/** Tests a whole value against an HTML `pattern`; an invalid pattern is ignored, as browsers do. */
function matchesPattern(pattern: string, value: string): boolean {
  if (!patterns.has(pattern)) {
    try {
      patterns.set(pattern, new RegExp(`^(?:${pattern})$`, 'v'));
    } catch {
      console.warn(`[sugam] pattern "${pattern}" is not a valid regular expression; ignoring it.`);
      patterns.set(pattern, null);
    }
  }
  return patterns.get(pattern)?.test(value) ?? true;
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-text-field': SugamTextField;
  }
}
