import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@sugam/components/accordion';
import type { SugamAccordion } from '@sugam/components/accordion';

type Args = Pick<SugamAccordion, 'multiple' | 'variant' | 'iconPosition' | 'headingLevel'>;

const items = html`
  <sugam-accordion-item summary="Who can apply?" open>
    <p>Any resident of the state aged 18 or over.</p>
  </sugam-accordion-item>
  <sugam-accordion-item summary="Which documents do I need?">
    <p>An Aadhaar card and a proof of address.</p>
  </sugam-accordion-item>
  <sugam-accordion-item summary="How long does it take?">
    <p>Usually 15 working days.</p>
  </sugam-accordion-item>
`;

const meta: Meta<Args> = {
  title: 'Navigation/Accordion',
  component: 'sugam-accordion',
  args: { multiple: false, variant: 'default', iconPosition: 'end', headingLevel: 3 },
  argTypes: {
    variant: { control: 'inline-radio', options: ['default', 'bordered'] },
    iconPosition: { control: 'inline-radio', options: ['start', 'end'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: (args) =>
    html`<sugam-accordion
      variant=${args.variant}
      icon-position=${args.iconPosition}
      heading-level=${args.headingLevel}
      ?multiple=${args.multiple}
      >${items}</sugam-accordion
    >`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * Enter or Space opens and closes a section; Down/Up Arrow move between headers, Home/End to the first/last.
 * Closed sections are found by the browser's find-in-page (Ctrl+F), which opens them.
 */
export const Playground: Story = {};

export const Default: Story = {
  render: () => html`<sugam-accordion>${items}</sugam-accordion>`,
};

export const Bordered: Story = {
  render: () => html`<sugam-accordion variant="bordered">${items}</sugam-accordion>`,
};

/** The chevron before the heading text. */
export const IconAtStart: Story = {
  render: () => html`<sugam-accordion icon-position="start">${items}</sugam-accordion>`,
};

/** Several sections can be open at once. */
export const Multiple: Story = {
  render: () =>
    html`<sugam-accordion multiple variant="bordered">
      <sugam-accordion-item summary="Eligibility" open><p>Residents aged 18 or over.</p></sugam-accordion-item>
      <sugam-accordion-item summary="Documents" open><p>Aadhaar and proof of address.</p></sugam-accordion-item>
      <sugam-accordion-item summary="Fees"><p>No fee is charged.</p></sugam-accordion-item>
    </sugam-accordion>`,
};

/** A disabled section cannot be opened. */
export const Disabled: Story = {
  render: () =>
    html`<sugam-accordion>
      <sugam-accordion-item summary="Application form"><p>Fill in the form online.</p></sugam-accordion-item>
      <sugam-accordion-item summary="Payment (after approval)" disabled><p>Pay online.</p></sugam-accordion-item>
    </sugam-accordion>`,
};

/** Heading level 2, to fit a page whose sections start at level 2. */
export const HeadingLevel: Story = {
  render: () => html`<sugam-accordion heading-level="2">${items}</sugam-accordion>`,
};
