import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@sugam/components/accordion';
import type { SugamAccordion } from '@sugam/components/accordion';
import { samples } from './fixtures/samples.js';

type Args = Pick<SugamAccordion, 'multiple' | 'variant' | 'iconPosition' | 'headingLevel'>;

/** Three sections in the story's language; the first is open. */
const items = (locale: unknown) => {
  const s = samples(String(locale ?? 'en'));
  return html`
    <sugam-accordion-item summary=${s.eligibility} open>
      <p>${s.eligibilityText}</p>
    </sugam-accordion-item>
    <sugam-accordion-item summary=${s.documents}>
      <p>${s.documentsText}</p>
    </sugam-accordion-item>
    <sugam-accordion-item summary=${s.howToApply}>
      <p>${s.howToApplyText}</p>
    </sugam-accordion-item>
  `;
};

const meta: Meta<Args> = {
  title: 'Navigation/Accordion',
  component: 'sugam-accordion',
  args: { multiple: false, variant: 'default', iconPosition: 'end', headingLevel: 3 },
  argTypes: {
    variant: { control: 'inline-radio', options: ['default', 'bordered'] },
    iconPosition: { control: 'inline-radio', options: ['start', 'end'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: (args, { globals }) =>
    html`<sugam-accordion
      variant=${args.variant}
      icon-position=${args.iconPosition}
      heading-level=${args.headingLevel}
      ?multiple=${args.multiple}
      >${items(globals.locale)}</sugam-accordion
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
  render: (_args, { globals }) => html`<sugam-accordion>${items(globals.locale)}</sugam-accordion>`,
};

export const Bordered: Story = {
  render: (_args, { globals }) => html`<sugam-accordion variant="bordered">${items(globals.locale)}</sugam-accordion>`,
};

/** The chevron before the heading text. */
export const IconAtStart: Story = {
  render: (_args, { globals }) =>
    html`<sugam-accordion icon-position="start">${items(globals.locale)}</sugam-accordion>`,
};

/** Several sections can be open at once. */
export const Multiple: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<sugam-accordion multiple variant="bordered">
      <sugam-accordion-item summary=${s.eligibility} open><p>${s.eligibilityText}</p></sugam-accordion-item>
      <sugam-accordion-item summary=${s.documents} open><p>${s.documentsText}</p></sugam-accordion-item>
      <sugam-accordion-item summary=${s.fees}><p>${s.feesText}</p></sugam-accordion-item>
    </sugam-accordion>`;
  },
};

/** A disabled section cannot be opened. */
export const Disabled: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<sugam-accordion>
      <sugam-accordion-item summary=${s.howToApply}><p>${s.howToApplyText}</p></sugam-accordion-item>
      <sugam-accordion-item summary=${s.payment} disabled><p>${s.feesText}</p></sugam-accordion-item>
    </sugam-accordion>`;
  },
};

/** Heading level 2, to fit a page whose sections start at level 2. */
export const HeadingLevel: Story = {
  render: (_args, { globals }) => html`<sugam-accordion heading-level="2">${items(globals.locale)}</sugam-accordion>`,
};
