import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@sugam/components/side-nav';
import type { SugamSideNav } from '@sugam/components/side-nav';
import { EN, sampleArg, samples } from './fixtures/samples.js';

type Args = Pick<SugamSideNav, 'label'>;

const meta: Meta<Args> = {
  title: 'Page chrome/Side navigation',
  component: 'sugam-side-nav',
  args: { label: EN.services },
  render: (args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="max-inline-size: 20rem">
      <sugam-side-nav label=${sampleArg(args.label, 'services', globals.locale) ?? ''}>
        <sugam-side-nav-item href="#overview">${s.overview}</sugam-side-nav-item>
        <sugam-side-nav-group label=${s.certificates}>
          <sugam-side-nav-item href="#birth">${s.birthCertificate}</sugam-side-nav-item>
          <sugam-side-nav-group label=${s.howToApply}>
            <sugam-side-nav-item href="#eligibility">${s.eligibility}</sugam-side-nav-item>
            <sugam-side-nav-item href="#documents" current>${s.documents}</sugam-side-nav-item>
          </sugam-side-nav-group>
        </sugam-side-nav-group>
        <sugam-side-nav-group label=${s.schemes}>
          <sugam-side-nav-item href="#pension">${s.pension}</sugam-side-nav-item>
          <sugam-side-nav-item href="#ration-card">${s.rationCard}</sugam-side-nav-item>
        </sugam-side-nav-group>
        <sugam-side-nav-item href="#contact">${s.contactUs}</sugam-side-nav-item>
      </sugam-side-nav>
    </div>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/**
 * The groups holding the current page (Documents) are open; Enter or Space opens and closes a group. The
 * current page has a bar at the start edge and bold text (it does not rely on colour).
 */
export const Playground: Story = {};

/** A flat list of the pages of one section. */
export const Flat: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="max-inline-size: 20rem">
      <sugam-side-nav label=${s.aboutUs}>
        <sugam-side-nav-item href="#overview">${s.overview}</sugam-side-nav-item>
        <sugam-side-nav-item href="#services" current>${s.services}</sugam-side-nav-item>
        <sugam-side-nav-item href="#schemes">${s.schemes}</sugam-side-nav-item>
        <sugam-side-nav-item href="#faq">${s.faq}</sugam-side-nav-item>
      </sugam-side-nav>
    </div>`;
  },
};

/** Hindi page names, each marked with its `lang`. */
export const Hindi: Story = {
  render: () =>
    html`<div style="max-inline-size: 20rem">
      <sugam-side-nav label="सेवाएँ" lang="hi" dir="ltr">
        <sugam-side-nav-item href="#overview">अवलोकन</sugam-side-nav-item>
        <sugam-side-nav-group label="प्रमाण पत्र" open>
          <sugam-side-nav-item href="#birth" current>जन्म प्रमाण पत्र</sugam-side-nav-item>
          <sugam-side-nav-item href="#death">मृत्यु प्रमाण पत्र</sugam-side-nav-item>
        </sugam-side-nav-group>
        <sugam-side-nav-item href="#grievances">शिकायतें</sugam-side-nav-item>
      </sugam-side-nav>
    </div>`,
};
