import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import '@sugam/components/date-field';
import '@sugam/components/button';
import { DATE_FIELD_CALENDARS, type SugamDateField } from '@sugam/components/date-field';
import { showFormData, touched } from './fixtures/forms.js';
import { EN, sampleArg, samples } from './fixtures/samples.js';

type Args = Pick<
  SugamDateField,
  'label' | 'hint' | 'value' | 'min' | 'max' | 'calendar' | 'size' | 'required' | 'optional' | 'disabled' | 'readonly'
> & { state?: 'error' | 'success' | 'warning'; errorMessage?: string; statusMessage?: string };

const meta: Meta<Args> = {
  title: 'Forms/Date field',
  component: 'sugam-date-field',
  args: {
    label: EN.dob,
    hint: EN.dobHint,
    value: '',
    min: '',
    max: '',
    calendar: 'gregory',
    size: 'md',
    required: true,
    optional: false,
    disabled: false,
    readonly: false,
  },
  argTypes: {
    calendar: { control: 'inline-radio', options: [...DATE_FIELD_CALENDARS] },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
    state: { control: 'inline-radio', options: [undefined, 'error', 'success', 'warning'] },
  },
  render: (args, { globals }) =>
    html`<sugam-date-field
      label=${sampleArg(args.label, 'dob', globals.locale) ?? ''}
      hint=${sampleArg(args.hint, 'dobHint', globals.locale) ?? ''}
      value=${args.value}
      min=${args.min}
      max=${args.max}
      calendar=${args.calendar}
      size=${args.size}
      state=${ifDefined(args.state)}
      error-message=${ifDefined(args.errorMessage)}
      status-message=${ifDefined(args.statusMessage)}
      ?required=${args.required}
      ?optional=${args.optional}
      ?disabled=${args.disabled}
      ?readonly=${args.readonly}
    ></sugam-date-field>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

/**
 * Error, success and warning say their kind in words as well as colour; a date outside `min`/`max` and a date
 * that does not exist get localized messages; disabled and read-only.
 */
export const States: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 16px; max-inline-size: 28rem">
      <sugam-date-field label=${s.dob} value="2025-01-26" max="2024-12-31" ${touched}></sugam-date-field>
      <sugam-date-field
        label=${s.appointment}
        value="2025-03-14"
        state="success"
        status-message=${s.slotAvailable}
      ></sugam-date-field>
      <sugam-date-field
        label=${s.appointment}
        value="2025-03-16"
        state="warning"
        status-message=${s.closedSundays}
      ></sugam-date-field>
      <sugam-date-field label=${s.registrationDate} value="2024-08-15" readonly></sugam-date-field>
      <sugam-date-field label="${s.appointment} (${s.disabled})" value="2040-05-31" disabled></sugam-date-field>
    </div>`;
  },
};

export const Sizes: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 16px; max-inline-size: 28rem">
      <sugam-date-field label=${s.small} size="sm" value="2025-01-26"></sugam-date-field>
      <sugam-date-field label=${s.medium} size="md" value="2025-01-26"></sugam-date-field>
      <sugam-date-field label=${s.large} size="lg" value="2025-01-26"></sugam-date-field>
    </div>`;
  },
};

/** `calendar="indian"` adds the date in the Indian national (Saka) calendar under the field and in the calendar. */
export const SakaCalendar: Story = {
  render: (_args, { globals }) =>
    html`<div style="max-inline-size: 28rem">
      <sugam-date-field
        label=${samples(globals.locale).appointment}
        value="2025-03-22"
        calendar="indian"
      ></sugam-date-field>
    </div>`,
};

/**
 * The calendar dialog (APG Date Picker Dialog): arrows move by day and week (mirrored in right-to-left languages),
 * Page Up/Down by month, Shift+Page Up/Down by year, Home/End to the start/end of the week (Sunday first), Enter
 * or Space chooses, Escape closes and returns focus to the button. Month and day names follow the language.
 */
export const Calendar: Story = {
  render: (_args, { globals }) =>
    html`<div style="max-inline-size: 28rem; min-block-size: 32rem">
      <sugam-date-field
        label=${samples(globals.locale).appointment}
        value="2025-01-26"
        min="2025-01-10"
        calendar="indian"
        ${ref((el) => void (el as SugamDateField | undefined)?.updateComplete.then(() => (el as SugamDateField).showPicker()))}
      ></sugam-date-field>
    </div>`,
};

/**
 * Type 26/01/2025, २६/०१/२०२५, ২৬-১-২০২৫ or 26012025: the text stays as typed and the form gets the ISO date,
 * like `<input type=date>`. Submit to see the form data.
 */
export const InAForm: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<form novalidate @submit=${showFormData} style="display: grid; gap: 16px; max-inline-size: 28rem">
      <sugam-date-field name="dob" label=${s.dob} max="2008-12-31" required autocomplete="bday"></sugam-date-field>
      <sugam-date-field
        name="appointment"
        label=${s.appointment}
        min="2025-01-01"
        value="2025-04-14"
        optional
      ></sugam-date-field>
      <div><sugam-button type="submit">${s.submit}</sugam-button></div>
      <output aria-live="polite"></output>
    </form>`;
  },
};
