import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@sugam/components/text-field';
import '@sugam/components/button';
import { TEXT_FIELD_TYPES, type SugamTextField } from '@sugam/components/text-field';
import { showFormData } from './fixtures/forms.js';
import { EN, sampleArg, samples } from './fixtures/samples.js';

type Args = Pick<
  SugamTextField,
  'type' | 'label' | 'hint' | 'value' | 'placeholder' | 'size' | 'required' | 'optional' | 'disabled' | 'readonly'
> & { state?: 'error' | 'success' | 'warning'; errorMessage?: string; statusMessage?: string };

const meta: Meta<Args> = {
  title: 'Forms/Text field',
  component: 'sugam-text-field',
  args: {
    type: 'text',
    label: EN.fullName,
    hint: EN.fullNameHint,
    value: '',
    placeholder: '',
    size: 'md',
    required: true,
    optional: false,
    disabled: false,
    readonly: false,
  },
  argTypes: {
    type: { control: 'select', options: [...TEXT_FIELD_TYPES] },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
    state: { control: 'inline-radio', options: [undefined, 'error', 'success', 'warning'] },
  },
  render: (args, { globals }) =>
    html`<sugam-text-field
      type=${args.type}
      label=${sampleArg(args.label, 'fullName', globals.locale) ?? ''}
      hint=${sampleArg(args.hint, 'fullNameHint', globals.locale) ?? ''}
      value=${args.value}
      placeholder=${args.placeholder}
      size=${args.size}
      state=${ifDefined(args.state)}
      error-message=${ifDefined(args.errorMessage)}
      status-message=${ifDefined(args.statusMessage)}
      ?required=${args.required}
      ?optional=${args.optional}
      ?disabled=${args.disabled}
      ?readonly=${args.readonly}
    ></sugam-text-field>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

/** Every type. Password has a show/hide toggle; search has a clear button once it holds text. */
export const Types: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 16px; max-inline-size: 28rem">
      <sugam-text-field label=${s.fullName} autocomplete="name"></sugam-text-field>
      <sugam-text-field label=${s.email} type="email" autocomplete="email"></sugam-text-field>
      <sugam-text-field label=${s.mobile} type="tel" autocomplete="tel-national"></sugam-text-field>
      <sugam-text-field label=${s.website} type="url"></sugam-text-field>
      <sugam-text-field label=${s.password} type="password" value="secret"></sugam-text-field>
      <sugam-text-field label=${s.searchServices} type="search" value=${s.rationCard}></sugam-text-field>
    </div>`;
  },
};

/** Error, success and warning say their kind in words as well as colour; disabled and read-only. */
export const States: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 16px; max-inline-size: 28rem">
      <sugam-text-field label=${s.pinCode} value="11000" error-message=${s.pinError}></sugam-text-field>
      <sugam-text-field
        label=${s.district}
        value=${s.pune}
        state="success"
        status-message=${s.found}
      ></sugam-text-field>
      <sugam-text-field
        label=${s.fullName}
        value=${s.personName.split(' ')[0]}
        state="warning"
        status-message=${s.checkDetails}
      ></sugam-text-field>
      <sugam-text-field label=${s.applicationNumber} value="APP-2026-0042" readonly></sugam-text-field>
      <sugam-text-field label=${s.officeCode} value="MH-12" disabled></sugam-text-field>
    </div>`;
  },
};

export const Sizes: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 16px; max-inline-size: 28rem">
      <sugam-text-field label=${s.small} size="sm"></sugam-text-field>
      <sugam-text-field label=${s.medium} size="md"></sugam-text-field>
      <sugam-text-field label=${s.large} size="lg"></sugam-text-field>
    </div>`;
  },
};

/**
 * Digits typed in any Indian script stay on screen as typed and are submitted as ASCII; lengths count
 * characters as readers see them (क्षि is one). Submit to see the form data.
 */
export const InAForm: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<form novalidate @submit=${showFormData} style="display: grid; gap: 16px; max-inline-size: 28rem">
      <sugam-text-field name="name" label=${s.fullName} required maxlength="40"></sugam-text-field>
      <sugam-text-field
        name="pin"
        label=${s.pinCode}
        hint=${s.pinHint}
        inputmode="numeric"
        pattern="[1-9][0-9]{5}"
        value="४११००१"
        required
      ></sugam-text-field>
      <sugam-text-field name="email" label=${s.email} type="email" optional></sugam-text-field>
      <div><sugam-button type="submit">${s.submit}</sugam-button></div>
      <output aria-live="polite"></output>
    </form>`;
  },
};
