import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@sugam/components/switch';
import '@sugam/components/button';
import type { SugamSwitch } from '@sugam/components/switch';

type Args = Pick<
  SugamSwitch,
  'label' | 'hint' | 'checked' | 'showState' | 'reverse' | 'size' | 'required' | 'optional' | 'disabled' | 'readonly'
> & { state?: 'error' | 'success' | 'warning'; errorMessage?: string; statusMessage?: string };

const meta: Meta<Args> = {
  title: 'Forms/Switch',
  component: 'sugam-switch',
  args: {
    label: 'SMS alerts for my application',
    hint: 'Sent to your registered mobile number',
    checked: false,
    showState: true,
    reverse: false,
    size: 'md',
    required: false,
    optional: false,
    disabled: false,
    readonly: false,
  },
  argTypes: {
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
    state: { control: 'inline-radio', options: [undefined, 'error', 'success', 'warning'] },
  },
  render: (args) =>
    html`<sugam-switch
      label=${args.label}
      hint=${args.hint}
      size=${args.size}
      state=${ifDefined(args.state)}
      error-message=${ifDefined(args.errorMessage)}
      status-message=${ifDefined(args.statusMessage)}
      .checked=${args.checked}
      ?show-state=${args.showState}
      ?reverse=${args.reverse}
      ?required=${args.required}
      ?optional=${args.optional}
      ?disabled=${args.disabled}
      ?readonly=${args.readonly}
    ></sugam-switch>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Space or Enter toggles it. The On/Off text follows the page's language. */
export const Playground: Story = {};

export const States: Story = {
  render: () =>
    html`<div style="display: grid; gap: 12px; max-inline-size: 32rem">
      <sugam-switch label="Off" show-state></sugam-switch>
      <sugam-switch label="On" checked show-state></sugam-switch>
      <sugam-switch
        label="Share my data with the department"
        required
        error-message="Turn this on to apply"
      ></sugam-switch>
      <sugam-switch label="Auto-renew" checked state="success" status-message="Renews on 1 April"></sugam-switch>
      <sugam-switch label="Paperless bills" state="warning" status-message="Your email is not verified"></sugam-switch>
      <sugam-switch label="Read-only" checked readonly show-state></sugam-switch>
      <sugam-switch label="Disabled" disabled show-state></sugam-switch>
      <sugam-switch label="Disabled and on" disabled checked show-state></sugam-switch>
    </div>`,
};

export const Sizes: Story = {
  render: () =>
    html`<div style="display: grid; gap: 12px; max-inline-size: 32rem">
      <sugam-switch label="Small" size="sm" checked show-state></sugam-switch>
      <sugam-switch label="Medium" size="md" checked show-state></sugam-switch>
      <sugam-switch label="Large" size="lg" checked show-state></sugam-switch>
    </div>`,
};

/** The label first and the switch at the end of the row, for lists of settings. */
export const Reverse: Story = {
  render: () =>
    html`<div style="display: grid; gap: 12px; max-inline-size: 24rem">
      <sugam-switch reverse show-state label="Email alerts" checked></sugam-switch>
      <sugam-switch reverse show-state label="SMS alerts" hint="Standard rates apply"></sugam-switch>
    </div>`,
};

/** Submits like a checkbox: name=on when on, nothing when off. Submit to see the form data. */
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
      <sugam-switch name="alerts" label="SMS alerts" checked show-state></sugam-switch>
      <sugam-switch name="consent" label="I agree to share my details with the department" required></sugam-switch>
      <div><sugam-button type="submit">Submit</sugam-button></div>
      <output aria-live="polite"></output>
    </form>`,
};
