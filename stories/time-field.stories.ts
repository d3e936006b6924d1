import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@sugam/components/time-field';
import '@sugam/components/button';
import { TIME_FIELD_HOUR_CYCLES, type SugamTimeField } from '@sugam/components/time-field';
import { showFormData, touched } from './fixtures/forms.js';
import { EN, sampleArg, samples } from './fixtures/samples.js';

type Args = Pick<
  SugamTimeField,
  | 'label'
  | 'hint'
  | 'value'
  | 'min'
  | 'max'
  | 'step'
  | 'hourCycle'
  | 'size'
  | 'required'
  | 'optional'
  | 'disabled'
  | 'readonly'
> & { state?: 'error' | 'success' | 'warning'; errorMessage?: string; statusMessage?: string };

const meta: Meta<Args> = {
  title: 'Forms/Time field',
  component: 'sugam-time-field',
  args: {
    label: EN.appointmentTime,
    hint: EN.officeHours,
    value: '',
    min: '10:00',
    max: '17:00',
    step: 60,
    hourCycle: 'h12',
    size: 'md',
    required: true,
    optional: false,
    disabled: false,
    readonly: false,
  },
  argTypes: {
    hourCycle: { control: 'inline-radio', options: [...TIME_FIELD_HOUR_CYCLES] },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
    state: { control: 'inline-radio', options: [undefined, 'error', 'success', 'warning'] },
  },
  render: (args, { globals }) =>
    html`<sugam-time-field
      label=${sampleArg(args.label, 'appointmentTime', globals.locale) ?? ''}
      hint=${sampleArg(args.hint, 'officeHours', globals.locale) ?? ''}
      value=${args.value}
      min=${args.min}
      max=${args.max}
      step=${args.step}
      hour-cycle=${args.hourCycle}
      size=${args.size}
      state=${ifDefined(args.state)}
      error-message=${ifDefined(args.errorMessage)}
      status-message=${ifDefined(args.statusMessage)}
      ?required=${args.required}
      ?optional=${args.optional}
      ?disabled=${args.disabled}
      ?readonly=${args.readonly}
    ></sugam-time-field>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

/**
 * Error, success and warning say their kind in words as well as colour; a time outside `min`/`max` gets a
 * localized message naming the limit in the reader's words; disabled and read-only.
 */
export const States: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 16px; max-inline-size: 28rem">
      <sugam-time-field label=${s.appointmentTime} value="18:30" max="17:00" ${touched}></sugam-time-field>
      <sugam-time-field
        label=${s.appointmentTime}
        value="11:00"
        state="success"
        status-message=${s.slotAvailable}
      ></sugam-time-field>
      <sugam-time-field
        label=${s.appointmentTime}
        value="16:45"
        state="warning"
        status-message=${s.officeHours}
      ></sugam-time-field>
      <sugam-time-field label=${s.departureTime} value="06:15" readonly></sugam-time-field>
      <sugam-time-field label="${s.appointmentTime} (${s.disabled})" value="14:00" disabled></sugam-time-field>
    </div>`;
  },
};

export const Sizes: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 16px; max-inline-size: 28rem">
      <sugam-time-field label=${s.small} size="sm" value="09:30"></sugam-time-field>
      <sugam-time-field label=${s.medium} size="md" value="09:30"></sugam-time-field>
      <sugam-time-field label=${s.large} size="lg" value="09:30"></sugam-time-field>
    </div>`;
  },
};

/** `hour-cycle="h23"`: the 24-hour clock (railway and airline times), without the AM/PM choice. */
export const TwentyFourHourClock: Story = {
  render: (_args, { globals }) =>
    html`<div style="max-inline-size: 28rem">
      <sugam-time-field
        label=${samples(globals.locale).departureTime}
        hour-cycle="h23"
        value="21:45"
      ></sugam-time-field>
    </div>`,
};

/**
 * Type 2:30 and choose PM, or 14:30, 1430, २:३० or 2:30 pm: the text stays as typed and the form gets `14:30`, like
 * `<input type=time>`. Appointment slots every 15 minutes between 10 AM and 5 PM (`min`, `max`, `step="900"`).
 * Submit to see the form data.
 */
export const InAForm: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<form novalidate @submit=${showFormData} style="display: grid; gap: 16px; max-inline-size: 28rem">
      <sugam-time-field
        name="appointment"
        label=${s.appointmentTime}
        hint=${s.officeHours}
        min="10:00"
        max="17:00"
        step="900"
        required
      ></sugam-time-field>
      <sugam-time-field
        name="departure"
        label=${s.departureTime}
        hour-cycle="h23"
        value="21:45"
        optional
      ></sugam-time-field>
      <div><sugam-button type="submit">${s.submit}</sugam-button></div>
      <output aria-live="polite"></output>
    </form>`;
  },
};
