import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@sugam/components/pagination';
import type { SugamPagination } from '@sugam/components/pagination';

type Args = Pick<
  SugamPagination,
  'page' | 'total' | 'siblings' | 'boundaries' | 'variant' | 'pageSizes' | 'pageSize' | 'hrefTemplate'
>;

const meta: Meta<Args> = {
  title: 'Navigation/Pagination',
  component: 'sugam-pagination',
  args: { page: 5, total: 12, siblings: 1, boundaries: 1, variant: 'solid', pageSizes: '', pageSize: 10 },
  argTypes: {
    variant: { control: 'inline-radio', options: ['solid', 'compact', 'no-arrows'] },
    hrefTemplate: { control: 'text' },
  },
  render: (args) =>
    html`<sugam-pagination
      page=${args.page}
      total=${args.total}
      siblings=${args.siblings}
      boundaries=${args.boundaries}
      variant=${args.variant}
      page-sizes=${args.pageSizes}
      page-size=${args.pageSize}
      href-template=${ifDefined(args.hrefTemplate || undefined)}
    ></sugam-pagination>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Page numbers follow the page's numerals (Bengali digits in Bengali, Extended Arabic-Indic in Urdu…). */
export const Playground: Story = {};

export const Variants: Story = {
  render: () =>
    html`<div style="display: grid; gap: 24px">
      <sugam-pagination page="5" total="12" label="Solid"></sugam-pagination>
      <sugam-pagination page="3" total="12" variant="compact" label="Compact"></sugam-pagination>
      <sugam-pagination page="2" total="5" variant="no-arrows" label="No arrows"></sugam-pagination>
    </div>`,
};

/** `siblings` pages either side of the current one, `boundaries` pages at each end, ellipses between. */
export const Truncation: Story = {
  render: () =>
    html`<div style="display: grid; gap: 24px">
      <sugam-pagination page="1" total="50" label="First page"></sugam-pagination>
      <sugam-pagination page="25" total="50" label="Middle page"></sugam-pagination>
      <sugam-pagination page="50" total="50" label="Last page"></sugam-pagination>
      <sugam-pagination page="25" total="50" siblings="0" boundaries="2" label="Two at each end"></sugam-pagination>
    </div>`,
};

/** Real links (`href-template="#page-{page}"`): pages work without JavaScript and open in a new tab. */
export const Links: Story = {
  render: () => html`<sugam-pagination page="2" total="8" href-template="#page-{page}"></sugam-pagination>`,
};

/** A "Rows per page" choice; `total-items` with `page-size` gives the number of pages. */
export const PageSize: Story = {
  render: () =>
    html`<sugam-pagination page="1" total-items="240" page-size="10" page-sizes="10,25,50"></sugam-pagination>`,
};
