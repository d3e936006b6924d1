import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@sugam/components/icon';
import { ICON_NAMES, ICON_SIZES, DIRECTIONAL_ICONS, type SugamIcon } from '@sugam/components/icon';

type Args = Pick<SugamIcon, 'name' | 'label' | 'size'>;

const meta: Meta<Args> = {
  title: 'Components/Icon',
  component: 'sugam-icon',
  args: { name: 'home', label: 'Home', size: 'md' },
  argTypes: {
    name: { control: 'select', options: [...ICON_NAMES] },
    size: { control: 'inline-radio', options: [undefined, ...ICON_SIZES] },
    label: { control: 'text', description: 'Accessible name; leave empty for a decorative icon' },
  },
  render: (args) =>
    html`<sugam-icon
      name=${ifDefined(args.name)}
      label=${ifDefined(args.label || undefined)}
      size=${ifDefined(args.size)}
    ></sugam-icon>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

/** Every bundled icon with its name. Directional icons (marked ↔) mirror in right-to-left text. */
export const Gallery: Story = {
  render: () =>
    html`<ul
      style="display: grid; gap: 8px; grid-template-columns: repeat(auto-fill, minmax(min(100%, 9rem), 1fr)); list-style: none; margin: 0; padding: 0"
    >
      ${ICON_NAMES.map(
        (name) =>
          html`<li
            style="display: flex; flex-direction: column; align-items: center; gap: 4px; padding: 12px 4px; border: 1px solid var(--sugam-color-border-default); border-radius: 8px; text-align: center"
          >
            <sugam-icon name=${name} size="md"></sugam-icon>
            <code style="font-size: 0.8125rem; overflow-wrap: anywhere" dir="ltr"
              >${name}${DIRECTIONAL_ICONS.has(name) ? ' ↔' : ''}</code
            >
          </li>`,
      )}
    </ul>`,
};

/** 16, 24, 32 and 48 px; unset, the icon is 1em and sits in a line of text; `--sugam-icon-size` sets any size. */
export const Sizes: Story = {
  render: () =>
    html`<div style="display: flex; flex-wrap: wrap; gap: 16px; align-items: center">
      ${ICON_SIZES.map((size) => html`<sugam-icon name="star" size=${size} label=${`Star, ${size}`}></sugam-icon>`)}
      <span style="--sugam-icon-size: 40px"><sugam-icon name="star" label="Star, 40 px"></sugam-icon></span>
      <p style="margin: 0">In text: <sugam-icon name="info"></sugam-icon> follows the font size.</p>
    </div>`,
};

/** The icon takes the text colour (`currentColor`). */
export const Colour: Story = {
  render: () =>
    html`<p style="display: flex; gap: 16px; font-size: 1.5rem; margin: 0">
      <span style="color: var(--sugam-color-feedback-success-text)"
        ><sugam-icon name="success" label="Done"></sugam-icon
      ></span>
      <span style="color: var(--sugam-color-feedback-error-text)"
        ><sugam-icon name="error" label="Error"></sugam-icon
      ></span>
      <span style="color: var(--sugam-color-text-brand)"
        ><sugam-icon name="info" label="Information"></sugam-icon
      ></span>
    </p>`,
};

/** Decorative icons (no label) are hidden from screen readers; labelled icons are images with a name. */
export const DecorativeAndLabelled: Story = {
  render: () =>
    html`<p style="margin: 0; display: grid; gap: 8px">
      <span><sugam-icon name="phone"></sugam-icon> 1800-11-0001 (the icon is decorative: the text says it all)</span>
      <span><sugam-icon name="warning" label="Warning"></sugam-icon> Office closed on Friday</span>
    </p>`,
};

/** In `dir="rtl"` the start/end chevrons and arrows point the other way; others do not change. */
export const RightToLeft: Story = {
  render: () =>
    html`<div style="display: grid; gap: 8px">
      ${['ltr', 'rtl'].map(
        (dir) =>
          html`<p dir=${dir} style="display: flex; gap: 12px; align-items: center; margin: 0">
            <code>${dir}</code>
            ${[...DIRECTIONAL_ICONS].map((name) => html`<sugam-icon name=${name} size="md" label=${name}></sugam-icon>`)}
            <sugam-icon name="home" size="md" label="home"></sugam-icon>
          </p>`,
      )}
    </div>`,
};

/** A custom icon: the page's own inline SVG in the default slot. */
export const Custom: Story = {
  render: () =>
    html`<sugam-icon size="lg" label="Ashoka wheel">
      <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.5">
        <circle cx="12" cy="12" r="9" />
        <circle cx="12" cy="12" r="1.5" fill="currentColor" />
        <path d="M12 3v18M3 12h18M5.6 5.6l12.8 12.8M18.4 5.6 5.6 18.4" />
      </svg>
    </sugam-icon>`,
};
