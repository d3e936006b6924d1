import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatCurrency } from '@sugam/i18n';
import '@sugam/components/slider';
import '@sugam/components/button';
import type { SugamSlider } from '@sugam/components/slider';
import { showFormData } from './fixtures/forms.js';
import { EN, sampleArg, samples } from './fixtures/samples.js';

type Args = Pick<
  SugamSlider,
  'label' | 'hint' | 'min' | 'max' | 'step' | 'hideBadge' | 'size' | 'required' | 'optional' | 'disabled' | 'readonly'
> & { value?: string; state?: 'error' | 'success' | 'warning'; errorMessage?: string; statusMessage?: string };

const rupees = (value: number, lang: string) =>
  formatCurrency(value, lang, { minimumFractionDigits: 0, maximumFractionDigits: 0 });

const meta: Meta<Args> = {
  title: 'Forms/Slider',
  component: 'sugam-slider',
  args: {
    label: EN.satisfaction,
    hint: EN.satisfactionHint,
    min: 0,
    max: 10,
    step: 1,
    value: '7',
    hideBadge: false,
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
    html`<div style="max-inline-size: 32rem">
      <sugam-slider
        label=${sampleArg(args.label, 'satisfaction', globals.locale) ?? ''}
        hint=${sampleArg(args.hint, 'satisfactionHint', globals.locale) ?? ''}
        min=${args.min}
        max=${args.max}
        step=${args.step}
        value=${ifDefined(args.value)}
        size=${args.size}
        state=${ifDefined(args.state)}
        error-message=${ifDefined(args.errorMessage)}
        status-message=${ifDefined(args.statusMessage)}
        ?hide-badge=${args.hideBadge}
        ?required=${args.required}
        ?optional=${args.optional}
        ?disabled=${args.disabled}
        ?readonly=${args.readonly}
      ></sugam-slider>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

/**
 * Values show in the reader's digits and grouping (or through `valueText`, here rupees); the form gets ASCII.
 * A slider can start with no value chosen (`value=""`).
 */
export const Values: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 24px; max-inline-size: 32rem">
      <sugam-slider label=${s.familySize} min="1" max="12" value="4"></sugam-slider>
      <sugam-slider
        label=${s.monthlyIncome}
        min="0"
        max="200000"
        step="5000"
        value="45000"
        .valueText=${rupees}
      ></sugam-slider>
      <sugam-slider label=${s.rateService} min="1" max="5" value=""></sugam-slider>
      <sugam-slider label=${s.literacy} hide-badge value="30"></sugam-slider>
    </div>`;
  },
};

/** Error, success and warning say their kind in words as well as colour; disabled and read-only. */
export const States: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 24px; max-inline-size: 32rem">
      <sugam-slider
        label=${s.rateService}
        min="1"
        max="5"
        value=""
        required
        error-message=${s.ratingError}
      ></sugam-slider>
      <sugam-slider
        label=${s.familySize}
        min="1"
        max="12"
        value="4"
        state="success"
        status-message=${s.verified}
      ></sugam-slider>
      <sugam-slider
        label=${s.monthlyIncome}
        max="200000"
        step="5000"
        value="150000"
        .valueText=${rupees}
        state="warning"
        status-message=${s.checkDetails}
      ></sugam-slider>
      <sugam-slider label=${s.literacy} value="40" readonly></sugam-slider>
      <sugam-slider label=${s.age} min="18" max="100" value="60" disabled></sugam-slider>
    </div>`;
  },
};

export const Sizes: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 24px; max-inline-size: 32rem">
      <sugam-slider label=${s.small} size="sm" value="20"></sugam-slider>
      <sugam-slider label=${s.medium} size="md" value="50"></sugam-slider>
      <sugam-slider label=${s.large} size="lg" value="80"></sugam-slider>
    </div>`;
  },
};

/** Submit to see the form data (ASCII digits whatever the language). */
export const InAForm: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<form @submit=${showFormData} style="display: grid; gap: 24px; max-inline-size: 32rem">
      <sugam-slider name="rating" label=${s.rateService} min="1" max="5" value="" required></sugam-slider>
      <sugam-slider
        name="income"
        label=${s.monthlyIncome}
        max="100000"
        step="1000"
        value="25000"
        .valueText=${rupees}
      ></sugam-slider>
      <div><sugam-button type="submit">${s.submit}</sugam-button></div>
      <output aria-live="polite"></output>
    </form>`;
  },
};
