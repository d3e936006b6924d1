import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '@sugam/components/header';
import '@sugam/components/identity-bar';
import '@sugam/components/skip-link';
import type { SugamHeader, SugamNavItem } from '@sugam/components/header';
import { loadLocale } from '@sugam/i18n';

interface AxeRunner {
  run(context: Document, options: object): Promise<{ violations: { id: string }[]; passes: { id: string }[] }>;
}
/** axe-core registers itself on window when imported (typed locally: other suites declare window.axe their way). */
const axe = () => (window as unknown as { axe: AxeRunner }).axe;

const EMBLEM =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><circle cx="20" cy="20" r="18"/></svg>',
  );

const page = (width: number, lang = 'en') =>
  html`<div lang=${lang} dir=${['ur', 'ks', 'sd'].includes(lang) ? 'rtl' : 'ltr'} style="inline-size: ${width}px">
    <sugam-header
      name-primary="जल शक्ति मंत्रालय"
      name-secondary="Ministry of Jal Shakti"
      lineage="Government of India"
      home-href="/"
      search-action="/search"
    >
      <sugam-identity-bar slot="top"><sugam-skip-link slot="skip-link"></sugam-skip-link></sugam-identity-bar>
      <img slot="logo" src=${EMBLEM} alt="State Emblem of India" width="40" height="40" />
      <sugam-nav-item href="/" label="Home" current></sugam-nav-item>
      <sugam-nav-item label="About">
        <sugam-nav-item href="/about/mission" label="Mission"></sugam-nav-item>
        <sugam-nav-item href="/about/people" label="People"></sugam-nav-item>
      </sugam-nav-item>
      <sugam-nav-item label="Services">
        <sugam-nav-item label="Citizens">
          <sugam-nav-item href="/apply" label="Apply"></sugam-nav-item>
          <sugam-nav-item href="/track" label="Track"></sugam-nav-item>
        </sugam-nav-item>
        <sugam-nav-item label="Business" href="/business">
          <sugam-nav-item href="/tenders" label="Tenders"></sugam-nav-item>
        </sugam-nav-item>
      </sugam-nav-item>
      <sugam-nav-item href="/contact" label="Contact"></sugam-nav-item>
    </sugam-header>
    <div id="main">Content</div>
  </div>`;

async function mount(width: number, lang = 'en') {
  if (lang !== 'en') await loadLocale(lang);
  const wrapper = await fixture<HTMLElement>(page(width, lang));
  const header = wrapper.querySelector('sugam-header')!;
  const items = [...header.querySelectorAll<SugamNavItem>('sugam-nav-item')];
  await Promise.all([header.updateComplete, ...items.map((i) => i.updateComplete)]);
  const [home, about, services, contact] = header.navItems;
  return { wrapper, header, home, about, services, contact, items };
}
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const toggle = (item: SugamNavItem) => part(item, 'button') as HTMLButtonElement;
const visible = (el: Element) => el.getClientRects().length > 0;
const deepActive = () => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

