import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@sugam/components/divider';
import { DIVIDER_ORIENTATIONS, type SugamDivider } from '@sugam/components/divider';

type Args = Pick<SugamDivider, 'orientation' | 'decorative' | 'label'>;

const meta: Meta<Args> = {
  title: 'Components/Divider',
  component: 'sugam-divider',
  args: { orientation: 'horizontal', decorative: false, label: '' },
  argTypes: { orientation: { control: 'inline-radio', options: [...DIVIDER_ORIENTATIONS] } },
  render: (args) =>
    html`<div
      style=${args.orientation === 'vertical' ? 'display: flex; align-items: center; min-block-size: 3rem' : ''}
    >
      <span>Before</span>
      <sugam-divider
        orientation=${args.orientation}
        label=${ifDefined(args.label || undefined)}
        ?decorative=${args.decorative}
      ></sugam-divider>
      <span>After</span>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

/** A separator between sections, announced by screen readers. */
export const Horizontal: Story = {
  render: () =>
    html`<div style="max-inline-size: 32rem">
      <p style="margin: 0">Personal details</p>
      <sugam-divider></sugam-divider>
      <p style="margin: 0">Address</p>
    </div>`,
};

/** Between items in a row; it stretches to the row's height. */
export const Vertical: Story = {
  render: () =>
    html`<div style="display: flex; flex-wrap: wrap; align-items: center">
      <span>Help</span>
      <sugam-divider orientation="vertical"></sugam-divider>
      <span>Sitemap</span>
      <sugam-divider orientation="vertical"></sugam-divider>
      <span>Feedback</span>
    </div>`,
};

/** Text in the middle is read as text; the lines are then decorative. */
export const WithLabel: Story = {
  render: () =>
    html`<div style="max-inline-size: 24rem">
      <p style="margin: 0">Sign in with your mobile number</p>
      <sugam-divider label="or"></sugam-divider>
      <p style="margin: 0">Sign in with DigiLocker</p>
    </div>`,
};

/** A purely visual break, hidden from screen readers. */
export const Decorative: Story = {
  render: () => html`<div style="max-inline-size: 32rem"><sugam-divider decorative></sugam-divider></div>`,
};
