import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@sugam/components/chip';
import { CHIP_SIZES, CHIP_TYPES, type SugamChip } from '@sugam/components/chip';
import { samples } from './fixtures/samples.js';

type Args = Pick<SugamChip, 'type' | 'selected' | 'disabled' | 'size'> & { label: string };

const meta: Meta<Args> = {
  title: 'Feedback/Chip',
  component: 'sugam-chip',
  args: { label: 'Hindi', type: 'filter', selected: false, disabled: false, size: 'md' },
  argTypes: {
    type: { control: 'inline-radio', options: [...CHIP_TYPES] },
    size: { control: 'inline-radio', options: [...CHIP_SIZES] },
    label: { control: 'text', description: 'Text in the default slot' },
  },
  render: (args) =>
    html`<sugam-chip type=${args.type} size=${args.size} ?selected=${args.selected} ?disabled=${args.disabled}
      >${args.label}</sugam-chip
    >`,
};
export default meta;
type Story = StoryObj<Args>;

const group = 'display: flex; flex-wrap: wrap; gap: 8px; margin-block-end: 16px';

/** Enter or Space toggles a filter or choice chip; Delete or Backspace removes an input chip. */
export const Playground: Story = {};

/** Filter chips combine: each is a toggle button with a check mark when on. */
export const Filter: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div role="group" aria-label=${s.status} style=${group}>
      <sugam-chip selected>${s.open}</sugam-chip>
      <sugam-chip>${s.closed}</sugam-chip>
      <sugam-chip selected>${s.newLabel}</sugam-chip>
      <sugam-chip disabled>${s.stepSaved}</sugam-chip>
    </div>`;
  },
};

/** Choice chips with the same name: only one is on. */
export const Choice: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div role="group" aria-label=${s.services} style=${group}>
      <sugam-chip type="choice" name="service" selected>${s.certificates}</sugam-chip>
      <sugam-chip type="choice" name="service">${s.rationCard}</sugam-chip>
      <sugam-chip type="choice" name="service">${s.pension}</sugam-chip>
    </div>`;
  },
};

/** Input chips: the remove button is named "Remove Pune" (the district in the story's language) in the reader's language. */
export const Input: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div role="group" aria-label=${s.district} style=${group}>
      <sugam-chip type="input">${s.pune}</sugam-chip>
      <sugam-chip type="input">${s.nagpur}</sugam-chip>
      <sugam-chip type="input">${s.thane}</sugam-chip>
      <sugam-chip type="input" disabled>${s.nashik}</sugam-chip>
    </div>`;
  },
};

export const Sizes: Story = {
  render: () =>
    html`<div role="group" aria-label="Sizes" style=${group}>
      <sugam-chip size="sm" selected>Small</sugam-chip>
      <sugam-chip size="md" selected>Medium</sugam-chip>
      <sugam-chip size="sm" type="input">Small</sugam-chip>
      <sugam-chip size="md" type="input">Medium</sugam-chip>
    </div>`,
};
