import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@sugam/components/icon-button';
import { ICON_NAMES } from '@sugam/components/icon';
import { BUTTON_INTENTS, BUTTON_SIZES, BUTTON_VARIANTS } from '@sugam/components/button';
import type { SugamIconButton } from '@sugam/components/icon-button';

type Args = Pick<
  SugamIconButton,
  'icon' | 'label' | 'variant' | 'intent' | 'size' | 'pill' | 'disabled' | 'loading'
> & {
  href?: string;
};

const meta: Meta<Args> = {
  title: 'Components/Icon button',
  component: 'sugam-icon-button',
  args: {
    icon: 'search',
    label: 'Search',
    variant: 'solid',
    intent: 'primary',
    size: 'md',
    pill: false,
    disabled: false,
    loading: false,
  },
  argTypes: {
    icon: { control: 'select', options: [...ICON_NAMES] },
    variant: { control: 'inline-radio', options: [...BUTTON_VARIANTS] },
    intent: { control: 'inline-radio', options: [...BUTTON_INTENTS] },
    size: { control: 'inline-radio', options: [...BUTTON_SIZES] },
    label: { control: 'text', description: 'Accessible name (required)' },
  },
  render: (args) =>
    html`<sugam-icon-button
      icon=${ifDefined(args.icon)}
      label=${ifDefined(args.label)}
      variant=${args.variant}
      intent=${args.intent}
      size=${args.size}
      href=${ifDefined(args.href)}
      ?pill=${args.pill}
      ?disabled=${args.disabled}
      ?loading=${args.loading}
    ></sugam-icon-button>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

/** Solid (UX4G "primary"), outline, text and tonal, in each intent. */
export const Variants: Story = {
  render: () =>
    html`<div style="display: grid; gap: 12px">
      ${BUTTON_INTENTS.map(
        (intent) =>
          html`<div style="display: flex; flex-wrap: wrap; gap: 12px">
            ${BUTTON_VARIANTS.map(
              (variant) =>
                html`<sugam-icon-button
                  icon=${intent === 'danger' ? 'close' : 'print'}
                  label=${intent === 'danger' ? 'Delete draft' : 'Print this page'}
                  variant=${variant}
                  intent=${intent}
                ></sugam-icon-button>`,
            )}
          </div>`,
      )}
    </div>`,
};

/** 24, 32, 40 (default), 48 and 56 px squares; `pill` rounds them. */
export const Sizes: Story = {
  render: () =>
    html`<div style="display: grid; gap: 12px">
      ${[false, true].map(
        (pill) =>
          html`<div style="display: flex; flex-wrap: wrap; gap: 12px; align-items: center">
            ${BUTTON_SIZES.map(
              (size) =>
                html`<sugam-icon-button
                  icon="plus"
                  label=${`Add, ${size}`}
                  size=${size}
                  ?pill=${pill}
                  variant="outline"
                ></sugam-icon-button>`,
            )}
          </div>`,
      )}
    </div>`,
};

/** Disabled (skipped by Tab), loading (announces "Please wait"), a link, and a custom SVG icon. */
export const States: Story = {
  render: () =>
    html`<div style="display: flex; flex-wrap: wrap; gap: 12px; align-items: center">
      <sugam-icon-button icon="download" label="Download form"></sugam-icon-button>
      <sugam-icon-button icon="download" label="Download form" disabled></sugam-icon-button>
      <sugam-icon-button icon="download" label="Download form" loading></sugam-icon-button>
      <sugam-icon-button icon="home" label="Home page" href="#home" variant="tonal"></sugam-icon-button>
      <sugam-icon-button label="Share" variant="outline">
        <svg viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
          <circle cx="18" cy="5" r="3" />
          <circle cx="6" cy="12" r="3" />
          <circle cx="18" cy="19" r="3" />
          <path d="m8.6 13.5 6.8 4M15.4 6.5l-6.8 4" stroke="currentColor" stroke-width="2" />
        </svg>
      </sugam-icon-button>
    </div>`,
};

/** Start/end arrows mirror in right-to-left text, so "Next" still points forward. */
export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" style="display: flex; gap: 12px">
      <sugam-icon-button icon="chevron-start" label="Previous" variant="outline"></sugam-icon-button>
      <sugam-icon-button icon="chevron-end" label="Next" variant="outline"></sugam-icon-button>
    </div>`,
};
