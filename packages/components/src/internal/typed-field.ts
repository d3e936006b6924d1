import { LitElement, html } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { FormControl } from './form-control.js';

/**
 * What the date and time fields share: one text box where people type a value in their own way and script, read
 * into the control's value (`applyText`), with the text kept exactly as typed (`typedText`) until the page sets
 * a value. Never rewritten while an input method is composing; `input` and `change` as on a native input; the
 * initial value from the `value` attribute, for form reset.
 */
export abstract class TypedField extends FormControl {
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  abstract value: string;

  /** The initial value, restored by a form reset. Set from the `value` attribute. */
  @property({ attribute: 'default-value' }) accessor defaultValue = '';

  /** Autofill hint, as on `<input>`. */
  @property() accessor autocomplete: string | undefined;

  /**
   * The on-screen keyboard phones show. `numeric` (default): a number pad, since digits alone are enough (`26012025`,
   * `930`) and separators are optional; `text` for a full keyboard (to type `/`, `:` or "pm").
   */
  @property() accessor inputmode: 'numeric' | 'text' | 'decimal' = 'numeric';

  /** The text as the user typed it; `null` while the text shown is the value, formatted. */
  @state() protected accessor typedText: string | null = null;

  @query('#input') protected accessor input!: HTMLInputElement;

  protected composing = false;
  /** The value the typed text gave, to tell typing from a value set by the page. */
  protected valueFromText: string | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) this.defaultValue ||= this.getAttribute('value') ?? '';
  }

  protected validationAnchor() {
    return this.input;
  }

  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  /** Reads typed text: sets `typedText`, and `value` (through `valueFromText`) to what the text says, or ''. */
  protected abstract applyText(text: string): void;

  /** Whether a string is a value of this field as its form submits it (an ISO date, an amount, `HH:MM`). */
  protected abstract isValue(value: string): boolean;

  protected formValue(): string {
    return this.isValue(this.value) ? this.value : '';
  }

  /** What the browser keeps for back/forward: the text as typed, else the value. */
  protected override formState(): string {
    return this.typedText ?? this.formValue();
  }

  formResetCallback(): void {
    this.typedText = null;
    this.valueFromText = null;
    this.value = this.defaultValue;
    this.touched = false;
  }

  formStateRestoreCallback(state: unknown): void {
    if (typeof state !== 'string') return;
    if (this.isValue(state)) {
      this.typedText = null;
      this.value = state;
    } else this.applyText(state);
  }

  private handleInput(event: Event): void {
    this.applyText(this.input.value);
    if (!event.composed) this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  private handleChange(): void {
    this.applyText(this.input.value);
    this.touched = true;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private handleBlur(): void {
    if (!this.composing) this.touched = true;
  }

  /**
   * The text box, showing `display` (the typed text, else the formatted value), `size` characters wide; named by its
   * `<label>`, or by the ids in `labelledBy`.
   */
  protected renderTextInput(display: string, size: number, describedBy: string, labelledBy?: string) {
    return html`<input
      part="input"
      id="input"
      type="text"
      name=${ifDefined(this.name || undefined)}
      .value=${live(display)}
      autocomplete=${ifDefined(this.autocomplete as AutoFill | undefined)}
      inputmode=${this.inputmode}
      size=${size}
      spellcheck="false"
      ?disabled=${this.isDisabled}
      ?readonly=${this.readonly}
      ?required=${this.required}
      aria-invalid=${this.showsError ? 'true' : 'false'}
      aria-describedby=${describedBy}
      aria-labelledby=${ifDefined(labelledBy)}
      @input=${this.handleInput}
      @change=${this.handleChange}
      @blur=${this.handleBlur}
      @compositionstart=${() => (this.composing = true)}
      @compositionend=${() => (this.composing = false)}
    />`;
  }
}
