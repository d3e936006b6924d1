import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { toLatinDigits } from '@sugam/i18n';
import { FormControl } from '../internal/form-control.js';
import { describedBy, fieldDescriptions, fieldStyles } from '../internal/field.js';
import { hostStyles } from '../internal/styles.js';
import { cssProperties } from '../internal/css-properties.js';
import { sliderStyles } from './slider.styles.js';

/** Reads a number written with any Indian script's digits (or Arabic-Indic digits); '' means "no value". */
export function parseValue(text: string | null): number | null | undefined {
  if (text === null) return undefined;
  const trimmed = toLatinDigits(text).trim();
  return trimmed === '' ? null : Number(trimmed);
}

/** Decimal places of a number as written (0.25 → 2), so stepping does not show 0.30000000000000004. */
function decimals(n: number): number {
  const [, fraction = '', exponent] = /^-?\d*\.?(\d*)(?:e([+-]\d+))?$/i.exec(String(n)) ?? [];
  return Math.max(0, fraction.length - Number(exponent ?? 0));
}

/**
 * How far a value badge, starting at its thumb's centre, moves back along the track: half its width (centred) in
 * the middle of the track, easing to none at the start and all of it at the end, so a badge at either end stays over
 * the track instead of overflowing the page (WCAG 1.4.10 at 320 px). A translation, so right to left it is positive.
 */
export function badgeShift(fraction: number, dir: 'ltr' | 'rtl'): string {
  const percent = fraction * 100;
  const shift = Math.max(2 * percent - 100, Math.min(50, 2 * percent));
  return `${dir === 'rtl' ? shift : -shift}%`;
}

/** Formats a value for people: the slider's `valueText`, else the number in the locale's digits. */
export type SliderValueText = (value: number, lang: string) => string;

/**
 * What `<sugam-slider>` (one thumb) and `<sugam-range-slider>` (two) share: the scale (min, max, step and their
 * native range rules), the APG slider keyboard per thumb (right-to-left aware), pointer presses and drags that move
 * the nearest thumb, and the track, thumbs, badges and ends. A thumb never passes its neighbours. Subclasses say
 * what the thumbs' values are (`thumbs`), how a thumb's value is stored (`store`) and what else names each thumb.
 */
