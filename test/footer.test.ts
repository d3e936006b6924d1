import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@sugam/components/footer';
import type { SugamFooter } from '@sugam/components/footer';
import { findLocale, i18n, loadLocale } from '@sugam/i18n';

const shadow = (el: SugamFooter) => el.shadowRoot!;
const linkTexts = (el: SugamFooter) => [...shadow(el).querySelectorAll('.links a')].map((a) => a.textContent!.trim());
/** axe-core's browser build, which registers itself on window (typed here only as far as this file uses it). */
interface Axe {
  run(context: Node, options: object): Promise<{ passes: { nodes: unknown[] }[]; violations: { nodes: unknown[] }[] }>;
}

/** How many elements of the document axe-core sees as contentinfo landmarks. */
async function contentinfoLandmarks(): Promise<number> {
  // @ts-expect-error axe-core's browser build registers itself on window and has no module types.
  await import('axe-core/axe.min.js');
  const { axe } = window as unknown as { axe: Axe };
  const result = await axe.run(document, {
    runOnly: { type: 'rule', values: ['landmark-contentinfo-is-top-level'] },
  });
  return [...result.passes, ...result.violations].reduce((sum, rule) => sum + rule.nodes.length, 0);
}

const full = (lang?: string) =>
  html`<sugam-footer
    owner="Ministry of Electronics and Information Technology"
    owner-lang=${lang ?? 'en'}
    copyright-year="2026"
    updated="2026-11-20"
    hyperlinking-href="/hyperlinking"
    privacy-href="/privacy"
    terms-href="/terms"
    accessibility-href="/accessibility"
    help-href="/help"
    sitemap-href="/sitemap"
    feedback-href="/feedback"
    contact-href="/contact"
  >
    <svg slot="emblem" role="img" aria-label="State Emblem of India" viewBox="0 0 10 10" width="40" height="40">
      <circle cx="5" cy="5" r="4" fill="currentColor"></circle>
    </svg>
    <span slot="lineage" lang="en">Ministry of Electronics and Information Technology, Government of India</span>
  </sugam-footer>`;

