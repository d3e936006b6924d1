import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@sugam/components/date-range';
import '@sugam/components/button';
import type { SugamDateRange } from '@sugam/components/date-range';
import { showFormData, touched } from './fixtures/forms.js';
import { EN, sampleArg, samples } from './fixtures/samples.js';

type Args = Pick<SugamDateRange, 'label' | 'hint' | 'min' | 'max' | 'required' | 'optional'>;

/**
 * Two date fields under one label. The end date cannot come before the start: its calendar greys out the days
 * before the start, and an end typed before it gets the end field's own message. Each field submits under its own
 * name; fields without a label are named "Start date" and "End date" in the reader's language.
 */
const meta: Meta<Args> = {
  title: 'Forms/Date range',
  component: 'sugam-date-range',
  args: {
    label: EN.leavePeriod,
    hint: EN.bothDaysIncluded,
    min: '',
    max: '',
    required: true,
    optional: false,
  },
  render: (args, { globals }) =>
    html`<sugam-date-range
      label=${sampleArg(args.label, 'leavePeriod', globals.locale) ?? ''}
      hint=${sampleArg(args.hint, 'bothDaysIncluded', globals.locale) ?? ''}
      min=${args.min}
      max=${args.max}
      ?required=${args.required}
      ?optional=${args.optional}
    >
      <sugam-date-field name="from"></sugam-date-field>
      <sugam-date-field name="to"></sugam-date-field>
    </sugam-date-range>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

/** An end date before the start date, after the person left the field: the message is the end field's. */
export const EndBeforeStart: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<sugam-date-range label=${s.leavePeriod} hint=${s.bothDaysIncluded}>
      <sugam-date-field name="from" value="2025-03-12"></sugam-date-field>
      <sugam-date-field name="to" value="2025-03-10" ${touched}></sugam-date-field>
    </sugam-date-range>`;
  },
};

/**
 * `duration="days"` shows the length of the period once both dates are given (both days counted: 10 to 14 March is
 * 5 days), in the reader's language and digits, announced politely; `duration="nights"` counts the nights between.
 */
export const Duration: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<sugam-date-range label=${s.leavePeriod} hint=${s.bothDaysIncluded} duration="days">
      <sugam-date-field name="from" value="2025-03-10"></sugam-date-field>
      <sugam-date-field name="to" value="2025-03-14"></sugam-date-field>
    </sugam-date-range>`;
  },
};

/** Submit to see the form data: one entry per field, under each field's name, as ISO dates. */
export const InAForm: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<form novalidate @submit=${showFormData} style="display: grid; gap: 16px; max-inline-size: 40rem">
      <sugam-date-range label=${s.leavePeriod} hint=${s.bothDaysIncluded} min="2025-01-01" duration="days" required>
        <sugam-date-field name="from"></sugam-date-field>
        <sugam-date-field name="to"></sugam-date-field>
      </sugam-date-range>
      <div><sugam-button type="submit">${s.submit}</sugam-button></div>
      <output aria-live="polite"></output>
    </form>`;
  },
};
