import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@sugam/components/chip';
import { CHIP_SIZES, CHIP_TYPES, type SugamChip } from '@sugam/components/chip';

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
  render: () =>
    html`<div role="group" aria-label="Languages" style=${group}>
      <sugam-chip selected>Hindi</sugam-chip>
      <sugam-chip>English</sugam-chip>
      <sugam-chip selected>Tamil</sugam-chip>
      <sugam-chip disabled>Urdu</sugam-chip>
    </div>`,
};

/** Choice chips with the same name: only one is on. */
export const Choice: Story = {
  render: () =>
    html`<div role="group" aria-label="Delivery" style=${group}>
      <sugam-chip type="choice" name="delivery" selected>Post</sugam-chip>
      <sugam-chip type="choice" name="delivery">Email</sugam-chip>
      <sugam-chip type="choice" name="delivery">Collect in person</sugam-chip>
    </div>`,
};

/** Input chips: the remove button is named "Remove Pune" in the reader's language. */
export const Input: Story = {
  render: () =>
    html`<div role="group" aria-label="Selected districts" style=${group}>
      <sugam-chip type="input">Pune</sugam-chip>
      <sugam-chip type="input">Nagpur</sugam-chip>
      <sugam-chip type="input">Chhatrapati Sambhajinagar</sugam-chip>
      <sugam-chip type="input" disabled>Mumbai</sugam-chip>
    </div>`,
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