describe('<sugam-footer>', () => {
  it('is accessible in every variant, in English, Hindi, Tamil and Urdu', async () => {
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      for (const variant of ['dark', 'light', 'primary']) {
        // One footer per page: each check starts from an empty page.
        fixtureCleanup();
        const wrapper = await fixture<HTMLElement>(
          html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'}>
            <sugam-footer
              variant=${variant}
              owner="Ministry of Electronics and Information Technology"
              owner-lang="en"
              updated="2026-11-20"
              privacy-href="/privacy"
              terms-href="/terms"
              contact-href="/contact"
            >
              <div>
                <h2 lang="en">Quick links</h2>
                <a href="https://www.india.gov.in" style="color: inherit">National Portal of India</a>
              </div>
              <a slot="links" href="/rti" lang="en">RTI</a>
            </sugam-footer>
          </div>`,
        );
        await wrapper.querySelector('sugam-footer')!.updateComplete;
        await expect(wrapper, `${lang} ${variant}`).to.be.accessible();
      }
    }
  });

  describe('links', () => {
    it('shows the GIGW links whose href is set, in order, with their default texts', async () => {
      const el = await fixture<SugamFooter>(full());
      expect(linkTexts(el)).to.deep.equal([
        'Hyperlinking policy',
        'Privacy policy',
        'Terms and conditions',
        'Accessibility statement',
        'Help',
        'Sitemap',
        'Feedback',
        'Contact us',
      ]);
      expect([...shadow(el).querySelectorAll('.links a')].map((a) => a.getAttribute('href'))).to.deep.equal([
        '/hyperlinking',
        '/privacy',
        '/terms',
        '/accessibility',
        '/help',
        '/sitemap',
        '/feedback',
        '/contact',
      ]);
      expect(shadow(el).querySelector('.links')!.getAttribute('aria-label')).to.equal('Website policies');
    });

    it('leaves out the items without an href, and the list when there are none', async () => {
      const el = await fixture<SugamFooter>(html`<sugam-footer privacy-href="/p" sitemap-href="/s"></sugam-footer>`);
      expect(linkTexts(el)).to.deep.equal(['Privacy policy', 'Sitemap']);
      el.privacyHref = undefined;
      el.sitemapHref = undefined;
      await el.updateComplete;
      expect(shadow(el).querySelector<HTMLElement>('.links')!.hidden).to.equal(true);
      expect(shadow(el).querySelector('.links')!.getClientRects()).to.have.length(0);
    });

    it('localizes the link texts in Hindi', async () => {
      await loadLocale('hi');
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="hi"><sugam-footer privacy-href="/p" contact-href="/c"></sugam-footer></div>`,
      );
      const el = wrapper.querySelector('sugam-footer')!;
      await el.updateComplete;
      expect(linkTexts(el)).to.deep.equal(['गोपनीयता नीति', 'संपर्क करें']);
    });

    it('shows slotted extra links in the list', async () => {
      const el = await fixture<SugamFooter>(
        html`<sugam-footer privacy-href="/p"><a slot="links" href="/rti">RTI</a></sugam-footer>`,
      );
      await el.updateComplete;
      const slot = shadow(el).querySelector<HTMLSlotElement>('.links slot[name="links"]')!;
      expect(slot.closest('li')!.hidden).to.equal(false);
      expect(slot.assignedElements().map((a) => a.textContent)).to.deep.equal(['RTI']);
    });

    it('drops a javascript: URL with one warning', async () => {
      const warn = console.warn;
      const seen: string[] = [];
      console.warn = (...args: unknown[]) => seen.push(String(args[0]));
      try {
        const el = await fixture<SugamFooter>(
          html`<sugam-footer privacy-href=" javascript:alert(1)" terms-href="/terms"></sugam-footer>`,
        );
        el.requestUpdate();
        await el.updateComplete;
        expect(linkTexts(el)).to.deep.equal(['Terms and conditions']);
      } finally {
        console.warn = warn;
      }
      expect(seen.filter((w) => w.includes('javascript:'))).to.have.length(1);
    });
  });

  describe('dates and ownership', () => {
    it('writes the last-updated date in English with a machine-readable <time>', async () => {
      const el = await fixture<SugamFooter>(html`<sugam-footer updated="2026-11-20"></sugam-footer>`);
      const line = shadow(el).querySelector('.updated')!;
      const expected = new Intl.DateTimeFormat('en-IN', { dateStyle: 'long', timeZone: 'Asia/Kolkata' }).format(
        new Date('2026-11-20'),
      );
      expect(line.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Last updated: ${expected}`);
      expect(line.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-20');
    });

    for (const lang of ['hi', 'ta', 'ur']) {
      it(`formats the date, year and sentence as the browser's Intl does for ${lang}`, async () => {
        await loadLocale(lang);
        const wrapper = await fixture<HTMLElement>(
          html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'}>${full()}</div>`,
        );
        const el = wrapper.querySelector('sugam-footer')!;
        await el.updateComplete;
        const cldr = findLocale(lang)!.cldr;
        const date = new Intl.DateTimeFormat(cldr, { dateStyle: 'long', timeZone: 'Asia/Kolkata' }).format(
          new Date('2026-11-20T00:00:00Z'),
        );
        const year = new Intl.NumberFormat(cldr, { useGrouping: false }).format(2026);
        const time = shadow(el).querySelector('.updated time')!;
        expect(time.textContent, `${lang} date`).to.equal(date);
        expect(shadow(el).querySelector('.updated')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
          i18n.t('footer.lastUpdated', { lng: lang, date }),
        );
        const owner = 'Ministry of Electronics and Information Technology';
        expect(shadow(el).querySelector('.copyright')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
          i18n.t('footer.copyright', { lng: lang, year, owner }),
        );
        expect(shadow(el).querySelector('.owner')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
          i18n.t('footer.contentOwner', { lng: lang, owner }),
        );
      });
    }

    it('uses Urdu digits in Urdu (the locale convention) and Latin digits in Hindi', async () => {
      await loadLocale('ur');
      await loadLocale('hi');
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="ur" dir="rtl">${full()}</div>
          <div lang="hi">${full()}</div>`,
      );
      const [ur, hi] = [...wrapper.parentElement!.querySelectorAll('sugam-footer')];
      await ur.updateComplete;
      await hi.updateComplete;
      expect(shadow(ur).querySelector('time')!.textContent).to.match(/۲۰/);
      expect(shadow(ur).querySelector('.copyright')!.textContent).to.contain('۲۰۲۶');
      expect(shadow(hi).querySelector('time')!.textContent).to.match(/^20 /);
    });

    it('says "Last reviewed" when asked, and shows no date line without a valid date', async () => {
      const el = await fixture<SugamFooter>(
        html`<sugam-footer updated="2026-01-26" updated-label="reviewed"></sugam-footer>`,
      );
      expect(shadow(el).querySelector('.updated')!.textContent).to.contain('Last reviewed: 26 January 2026');
      const warn = console.warn;
      console.warn = () => {};
      try {
        el.lastUpdated = 'not a date';
        await el.updateComplete;
      } finally {
        console.warn = warn;
      }
      expect(shadow(el).querySelector('.updated')).to.equal(null);
    });

    it('inserts the owner as isolated text, never as HTML, with its own language', async () => {
      const el = await fixture<SugamFooter>(
        html`<sugam-footer owner=${'<b>Ministry</b>'} owner-lang="en" copyright-year="2025"></sugam-footer>`,
      );
      const owner = shadow(el).querySelector('.owner')!;
      expect(owner.querySelector('b')).to.equal(null);
      expect(owner.textContent!.trim()).to.equal('Content owned by <b>Ministry</b>');
      const bdi = owner.querySelector('bdi')!;
      expect(bdi.getAttribute('lang')).to.equal('en');
      expect(shadow(el).querySelector('.copyright')!.textContent!.trim()).to.equal(
        '© 2025 <b>Ministry</b>. All rights reserved.',
      );
    });

    it('defaults the copyright year to the current year', async () => {
      const el = await fixture<SugamFooter>(html`<sugam-footer owner="Ministry"></sugam-footer>`);
      expect(shadow(el).querySelector('.copyright')!.textContent).to.contain(String(new Date().getFullYear()));
      el.setAttribute('copyright-year', 'soon');
      await el.updateComplete;
      expect(shadow(el).querySelector('.copyright')!.textContent).to.contain(String(new Date().getFullYear()));
    });
  });

  describe('landmark and slots', () => {
    it("is the page's one contentinfo landmark when placed outside main", async () => {
      await fixture<SugamFooter>(full());
      expect(await contentinfoLandmarks()).to.equal(1);
    });

    it('is no landmark inside main, as a native footer', async () => {
      const main = await fixture<HTMLElement>(html`<main>${full()}</main>`);
      await main.querySelector('sugam-footer')!.updateComplete;
      expect(await contentinfoLandmarks()).to.equal(0);
    });

    it('hides the identity row and the column grid when their slots are empty', async () => {
      const el = await fixture<SugamFooter>(html`<sugam-footer owner="Ministry"></sugam-footer>`);
      expect(shadow(el).querySelector<HTMLElement>('.identity')!.hidden).to.equal(true);
      expect(shadow(el).querySelector<HTMLElement>('.columns')!.hidden).to.equal(true);
      const bare = await fixture<SugamFooter>(html`<sugam-footer privacy-href="/p"></sugam-footer>`);
      expect(shadow(bare).querySelector('.meta')!.getClientRects()).to.have.length(0);
      expect(shadow(el).querySelector('.meta')!.getClientRects()).to.have.length(1);
      const withSlots = await fixture<SugamFooter>(full());
      await withSlots.updateComplete;
      expect(shadow(withSlots).querySelector<HTMLElement>('.identity')!.hidden).to.equal(false);
    });

    it('turns an emblem image white on the dark variant only', async () => {
      const img = 'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/%3E';
      const dark = await fixture<SugamFooter>(
        html`<sugam-footer><img slot="emblem" src=${img} alt="State Emblem of India" /></sugam-footer>`,
      );
      expect(getComputedStyle(dark.querySelector('img')!).filter).to.contain('invert(1)');
      const light = await fixture<SugamFooter>(
        html`<sugam-footer variant="light"><img slot="emblem" src=${img} alt="State Emblem of India" /></sugam-footer>`,
      );
      expect(getComputedStyle(light.querySelector('img')!).filter).to.equal('none');
    });

    it('falls back to the dark variant with one warning for an unknown variant', async () => {
      const warn = console.warn;
      const seen: string[] = [];
      console.warn = (...args: unknown[]) => seen.push(String(args[0]));
      try {
        const el = await fixture<SugamFooter>(html`<sugam-footer variant="neon" owner="M"></sugam-footer>`);
        el.owner = 'N';
        await el.updateComplete;
        const dark = await fixture<SugamFooter>(html`<sugam-footer owner="M"></sugam-footer>`);
        const bg = (f: SugamFooter) => getComputedStyle(shadow(f).querySelector('footer')!).backgroundColor;
        expect(bg(el)).to.equal(bg(dark));
        const primary = await fixture<SugamFooter>(html`<sugam-footer variant="primary"></sugam-footer>`);
        const light = await fixture<SugamFooter>(html`<sugam-footer variant="light"></sugam-footer>`);
        expect(new Set([bg(dark), bg(primary), bg(light)]).size).to.equal(3);
      } finally {
        console.warn = warn;
      }
      expect(seen.filter((w) => w.includes('variant="neon"'))).to.have.length(1);
    });
  });

  describe('keyboard', () => {
    it('reaches every link with Tab, in order, with a visible focus ring', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><button>before</button><sugam-footer privacy-href="/p" terms-href="/t"></sugam-footer></div>`,
      );
      const el = wrapper.querySelector('sugam-footer')!;
      await el.updateComplete;
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement!.textContent).to.equal('Privacy policy');
      const style = getComputedStyle(shadow(el).activeElement!);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement!.textContent).to.equal('Terms and conditions');
    });

    it('has link targets at least 24 px high', async () => {
      const el = await fixture<SugamFooter>(html`<sugam-footer privacy-href="/p"></sugam-footer>`);
      expect(shadow(el).querySelector('a')!.getBoundingClientRect().height).to.be.at.least(24);
    });
  });
});
