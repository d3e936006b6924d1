import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, svg } from 'lit';
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

/**
 * A made-up department's logo, drawn with currentColor so it follows the text colour (white on the dark footer).
 * It is a placeholder: the State Emblem of India may only be used as the State Emblem of India (Prohibition of
 * Improper Use) Act, 2005 allows; a real ministry puts its emblem image here with alt="State Emblem of India".
 */
const logo = (slot: string) =>
  html`<svg
    slot=${slot}
    role="img"
    aria-label="Department of Citizen Services logo"
    viewBox="0 0 48 48"
    width="48"
    height="48"
  >
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

const services = [
  {
    heading: 'Birth and death certificates',
    text: 'Apply for, correct or download a certificate.',
    href: '#certificates',
  },
  {
    heading: 'Track your application',
    text: 'See where your application is with its reference number.',
    href: '#track',
  },
  {
    heading: 'Grievance redressal',
    text: 'Tell us about a problem with a service and follow it up.',
    href: '#grievance',
  },
  { heading: 'Right to Information', text: 'Ask for information held by the department.', href: '#rti' },
];

const section = 'display: grid; gap: var(--sugam-space-200, 16px)';
const heading = 'margin: 0; font-size: var(--sugam-font-size-heading-lg, 1.5rem)';

const meta: Meta = {
  title: 'Pages/Ministry home page',
  parameters: { layout: 'fullscreen' },
  render: () => html`
    <sugam-header
      name-primary="नागरिक सेवा विभाग"
      lang-primary="hi"
      name-secondary="Department of Citizen Services"
      lang-secondary="en"
      lineage="Ministry of Public Administration, Government of India"
      home-href="#home"
      search-action="#search"
    >
      <sugam-identity-bar slot="top">
        <sugam-skip-link slot="skip-link" href="#main-content"></sugam-skip-link>
        <sugam-a11y-toolbar slot="a11y-trigger"></sugam-a11y-toolbar>
        <sugam-language-switcher slot="language" locales="en,hi,ta,ur"></sugam-language-switcher>
      </sugam-identity-bar>
      ${logo('logo')}
      <sugam-nav-item href="#home" label="Home" lang="en" current></sugam-nav-item>
      <sugam-nav-item label="About us" lang="en">
        <sugam-nav-item href="#about" label="Who we are"></sugam-nav-item>
        <sugam-nav-item href="#functions" label="Functions and duties"></sugam-nav-item>
        <sugam-nav-item href="#organisation" label="Organisation chart"></sugam-nav-item>
      </sugam-nav-item>
      <sugam-nav-item href="#services" label="Services" lang="en"></sugam-nav-item>
      <sugam-nav-item href="#notices" label="Notices" lang="en"></sugam-nav-item>
      <sugam-nav-item href="#contact" label="Contact us" lang="en"></sugam-nav-item>
    </sugam-header>

    <div
      id="main-content"
      tabindex="-1"
      ${mainLandmark}
      style="display: grid; gap: var(--sugam-space-500, 40px); max-inline-size: 75rem; margin-inline: auto;
        padding: var(--sugam-space-400, 32px) var(--sugam-space-200, 16px); outline: none"
    >
      <div style="display: grid; gap: var(--sugam-space-100, 8px)">
        <h1
          lang="en"
          dir="ltr"
          style="margin: 0; font-size: var(--sugam-font-size-heading-xl, 2rem);
            line-height: var(--sugam-line-height-heading, 1.3)"
        >
          <span lang="hi">नागरिक सेवा विभाग</span><br />
          Department of Citizen Services
        </h1>
        <p lang="en" dir="ltr" style="margin: 0">Certificates, grievances and information for every citizen, online.</p>
      </div>

      <sugam-alert variant="info">
        <span lang="en" dir="ltr">Applications for corrected birth certificates now take 7 working days.</span>
        <sugam-link href="#notices"><span lang="en" dir="ltr">All notices</span></sugam-link>
      </sugam-alert>

      <section aria-labelledby="about-heading" style=${section}>
        <h2 id="about-heading" lang="en" dir="ltr" style=${heading}>About the department</h2>
        <p lang="en" dir="ltr" style="margin: 0; max-inline-size: 65ch">
          The department issues civil registration certificates, answers grievances about public services and publishes
          information under the Right to Information Act.
        </p>
        <p lang="hi" dir="ltr" style="margin: 0; max-inline-size: 65ch">
          विभाग जन्म और मृत्यु प्रमाण पत्र जारी करता है, सार्वजनिक सेवाओं से जुड़ी शिकायतों का समाधान करता है और सूचना का अधिकार अधिनियम
          के अंतर्गत जानकारी प्रकाशित करता है।
        </p>
        <p style="margin: 0">
          <sugam-link href="#about" standalone><span lang="en" dir="ltr">More about the department</span></sugam-link>
        </p>
      </section>

      <section id="services" aria-labelledby="services-heading" style=${section}>
        <h2 id="services-heading" lang="en" dir="ltr" style=${heading}>Services</h2>
        <div
          style="display: grid; gap: var(--sugam-space-200, 16px);
            grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr))"
        >
          ${services.map(
            (service) =>
              html`<sugam-card variant="outline" lang="en" dir="ltr" heading=${service.heading} href=${service.href}>
                ${service.text}
              </sugam-card>`,
          )}
        </div>
      </section>

      <section id="contact" aria-labelledby="contact-heading" style=${section}>
        <h2 id="contact-heading" lang="en" dir="ltr" style=${heading}>Contact us</h2>
        <address lang="en" dir="ltr" style="font-style: normal">
          Department of Citizen Services<br />
          Sector 10, Dwarka, New Delhi 110075<br />
          Helpline: <sugam-link href="tel:+911800000000">1800 000 000</sugam-link> (toll free, 9:00 to 18:00)<br />
          Email: <sugam-link href="mailto:help@example.gov.in">help@example.gov.in</sugam-link>
        </address>
        <div style="display: flex; flex-wrap: wrap; gap: var(--sugam-space-150, 12px)">
          <sugam-button href="#feedback"><span lang="en" dir="ltr">Give feedback</span></sugam-button>
          <sugam-button href="#grievance" variant="outline"
            ><span lang="en" dir="ltr">Report a problem</span></sugam-button
          >
        </div>
        <p style="margin: 0">
          <sugam-link href="https://www.india.gov.in" external>
            <span lang="en" dir="ltr">National Portal of India</span>
          </sugam-link>
        </p>
      </section>
    </div>

    <sugam-footer
      owner="Department of Citizen Services"
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
      ${logo('emblem')}
      <span slot="lineage">
        <span lang="hi" dir="ltr">नागरिक सेवा विभाग, लोक प्रशासन मंत्रालय, भारत सरकार</span><br />
        <span lang="en" dir="ltr"
          >Department of Citizen Services, Ministry of Public Administration, Government of India</span
        >
      </span>
      <sugam-link slot="links" href="https://www.india.gov.in" external>
        <span lang="en" dir="ltr">National Portal of India</span>
      </sugam-link>
    </sugam-footer>
  `,
};
export default meta;
type Story = StoryObj;

/**
 * A ministry's home page built only from Sugam parts, with what GIGW 3.0 asks of a home page: the department's
 * name in Hindi and English, its logo (a placeholder: a real site uses the State Emblem with alt text), About,
 * Services, Contact us, Feedback, a link to the National Portal, search (in the header) and a sitemap link, terms
 * and the other policies, and a footer with the last-updated date. Component texts follow the toolbar's language;
 * the sample content stays in English and Hindi, each marked with `lang` (and `dir="ltr"`, so it reads right on an
 * Urdu page). Tab once for the skip link.
 */
export const MinistryHomePage: Story = { name: 'Ministry home page' };
