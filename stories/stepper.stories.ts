import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@sugam/components/stepper';
import type { SugamStepper } from '@sugam/components/stepper';

type Args = Pick<SugamStepper, 'orientation' | 'layout'>;

const steps = html`
  <sugam-step state="done" href="#personal">Personal details</sugam-step>
  <sugam-step state="current">Address</sugam-step>
  <sugam-step>Documents</sugam-step>
  <sugam-step>Payment</sugam-step>
  <sugam-step>Review</sugam-step>
`;

const meta: Meta<Args> = {
  title: 'Navigation/Stepper',
  component: 'sugam-stepper',
  args: { orientation: 'horizontal', layout: 'auto' },
  argTypes: {
    orientation: { control: 'inline-radio', options: ['horizontal', 'vertical'] },
    layout: { control: 'inline-radio', options: ['auto', 'full', 'compact'] },
  },
  render: (args) => html`<sugam-stepper orientation=${args.orientation} layout=${args.layout}>${steps}</sugam-stepper>`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * Each step's state is said in words to screen readers. Narrower than 576 px, a horizontal stepper shows
 * "Step 2 of 5" and the current step's title above a row of markers.
 */
export const Playground: Story = {};

/** Every state: done (a link back), warning, error, current, disabled and upcoming. */
export const States: Story = {
  render: () =>
    html`<sugam-stepper orientation="vertical">
      <sugam-step state="done" href="#personal" description="Saved">Personal details</sugam-step>
      <sugam-step state="warning" href="#address" description="PIN code missing">Address</sugam-step>
      <sugam-step state="error" href="#documents" description="File too large">Documents</sugam-step>
      <sugam-step state="current">Payment</sugam-step>
      <sugam-step state="disabled" description="After payment">Appointment</sugam-step>
      <sugam-step>Review</sugam-step>
    </sugam-stepper>`,
};

/** Titles under the markers; narrower than 576 px it switches to the compact layout by itself. */
export const Horizontal: Story = {
  render: () => html`<sugam-stepper>${steps}</sugam-stepper>`,
};

export const Vertical: Story = {
  render: () => html`<sugam-stepper orientation="vertical">${steps}</sugam-stepper>`,
};

/** The compact (mobile) layout, also used automatically by a narrow horizontal stepper. */
export const Compact: Story = {
  render: () => html`<sugam-stepper layout="compact">${steps}</sugam-stepper>`,
};
