import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@sugam/components/switch';
import '@sugam/components/button';
import type { SugamSwitch } from '@sugam/components/switch';
import { showFormData } from './fixtures/forms.js';
import { EN, sampleArg, samples } from './fixtures/samples.js';

type Args = Pick<
  SugamSwitch,
  'label' | 'hint' | 'checked' | 'showState' | 'reverse' | 'size' | 'required' | 'optional' | 'disabled' | 'readonly'
> & { state?: 'error' | 'success' | 'warning'; errorMessage?: string; statusMessage?: string };

const meta: Meta<Args> = {
  title: 'Forms/Switch',
  component: 'sugam-switch',
  args: {
    label: EN.smsAlerts,
    hint: EN.smsAlertsHint,
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
  render: (args, { globals }) =>
    html`<sugam-switch
      label=${sampleArg(args.label, 'smsAlerts', globals.locale) ?? ''}
      hint=${sampleArg(args.hint, 'smsAlertsHint', globals.locale) ?? ''}
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
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 12px; max-inline-size: 32rem">
      <sugam-switch label=${s.emailAlerts} show-state></sugam-switch>
      <sugam-switch label=${s.smsAlerts} checked show-state></sugam-switch>
      <sugam-switch label=${s.shareData} required error-message=${s.shareDataError}></sugam-switch>
      <sugam-switch label=${s.aadhaarLinked} checked state="success" status-message=${s.verified}></sugam-switch>
      <sugam-switch label=${s.smsAlerts} state="warning" status-message=${s.mobileNotVerified}></sugam-switch>
      <sugam-switch label=${s.readOnly} checked readonly show-state></sugam-switch>
      <sugam-switch label=${s.disabled} disabled show-state></sugam-switch>
      <sugam-switch label="${s.disabled} (${s.checked})" disabled checked show-state></sugam-switch>
    </div>`;
  },
};

export const Sizes: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 12px; max-inline-size: 32rem">
      <sugam-switch label=${s.small} size="sm" checked show-state></sugam-switch>
      <sugam-switch label=${s.medium} size="md" checked show-state></sugam-switch>
      <sugam-switch label=${s.large} size="lg" checked show-state></sugam-switch>
    </div>`;
  },
};

/** The label first and the switch at the end of the row, for lists of settings. */
export const Reverse: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 12px; max-inline-size: 24rem">
      <sugam-switch reverse show-state label=${s.emailAlerts} checked></sugam-switch>
      <sugam-switch reverse show-state label=${s.smsAlerts} hint=${s.smsAlertsHint}></sugam-switch>
    </div>`;
  },
};

/** Submits like a checkbox: name=on when on, nothing when off. Submit to see the form data. */
export const InAForm: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<form @submit=${showFormData} style="display: grid; gap: 16px; max-inline-size: 32rem">
      <sugam-switch name="alerts" label=${s.smsAlerts} checked show-state></sugam-switch>
      <sugam-switch name="consent" label=${s.shareData} required></sugam-switch>
      <div><sugam-button type="submit">${s.submit}</sugam-button></div>
      <output aria-live="polite"></output>
    </form>`;
  },
};
