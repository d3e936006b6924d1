import { LitElement, html, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { LocalizeController, registerStrings } from '@sugam/i18n';
import { toggletip } from '@sugam/i18n/en';
import { oneOf } from '../internal/enum.js';
import * as ICONS from '../internal/icon-set.js';
import { placeBeside, type LogicalSide } from '../internal/popup.js';
import { toggletipStyles } from './toggletip.styles.js';
// Types of the events it shares with other components (in HTMLElementEventMap).
import '../internal/events.js';

registerStrings({ toggletip });

export const TOGGLETIP_PLACEMENTS = ['top', 'bottom', 'start', 'end'] as const satisfies readonly LogicalSide[];
export type ToggletipPlacement = (typeof TOGGLETIP_PLACEMENTS)[number];

/**
 * A small "i" button that shows a short explanation beside it when pressed: the help next to a form field's label
 * or a term ("What counts as family income?"). Unlike a tooltip it works by touch and keyboard alike, and its
 * content may hold links.
 *
 * It follows the WAI-ARIA disclosure pattern: the button says whether the explanation is shown
 * (`aria-expanded`), and the explanation comes right after it in reading order, so a screen reader reads it next.
 * The button's name is `label` (e.g. "About family income"), else the localized "More information". The
 * explanation opens in the top layer on the preferred side (`placement`), or the other side when there is no room,
 * kept inside the viewport. Enter, Space or a click toggles it; Escape, a click elsewhere or another toggletip
 * closes it (the browser's light dismiss), and focus inside it returns to the button.
 *
 * @summary "i" button that shows a short explanation (with links if needed) beside it; touch and keyboard friendly.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The explanation: text, links, a short list.
 *
 * @csspart button - The "i" button.
 * @csspart popup - The explanation's box.
 *
 * @cssprop --sugam-toggletip-max-inline-size - Widest the explanation gets (default 20rem).
 *
 * @event sugam-show - The explanation was shown.
 * @event sugam-hide - The explanation was hidden.
 */
export class SugamToggletip extends LitElement {
  static override styles = toggletipStyles;

  /** The button's accessible name (default: "More information" in the reader's language). */
  @property() accessor label = '';

  /** Preferred side: top (default), bottom, start or end (logical: start is the right side in right-to-left text). */
  @property({ reflect: true, useDefault: true }) accessor placement: ToggletipPlacement = 'top';

  /** Whether the explanation is shown. */
  @property({ type: Boolean, reflect: true }) accessor open = false;

  @query('.button') private accessor button!: HTMLButtonElement;
  @query('.popup') private accessor popup!: HTMLElement;

  private readonly localize = new LocalizeController(this);

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTracking();
    this.open = false;
  }

  override focus(options?: FocusOptions): void {
    this.button?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('placement')) oneOf(this, 'placement', this.placement, TOGGLETIP_PLACEMENTS, 'top');
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open')) this.syncPopup();
    else if (this.open && changed.has('placement')) this.position();
  }

  private syncPopup(): void {
    const popup = this.popup;
    if (!popup?.isConnected) return;
    const shown = popup.matches(':popover-open');
    if (this.open && !shown) {
      popup.showPopover();
      this.position();
    } else if (!this.open && shown) popup.hidePopover();
  }

  /** Set when the explanation closes with focus inside it: focus then goes back to the button. */
  private refocus = false;

  private handleBeforeToggle(event: ToggleEvent): void {
    if (event.newState !== 'closed') return;
    // Focus in the explanation: a slotted link (in the light DOM) or something in the popup itself.
    // The toggletip's own tree: it may sit in another component's shadow root, where the document sees only the host.
    const active = (this.getRootNode() as Document | ShadowRoot).activeElement;
    const inner = this.shadowRoot?.activeElement;
    this.refocus = (active !== this && this.contains(active)) || (!!inner && inner !== this.button);
  }

  /** The popover opened or closed (by the button, light dismiss, Escape or `open`): follow it. */
  private handleToggle(event: ToggleEvent): void {
    const open = event.newState === 'open';
    if (open) {
      this.position();
      this.startTracking();
    } else {
      this.stopTracking();
      this.popup.classList.remove('placed');
      // The browser does not return focus from a light-dismissed popover: focus in it would be lost to the page.
      if (this.refocus) this.button.focus();
      this.refocus = false;
    }
    this.open = open;
    this.dispatchEvent(new CustomEvent(open ? 'sugam-show' : 'sugam-hide', { bubbles: true, composed: true }));
  }

  private position(): void {
    if (!this.button || !this.popup) return;
    const placement = oneOf(this, 'placement', this.placement, TOGGLETIP_PLACEMENTS, 'top');
    placeBeside(this.popup, this.button, placement, this.localize.dir === 'rtl');
    this.popup.classList.add('placed');
  }

  private readonly handleViewportChange = (): void => {
    if (this.open) this.position();
  };

  private startTracking(): void {
    window.addEventListener('scroll', this.handleViewportChange, { capture: true, passive: true });
    window.addEventListener('resize', this.handleViewportChange, { passive: true });
  }

  private stopTracking(): void {
    window.removeEventListener('scroll', this.handleViewportChange, true);
    window.removeEventListener('resize', this.handleViewportChange);
  }

  protected override render() {
    return html`<button
        part="button"
        class="button"
        type="button"
        aria-label=${this.label || this.localize.t('toggletip.more')}
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="popup"
        popovertarget="popup"
      >
        <svg viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">${ICONS.info()}</svg>
      </button>
      <div
        part="popup"
        class="popup"
        id="popup"
        popover="auto"
        dir=${this.localize.dir}
        @beforetoggle=${this.handleBeforeToggle}
        @toggle=${this.handleToggle}
      >
        <slot></slot>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-toggletip': SugamToggletip;
  }
}
