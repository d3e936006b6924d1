import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@sugam/components/card';
import '@sugam/components/button';
import { CARD_ORIENTATIONS, CARD_VARIANTS, type SugamCard } from '@sugam/components/card';

type Args = Pick<SugamCard, 'variant' | 'orientation' | 'heading' | 'href'> & { body: string };

/** A picture drawn inline, so the stories never need the network. */
const picture = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 90"><rect width="160" height="90" fill="#dcd4ff"/><circle cx="120" cy="28" r="12" fill="#ffa827"/><path d="M0 90 50 40l30 30 20-18 60 38z" fill="#4a2bc2"/></svg>',
)}`;

const tag = html`<span
  slot="tag"
  style="display: inline-block; padding: 0 8px; border-radius: 999px; background: var(--sugam-color-surface-brand-subtle); color: var(--sugam-color-text-brand); font-size: 0.875rem"
  >Scheme</span
>`;

const meta: Meta<Args> = {
  title: 'Data display/Card',
  component: 'sugam-card',
  args: {
    variant: 'solid',
    orientation: 'vertical',
    heading: 'Apply for a ration card',
    body: 'Get subsidised food grains for your family.',
  },
  argTypes: {
    variant: { control: 'inline-radio', options: [...CARD_VARIANTS] },
    orientation: { control: 'inline-radio', options: [...CARD_ORIENTATIONS] },
    body: { control: 'text', description: 'Text in the default slot' },
  },
  render: (args) =>
    html`<sugam-card
      style="max-inline-size: 40rem"
      variant=${args.variant}
      orientation=${args.orientation}
      heading=${ifDefined(args.heading)}
      href=${ifDefined(args.href)}
    >
      <img slot="image" src=${picture} alt="" />
      ${tag}
      <p>${args.body}</p>
    </sugam-card>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

/** Solid (raised) and outline, side by side. */
export const Variants: Story = {
  render: () =>
    html`<div style="display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr))">
      ${CARD_VARIANTS.map(
        (variant) =>
          html`<sugam-card variant=${variant} heading=${`Pension (${variant})`}>
            <img slot="image" src=${picture} alt="" />
            ${tag}
            <p>Old age pension for citizens above 60.</p>
            <sugam-button slot="footer" variant="outline" size="sm">Check eligibility</sugam-button>
          </sugam-card>`,
      )}
    </div>`,
};

/** The picture at the start; below 30rem of width the card stacks again. */
export const Horizontal: Story = {
  render: () =>
    html`<sugam-card orientation="horizontal" heading="Scholarships for students" style="max-inline-size: 44rem">
      <img slot="image" src=${picture} alt="" />
      ${tag}
      <p>Central and state scholarships in one place.</p>
      <sugam-button slot="footer" size="sm">Apply</sugam-button>
    </sugam-card>`,
};

/**
 * The heading is the one link; the whole card is clickable through a stretched area and shows one focus ring.
 * The footer's button stays separately clickable.
 */
export const WholeCardLink: Story = {
  render: () =>
    html`<div style="display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr))">
      <sugam-card heading="Birth certificate" href="#birth">
        <img slot="image" src=${picture} alt="" />
        <p>Apply online and track your request.</p>
      </sugam-card>
      <sugam-card variant="outline" heading="Driving licence" href="#licence">
        ${tag}
        <p>Renew or apply for a new licence.</p>
        <sugam-button slot="footer" variant="text" size="sm">Fees</sugam-button>
      </sugam-card>
    </div>`,
};

/** A heading element in the `heading` slot, for a heading that needs markup. */
export const SlottedHeading: Story = {
  render: () =>
    html`<sugam-card variant="outline" style="max-inline-size: 24rem">
      <h3 slot="heading">Helpline</h3>
      <p>Call 1800-11-0001, Monday to Saturday.</p>
    </sugam-card>`,
};
