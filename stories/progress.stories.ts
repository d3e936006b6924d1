import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@sugam/components/progress';
import { PROGRESS_SIZES, PROGRESS_TYPES, PROGRESS_VARIANTS, type SugamProgress } from '@sugam/components/progress';

type Args = Pick<SugamProgress, 'type' | 'variant' | 'size' | 'value' | 'max' | 'label' | 'hideLabel' | 'showValue'>;

const meta: Meta<Args> = {
  title: 'Feedback/Progress',
  component: 'sugam-progress',
  args: {
    type: 'bar',
    variant: 'primary',
    size: 'md',
    value: 45,
    max: 100,
    label: 'Uploading documents',
    hideLabel: false,
    showValue: true,
  },
  argTypes: {
    type: { control: 'inline-radio', options: [...PROGRESS_TYPES] },
    variant: { control: 'inline-radio', options: [...PROGRESS_VARIANTS] },
    size: { control: 'inline-radio', options: [...PROGRESS_SIZES] },
    value: { control: { type: 'number', min: 0 }, description: 'Empty: indeterminate' },
  },
  render: (args) =>
    html`<div style="max-inline-size: 32rem">
      <sugam-progress
        type=${args.type}
        variant=${args.variant}
        size=${args.size}
        value=${ifDefined(args.value ?? undefined)}
        max=${args.max}
        label=${args.label}
        ?hide-label=${args.hideLabel}
        ?show-value=${args.showValue}
      ></sugam-progress>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The percentage (visible and in aria-valuetext) uses the reader's numerals. */
export const Playground: Story = {};

export const Bar: Story = {
  render: () =>
    html`<div style="display: grid; gap: 16px; max-inline-size: 32rem">
      <sugam-progress label="Uploading documents" value="45" show-value></sugam-progress>
      <sugam-progress label="Profile complete" value="100" variant="success" show-value></sugam-progress>
      <sugam-progress label="Storage used" value="3" max="4" variant="warning" show-value></sugam-progress>
      <sugam-progress label="Checking your application"></sugam-progress>
    </div>`,
};

export const Circle: Story = {
  render: () =>
    html`<div style="display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start">
      <sugam-progress type="circle" label="Profile" value="70" show-value></sugam-progress>
      <sugam-progress type="circle" label="Done" value="100" variant="success" size="lg" show-value></sugam-progress>
      <sugam-progress type="circle" label="Loading" size="sm"></sugam-progress>
    </div>`,
};

export const Sizes: Story = {
  render: () =>
    html`<div style="display: grid; gap: 16px; max-inline-size: 32rem">
      ${PROGRESS_SIZES.map(
        (size) => html`<sugam-progress size=${size} label=${`Size ${size}`} value="60"></sugam-progress>`,
      )}
    </div>`,
};

/** A label for screen readers only, when the text around it already says what is progressing. */
export const HiddenLabel: Story = {
  render: () =>
    html`<div style="max-inline-size: 32rem">
      <p style="margin-block: 0 8px">Step 2 of 4</p>
      <sugam-progress label="Application progress" hide-label value="2" max="4"></sugam-progress>
    </div>`,
};
