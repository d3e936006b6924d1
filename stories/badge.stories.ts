import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@sugam/components/badge';
import { BADGE_SIZES, BADGE_TYPES, BADGE_VARIANTS, type SugamBadge } from '@sugam/components/badge';
import { EN, colorNames, sampleArg, samples } from './fixtures/samples.js';

type Args = Pick<SugamBadge, 'type' | 'variant' | 'size' | 'value' | 'label' | 'icon'> & { max?: number };

const meta: Meta<Args> = {
  title: 'Feedback/Badge',
  component: 'sugam-badge',
  args: {
    type: 'digit',
    variant: 'primary',
    size: 'md',
    value: '5',
    max: 99,
    label: EN.unreadMessages,
    icon: 'star',
  },
  argTypes: {
    type: { control: 'inline-radio', options: [...BADGE_TYPES] },
    variant: { control: 'select', options: [...BADGE_VARIANTS] },
    size: { control: 'inline-radio', options: [...BADGE_SIZES] },
  },
  render: (args, { globals }) =>
    html`<sugam-badge
      type=${args.type}
      variant=${args.variant}
      size=${args.size}
      value=${ifDefined(args.value)}
      max=${ifDefined(args.max)}
      label=${sampleArg(args.label, 'unreadMessages', globals.locale) ?? ''}
      icon=${args.icon}
    ></sugam-badge>`,
};
export default meta;
type Story = StoryObj<Args>;

const row = 'display: flex; flex-wrap: wrap; align-items: center; gap: 12px; margin-block-end: 12px';

/** Numbers follow the page's numerals (switch the language to Bengali or Marathi). */
export const Playground: Story = {};

/** Digit, dot and icon badges in every colour. Dots and icons carry a label for screen readers. */
export const Variants: Story = {
  render: (_args, { globals }) => {
    const names = colorNames(samples(globals.locale));
    return html`${BADGE_TYPES.map(
      (type) =>
        html`<div style=${row}>
          ${BADGE_VARIANTS.map(
            (variant) =>
              html`<sugam-badge
                type=${type}
                variant=${variant}
                value="8"
                icon="check"
                label=${type === 'digit' ? '' : names[variant]}
              ></sugam-badge>`,
          )}
        </div>`,
    )}`;
  },
};

export const Sizes: Story = {
  render: (_args, { globals }) =>
    html`${BADGE_SIZES.map(
      (size) =>
        html`<div style=${row}>
          <sugam-badge size=${size} value="3"></sugam-badge>
          <sugam-badge size=${size} type="dot" label=${samples(globals.locale).newLabel}></sugam-badge>
          <sugam-badge
            size=${size}
            type="icon"
            icon="star"
            variant="secondary"
            label=${samples(globals.locale).featured}
          ></sugam-badge>
        </div>`,
    )}`,
};

/** Counts above `max` show as "99+"; non-numeric values are shown as given. */
export const Counts: Story = {
  render: (_args, { globals }) =>
    html`<div style=${row}>
      <sugam-badge value="7"></sugam-badge>
      <sugam-badge value="1250"></sugam-badge>
      <sugam-badge value="150" max="99" variant="danger" label=${samples(globals.locale).moreThan99}></sugam-badge>
      <sugam-badge value=${samples(globals.locale).newLabel} variant="success"></sugam-badge>
    </div>`,
};

/** In context: next to a link, with a label that explains the number. */
export const InContext: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<p style="display: flex; gap: 8px; align-items: center; margin: 0">
      <a href="#inbox">${s.messages}</a>
      <sugam-badge value="12" variant="danger" label=${s.unread12}></sugam-badge>
    </p>`;
  },
};
