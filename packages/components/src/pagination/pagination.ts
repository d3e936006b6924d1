import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { LocalizeController, registerStrings } from '@sugam/i18n';
import { pagination } from '@sugam/i18n/en';
import '../select/index.js';
import { oneOf } from '../internal/enum.js';
import { NarrowController, rootRem } from '../internal/observers.js';
import * as ICONS from '../internal/icon-set.js';
import { paginationStyles } from './pagination.styles.js';
import { safeUrl } from '../internal/url.js';

registerStrings({ pagination });

export const PAGINATION_VARIANTS = ['solid', 'compact', 'no-arrows'] as const;
export type PaginationVariant = (typeof PAGINATION_VARIANTS)[number];

export interface PageChangeDetail {
  page: number;
}
export interface PageSizeChangeDetail {
  pageSize: number;
  page: number;
}

type PageItem = number | 'start-ellipsis' | 'end-ellipsis';

const range = (start: number, end: number): number[] =>
  end < start ? [] : Array.from({ length: end - start + 1 }, (_, i) => start + i);

/**
 * The pages to show: `boundaries` pages at each end, `siblings` pages either side of the current one, and an
 * ellipsis for each gap of two or more pages (a gap of one page shows that page instead).
 */
export function pageItems(page: number, total: number, siblings = 1, boundaries = 1): PageItem[] {
  const startPages = range(1, Math.min(boundaries, total));
  const endPages = range(Math.max(total - boundaries + 1, boundaries + 1), total);
  const siblingsStart = Math.max(Math.min(page - siblings, total - boundaries - siblings * 2 - 1), boundaries + 2);
  const siblingsEnd = Math.min(
    Math.max(page + siblings, boundaries + siblings * 2 + 2),
    endPages.length > 0 ? endPages[0] - 2 : total - 1,
  );
  const items: PageItem[] = [...startPages];
  if (siblingsStart > boundaries + 2) items.push('start-ellipsis');
  else if (boundaries + 1 < total - boundaries) items.push(boundaries + 1);
  items.push(...range(siblingsStart, siblingsEnd));
  if (siblingsEnd < total - boundaries - 1) items.push('end-ellipsis');
  else if (total - boundaries > boundaries) items.push(total - boundaries);
  items.push(...endPages);
  // Tiny totals can repeat a page at the seams; keep each page once, in order.
  const seen = new Set<PageItem>();
  return items.filter(
    (item) => item !== 0 && (typeof item !== 'number' || item <= total) && !seen.has(item) && seen.add(item),
  );
}

/**
 * Pagination in a `<nav>` landmark labelled "Pagination" in the reader's language. Page numbers are written in the
 * page's numerals (Bengali digits in Bengali, Extended Arabic-Indic in Urdu…); each page is named "Page 3" and the
 * current one has `aria-current="page"`. Previous/Next are named "Previous page"/"Next page"; their chevrons mirror
 * in right-to-left text. Long ranges are shortened with ellipses (`siblings`, `boundaries`). Narrower than 25rem
 * (a phone) it shows no sibling pages and 32 px targets, so the controls fit one row at 320 px; they wrap if not.
 *
 * With `href-template` (e.g. `?page={page}`) it renders real links, so pages work without JavaScript and can be
 * opened in a new tab; otherwise buttons, and the page changes in place with a `sugam-page-change` event. At the
 * first and last page the Previous/Next control stays in place, marked `aria-disabled`.
 *
 * Variants: `solid` (numbers, the current one filled), `compact` ("Page 3 of 12" between the arrows) and
 * `no-arrows`. With `page-sizes` it adds a "Rows per page" choice (a `<sugam-select>`).
 *
 * @summary Pagination: nav landmark, localized names and numerals, ellipses, links or buttons, page size.
 * @status stable
 * @since 0.1.0
 *
 * @csspart nav - The `<nav>` element.
 * @csspart list - The `<ul>` of controls.
 * @csspart page - Each page link or button.
 * @csspart current - The current page's link or button (also has part `page`).
 * @csspart previous - The Previous page control.
 * @csspart next - The Next page control.
 * @csspart ellipsis - Each ellipsis.
 * @csspart status - The "Page 3 of 12" text of the compact variant.
 * @csspart page-size - The rows-per-page `<sugam-select>`.
 *
 * @event sugam-page-change - When the user picks a page. `detail: { page }`. In link mode it is cancelable:
 *   cancelling it stops the browser following the link (for client-side routing).
 * @event sugam-page-size-change - When the user picks another page size. `detail: { pageSize, page }`.
 */
