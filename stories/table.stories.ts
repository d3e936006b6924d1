import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@sugam/components/table';
import { TABLE_SIZES, TABLE_STACK, type SugamTable, type TableColumn, type TableRow } from '@sugam/components/table';

type Args = Pick<SugamTable, 'size' | 'zebra' | 'stickyHeader' | 'stack' | 'loading'>;

const states = html`<table>
  <caption>
    Applications by state
  </caption>
  <thead>
    <tr>
      <th>State</th>
      <th data-type="number">Applications</th>
      <th>Status</th>
    </tr>
  </thead>
  <tbody>
    <tr>
      <th scope="row">Kerala</th>
      <td>1,25,000</td>
      <td>Open</td>
    </tr>
    <tr>
      <th scope="row">Assam</th>
      <td>98,400</td>
      <td>Closed</td>
    </tr>
    <tr>
      <th scope="row">Uttar Pradesh</th>
      <td>12,40,500</td>
      <td>Open</td>
    </tr>
    <tr>
      <th scope="row">Goa</th>
      <td>7,250</td>
      <td>Open</td>
    </tr>
  </tbody>
</table>`;

const meta: Meta<Args> = {
  title: 'Data display/Table',
  component: 'sugam-table',
  args: { size: 'md', zebra: false, stickyHeader: false, stack: 'auto', loading: false },
  argTypes: {
    size: { control: 'inline-radio', options: [...TABLE_SIZES] },
    stack: { control: 'inline-radio', options: [...TABLE_STACK] },
  },
  render: (args) =>
    html`<sugam-table
      sortable
      size=${args.size}
      stack=${args.stack}
      ?zebra=${args.zebra}
      ?sticky-header=${args.stickyHeader}
      ?loading=${args.loading}
      >${states}</sugam-table
    >`,
};
export default meta;
type Story = StoryObj<Args>;

/** A page's own `<table>`, enhanced: every column sorts (numbers numerically, text by the page's language). */
export const Playground: Story = {};

/** Compact, default and roomy; zebra rows. */
export const SizesAndZebra: Story = {
  render: () =>
    html`<div style="display: grid; gap: 24px">
      ${TABLE_SIZES.map((size) => html`<sugam-table size=${size} zebra sortable>${states}</sugam-table>`)}
    </div>`,
};

const columns: TableColumn[] = [
  { key: 'district', label: 'District', sortable: true, rowHeader: true },
  { key: 'population', label: 'Population', sortable: true, type: 'number' },
  { key: 'literacy', label: 'Literacy (%)', sortable: true, type: 'number' },
];
const rows: TableRow[] = [
  { district: 'Pune', population: 9429408, literacy: 86.15 },
  { district: 'Nagpur', population: 4653570, literacy: 88.39 },
  { district: 'Thane', population: 11060148, literacy: 84.53 },
  { district: 'Nashik', population: 6107187, literacy: 82.31 },
];

/** Data from script (`columns`, `rows`): numbers are formatted in the page's language with lakh/crore grouping. */
export const FromScript: Story = {
  render: () =>
    html`<sugam-table
      caption="Districts of Maharashtra (Census 2011)"
      .columns=${columns}
      .rows=${rows}
    ></sugam-table>`,
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
  render: () => html`<sugam-table stack="always" sortable>${states}</sugam-table>`,
};

/** The header row stays visible while the table scrolls within `--sugam-table-max-height`. */
export const StickyHeader: Story = {
  render: () =>
    html`<sugam-table sticky-header stack="never" sortable style="--sugam-table-max-height: 12rem"
      >${states}</sugam-table
    >`,
};

/** While loading, the rows are dimmed, the table is `aria-busy` and "Loading" is announced. */
export const Loading: Story = {
  render: () => html`<sugam-table loading>${states}</sugam-table>`,
};
