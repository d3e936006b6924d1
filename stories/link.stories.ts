import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@sugam/components/link';
import type { SugamLink } from '@sugam/components/link';
import { samples } from './fixtures/samples.js';

type Args = Pick<SugamLink, 'href' | 'external' | 'standalone' | 'download'> & { text: string };

const meta: Meta<Args> = {
  title: 'Components/Link',
  component: 'sugam-link',
  args: { text: 'Check your application status', href: '#status', external: false, standalone: false },
  argTypes: { text: { control: 'text', description: 'Text in the default slot' } },
  render: (args) =>
    html`<p style="margin: 0">
      Applied already?
      <sugam-link
        href=${ifDefined(args.href)}
        download=${ifDefined(args.download)}
        ?external=${args.external}
        ?standalone=${args.standalone}
        >${args.text}</sugam-link
      >.
    </p>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

/** Inline links are always underlined; standalone links (lists, footers) are bolder and underline on hover. */
export const InlineAndStandalone: Story = {
  render: () =>
    html`<div style="display: grid; gap: 16px; max-inline-size: 36rem">
      <p style="margin: 0">Read the <sugam-link href="#rules">rules for the scheme</sugam-link> before you apply.</p>
      <ul style="margin: 0; padding-inline-start: 1.25rem; display: grid; gap: 8px">
        <li><sugam-link standalone href="#about">About the ministry</sugam-link></li>
        <li><sugam-link standalone href="#contact">Contact us</sugam-link></li>
      </ul>
    </div>`,
};

/**
 * A new-tab link shows an icon and tells screen readers "(opens in a new tab)" in the page's language; a download
 * link says "(downloads a file)".
 */
export const ExternalAndDownload: Story = {
  render: (_args, { globals }) =>
    html`<ul style="margin: 0; padding-inline-start: 1.25rem; display: grid; gap: 8px">
      <li>
        <sugam-link external href="https://www.india.gov.in/">${samples(globals.locale).nationalPortal}</sugam-link>
      </li>
      <li><sugam-link download="form-12.pdf" href="#form">Form 12 (PDF, 120 KB)</sugam-link></li>
    </ul>`,
};

/** Visited, hover and focus each look different; in forced colours the system's link colours apply. */
export const States: Story = {
  render: () =>
    html`<p style="margin: 0; display: flex; flex-wrap: wrap; gap: 16px">
      <sugam-link href="">This page (visited)</sugam-link>
      <sugam-link href="#unvisited-${Date.now()}">Not visited</sugam-link>
    </p>`,
};
