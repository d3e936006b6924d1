import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { LocalizeController, registerStrings } from '@sugam/i18n';
import { table } from '@sugam/i18n/en';
import { oneOf } from '../internal/enum.js';
import * as ICONS from '../internal/icon-set.js';
import { hostStyles } from '../internal/styles.js';
import { warnOnce } from '../internal/warn.js';
import { parseNumber } from './parse-number.js';
import { tableStyles } from './table.styles.js';

registerStrings({ table });

export { parseNumber } from './parse-number.js';

export const TABLE_SIZES = ['sm', 'md', 'lg'] as const;
export const TABLE_STACK = ['auto', 'always', 'never'] as const;
export type TableSize = (typeof TABLE_SIZES)[number];
export type TableStack = (typeof TABLE_STACK)[number];
export type SortDirection = 'ascending' | 'descending';

/** A column of the `columns` property. */
export interface TableColumn {
  /** The property of each row shown in this column. */
  key: string;
  /** The column header's text. */
  label: string;
  /** Whether users can sort by this column. */
  sortable?: boolean;
  /** `number` sorts numerically and formats numbers in the page's language; unset, detected from the values. */
  type?: 'text' | 'number';
  /** Marks the cells of this column as row headers (`<th scope="row">`), typically the first column. */
  rowHeader?: boolean;
}

/** A row of the `rows` property: values by column key (strings, numbers; anything else is shown as text). */
export type TableRow = Readonly<Record<string, unknown>>;

export interface SugamSelectionDetail {
  /** The keys of the selected rows, in the rows' order. */
  selected: string[];
}

export interface SugamSortDetail {
  /** The column's `key` (or, for a page table, its `data-key`, else its position from 0). */
  column: string;
  /** The column's position, from 0. */
  index: number;
  direction: SortDirection;
}

interface ModelColumn {
  key: string;
  label: string;
  content: unknown;
  sortable: boolean;
  numeric: boolean;
}
interface ModelCell {
  content: unknown;
  text: string;
  number: number | null;
  header: boolean;
}
interface ModelRow {
  position: number;
  /** The row's identity for selection: `data-key` of a page row, the `row-key` value of a script row, else its position. */
  key: string;
  cells: ModelCell[];
}
interface Model {
  caption: unknown;
  captionText: string;
  columns: ModelColumn[];
  rows: ModelRow[];
  footer: ModelRow[];
}

/** The caption's id in the shadow root (unlikely to clash with an id copied from the page's cells). */
const CAPTION_ID = 'sugam-table-caption';

const clone = (element: Element): Node[] => [...element.childNodes].map((node) => node.cloneNode(true));

/**
 * A data table in UX4G's style: sortable columns, zebra rows, three densities, an optional sticky header, and a
 * stacked, card-like layout on narrow screens where every value shows its column's name.
 *
 * **Data.** The primary way is a plain `<table>` inside the element, as any CMS writes it: without JavaScript the
 * page still shows that table; with it, Sugam reads it (caption, header row, body and footer rows) and shows a
 * styled, sortable copy, updating when the page changes the table. Mark columns sortable with `sortable` on the
 * element (all columns) or `data-sortable` on a `<th>`; `data-type="number"` (or values that all read as
 * numbers) sorts numerically; `data-sort-value` on a cell gives its sort key (e.g. an ISO date). Scripts can pass
 * `columns` and `rows` instead; numbers are then formatted in the page's language with Indian grouping (12,34,567).
 * Cells are copied as DOM nodes, never parsed as HTML; listeners on the page's cell content are not copied.
 *
 * **Sorting.** A sortable header holds a button; the sorted column's header has `aria-sort`. Text sorts with
 * `Intl.Collator` in the page's language, numbers numerically (`1,00,000`, `१,२५,०००`, `₹ 5,000` all read as
 * numbers); empty cells sort last. Each sort is announced ("Sorted by Name, ascending"). A cancelled `sugam-sort`
 * event leaves the rows as they are, for tables sorted by the server.
 *
 * **Selecting rows.** With `selectable`, a first column holds a checkbox per row, named "Select Pune" after the
 * row's header cell, and the header a checkbox that selects or clears every row (mixed when some are selected);
 * selecting all is announced with the count. Shift with a click (or Shift+Space) on a row's checkbox selects or clears
 * every row shown between it and the row toggled before, and announces the count. `selected` holds the selected rows' keys: a page row's `data-key`, a
 * script row's `row-key` property, else the row's position. Selection survives sorting.
 *
 * A table needs a caption (`<caption>` or the `caption` attribute); without one it warns in the console.
 *
 * @summary Data table: caption, sortable columns with collation per language, zebra, sizes, stacked on mobile.
 * @status stable
 * @since 0.1.0
 *
 * @slot - A `<table>` to enhance (not shown itself once the component runs).
 *
 * @csspart scroller - The box that scrolls a wide (or sticky-header) table.
 * @csspart table - The `<table>`.
 * @csspart caption - The `<caption>`.
 * @csspart sort-button - Each header's sort button.
 *
 * @cssprop --sugam-table-max-height - The scroll height of a table with `sticky-header`. Defaults to `24rem`.
 *
 * @event sugam-selection-change - Rows were selected or cleared (`selectable`); `detail: { selected }` lists the
 * selected rows' keys.
 * @event sugam-sort - Before the rows are sorted; `detail: { column, index, direction }`. Cancelable: when
 * cancelled the header shows the new order but the rows stay as given (the page sorts them).
 */
