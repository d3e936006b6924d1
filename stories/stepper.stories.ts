import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@sugam/components/stepper';
import type { SugamStepper } from '@sugam/components/stepper';
import { samples } from './fixtures/samples.js';

type Args = Pick<SugamStepper, 'orientation' | 'layout'>;

/** Five steps in the story's language: the first done, the second current. */
const steps = (locale: unknown) => {
  const s = samples(String(locale ?? 'en'));
  return html`
    <sugam-step state="done" href="#personal">${s.personalDetails}</sugam-step>
    <sugam-step state="current">${s.address}</sugam-step>
    <sugam-step>${s.documents}</sugam-step>
    <sugam-step>${s.payment}</sugam-step>
    <sugam-step>${s.review}</sugam-step>
  `;
};

const meta: Meta<Args> = {
  title: 'Navigation/Stepper',
  component: 'sugam-stepper',
  args: { orientation: 'horizontal', layout: 'auto' },
  argTypes: {
    orientation: { control: 'inline-radio', options: ['horizontal', 'vertical'] },
    layout: { control: 'inline-radio', options: ['auto', 'full', 'compact'] },
  },
  render: (args, { globals }) =>
    html`<sugam-stepper orientation=${args.orientation} layout=${args.layout}>${steps(globals.locale)}</sugam-stepper>`,
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
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<sugam-stepper orientation="vertical">
      <sugam-step state="done" href="#personal" description=${s.stepSaved}>${s.personalDetails}</sugam-step>
      <sugam-step state="warning" href="#address" description=${s.pinMissing}>${s.address}</sugam-step>
      <sugam-step state="error" href="#documents" description=${s.fileTooLarge}>${s.documents}</sugam-step>
      <sugam-step state="current">${s.payment}</sugam-step>
      <sugam-step state="disabled">${s.review}</sugam-step>
      <sugam-step>${s.submit}</sugam-step>
    </sugam-stepper>`;
  },
};

/** Titles under the markers; narrower than 576 px it switches to the compact layout by itself. */
export const Horizontal: Story = {
  render: (_args, { globals }) => html`<sugam-stepper>${steps(globals.locale)}</sugam-stepper>`,
};

export const Vertical: Story = {
  render: (_args, { globals }) => html`<sugam-stepper orientation="vertical">${steps(globals.locale)}</sugam-stepper>`,
};

/** The compact (mobile) layout, also used automatically by a narrow horizontal stepper. */
export const Compact: Story = {
  render: (_args, { globals }) => html`<sugam-stepper layout="compact">${steps(globals.locale)}</sugam-stepper>`,
};
