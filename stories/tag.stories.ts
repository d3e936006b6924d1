import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@sugam/components/tag';
import { TAG_COLORS, TAG_SIZES, TAG_VARIANTS, type SugamTag } from '@sugam/components/tag';
import { EN, colorNames, sampleArg, samples } from './fixtures/samples.js';

type Args = Pick<SugamTag, 'variant' | 'color' | 'size'> & { label: string };

const meta: Meta<Args> = {
  title: 'Feedback/Tag',
  component: 'sugam-tag',
  args: { label: EN.agriculture, variant: 'tonal', color: 'primary', size: 'md' },
  argTypes: {
    variant: { control: 'inline-radio', options: [...TAG_VARIANTS] },
    color: { control: 'select', options: [...TAG_COLORS] },
    size: { control: 'inline-radio', options: [...TAG_SIZES] },
    label: { control: 'text', description: 'Text in the default slot' },
  },
  render: (args, { globals }) =>
    html`<sugam-tag variant=${args.variant} color=${args.color} size=${args.size}
      >${sampleArg(args.label, 'agriculture', globals.locale)}</sugam-tag
    >`,
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

/** Every variant in every colour. */
export const Variants: Story = {
  render: (_args, { globals }) => {
    const names = colorNames(samples(globals.locale));
    return html`${TAG_VARIANTS.map(
      (variant) =>
        html`<div style="display: flex; flex-wrap: wrap; gap: 8px; margin-block-end: 12px">
          ${TAG_COLORS.map((color) => html`<sugam-tag variant=${variant} color=${color}>${names[color]}</sugam-tag>`)}
        </div>`,
    )}`;
  },
};

export const Sizes: Story = {
  render: (_args, { globals }) =>
    html`<div style="display: flex; flex-wrap: wrap; gap: 8px; align-items: center">
      <sugam-tag size="sm" color="success">${samples(globals.locale).open}</sugam-tag>
      <sugam-tag size="md" color="success">${samples(globals.locale).open}</sugam-tag>
    </div>`,
};

/** With a decorative icon in the `start` slot. */
export const WithIcon: Story = {
  render: (_args, { globals }) =>
    html`<sugam-tag color="info" variant="outline"
      ><svg slot="start" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
        <path d="M12 2a10 10 0 100 20 10 10 0 000-20zm1 15h-2v-6h2v6zm0-8h-2V7h2v2z" /></svg
      >${samples(globals.locale).newLabel}</sugam-tag
    >`,
};
