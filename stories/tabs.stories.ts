import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@sugam/components/tabs';
import type { SugamTabs } from '@sugam/components/tabs';

type Args = Pick<SugamTabs, 'variant' | 'orientation' | 'activation' | 'label'>;

const panels = html`
  <sugam-tab-panel name="overview"><p>Apply for a new ration card online.</p></sugam-tab-panel>
  <sugam-tab-panel name="documents"><p>Aadhaar card and proof of address.</p></sugam-tab-panel>
  <sugam-tab-panel name="fees"><p>No fee is charged.</p></sugam-tab-panel>
  <sugam-tab-panel name="status"><p>Track your application.</p></sugam-tab-panel>
`;
const tabs = html`
  <sugam-tab panel="overview">Overview</sugam-tab>
  <sugam-tab panel="documents">Documents</sugam-tab>
  <sugam-tab panel="fees">Fees</sugam-tab>
  <sugam-tab panel="status">Status</sugam-tab>
`;

const meta: Meta<Args> = {
  title: 'Navigation/Tabs',
  component: 'sugam-tabs',
  args: { variant: 'underline', orientation: 'horizontal', activation: 'automatic', label: 'Ration card' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['underline', 'pill'] },
    orientation: { control: 'inline-radio', options: ['horizontal', 'vertical'] },
    activation: { control: 'inline-radio', options: ['automatic', 'manual'] },
  },
  render: (args) =>
    html`<sugam-tabs
      variant=${args.variant}
      orientation=${args.orientation}
      activation=${args.activation}
      label=${args.label ?? ''}
      >${tabs}${panels}</sugam-tabs
    >`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * Tab moves into the tab list (to the selected tab) and on into the panel. Left/Right Arrow move between tabs
 * (mirrored in right-to-left languages), Home/End go to the first/last; disabled tabs are skipped.
 */
export const Playground: Story = {};

export const Underline: Story = {
  render: () => html`<sugam-tabs label="Ration card">${tabs}${panels}</sugam-tabs>`,
};

export const Pill: Story = {
  render: () => html`<sugam-tabs variant="pill" label="Ration card">${tabs}${panels}</sugam-tabs>`,
};

/** Up/Down Arrow move between vertical tabs. In a narrow container the tabs go above the panels. */
export const Vertical: Story = {
  render: () =>
    html`<div style="display: grid; gap: 32px">
      <sugam-tabs orientation="vertical" label="Ration card">${tabs}${panels}</sugam-tabs>
      <sugam-tabs orientation="vertical" variant="pill" label="Ration card, pill">${tabs}${panels}</sugam-tabs>
    </div>`,
};

/** Arrow keys only move focus; Enter or Space shows the focused tab. */
export const ManualActivation: Story = {
  render: () => html`<sugam-tabs activation="manual" label="Ration card">${tabs}${panels}</sugam-tabs>`,
};

/** A disabled tab is skipped by the arrow keys and cannot be selected. */
export const DisabledTab: Story = {
  render: () =>
    html`<sugam-tabs label="Ration card" active="documents">
      <sugam-tab panel="overview">Overview</sugam-tab>
      <sugam-tab panel="documents">Documents</sugam-tab>
      <sugam-tab panel="fees" disabled>Fees</sugam-tab>
      <sugam-tab panel="status">Status</sugam-tab>
      ${panels}
    </sugam-tabs>`,
};

/** More tabs than fit: the tab list scrolls sideways and the focused tab is scrolled into view. */
export const Overflow: Story = {
  render: () =>
    html`<sugam-tabs label="Departments">
      ${['Health', 'Education', 'Agriculture', 'Transport', 'Revenue', 'Labour', 'Housing'].map(
        (name) => html`<sugam-tab>${name}</sugam-tab>`,
      )}
      ${['Health', 'Education', 'Agriculture', 'Transport', 'Revenue', 'Labour', 'Housing'].map(
        (name) => html`<sugam-tab-panel><p>Services of the ${name} department.</p></sugam-tab-panel>`,
      )}
    </sugam-tabs>`,
};
