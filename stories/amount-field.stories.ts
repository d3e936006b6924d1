import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@sugam/components/amount-field';
import '@sugam/components/button';
import type { SugamAmountField } from '@sugam/components/amount-field';
import { showFormData, touched } from './fixtures/forms.js';
import { EN, sampleArg, samples } from './fixtures/samples.js';

type Args = Pick<
  SugamAmountField,
  'label' | 'hint' | 'value' | 'min' | 'max' | 'decimals' | 'size' | 'required' | 'optional' | 'disabled' | 'readonly'
> & { state?: 'error' | 'success' | 'warning'; errorMessage?: string; statusMessage?: string };

const meta: Meta<Args> = {
  title: 'Forms/Amount field',
  component: 'sugam-amount-field',
  args: {
    label: EN.fees,
    hint: '',
    value: '',
    min: '',
    max: '',
    decimals: 2,
    size: 'md',
    required: true,
    optional: false,
    disabled: false,
    readonly: false,
  },
  argTypes: {
    decimals: { control: 'inline-radio', options: [2, 0] },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
    state: { control: 'inline-radio', options: [undefined, 'error', 'success', 'warning'] },
  },
  render: (args, { globals }) =>
    html`<sugam-amount-field
      label=${sampleArg(args.label, 'fees', globals.locale) ?? ''}
      hint=${args.hint}
      value=${args.value}
      min=${args.min}
      max=${args.max}
      decimals=${args.decimals}
      size=${args.size}
      state=${ifDefined(args.state)}
      error-message=${ifDefined(args.errorMessage)}
      status-message=${ifDefined(args.statusMessage)}
      ?required=${args.required}
      ?optional=${args.optional}
      ?disabled=${args.disabled}
      ?readonly=${args.readonly}
    ></sugam-amount-field>`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * Type 120000, 1,20,000 or १,२०,०००.५०, or paste ₹ 1,20,000: the text stays as typed, and under the box the
 * amount is written back in the reader's language with lakh grouping, from one lakh also the short way (1.2 lakh),
 * so a zero too many or too few shows before the form is sent.
 */
export const Playground: Story = {};

/** Below `min` (the message names the limit as money), 25 lakh written back the short way, read-only, disabled. */
export const States: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 16px; max-inline-size: 28rem">
      <sugam-amount-field label=${s.fees} value="100" min="500" ${touched}></sugam-amount-field>
      <sugam-amount-field label=${s.fees} value="2500000"></sugam-amount-field>
      <sugam-amount-field label=${s.fees} value="1500" readonly></sugam-amount-field>
      <sugam-amount-field label="${s.fees} (${s.disabled})" value="20" disabled></sugam-amount-field>
    </div>`;
  },
};

export const Sizes: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 16px; max-inline-size: 28rem">
      <sugam-amount-field label=${s.small} size="sm" value="350000"></sugam-amount-field>
      <sugam-amount-field label=${s.medium} size="md" value="350000"></sugam-amount-field>
      <sugam-amount-field label=${s.large} size="lg" value="350000"></sugam-amount-field>
    </div>`;
  },
};

/**
 * `decimals="0"` takes whole rupees (most fees); the default takes paise as well. Between ₹500 and ₹2,50,000
 * here (`min`, `max`). Submit to see the form data: ASCII digits, whatever script was typed.
 */
export const InAForm: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<form novalidate @submit=${showFormData} style="display: grid; gap: 16px; max-inline-size: 28rem">
      <sugam-amount-field name="fee" label=${s.fees} decimals="0" min="500" max="250000" required></sugam-amount-field>
      <div><sugam-button type="submit">${s.submit}</sugam-button></div>
      <output aria-live="polite"></output>
    </form>`;
  },
};
