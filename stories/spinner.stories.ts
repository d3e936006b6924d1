import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@sugam/components/spinner';
import { SPINNER_SIZES, type SugamSpinner } from '@sugam/components/spinner';

type Args = Pick<SugamSpinner, 'size' | 'label' | 'showLabel'>;

const meta: Meta<Args> = {
  title: 'Feedback/Spinner',
  component: 'sugam-spinner',
  args: { size: 'md', label: '', showLabel: false },
  argTypes: { size: { control: 'inline-radio', options: [...SPINNER_SIZES] } },
  render: (args) =>
    html`<sugam-spinner size=${args.size} label=${args.label} ?show-label=${args.showLabel}></sugam-spinner>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Named "Loading" in the reader's language unless `label` says more. */
export const Playground: Story = {};

export const Sizes: Story = {
  render: () =>
    html`<div style="display: flex; flex-wrap: wrap; gap: 16px; align-items: center">
      ${SPINNER_SIZES.map((size) => html`<sugam-spinner size=${size}></sugam-spinner>`)}
    </div>`,
};

/** With a visible label. */
export const WithLabel: Story = {
  render: () =>
    html`<div style="display: grid; gap: 12px">
      <sugam-spinner show-label></sugam-spinner>
      <sugam-spinner size="sm" show-label label="Checking your documents"></sugam-spinner>
    </div>`,
};
