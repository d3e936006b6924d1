import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@sugam/components/checkbox';
import '@sugam/components/checkbox-group';
import '@sugam/components/button';
import type { SugamCheckboxGroup } from '@sugam/components/checkbox-group';
import { showFormData } from './fixtures/forms.js';
import { EN, sampleArg, samples, type Samples } from './fixtures/samples.js';

type Args = Pick<
  SugamCheckboxGroup,
  'label' | 'hint' | 'size' | 'orientation' | 'required' | 'optional' | 'disabled' | 'readonly'
> & {
  state?: 'error' | 'success' | 'warning';
  errorMessage?: string;
  statusMessage?: string;
  min?: number;
  max?: number;
};

const options = (s: Samples) =>
  html`<sugam-checkbox value="ration" label=${s.rationCard}></sugam-checkbox>
    <sugam-checkbox value="voter" label=${s.voterId} checked></sugam-checkbox>
    <sugam-checkbox value="passport" label=${s.passport}></sugam-checkbox>
    <sugam-checkbox value="licence" label=${s.drivingLicence} hint=${s.licenceHint}></sugam-checkbox>`;

const meta: Meta<Args> = {
  title: 'Forms/Checkbox group',
  component: 'sugam-checkbox-group',
  args: {
    label: EN.documentsQuestion,
    hint: EN.selectAll,
    size: 'md',
    orientation: 'vertical',
    required: true,
    optional: false,
    disabled: false,
    readonly: false,
  },
  argTypes: {
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
    orientation: { control: 'inline-radio', options: ['vertical', 'horizontal'] },
    state: { control: 'inline-radio', options: [undefined, 'error', 'success', 'warning'] },
  },
  render: (args, { globals }) =>
    html`<sugam-checkbox-group
      name="documents"
      label=${sampleArg(args.label, 'documentsQuestion', globals.locale) ?? ''}
      hint=${sampleArg(args.hint, 'selectAll', globals.locale) ?? ''}
      size=${args.size}
      orientation=${args.orientation}
      min=${ifDefined(args.min)}
      max=${ifDefined(args.max)}
      state=${ifDefined(args.state)}
      error-message=${ifDefined(args.errorMessage)}
      status-message=${ifDefined(args.statusMessage)}
      ?required=${args.required}
      ?optional=${args.optional}
      ?disabled=${args.disabled}
      ?readonly=${args.readonly}
      >${options(samples(globals.locale))}</sugam-checkbox-group
    >`,
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

/** The group's message applies to the whole question; read-only and disabled apply to every checkbox. */
export const States: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 24px; max-inline-size: 32rem">
      <sugam-checkbox-group label=${s.documentsQuestion} required error-message=${s.documentsError}
        >${options(s)}</sugam-checkbox-group
      >
      <sugam-checkbox-group label=${s.documents} state="success" status-message=${s.verified}
        >${options(s)}</sugam-checkbox-group
      >
      <sugam-checkbox-group label=${s.documents} state="warning" status-message=${s.passportExpired}
        >${options(s)}</sugam-checkbox-group
      >
      <sugam-checkbox-group label="${s.documents} (${s.readOnly})" readonly>${options(s)}</sugam-checkbox-group>
      <sugam-checkbox-group label="${s.documents} (${s.disabled})" disabled>${options(s)}</sugam-checkbox-group>
    </div>`;
  },
};

export const Sizes: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 24px; max-inline-size: 32rem">
      <sugam-checkbox-group label=${s.small} size="sm">${options(s)}</sugam-checkbox-group>
      <sugam-checkbox-group label=${s.large} size="lg">${options(s)}</sugam-checkbox-group>
    </div>`;
  },
};

/** Two or three short options can sit on one line; they wrap on narrow screens. */
export const Horizontal: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<sugam-checkbox-group label=${s.contactBy} orientation="horizontal">
      <sugam-checkbox value="sms" label=${s.sms}></sugam-checkbox>
      <sugam-checkbox value="email" label=${s.emailShort}></sugam-checkbox>
      <sugam-checkbox value="post" label=${s.post}></sugam-checkbox>
    </sugam-checkbox-group>`;
  },
};

/** `required`, `min` and `max` check the selection as a whole. Submit to see the form data. */
export const InAForm: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<form @submit=${showFormData} style="display: grid; gap: 16px; max-inline-size: 32rem">
      <sugam-checkbox-group name="documents" label=${s.documentsQuestion} hint=${s.selectOneOrTwo} required max="2"
        >${options(s)}</sugam-checkbox-group
      >
      <div><sugam-button type="submit">${s.submit}</sugam-button></div>
      <output aria-live="polite"></output>
    </form>`;
  },
};
