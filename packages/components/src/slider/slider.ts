import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { toLatinDigits, registerStrings } from '@sugam/i18n';
import { field, slider } from '@sugam/i18n/en';
import { FormControl, type ValidationProblem } from '../internal/form-control.js';
import { describedBy, fieldDescriptions, fieldStyles } from '../internal/field.js';
import { hostStyles } from '../internal/styles.js';
import { sliderStyles } from './slider.styles.js';
import { cssProperties } from '../internal/css-properties.js';

registerStrings({ field, slider });

/** Reads a number written with any Indian script's digits (or Arabic-Indic digits); '' means "no value". */
function parseValue(text: string | null): number | null | undefined {
  if (text === null) return undefined;
  const trimmed = toLatinDigits(text).trim();
  return trimmed === '' ? null : Number(trimmed);
}

/** Decimal places of a number as written (0.25 → 2), so stepping does not show 0.30000000000000004. */
function decimals(n: number): number {
  const [, fraction = '', exponent] = /^-?\d*\.?(\d*)(?:e([+-]\d+))?$/i.exec(String(n)) ?? [];
  return Math.max(0, fraction.length - Number(exponent ?? 0));
}

/** Formats a value for people: the slider's `valueText`, else the number in the locale's digits. */
export type SliderValueText = (value: number, lang: string) => string;

/**
 * A slider (WAI-ARIA APG "slider" pattern) that submits its number like a native `<input type="range">`.
 *
 * Keyboard: Right/Up arrow one step more, Left/Down one step less (in a right-to-left language the slider runs
 * from right to left, and Left/Right follow what the reader sees: Left is more), Page Up/Page Down a tenth of the
 * range, Home the minimum, End the maximum. A pointer can press anywhere on the track or drag the thumb.
 *
 * The value badge over the thumb and `aria-valuetext` show the number in the reader's locale (its digits and
 * grouping), or through `valueText` (e.g. `(v, lang) => formatCurrency(v, lang)`); the form gets ASCII digits.
 * The `value` attribute also accepts digits of any Indian script. Without a `value` attribute the slider starts
 * at the middle of its range, as a native range input does. `value=""` (or `value = null`) starts it with
 * no value chosen: nothing is submitted, and with `required` the user must choose one.
 *
 * @summary Slider for choosing a number on a scale: min, max, step, value badge, RTL-aware keyboard, form value.
 * @status stable
 * @since 0.1.0
 *
 * @csspart label - The label.
 * @csspart hint - The hint text.
 * @csspart message - The error, success or warning message.
 * @csspart track - The clickable track (holds rail, fill and thumb).
 * @csspart rail - The full-length rail.
 * @csspart fill - The filled part of the rail, from the minimum to the value.
 * @csspart thumb - The thumb (role="slider"; the focusable element).
 * @csspart badge - The value shown above the thumb.
 * @csspart ends - The minimum and maximum shown under the track.
 *
 * @cssprop --sugam-slider-thumb-size - Diameter of the thumb (24px sm, 28px md, 32px lg).
 * @cssprop --sugam-slider-track-size - Thickness of the rail (4px sm, 6px md, 8px lg).
 * @cssprop --sugam-slider-fill-color - Colour of the filled part (default: the primary action colour).
 *
 * @event input - While the value changes (each key press, each pointer move).
 * @event change - When the user commits a value (each key press, pointer release).
 */
