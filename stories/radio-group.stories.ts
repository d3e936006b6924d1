import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@sugam/components/radio-group';
import '@sugam/components/button';
import type { SugamRadioGroup } from '@sugam/components/radio-group';
import { showFormData } from './fixtures/forms.js';
import { EN, sampleArg, samples, type Samples } from './fixtures/samples.js';

type Args = Pick<
  SugamRadioGroup,
  'label' | 'hint' | 'value' | 'size' | 'orientation' | 'required' | 'optional' | 'disabled' | 'readonly'
> & { state?: 'error' | 'success' | 'warning'; errorMessage?: string; statusMessage?: string };

const options = (s: Samples) =>
  html`<sugam-radio value="general">${s.general}</sugam-radio>
    <sugam-radio value="obc">${s.obc}</sugam-radio>
    <sugam-radio value="sc">${s.sc}</sugam-radio>
    <sugam-radio value="st">${s.st}</sugam-radio>
    <sugam-radio value="ews" hint=${s.ewsHint}>${s.ews}</sugam-radio>`;

const meta: Meta<Args> = {
  title: 'Forms/Radio group',
  component: 'sugam-radio-group',
  subcomponents: { Radio: 'sugam-radio' },
  args: {
    label: EN.category,
    hint: EN.categoryHint,
    value: '',
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
  render: (args, { globals }) =>
    html`<sugam-radio-group
      name="category"
      label=${sampleArg(args.label, 'category', globals.locale) ?? ''}
      hint=${sampleArg(args.hint, 'categoryHint', globals.locale) ?? ''}
      .value=${args.value}
      size=${args.size}
      orientation=${args.orientation}
      state=${ifDefined(args.state)}
      error-message=${ifDefined(args.errorMessage)}
      status-message=${ifDefined(args.statusMessage)}
      ?required=${args.required}
      ?optional=${args.optional}
      ?disabled=${args.disabled}
      ?readonly=${args.readonly}
      >${options(samples(globals.locale))}</sugam-radio-group
    >`,
};
export default meta;
type Story = StoryObj<Args>;

/** Tab reaches the selected radio (or the first); arrow keys move and select, wrapping; Space selects. */
export const Playground: Story = {};

export const States: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 24px; max-inline-size: 32rem">
      <sugam-radio-group label=${s.category} required error-message=${s.categoryError}>${options(s)}</sugam-radio-group>
      <sugam-radio-group label=${s.category} value="obc" state="success" status-message=${s.verified}
        >${options(s)}</sugam-radio-group
      >
      <sugam-radio-group label=${s.category} value="ews" state="warning" status-message=${s.checkDetails}
        >${options(s)}</sugam-radio-group
      >
      <sugam-radio-group label="${s.category} (${s.readOnly})" value="sc" readonly>${options(s)}</sugam-radio-group>
      <sugam-radio-group label="${s.category} (${s.disabled})" value="st" disabled>${options(s)}</sugam-radio-group>
      <sugam-radio-group label=${s.howToApply} value="online">
        <sugam-radio value="online">${s.applyOnline}</sugam-radio>
        <sugam-radio value="office" disabled hint=${s.officesClosed}>${s.applyAtOffice}</sugam-radio>
      </sugam-radio-group>
    </div>`;
  },
};

export const Sizes: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 24px; max-inline-size: 32rem">
      <sugam-radio-group label=${s.small} size="sm" value="general">${options(s)}</sugam-radio-group>
      <sugam-radio-group label=${s.large} size="lg" value="general">${options(s)}</sugam-radio-group>
    </div>`;
  },
};

/** Two or three short options can sit on one line; they wrap on narrow screens. */
export const Horizontal: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<sugam-radio-group label=${s.hasRationCard} orientation="horizontal" value="yes">
      <sugam-radio value="yes">${s.yes}</sugam-radio>
      <sugam-radio value="no">${s.no}</sugam-radio>
    </sugam-radio-group>`;
  },
};

/** The group submits name=value of the selected radio. Submit to see the form data. */
export const InAForm: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<form @submit=${showFormData} style="display: grid; gap: 16px; max-inline-size: 32rem">
      <sugam-radio-group name="category" label=${s.category} required>${options(s)}</sugam-radio-group>
      <div><sugam-button type="submit">${s.submit}</sugam-button></div>
      <output aria-live="polite"></output>
    </form>`;
  },
};
