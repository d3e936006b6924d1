import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, svg } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@sugam/components/footer';
import '@sugam/components/link';
import type { SugamFooter } from '@sugam/components/footer';
import { EN, sampleArg, sampleLocale, samples } from './fixtures/samples.js';

type Args = Pick<
  SugamFooter,
  | 'variant'
  | 'owner'
  | 'ownerLang'
  | 'copyrightYear'
  | 'lastUpdated'
  | 'updatedLabel'
  | 'hyperlinkingHref'
  | 'privacyHref'
  | 'termsHref'
  | 'accessibilityHref'
  | 'helpHref'
  | 'sitemapHref'
  | 'feedbackHref'
  | 'contactHref'
>;

/** A made-up department's logo (a placeholder, not the State Emblem), drawn with currentColor. */
const logo = (name: string) =>
  html`<svg slot="emblem" role="img" aria-label=${name} viewBox="0 0 48 48" width="48" height="48">
    ${svg`<circle cx="24" cy="24" r="21" fill="none" stroke="currentColor" stroke-width="3" />
  <circle cx="24" cy="24" r="5" fill="currentColor" />
  <path d="M24 7v9M24 32v9M7 24h9M32 24h9M12 12l6.4 6.4M29.6 29.6 36 36M36 12l-6.4 6.4M18.4 29.6 12 36" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />`}
  </svg>`;

const lineage = html`<span slot="lineage">
  <span lang="hi" dir="ltr">नागरिक सेवा विभाग, भारत सरकार</span><br />
  <span lang="en" dir="ltr">Department of Citizen Services, Government of India</span>
</span>`;

/** Three columns of links in the story's language. */
const columns = (locale: unknown) => {
  const s = samples(String(locale ?? 'en'));
  const column = (heading: string, links: [string, string][]) =>
    html`<div>
      <h2 style="margin: 0 0 8px; font-size: 1rem">${heading}</h2>
      <ul style="margin: 0; padding: 0; list-style: none; display: grid; gap: 4px">
        ${links.map(([href, text]) => html`<li><sugam-link standalone href=${href}>${text}</sugam-link></li>`)}
      </ul>
    </div>`;
  return html`${column(s.aboutUs, [
    ['#overview', s.overview],
    ['#faq', s.faq],
  ])}
  ${column(s.services, [
    ['#certificates', s.certificates],
    ['#schemes', s.schemes],
  ])}
  ${column(s.contactUs, [['#feedback', s.feedback]])}`;
};

/** The owner in the story's language while the arg holds its English default (and its `owner-lang` with it). */
const owner = (args: Args, locale: unknown) => {
  const localized = args.owner === EN.departmentName;
  return {
    name: sampleArg(args.owner, 'departmentName', locale),
    lang: localized ? sampleLocale(String(locale ?? 'en')) : args.ownerLang,
  };
};

const meta: Meta<Args> = {
  title: 'Page chrome/Footer',
  component: 'sugam-footer',
  args: {
    variant: 'dark',
    owner: EN.departmentName,
    ownerLang: 'en',
    copyrightYear: 2026,
    lastUpdated: '2026-11-20',
    updatedLabel: 'updated',
    hyperlinkingHref: '#hyperlinking',
    privacyHref: '#privacy',
    termsHref: '#terms',
    accessibilityHref: '#accessibility',
    helpHref: '#help',
    sitemapHref: '#sitemap',
    feedbackHref: '#feedback',
    contactHref: '#contact',
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['dark', 'primary', 'light'] },
    updatedLabel: { control: 'inline-radio', options: ['updated', 'reviewed'] },
    lastUpdated: { name: 'updated (ISO date)', control: 'text' },
  },
  render: (args, { globals }) =>
    html`<sugam-footer
      variant=${args.variant}
      owner=${ifDefined(owner(args, globals.locale).name)}
      owner-lang=${ifDefined(owner(args, globals.locale).lang)}
      copyright-year=${ifDefined(args.copyrightYear)}
      updated=${ifDefined(args.lastUpdated)}
      updated-label=${args.updatedLabel}
      hyperlinking-href=${ifDefined(args.hyperlinkingHref || undefined)}
      privacy-href=${ifDefined(args.privacyHref || undefined)}
      terms-href=${ifDefined(args.termsHref || undefined)}
      accessibility-href=${ifDefined(args.accessibilityHref || undefined)}
      help-href=${ifDefined(args.helpHref || undefined)}
      sitemap-href=${ifDefined(args.sitemapHref || undefined)}
      feedback-href=${ifDefined(args.feedbackHref || undefined)}
      contact-href=${ifDefined(args.contactHref || undefined)}
    >
      ${logo(samples(globals.locale).departmentName)} ${lineage}
    </sugam-footer>`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * Every GIGW footer item: clear an `*-href` to hide its link. The link texts, the "last updated" date (with the
 * locale's month names and digits) and the ownership lines follow the page's language.
 */
export const Playground: Story = {};

/**
 * Dark (DBIM: the darkest shade of the site's colour group; the emblem turns white), primary and light. Switch
 * the brand in the toolbar to see each DBIM colour group. Each sits in a `<section>` here so the page keeps one
 * contentinfo landmark.
 */
export const Variants: Story = {
  render: (args, { globals }) =>
    html`<div style="display: grid; gap: 24px">
      ${(['dark', 'primary', 'light'] as const).map(
        (variant) =>
          html`<section>
            <sugam-footer
              variant=${variant}
              owner=${ifDefined(owner(args, globals.locale).name)}
              owner-lang=${ifDefined(owner(args, globals.locale).lang)}
              copyright-year="2026"
              updated="2026-11-20"
              privacy-href="#privacy"
              terms-href="#terms"
              accessibility-href="#accessibility"
              contact-href="#contact"
            >
              ${logo(samples(globals.locale).departmentName)} ${lineage}
            </sugam-footer>
          </section>`,
      )}
    </div>`,
};

/** Extra columns go in the default slot; they sit in a grid that becomes one column on a phone. */
export const WithColumns: Story = {
  render: (args, { globals }) =>
    html`<sugam-footer
      owner=${ifDefined(owner(args, globals.locale).name)}
      owner-lang=${ifDefined(owner(args, globals.locale).lang)}
      copyright-year="2026"
      updated="2026-11-20"
      hyperlinking-href="#hyperlinking"
      privacy-href="#privacy"
      terms-href="#terms"
      accessibility-href="#accessibility"
      help-href="#help"
      sitemap-href="#sitemap"
      feedback-href="#feedback"
      contact-href="#contact"
    >
      ${logo(samples(globals.locale).departmentName)} ${lineage} ${columns(globals.locale)}
      <sugam-link slot="links" href="#rti" lang="en" dir="ltr">RTI</sugam-link>
    </sugam-footer>`,
};

/** A "last reviewed" date instead of "last updated", on the light variant without emblem or lineage. */
export const Reviewed: Story = {
  render: (_args, { globals }) =>
    html`<sugam-footer
      variant="light"
      owner=${samples(globals.locale).departmentName}
      owner-lang=${sampleLocale(String(globals.locale ?? 'en'))}
      copyright-year="2026"
      updated="2026-01-26"
      updated-label="reviewed"
      privacy-href="#privacy"
      terms-href="#terms"
      sitemap-href="#sitemap"
    ></sugam-footer>`,
};
