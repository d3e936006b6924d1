import { LitElement, html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import * as ICONS from '../internal/icon-set.js';
import { hostStyles } from '../internal/styles.js';
import { navItemStyles } from './nav-item.styles.js';
import { safeUrl } from '../internal/url.js';
// Types of the events it shares with other components (in HTMLElementEventMap).
import '../internal/events.js';

const TAG = 'sugam-nav-item';

/**
 * One entry of `<sugam-header>`'s main navigation, following the WAI-ARIA disclosure navigation pattern (not a
 * `menu`: the links are ordinary links, reached with Tab).
 *
 * - Without child items it is a link (`href`, `label`); `current` marks it `aria-current="page"`.
 * - With child `<sugam-nav-item>`s, a top-level item is a disclosure button (`aria-expanded`, `aria-controls`)
 *   that shows its links below it. Escape closes it and returns focus to the button; so does a click outside it or
 *   moving focus out of it. Opening one item closes its open siblings.
 * - Optional keys of the pattern: ← / → move between top-level items (mirrored in right-to-left text); ↓ on a
 *   button opens its panel and focuses the first link; ↑ / ↓ / Home / End move through the panel's links.
 * - A child item that has children of its own is a group of a mega menu: a heading (a link when it has `href`)
 *   over its links; the panel then spans the navigation bar and lays its groups out in columns.
 *
 * In the header's narrow (mobile) layout, panels open in place, indented, inside the menu.
 *
 * @summary A main-navigation entry: a link, a disclosure button with sub-links, or a mega-menu group.
 * @status stable
 * @since 0.1.0
 *
 * @slot - Child `<sugam-nav-item>`s: sub-links, or groups of a mega menu.
 *
 * @csspart link - The `<a>` of a link item.
 * @csspart button - The disclosure `<button>` of an item with children.
 * @csspart panel - The disclosed panel.
 * @csspart heading - The heading of a group.
 *
 * @event sugam-toggle - An item with children opened or closed (`detail.open`).
 */
export class SugamNavItem extends LitElement {
  static override styles = [hostStyles, navItemStyles];

  /** The link's URL (ignored by a top-level item with children, which is a button). */
  @property() accessor href: string | undefined;

  /** The visible text of the link, button or group heading. */
  @property() accessor label = '';

  /** Marks the link as the current page (`aria-current="page"`). */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor current = false;

  /** Whether the item's panel is shown (items with children). */
  @property({ type: Boolean, reflect: true }) accessor open = false;

  @state() private accessor depth = 1;
  @state() private accessor hasChildren = false;
  @state() private accessor containsCurrent = false;

  @query('.toggle') private accessor toggle: HTMLButtonElement | null = null;

  private readonly internals = this.attachInternals();

  override connectedCallback(): void {
    super.connectedCallback();
    let depth = 1;
    for (let node = this.parentElement?.closest(TAG); node; node = node.parentElement?.closest(TAG)) depth++;
    this.depth = depth;
    this.readChildren();
    this.addEventListener('keydown', this.handleKeydown);
    this.addEventListener('focusout', this.handleFocusout);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.handleKeydown);
    this.removeEventListener('focusout', this.handleFocusout);
    document.removeEventListener('click', this.handleDocumentClick, true);
  }

  override focus(options?: FocusOptions): void {
    this.focusTarget?.focus(options);
  }

  /** The child items. */
  get items(): SugamNavItem[] {
    return [...this.children].filter((child): child is SugamNavItem => child.localName === TAG);
  }

  private readChildren(): void {
    const items = this.items;
    this.hasChildren = items.length > 0;
    // Read the DOM, not the children's properties: in a page that loads Sugam after its markup, a parent upgrades
    // (and connects) before its children do.
    this.containsCurrent = [...this.querySelectorAll(TAG)].some(
      (item) => item.hasAttribute('current') || (item as SugamNavItem).current === true,
    );
    this.setState('mega', this.depth === 1 && items.some((item) => item.querySelector(TAG) !== null));
    this.setState('nested', this.depth > 1);
  }

  private setState(name: string, on: boolean): void {
    try {
      if (on) this.internals.states.add(name);
      else this.internals.states.delete(name);
    } catch {
      // Browsers without CustomStateSet keep the simple layout.
    }
  }

  private get isDisclosure(): boolean {
    return this.depth === 1 && this.hasChildren;
  }

  /** Opens or closes the panel (items with children). */
  setOpen(open: boolean, { focusButton = false } = {}): void {
    if (!this.isDisclosure || open === this.open) {
      if (focusButton) this.toggle?.focus();
      return;
    }
    this.open = open;
    if (open) {
      for (const sibling of this.parentElement?.children ?? []) {
        if (sibling !== this && sibling.localName === TAG) (sibling as SugamNavItem).setOpen(false);
      }
    }
    if (focusButton) this.toggle?.focus();
    this.dispatchEvent(new CustomEvent('sugam-toggle', { bubbles: true, composed: true, detail: { open } }));
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open')) {
      if (this.open) document.addEventListener('click', this.handleDocumentClick, true);
      else document.removeEventListener('click', this.handleDocumentClick, true);
    }
  }

  /** The element that takes focus for this item: its link, its disclosure button or its heading link. */
  private get focusTarget(): HTMLElement | null {
    return this.shadowRoot?.querySelector<HTMLElement>('.toggle, a.link, a.heading') ?? null;
  }

  /** The links inside this item's panel, in reading order. */
  private get panelLinks(): HTMLElement[] {
    return [...this.querySelectorAll<SugamNavItem>(TAG)]
      .map((item) => item.shadowRoot?.querySelector<HTMLElement>('a.link, a.heading'))
      .filter((link): link is HTMLElement => !!link);
  }

  private readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape') {
      if (!this.open || !this.isDisclosure) return;
      // Handled here, so an open mobile menu around it stays open.
      event.stopPropagation();
      this.setOpen(false, { focusButton: true });
      return;
    }
    if (this.depth !== 1) return;
    // Optional keys of the APG disclosure navigation pattern: arrows move between top-level items and through
    // an open panel's links; Tab works as usual.
    const origin = event.composedPath()[0];
    const onSelf = origin === this.focusTarget;
    if (onSelf && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      const siblings = [...(this.parentElement?.children ?? [])].filter(
        (child): child is SugamNavItem => child.localName === TAG,
      );
      const rtl = getComputedStyle(this).direction === 'rtl';
      const step = (event.key === 'ArrowRight') !== rtl ? 1 : -1;
      const next = siblings[siblings.indexOf(this) + step];
      if (next) {
        event.preventDefault();
        next.focus();
      }
      return;
    }
    if (!this.isDisclosure) return;
    const links = this.panelLinks;
    const index = links.indexOf(origin as HTMLElement);
    if (onSelf && event.key === 'ArrowDown') {
      event.preventDefault();
      this.setOpen(true);
      void this.updateComplete.then(() => this.panelLinks[0]?.focus());
    } else if (index >= 0 && ['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) {
      event.preventDefault();
      const target =
        event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? links.length - 1
            : Math.min(links.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)));
      links[target].focus();
    }
  };

  private readonly handleFocusout = (event: FocusEvent): void => {
    if (!this.open) return;
    const next = event.relatedTarget as Node | null;
    // relatedTarget is retargeted to this element's tree: a node in its own shadow root arrives as the host.
    if (next && next !== this && !this.contains(next)) this.setOpen(false);
  };

  private readonly handleDocumentClick = (event: MouseEvent): void => {
    if (!event.composedPath().includes(this)) this.setOpen(false);
  };

  private handleSlotChange(): void {
    this.readChildren();
    // A parent's layout (mega menu or not) depends on whether its children have children.
    const parent = this.parentElement?.closest(TAG) as SugamNavItem | null;
    if (parent && parent.hasUpdated) parent.readChildren();
  }

  protected override render() {
    const href = safeUrl(this.href);
    const slot = html`<slot @slotchange=${this.handleSlotChange}></slot>`;

    if (this.isDisclosure) {
      return html`<div role="listitem" class="item">
        <button
          part="button"
          class=${classMap({ toggle: true, 'has-current': this.containsCurrent })}
          type="button"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="panel"
          @click=${() => this.setOpen(!this.open)}
        >
          <span>${this.label}</span>
          <svg class="chevron" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">${ICONS.chevronDown()}</svg>
        </button>
        <div part="panel" class="panel" id="panel" ?hidden=${!this.open}>
          <div role="list" class="list">${slot}</div>
        </div>
      </div>`;
    }

    if (this.hasChildren) {
      // A group of a mega menu (or a deeper level): a heading over its own list of links.
      return html`<div role="listitem" class="item group">
        ${
          href
            ? html`<a
                part="heading"
                class="heading"
                id="heading"
                href=${href}
                aria-current=${ifDefined(this.current ? 'page' : undefined)}
                >${this.label}</a
              >`
            : html`<span part="heading" class="heading" id="heading">${this.label}</span>`
        }
        <div role="list" class="list" aria-labelledby="heading">${slot}</div>
      </div>`;
    }

    return html`<div role="listitem" class="item">
      ${
        href
          ? html`<a part="link" class="link" href=${href} aria-current=${ifDefined(this.current ? 'page' : undefined)}
              >${this.label}</a
            >`
          : html`<span part="link" class="link">${this.label}</span>`
      }
      ${slot}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-nav-item': SugamNavItem;
  }
}
