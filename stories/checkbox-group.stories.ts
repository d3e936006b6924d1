import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@sugam/components/checkbox';
import '@sugam/components/checkbox-group';
import '@sugam/components/button';
import type { SugamCheckboxGroup } from '@sugam/components/checkbox-group';

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

const options = html`<sugam-checkbox value="ration" label="Ration card"></sugam-checkbox>
  <sugam-checkbox value="voter" label="Voter ID card" checked></sugam-checkbox>
  <sugam-checkbox value="passport" label="Passport"></sugam-checkbox>
  <sugam-checkbox value="licence" label="Driving licence" hint="Issued in the last 10 years"></sugam-checkbox>`;

const meta: Meta<Args> = {
  title: 'Forms/Checkbox group',
  component: 'sugam-checkbox-group',
  args: {
    label: 'Which documents do you have?',
    hint: 'Select all that apply',
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
  render: (args) =>
    html`<sugam-checkbox-group
      name="documents"
      label=${args.label}
      hint=${args.hint}
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
      >${options}</sugam-checkbox-group
    >`,
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

/** The group's message applies to the whole question; read-only and disabled apply to every checkbox. */
export const States: Story = {
  render: () =>
    html`<div style="display: grid; gap: 24px; max-inline-size: 32rem">
      <sugam-checkbox-group label="Which documents do you have?" required error-message="Select at least one document"
        >${options}</sugam-checkbox-group
      >
      <sugam-checkbox-group label="Documents verified" state="success" status-message="All documents verified"
        >${options}</sugam-checkbox-group
      >
      <sugam-checkbox-group label="Documents" state="warning" status-message="The passport has expired"
        >${options}</sugam-checkbox-group
      >
      <sugam-checkbox-group label="Documents on file (read-only)" readonly>${options}</sugam-checkbox-group>
      <sugam-checkbox-group label="Documents (disabled)" disabled>${options}</sugam-checkbox-group>
    </div>`,
};

export const Sizes: Story = {
  render: () =>
    html`<div style="display: grid; gap: 24px; max-inline-size: 32rem">
      <sugam-checkbox-group label="Small" size="sm">${options}</sugam-checkbox-group>
      <sugam-checkbox-group label="Large" size="lg">${options}</sugam-checkbox-group>
    </div>`,
};

/** Two or three short options can sit on one line; they wrap on narrow screens. */
export const Horizontal: Story = {
  render: () =>
    html`<sugam-checkbox-group label="Contact me by" orientation="horizontal">
      <sugam-checkbox value="sms" label="SMS"></sugam-checkbox>
      <sugam-checkbox value="email" label="Email"></sugam-checkbox>
      <sugam-checkbox value="post" label="Post"></sugam-checkbox>
    </sugam-checkbox-group>`,
};

/** `required`, `min` and `max` check the selection as a whole. Submit to see the form data. */
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
      <sugam-checkbox-group
        name="documents"
        label="Which documents do you have?"
        hint="Select one or two"
        required
        max="2"
        >${options}</sugam-checkbox-group
      >
      <div><sugam-button type="submit">Submit</sugam-button></div>
      <output aria-live="polite"></output>
    </form>`,
};
