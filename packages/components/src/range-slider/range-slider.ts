import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { registerStrings } from '@sugam/i18n';
import { field, slider } from '@sugam/i18n/en';
import type { FormValue, ValidationProblem } from '../internal/form-control.js';
import { cssProperties } from '../internal/css-properties.js';
import { SliderBase, badgeShift, parseValue } from '../slider/slider-base.js';

registerStrings({ field, slider });

/** Badges closer than this (px) join into one. */
const JOIN_GAP = 4;

const toNumber = (value: number | string | null | undefined): number | undefined =>
  typeof value === 'number' ? value : (parseValue(value ?? '') ?? undefined);

/**
 * A range on a scale chosen with two thumbs (WAI-ARIA APG "multi-thumb slider"): an age band, an income bracket,
 * a price range in a search filter. Each thumb is a slider of its own, named by the label and "Minimum" or
 * "Maximum" in the reader's language, and neither can pass the other (the lower thumb's `aria-valuemax` is the
 * upper thumb's value, and the reverse).
 *
 * Keyboard, on each thumb: Right/Up one step more, Left/Down one step less (Left is more in a right-to-left
 * language), Page Up/Page Down a tenth of the range, Home and End as far as the thumb can go. A pointer press on
 * the track moves the nearest thumb there, and drags it.
 *
 * The form gets both values in ASCII digits: under `start-name` and `end-name` when given (`age-from=18&age-to=40`,
 * friendly to GET search forms), else twice under `name`, lower first. `start` and `end` (attributes; digits of
 * any Indian script accepted) give the initial range, which a form reset returns to; without them the range is the
 * whole scale (a start above the end is read as the range between them). Values are snapped to `step` within `min`–`max`, as a native range input's.
 *
 * @summary Two-thumb slider for a range (from–to): min, max, step, value badges, RTL-aware keyboard, form values.
 * @status stable
 * @since 0.1.0
 *
 * @csspart label - The label.
 * @csspart hint - The hint text.
 * @csspart message - The error, success or warning message.
 * @csspart track - The clickable track (holds rail, fill and thumbs).
 * @csspart rail - The full-length rail.
 * @csspart fill - The filled part of the rail, between the thumbs.
 * @csspart thumb - Each thumb (role="slider"; focusable).
 * @csspart badge - The value shown above each thumb, and the joined "from – to" badge shown instead of both while
 *   they would touch.
 * @csspart ends - The minimum and maximum shown under the track.
 *
 * @cssprop --sugam-slider-thumb-size - Diameter of the thumbs (24px sm, 28px md, 32px lg).
 * @cssprop --sugam-slider-track-size - Thickness of the rail (4px sm, 6px md, 8px lg).
 * @cssprop --sugam-slider-fill-color - Colour of the filled part (default: the primary action colour).
 *
 * @event input - While a thumb moves (each key press, each pointer move).
 * @event change - When the user commits a range (each key press, pointer release).
 */
export class SugamRangeSlider extends SliderBase {
  /** The initial lower value, from the `start` attribute (default: `min`). A form reset returns to it. */
  @property({ attribute: 'start', converter: { fromAttribute: (text) => parseValue(text) ?? undefined } })
  accessor defaultStart: number | undefined;

  /** The initial upper value, from the `end` attribute (default: `max`). A form reset returns to it. */
  @property({ attribute: 'end', converter: { fromAttribute: (text) => parseValue(text) ?? undefined } })
  accessor defaultEnd: number | undefined;

  /** The name the lower value is submitted under (default: `name`). */
  @property({ attribute: 'start-name' }) accessor startName = '';

  /** The name the upper value is submitted under (default: `name`). */
  @property({ attribute: 'end-name' }) accessor endName = '';

  @state() private accessor dirtyStart: number | undefined;
  @state() private accessor dirtyEnd: number | undefined;

  /** The lower value, on the scale; never above `end`. */
  get start(): number {
    return this.range[0];
  }
  set start(value: number | string | null | undefined) {
    this.dirtyStart = toNumber(value);
  }

  /** The upper value, on the scale; never below `start`. */
  get end(): number {
    return this.range[1];
  }
  set end(value: number | string | null | undefined) {
    this.dirtyEnd = toNumber(value);
  }

  /** Both values snapped to the scale; a start given above the end is read as the range between them. */
  private get range(): [number, number] {
    const { min, max } = this.bounds;
    const snap = (raw: number | undefined, fallback: number) =>
      this.sanitize(raw !== undefined && Number.isFinite(raw) ? raw : fallback);
    const a = snap(this.dirtyStart ?? this.defaultStart, min);
    const b = snap(this.dirtyEnd ?? this.defaultEnd, max);
    return a <= b ? [a, b] : [b, a];
  }

  protected get thumbs(): number[] {
    return this.range;
  }

  protected store(index: number, value: number): void {
    if (index === 0) this.dirtyStart = value;
    else this.dirtyEnd = value;
  }

  protected override thumbName(index: number): string {
    return this.localize.t(index === 0 ? 'slider.minimum' : 'slider.maximum');
  }

  protected formValue(): FormValue {
    const data = new FormData();
    const startName = this.startName || this.name;
    const endName = this.endName || this.name;
    if (startName) data.append(startName, String(this.start));
    if (endName) data.append(endName, String(this.end));
    // A list of entries is submitted as it is, without the name: nothing when neither has a name.
    return startName || endName ? data : null;
  }

  protected override formState(): string {
    return `${this.start} ${this.end}`;
  }

  formResetCallback(): void {
    this.dirtyStart = undefined;
    this.dirtyEnd = undefined;
    this.touched = false;
  }

  formStateRestoreCallback(state: unknown): void {
    if (typeof state !== 'string') return;
    const [start, end] = state.split(' ').map(Number);
    if (Number.isFinite(start) && Number.isFinite(end)) {
      this.dirtyStart = start;
      this.dirtyEnd = end;
    }
  }

  private readonly resizeObserver =
    typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => this.joinBadges());

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver?.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.joinBadges();
  }

  /** Shows the two badges as one ("2 – 6") while they would touch or overlap, so neither hides the other. */
  private joinBadges(): void {
    const control = this.shadowRoot?.querySelector('.control');
    const badges = [...(this.shadowRoot?.querySelectorAll('.thumb .badge') ?? [])].map((badge) =>
      badge.getBoundingClientRect(),
    );
    const [a, b] = badges;
    const touch = badges.length === 2 && Math.max(a.left, b.left) < Math.min(a.right, b.right) + JOIN_GAP;
    control?.classList.toggle('badges-joined', touch);
  }

  protected override renderTrackExtras(fraction: (value: number | null) => number) {
    if (this.hideBadge) return nothing;
    const [start, end] = this.range;
    const middle = (fraction(start) + fraction(end)) / 2;
    const text = start === end ? this.text(start) : `${this.text(start)} – ${this.text(end)}`;
    return html`<span
      class="joined"
      aria-hidden="true"
      ${cssProperties({ '--_at': `${middle * 100}%`, '--_badge-shift': badgeShift(middle, this.localize.dir) })}
      ><span class="badge-anchor"><span part="badge" class="badge">${text}</span></span></span
    >`;
  }

  protected validate(): ValidationProblem | undefined {
    // Both thumbs always hold a value on the scale: there is nothing to be missing or out of range.
    return undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-range-slider': SugamRangeSlider;
  }
}
