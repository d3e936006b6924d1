import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, svg } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@sugam/components/footer';
import '@sugam/components/link';
import type { SugamFooter } from '@sugam/components/footer';

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
const logo = html`<svg
  slot="emblem"
  role="img"
  aria-label="Department of Citizen Services logo"
  viewBox="0 0 48 48"
  width="48"
  height="48"
>
  ${svg`<circle cx="24" cy="24" r="21" fill="none" stroke="currentColor" stroke-width="3" />
  <circle cx="24" cy="24" r="5" fill="currentColor" />
  <path d="M24 7v9M24 32v9M7 24h9M32 24h9M12 12l6.4 6.4M29.6 29.6 36 36M36 12l-6.4 6.4M18.4 29.6 12 36" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />`}
</svg>`;

const lineage = html`<span slot="lineage">
  <span lang="hi" dir="ltr">नागरिक सेवा विभाग, भारत सरकार</span><br />
  <span lang="en" dir="ltr">Department of Citizen Services, Government of India</span>
</span>`;

const columns = html`<div>
    <h2 lang="en" dir="ltr" style="margin: 0 0 8px; font-size: 1rem">About us</h2>
    <ul style="margin: 0; padding: 0; list-style: none; display: grid; gap: 4px">
      <li><sugam-link standalone href="#about" lang="en" dir="ltr">Who we are</sugam-link></li>
      <li><sugam-link standalone href="#rti" lang="en" dir="ltr">Right to Information</sugam-link></li>
    </ul>
  </div>
  <div>
    <h2 lang="en" dir="ltr" style="margin: 0 0 8px; font-size: 1rem">Services</h2>
    <ul style="margin: 0; padding: 0; list-style: none; display: grid; gap: 4px">
      <li><sugam-link standalone href="#certificates" lang="en" dir="ltr">Certificates</sugam-link></li>
      <li><sugam-link standalone href="#grievances" lang="en" dir="ltr">Grievances</sugam-link></li>
    </ul>
  </div>
  <div>
    <h2 lang="en" dir="ltr" style="margin: 0 0 8px; font-size: 1rem">Related sites</h2>
    <ul style="margin: 0; padding: 0; list-style: none; display: grid; gap: 4px">
      <li>
        <sugam-link standalone href="https://www.india.gov.in" lang="en" dir="ltr">National Portal of India</sugam-link>
      </li>
    </ul>
  </div>`;

const meta: Meta<Args> = {
  title: 'Page chrome/Footer',
  component: 'sugam-footer',
  args: {
    variant: 'dark',
    owner: 'Department of Citizen Services',
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
  render: (args) =>
    html`<sugam-footer
      variant=${args.variant}
      owner=${ifDefined(args.owner)}
      owner-lang=${ifDefined(args.ownerLang)}
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
      ${logo} ${lineage}
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
  render: (args) =>
    html`<div style="display: grid; gap: 24px">
      ${(['dark', 'primary', 'light'] as const).map(
        (variant) =>
          html`<section>
            <sugam-footer
              variant=${variant}
              owner=${ifDefined(args.owner)}
              owner-lang="en"
              copyright-year="2026"
              updated="2026-11-20"
              privacy-href="#privacy"
              terms-href="#terms"
              accessibility-href="#accessibility"
              contact-href="#contact"
            >
              ${logo} ${lineage}
            </sugam-footer>
          </section>`,
      )}
    </div>`,
};

/** Extra columns go in the default slot; they sit in a grid that becomes one column on a phone. */
export const WithColumns: Story = {
  render: (args) =>
    html`<sugam-footer
      owner=${ifDefined(args.owner)}
      owner-lang="en"
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
      ${logo} ${lineage} ${columns}
      <sugam-link slot="links" href="#rti" lang="en" dir="ltr">RTI</sugam-link>
    </sugam-footer>`,
};

/** A "last reviewed" date instead of "last updated", on the light variant without emblem or lineage. */
export const Reviewed: Story = {
  render: () =>
    html`<sugam-footer
      variant="light"
      owner="Department of Citizen Services"
      owner-lang="en"
      copyright-year="2026"
      updated="2026-01-26"
      updated-label="reviewed"
      privacy-href="#privacy"
      terms-href="#terms"
      sitemap-href="#sitemap"
    ></sugam-footer>`,
};
