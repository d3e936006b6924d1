import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@sugam/components/select';
import '@sugam/components/button';
import type { SugamSelect } from '@sugam/components/select';

type Args = Pick<
  SugamSelect,
  'label' | 'hint' | 'value' | 'placeholder' | 'size' | 'required' | 'optional' | 'disabled' | 'readonly'
> & { state?: 'error' | 'success' | 'warning'; errorMessage?: string; statusMessage?: string };

const states = html`
  <sugam-option value="AP">Andhra Pradesh</sugam-option>
  <sugam-option value="AS">Assam</sugam-option>
  <sugam-option value="BR">Bihar</sugam-option>
  <sugam-option value="GA" disabled>Goa</sugam-option>
  <sugam-option value="KA">Karnataka</sugam-option>
  <sugam-option value="KL">Kerala</sugam-option>
  <sugam-option value="MH">Maharashtra</sugam-option>
  <sugam-option value="TN">Tamil Nadu</sugam-option>
`;

const meta: Meta<Args> = {
  title: 'Forms/Select',
  component: 'sugam-select',
  args: {
    label: 'State',
    hint: 'The state of your permanent address',
    value: '',
    placeholder: '',
    size: 'md',
    required: true,
    optional: false,
    disabled: false,
    readonly: false,
  },
  argTypes: {
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
    state: { control: 'inline-radio', options: [undefined, 'error', 'success', 'warning'] },
  },
  render: (args) =>
    html`<div style="max-inline-size: 28rem; min-block-size: 24rem">
      <sugam-select
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
        >${states}</sugam-select
      >
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

/** The list open on the chosen option (Goa is disabled). Type a letter to jump; Enter or a click chooses. */
export const Open: Story = {
  render: () =>
    html`<div style="max-inline-size: 28rem; min-block-size: 26rem">
      <sugam-select label="State" value="KA" open>${states}</sugam-select>
    </div>`,
};

/** Error, success and warning say their kind in words as well as colour; disabled and read-only. */
export const States: Story = {
  render: () =>
    html`<div style="display: grid; gap: 16px; max-inline-size: 28rem">
      <sugam-select label="State" required error-message="Select the state of your address">${states}</sugam-select>
      <sugam-select label="State" value="KL" state="success" status-message="Office found in Kerala"
        >${states}</sugam-select
      >
      <sugam-select label="State" value="BR" state="warning" status-message="Offices in Bihar open on Saturdays"
        >${states}</sugam-select
      >
      <sugam-select label="State (read only)" value="MH" readonly>${states}</sugam-select>
      <sugam-select label="State (disabled)" value="TN" disabled>${states}</sugam-select>
      <sugam-select label="State (disabled, empty)" disabled>${states}</sugam-select>
    </div>`,
};

export const Sizes: Story = {
  render: () =>
    html`<div style="display: grid; gap: 16px; max-inline-size: 28rem">
      <sugam-select label="Small" size="sm">${states}</sugam-select>
      <sugam-select label="Medium" size="md" value="AS">${states}</sugam-select>
      <sugam-select label="Large" size="lg">${states}</sugam-select>
    </div>`,
};

/**
 * Native `<option>` children work too, and each option can carry its own `lang` (here every language's own
 * name). Typeahead matches whole characters: type ত for তামিল… or क for कोंकणी.
 */
export const NativeOptionsAndLanguages: Story = {
  render: () =>
    html`<div style="max-inline-size: 28rem; min-block-size: 26rem">
      <sugam-select label="Language of the certificate" value="ta" open>
        <option value="">No preference</option>
        <option value="as" lang="as">অসমীয়া</option>
        <option value="bn" lang="bn">বাংলা</option>
        <option value="en" lang="en">English</option>
        <option value="hi" lang="hi">हिन्दी</option>
        <option value="kok" lang="kok">कोंकणी</option>
        <option value="ta" lang="ta">தமிழ்</option>
        <option value="ur" lang="ur">اردو</option>
      </sugam-select>
    </div>`,
};

/** Submits like a native `<select>`: required means a non-empty value. Submit to see the form data. */
export const InAForm: Story = {
  render: () =>
    html`<form
      novalidate
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        const form = event.target as HTMLFormElement;
        const valid = [...form.querySelectorAll('sugam-select')].map((f) => f.reportValidity()).every(Boolean);
        form.querySelector('output')!.textContent = valid ? JSON.stringify([...new FormData(form)]) : '';
      }}
      style="display: grid; gap: 16px; max-inline-size: 28rem"
    >
      <sugam-select name="state" label="State" required>${states}</sugam-select>
      <sugam-select name="category" label="Category" optional>
        <sugam-option value="gen">General</sugam-option>
        <sugam-option value="obc">OBC</sugam-option>
        <sugam-option value="sc">SC</sugam-option>
        <sugam-option value="st">ST</sugam-option>
      </sugam-select>
      <div><sugam-button type="submit">Submit</sugam-button></div>
      <output aria-live="polite"></output>
    </form>`,
};
