import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { LocalizeController, registerStrings } from '@sugam/i18n';
import { header } from '@sugam/i18n/en';
import * as ICONS from '../internal/icon-set.js';
import { hostStyles } from '../internal/styles.js';
import { headerStyles } from './header.styles.js';
import type { SugamNavItem } from './nav-item.js';
import { safeUrl } from '../internal/url.js';
// Types of the events it shares with other components (in HTMLElementEventMap).
import '../internal/events.js';

registerStrings({ header });

const warnedLogos = new WeakSet<Element>();

/**
 * The page header of a GIGW 3.0 site (the page's `banner` landmark): the top bar, the State Emblem or logo, the
 * department's name in two languages (each marked with its own `lang`, so screen readers pronounce both and the
 * right fonts apply), its lineage ("Ministry of …, Government of India"), a search form and the main navigation.
 *
 * The navigation is made of `<sugam-nav-item>` children (links, disclosure buttons with sub-links, mega-menu
 * groups), in a `<nav>` landmark with a localized name. When the header is narrower than 48rem (a phone, or a
 * narrow column) a localized "Menu" button (`aria-expanded`, `aria-controls`) shows and hides the navigation;
 * Escape closes it and returns focus to the button.
 *
 * Use it once per page, outside `<main>`, `<article>` and `<section>`, so that it is the single banner landmark.
 * Colours follow the DBIM brand (`data-sugam-brand`): the navigation bar uses the darkest shade of the brand group.
 *
 * @summary GIGW page header: emblem, bilingual department name, lineage, search and main navigation (desktop and mobile).
 * @status stable
 * @since 0.1.0
 *
 * @slot top - The `<sugam-identity-bar>` (Government of India bar with the skip link and text size).
 * @slot logo - The State Emblem or department logo (an `<img>` with `alt`; a console warning when it has none).
 * @slot search - A search form of your own, replacing the built-in one.
 * @slot end - Extra content beside the search (e.g. a campaign logo).
 * @slot - `<sugam-nav-item>` elements: the main navigation.
 *
 * @csspart base - The `<header>` element.
 * @csspart home - The link (or text) holding the department names.
 * @csspart name-primary - The primary name.
 * @csspart name-secondary - The secondary name.
 * @csspart lineage - The lineage line.
 * @csspart search - The built-in search form.
 * @csspart menu-button - The "Menu" button of the narrow layout.
 * @csspart nav - The `<nav>` element.
 *
 * @cssprop --sugam-header-background - Background of the brand row. Defaults to `--sugam-color-surface-default`.
 * @cssprop --sugam-header-nav-background - Background of the navigation bar. Defaults to `--sugam-color-surface-brand-strong`.
 * @cssprop --sugam-header-logo-size - Maximum height of the logo. Defaults to 4rem.
 * @cssprop --sugam-chrome-max-width - Maximum width of the content rows (shared with `<sugam-identity-bar>`). Defaults to 80rem.
 *
 * @event sugam-menu-toggle - The narrow layout's menu opened or closed (`detail.open`).
 */
export class SugamHeader extends LitElement {
  static override styles = [hostStyles, headerStyles];

  /** The department's name in the first language (usually Hindi). */
  @property({ attribute: 'name-primary' }) accessor namePrimary = '';

  /** The language of `name-primary` (BCP 47), set as its `lang`. */
  @property({ attribute: 'lang-primary' }) accessor langPrimary = 'hi';

  /** The department's name in the second language (usually English). */
  @property({ attribute: 'name-secondary' }) accessor nameSecondary = '';

  /** The language of `name-secondary` (BCP 47), set as its `lang`. */
  @property({ attribute: 'lang-secondary' }) accessor langSecondary = 'en';

  /** The lineage line, e.g. "Ministry of Jal Shakti, Government of India" (in the page's language). */
  @property() accessor lineage = '';

  /** The home page's URL: the names become a link to it. */
  @property({ attribute: 'home-href' }) accessor homeHref: string | undefined;

  /** Shows the built-in search form, which sends `q` to this URL (GET). */
  @property({ attribute: 'search-action' }) accessor searchAction: string | undefined;

  /** Whether the navigation is shown in the narrow layout (the "Menu" button's state). */
  @property({ type: Boolean, reflect: true, attribute: 'menu-open' }) accessor menuOpen = false;

  @state() private accessor hasNav = false;

  @query('.menu-button') private accessor menuButton: HTMLButtonElement | null = null;

