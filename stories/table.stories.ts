import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@sugam/components/table';
import { TABLE_SIZES, TABLE_STACK, type SugamTable, type TableColumn, type TableRow } from '@sugam/components/table';
import { formatNumber } from '@sugam/i18n';
import { samples } from './fixtures/samples.js';

type Args = Pick<SugamTable, 'size' | 'zebra' | 'stickyHeader' | 'stack' | 'loading'>;

/** Applications by district, in the story's language; the counts are written the way the language writes them. */
const states = (locale: unknown) => {
  const lang = String(locale ?? 'en');
  const s = samples(lang);
  const rows = [
    [s.pune, 125000, s.open],
    [s.nagpur, 98400, s.closed],
    [s.thane, 1240500, s.open],
    [s.nashik, 7250, s.open],
  ] as const;
  return html`<table>
    <caption>
      ${s.applicationsByDistrict}
    </caption>
    <thead>
      <tr>
        <th>${s.district}</th>
        <th data-type="number">${s.applications}</th>
        <th>${s.status}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        ([place, count, status]) =>
          html`<tr>
            <th scope="row">${place}</th>
            <td>${formatNumber(count, lang)}</td>
            <td>${status}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
};

const meta: Meta<Args> = {
  title: 'Data display/Table',
  component: 'sugam-table',
  args: { size: 'md', zebra: false, stickyHeader: false, stack: 'auto', loading: false },
  argTypes: {
    size: { control: 'inline-radio', options: [...TABLE_SIZES] },
    stack: { control: 'inline-radio', options: [...TABLE_STACK] },
  },
  render: (args, { globals }) =>
    html`<sugam-table
      sortable
      size=${args.size}
      stack=${args.stack}
      ?zebra=${args.zebra}
      ?sticky-header=${args.stickyHeader}
      ?loading=${args.loading}
      >${states(globals.locale)}</sugam-table
    >`,
};
export default meta;
type Story = StoryObj<Args>;

/** A page's own `<table>`, enhanced: every column sorts (numbers numerically, text by the page's language). */
export const Playground: Story = {};

/** Compact, default and roomy; zebra rows. */
export const SizesAndZebra: Story = {
  render: (_args, { globals }) =>
    html`<div style="display: grid; gap: 24px">
      ${TABLE_SIZES.map((size) => html`<sugam-table size=${size} zebra sortable>${states(globals.locale)}</sugam-table>`)}
    </div>`,
};

/** Columns and rows from script, labelled in the story's language; the values are plain numbers. */
const fromScript = (locale: unknown) => {
  const s = samples(String(locale ?? 'en'));
  const columns: TableColumn[] = [
    { key: 'district', label: s.district, sortable: true, rowHeader: true },
    { key: 'population', label: s.population, sortable: true, type: 'number' },
    { key: 'literacy', label: s.literacy, sortable: true, type: 'number' },
  ];
  const rows: TableRow[] = [
    { district: s.pune, population: 9429408, literacy: 86.15 },
    { district: s.nagpur, population: 4653570, literacy: 88.39 },
    { district: s.thane, population: 11060148, literacy: 84.53 },
    { district: s.nashik, population: 6107187, literacy: 82.31 },
  ];
  return { caption: s.districtsCaption, columns, rows };
};

/** Data from script (`columns`, `rows`): numbers are formatted in the page's language with lakh/crore grouping. */
export const FromScript: Story = {
  render: (_args, { globals }) => {
    const { caption, columns, rows } = fromScript(globals.locale);
    return html`<sugam-table caption=${caption} .columns=${columns} .rows=${rows}></sugam-table>`;
  },
};

/** Text sorts with the page language's collation; Devanagari digits and Indian grouping read as numbers. */
export const Hindi: Story = {
  render: () =>
    html`<sugam-table lang="hi" sortable zebra>
      <table>
        <caption>
          ज़िलेवार आवेदन
        </caption>
        <thead>
          <tr>
            <th>ज़िला</th>
            <th>आवेदन</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>वाराणसी</td>
            <td>१,२५,०००</td>
          </tr>
          <tr>
            <td>आगरा</td>
            <td>९८,४००</td>
          </tr>
          <tr>
            <td>लखनऊ</td>
            <td>१२,४०,५००</td>
          </tr>
        </tbody>
      </table>
    </sugam-table>`,
};

/** Below 36rem of width (or with `stack="always"`) each row is a card and every value shows its column's name. */
export const Stacked: Story = {
  render: (_args, { globals }) => html`<sugam-table stack="always" sortable>${states(globals.locale)}</sugam-table>`,
};

/** The header row stays visible while the table scrolls within `--sugam-table-max-height`. */
export const StickyHeader: Story = {
  render: (_args, { globals }) =>
    html`<sugam-table sticky-header stack="never" sortable style="--sugam-table-max-height: 12rem"
      >${states(globals.locale)}</sugam-table
    >`,
};

/** While loading, the rows are dimmed, the table is `aria-busy` and "Loading" is announced. */
export const Loading: Story = {
  render: (_args, { globals }) => html`<sugam-table loading>${states(globals.locale)}</sugam-table>`,
};

/**
 * `selectable` adds a checkbox to each row, named after the row ("Select Pune"), and one in the header that
 * selects or clears every row. Shift with a click (or Shift+Space) selects or clears every row shown between that
 * row and the one toggled before. The selection (`selected`, the rows' keys) survives sorting; each change fires
 * `sugam-selection-change`.
 */
export const RowSelection: Story = {
  render: (_args, { globals }) =>
    html`<sugam-table selectable sortable zebra .selected=${['1']}>${states(globals.locale)}</sugam-table>`,
};

/** Selectable rows in the stacked layout: the select-all box stays in the header, each card has its own box. */
export const RowSelectionStacked: Story = {
  render: (_args, { globals }) =>
    html`<sugam-table selectable stack="always" .selected=${['0', '2']}>${states(globals.locale)}</sugam-table>`,
};
