import { property, state } from 'lit/decorators.js';
import { registerStrings } from '@sugam/i18n';
import { field, slider } from '@sugam/i18n/en';
import type { ValidationProblem } from '../internal/form-control.js';
import { SliderBase, parseValue } from './slider-base.js';

export type { SliderValueText } from './slider-base.js';

registerStrings({ field, slider });

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
export class SugamSlider extends SliderBase {
  /**
   * The initial value, from the `value` attribute (as `defaultValue` reflects it on a native input); a form reset
   * goes back to it. `undefined` (no attribute): the middle of the range; `null` (`value=""`): no value chosen.
   */
  @property({ attribute: 'value', converter: { fromAttribute: parseValue } }) accessor defaultValue:
    number | null | undefined;

  /** The value the user (or a script) set; undefined while the default is in effect. */
  @state() private accessor dirtyValue: number | null | undefined;

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

  protected get thumbs(): (number | null)[] {
    return [this.value];
  }

  protected store(_index: number, value: number): void {
    this.dirtyValue = value;
  }

  protected formValue(): string | null {
    const value = this.value;
    return value === null ? null : String(value);
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
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-slider': SugamSlider;
  }
}