describe('<sugam-header>', () => {
  afterEach(() => localStorage.removeItem('sugam-a11y'));

  it('is accessible, desktop and mobile, in English, Hindi, Tamil and Urdu', async () => {
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      for (const width of [1200, 360]) {
        const { wrapper, about, header } = await mount(width, lang);
        await expect(wrapper, `${lang} ${width}`).to.be.accessible();
        toggle(about).click();
        if (width < 900) header.toggleMenu(true);
        await header.updateComplete;
        await about.updateComplete;
        await expect(wrapper, `${lang} ${width} open`).to.be.accessible();
        wrapper.remove();
      }
    }
  });

  it('is the one banner landmark of a page, holding one named navigation landmark', async () => {
    const { wrapper } = await mount(1200);
    await import('axe-core/axe.min.js' as string);
    const result = await axe().run(document, {
      runOnly: {
        type: 'rule',
        values: ['landmark-no-duplicate-banner', 'landmark-banner-is-top-level', 'landmark-unique'],
      },
    });
    expect(result.violations.map((v) => v.id)).to.deep.equal([]);
    // This rule only applies where a banner landmark exists: it passes, so the shadow <header> is the banner.
    expect(result.passes.map((p) => p.id)).to.include('landmark-banner-is-top-level');
    const header = wrapper.querySelector('sugam-header')!;
    expect(header.shadowRoot!.querySelectorAll('header')).to.have.length(1);
    expect(part(header, 'nav').getAttribute('aria-label')).to.equal('Main');
  });

  it('marks each name with its own language', async () => {
    const { header } = await mount(1200);
    expect(part(header, 'name-primary').getAttribute('lang')).to.equal('hi');
    expect(part(header, 'name-primary').textContent).to.equal('जल शक्ति मंत्रालय');
    expect(part(header, 'name-secondary').getAttribute('lang')).to.equal('en');
    expect(part(header, 'name-secondary').textContent).to.equal('Ministry of Jal Shakti');
    expect(part(header, 'home').getAttribute('href')).to.equal('/');
    expect(part(header, 'lineage').textContent).to.equal('Government of India');

    const tamil = await fixture<SugamHeader>(
      html`<sugam-header name-primary="நீர் வளத் துறை" lang-primary="ta" name-secondary="Water Resources Department">
      </sugam-header>`,
    );
    expect(part(tamil, 'name-primary').getAttribute('lang')).to.equal('ta');
    expect(part(tamil, 'name-secondary').getAttribute('lang')).to.equal('en');
    // Without home-href the names are plain text, and without nav items there is no menu or nav.
    expect(part(tamil, 'home').localName).to.equal('span');
    expect(tamil.shadowRoot!.querySelector('.menu-button')).to.equal(null);
    expect(visible(part(tamil, 'nav'))).to.equal(false);
  });

  it('warns once when the emblem has no alt text', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await fixture<SugamHeader>(
        html`<sugam-header name-secondary="Ministry"><img slot="logo" src=${EMBLEM} /></sugam-header>`,
      );
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.filter((args) => String(args[0]).includes('no alt text'))).to.have.length(1);
    } finally {
      console.warn = original;
    }
  });

  it('has a built-in search form with a localized label that sends q', async () => {
    await loadLocale('hi');
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="hi"><sugam-header name-secondary="Ministry" search-action="/search"></sugam-header></div>`,
    );
    const header = wrapper.querySelector('sugam-header')!;
    await header.updateComplete;
    const form = part(header, 'search') as HTMLFormElement;
    expect(form.getAttribute('role')).to.equal('search');
    expect(form.getAttribute('action')).to.equal('/search');
    const input = form.querySelector('input')!;
    expect(input.name).to.equal('q');
    expect(input.labels![0].textContent).to.equal('इस वेबसाइट में खोजें');
    expect(form.querySelector('button')!.getAttribute('aria-label')).to.equal('खोजें');
  });

  it('marks the current page with aria-current', async () => {
    const { home, contact, services } = await mount(1200);
    expect(part(home, 'link').getAttribute('aria-current')).to.equal('page');
    expect(part(contact, 'link').hasAttribute('aria-current')).to.equal(false);
    expect(toggle(services).getAttribute('aria-current')).to.equal(null);
  });

  describe('desktop: disclosure navigation', () => {
    it('shows the navigation and no Menu button when wide', async () => {
      const { header } = await mount(1200);
      expect(visible(part(header, 'menu-button'))).to.equal(false);
      expect(visible(part(header, 'nav'))).to.equal(true);
      const { home, contact } = await mount(1200);
      // Horizontal: items side by side.
      expect(home.getBoundingClientRect().top).to.equal(contact.getBoundingClientRect().top);
    });

    it('opens a sub-menu with Enter, Tab reaches its links, Escape closes it and returns focus', async () => {
      const { about } = await mount(1200);
      const button = toggle(about);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal('panel');
      expect(about.shadowRoot!.getElementById('panel')).to.equal(part(about, 'panel'));
      expect(visible(part(about, 'panel'))).to.equal(false);
      button.focus();
      await sendKeys({ press: 'Enter' });
      await about.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(visible(part(about, 'panel'))).to.equal(true);
      await sendKeys({ press: 'Tab' });
      const mission = about.querySelector('sugam-nav-item')!;
      expect(deepActive()).to.equal(part(mission, 'link'));
      await sendKeys({ press: 'Escape' });
      await about.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(deepActive()).to.equal(button);
      await sendKeys({ press: 'Space' });
      await about.updateComplete;
      expect(about.open).to.equal(true);
    });

    it('supports the optional arrow keys: between items, into a panel and through its links', async () => {
      const { home, about, services } = await mount(1200);
      part(home, 'link').focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(deepActive()).to.equal(toggle(about));
      await sendKeys({ press: 'ArrowDown' });
      await about.updateComplete;
      expect(about.open).to.equal(true);
      const [mission, people] = about.querySelectorAll('sugam-nav-item');
      expect(deepActive()).to.equal(part(mission, 'link'));
      await sendKeys({ press: 'ArrowDown' });
      expect(deepActive()).to.equal(part(people, 'link'));
      await sendKeys({ press: 'ArrowDown' });
      expect(deepActive()).to.equal(part(people, 'link'));
      await sendKeys({ press: 'Home' });
      expect(deepActive()).to.equal(part(mission, 'link'));
      await sendKeys({ press: 'Escape' });
      expect(deepActive()).to.equal(toggle(about));
      await sendKeys({ press: 'ArrowRight' });
      expect(deepActive()).to.equal(toggle(services));
      await sendKeys({ press: 'ArrowLeft' });
      expect(deepActive()).to.equal(toggle(about));
    });

    it('mirrors the arrow keys in Urdu', async () => {
      const { home, about } = await mount(1200, 'ur');
      part(home, 'link').focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(deepActive()).to.equal(toggle(about));
    });

    it('closes on a click outside, when focus leaves it, and when another opens', async () => {
      const { wrapper, about, services, contact } = await mount(1200);
      toggle(about).click();
      await about.updateComplete;
      expect(about.open).to.equal(true);
      wrapper.querySelector<HTMLElement>('#main')!.click();
      await about.updateComplete;
      expect(about.open).to.equal(false);

      toggle(about).click();
      toggle(services).click();
      await about.updateComplete;
      expect(about.open).to.equal(false);
      expect(services.open).to.equal(true);

      toggle(services).focus();
      part(contact, 'link').focus();
      await services.updateComplete;
      expect(services.open).to.equal(false);
    });

    it('draws an open sub-menu above positioned content further down the page', async () => {
      const { wrapper, about } = await mount(1200);
      const content = wrapper.querySelector<HTMLElement>('#main')!;
      content.style.cssText = 'position: relative; z-index: 1; block-size: 400px; background: white';
      toggle(about).click();
      await about.updateComplete;
      const panel = part(about, 'panel').getBoundingClientRect();
      const hit = about.shadowRoot!.elementFromPoint(panel.left + 10, panel.bottom - 10);
      expect(hit === part(about, 'panel') || about.contains(hit) || part(about, 'panel').contains(hit)).to.equal(true);
    });

    it('lays out a mega menu as groups, each list named by its heading', async () => {
      const { services } = await mount(1200);
      toggle(services).click();
      await services.updateComplete;
      const [citizens, business] = services.querySelectorAll<SugamNavItem>(':scope > sugam-nav-item');
      const list = citizens.shadowRoot!.querySelector('[role="list"]')!;
      expect(list.getAttribute('aria-labelledby')).to.equal('heading');
      expect(part(citizens, 'heading').textContent).to.equal('Citizens');
      expect(part(business, 'heading').localName).to.equal('a');
      // Groups sit side by side, across the navigation bar.
      expect(citizens.getBoundingClientRect().top).to.equal(business.getBoundingClientRect().top);
      expect(part(services, 'panel').getBoundingClientRect().width).to.be.greaterThan(900);
    });
  });

  describe('mobile: Menu button', () => {
    it('hides the navigation behind a localized Menu button that says whether it is open', async () => {
      const { header } = await mount(360, 'hi');
      const menu = part(header, 'menu-button');
      expect(visible(menu)).to.equal(true);
      expect(menu.textContent!.trim()).to.equal('मेन्यू');
      expect(menu.getAttribute('aria-expanded')).to.equal('false');
      expect(menu.getAttribute('aria-controls')).to.equal('nav');
      expect(header.shadowRoot!.getElementById('nav')).to.equal(part(header, 'nav'));
      expect(visible(part(header, 'nav'))).to.equal(false);
      expect(menu.getBoundingClientRect().height).to.be.at.least(24);
    });

    it('is operated by keyboard: Enter opens, Tab goes through the items, Escape closes and returns focus', async () => {
      const { header, home, about } = await mount(360);
      const menu = part(header, 'menu-button');
      menu.focus();
      await sendKeys({ press: 'Enter' });
      await header.updateComplete;
      expect(menu.getAttribute('aria-expanded')).to.equal('true');
      expect(visible(part(header, 'nav'))).to.equal(true);
      // Vertical: items one under another.
      expect(about.getBoundingClientRect().top).to.be.greaterThan(home.getBoundingClientRect().top);
      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.equal(part(home, 'link'));
      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.equal(toggle(about));
      await sendKeys({ press: 'Enter' });
      await about.updateComplete;
      // A sub-menu opens in place, inside the menu.
      expect(part(about, 'panel').getBoundingClientRect().width).to.be.at.most(360);
      expect(getComputedStyle(part(about, 'panel')).position).to.equal('static');
      // The first Escape closes the sub-menu, the second the menu.
      await sendKeys({ press: 'Escape' });
      await about.updateComplete;
      expect(about.open).to.equal(false);
      expect(header.menuOpen).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await header.updateComplete;
      expect(header.menuOpen).to.equal(false);
      expect(menu.getAttribute('aria-expanded')).to.equal('false');
      expect(deepActive()).to.equal(menu);
    });

    it('reflows at 320 px without horizontal scrolling', async () => {
      const { header } = await mount(320, 'ta');
      header.toggleMenu(true);
      await header.updateComplete;
      expect(header.shadowRoot!.querySelector<HTMLElement>('header')!.scrollWidth).to.be.at.most(320);
    });
  });

  describe('forced colors', () => {
    before(() => executeServerCommand('emulate-forced-colors', 'active'));
    after(() => executeServerCommand('emulate-forced-colors', 'none'));

    it('keeps focus rings, the current-page marker and button borders visible', async () => {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const { header, home, about } = await mount(1200);
      part(home, 'link').focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.equal(toggle(about));
      const ring = getComputedStyle(toggle(about));
      expect(ring.outlineStyle).to.equal('solid');
      expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
      const current = getComputedStyle(part(home, 'link'));
      expect(current.borderBottomStyle).to.equal('solid');
      expect(current.borderBottomColor).to.not.equal(getComputedStyle(part(header, 'nav')).backgroundColor);

      const narrow = await mount(360);
      const menu = getComputedStyle(part(narrow.header, 'menu-button'));
      expect(menu.borderTopStyle).to.equal('solid');
      expect(parseFloat(menu.borderTopWidth)).to.be.at.least(1);
      const bar = narrow.wrapper.querySelector('sugam-identity-bar')!;
      const size = getComputedStyle(bar.shadowRoot!.querySelector('.size-button')!);
      expect(size.borderTopStyle).to.equal('solid');
      expect(size.borderTopColor).to.not.equal(getComputedStyle(bar).backgroundColor);
    });
  });

  it('mirrors in Urdu: the navigation starts on the right', async () => {
    const { header, home, about } = await mount(1200, 'ur');
    expect(home.getBoundingClientRect().right).to.be.greaterThan(about.getBoundingClientRect().right);
    const nav = part(header, 'nav');
    expect(nav.getAttribute('aria-label')).to.equal('مرکزی');
    expect(home.getBoundingClientRect().right).to.be.closeTo(
      (nav.firstElementChild as HTMLElement).getBoundingClientRect().right -
        parseFloat(getComputedStyle(nav.firstElementChild!).paddingInlineEnd),
      1,
    );
  });
});