export abstract class SliderBase extends FormControl {
  static override styles = [hostStyles, fieldStyles, sliderStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** The least value. */
  @property({ type: Number }) accessor min = 0;

  /** The greatest value. */
  @property({ type: Number }) accessor max = 100;

  /** The granularity: values are `min` plus a whole number of steps. */
  @property({ type: Number }) accessor step = 1;

  /** Hides the value badge over the thumb. */
  @property({ type: Boolean, attribute: 'hide-badge' }) accessor hideBadge = false;

  /** Formats values for the badge, the ends and `aria-valuetext` (default: the number in the locale's digits). */
  @property({ attribute: false }) accessor valueText: SliderValueText | undefined;

  @state() private accessor dragging = false;

  /** The thumb a pointer is dragging, and the values when the drag began. */
  private dragThumb = 0;
  private dragStart: (number | null)[] = [];

  /** The thumbs' values along the track, in order; `null` for a thumb with no value chosen. */
  protected abstract get thumbs(): (number | null)[];

  /** Stores a thumb's new value (already on the scale and between its neighbours). */
  protected abstract store(index: number, value: number): void;

  /** Words added to a thumb's name after the label (e.g. "Minimum"); '' for none. */
  protected thumbName(_index: number): string {
    return '';
  }

  protected get bounds(): { min: number; max: number; step: number } {
    const min = Number.isFinite(this.min) ? this.min : 0;
    const max = Number.isFinite(this.max) && this.max >= min ? this.max : Math.max(min, 100);
    const step = Number.isFinite(this.step) && this.step > 0 ? this.step : 1;
    return { min, max, step };
  }

  /** Clamps to min–max and snaps to the nearest step (native range rules); NaN becomes the middle. */
  protected sanitize(value: number): number {
    const { min, max, step } = this.bounds;
    const places = Math.max(decimals(step), decimals(min));
    const target = Number.isFinite(value) ? value : min + (max - min) / 2;
    let snapped = min + Math.round((Math.min(Math.max(target, min), max) - min) / step) * step;
    if (snapped > max) snapped -= step;
    return Number(snapped.toFixed(Math.min(places, 20)));
  }

  /** Where a thumb may go: between its neighbours' values. */
  private limits(index: number): { min: number; max: number } {
    const { min, max } = this.bounds;
    const thumbs = this.thumbs;
    return { min: thumbs[index - 1] ?? min, max: thumbs[index + 1] ?? max };
  }

  protected thumbElement(index: number): HTMLElement | null | undefined {
    return this.shadowRoot?.querySelectorAll<HTMLElement>('.thumb')[index];
  }

  protected validationAnchor() {
    return this.thumbElement(0);
  }

  override focus(options?: FocusOptions): void {
    if (!this.isDisabled) this.thumbElement(0)?.focus(options);
  }

  protected text(value: number): string {
    return this.valueText ? this.valueText(value, this.localize.lang) : this.localize.formatNumber(value);
  }

  /** Moves a thumb as the user did: fires input, and change when `commit`. A thumb with no value takes one. */
  private setByUser(index: number, value: number, commit: boolean): void {
    const limits = this.limits(index);
    const next = this.sanitize(Math.min(Math.max(value, limits.min), limits.max));
    if (next === this.thumbs[index]) return;
    this.store(index, next);
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    if (commit) this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private handleKeydown(index: number, event: KeyboardEvent): void {
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
    const current = this.thumbs[index] ?? this.sanitize(Number.NaN);
    let next: number;
    if (event.key in deltas) next = current + deltas[event.key];
    else if (event.key === 'Home') next = min;
    else if (event.key === 'End') next = max;
    else return;
    event.preventDefault();
    if (this.readonly) return;
    this.touched = true;
    this.setByUser(index, next, true);
  }

  private valueAt(event: PointerEvent, track: HTMLElement): number {
    const rect = track.getBoundingClientRect();
    const { min, max } = this.bounds;
    let fraction = rect.width > 0 ? (event.clientX - rect.left) / rect.width : 0;
    if (this.localize.dir === 'rtl') fraction = 1 - fraction;
    return min + Math.min(Math.max(fraction, 0), 1) * (max - min);
  }

  /** The thumb nearest a value; between two thumbs on the same value, the one on the side pressed. */
  private nearestThumb(value: number): number {
    const thumbs = this.thumbs.map((v) => v ?? this.sanitize(Number.NaN));
    let best = 0;
    thumbs.forEach((v, i) => {
      const distance = Math.abs(v - value);
      const bestDistance = Math.abs(thumbs[best] - value);
      if (distance < bestDistance || (distance === bestDistance && value > v)) best = i;
    });
    return best;
  }

  private handlePointerDown(event: PointerEvent): void {
    if (this.isDisabled || this.readonly || event.button !== 0) return;
    const track = event.currentTarget as HTMLElement;
    event.preventDefault();
    const value = this.valueAt(event, track);
    this.dragThumb = this.nearestThumb(value);
    this.thumbElement(this.dragThumb)?.focus();
    track.setPointerCapture?.(event.pointerId);
    this.dragging = true;
    this.dragStart = [...this.thumbs];
    this.touched = true;
    this.setByUser(this.dragThumb, value, false);
  }

  private handlePointerMove(event: PointerEvent): void {
    if (!this.dragging) return;
    this.setByUser(this.dragThumb, this.valueAt(event, event.currentTarget as HTMLElement), false);
  }

  private handlePointerUp(event: PointerEvent): void {
    if (!this.dragging) return;
    this.dragging = false;
    (event.currentTarget as HTMLElement).releasePointerCapture?.(event.pointerId);
    if (this.thumbs.some((v, i) => v !== this.dragStart[i])) this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  protected override render() {
    const texts = this.fieldTexts;
    const { min, max } = this.bounds;
    const values = this.thumbs;
    const fraction = (v: number | null) => {
      const shown = v ?? this.sanitize(Number.NaN);
      return max > min ? (shown - min) / (max - min) : 0;
    };
    const percent = (v: number | null) => `${fraction(v) * 100}%`;
    const single = values.length === 1;
    const disabled = this.isDisabled;
    const unset = values.every((v) => v === null);
    const marker = this.required ? texts.t('field.required') : this.optional ? texts.t('field.optional') : '';
    // One thumb fills from the start of the rail; two fill between them.
    const fill = {
      '--_from': single ? 'calc(var(--_thumb-size) / -2)' : percent(values[0]),
      '--_to': percent(values.at(-1) ?? null),
    };
    return html`<div class="field ${classMap({ invalid: this.showsError })}" dir=${this.localize.dir}>
      <div part="label" class="label" id="label" @click=${() => this.focus()}>
        ${this.label}${marker ? html` <span class="marker">${marker}</span>` : nothing}
      </div>
      <div
        class="control ${classMap({ disabled, readonly: this.readonly, unset, dragging: this.dragging, 'has-badge': !this.hideBadge })}"
        ${cssProperties(fill)}
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
          ${values.map((value, index) => this.renderThumb(value, index, fraction(value)))}
          ${this.renderTrackExtras(fraction)}
        </div>
      </div>
      <div part="ends" class="ends" aria-hidden="true">
        <span>${this.text(min)}</span><span>${this.text(max)}</span>
      </div>
      ${fieldDescriptions(texts)}
    </div>`;
  }

  /** More to draw on the track, after the thumbs (the range slider's joined badge). */
  protected renderTrackExtras(_fraction: (value: number | null) => number): unknown {
    return nothing;
  }

  private renderThumb(value: number | null, index: number, at: number) {
    const texts = this.fieldTexts;
    const disabled = this.isDisabled;
    const limits = this.limits(index);
    const name = this.thumbName(index);
    const valueText = value === null ? this.localize.t('slider.noValue') : this.text(value);
    return html`<div
      part="thumb"
      class="thumb"
      role="slider"
      tabindex=${ifDefined(disabled ? undefined : '0')}
      aria-labelledby=${name ? `label name-${index}` : 'label'}
      aria-describedby=${ifDefined(describedBy(texts) || undefined)}
      aria-valuemin=${String(limits.min)}
      aria-valuemax=${String(limits.max)}
      aria-valuenow=${String(value ?? this.sanitize(Number.NaN))}
      aria-valuetext=${valueText}
      aria-orientation="horizontal"
      aria-disabled=${ifDefined(disabled ? 'true' : undefined)}
      aria-readonly=${ifDefined(this.readonly ? 'true' : undefined)}
      aria-invalid=${this.showsError ? 'true' : 'false'}
      ${cssProperties({ '--_at': `${at * 100}%`, '--_badge-shift': badgeShift(at, this.localize.dir) })}
      @keydown=${(event: KeyboardEvent) => this.handleKeydown(index, event)}
      @blur=${() => (this.touched = true)}
    >
      ${name ? html`<span id="name-${index}" hidden>${name}</span>` : nothing}
      ${
        this.hideBadge || value === null
          ? nothing
          : html`<span class="badge-anchor" aria-hidden="true"
              ><span part="badge" class="badge">${valueText}</span></span
            >`
      }
    </div>`;
  }
}
