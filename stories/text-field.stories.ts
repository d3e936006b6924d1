import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@sugam/components/text-field';
import '@sugam/components/button';
import { TEXT_FIELD_TYPES, type SugamTextField } from '@sugam/components/text-field';

type Args = Pick<
  SugamTextField,
  'type' | 'label' | 'hint' | 'value' | 'placeholder' | 'size' | 'required' | 'optional' | 'disabled' | 'readonly'
> & { state?: 'error' | 'success' | 'warning'; errorMessage?: string; statusMessage?: string };

const meta: Meta<Args> = {
  title: 'Forms/Text field',
  component: 'sugam-text-field',
  args: {
    type: 'text',
    label: 'Full name',
    hint: 'As written on your Aadhaar card',
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
  render: (args) =>
    html`<sugam-text-field
      type=${args.type}
      label=${args.label}
      hint=${args.hint}
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
  render: () =>
    html`<div style="display: grid; gap: 16px; max-inline-size: 28rem">
      <sugam-text-field label="Full name" autocomplete="name"></sugam-text-field>
      <sugam-text-field label="Email address" type="email" autocomplete="email"></sugam-text-field>
      <sugam-text-field label="Mobile number" type="tel" autocomplete="tel-national"></sugam-text-field>
      <sugam-text-field label="Website" type="url"></sugam-text-field>
      <sugam-text-field label="Password" type="password" value="secret"></sugam-text-field>
      <sugam-text-field label="Search services" type="search" value="ration card"></sugam-text-field>
    </div>`,
};

/** Error, success and warning say their kind in words as well as colour; disabled and read-only. */
export const States: Story = {
  render: () =>
    html`<div style="display: grid; gap: 16px; max-inline-size: 28rem">
      <sugam-text-field label="PIN code" value="11000" error-message="Enter a 6-digit PIN code"></sugam-text-field>
      <sugam-text-field
        label="District"
        value="Pune"
        state="success"
        status-message="District found"
      ></sugam-text-field>
      <sugam-text-field
        label="Father's name"
        value="R"
        state="warning"
        status-message="Check that this is the full name"
      ></sugam-text-field>
      <sugam-text-field label="Application number" value="APP-2026-0042" readonly></sugam-text-field>
      <sugam-text-field label="Office code" value="MH-12" disabled></sugam-text-field>
    </div>`,
};

export const Sizes: Story = {
  render: () =>
    html`<div style="display: grid; gap: 16px; max-inline-size: 28rem">
      <sugam-text-field label="Small" size="sm"></sugam-text-field>
      <sugam-text-field label="Medium" size="md"></sugam-text-field>
      <sugam-text-field label="Large" size="lg"></sugam-text-field>
    </div>`,
};

/**
 * Digits typed in any Indian script stay on screen as typed and are submitted as ASCII; lengths count
 * characters as readers see them (क्षि is one). Submit to see the form data.
 */
export const InAForm: Story = {
  render: () =>
    html`<form
      novalidate
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        const form = event.target as HTMLFormElement;
        const valid = [...form.querySelectorAll('sugam-text-field')].map((f) => f.reportValidity()).every(Boolean);
        form.querySelector('output')!.textContent = valid ? JSON.stringify([...new FormData(form)]) : '';
      }}
      style="display: grid; gap: 16px; max-inline-size: 28rem"
    >
      <sugam-text-field name="name" label="Full name" required maxlength="40"></sugam-text-field>
      <sugam-text-field
        name="pin"
        label="PIN code"
        hint="6 digits, in any script"
        inputmode="numeric"
        pattern="[1-9][0-9]{5}"
        value="४११००१"
        required
      ></sugam-text-field>
      <sugam-text-field name="email" label="Email address" type="email" optional></sugam-text-field>
      <div><sugam-button type="submit">Submit</sugam-button></div>
      <output aria-live="polite"></output>
    </form>`,
};