export class SugamPagination extends LitElement {
  static override styles = paginationStyles;

  /** The current page, from 1. */
  @property({ type: Number, reflect: true }) accessor page = 1;

  /** The number of pages. Ignored when `total-items` is set. */
  @property({ type: Number }) accessor total = 1;

  /** The number of items (rows, results); with `page-size` it gives the number of pages. */
  @property({ type: Number, attribute: 'total-items' }) accessor totalItems: number | undefined;

  /** Items per page. */
  @property({ type: Number, attribute: 'page-size', reflect: true }) accessor pageSize = 10;

  /** Page sizes to offer in a "Rows per page" choice, comma-separated (`"10,25,50"`). No choice when empty. */
  @property({ attribute: 'page-sizes' }) accessor pageSizes = '';

  /** How many pages to show either side of the current one (none when narrower than 25rem). */
  @property({ type: Number }) accessor siblings = 1;

  /** How many pages to always show at each end. */
  @property({ type: Number }) accessor boundaries = 1;

  /** `solid` (numbered pages), `compact` ("Page 3 of 12" between the arrows) or `no-arrows` (numbers only). */
  @property({ reflect: true, useDefault: true }) accessor variant: PaginationVariant = 'solid';

  /** Renders links: `{page}` (and `{size}`) are replaced, e.g. `?page={page}&size={size}`. */
  @property({ attribute: 'href-template' }) accessor hrefTemplate: string | undefined;

  /** The landmark's accessible name, when the page has more than one pagination. Defaults to "Pagination". */
  @property() accessor label: string | undefined;

  private readonly localize = new LocalizeController(this);

  /** Narrower than 25rem (a phone): no sibling pages and smaller (32 px) targets, so one row fits 320 px. */
  private readonly width = new NarrowController(this, () => 25 * rootRem());

  /** The number of pages in effect (at least 1). */
  get pageCount(): number {
    const size = Math.max(1, Math.floor(this.pageSize) || 10);
    const count =
      this.totalItems !== undefined && this.totalItems !== null
        ? Math.ceil(Math.max(0, Number(this.totalItems) || 0) / size)
        : Math.floor(Number(this.total) || 0);
    return Math.max(1, count);
  }

  /** The current page, clamped to 1…pageCount. */
  get currentPage(): number {
    return Math.min(this.pageCount, Math.max(1, Math.floor(Number(this.page) || 1)));
  }

  private get sizes(): number[] {
    return this.pageSizes
      .split(/[\s,]+/)
      .map(Number)
      .filter((n) => Number.isInteger(n) && n > 0);
  }

  private hrefFor(page: number): string | undefined {
    if (!this.hrefTemplate) return undefined;
    const href = this.hrefTemplate.replace(/\{page\}/g, String(page)).replace(/\{size\}/g, String(this.pageSize));
    return safeUrl(href);
  }

  private go(page: number, event: Event): void {
    const target = Math.min(this.pageCount, Math.max(1, page));
    if (target === this.currentPage) {
      if (!this.hrefTemplate) event.preventDefault();
      return;
    }
    const change = new CustomEvent<PageChangeDetail>('sugam-page-change', {
      bubbles: true,
      composed: true,
      cancelable: !!this.hrefTemplate,
      detail: { page: target },
    });
    this.dispatchEvent(change);
    if (this.hrefTemplate) {
      if (change.defaultPrevented) {
        event.preventDefault();
        this.page = target;
      }
      return;
    }
    this.page = target;
  }

  private handleSizeChange(event: Event): void {
    const size = Number((event.target as HTMLElement & { value: string }).value);
    if (!Number.isInteger(size) || size <= 0 || size === this.pageSize) return;
    // Keep the first item of the current page in view.
    const first = (this.currentPage - 1) * this.pageSize;
    this.pageSize = size;
    this.page = Math.floor(first / size) + 1;
    this.dispatchEvent(
      new CustomEvent<PageSizeChangeDetail>('sugam-page-size-change', {
        bubbles: true,
        composed: true,
        detail: { pageSize: size, page: this.page },
      }),
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('variant')) oneOf(this, 'variant', this.variant, PAGINATION_VARIANTS, 'solid');
  }

