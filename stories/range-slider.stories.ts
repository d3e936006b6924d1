import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatCurrency } from '@sugam/i18n';
import '@sugam/components/range-slider';
import '@sugam/components/button';
import type { SugamRangeSlider } from '@sugam/components/range-slider';
import { showFormData } from './fixtures/forms.js';
import { EN, sampleArg, samples } from './fixtures/samples.js';

type Args = Pick<
  SugamRangeSlider,
  'label' | 'hint' | 'min' | 'max' | 'step' | 'hideBadge' | 'size' | 'optional' | 'disabled' | 'readonly'
> & {
  start?: string;
  end?: string;
  state?: 'error' | 'success' | 'warning';
  errorMessage?: string;
  statusMessage?: string;
};

const rupees = (value: number, lang: string) =>
  formatCurrency(value, lang, { minimumFractionDigits: 0, maximumFractionDigits: 0 });

const meta: Meta<Args> = {
  title: 'Forms/Range slider',
  component: 'sugam-range-slider',
  args: {
    label: EN.age,
    hint: '',
    min: 18,
    max: 100,
    step: 1,
    start: '25',
    end: '60',
    hideBadge: false,
    size: 'md',
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
      <sugam-range-slider
        label=${sampleArg(args.label, 'age', globals.locale) ?? ''}
        hint=${ifDefined(args.hint || undefined)}
        min=${args.min}
        max=${args.max}
        step=${args.step}
        start=${ifDefined(args.start)}
        end=${ifDefined(args.end)}
        size=${args.size}
        state=${ifDefined(args.state)}
        error-message=${ifDefined(args.errorMessage)}
        status-message=${ifDefined(args.statusMessage)}
        ?hide-badge=${args.hideBadge}
        ?optional=${args.optional}
        ?disabled=${args.disabled}
        ?readonly=${args.readonly}
      ></sugam-range-slider>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Two thumbs, each a slider named by the label and "Minimum" or "Maximum"; neither passes the other. */
export const Playground: Story = {};

/** Values in the reader's digits and grouping, or through `valueText` (here rupees); the form gets ASCII digits. */
export const Values: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 24px; max-inline-size: 32rem">
      <sugam-range-slider label=${s.familySize} min="1" max="12" start="2" end="6"></sugam-range-slider>
      <sugam-range-slider
        label=${s.monthlyIncome}
        min="0"
        max="200000"
        step="5000"
        start="20000"
        end="120000"
        .valueText=${rupees}
      ></sugam-range-slider>
      <sugam-range-slider label=${s.literacy} hide-badge start="40" end="75"></sugam-range-slider>
    </div>`;
  },
};

/** Error, success and warning say their kind in words as well as colour; read-only and disabled. */
export const States: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 24px; max-inline-size: 32rem">
      <sugam-range-slider label=${s.age} min="18" max="100" start="18" end="100" error-message=${s.checkDetails}>
      </sugam-range-slider>
      <sugam-range-slider
        label=${s.familySize}
        min="1"
        max="12"
        start="3"
        end="5"
        state="success"
        status-message=${s.verified}
      ></sugam-range-slider>
      <sugam-range-slider label=${s.literacy} start="20" end="40" readonly></sugam-range-slider>
      <sugam-range-slider label=${s.age} min="18" max="100" start="30" end="50" disabled></sugam-range-slider>
    </div>`;
  },
};

export const Sizes: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 24px; max-inline-size: 32rem">
      <sugam-range-slider label=${s.small} size="sm" start="20" end="50"></sugam-range-slider>
      <sugam-range-slider label=${s.medium} size="md" start="30" end="70"></sugam-range-slider>
      <sugam-range-slider label=${s.large} size="lg" start="50" end="90"></sugam-range-slider>
    </div>`;
  },
};

/**
 * `start-name` and `end-name` submit the two ends under names of their own (`age-from`, `age-to`), as a GET search
 * form wants; without them both go under `name`. Submit to see the form data.
 */
export const InAForm: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<form @submit=${showFormData} style="display: grid; gap: 24px; max-inline-size: 32rem">
      <sugam-range-slider start-name="age-from" end-name="age-to" label=${s.age} min="18" max="100" start="21" end="35">
      </sugam-range-slider>
      <sugam-range-slider
        name="income"
        label=${s.monthlyIncome}
        max="100000"
        step="1000"
        start="10000"
        end="50000"
        .valueText=${rupees}
      ></sugam-range-slider>
      <div><sugam-button type="submit">${s.submit}</sugam-button></div>
      <output aria-live="polite"></output>
    </form>`;
  },
};
