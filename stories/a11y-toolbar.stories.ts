import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@sugam/components/a11y-toolbar';
import '@sugam/components/button';
import '@sugam/components/text-field';
import type { SugamA11yToolbar } from '@sugam/components/a11y-toolbar';

type Args = Pick<SugamA11yToolbar, 'variant' | 'shortcut'>;

/** A little page for the settings to act on: text, a link, a picture, a field and a button. */
const sample = html`<article style="display: grid; gap: 12px; max-inline-size: 36rem">
  <h2 style="margin: 0">Apply for a ration card</h2>
  <p style="margin: 0">
    Fill in the form and upload your documents. <a href="#guidelines">Read the guidelines</a> before you start.
  </p>
  <svg role="img" aria-label="A family of four" viewBox="0 0 120 40" style="inline-size: 120px; block-size: 40px">
    <rect width="120" height="40" rx="6" style="fill: var(--sugam-color-surface-brand-subtle)" />
    <circle cx="25" cy="20" r="9" style="fill: var(--sugam-color-text-brand)" />
    <circle cx="50" cy="20" r="9" style="fill: var(--sugam-color-text-brand)" />
    <circle cx="72" cy="24" r="6" style="fill: var(--sugam-color-text-brand)" />
    <circle cx="92" cy="24" r="6" style="fill: var(--sugam-color-text-brand)" />
  </svg>
  <sugam-text-field label="Full name" value="Asha Devi"></sugam-text-field>
  <div><sugam-button>Apply</sugam-button></div>
</article>`;

const meta: Meta<Args> = {
  title: 'Page chrome/Accessibility toolbar',
  component: 'sugam-a11y-toolbar',
  args: { variant: 'panel', shortcut: 'Alt+Shift+A' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['panel', 'inline'] },
    shortcut: { control: 'text' },
  },
  render: (args) =>
    html`<div style="display: grid; gap: 16px">
      <div>
        <sugam-a11y-toolbar
          variant=${args.variant}
          shortcut=${ifDefined(args.shortcut || undefined)}
        ></sugam-a11y-toolbar>
      </div>
      ${sample}
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * The button opens the panel beside the page (Alt+Shift+A here); Escape closes it and returns focus. Settings apply
 * at once to the whole page, components included, and are kept for the next visit (Reset all forgets them).
 */
export const Playground: Story = {};

/** Every control in the page, for an accessibility page or a settings screen. */
export const Inline: Story = {
  args: { variant: 'inline', shortcut: '' },
  render: () =>
    html`<div style="display: grid; gap: 24px; max-inline-size: 40rem">
      <sugam-a11y-toolbar variant="inline"></sugam-a11y-toolbar>
      ${sample}
    </div>`,
};

/** The panel, open. */
export const Open: Story = {
  render: () => html`<sugam-a11y-toolbar open></sugam-a11y-toolbar>${sample}`,
};
