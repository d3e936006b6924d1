import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { cssProperties } from '../internal/css-properties.js';
import { LocalizeController } from '@sugam/i18n';
import { oneOf } from '../internal/enum.js';
import { progressStyles } from './progress.styles.js';

export const PROGRESS_TYPES = ['bar', 'circle'] as const;
export const PROGRESS_VARIANTS = ['primary', 'success', 'warning', 'error'] as const;
export const PROGRESS_SIZES = ['sm', 'md', 'lg'] as const;
export type ProgressType = (typeof PROGRESS_TYPES)[number];
export type ProgressVariant = (typeof PROGRESS_VARIANTS)[number];
export type ProgressSize = (typeof PROGRESS_SIZES)[number];

const warnedUnlabelled = new WeakSet<Element>();

/**
 * How far a task has got, as a bar or a circle. It is a `progressbar` named by its label, with
 * `aria-valuemin`, `aria-valuemax`, `aria-valuenow` and a localized `aria-valuetext` (a percentage in the
 * reader's numerals: "४५%" in Marathi, "٤٥٪" in Sindhi). Without `value` it is indeterminate: an animated
 * stripe and no value for assistive technology.
 *
 * A label is required (the `label` attribute or the `label` slot; one console warning when missing). Set
 * `hide-label` to keep it for screen readers only, and `show-value` to show the percentage. Progress is not
 * announced as it changes (that would be noisy): announce milestones ("Upload complete") with a polite alert
 * or `toast()`.
 *
 * With reduced motion the indeterminate stripe does not slide; it slowly fades instead, and value changes are not animated.
 *
 * @summary Determinate or indeterminate progress as a bar or a circle, with a localized percentage.
 * @status stable
 * @since 0.1.0
 *
 * @slot label - The label, instead of the `label` attribute.
 *
 * @csspart base - The wrapper.
 * @csspart label - The label.
 * @csspart value - The visible percentage (with `show-value`).
 * @csspart track - The progressbar: the bar's track or the circle.
 * @csspart indicator - The filled part.
 *
 * @cssprop --sugam-progress-color - The filled part. Defaults to the variant's colour.
 * @cssprop --sugam-progress-track-color - The unfilled part. Defaults to `--sugam-color-border-default`.
 */
export class SugamProgress extends LitElement {
  static override styles = progressStyles;

  /** A bar or a circle. */
  @property({ reflect: true, useDefault: true }) accessor type: ProgressType = 'bar';

  /** Colour of the filled part. */
  @property({ reflect: true, useDefault: true }) accessor variant: ProgressVariant = 'primary';

  /** Thickness of the bar (4, 8, 12 px) or diameter of the circle (32, 48, 64 px). */
  @property({ reflect: true, useDefault: true }) accessor size: ProgressSize = 'md';

  /** How much is done, from 0 to `max`. Unset (or not a number): indeterminate. */
  @property({ type: Number }) accessor value: number | undefined;

  /** The value that means done. Default 100. */
  @property({ type: Number }) accessor max = 100;

  /** What is progressing ("Uploading marksheet.pdf"). */
  @property() accessor label = '';

  /** Keeps the label for screen readers only. */
  @property({ type: Boolean, reflect: true, useDefault: true, attribute: 'hide-label' }) accessor hideLabel = false;

  /** Shows the percentage beside the bar or inside the circle. */
  @property({ type: Boolean, reflect: true, useDefault: true, attribute: 'show-value' }) accessor showValue = false;

  @state() private accessor hasLabelSlot = false;

  private readonly localize = new LocalizeController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    this.hasLabelSlot = this.querySelector(':scope > [slot="label"]') !== null;
  }

  /** Whether a value is known. */
  get indeterminate(): boolean {
    return this.value == null || !Number.isFinite(Number(this.value));
  }

  /** The done fraction, 0 to 1 (0 when indeterminate). */
  get fraction(): number {
    if (this.indeterminate) return 0;
    const max = this.safeMax;
    return Math.min(1, Math.max(0, Number(this.value) / max));
  }

  private get safeMax(): number {
    const max = Number(this.max);
    return Number.isFinite(max) && max > 0 ? max : 100;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('type')) oneOf(this, 'type', this.type, PROGRESS_TYPES, 'bar');
    if (changed.has('variant')) oneOf(this, 'variant', this.variant, PROGRESS_VARIANTS, 'primary');
    if (changed.has('size')) oneOf(this, 'size', this.size, PROGRESS_SIZES, 'md');
  }

  protected override updated(): void {
    if (!this.label.trim() && !this.hasLabelSlot && !warnedUnlabelled.has(this)) {
      warnedUnlabelled.add(this);
      console.warn('[sugam] <sugam-progress> needs a label (the label attribute or the label slot).');
    }
  }

  private readonly handleLabelSlotChange = (event: Event): void => {
    this.hasLabelSlot = (event.target as HTMLSlotElement).assignedNodes().length > 0;
  };

  protected override render() {
    const type = oneOf(this, 'type', this.type, PROGRESS_TYPES, 'bar');
    const indeterminate = this.indeterminate;
    const max = this.safeMax;
    const now = indeterminate ? undefined : Math.min(max, Math.max(0, Number(this.value)));
    const valueText = indeterminate ? undefined : this.localize.formatNumber(this.fraction, { style: 'percent' });
    // Through the CSSOM, not a style attribute, so a strict Content-Security-Policy allows it.
    const fill = cssProperties({ '--_fraction': String(this.fraction) });
    const label = html`<span part="label" id="label" class=${this.hideLabel ? 'visually-hidden' : 'label'}
      ><slot name="label" @slotchange=${this.handleLabelSlotChange}>${this.label}</slot></span
    >`;
    const shownValue =
      this.showValue && valueText
        ? html`<span part="value" class="value" aria-hidden="true">${valueText}</span>`
        : nothing;
    const track =
      type === 'circle'
        ? html`<svg class="circle" viewBox="0 0 36 36" aria-hidden="true" focusable="false">
              <circle class="circle-track" cx="18" cy="18" r="15.5" pathLength="100"></circle>
              <circle
                part="indicator"
                class="circle-indicator"
                cx="18"
                cy="18"
                r="15.5"
                pathLength="100"
                ${fill}
              ></circle></svg
            >${shownValue}`
        : html`<span part="indicator" class="indicator" ${fill}></span>`;
    return html`<div part="base" class="base ${indeterminate ? 'indeterminate' : ''}">
      ${type === 'bar' ? html`<div class="header">${label}${shownValue}</div>` : nothing}
      <div
        part="track"
        class="track"
        role="progressbar"
        aria-labelledby="label"
        aria-valuemin=${ifDefined(indeterminate ? undefined : '0')}
        aria-valuemax=${ifDefined(indeterminate ? undefined : String(max))}
        aria-valuenow=${ifDefined(now === undefined ? undefined : String(now))}
        aria-valuetext=${ifDefined(valueText)}
      >
        ${track}
      </div>
      ${type === 'circle' ? label : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-progress': SugamProgress;
  }
}
