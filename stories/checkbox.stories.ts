import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@sugam/components/checkbox';
import '@sugam/components/button';
import type { SugamCheckbox } from '@sugam/components/checkbox';
import { showFormData } from './fixtures/forms.js';
import { EN, sampleArg, samples } from './fixtures/samples.js';

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
    label: EN.confirmDetails,
    hint: EN.falseInfoHint,
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
  render: (args, { globals }) =>
    html`<sugam-checkbox
      label=${sampleArg(args.label, 'confirmDetails', globals.locale) ?? ''}
      hint=${sampleArg(args.hint, 'falseInfoHint', globals.locale) ?? ''}
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
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 12px; max-inline-size: 32rem">
      <sugam-checkbox label=${s.unchecked}></sugam-checkbox>
      <sugam-checkbox label=${s.checked} checked></sugam-checkbox>
      <sugam-checkbox label=${s.mixed} indeterminate></sugam-checkbox>
      <sugam-checkbox label=${s.agreeTerms} required error-message=${s.agreeTermsError}></sugam-checkbox>
      <sugam-checkbox label=${s.aadhaarLinked} checked state="success" status-message=${s.verified}></sugam-checkbox>
      <sugam-checkbox
        label=${s.smsAlerts}
        checked
        state="warning"
        status-message=${s.mobileNotVerified}
      ></sugam-checkbox>
      <sugam-checkbox label=${s.readOnly} checked readonly></sugam-checkbox>
      <sugam-checkbox label=${s.disabled} disabled></sugam-checkbox>
      <sugam-checkbox label="${s.disabled} (${s.checked})" disabled checked></sugam-checkbox>
    </div>`;
  },
};

export const Sizes: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 12px; max-inline-size: 32rem">
      <sugam-checkbox label=${s.small} size="sm" checked hint=${s.denseHint}></sugam-checkbox>
      <sugam-checkbox label=${s.medium} size="md" checked hint=${s.defaultHint}></sugam-checkbox>
      <sugam-checkbox label=${s.large} size="lg" checked hint=${s.touchHint}></sugam-checkbox>
    </div>`;
  },
};

/** The label first and the box at the end of the row, for lists of settings. */
export const Reverse: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 12px; max-inline-size: 24rem">
      <sugam-checkbox reverse label=${s.emailCopy} checked></sugam-checkbox>
      <sugam-checkbox reverse label=${s.nameOnCertificate} hint=${s.fullNameHint}></sugam-checkbox>
    </div>`;
  },
};

/** A required declaration: the form is not sent until it is checked. Submit to see the form data. */
export const InAForm: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<form @submit=${showFormData} style="display: grid; gap: 16px; max-inline-size: 32rem">
      <sugam-checkbox name="updates" value="sms" label=${s.smsAlerts} optional></sugam-checkbox>
      <sugam-checkbox name="declaration" value="yes" label=${s.confirmDetails} required></sugam-checkbox>
      <div><sugam-button type="submit">${s.submit}</sugam-button></div>
      <output aria-live="polite"></output>
    </form>`;
  },
};