export class SugamTable extends LitElement {
  static override styles = [hostStyles, tableStyles];

  /** The caption, when the data comes from `columns` and `rows` (or to replace the page table's). */
  @property() accessor caption: string | undefined;

  /** The columns, for data passed from script. */
  @property({ attribute: false }) accessor columns: readonly TableColumn[] | undefined;

  /** The rows, for data passed from script. */
  @property({ attribute: false }) accessor rows: readonly TableRow[] | undefined;

  /** Cell padding: compact, default or roomy. */
  @property({ reflect: true, useDefault: true }) accessor size: TableSize = 'md';

  /** Shades every other row. */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor zebra = false;

  /** Makes every column of a page table sortable (a `<th data-sortable="false">` opts out). */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor sortable = false;

  /** Keeps the header row visible while the table scrolls within `--sugam-table-max-height`. */
  @property({ type: Boolean, reflect: true, useDefault: true, attribute: 'sticky-header' }) accessor stickyHeader =
    false;

  /** Stacked, card-like rows: `auto` below 36rem of width, `always`, or `never`. */
  @property({ reflect: true, useDefault: true }) accessor stack: TableStack = 'auto';

  /** The key (or position) of the column sorted initially or now. */
  @property({ attribute: 'sort-column' }) accessor sortColumn: string | undefined;

  /** The direction of the sort. */
  @property({ attribute: 'sort-direction' }) accessor sortDirection: SortDirection = 'ascending';

  /**
   * Adds a column of checkboxes to select rows, with one in the header to select or clear them all. The
   * selection is `selected`; each change fires `sugam-selection-change`.
   */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor selectable = false;

  /** The keys of the selected rows (`data-key` of a page row, the `row-key` value of a script row, else its position from 0). */
  @property({ attribute: false }) accessor selected: readonly string[] = [];

  /** For rows from script: the property whose value identifies a row in `selected` (default: its position). */
  @property({ attribute: 'row-key' }) accessor rowKey: string | undefined;

  /** Shows that the rows are being loaded (`aria-busy`, dimmed rows and a localized "Loading"). */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor loading = false;

  @state() private accessor announcement = '';
  @state() private accessor scrollable = false;
  @state() private accessor pageModel: Model | undefined;

