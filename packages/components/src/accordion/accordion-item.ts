import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import * as ICONS from '../internal/icon-set.js';
import { accordionItemStyles } from './accordion.styles.js';
// Types of the events it shares with other components (in HTMLElementEventMap).
import '../internal/events.js';

/** Chromium (and browsers following it) reveal `hidden="until-found"` content for find-in-page and fragment links. */
const supportsUntilFound = typeof HTMLElement !== 'undefined' && 'onbeforematch' in HTMLElement.prototype;

/** Fired (not composed) after `open` changed, so a single-open accordion can close the other items. */
export const ITEM_TOGGLED = 'sugam-accordion-item-toggled';

export interface AccordionToggleDetail {
  open: boolean;
}

/**
 * One section of a `<sugam-accordion>` (or on its own, a single disclosure): a heading holding a button that
 * shows and hides a panel. The button has `aria-expanded` and `aria-controls`; the panel is a region labelled by the
 * button; all of them live in one shadow root, so the references hold in every accessibility engine.
 *
 * A closed panel is `hidden="until-found"` where the browser supports it, so the browser's find-in-page and
 * links to an id inside it open the section.
 *
 * @summary A section of an accordion: heading button and collapsible panel.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The panel's content.
 * @slot summary - The heading's content, when it needs more than the `summary` attribute (plain inline text).
 *
 * @csspart heading - The element with role `heading`.
 * @csspart button - The button that toggles the panel.
 * @csspart summary - The wrapper of the heading text.
 * @csspart icon - The chevron.
 * @csspart panel - The collapsible region.
 *
 * @event sugam-show - Before the panel opens through the user (click, Enter, Space, find-in-page). Cancelable.
 * @event sugam-hide - Before the panel closes through the user. Cancelable.
 */
export class SugamAccordionItem extends LitElement {
  static override styles = accordionItemStyles;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** The heading text. */
  @property() accessor summary = '';

  /** Whether the panel is showing. */
  @property({ type: Boolean, reflect: true }) accessor open = false;

  /** Disables the button (the panel keeps its state). */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor disabled = false;

  /**
   * Level of the heading (1–6), to fit the page's outline. Defaults to the accordion's `heading-level`, else 3.
   */
  @property({ type: Number, attribute: 'heading-level' }) accessor headingLevel: number | undefined;

  override focus(options?: FocusOptions): void {
    this.shadowRoot?.querySelector('button')?.focus(options);
  }

  /** Opens or closes the panel as a user would: fires the cancelable `sugam-show` / `sugam-hide` first. */
  toggle(open = !this.open): boolean {
    if (open === this.open) return true;
    const event = new CustomEvent<AccordionToggleDetail>(open ? 'sugam-show' : 'sugam-hide', {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: { open },
    });
    if (!this.dispatchEvent(event)) return false;
    this.open = open;
    return true;
  }

  private level(): number {
    const own = this.headingLevel;
    const parent =
      this.parentElement?.localName === 'sugam-accordion' ? this.parentElement.getAttribute('heading-level') : null;
    const level = Math.round(Number(own ?? parent ?? 3));
    return level >= 1 && level <= 6 ? level : 3;
  }

  private handleClick(): void {
    if (!this.disabled) this.toggle();
  }

  private readonly handleBeforeMatch = (event: Event): void => {
    // Find-in-page reached text in the closed panel: the browser is about to reveal it (it removes `hidden`).
    if (this.toggle(true)) return;
    // A sugam-show listener said no: hide the panel again once the browser has revealed it.
    const panel = event.currentTarget as HTMLElement;
    requestAnimationFrame(() => {
      if (!this.open) panel.setAttribute('hidden', 'until-found');
    });
  };

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open') && changed.get('open') !== undefined) {
      this.dispatchEvent(new Event(ITEM_TOGGLED, { bubbles: true }));
    }
  }

  protected override render() {
    const hidden = this.open ? nothing : supportsUntilFound ? 'until-found' : '';
    return html`<div part="heading" class="heading" role="heading" aria-level=${this.level()}>
        <button
          part="button"
          class="button"
          id="button"
          type="button"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="panel"
          ?disabled=${this.disabled}
          @click=${this.handleClick}
        >
          <span part="summary" class="summary"><slot name="summary">${this.summary}</slot></span>
          <svg part="icon" class="icon" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
            ${ICONS.chevronDown()}
          </svg>
        </button>
      </div>
      <div
        part="panel"
        class="panel"
        id="panel"
        role="region"
        aria-labelledby="button"
        hidden=${hidden}
        @beforematch=${this.handleBeforeMatch}
      >
        <div class="content"><slot></slot></div>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-accordion-item': SugamAccordionItem;
  }
  // sugam-show / sugam-hide are declared with the other shared event names in internal/events.ts.
}
