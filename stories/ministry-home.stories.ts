import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, svg } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '@sugam/components/a11y-toolbar';
import '@sugam/components/alert';
import '@sugam/components/button';
import '@sugam/components/card';
import '@sugam/components/footer';
import '@sugam/components/header';
import '@sugam/components/identity-bar';
import '@sugam/components/language-switcher';
import '@sugam/components/link';
import '@sugam/components/skip-link';
import { MINISTRY_HOME_CONTENT, type MinistryHomeContent } from './fixtures/ministry-home-content.js';

/**
 * A made-up department's logo, drawn with currentColor so it follows the text colour (white on the dark footer).
 * It is a placeholder: the State Emblem of India may only be used as the State Emblem of India (Prohibition of
 * Improper Use) Act, 2005 allows; a real ministry puts its emblem image here with alt="State Emblem of India".
 */
const logo = (slot: string, label: string) =>
  html`<svg slot=${slot} role="img" aria-label=${label} viewBox="0 0 48 48" width="48" height="48">
    ${svg`<circle cx="24" cy="24" r="21" fill="none" stroke="currentColor" stroke-width="3" />
    <circle cx="24" cy="24" r="5" fill="currentColor" />
    <path d="M24 7v9M24 32v9M7 24h9M32 24h9M12 12l6.4 6.4M29.6 29.6 36 36M36 12l-6.4 6.4M18.4 29.6 12 36"
      stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />`}
  </svg>`;

/**
 * The page's main landmark. Storybook renders a story in a `<div>`, where this region becomes `role="main"`; the
 * catalogue's conformance sweep renders every story inside a `<main>` of its own, where a second, nested main
 * landmark would be wrong, so the role is only added when no main landmark encloses the page.
 */
const mainLandmark = ref((element) => {
  if (!(element instanceof HTMLElement)) return;
  const apply = () => {
    if (!element.isConnected) return void requestAnimationFrame(apply);
    if (!element.parentElement?.closest('main, [role="main"]')) element.setAttribute('role', 'main');
  };
  queueMicrotask(apply);
});

/** Where the four service cards lead, in the order of `MinistryHomeContent.services`. */
const serviceLinks = ['#certificates', '#track', '#grievance', '#rti'];

/**
 * The sample content for the catalogue's language (English when it has none) and the `lang` of that content: the
 * locale itself, or the locale whose text an entry explicitly falls back to.
 */
function contentFor(locale: unknown): { content: MinistryHomeContent; lang: string } {
  const code = typeof locale === 'string' && locale in MINISTRY_HOME_CONTENT ? locale : 'en';
  const content = MINISTRY_HOME_CONTENT[code]!;
  return { content, lang: content.fallback ?? code };
}

const en = MINISTRY_HOME_CONTENT.en!;
const hi = MINISTRY_HOME_CONTENT.hi!;

const section = 'display: grid; gap: var(--sugam-space-200, 16px)';
const heading = 'margin: 0; font-size: var(--sugam-font-size-heading-lg, 1.5rem)';

