import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@sugam/components/tabs';
import type { SugamTabs } from '@sugam/components/tabs';
import { EN, sampleArg, samples } from './fixtures/samples.js';

type Args = Pick<SugamTabs, 'variant' | 'orientation' | 'activation' | 'label'>;

/** The tabs and their panels, in the story's language. */
const content = (locale: unknown, disabled?: string) => {
  const s = samples(String(locale ?? 'en'));
  const sections = [
    ['overview', s.overview, s.overviewText],
    ['documents', s.documents, s.documentsText],
    ['fees', s.fees, s.feesText],
    ['status', s.status, s.trackApplication],
  ] as const;
  return html`${sections.map(
    ([name, title]) => html`<sugam-tab panel=${name} ?disabled=${name === disabled}>${title}</sugam-tab>`,
  )}${sections.map(([name, , text]) => html`<sugam-tab-panel name=${name}><p>${text}</p></sugam-tab-panel>`)}`;
};

const meta: Meta<Args> = {
  title: 'Navigation/Tabs',
  component: 'sugam-tabs',
  args: { variant: 'underline', orientation: 'horizontal', activation: 'automatic', label: EN.rationCard },
  argTypes: {
    variant: { control: 'inline-radio', options: ['underline', 'pill'] },
    orientation: { control: 'inline-radio', options: ['horizontal', 'vertical'] },
    activation: { control: 'inline-radio', options: ['automatic', 'manual'] },
  },
  render: (args, { globals }) =>
    html`<sugam-tabs
      variant=${args.variant}
      orientation=${args.orientation}
      activation=${args.activation}
      label=${sampleArg(args.label, 'rationCard', globals.locale) ?? ''}
      >${content(globals.locale)}</sugam-tabs
    >`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * Tab moves into the tab list (to the selected tab) and on into the panel. Left/Right Arrow move between tabs
 * (mirrored in right-to-left languages), Home/End go to the first/last; disabled tabs are skipped.
 */
export const Playground: Story = {};

export const Underline: Story = {
  render: (_args, { globals }) =>
    html`<sugam-tabs label=${samples(globals.locale).rationCard}>${content(globals.locale)}</sugam-tabs>`,
};

export const Pill: Story = {
  render: (_args, { globals }) =>
    html`<sugam-tabs variant="pill" label=${samples(globals.locale).rationCard}
      >${content(globals.locale)}</sugam-tabs
    >`,
};

/** Up/Down Arrow move between vertical tabs. In a narrow container the tabs go above the panels. */
export const Vertical: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 32px">
      <sugam-tabs orientation="vertical" label=${s.rationCard}>${content(globals.locale)}</sugam-tabs>
      <sugam-tabs orientation="vertical" variant="pill" label=${s.rationCard}>${content(globals.locale)}</sugam-tabs>
    </div>`;
  },
};

/** Arrow keys only move focus; Enter or Space shows the focused tab. */
export const ManualActivation: Story = {
  render: (_args, { globals }) =>
    html`<sugam-tabs activation="manual" label=${samples(globals.locale).rationCard}
      >${content(globals.locale)}</sugam-tabs
    >`,
};

/** A disabled tab is skipped by the arrow keys and cannot be selected. */
export const DisabledTab: Story = {
  render: (_args, { globals }) =>
    html`<sugam-tabs label=${samples(globals.locale).rationCard} active="documents"
      >${content(globals.locale, 'fees')}</sugam-tabs
    >`,
};

/**
 * More tabs than fit: the tab list scrolls sideways, the focused tab is scrolled into view, and a "More" menu at the
 * end lists the tabs out of view (choosing one shows and focuses it). Narrow the window to see the list change.
 */
export const Overflow: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    const names = [
      s.overview,
      s.eligibility,
      s.documents,
      s.howToApply,
      s.fees,
      s.status,
      s.schemes,
      s.certificates,
      s.contactUs,
    ];
    return html`<sugam-tabs label=${s.services}>
      ${names.map((name) => html`<sugam-tab>${name}</sugam-tab>`)}
      ${names.map((name) => html`<sugam-tab-panel><p>${name}</p></sugam-tab-panel>`)}
    </sugam-tabs>`;
  },
};
