import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@sugam/components/card';
import '@sugam/components/button';
import { CARD_ORIENTATIONS, CARD_VARIANTS, type SugamCard } from '@sugam/components/card';
import { EN, sampleArg, samples } from './fixtures/samples.js';

type Args = Pick<SugamCard, 'variant' | 'orientation' | 'heading' | 'href'> & { body: string };

/** A picture drawn inline, so the stories never need the network. */
const picture = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 90"><rect width="160" height="90" fill="#dcd4ff"/><circle cx="120" cy="28" r="12" fill="#ffa827"/><path d="M0 90 50 40l30 30 20-18 60 38z" fill="#4a2bc2"/></svg>',
)}`;

/** A small label in the `tag` slot. */
const tag = (text: string) =>
  html`<span
    slot="tag"
    style="display: inline-block; padding: 0 8px; border-radius: 999px; background: var(--sugam-color-surface-brand-subtle); color: var(--sugam-color-text-brand); font-size: 0.875rem"
    >${text}</span
  >`;

const meta: Meta<Args> = {
  title: 'Data display/Card',
  component: 'sugam-card',
  args: {
    variant: 'solid',
    orientation: 'vertical',
    heading: EN.rationCard,
    body: EN.overviewText,
  },
  argTypes: {
    variant: { control: 'inline-radio', options: [...CARD_VARIANTS] },
    orientation: { control: 'inline-radio', options: [...CARD_ORIENTATIONS] },
    body: { control: 'text', description: 'Text in the default slot' },
  },
  render: (args, { globals }) =>
    html`<sugam-card
      style="max-inline-size: 40rem"
      variant=${args.variant}
      orientation=${args.orientation}
      heading=${ifDefined(sampleArg(args.heading, 'rationCard', globals.locale))}
      href=${ifDefined(args.href)}
    >
      <img slot="image" src=${picture} alt="" />
      ${tag(samples(globals.locale).newLabel)}
      <p>${sampleArg(args.body, 'overviewText', globals.locale)}</p>
    </sugam-card>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

/** Solid (raised) and outline, side by side. */
export const Variants: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div
      style="display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr))"
    >
      ${CARD_VARIANTS.map(
        (variant) =>
          html`<sugam-card variant=${variant} heading=${s.pension}>
            <img slot="image" src=${picture} alt="" />
            ${tag(s.schemes)}
            <p>${s.pensionText}</p>
            <sugam-button slot="footer" variant="outline" size="sm">${s.eligibility}</sugam-button>
          </sugam-card>`,
      )}
    </div>`;
  },
};

/** The picture at the start; below 30rem of width the card stacks again. */
export const Horizontal: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<sugam-card orientation="horizontal" heading=${s.birthCertificate} style="max-inline-size: 44rem">
      <img slot="image" src=${picture} alt="" />
      ${tag(s.newLabel)}
      <p>${s.trackApplication}</p>
      <sugam-button slot="footer" size="sm">${s.apply}</sugam-button>
    </sugam-card>`;
  },
};

/**
 * The heading is the one link; the whole card is clickable through a stretched area and shows one focus ring.
 * The footer's button stays separately clickable.
 */
export const WholeCardLink: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div
      style="display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr))"
    >
      <sugam-card heading=${s.birthCertificate} href="#birth">
        <img slot="image" src=${picture} alt="" />
        <p>${s.applyOnline}</p>
      </sugam-card>
      <sugam-card variant="outline" heading=${s.rationCard} href="#ration-card">
        ${tag(s.schemes)}
        <p>${s.overviewText}</p>
        <sugam-button slot="footer" variant="text" size="sm">${s.fees}</sugam-button>
      </sugam-card>
    </div>`;
  },
};

/** A heading element in the `heading` slot, for a heading that needs markup. */
export const SlottedHeading: Story = {
  render: (_args, { globals }) =>
    html`<sugam-card variant="outline" style="max-inline-size: 24rem">
      <h3 slot="heading">${samples(globals.locale).contactUs}</h3>
      <p>1800-11-0001</p>
    </sugam-card>`,
};
