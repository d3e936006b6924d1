import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@sugam/components/identity-bar';
import '@sugam/components/skip-link';
import '@sugam/components/button';

interface Args {
  governmentHref: string;
  noTextSize: boolean;
  noA11yButton: boolean;
}

const meta: Meta<Args> = {
  title: 'Page chrome/Identity bar',
  component: 'sugam-identity-bar',
  args: { governmentHref: 'https://www.india.gov.in/', noTextSize: false, noA11yButton: false },
  render: (args) =>
    html`<sugam-identity-bar
        government-href=${args.governmentHref}
        ?no-text-size=${args.noTextSize}
        ?no-a11y-button=${args.noA11yButton}
      >
        <sugam-skip-link slot="skip-link" href="#story-content"></sugam-skip-link>
        <a slot="language" href="#hindi" lang="hi" hreflang="hi">हिन्दी</a>
      </sugam-identity-bar>
      <p id="story-content" style="padding-inline: 16px">Page content</p>`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * Tab once for the skip link. A− / A / A+ change every Sugam text size on the page (saved for the next visit);
 * "Accessibility options" opens `<sugam-a11y-toolbar>` when the page has one.
 */
export const Playground: Story = {};

/** The text-size buttons scale text inside every component, like this button. */
export const TextSize: Story = {
  render: () =>
    html`<sugam-identity-bar no-a11y-button></sugam-identity-bar>
      <div style="display: grid; gap: 8px; padding: 16px; justify-items: start">
        <p style="margin: 0; font-size: var(--sugam-font-size-md)">Body text follows the text size.</p>
        <sugam-button>Apply now</sugam-button>
      </div>`,
};

/** Only the Government of India link and the language link, for a page whose toolbar has the other controls. */
export const Minimal: Story = {
  args: { noTextSize: true, noA11yButton: true },
};

/**
 * At 320 px (any bar narrower than 36rem) the bar takes two lines: the Government of India link and the text size,
 * then "Accessibility options" by its icon alone (its name stays for screen readers) and the language. Nothing is
 * cut off or scrolls sideways.
 */
export const Narrow: Story = {
  render: (args) => html`<div style="max-inline-size: 320px">${meta.render!(args, {} as never)}</div>`,
};
