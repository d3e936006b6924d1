import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatCurrency } from '@sugam/i18n';
import '@sugam/components/slider';
import '@sugam/components/button';
import type { SugamSlider } from '@sugam/components/slider';

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
    label: 'How satisfied are you with the service?',
    hint: '0 is not at all, 10 is fully satisfied',
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
  render: (args) =>
    html`<div style="max-inline-size: 32rem">
      <sugam-slider
        label=${args.label}
        hint=${args.hint}
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
  render: () =>
    html`<div style="display: grid; gap: 24px; max-inline-size: 32rem">
      <sugam-slider label="Family size" min="1" max="12" value="4"></sugam-slider>
      <sugam-slider
        label="Monthly income"
        min="0"
        max="200000"
        step="5000"
        value="45000"
        .valueText=${rupees}
      ></sugam-slider>
      <sugam-slider label="Rate the office (no answer yet)" min="1" max="5" value=""></sugam-slider>
      <sugam-slider label="Without the value badge" hide-badge value="30"></sugam-slider>
    </div>`,
};

/** Error, success and warning say their kind in words as well as colour; disabled and read-only. */
export const States: Story = {
  render: () =>
    html`<div style="display: grid; gap: 24px; max-inline-size: 32rem">
      <sugam-slider
        label="Distance to the office (km)"
        max="50"
        value=""
        required
        error-message="Choose a distance"
      ></sugam-slider>
      <sugam-slider
        label="Land holding (acres)"
        max="20"
        value="4"
        state="success"
        status-message="Eligible"
      ></sugam-slider>
      <sugam-slider
        label="Loan tenure (years)"
        max="30"
        value="25"
        state="warning"
        status-message="Longer than usual"
      ></sugam-slider>
      <sugam-slider label="Subsidy share (%)" value="40" readonly></sugam-slider>
      <sugam-slider label="Age of applicant" min="18" max="100" value="60" disabled></sugam-slider>
    </div>`,
};

export const Sizes: Story = {
  render: () =>
    html`<div style="display: grid; gap: 24px; max-inline-size: 32rem">
      <sugam-slider label="Small" size="sm" value="20"></sugam-slider>
      <sugam-slider label="Medium" size="md" value="50"></sugam-slider>
      <sugam-slider label="Large" size="lg" value="80"></sugam-slider>
    </div>`,
};

/** Submit to see the form data (ASCII digits whatever the language). */
export const InAForm: Story = {
  render: () =>
    html`<form
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        const form = event.target as HTMLFormElement;
        form.querySelector('output')!.textContent = JSON.stringify([...new FormData(form)]);
      }}
      style="display: grid; gap: 24px; max-inline-size: 32rem"
    >
      <sugam-slider name="rating" label="Rate our service" min="1" max="5" value="" required></sugam-slider>
      <sugam-slider
        name="budget"
        label="Budget"
        max="100000"
        step="1000"
        value="25000"
        .valueText=${rupees}
      ></sugam-slider>
      <div><sugam-button type="submit">Submit</sugam-button></div>
      <output aria-live="polite"></output>
    </form>`,
};