const meta: Meta = {
  title: 'Pages/Ministry home page',
  parameters: { layout: 'fullscreen' },
  render: (_args, context) => {
    const { content: c, lang } = contentFor(context.globals.locale);
    // The department's name in two languages: the page's language first and English second; an English page
    // shows Hindi first, as GIGW's bilingual identity asks.
    const primary = lang === 'en' ? { name: hi.department, lang: 'hi' } : { name: c.department, lang };
    const primaryFullName = lang === 'en' ? hi.fullName : c.fullName;
    // The switcher lists the catalogue's current language too, so that it is the checked item.
    const locales = [...new Set(['en', 'hi', 'ta', 'ur', lang])].join(',');
    return html`
      <sugam-header
        name-primary=${primary.name}
        lang-primary=${primary.lang}
        name-secondary=${en.department}
        lang-secondary="en"
        lineage=${c.lineage}
        home-href="#home"
        search-action="#search"
      >
        <sugam-identity-bar slot="top">
          <sugam-skip-link slot="skip-link" href="#main-content"></sugam-skip-link>
          <sugam-a11y-toolbar slot="a11y-trigger"></sugam-a11y-toolbar>
          <sugam-language-switcher slot="language" locales=${locales}></sugam-language-switcher>
        </sugam-identity-bar>
        ${logo('logo', c.logoLabel)}
        <sugam-nav-item href="#home" label=${c.nav.home} lang=${lang} current></sugam-nav-item>
        <sugam-nav-item label=${c.nav.about} lang=${lang}>
          <sugam-nav-item href="#about" label=${c.nav.whoWeAre}></sugam-nav-item>
          <sugam-nav-item href="#functions" label=${c.nav.functions}></sugam-nav-item>
          <sugam-nav-item href="#organisation" label=${c.nav.organisation}></sugam-nav-item>
        </sugam-nav-item>
        <sugam-nav-item href="#services" label=${c.nav.services} lang=${lang}></sugam-nav-item>
        <sugam-nav-item href="#notices" label=${c.nav.notices} lang=${lang}></sugam-nav-item>
        <sugam-nav-item href="#contact" label=${c.nav.contact} lang=${lang}></sugam-nav-item>
      </sugam-header>

      <div
        id="main-content"
        lang=${lang}
        tabindex="-1"
        ${mainLandmark}
        style="display: grid; gap: var(--sugam-space-500, 40px); max-inline-size: 75rem; margin-inline: auto;
          padding: var(--sugam-space-400, 32px) var(--sugam-space-200, 16px); outline: none"
      >
        <div style="display: grid; gap: var(--sugam-space-100, 8px)">
          <h1
            style="margin: 0; font-size: var(--sugam-font-size-heading-xl, 2rem);
              line-height: var(--sugam-line-height-heading, 1.3)"
          >
            <!-- A block each, so that each line takes the line height of its own script (Nastaliq's is tall); the
              English one keeps the page's direction (aligned to its start edge) and isolates its text as ltr. -->
            <span lang=${primary.lang} style="display: block">${primary.name}</span>
            <span lang="en" style="display: block"><span dir="ltr">${en.department}</span></span>
          </h1>
          <p style="margin: 0">${c.tagline}</p>
        </div>

        <sugam-alert variant="info">
          <span>${c.notice}</span>
          <sugam-link href="#notices"><span>${c.allNotices}</span></sugam-link>
        </sugam-alert>

        <section aria-labelledby="about-heading" style=${section}>
          <h2 id="about-heading" style=${heading}>${c.aboutHeading}</h2>
          <p style="margin: 0; max-inline-size: 65ch">${c.about}</p>
          ${lang === 'en' ? html`<p lang="hi" style="margin: 0; max-inline-size: 65ch">${hi.about}</p>` : nothing}
          <p style="margin: 0">
            <sugam-link href="#about" standalone><span>${c.aboutMore}</span></sugam-link>
          </p>
        </section>

        <section id="services" aria-labelledby="services-heading" style=${section}>
          <h2 id="services-heading" style=${heading}>${c.servicesHeading}</h2>
          <div
            style="display: grid; gap: var(--sugam-space-200, 16px);
              grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr))"
          >
            ${c.services.map(
              (service, i) =>
                html`<sugam-card variant="outline" heading=${service.heading} href=${serviceLinks[i]!}>
                  ${service.text}
                </sugam-card>`,
            )}
          </div>
        </section>

        <section id="contact" aria-labelledby="contact-heading" style=${section}>
          <h2 id="contact-heading" style=${heading}>${c.contactHeading}</h2>
          <address style="font-style: normal">
            ${c.department}<br />
            ${c.address}<br />
            ${c.helpline} <sugam-link href="tel:+911800000000" dir="ltr">1800 000 000</sugam-link> ${c.hours}<br />
            ${c.email} <sugam-link href="mailto:help@example.gov.in" dir="ltr">help@example.gov.in</sugam-link>
          </address>
          <div style="display: flex; flex-wrap: wrap; gap: var(--sugam-space-150, 12px)">
            <sugam-button href="#feedback"><span>${c.feedback}</span></sugam-button>
            <sugam-button href="#grievance" variant="outline"><span>${c.reportProblem}</span></sugam-button>
          </div>
          <p style="margin: 0">
            <sugam-link href="https://www.india.gov.in" external><span>${c.nationalPortal}</span></sugam-link>
          </p>
        </section>
      </div>

      <sugam-footer
        owner=${c.department}
        owner-lang=${lang}
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
        ${logo('emblem', c.logoLabel)}
        <span slot="lineage" style="display: block">
          <span lang=${primary.lang} style="display: block">${primaryFullName}</span>
          <span lang="en" style="display: block"><span dir="ltr">${en.fullName}</span></span>
        </span>
        <sugam-link slot="links" href="https://www.india.gov.in" external>
          <span lang=${lang}>${c.nationalPortal}</span>
        </sugam-link>
      </sugam-footer>
    `;
  },
};
export default meta;
type Story = StoryObj;

/**
 * A ministry's home page built only from Sugam parts, with what GIGW 3.0 asks of a home page: the department's
 * name in two languages (the page's and English; Hindi and English on an English page), its logo (a placeholder: a
 * real site uses the State Emblem with alt text), About, Services, Contact us, Feedback, a link to the National
 * Portal, search (in the header) and a sitemap link, terms and the other policies, and a footer with the
 * last-updated date. The whole page follows the toolbar's language: the components' own texts and the sample
 * content (stories/fixtures/ministry-home-content.ts, draft translations except English), each part marked with its
 * `lang`. Tab once for the skip link.
 */
export const MinistryHomePage: Story = { name: 'Ministry home page' };
