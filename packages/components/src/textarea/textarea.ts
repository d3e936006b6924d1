import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { FormControl, graphemeCount, type ValidationProblem } from '../internal/form-control.js';
import { describedBy, fieldDescriptions, fieldLabel, fieldStyles } from '../internal/field.js';
import { hostStyles } from '../internal/styles.js';
import { textareaStyles } from './textarea.styles.js';
import { cssProperties } from '../internal/css-properties.js';
import { registerStrings } from '@sugam/i18n';
import { textarea } from '@sugam/i18n/en';

registerStrings({ textarea });

/** How close to the limit the text is; the counter is announced only when this changes (or after a pause). */
type CounterLevel = 'empty' | 'under' | 'near' | 'full' | 'over';

/** From this share of `maxlength` on, the text counts as near the limit. */
const NEAR = 0.8;

/**
 * A multi-line text input with its label, hint, messages and an optional character counter, that submits like a
 * native `<textarea>`.
 *
 * Lengths count user-perceived characters (grapheme clusters, through `Intl.Segmenter`), so क्षि or ন্‍ is
 * one character, as readers see it. With `maxlength`, a counter under the box says "12 of 200 characters", or
 * "5 characters over the limit" once the text is too long. The text is never cut: the control becomes invalid
 * (`tooLong`) and says by how much. Screen readers hear the counter politely and only when it matters: when
 * the text comes near the limit, reaches it, goes over it or comes back, and after the user pauses typing near
 * or over the limit, never on every keystroke. The value is never rewritten while an input method is composing.
 *
 * @summary Multi-line text input with a grapheme-aware character counter, auto-grow, label, hint, validation.
 * @status stable
 * @since 0.1.0
 *
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart message - The error, success or warning message.
 * @csspart box - The bordered box around the textarea.
 * @csspart textarea - The native `<textarea>`.
 * @csspart counter - The character counter.
 *
 * @cssprop --sugam-textarea-max-block-size - The tallest an auto-growing (or resized) textarea gets before it scrolls (default: none).
 *
 * @event input - When the user changes the text (re-dispatched from the inner textarea).
 * @event change - When the user commits a change (re-dispatched from the inner textarea).
 */
export class SugamTextarea extends FormControl {
  static override styles = [hostStyles, fieldStyles, textareaStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** How long (ms) the user must pause typing near or over the limit before the counter is announced again. */
  static announceDelay = 1500;

  /** The text. */
  @property() accessor value = '';

  /** The initial value, restored by a form reset. Set from the `value` attribute. */
  @property({ attribute: 'default-value' }) accessor defaultValue = '';

  @property() accessor placeholder = '';

  /** Visible lines of text (the least height; the box can grow). */
  @property({ type: Number }) accessor rows = 4;

  /** Grows with the text instead of scrolling (up to `--sugam-textarea-max-block-size`). */
  @property({ type: Boolean, reflect: true, useDefault: true, attribute: 'auto-grow' }) accessor autoGrow = false;

  /** Autofill hint, as on `<textarea>`. */
  @property() accessor autocomplete: string | undefined;

  /** Fewest characters (grapheme clusters) allowed. */
  @property({ type: Number }) accessor minlength: number | undefined;

  /** Most characters (grapheme clusters) allowed. Shows the character counter. The text is never truncated. */
  @property({ type: Number }) accessor maxlength: number | undefined;

  /** The counter text last given to the polite live region. */
  @state() private accessor announcement = '';

  @query('textarea') private accessor textarea!: HTMLTextAreaElement;

  private composing = false;
  private level: CounterLevel | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) this.defaultValue ||= this.getAttribute('value') ?? '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  /** The length of the text in user-perceived characters. */
  get textLength(): number {
    return graphemeCount(this.value, this.localize.lang);
  }

  protected formValue(): string {
    return this.value;
  }

  protected validationAnchor() {
    return this.textarea;
  }

  formResetCallback(): void {
    this.value = this.defaultValue;
    this.touched = false;
    this.level = undefined;
  }

  formStateRestoreCallback(state: unknown): void {
    if (typeof state === 'string') this.value = state;
  }

  protected validate(): ValidationProblem | undefined {
    const value = this.value;
    if (this.required && value === '') return { flag: 'valueMissing', key: 'valueMissing' };
    if (value === '') return undefined;
    const length = this.textLength;
    if (this.minlength != null && length < this.minlength) {
      return { flag: 'tooShort', key: 'tooShort', values: { min: this.minlength, length } };
    }
    if (this.maxlength != null && length > this.maxlength) {
      return { flag: 'tooLong', key: 'tooLong', values: { max: this.maxlength, length } };
    }
    return undefined;
  }

