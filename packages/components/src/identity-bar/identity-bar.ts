import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizeController, registerStrings } from '@sugam/i18n';
import { identityBar } from '@sugam/i18n/en';
import * as ICONS from '../internal/icon-set.js';
import { hostStyles } from '../internal/styles.js';
import {
  A11Y_CHANGE_EVENT,
  A11Y_STORAGE_KEY,
  TEXT_SCALE_STEPS,
  applyA11ySettings,
  readA11ySettings,
  writeA11ySettings,
} from '../internal/a11y-settings.js';
import { identityBarStyles } from './identity-bar.styles.js';

registerStrings({ identityBar });

/**
 * The thin "Government of India" bar at the very top of a GIGW 3.0 page (the UX4G v3 top bar): a link to the
 * National Portal, the skip link, text-size buttons (A−, A, A+), an "Accessibility options" button and the
 * language switcher. Put it first in `<sugam-header>` (slot `top`) or first in the page.
 *
 * The text-size buttons step `--sugam-text-scale` on the document root through 87.5%, 100%, 112.5%, 125% and
 * 150%; every Sugam font size follows it, inside every shadow root. The choice is saved in
 * `localStorage['sugam-a11y']` (JSON field `textScale`), the same setting `<sugam-a11y-toolbar>` changes, and is
 * applied again when the bar connects on the next page. The new size is announced politely.
 *
 * Narrower than 36rem (a phone), the bar takes two lines: the link and the text size, then the accessibility
 * options button (the built-in one or a slotted `<sugam-a11y-toolbar>`) by its icon alone, still named, and the
 * language. The bar is a size container named `sugam-identity-bar`.
 *
 * @summary GIGW top bar: Government of India link, skip link, text size − / reset / +, accessibility options, language.
 * @status stable
 * @since 0.1.0
 *
 * @slot skip-link - A `<sugam-skip-link>`, placed first so it is the first stop of Tab.
 * @slot start - Extra content after the Government of India link (e.g. a ministry's short name).
 * @slot a11y-trigger - Replaces the built-in "Accessibility options" button.
 * @slot language - A language switcher.
 *
 * @csspart base - The bar's inner row.
 * @csspart government - The "Government of India" link.
 * @csspart text-size - The group of text-size buttons.
 * @csspart a11y-button - The built-in "Accessibility options" button.
 *
 * @cssprop --sugam-identity-bar-background - Background. Defaults to `--sugam-color-surface-subtle`.
 * @cssprop --sugam-chrome-max-width - Maximum width of the content row (shared with `<sugam-header>`). Defaults to 80rem.
 *
 * @event sugam-a11y-open - The "Accessibility options" button was activated; `detail.trigger` is the button, to
 *   return focus to. `<sugam-a11y-toolbar>` listens for it.
 * @event sugam-text-scale - The text size changed through the buttons; `detail.textScale` is the new factor.
 */
export class SugamIdentityBar extends LitElement {
  static override styles = [hostStyles, identityBarStyles];

  /** The "Government of India" link's target: the National Portal of India. */
  @property({ attribute: 'government-href' }) accessor governmentHref = 'https://www.india.gov.in/';

  /** Hides the text-size buttons (e.g. when the page shows `<sugam-a11y-toolbar>` with its own). */
  @property({ type: Boolean, attribute: 'no-text-size' }) accessor noTextSize = false;

  /** Hides the built-in "Accessibility options" button (when the page has no accessibility toolbar). */
  @property({ type: Boolean, attribute: 'no-a11y-button' }) accessor noA11yButton = false;

  @state() private accessor textScale = 1;
  @state() private accessor announcement = '';

  private readonly localize = new LocalizeController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    this.syncFromStorage();
    applyA11ySettings(this.ownerDocument.documentElement);
    window.addEventListener(A11Y_CHANGE_EVENT, this.syncFromStorage);
    window.addEventListener('storage', this.handleStorage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener(A11Y_CHANGE_EVENT, this.syncFromStorage);
    window.removeEventListener('storage', this.handleStorage);
  }

