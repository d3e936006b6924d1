import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@sugam/components/breadcrumb';
import type { SugamBreadcrumb } from '@sugam/components/breadcrumb';
import { i18n, loadLocale } from '@sugam/i18n';

const shadow = (el: SugamBreadcrumb) => el.shadowRoot!;
const visible = (node: Element) => node.getClientRects().length > 0;
const visibleTexts = (el: SugamBreadcrumb) =>
  [...shadow(el).querySelectorAll('li')].filter(visible).map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

const trail = (width = '', lang = 'en') =>
  html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'} style=${width ? `inline-size: ${width}` : ''}>
    <button>before</button>
    <sugam-breadcrumb>
      <sugam-breadcrumb-item href="/">Home</sugam-breadcrumb-item>
      <sugam-breadcrumb-item href="/services/">Services</sugam-breadcrumb-item>
      <sugam-breadcrumb-item href="/services/certificates/">Certificates</sugam-breadcrumb-item>
      <sugam-breadcrumb-item href="/services/certificates/birth/">Birth</sugam-breadcrumb-item>
      <sugam-breadcrumb-item>Apply online</sugam-breadcrumb-item>
    </sugam-breadcrumb>
  </div>`;

async function setup(width = '', lang = 'en') {
  const wrapper = await fixture<HTMLElement>(trail(width, lang));
  const el = wrapper.querySelector('sugam-breadcrumb')!;
  await el.updateComplete;
  return { wrapper, el };
}

describe('<sugam-breadcrumb>', () => {
  it('is accessible, wide and collapsed, in English, Hindi, Tamil and Urdu', async () => {
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      for (const width of ['', '320px']) {
        const { wrapper } = await setup(width, lang);
        await expect(wrapper, `${lang} ${width}`).to.be.accessible();
      }
    }
  });

  describe('structure', () => {
    it('is a nav named "Breadcrumb" holding an ordered list of links, the last one the current page', async () => {
      const { el } = await setup();
      const nav = shadow(el).querySelector('nav')!;
      expect(nav.getAttribute('aria-label')).to.equal('Breadcrumb');
      const items = [...nav.querySelectorAll('ol > li')].filter((li) => !li.classList.contains('more'));
      expect(items).to.have.length(5);
      const links = [...nav.querySelectorAll('a')];
      expect(links.map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([
        ['Home', '/'],
        ['Services', '/services/'],
        ['Certificates', '/services/certificates/'],
        ['Birth', '/services/certificates/birth/'],
      ]);
      const current = nav.querySelector('[aria-current="page"]')!;
      expect(current.textContent).to.equal('Apply online');
      expect(current.localName).to.equal('span');
      expect(nav.querySelectorAll('[aria-current]')).to.have.length(1);
    });

    it('links the current page when its item has an href', async () => {
      const el = await fixture<SugamBreadcrumb>(
        html`<sugam-breadcrumb>
          <sugam-breadcrumb-item href="/">Home</sugam-breadcrumb-item>
          <sugam-breadcrumb-item href="/about">About</sugam-breadcrumb-item>
        </sugam-breadcrumb>`,
      );
      const current = shadow(el).querySelector('[aria-current="page"]')!;
      expect(current.localName).to.equal('a');
      expect(current.getAttribute('href')).to.equal('/about');
    });

    it('has decorative separators that mirror in right-to-left text', async () => {
      await loadLocale('ur');
      const { el } = await setup();
      const separators = [...shadow(el).querySelectorAll('.sep')];
      expect(separators.length).to.be.greaterThan(0);
      for (const sep of separators) expect(sep.getAttribute('aria-hidden')).to.equal('true');
      expect(getComputedStyle(shadow(el).querySelector('li:last-child .sep')!).transform).to.equal('none');
      const rtl = (await setup('', 'ur')).el;
      expect(getComputedStyle(shadow(rtl).querySelector('li:last-child .sep')!).transform).to.equal(
        'matrix(-1, 0, 0, 1, 0, 0)',
      );
    });

    it('localizes its label and button name, and takes a label of its own', async () => {
      for (const lang of ['hi', 'ta', 'ur']) {
        await loadLocale(lang);
        const { el } = await setup('320px', lang);
        expect(shadow(el).querySelector('nav')!.getAttribute('aria-label')).to.equal(
          i18n.t('breadcrumb.label', { lng: lang }),
        );
        expect(shadow(el).querySelector('button')!.getAttribute('aria-label')).to.equal(
          i18n.t('breadcrumb.showAll', { lng: lang }),
        );
      }
      expect(i18n.t('breadcrumb.label', { lng: 'hi' })).not.to.equal('Breadcrumb');
      const { el } = await setup();
      el.label = 'You are here';
      await el.updateComplete;
      expect(shadow(el).querySelector('nav')!.getAttribute('aria-label')).to.equal('You are here');
    });

    it('follows changes to its items', async () => {
      const { el } = await setup();
      const last = el.querySelector('sugam-breadcrumb-item:last-child')!;
      last.textContent = 'Track status';
      el.querySelector('sugam-breadcrumb-item')!.setAttribute('href', '/home');
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(shadow(el).querySelector('[aria-current="page"]')!.textContent).to.equal('Track status');
      expect(shadow(el).querySelector('a')!.getAttribute('href')).to.equal('/home');
    });

    it("keeps an item's lang and dir on its link", async () => {
      const el = await fixture<SugamBreadcrumb>(
        html`<sugam-breadcrumb>
          <sugam-breadcrumb-item href="/" lang="hi">मुखपृष्ठ</sugam-breadcrumb-item>
          <sugam-breadcrumb-item lang="en" dir="ltr">About</sugam-breadcrumb-item>
        </sugam-breadcrumb>`,
      );
      expect(shadow(el).querySelector('a')!.getAttribute('lang')).to.equal('hi');
      expect(shadow(el).querySelector('a')!.hasAttribute('dir')).to.equal(false);
      const current = shadow(el).querySelector('[aria-current]')!;
      expect([current.getAttribute('lang'), current.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
    });
  });

  describe('collapsing', () => {
    it('shows every level and no button when wide', async () => {
      const { el } = await setup('900px');
      expect(visibleTexts(el)).to.deep.equal(['Home', 'Services', 'Certificates', 'Birth', 'Apply online']);
      expect(visible(shadow(el).querySelector('button')!)).to.equal(false);
    });

    it('collapses the middle levels at 320 px and expands them from the keyboard', async () => {
      const { wrapper, el } = await setup('320px');
      expect(visibleTexts(el)).to.deep.equal(['Home', '', 'Birth', 'Apply online']);
      const button = shadow(el).querySelector('button')!;
      expect(visible(button)).to.equal(true);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-label')).to.equal('Show all levels');
      const box = button.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);

      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement!.textContent).to.equal('Home');
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(button);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(visibleTexts(el)).to.deep.equal(['Home', 'Services', 'Certificates', 'Birth', 'Apply online']);
      // The button is gone; focus moved to the first level it revealed.
      expect(shadow(el).activeElement!.textContent).to.equal('Services');
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement!.textContent).to.equal('Certificates');
    });

    it('expands with Space too', async () => {
      const { el } = await setup('320px');
      shadow(el).querySelector('button')!.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(visibleTexts(el)).to.have.length(5);
    });

    it('does not overflow 320 px', async () => {
      const { wrapper, el } = await setup('320px');
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      expect(shadow(el).querySelector('nav')!.scrollWidth).to.be.at.most(wrapper.clientWidth);
    });

    it('never collapses with collapse="never", always with collapse="always", nor below four levels', async () => {
      const { el } = await setup('320px');
      el.collapse = 'never';
      await el.updateComplete;
      expect(visibleTexts(el)).to.have.length(5);
      const wide = (await setup('900px')).el;
      wide.collapse = 'always';
      await wide.updateComplete;
      expect(visibleTexts(wide)).to.deep.equal(['Home', '', 'Birth', 'Apply online']);
      const short = await fixture<HTMLElement>(
        html`<div style="inline-size: 320px">
          <sugam-breadcrumb>
            <sugam-breadcrumb-item href="/">Home</sugam-breadcrumb-item>
            <sugam-breadcrumb-item href="/a">Services</sugam-breadcrumb-item>
            <sugam-breadcrumb-item>Apply</sugam-breadcrumb-item>
          </sugam-breadcrumb>
        </div>`,
      );
      const three = short.querySelector('sugam-breadcrumb')!;
      await three.updateComplete;
      expect(visibleTexts(three)).to.deep.equal(['Home', 'Services', 'Apply']);
      expect(shadow(three).querySelector('button')).to.equal(null);
    });

    it('warns once and collapses automatically for an unknown collapse value', async () => {
      const warn = console.warn;
      const seen: string[] = [];
      console.warn = (...args: unknown[]) => seen.push(String(args[0]));
      try {
        const { el } = await setup('320px');
        el.setAttribute('collapse', 'sometimes');
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
        expect(visibleTexts(el)).to.have.length(4);
      } finally {
        console.warn = warn;
      }
      expect(seen.filter((w) => w.includes('collapse="sometimes"'))).to.have.length(1);
    });
  });
});
