import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LocalizeController, registerStrings } from '@sugam/i18n';
import { breadcrumb } from '@sugam/i18n/en';
import { oneOf } from '../internal/enum.js';
import * as ICONS from '../internal/icon-set.js';
import { breadcrumbStyles } from './breadcrumb.styles.js';
import type { SugamBreadcrumbItem } from './breadcrumb-item.js';
import { safeUrl } from '../internal/url.js';
import { observeLightDom } from '../internal/observers.js';

registerStrings({ breadcrumb });

export const BREADCRUMB_COLLAPSE = ['auto', 'always', 'never'] as const;
export type BreadcrumbCollapse = (typeof BREADCRUMB_COLLAPSE)[number];

/**
 * A breadcrumb trail: where the page sits in the site, from the home page down to the current page (the parent
 * section link GIGW asks for on inner pages). A `nav` landmark with a localized "Breadcrumb" label holds an
 * ordered list of links; separators are decorative and mirror in right-to-left text; the last level is marked
 * `aria-current="page"`.
 *
 * On narrow screens (the breadcrumb narrower than 36rem) a trail of four or more levels collapses to the first
 * level, a "show all" button, the parent and the current page. The button (named in the page's language) reveals
 * the hidden levels and moves focus to the first of them.
 *
 * ```html
 * <sugam-breadcrumb>
 *   <sugam-breadcrumb-item href="/">Home</sugam-breadcrumb-item>
 *   <sugam-breadcrumb-item href="/services/">Services</sugam-breadcrumb-item>
 *   <sugam-breadcrumb-item>Apply for a passport</sugam-breadcrumb-item>
 * </sugam-breadcrumb>
 * ```
 *
 * @summary Breadcrumb trail with a localized landmark label, RTL-mirrored separators and a collapsing middle.
 * @status stable
 * @since 0.1.0
 *
 * @slot - `<sugam-breadcrumb-item>` elements, from the home page to the current page.
 *
 * @csspart base - The `<nav>` element.
 * @csspart list - The `<ol>`.
 * @csspart expand - The "show all" button.
 *
 * @cssprop --sugam-breadcrumb-font-size - Text size. Defaults to `--sugam-font-size-sm`.
 */
export class SugamBreadcrumb extends LitElement {
  static override styles = breadcrumbStyles;

  /** The landmark's accessible name. Defaults to "Breadcrumb" in the page's language. */
  @property() accessor label: string | undefined;

  /** `auto`: collapse when narrower than 36rem; `always`; or `never`. */
  @property({ reflect: true, useDefault: true }) accessor collapse: BreadcrumbCollapse = 'auto';

  @state() private accessor expanded = false;

  private readonly localize = new LocalizeController(this);

  constructor() {
    super();
    observeLightDom(this, ['href', 'lang', 'dir']);
  }

  private get items(): SugamBreadcrumbItem[] {
    return [...this.children].filter(
      (child): child is SugamBreadcrumbItem => child.localName === 'sugam-breadcrumb-item',
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('collapse')) oneOf(this, 'collapse', this.collapse, BREADCRUMB_COLLAPSE, 'auto');
  }

  private async expand(): Promise<void> {
    this.expanded = true;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('.middle a, .middle .current')?.focus();
  }

  protected override render() {
    const items = this.items;
    const label = (item: Element) => (item.textContent ?? '').replace(/\s+/g, ' ').trim();
    const last = items.length - 1;
    const collapse = oneOf(this, 'collapse', this.collapse, BREADCRUMB_COLLAPSE, 'auto');
    // Collapsing hides levels 2 … n-2: worth it from four levels on.
    const collapsible = collapse !== 'never' && items.length >= 4;
    const separator = html`<svg class="sep" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
      ${ICONS.chevronEnd()}
    </svg>`;

    return html`<nav part="base" aria-label=${this.label || this.localize.t('breadcrumb.label')}>
      <ol part="list" class="list ${collapsible ? 'collapsible' : ''} ${this.expanded ? 'expanded' : ''}">
        ${items.map((item, index) => {
          const lang = item.getAttribute('lang') ?? undefined;
          const dir = item.getAttribute('dir') ?? undefined;
          const raw = item.getAttribute('href');
          const href = safeUrl(raw);
          const middle = collapsible && index > 0 && index < last - 1;
          const link =
            index === last
              ? href
                ? html`<a class="current" href=${href} aria-current="page" lang=${ifDefined(lang)} dir=${ifDefined(dir)}
                    >${label(item)}</a
                  >`
                : html`<span class="current" aria-current="page" lang=${ifDefined(lang)} dir=${ifDefined(dir)}
                    >${label(item)}</span
                  >`
              : href
                ? html`<a href=${href} lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${label(item)}</a>`
                : html`<span class="text" lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${label(item)}</span>`;
          return html`<li class=${middle ? 'middle' : ''}>${index > 0 ? separator : nothing}${link}</li> ${
              collapsible && index === 0 && !this.expanded
                ? html`<li class="more">
                    ${separator}
                    <button
                      part="expand"
                      type="button"
                      aria-expanded="false"
                      aria-label=${this.localize.t('breadcrumb.showAll')}
                      @click=${this.expand}
                    >
                      <svg viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">${ICONS.moreHorizontal()}</svg>
                    </button>
                  </li>`
                : nothing
            }`;
        })}
      </ol>
    </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-breadcrumb': SugamBreadcrumb;
  }
}