  override focus(options?: FocusOptions): void {
    this.textarea?.focus(options);
  }

  /** Selects all the text, like `<textarea>.select()`. */
  select(): void {
    this.textarea?.select();
  }

  private get limit(): number | undefined {
    const max = this.maxlength;
    return max != null && Number.isFinite(max) && max >= 0 ? max : undefined;
  }

  private counterLevel(length: number, max: number): CounterLevel {
    if (length === 0) return 'empty';
    if (length > max) return 'over';
    if (length === max) return 'full';
    return length >= max * NEAR ? 'near' : 'under';
  }

  private counterText(length: number, max: number): string {
    if (length === 0) return this.localize.t('textarea.limit', { count: max });
    if (length > max) return this.localize.t('textarea.over', { count: length - max });
    return this.localize.t('textarea.count', { count: max, length });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.autoGrow && !CSS.supports('field-sizing', 'content') && this.textarea) {
      // Older engines: size the box to its content by hand (CSSOM, so allowed under a strict CSP).
      this.textarea.style.blockSize = 'auto';
      this.textarea.style.blockSize = `${this.textarea.scrollHeight}px`;
    }
  }

  /** Announces the counter when its level changes, or after a pause near or over the limit. */
  private scheduleAnnouncement(): void {
    const max = this.limit;
    if (max == null || this.composing) return;
    const length = this.textLength;
    const level = this.counterLevel(length, max);
    clearTimeout(this.announceTimer);
    const previous = this.level;
    this.level = level;
    // Crossing a threshold is news (except starting to type, which is not near the limit yet).
    if (
      previous !== undefined &&
      level !== previous &&
      level !== 'empty' &&
      !(previous === 'empty' && level === 'under')
    ) {
      this.announcement = this.counterText(length, max);
      return;
    }
    if (level === 'near' || level === 'full' || level === 'over') {
      this.announceTimer = setTimeout(() => {
        const text = this.counterText(this.textLength, max);
        if (text !== this.announcement) this.announcement = text;
      }, SugamTextarea.announceDelay);
    }
  }

  private handleInput(event: Event): void {
    this.value = this.textarea.value;
    if (this.level === undefined && this.limit != null) this.level = this.counterLevel(0, this.limit);
    if (!(event as InputEvent).isComposing) this.scheduleAnnouncement();
    // Native input events are composed; only re-dispatch what does not already cross the shadow boundary.
    if (!event.composed) this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  private handleChange(): void {
    this.value = this.textarea.value;
    this.touched = true;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private handleFocus(): void {
    // The level the user starts from is not news; only changes from here on are announced.
    if (this.limit != null) this.level = this.counterLevel(this.textLength, this.limit);
  }

  private handleBlur(): void {
    if (!this.composing) this.touched = true;
  }

  private handleCompositionEnd(): void {
    this.composing = false;
    this.scheduleAnnouncement();
  }

  protected override render() {
    const texts = this.fieldTexts;
    const max = this.limit;
    const length = max == null ? 0 : this.textLength;
    const describedByIds = [describedBy(texts), max == null ? '' : 'counter'].filter(Boolean).join(' ');
    const rows = Number.isFinite(this.rows) && this.rows > 0 ? Math.floor(this.rows) : 4;
    return html`<div class="field ${classMap({ invalid: this.showsError })}" dir=${this.localize.dir}>
      ${fieldLabel(texts, 'textarea')}
      <div part="box" class="box">
        <textarea
          part="textarea"
          id="textarea"
          name=${ifDefined(this.name || undefined)}
          rows=${rows}
          ${cssProperties({ '--_rows': String(rows) })}
          .value=${live(this.value)}
          placeholder=${ifDefined(this.placeholder || undefined)}
          autocomplete=${ifDefined(this.autocomplete as AutoFill | undefined)}
          ?disabled=${this.isDisabled}
          ?readonly=${this.readonly}
          ?required=${this.required}
          aria-invalid=${this.showsError ? 'true' : 'false'}
          aria-describedby=${ifDefined(describedByIds || undefined)}
          @input=${this.handleInput}
          @change=${this.handleChange}
          @focus=${this.handleFocus}
          @blur=${this.handleBlur}
          @compositionstart=${() => (this.composing = true)}
          @compositionend=${this.handleCompositionEnd}
        ></textarea>
      </div>
      ${
        max == null
          ? nothing
          : html`<div part="counter" class="counter ${classMap({ over: length > max })}" id="counter">
              ${this.counterText(length, max)}
            </div>`
      }
      ${fieldDescriptions(texts)}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-textarea': SugamTextarea;
  }
}
