import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@sugam/components/select';
import '@sugam/components/button';
import type { SugamSelect } from '@sugam/components/select';
import { showFormData } from './fixtures/forms.js';
import { EN, sampleArg, samples, type Samples } from './fixtures/samples.js';

type Args = Pick<
  SugamSelect,
  'label' | 'hint' | 'value' | 'placeholder' | 'size' | 'required' | 'optional' | 'disabled' | 'readonly'
> & { state?: 'error' | 'success' | 'warning'; errorMessage?: string; statusMessage?: string };

const states = (s: Samples) => html`
  <sugam-option value="AP">${s.andhraPradesh}</sugam-option>
  <sugam-option value="AS">${s.assam}</sugam-option>
  <sugam-option value="BR">${s.bihar}</sugam-option>
  <sugam-option value="GA" disabled>${s.goa}</sugam-option>
  <sugam-option value="KA">${s.karnataka}</sugam-option>
  <sugam-option value="KL">${s.kerala}</sugam-option>
  <sugam-option value="MH">${s.maharashtra}</sugam-option>
  <sugam-option value="TN">${s.tamilNadu}</sugam-option>
`;

const meta: Meta<Args> = {
  title: 'Forms/Select',
  component: 'sugam-select',
  args: {
    label: EN.state,
    hint: EN.stateHint,
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
  render: (args, { globals }) =>
    html`<div style="max-inline-size: 28rem; min-block-size: 24rem">
      <sugam-select
        label=${sampleArg(args.label, 'state', globals.locale) ?? ''}
        hint=${sampleArg(args.hint, 'stateHint', globals.locale) ?? ''}
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
        >${states(samples(globals.locale))}</sugam-select
      >
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

/** The list open on the chosen option (Goa is disabled). Type a letter to jump; Enter or a click chooses. */
export const Open: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="max-inline-size: 28rem; min-block-size: 26rem">
      <sugam-select label=${s.state} value="KA" open>${states(s)}</sugam-select>
    </div>`;
  },
};

/** Error, success and warning say their kind in words as well as colour; disabled and read-only. */
export const States: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 16px; max-inline-size: 28rem">
      <sugam-select label=${s.state} required error-message=${s.stateError}>${states(s)}</sugam-select>
      <sugam-select label=${s.state} value="KL" state="success" status-message=${s.found}>${states(s)}</sugam-select>
      <sugam-select label=${s.state} value="BR" state="warning" status-message=${s.checkDetails}
        >${states(s)}</sugam-select
      >
      <sugam-select label="${s.state} (${s.readOnly})" value="MH" readonly>${states(s)}</sugam-select>
      <sugam-select label="${s.state} (${s.disabled})" value="TN" disabled>${states(s)}</sugam-select>
      <sugam-select label="${s.state} (${s.disabled})" disabled>${states(s)}</sugam-select>
    </div>`;
  },
};

export const Sizes: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 16px; max-inline-size: 28rem">
      <sugam-select label=${s.small} size="sm">${states(s)}</sugam-select>
      <sugam-select label=${s.medium} size="md" value="AS">${states(s)}</sugam-select>
      <sugam-select label=${s.large} size="lg">${states(s)}</sugam-select>
    </div>`;
  },
};

/**
 * Native `<option>` children work too, and each option can carry its own `lang` (here every language's own
 * name). Typeahead matches whole characters: type ত for তামিল… or क for कोंकणी.
 */
export const NativeOptionsAndLanguages: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="max-inline-size: 28rem; min-block-size: 26rem">
      <sugam-select label=${s.certificateLanguage} value="ta" open>
        <option value="">${s.noPreference}</option>
        <option value="as" lang="as">অসমীয়া</option>
        <option value="bn" lang="bn">বাংলা</option>
        <option value="en" lang="en">English</option>
        <option value="hi" lang="hi">हिन्दी</option>
        <option value="kok" lang="kok">कोंकणी</option>
        <option value="ta" lang="ta">தமிழ்</option>
        <option value="ur" lang="ur">اردو</option>
      </sugam-select>
    </div>`;
  },
};

/** Submits like a native `<select>`: required means a non-empty value. Submit to see the form data. */
export const InAForm: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<form novalidate @submit=${showFormData} style="display: grid; gap: 16px; max-inline-size: 28rem">
      <sugam-select name="state" label=${s.state} required>${states(s)}</sugam-select>
      <sugam-select name="category" label=${s.category} optional>
        <sugam-option value="gen">${s.general}</sugam-option>
        <sugam-option value="obc">${s.obc}</sugam-option>
        <sugam-option value="sc">${s.sc}</sugam-option>
        <sugam-option value="st">${s.st}</sugam-option>
      </sugam-select>
      <div><sugam-button type="submit">${s.submit}</sugam-button></div>
      <output aria-live="polite"></output>
    </form>`;
  },
};
