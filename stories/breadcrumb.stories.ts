import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@sugam/components/breadcrumb';
import type { SugamBreadcrumb } from '@sugam/components/breadcrumb';
import { samples } from './fixtures/samples.js';

type Args = Pick<SugamBreadcrumb, 'label' | 'collapse'>;

/** Five levels in the story's language, from the home page to the current page. */
const items = (locale: unknown) => {
  const s = samples(String(locale ?? 'en'));
  return html`<sugam-breadcrumb-item href="#home">${s.home}</sugam-breadcrumb-item>
    <sugam-breadcrumb-item href="#services">${s.services}</sugam-breadcrumb-item>
    <sugam-breadcrumb-item href="#certificates">${s.certificates}</sugam-breadcrumb-item>
    <sugam-breadcrumb-item href="#birth">${s.birthCertificate}</sugam-breadcrumb-item>
    <sugam-breadcrumb-item>${s.applyOnline}</sugam-breadcrumb-item>`;
};

const meta: Meta<Args> = {
  title: 'Page chrome/Breadcrumb',
  component: 'sugam-breadcrumb',
  args: { collapse: 'auto' },
  argTypes: {
    collapse: { control: 'inline-radio', options: ['auto', 'always', 'never'] },
    label: { control: 'text' },
  },
  render: (args, { globals }) =>
    html`<sugam-breadcrumb label=${ifDefined(args.label || undefined)} collapse=${args.collapse}
      >${items(globals.locale)}</sugam-breadcrumb
    >`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * A `nav` named "Breadcrumb" in the page's language; the separators mirror in Urdu, Kashmiri and Sindhi. Narrow the
 * canvas below 36rem (576 px) to see the middle levels collapse.
 */
export const Playground: Story = {};

/** At 320 px the trail keeps the home page, the parent and the current page; "…" reveals the rest. */
export const Collapsed: Story = {
  render: (_args, { globals }) =>
    html`<div style="max-inline-size: 320px"><sugam-breadcrumb>${items(globals.locale)}</sugam-breadcrumb></div>`,
};

/** The current page may stay a link (`href` on the last item); it is still marked `aria-current="page"`. */
export const CurrentPageLinked: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<sugam-breadcrumb>
      <sugam-breadcrumb-item href="#home">${s.home}</sugam-breadcrumb-item>
      <sugam-breadcrumb-item href="#about">${s.aboutUs}</sugam-breadcrumb-item>
      <sugam-breadcrumb-item href="#contact">${s.contactUs}</sugam-breadcrumb-item>
    </sugam-breadcrumb>`;
  },
};

/** Level names in Hindi: each item carries its `lang`, kept on its link. */
export const Hindi: Story = {
  render: () =>
    html`<sugam-breadcrumb>
      <sugam-breadcrumb-item href="#home" lang="hi" dir="ltr">मुखपृष्ठ</sugam-breadcrumb-item>
      <sugam-breadcrumb-item href="#services" lang="hi" dir="ltr">सेवाएँ</sugam-breadcrumb-item>
      <sugam-breadcrumb-item href="#certificates" lang="hi" dir="ltr">प्रमाण पत्र</sugam-breadcrumb-item>
      <sugam-breadcrumb-item lang="hi" dir="ltr">जन्म प्रमाण पत्र के लिए आवेदन</sugam-breadcrumb-item>
    </sugam-breadcrumb>`,
};