  private icon(name: 'chevron-start' | 'chevron-end'): TemplateResult {
    return html`<svg class="icon mirror" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
      ${name === 'chevron-start' ? ICONS.chevronStart() : ICONS.chevronEnd()}
    </svg>`;
  }

  /** A page link or button; `kind` says whether it is a number, Previous or Next. */
  private control(
    page: number,
    content: TemplateResult | string,
    name: string,
    kind: 'page' | 'previous' | 'next',
  ): TemplateResult {
    const current = this.currentPage;
    const isCurrent = kind === 'page' && page === current;
    const unavailable = kind !== 'page' && (page < 1 || page > this.pageCount);
    const part = kind === 'page' ? (isCurrent ? 'page current' : 'page') : kind;
    const classes = classMap({ control: true, arrow: kind !== 'page', current: isCurrent });
    if (this.hrefTemplate) {
      const href = unavailable ? undefined : this.hrefFor(page);
      return html`<a
        part=${part}
        class=${classes}
        href=${ifDefined(href)}
        role=${ifDefined(href ? undefined : 'link')}
        aria-disabled=${ifDefined(unavailable ? 'true' : undefined)}
        aria-current=${ifDefined(isCurrent ? 'page' : undefined)}
        aria-label=${name}
        @click=${(event: MouseEvent) => !unavailable && this.go(page, event)}
        >${content}</a
      >`;
    }
    return html`<button
      part=${part}
      class=${classes}
      type="button"
      aria-disabled=${ifDefined(unavailable ? 'true' : undefined)}
      aria-current=${ifDefined(isCurrent ? 'page' : undefined)}
      aria-label=${name}
      @click=${(event: MouseEvent) => !unavailable && this.go(page, event)}
    >
      ${content}
    </button>`;
  }

  protected override render() {
    const t = this.localize;
    const variant = oneOf(this, 'variant', this.variant, PAGINATION_VARIANTS, 'solid');
    const total = this.pageCount;
    const current = this.currentPage;
    const arrows = variant !== 'no-arrows';
    const previous = arrows
      ? html`<li>${this.control(current - 1, this.icon('chevron-start'), t.t('pagination.previous'), 'previous')}</li>`
      : nothing;
    const next = arrows
      ? html`<li>${this.control(current + 1, this.icon('chevron-end'), t.t('pagination.next'), 'next')}</li>`
      : nothing;
    const middle =
      variant === 'compact'
        ? html`<li class="status" part="status" aria-live="polite">
            ${t.t('pagination.pageOf', { page: current, total })}
          </li>`
        : repeat(
            pageItems(
              current,
              total,
              this.width.narrow ? 0 : Math.max(0, Math.floor(this.siblings) || 0),
              Math.max(1, Math.floor(this.boundaries) || 1),
            ),
            (item) => item,
            (item) =>
              typeof item === 'number'
                ? html`<li>
                    ${this.control(item, t.formatNumber(item), t.t('pagination.page', { page: item }), 'page')}
                  </li>`
                : html`<li class="ellipsis" part="ellipsis" aria-hidden="true">…</li>`,
          );
    const sizes = this.sizes;
    return html`<div class=${classMap({ base: true, rtl: t.dir === 'rtl', narrow: this.width.narrow })}>
      <nav part="nav" aria-label=${this.label || t.t('pagination.label')}>
        <ul part="list" class="list">
          ${previous}${middle}${next}
        </ul>
      </nav>
      ${
        sizes.length > 0
          ? html`<sugam-select
              part="page-size"
              class="page-size"
              size="sm"
              label=${t.t('pagination.rowsPerPage')}
              .value=${String(this.pageSize)}
              @change=${this.handleSizeChange}
            >
              ${sizes.map((size) => html`<sugam-option value=${size}>${t.formatNumber(size)}</sugam-option>`)}
            </sugam-select>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-pagination': SugamPagination;
  }
  interface HTMLElementEventMap {
    'sugam-page-change': CustomEvent<PageChangeDetail>;
    'sugam-page-size-change': CustomEvent<PageSizeChangeDetail>;
  }
}
