import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@sugam/components/checkbox';
import '@sugam/components/button';
import type { SugamCheckbox } from '@sugam/components/checkbox';

type Args = Pick<
  SugamCheckbox,
  | 'label'
  | 'hint'
  | 'checked'
  | 'indeterminate'
  | 'reverse'
  | 'size'
  | 'required'
  | 'optional'
  | 'disabled'
  | 'readonly'
> & { state?: 'error' | 'success' | 'warning'; errorMessage?: string; statusMessage?: string };

const meta: Meta<Args> = {
  title: 'Forms/Checkbox',
  component: 'sugam-checkbox',
  args: {
    label: 'I confirm that the details I have given are correct',
    hint: 'You can be fined for giving false information',
    checked: false,
    indeterminate: false,
    reverse: false,
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
    html`<sugam-checkbox
      label=${args.label}
      hint=${args.hint}
      size=${args.size}
      state=${ifDefined(args.state)}
      error-message=${ifDefined(args.errorMessage)}
      status-message=${ifDefined(args.statusMessage)}
      .checked=${args.checked}
      .indeterminate=${args.indeterminate}
      ?reverse=${args.reverse}
      ?required=${args.required}
      ?optional=${args.optional}
      ?disabled=${args.disabled}
      ?readonly=${args.readonly}
    ></sugam-checkbox>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

/** Unchecked, checked and mixed; error, success and warning say their kind in words; read-only and disabled. */
export const States: Story = {
  render: () =>
    html`<div style="display: grid; gap: 12px; max-inline-size: 32rem">
      <sugam-checkbox label="Unchecked"></sugam-checkbox>
      <sugam-checkbox label="Checked" checked></sugam-checkbox>
      <sugam-checkbox label="Some of the documents (mixed)" indeterminate></sugam-checkbox>
      <sugam-checkbox
        label="I accept the terms of the scheme"
        required
        error-message="Select this box to accept the terms"
      ></sugam-checkbox>
      <sugam-checkbox label="Aadhaar linked" checked state="success" status-message="Verified"></sugam-checkbox>
      <sugam-checkbox
        label="Send updates by SMS"
        checked
        state="warning"
        status-message="Your mobile number is not verified"
      ></sugam-checkbox>
      <sugam-checkbox label="Read-only (submitted, cannot change)" checked readonly></sugam-checkbox>
      <sugam-checkbox label="Disabled" disabled></sugam-checkbox>
      <sugam-checkbox label="Disabled and checked" disabled checked></sugam-checkbox>
    </div>`,
};

export const Sizes: Story = {
  render: () =>
    html`<div style="display: grid; gap: 12px; max-inline-size: 32rem">
      <sugam-checkbox label="Small" size="sm" checked hint="For dense tables"></sugam-checkbox>
      <sugam-checkbox label="Medium" size="md" checked hint="The default"></sugam-checkbox>
      <sugam-checkbox label="Large" size="lg" checked hint="For touch-first pages"></sugam-checkbox>
    </div>`,
};

/** The label first and the box at the end of the row, for lists of settings. */
export const Reverse: Story = {
  render: () =>
    html`<div style="display: grid; gap: 12px; max-inline-size: 24rem">
      <sugam-checkbox reverse label="Email me a copy" checked></sugam-checkbox>
      <sugam-checkbox reverse label="Show my name on the certificate" hint="As on your Aadhaar card"></sugam-checkbox>
    </div>`,
};

/** A required declaration: the form is not sent until it is checked. Submit to see the form data. */
export const InAForm: Story = {
  render: () =>
    html`<form
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        const form = event.target as HTMLFormElement;
        form.querySelector('output')!.textContent = JSON.stringify([...new FormData(form)]);
      }}
      style="display: grid; gap: 16px; max-inline-size: 32rem"
    >
      <sugam-checkbox name="updates" value="sms" label="Send me updates by SMS" optional></sugam-checkbox>
      <sugam-checkbox
        name="declaration"
        value="yes"
        label="I confirm that the details I have given are correct"
        required
      ></sugam-checkbox>
      <div><sugam-button type="submit">Submit</sugam-button></div>
      <output aria-live="polite"></output>
    </form>`,
};
