import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@sugam/components/skip-link';

interface Args {
  href: string;
  text: string;
}

const meta: Meta<Args> = {
  title: 'Page chrome/Skip link',
  component: 'sugam-skip-link',
  args: { href: '#story-content', text: '' },
  argTypes: {
    text: { control: 'text', description: 'Own link text (empty: the localized "Skip to main content")' },
  },
  render: (args) =>
    html`<div>
      <p>Press Tab: the skip link appears at the top of the window. Press Enter: focus moves to the content.</p>
      <sugam-skip-link href=${args.href}>${args.text || ''}</sugam-skip-link>
      <p><a href="#story-top">A link in the header</a></p>
      <div id="story-content" style="padding-block: 16px">
        <h2 style="margin: 0">Main content</h2>
        <p><a href="#story-content">First link of the content</a></p>
      </div>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Put it first in the page (or in the `skip-link` slot of the identity bar). */
export const Playground: Story = {};

/** Without `href`, or when the id does not exist, it goes to the page's `<main>` landmark. */
export const OwnText: Story = {
  args: { text: 'Skip to the application form' },
};

/**
 * Shown as it looks while focused (it is hidden otherwise). The box here has a transform, so the link's fixed
 * position is drawn inside it rather than at the top of the window.
 */
export const Focused: Story = {
  render: (args, context) => {
    // Focused after rendering (not on the docs page, where it would take the focus from the reader).
    if (context.viewMode !== 'docs')
      requestAnimationFrame(() => document.querySelector<HTMLElement>('#focused-demo sugam-skip-link')?.focus());
    return html`<div id="focused-demo" style="min-block-size: 96px; transform: translateZ(0)">
      <sugam-skip-link href=${args.href}></sugam-skip-link>
      <div id="story-content" style="padding-block-start: 64px">Main content</div>
    </div>`;
  },
};