export class SugamSlider extends FormControl {
  static override styles = [hostStyles, fieldStyles, sliderStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** The least value. */
  @property({ type: Number }) accessor min = 0;

  /** The greatest value. */
  @property({ type: Number }) accessor max = 100;

  /** The granularity: values are `min` plus a whole number of steps. */
  @property({ type: Number }) accessor step = 1;

  /**
   * The initial value, from the `value` attribute (as `defaultValue` reflects it on a native input); a form reset
   * goes back to it. `undefined` (no attribute): the middle of the range; `null` (`value=""`): no value chosen.
   */
  @property({ attribute: 'value', converter: { fromAttribute: parseValue } }) accessor defaultValue:
    number | null | undefined;

  /** Hides the value badge over the thumb. */
  @property({ type: Boolean, attribute: 'hide-badge' }) accessor hideBadge = false;

  /** Formats values for the badge, the ends and `aria-valuetext` (default: the number in the locale's digits). */
  @property({ attribute: false }) accessor valueText: SliderValueText | undefined;

  /** The value the user (or a script) set; undefined while the default is in effect. */
  @state() private accessor dirtyValue: number | null | undefined;

  @state() private accessor dragging = false;

  @query('.thumb') private accessor thumb!: HTMLElement;

  private dragStartValue: number | null = null;

  /** The current value, kept within min–max and on a step; `null` when no value is chosen. */
  get value(): number | null {
    const raw = this.dirtyValue !== undefined ? this.dirtyValue : this.defaultValue;
    if (raw === null) return null;
    return this.sanitize(raw === undefined ? Number.NaN : raw);
  }
  set value(value: number | string | null | undefined) {
    this.dirtyValue = typeof value === 'number' ? value : (parseValue(value ?? '') ?? null);
  }

  /** Like `<input type="range">.valueAsNumber`: NaN when no value is chosen. */
  get valueAsNumber(): number {
    return this.value ?? Number.NaN;
  }

  private get bounds(): { min: number; max: number; step: number } {
    const min = Number.isFinite(this.min) ? this.min : 0;
    const max = Number.isFinite(this.max) && this.max >= min ? this.max : Math.max(min, 100);
    const step = Number.isFinite(this.step) && this.step > 0 ? this.step : 1;
    return { min, max, step };
  }

  /** Clamps to min–max and snaps to the nearest step (native range rules); NaN becomes the middle. */
  private sanitize(value: number): number {
    const { min, max, step } = this.bounds;
    const places = Math.max(decimals(step), decimals(min));
    const target = Number.isFinite(value) ? value : min + (max - min) / 2;
    let snapped = min + Math.round((Math.min(Math.max(target, min), max) - min) / step) * step;
    if (snapped > max) snapped -= step;
    return Number(snapped.toFixed(Math.min(places, 20)));
  }

  protected formValue(): string | null {
    const value = this.value;
    return value === null ? null : String(value);
  }

  protected validationAnchor() {
    return this.thumb;
  }

  formResetCallback(): void {
    this.dirtyValue = undefined;
    this.touched = false;
  }

  formStateRestoreCallback(state: unknown): void {
    if (typeof state === 'string') this.value = state;
  }

  protected validate(): ValidationProblem | undefined {
    if (this.required && this.value === null) return { flag: 'valueMissing', key: 'sliderValueMissing' };
    return undefined;
  }

  override focus(options?: FocusOptions): void {
    if (!this.isDisabled) this.thumb?.focus(options);
  }

  private text(value: number): string {
    return this.valueText ? this.valueText(value, this.localize.lang) : this.localize.formatNumber(value);
  }

  /** Sets a value as the user did: fires input, and change when `commit`. */
  private setByUser(value: number, commit: boolean): void {
    const next = this.sanitize(value);
    if (next === this.value) return;
    this.dirtyValue = next;
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    if (commit) this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private handleKeydown(event: KeyboardEvent): void {
    if (this.isDisabled || event.altKey || event.ctrlKey || event.metaKey) return;
    const { min, max, step } = this.bounds;
    const big = Math.max(step, Math.round((max - min) / 10 / step) * step);
    // Left/Right follow the visual direction: in right-to-left text, "more" lies to the left.
    const forward = this.localize.dir === 'rtl' ? -1 : 1;
    const deltas: Record<string, number> = {
      ArrowRight: step * forward,
      ArrowLeft: -step * forward,
      ArrowUp: step,
      ArrowDown: -step,
      PageUp: big,
      PageDown: -big,
    };
    const current = this.value ?? this.sanitize(Number.NaN);
    let next: number;
    if (event.key in deltas) next = current + deltas[event.key];
    else if (event.key === 'Home') next = min;
    else if (event.key === 'End') next = max;
    else return;
    event.preventDefault();
    if (this.readonly) return;
    this.touched = true;
    if (this.value === null) {
      // The first key press on an unanswered slider chooses a value.
      this.dirtyValue = this.sanitize(next);
      this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      this.dispatchEvent(new Event('change', { bubbles: true }));
      return;
    }
    this.setByUser(next, true);
  }

  private valueAt(event: PointerEvent, track: HTMLElement): number {
    const rect = track.getBoundingClientRect();
    const { min, max } = this.bounds;
    let fraction = rect.width > 0 ? (event.clientX - rect.left) / rect.width : 0;
    if (this.localize.dir === 'rtl') fraction = 1 - fraction;
    return min + Math.min(Math.max(fraction, 0), 1) * (max - min);
  }

  private handlePointerDown(event: PointerEvent): void {
    if (this.isDisabled || this.readonly || event.button !== 0) return;
    const track = event.currentTarget as HTMLElement;
    event.preventDefault();
    this.thumb.focus();
    track.setPointerCapture?.(event.pointerId);
    this.dragging = true;
    this.dragStartValue = this.value;
    this.touched = true;
    this.setByUser(this.valueAt(event, track), false);
  }

  private handlePointerMove(event: PointerEvent): void {
    if (!this.dragging) return;
    this.setByUser(this.valueAt(event, event.currentTarget as HTMLElement), false);
  }

  private handlePointerUp(event: PointerEvent): void {
    if (!this.dragging) return;
    this.dragging = false;
    (event.currentTarget as HTMLElement).releasePointerCapture?.(event.pointerId);
    if (this.value !== this.dragStartValue) this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  protected override render() {
    const texts = this.fieldTexts;
    const { min, max } = this.bounds;
    const value = this.value;
    const shown = value ?? this.sanitize(Number.NaN);
    const percent = max > min ? ((shown - min) / (max - min)) * 100 : 0;
    const disabled = this.isDisabled;
    const marker = this.required ? texts.t('field.required') : this.optional ? texts.t('field.optional') : '';
    const valueText = value === null ? this.localize.t('slider.noValue') : this.text(value);
    return html`<div class="field ${classMap({ invalid: this.showsError })}" dir=${this.localize.dir}>
      <div part="label" class="label" id="label" @click=${() => this.focus()}>
        ${this.label}${marker ? html` <span class="marker">${marker}</span>` : nothing}
      </div>
      <div
        class="control ${classMap({ disabled, readonly: this.readonly, unset: value === null, dragging: this.dragging, 'has-badge': !this.hideBadge })}"
        ${cssProperties({ '--_percent': `${percent}%` })}
      >
        <div
          part="track"
          class="track"
          @pointerdown=${this.handlePointerDown}
          @pointermove=${this.handlePointerMove}
          @pointerup=${this.handlePointerUp}
          @pointercancel=${this.handlePointerUp}
        >
          <div part="rail" class="rail"></div>
          <div part="fill" class="fill"></div>
          <div
            part="thumb"
            class="thumb"
            role="slider"
            tabindex=${ifDefined(disabled ? undefined : '0')}
            aria-labelledby="label"
            aria-describedby=${ifDefined(describedBy(texts) || undefined)}
            aria-valuemin=${String(min)}
            aria-valuemax=${String(max)}
            aria-valuenow=${String(shown)}
            aria-valuetext=${valueText}
            aria-orientation="horizontal"
            aria-disabled=${ifDefined(disabled ? 'true' : undefined)}
            aria-readonly=${ifDefined(this.readonly ? 'true' : undefined)}
            aria-invalid=${this.showsError ? 'true' : 'false'}
            @keydown=${this.handleKeydown}
            @blur=${() => (this.touched = true)}
          >
            ${
              this.hideBadge || value === null
                ? nothing
                : html`<span class="badge-anchor" aria-hidden="true"
                    ><span part="badge" class="badge">${valueText}</span></span
                  >`
            }
          </div>
        </div>
      </div>
      <div part="ends" class="ends" aria-hidden="true">
        <span>${this.text(min)}</span><span>${this.text(max)}</span>
      </div>
      ${fieldDescriptions(texts)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-slider': SugamSlider;
  }
}
