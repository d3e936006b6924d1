import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@sugam/components/header';
import type { SugamHeader } from '@sugam/components/header';
import '@sugam/components/identity-bar';
import '@sugam/components/skip-link';
import { samples } from './fixtures/samples.js';

interface Args {
  namePrimary: string;
  langPrimary: string;
  nameSecondary: string;
  langSecondary: string;
  lineage: string;
  homeHref: string;
  searchAction: string;
  width: string;
}

/** A placeholder seal (not the State Emblem, whose use is restricted by law): it takes the text colour. */
const logo = html`<svg
  slot="logo"
  role="img"
  aria-label="Department logo"
  viewBox="0 0 48 48"
  width="48"
  height="48"
  fill="currentColor"
>
  <circle cx="24" cy="24" r="22" fill="none" stroke="currentColor" stroke-width="3" />
  <circle cx="24" cy="24" r="6" />
  <path
    d="M24 8v10M24 30v10M8 24h10M30 24h10M13 13l7 7M28 28l7 7M35 13l-7 7M20 28l-7 7"
    stroke="currentColor"
    stroke-width="2"
  />
</svg>`;

/** The main navigation, in the story's language. */
const navigation = (locale: unknown) => {
  const s = samples(String(locale ?? 'en'));
  return html`
    <sugam-nav-item href="#home" label=${s.home} current></sugam-nav-item>
    <sugam-nav-item label=${s.aboutUs}>
      <sugam-nav-item href="#overview" label=${s.overview}></sugam-nav-item>
      <sugam-nav-item href="#faq" label=${s.faq}></sugam-nav-item>
    </sugam-nav-item>
    <sugam-nav-item label=${s.schemes}>
      <sugam-nav-item href="#pension" label=${s.pension}></sugam-nav-item>
      <sugam-nav-item href="#ration-card" label=${s.rationCard}></sugam-nav-item>
    </sugam-nav-item>
    <sugam-nav-item href="#services" label=${s.services}></sugam-nav-item>
    <sugam-nav-item href="#contact" label=${s.contactUs}></sugam-nav-item>
  `;
};

const meta: Meta<Args> = {
  title: 'Page chrome/Header',
  component: 'sugam-header',
  args: {
    namePrimary: 'जल शक्ति मंत्रालय',
    langPrimary: 'hi',
    nameSecondary: 'Ministry of Jal Shakti',
    langSecondary: 'en',
    lineage: 'Government of India',
    homeHref: '#home',
    searchAction: '#search',
    width: '',
  },
  argTypes: {
    width: { control: 'text', description: 'Width of the story box (e.g. 360px) to see the narrow layout' },
  },
  render: (args, { globals }) =>
    html`<div style=${args.width ? `max-inline-size: ${args.width}` : ''}>
      <sugam-header
        name-primary=${args.namePrimary}
        lang-primary=${args.langPrimary}
        name-secondary=${args.nameSecondary}
        lang-secondary=${args.langSecondary}
        lineage=${args.lineage}
        home-href=${ifDefined(args.homeHref || undefined)}
        search-action=${ifDefined(args.searchAction || undefined)}
      >
        <sugam-identity-bar slot="top" no-a11y-button>
          <sugam-skip-link slot="skip-link" href="#story-content"></sugam-skip-link>
          <a slot="language" href="#english" lang="en" hreflang="en">English</a>
        </sugam-identity-bar>
        ${logo} ${navigation(globals.locale)}
      </sugam-header>
      <div id="story-content" style="padding: 16px">${samples(globals.locale).overviewText}</div>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * The whole GIGW header: top bar, logo, the department's name in Hindi and English (each with its own `lang`),
 * lineage, search and main navigation (in the toolbar's language). "About us" and "Schemes" are disclosure buttons:
 * Enter or Space opens, Escape closes.
 */
export const Playground: Story = {};

/** Under 48rem wide a "Menu" button shows and hides the navigation; sub-menus open in place. */
export const Mobile: Story = {
  args: { width: '360px' },
};

/** The mobile menu open, with a sub-menu open inside it. */
export const MobileOpen: Story = {
  args: { width: '360px' },
  render: (args, context) => {
    // Opened after rendering (not on the docs page, where several stories share one document).
    if (context.viewMode !== 'docs')
      requestAnimationFrame(async () => {
        const header = document.querySelector<SugamHeader>('#storybook-root sugam-header, sugam-header');
        await header?.updateComplete;
        header?.toggleMenu(true);
        header?.navItems[1]?.setOpen(true);
      });
    return meta.render!(args, context);
  },
};

/** A mega menu: child items that have children of their own become headed groups laid out in columns. */
export const MegaMenu: Story = {
  render: (args, context) => {
    if (context.viewMode !== 'docs')
      requestAnimationFrame(() =>
        document.querySelector<SugamHeader>('#storybook-root sugam-header, sugam-header')?.navItems[1]?.setOpen(true),
      );
    const s = samples(context.globals.locale);
    return html`<div style="min-block-size: 420px">
      <sugam-header
        name-primary=${args.namePrimary}
        name-secondary=${args.nameSecondary}
        lineage=${args.lineage}
        home-href="#home"
      >
        ${logo}
        <sugam-nav-item href="#home" label=${s.home}></sugam-nav-item>
        <sugam-nav-item label=${s.services}>
          <sugam-nav-item label=${s.forCitizens}>
            <sugam-nav-item href="#apply" label=${s.applyConnection} current></sugam-nav-item>
            <sugam-nav-item href="#track" label=${s.trackApplication}></sugam-nav-item>
            <sugam-nav-item href="#grievance" label=${s.registerGrievance}></sugam-nav-item>
          </sugam-nav-item>
          <sugam-nav-item label=${s.forStates} href="#states">
            <sugam-nav-item href="#funds" label=${s.fundRelease}></sugam-nav-item>
            <sugam-nav-item href="#reports" label=${s.progressReports}></sugam-nav-item>
          </sugam-nav-item>
          <sugam-nav-item label=${s.forBusiness}>
            <sugam-nav-item href="#tenders" label=${s.tenders}></sugam-nav-item>
            <sugam-nav-item href="#empanelment" label=${s.empanelment}></sugam-nav-item>
          </sugam-nav-item>
        </sugam-nav-item>
        <sugam-nav-item href="#contact" label=${s.contactUs}></sugam-nav-item>
      </sugam-header>
    </div>`;
  },
};

/** Tamil first, English second: each name carries its own `lang`. Brand colours follow `data-sugam-brand`. */
export const RegionalLanguage: Story = {
  args: {
    namePrimary: 'நீர்வளத் துறை',
    langPrimary: 'ta',
    nameSecondary: 'Water Resources Department',
    lineage: 'Government of Tamil Nadu',
  },
  render: (args, context) => html`<div data-sugam-brand="green">${meta.render!(args, context)}</div>`,
};

/** Without search, navigation or home link: the names and lineage alone. */
export const NamesOnly: Story = {
  render: (args) =>
    html`<sugam-header name-primary=${args.namePrimary} name-secondary=${args.nameSecondary} lineage=${args.lineage}>
      ${logo}
    </sugam-header>`,
};