  private readonly localize = new LocalizeController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    this.hasNav = this.navItems.length > 0;
    this.addEventListener('keydown', this.handleKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.handleKeydown);
  }

  /** The top-level navigation items. */
  get navItems(): SugamNavItem[] {
    return [...this.children].filter((child): child is SugamNavItem => child.localName === 'sugam-nav-item');
  }

  /** Opens or closes the navigation in the narrow layout. */
  toggleMenu(open = !this.menuOpen): void {
    if (open === this.menuOpen) return;
    this.menuOpen = open;
    if (!open) for (const item of this.navItems) item.setOpen(false);
    this.dispatchEvent(new CustomEvent('sugam-menu-toggle', { bubbles: true, composed: true, detail: { open } }));
  }

  private get narrow(): boolean {
    return !!this.menuButton && getComputedStyle(this.menuButton).display !== 'none';
  }

  private readonly handleKeydown = (event: KeyboardEvent): void => {
    // An open disclosure inside handles Escape itself (and stops it); otherwise Escape closes the mobile menu.
    if (event.key !== 'Escape' || !this.menuOpen || !this.narrow) return;
    const path = event.composedPath();
    const nav = this.shadowRoot?.querySelector('nav');
    if (!nav || !path.includes(nav)) return;
    this.toggleMenu(false);
    this.menuButton?.focus();
  };

  private handleNavSlotChange(): void {
    this.hasNav = this.navItems.length > 0;
  }

  private handleLogoSlotChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    for (const element of slot.assignedElements({ flatten: true })) {
      const images = element.localName === 'img' ? [element] : [...element.querySelectorAll('img')];
      for (const img of images) {
        if (img.hasAttribute('alt') || warnedLogos.has(img)) continue;
        warnedLogos.add(img);
        console.warn(
          '[sugam] <sugam-header> logo image has no alt text. Give the emblem an alt such as "State Emblem of India"' +
            ' (or alt="" when the name beside it says all).',
        );
      }
    }
  }

  private renderSearch() {
    const action = safeUrl(this.searchAction);
    if (!action) return nothing;
    const label = this.localize.t('header.searchLabel');
    const search = this.localize.t('header.search');
    return html`<form part="search" class="search" role="search" action=${action} method="get">
      <label for="search-input" class="visually-hidden">${label}</label>
      <input id="search-input" type="search" name="q" placeholder=${search} autocomplete="off" />
      <button type="submit" aria-label=${search}>
        <svg viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">${ICONS.search()}</svg>
      </button>
    </form>`;
  }

  protected override render() {
    const home = safeUrl(this.homeHref);
    const names = html`${
      this.namePrimary
        ? html`<span part="name-primary" class="name primary" lang=${this.langPrimary || 'hi'}
            >${this.namePrimary}</span
          >`
        : nothing
    }${
      this.nameSecondary
        ? html`<span part="name-secondary" class="name secondary" lang=${this.langSecondary || 'en'}
            >${this.nameSecondary}</span
          >`
        : nothing
    }`;

    return html`<header part="base" class="header">
      <slot name="top"></slot>
      <div class="row">
        <div class="brand">
          <slot name="logo" @slotchange=${this.handleLogoSlotChange}></slot>
          <div class="names">
            ${
              home
                ? html`<a part="home" class="home" href=${home}>${names}</a>`
                : html`<span part="home" class="home">${names}</span>`
            }
            ${this.lineage ? html`<span part="lineage" class="lineage">${this.lineage}</span>` : nothing}
          </div>
        </div>
        <div class="tools">
          <slot name="search">${this.renderSearch()}</slot>
          <slot name="end"></slot>
          ${
            this.hasNav
              ? html`<button
                  part="menu-button"
                  class="menu-button"
                  type="button"
                  aria-expanded=${this.menuOpen ? 'true' : 'false'}
                  aria-controls="nav"
                  @click=${() => this.toggleMenu()}
                >
                  <svg viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
                    ${this.menuOpen ? ICONS.close() : ICONS.menu()}
                  </svg>
                  <span>${this.localize.t('header.menu')}</span>
                </button>`
              : nothing
          }
        </div>
      </div>
      <nav
        part="nav"
        id="nav"
        class=${classMap({ open: this.menuOpen })}
        aria-label=${this.localize.t('header.navigation')}
        ?hidden=${!this.hasNav}
      >
        <div role="list" class="nav-list"><slot @slotchange=${this.handleNavSlotChange}></slot></div>
      </nav>
    </header>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-header': SugamHeader;
  }
}