  private readonly syncFromStorage = (): void => {
    this.textScale = readA11ySettings().textScale;
  };

  private readonly handleStorage = (event: StorageEvent): void => {
    if (event.key !== null && event.key !== A11Y_STORAGE_KEY) return;
    this.syncFromStorage();
    applyA11ySettings(this.ownerDocument.documentElement);
  };

  private get smallest(): number {
    return TEXT_SCALE_STEPS[0];
  }

  private get largest(): number {
    return TEXT_SCALE_STEPS[TEXT_SCALE_STEPS.length - 1];
  }

  /** Sets the text scale one step smaller (-1), back to 100% (0) or one step larger (+1). */
  stepTextSize(direction: -1 | 0 | 1): void {
    const current = this.textScale;
    let next = 1;
    if (direction > 0) next = TEXT_SCALE_STEPS.find((step) => step > current + 1e-9) ?? this.largest;
    if (direction < 0) next = [...TEXT_SCALE_STEPS].reverse().find((step) => step < current - 1e-9) ?? this.smallest;
    if (next === current) return;
    this.textScale = writeA11ySettings({ textScale: next }).textScale;
    this.announcement = this.localize.t('identityBar.textSizeStatus', {
      size: this.localize.formatNumber(this.textScale, { style: 'percent', maximumFractionDigits: 1 }),
    });
    this.dispatchEvent(
      new CustomEvent('sugam-text-scale', { bubbles: true, composed: true, detail: { textScale: this.textScale } }),
    );
  }

  private sizeButton(direction: -1 | 0 | 1, glyph: string, key: string, className: string, inactive: boolean) {
    const label = this.localize.t(key);
    // The name starts with the visible glyph ("A+ Increase text size"), so voice control users can say what they
    // see (WCAG 2.5.3), and goes on with the localized words.
    return html`<button
      type="button"
      class="size-button ${className}"
      title=${label}
      aria-disabled=${inactive ? 'true' : 'false'}
      @click=${() => {
        if (!inactive) this.stepTextSize(direction);
      }}
    >
      <span class="glyph" lang="en">${glyph}</span><span class="visually-hidden"> ${label}</span>
    </button>`;
  }

  private openOptions(event: Event): void {
    this.dispatchEvent(
      new CustomEvent('sugam-a11y-open', { bubbles: true, composed: true, detail: { trigger: event.currentTarget } }),
    );
  }

  protected override render() {
    const scale = this.textScale;
    return html`<div part="base" class="bar">
      <div class="start">
        <slot name="skip-link"></slot>
        <a part="government" class="government" href=${this.governmentHref || 'https://www.india.gov.in/'}
          >${this.localize.t('identityBar.government')}</a
        >
        <slot name="start"></slot>
      </div>
      <div class="end">
        ${
          this.noTextSize
            ? nothing
            : html`<div
                part="text-size"
                class="text-size"
                role="group"
                aria-label=${this.localize.t('identityBar.textSize')}
              >
                ${this.sizeButton(-1, 'A−', 'identityBar.decreaseText', 'smaller', scale <= this.smallest + 1e-9)}
                ${this.sizeButton(0, 'A', 'identityBar.resetText', 'reset', false)}
                ${this.sizeButton(1, 'A+', 'identityBar.increaseText', 'larger', scale >= this.largest - 1e-9)}
              </div>`
        }
        <slot name="a11y-trigger"
          >${
            this.noA11yButton
              ? nothing
              : html`<button part="a11y-button" class="options" type="button" @click=${this.openOptions}>
                  <svg viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">${ICONS.accessibility()}</svg>
                  <span>${this.localize.t('identityBar.accessibilityOptions')}</span>
                </button>`
          }</slot
        >
        <slot name="language"></slot>
      </div>
      <span class="visually-hidden" role="status">${this.announcement}</span>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-identity-bar': SugamIdentityBar;
  }
  interface HTMLElementEventMap {
    'sugam-text-scale': CustomEvent<{ textScale: number }>;
  }
}
