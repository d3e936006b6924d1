import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@sugam/components/side-nav';
import type { SugamSideNav } from '@sugam/components/side-nav';
import { loadLocale } from '@sugam/i18n';

const shadow = (el: SugamSideNav) => el.shadowRoot!;
const toggles = (el: SugamSideNav) => [...shadow(el).querySelectorAll<HTMLButtonElement>('button.toggle')];
const visibleLinks = (el: SugamSideNav) =>
  [...shadow(el).querySelectorAll('.link')].filter((a) => a.getClientRects().length > 0).map((a) => a.textContent);

const nav = (lang = 'en') =>
  html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'} style="inline-size: 320px">
    <button>before</button>
    <sugam-side-nav label="Services">
      <sugam-side-nav-item href="/services/">Overview</sugam-side-nav-item>
      <sugam-side-nav-group label="Certificates">
        <sugam-side-nav-item href="/services/birth/">Birth certificate</sugam-side-nav-item>
        <sugam-side-nav-item href="/services/death/" current>Death certificate</sugam-side-nav-item>
        <sugam-side-nav-group label="Corrections">
          <sugam-side-nav-item href="/services/corrections/name/">Name</sugam-side-nav-item>
        </sugam-side-nav-group>
      </sugam-side-nav-group>
      <sugam-side-nav-group label="Licences">
        <sugam-side-nav-item href="/services/trade/">Trade licence</sugam-side-nav-item>
      </sugam-side-nav-group>
      <sugam-side-nav-item href="/contact/">Contact</sugam-side-nav-item>
    </sugam-side-nav>
  </div>`;

async function setup(lang = 'en') {
  const wrapper = await fixture<HTMLElement>(nav(lang));
  const el = wrapper.querySelector('sugam-side-nav')!;
  await el.updateComplete;
  return { wrapper, el };
}

describe('<sugam-side-nav>', () => {
  it('is accessible, closed and open, in English, Hindi, Tamil and Urdu', async () => {
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      const { wrapper, el } = await setup(lang);
      await expect(wrapper, lang).to.be.accessible();
      for (const button of toggles(el)) if (button.getAttribute('aria-expanded') === 'false') button.click();
      await el.updateComplete;
      await expect(wrapper, `${lang} open`).to.be.accessible();
    }
  });

  describe('structure', () => {
    it('is a nav landmark named by its label, holding a list of links', async () => {
      const { el } = await setup();
      const landmark = shadow(el).querySelector('nav')!;
      expect(landmark.getAttribute('aria-label')).to.equal('Services');
      expect(landmark.firstElementChild!.localName).to.equal('ul');
      const first = landmark.querySelector('ul > li > a')!;
      expect([first.textContent, first.getAttribute('href')]).to.deep.equal(['Overview', '/services/']);
    });

    it('warns once when the label is missing', async () => {
      const warn = console.warn;
      const seen: string[] = [];
      console.warn = (...args: unknown[]) => seen.push(String(args[0]));
      try {
        const el = await fixture<SugamSideNav>(
          html`<sugam-side-nav><sugam-side-nav-item href="/">Home</sugam-side-nav-item></sugam-side-nav>`,
        );
        el.requestUpdate();
        await el.updateComplete;
        expect(shadow(el).querySelector('nav')!.hasAttribute('aria-label')).to.equal(false);
      } finally {
        console.warn = warn;
      }
      expect(seen.filter((w) => w.includes('needs a label'))).to.have.length(1);
    });

    it('marks the current page with aria-current, a bar and bold text, not colour alone', async () => {
      const { el } = await setup();
      const current = shadow(el).querySelectorAll('[aria-current]');
      expect(current).to.have.length(1);
      expect(current[0].getAttribute('aria-current')).to.equal('page');
      expect(current[0].textContent).to.equal('Death certificate');
      const style = getComputedStyle(current[0]);
      const other = getComputedStyle(shadow(el).querySelector('a:not([aria-current])')!);
      expect(Number(style.fontWeight)).to.be.at.least(700);
      expect(Number(other.fontWeight)).to.be.below(700);
      expect(style.borderLeftWidth).to.equal('4px');
      expect(style.borderLeftColor).not.to.equal(other.borderLeftColor);
      expect(other.borderLeftColor).to.equal('rgba(0, 0, 0, 0)');
    });

    it('draws the bar at the start edge in right-to-left text', async () => {
      await loadLocale('ur');
      const { el } = await setup('ur');
      const style = getComputedStyle(shadow(el).querySelector('[aria-current="page"]')!);
      expect(style.borderRightWidth).to.equal('4px');
      expect(style.borderLeftWidth).to.equal('0px');
      const box = shadow(el).querySelector('[aria-current="page"]')!.getBoundingClientRect();
      expect(box.right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    });

    it('follows changes to its items', async () => {
      const { el } = await setup();
      el.querySelector('sugam-side-nav-item[current]')!.removeAttribute('current');
      el.querySelector('sugam-side-nav-item')!.setAttribute('current', '');
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(shadow(el).querySelector('[aria-current="page"]')!.textContent).to.equal('Overview');
    });

    it('keeps the lang and dir of an item or its group on the text, not on the row', async () => {
      const el = await fixture<SugamSideNav>(
        html`<sugam-side-nav label="Menu">
          <sugam-side-nav-item href="/" lang="hi">मुखपृष्ठ</sugam-side-nav-item>
          <sugam-side-nav-group label="Services" lang="en" dir="ltr" open>
            <sugam-side-nav-item href="/a">Apply</sugam-side-nav-item>
          </sugam-side-nav-group>
        </sugam-side-nav>`,
      );
      const [home, apply] = [...shadow(el).querySelectorAll('a')];
      expect(home.hasAttribute('lang')).to.equal(false);
      expect(home.querySelector('span')!.getAttribute('lang')).to.equal('hi');
      expect(apply.querySelector('span')!.getAttribute('lang')).to.equal('en');
      expect(apply.querySelector('span')!.getAttribute('dir')).to.equal('ltr');
      expect(toggles(el)[0].querySelector('span')!.getAttribute('lang')).to.equal('en');
    });
  });

  describe('disclosure', () => {
    it('opens the group holding the current page and keeps the others closed', async () => {
      const { el } = await setup();
      const [certificates, corrections, licences] = toggles(el);
      expect(certificates.getAttribute('aria-expanded')).to.equal('true');
      expect(corrections.getAttribute('aria-expanded')).to.equal('false');
      expect(licences.getAttribute('aria-expanded')).to.equal('false');
      const controlled = shadow(el).getElementById(certificates.getAttribute('aria-controls')!)!;
      expect(controlled.hidden).to.equal(false);
      expect(shadow(el).getElementById(licences.getAttribute('aria-controls')!)!.hidden).to.equal(true);
      expect(visibleLinks(el)).to.deep.equal(['Overview', 'Birth certificate', 'Death certificate', 'Contact']);
    });

    it('toggles a group with Enter and Space, and Tab skips the links of closed groups', async () => {
      const { wrapper, el } = await setup();
      const [certificates, , licences] = toggles(el);
      wrapper.querySelector('button')!.focus();
      const tabTo = async () => {
        await sendKeys({ press: 'Tab' });
        return shadow(el).activeElement!.textContent!.trim();
      };
      expect(await tabTo()).to.equal('Overview');
      expect(await tabTo()).to.equal('Certificates');
      expect(await tabTo()).to.equal('Birth certificate');
      expect(await tabTo()).to.equal('Death certificate');
      expect(await tabTo()).to.equal('Corrections');
      expect(await tabTo()).to.equal('Licences');
      expect(shadow(el).activeElement).to.equal(licences);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(licences.getAttribute('aria-expanded')).to.equal('true');
      expect(el.querySelectorAll('sugam-side-nav-group')[2].hasAttribute('open')).to.equal(true);
      expect(await tabTo()).to.equal('Trade licence');
      certificates.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(certificates.getAttribute('aria-expanded')).to.equal('false');
      expect(visibleLinks(el)).to.deep.equal(['Overview', 'Trade licence', 'Contact']);
      // Closed by the visitor, it stays closed although it holds the current page.
      el.requestUpdate();
      await el.updateComplete;
      expect(certificates.getAttribute('aria-expanded')).to.equal('false');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(certificates.getAttribute('aria-expanded')).to.equal('true');
    });

    it('fires sugam-toggle with the group and its new state', async () => {
      const { el } = await setup();
      const events: { open: boolean; label: string | null }[] = [];
      el.addEventListener('sugam-toggle', (event) => {
        const { group, open } = event.detail;
        events.push({ open, label: group!.getAttribute('label') });
      });
      toggles(el)[2].click();
      toggles(el)[0].click();
      expect(events).to.deep.equal([
        { open: true, label: 'Licences' },
        { open: false, label: 'Certificates' },
      ]);
    });

    it('opens a group that has the open attribute', async () => {
      const el = await fixture<SugamSideNav>(
        html`<sugam-side-nav label="Menu">
          <sugam-side-nav-group label="Schemes" open>
            <sugam-side-nav-item href="/a">A</sugam-side-nav-item>
          </sugam-side-nav-group>
        </sugam-side-nav>`,
      );
      expect(toggles(el)[0].getAttribute('aria-expanded')).to.equal('true');
      expect(visibleLinks(el)).to.deep.equal(['A']);
    });

    it('has targets at least 24 px high and a visible focus ring', async () => {
      const { wrapper, el } = await setup();
      const button = toggles(el)[0];
      expect(button.getBoundingClientRect().height).to.be.at.least(24);
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(button);
      const style = getComputedStyle(shadow(el).activeElement!);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });
  });
});