  private readonly localize = new LocalizeController(this);
  private pageSorted = false;
  private observer: MutationObserver | undefined;
  private resizeObserver: ResizeObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.readPageTable();
    this.observer ??= new MutationObserver(() => this.readPageTable());
    this.observer.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.resizeObserver?.disconnect();
  }

  protected override firstUpdated(): void {
    const scroller = this.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    this.resizeObserver = new ResizeObserver(() => {
      this.scrollable =
        scroller.scrollWidth > scroller.clientWidth + 1 || scroller.scrollHeight > scroller.clientHeight + 1;
    });
    this.resizeObserver.observe(scroller);
    const table = scroller.querySelector('table');
    if (table) this.resizeObserver.observe(table);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('size')) oneOf(this, 'size', this.size, TABLE_SIZES, 'md');
    if (changed.has('stack')) oneOf(this, 'stack', this.stack, TABLE_STACK, 'auto');
    if (changed.has('sortDirection') && this.sortDirection !== 'ascending' && this.sortDirection !== 'descending') {
      oneOf(this, 'sort-direction', this.sortDirection, ['ascending', 'descending'], 'ascending');
    }
    if (changed.has('sortable')) this.readPageTable();
  }

  protected override updated(): void {
    const model = this.model;
    if (!model.captionText && (model.columns.length || model.rows.length)) {
      warnOnce(
        this,
        'caption',
        'needs a caption (a <caption> in its table, or the caption attribute) to name the table.',
      );
    }
  }

  /** Reads the page's `<table>` child into the model (copies of its nodes, never HTML strings). */
  private readPageTable(): void {
    const table = this.querySelector<HTMLTableElement>(':scope > table');
    if (!table) {
      this.pageModel = undefined;
      return;
    }
    const head = table.tHead?.rows[table.tHead.rows.length - 1];
    const first = table.rows[0];
    const headRow = head ?? (first && [...first.cells].every((cell) => cell.localName === 'th') ? first : undefined);
    const footRows = new Set(table.tFoot ? [...table.tFoot.rows] : []);
    const bodyRows = [...table.rows].filter(
      (row) => row !== headRow && !footRows.has(row) && row.parentElement !== table.tHead,
    );
    if (
      [...table.querySelectorAll('td, th')].some(
        (cell) => (cell as HTMLTableCellElement).colSpan > 1 || (cell as HTMLTableCellElement).rowSpan > 1,
      )
    ) {
      warnOnce(
        this,
        'span',
        'supports simple tables only: cells spanning columns or rows are shown, but sorting and the stacked layout may misplace them.',
      );
    }
    const readRow = (row: HTMLTableRowElement, position: number): ModelRow => ({
      position,
      key: row.dataset.key ?? String(position),
      cells: [...row.cells].map((cell) => {
        const text = (cell.dataset.sortValue ?? cell.textContent ?? '').trim();
        return { content: clone(cell), text, number: parseNumber(text), header: cell.localName === 'th' };
      }),
    });
    const rows = bodyRows.map(readRow);
    const columns = [...(headRow?.cells ?? [])].map((th, index): ModelColumn => {
      const flag = th.dataset.sortable;
      const sortable = flag === 'false' ? false : flag !== undefined || this.sortable;
      const type = th.dataset.type;
      return {
        key: th.dataset.key ?? String(index),
        label: (th.textContent ?? '').trim(),
        content: clone(th),
        sortable,
        numeric: type === 'number' || (type !== 'text' && looksNumeric(rows, index)),
      };
    });
    this.pageModel = {
      caption: table.caption ? clone(table.caption) : undefined,
      captionText: (table.caption?.textContent ?? '').trim(),
      columns,
      rows,
      footer: [...footRows].map(readRow),
    };
  }

  /** The data shown: from `columns`/`rows` when set, else from the page's table. */
  private get model(): Model {
    if (this.columns?.length) {
      const rows = (this.rows ?? []).map((row, position): ModelRow => ({
        position,
        key: this.rowKey != null && row[this.rowKey] != null ? String(row[this.rowKey]) : String(position),
        cells: this.columns!.map((column) => {
          const value = row[column.key];
          const number = typeof value === 'number' ? value : null;
          const text = value == null ? '' : String(value);
          return {
            content: number !== null ? this.localize.formatNumber(number) : text,
            text,
            number: number ?? parseNumber(text),
            header: !!column.rowHeader,
          };
        }),
      }));
      return {
        caption: this.caption,
        captionText: this.caption?.trim() ?? '',
        columns: this.columns.map((column, index) => ({
          key: column.key,
          label: column.label,
          content: column.label,
          sortable: !!column.sortable,
          numeric: column.type === 'number' || (column.type !== 'text' && looksNumeric(rows, index)),
        })),
        rows,
        footer: [],
      };
    }
    const page = this.pageModel ?? { caption: undefined, captionText: '', columns: [], rows: [], footer: [] };
    return this.caption ? { ...page, caption: this.caption, captionText: this.caption.trim() } : page;
  }

  private sortIndex(columns: ModelColumn[]): number {
    if (this.sortColumn == null) return -1;
    return columns.findIndex((column) => column.key === this.sortColumn && column.sortable);
  }

  private sortRows(model: Model, index: number): ModelRow[] {
    if (index < 0 || this.pageSorted) return model.rows;
    const numeric = model.columns[index].numeric;
    const factor = this.sortDirection === 'descending' ? -1 : 1;
    let collator: Intl.Collator;
    try {
      collator = new Intl.Collator(this.localize.lang, { numeric: true, sensitivity: 'base' });
    } catch {
      collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
    }
    return [...model.rows].sort((a, b) => {
      const x = a.cells[index];
      const y = b.cells[index];
      const xEmpty = !x || (numeric ? x.number === null : x.text === '');
      const yEmpty = !y || (numeric ? y.number === null : y.text === '');
      // Empty (or unreadable) cells go last in either direction; equal values keep the page's order.
      if (xEmpty || yEmpty) return xEmpty === yEmpty ? a.position - b.position : xEmpty ? 1 : -1;
      const order = numeric ? x.number! - y.number! : collator.compare(x.text, y.text);
      return order * factor || a.position - b.position;
    });
  }

  private handleSort(column: ModelColumn, index: number): void {
    const direction: SortDirection =
      this.sortColumn === column.key && this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    const event = new CustomEvent<SugamSortDetail>('sugam-sort', {
      detail: { column: column.key, index, direction },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    this.dispatchEvent(event);
    this.pageSorted = event.defaultPrevented;
    this.sortColumn = column.key;
    this.sortDirection = direction;
    this.announcement = this.localize.t(
      direction === 'ascending' ? 'table.sortedAscending' : 'table.sortedDescending',
      { column: column.label },
    );
  }

  /** A row's name for its checkbox: its row header's text, else its first cell's. */
  private rowName(row: ModelRow): string {
    const cell = row.cells.find((c) => c.header) ?? row.cells[0];
    return cell?.text ?? row.key;
  }

  private changeSelection(selected: string[], announce: boolean): void {
    const order = this.model.rows.map((row) => row.key);
    this.selected = order.filter((key) => selected.includes(key));
    if (announce) {
      this.announcement = this.localize.t('table.selectedCount', { count: this.selected.length });
    }
    this.dispatchEvent(
      new CustomEvent<SugamSelectionDetail>('sugam-selection-change', {
        detail: { selected: [...this.selected] },
        bubbles: true,
        composed: true,
      }),
    );
  }

  /** The row whose checkbox was toggled last: the other end of a Shift range. */
  private anchorKey: string | undefined;
  /** The click that toggled a checkbox held Shift (a pointer click, or Shift+Space). */
  private rangeRequested = false;
  /**
   * Shift was held when Space was let go on a row's checkbox. Firefox's click from Space does not carry Shift
   * (`shiftKey` is false), so the key event tells.
   */
  private spaceShift = false;

  private readonly handleRowClick = (event: MouseEvent): void => {
    this.rangeRequested = event.shiftKey || this.spaceShift;
    this.spaceShift = false;
  };

  private readonly handleRowKeyup = (event: KeyboardEvent): void => {
    if (event.key === ' ') this.spaceShift = event.shiftKey;
  };

  /**
   * A row's checkbox changed. With Shift held, every row shown between it and the row toggled last takes the same
   * state (the count is announced); otherwise only this row changes.
   */
  private handleRowToggle(row: ModelRow, shown: ModelRow[], event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    const here = shown.indexOf(row);
    const anchor = this.rangeRequested ? shown.findIndex((r) => r.key === this.anchorKey) : -1;
    this.rangeRequested = false;
    this.anchorKey = row.key;
    if (anchor >= 0 && here >= 0 && anchor !== here) {
      const range = shown.slice(Math.min(anchor, here), Math.max(anchor, here) + 1).map((r) => r.key);
      const others = this.selected.filter((key) => !range.includes(key));
      this.changeSelection(checked ? [...others, ...range] : others, true);
      return;
    }
    const others = this.selected.filter((key) => key !== row.key);
    this.changeSelection(checked ? [...others, row.key] : others, false);
  }

  private handleToggleAll(rows: ModelRow[], event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.changeSelection(checked ? rows.map((row) => row.key) : [], true);
  }

  protected override render() {
    const model = this.model;
    const sortIndex = this.sortIndex(model.columns);
    const rows = this.sortRows(model, sortIndex);
    const direction = this.sortDirection === 'descending' ? 'descending' : 'ascending';
    const hasCaption = model.captionText !== '';
    const selectable = this.selectable;
    const chosen = new Set(this.selected);
    const selectedCount = rows.filter((row) => chosen.has(row.key)).length;
    const selectCell = (row: ModelRow | undefined) =>
      selectable
        ? html`<td role="cell" class="select">
            ${
              row
                ? html`<input
                    type="checkbox"
                    .checked=${live(chosen.has(row.key))}
                    aria-label=${this.localize.t('table.selectRow', { row: this.rowName(row) })}
                    @keyup=${this.handleRowKeyup}
                    @click=${this.handleRowClick}
                    @change=${(event: Event) => this.handleRowToggle(row, rows, event)}
                  />`
                : nothing
            }
          </td>`
        : nothing;
    const renderRow = (row: ModelRow, footer = false) =>
      html`<tr role="row" class=${!footer && chosen.has(row.key) ? 'selected' : ''}>
        ${selectCell(footer ? undefined : row)}
        ${row.cells.map((cell, index) => {
          const column = model.columns[index];
          const classes = classMap({ numeric: !!column?.numeric });
          const label = column ? html`<span class="cell-label" aria-hidden="true">${column.label}</span>` : nothing;
          const value = html`<span class="cell-value">${cell.content}</span>`;
          return cell.header
            ? html`<th role="rowheader" scope="row" class=${classes}>${label}${value}</th>`
            : html`<td role="cell" class=${classes}>${label}${value}</td>`;
        })}
      </tr>`;

    return html`<div
        part="scroller"
        class="scroller"
        role=${ifDefined(this.scrollable ? 'region' : undefined)}
        tabindex=${ifDefined(this.scrollable ? '0' : undefined)}
        aria-labelledby=${ifDefined(this.scrollable && hasCaption ? CAPTION_ID : undefined)}
      >
        <table
          part="table"
          role="table"
          class=${classMap({ sortable: model.columns.some((column) => column.sortable) })}
          aria-labelledby=${ifDefined(hasCaption ? CAPTION_ID : undefined)}
          aria-busy=${ifDefined(this.loading ? 'true' : undefined)}
        >
          ${hasCaption ? html`<caption part="caption" id=${CAPTION_ID}> ${model.caption} </caption>` : nothing}
          ${
            model.columns.length
              ? html`<thead role="rowgroup">
                  <tr role="row">
                    ${
                      selectable
                        ? html`<th role="columnheader" scope="col" class="select">
                            <label class="select-all">
                              <input
                                type="checkbox"
                                .checked=${live(rows.length > 0 && selectedCount === rows.length)}
                                .indeterminate=${live(selectedCount > 0 && selectedCount < rows.length)}
                                ?disabled=${rows.length === 0}
                                @change=${(event: Event) => this.handleToggleAll(rows, event)}
                              /><span class="select-all-text">${this.localize.t('table.selectAll')}</span>
                            </label>
                          </th>`
                        : nothing
                    }
                    ${model.columns.map((column, index) => {
                      const sorted = index === sortIndex;
                      const classes = classMap({ numeric: column.numeric, sortable: column.sortable });
                      if (!column.sortable) {
                        return html`<th role="columnheader" scope="col" class=${classes}>${column.content}</th>`;
                      }
                      const icon = sorted
                        ? direction === 'ascending'
                          ? ICONS.arrowUp()
                          : ICONS.arrowDown()
                        : ICONS.sort();
                      return html`<th
                        role="columnheader"
                        scope="col"
                        class=${classes}
                        aria-sort=${ifDefined(sorted ? direction : undefined)}
                      >
                        <button
                          part="sort-button"
                          class="sort"
                          type="button"
                          aria-description=${this.localize.t('table.sortBy', { column: column.label })}
                          @click=${() => this.handleSort(column, index)}
                        >
                          <span class="sort-label">${column.content}</span
                          ><svg
                            class="sort-icon"
                            viewBox="0 0 24 24"
                            fill="currentColor"
                            aria-hidden="true"
                            focusable="false"
                          >
                            ${icon}
                          </svg>
                        </button>
                      </th>`;
                    })}
                  </tr>
                </thead>`
              : nothing
          }
          <tbody role="rowgroup">
            ${repeat(
              rows,
              (row) => row.position,
              (row) => renderRow(row),
            )}
          </tbody>
          ${
            model.footer.length
              ? html`<tfoot role="rowgroup">
                  ${repeat(
                    model.footer,
                    (row) => row.position,
                    (row) => renderRow(row, true),
                  )}
                </tfoot>`
              : nothing
          }
        </table>
        ${
          this.loading
            ? html`<div class="overlay" part="overlay"><span class="spinner" aria-hidden="true"></span></div>`
            : nothing
        }
      </div>
      <div class="visually-hidden" role="status">
        ${this.loading ? this.localize.t('table.loading') : this.announcement}
      </div>
      <slot hidden></slot>`;
  }
}

/** Whether every non-empty cell of a column reads as a number (and at least one does). */
function looksNumeric(rows: ModelRow[], index: number): boolean {
  let any = false;
  for (const row of rows) {
    const cell = row.cells[index];
    if (!cell || cell.text === '') continue;
    if (cell.number === null) return false;
    any = true;
  }
  return any;
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-table': SugamTable;
  }
  interface HTMLElementEventMap {
    'sugam-sort': CustomEvent<SugamSortDetail>;
    'sugam-selection-change': CustomEvent<SugamSelectionDetail>;
  }
}
