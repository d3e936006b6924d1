import { LitElement, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizeController, registerStrings } from '@sugam/i18n';
import { feedback } from '@sugam/i18n/en';
import { oneOf } from '../internal/enum.js';
import { spinnerStyles } from './spinner.styles.js';

registerStrings({ feedback });

export const SPINNER_SIZES = ['xs', 'sm', 'md', 'lg', 'xl'] as const;
export type SpinnerSize = (typeof SPINNER_SIZES)[number];

/**
 * A spinning ring for a wait of unknown length. It is an indeterminate `progressbar` named by `label` (default:
 * the localized "Loading"), so screen readers say what is happening when they reach it. It does not announce
 * itself: when a region of the page is loading, also set `aria-busy="true"` on that region, and say when it is
 * done (e.g. with a polite `sugam-alert` or `toast()`). With `show-label` the label is also shown beside it.
 *
 * With reduced motion the ring turns slowly instead of spinning, so the page still shows it is busy.
 *
 * @summary Indeterminate loading ring, xs to xl, with a localized accessible name.
 * @status stable
 * @since 0.1.0
 *
 * @csspart base - The progressbar wrapper.
 * @csspart ring - The SVG ring.
 * @csspart label - The visible label (with `show-label`).
 *
 * @cssprop --sugam-spinner-color - The moving arc. Defaults to `--sugam-color-action-primary-default`.
 * @cssprop --sugam-spinner-track-color - The ring behind it. Defaults to `--sugam-color-border-default`.
 */
export class SugamSpinner extends LitElement {
  static override styles = spinnerStyles;

  /** 16, 20, 24, 32 or 48 px. */
  @property({ reflect: true, useDefault: true }) accessor size: SpinnerSize = 'md';

  /** What is loading ("Loading results"). Default: the localized "Loading". */
  @property() accessor label = '';

  /** Shows the label next to the ring. */
  @property({ type: Boolean, reflect: true, useDefault: true, attribute: 'show-label' }) accessor showLabel = false;

  private readonly localize = new LocalizeController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('size')) oneOf(this, 'size', this.size, SPINNER_SIZES, 'md');
  }

  protected override render() {
    const label = this.label.trim() || this.localize.t('feedback.loading');
    return html`<span part="base" class="base" role="progressbar" aria-labelledby="label">
      <svg part="ring" class="ring" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle class="track" cx="12" cy="12" r="10" pathLength="100"></circle>
        <circle class="arc" cx="12" cy="12" r="10" pathLength="100"></circle>
      </svg>
      <span part="label" id="label" class=${this.showLabel ? 'label' : 'visually-hidden'}>${label}</span>
    </span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-spinner': SugamSpinner;
  }
}
