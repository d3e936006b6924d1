import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@sugam/components/button';
import type { SugamButton } from '@sugam/components/button';
import { BUTTON_INTENTS, BUTTON_SIZES, BUTTON_VARIANTS } from '@sugam/components/button';
import { loadLocale } from '@sugam/i18n';

const inner = (el: SugamButton) => el.shadowRoot!.querySelector<HTMLElement>('.base')!;
const status = (el: SugamButton) => el.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!;

describe('<sugam-button>', () => {
  it('is accessible in every variant and intent', async () => {
    for (const variant of BUTTON_VARIANTS) {
      for (const intent of BUTTON_INTENTS) {
        const el = await fixture<SugamButton>(
          html`<sugam-button variant=${variant} intent=${intent}>Submit application</sugam-button>`,
        );
        await expect(el, `${variant} ${intent}`).to.be.accessible();
      }
    }
  });

  it('is accessible disabled, loading, as a link and icon-only with a label', async () => {
    const el = await fixture<HTMLElement>(
      html`<div>
        <sugam-button disabled>Disabled</sugam-button>
        <sugam-button loading>Saving</sugam-button>
        <sugam-button href="/services">Services</sugam-button>
        <sugam-button href="/services" disabled>Disabled link</sugam-button>
        <sugam-button label="Search"><svg slot="start" viewBox="0 0 24 24" aria-hidden="true"></svg></sugam-button>
      </div>`,
    );
    await expect(el).to.be.accessible();
  });

  describe('defaults', () => {
    it('is a solid, primary, medium, plain button', async () => {
      const el = await fixture<SugamButton>(html`<sugam-button>OK</sugam-button>`);
      expect(el.variant).to.equal('solid');
      expect(el.intent).to.equal('primary');
      expect(el.size).to.equal('md');
      expect(el.type).to.equal('button');
      expect(inner(el).localName).to.equal('button');
      expect(inner(el).getAttribute('type')).to.equal('button');
    });

    it('has the UX4G minimum height for every size and grows instead of clipping', async () => {
      const expected = { xs: 24, sm: 32, md: 40, lg: 48, xl: 56 } as const;
      for (const size of BUTTON_SIZES) {
        const el = await fixture<SugamButton>(html`<sugam-button size=${size}>OK</sugam-button>`);
        expect(getComputedStyle(inner(el)).minHeight, size).to.equal(`${expected[size]}px`);
        expect(inner(el).getBoundingClientRect().height, size).to.be.at.least(expected[size]);
      }
      const tall = await fixture<SugamButton>(
        html`<sugam-button size="xs" lang="ur" style="font-family: 'Noto Nastaliq Urdu'"
          >درخواست جمع کریں</sugam-button
        >`,
      );
      const box = inner(tall);
      expect(box.scrollHeight).to.be.at.most(box.clientHeight + 1);
    });

    it('renders without any theme loaded, from its token fallbacks', async () => {
      const el = await fixture<SugamButton>(html`<sugam-button>OK</sugam-button>`);
      const style = getComputedStyle(inner(el));
      expect(style.backgroundColor).to.equal('rgb(74, 43, 194)');
      expect(style.color).to.equal('rgb(255, 255, 255)');
    });

    it('warns once and keeps the default look for an unknown variant', async () => {
      const warnings: unknown[][] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const el = await fixture<SugamButton>(html`<sugam-button variant="fancy">OK</sugam-button>`);
        el.size = 'huge' as never;
        await el.updateComplete;
        el.requestUpdate('variant');
        await el.updateComplete;
        expect(getComputedStyle(inner(el)).backgroundColor).to.equal('rgb(74, 43, 194)');
        expect(getComputedStyle(inner(el)).minHeight).to.equal('40px');
      } finally {
        console.warn = original;
      }
      expect(warnings.filter((w) => String(w[0]).includes('variant="fancy"'))).to.have.length(1);
      expect(warnings.filter((w) => String(w[0]).includes('size="huge"'))).to.have.length(1);
    });
  });

  describe('keyboard', () => {
    it('is reached with Tab and shows a visible focus ring', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><button>before</button><sugam-button>Next</sugam-button></div>`,
      );
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      const el = wrapper.querySelector('sugam-button')!;
      expect(document.activeElement).to.equal(el);
      expect(el.shadowRoot!.activeElement).to.equal(inner(el));
      const style = getComputedStyle(inner(el));
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });

    for (const key of ['Enter', 'Space']) {
      it(`is activated with ${key}`, async () => {
        const el = await fixture<SugamButton>(html`<sugam-button>Next</sugam-button>`);
        let clicks = 0;
        el.addEventListener('click', () => clicks++);
        el.focus();
        await sendKeys({ press: key });
        expect(clicks).to.equal(1);
      });
    }

    it('is skipped by Tab and never clicks when disabled', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><button id="a">a</button><sugam-button disabled>Next</sugam-button><button id="b">b</button></div>`,
      );
      const el = wrapper.querySelector('sugam-button')!;
      let clicks = 0;
      el.addEventListener('click', () => clicks++);
      wrapper.querySelector<HTMLElement>('#a')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('b');
      el.click();
      inner(el).click();
      expect(clicks).to.equal(0);
    });

    it('stays focusable but does nothing while loading', async () => {
      const el = await fixture<SugamButton>(html`<sugam-button loading>Save</sugam-button>`);
      let clicks = 0;
      el.addEventListener('click', () => clicks++);
      el.focus();
      expect(el.shadowRoot!.activeElement).to.equal(inner(el));
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Space' });
      expect(clicks).to.equal(0);
      expect(inner(el).getAttribute('aria-disabled')).to.equal('true');
    });
  });

  describe('loading', () => {
    it('announces "Please wait" in a polite status region outside the button, added empty before its text', async () => {
      const el = await fixture<SugamButton>(html`<sugam-button>Save</sugam-button>`);
      // No region in a button that was never busy (one per button cost 18% of its render).
      expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(null);
      el.loading = true;
      await el.updateComplete;
      // The region arrives empty, and the text after it, so screen readers see the text change and announce it.
      expect(status(el).textContent).to.equal('');
      expect(el.shadowRoot!.querySelector('[part="spinner"]')).to.exist;
      await waitUntil(() => status(el).textContent === 'Please wait', 'the status text to follow the region');
      expect(inner(el).contains(status(el))).to.equal(false);
      // The region stays, so the next busy spell is announced at once.
      el.loading = false;
      await el.updateComplete;
      expect(status(el).textContent).to.equal('');
      el.loading = true;
      await el.updateComplete;
      expect(status(el).textContent).to.equal('Please wait');
    });

    it('announces it in Hindi inside a Hindi section, and follows a live language change', async () => {
      await loadLocale('hi');
      const section = await fixture<HTMLElement>(
        html`<section lang="hi"><sugam-button loading>सहेजें</sugam-button></section>`,
      );
      const el = section.querySelector('sugam-button')!;
      await el.updateComplete;
      expect(status(el).textContent).to.equal('कृपया प्रतीक्षा करें');
      section.lang = 'en';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(status(el).textContent).to.equal('Please wait');
    });
  });

  describe('forms', () => {
    it('submits its form with its name and value, like a native submit button', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <input name="q" value="ration card" />
          <sugam-button type="submit" name="action" value="search">Search</sugam-button>
        </form>`,
      );
      let data: FormData | undefined;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        data = new FormData(form, event.submitter);
      });
      form.querySelector('sugam-button')!.click();
      expect([...data!.entries()]).to.deep.equal([
        ['q', 'ration card'],
        ['action', 'search'],
      ]);
      expect(form.querySelectorAll('button')).to.have.length(0);
    });

    it('submits with Enter from the keyboard', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><sugam-button type="submit">Send</sugam-button></form>`);
      let submitted = 0;
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted++;
      });
      form.querySelector('sugam-button')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(submitted).to.equal(1);
    });

    it("runs the form's validation before submitting, unless formnovalidate", async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <input name="pin" required />
          <sugam-button type="submit">Send</sugam-button>
          <sugam-button type="submit" formnovalidate>Save draft</sugam-button>
        </form>`,
      );
      let submitted = 0;
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted++;
      });
      const [send, draft] = form.querySelectorAll('sugam-button');
      send.click();
      expect(submitted).to.equal(0);
      draft.click();
      expect(submitted).to.equal(1);
    });

    it('resets its form with type="reset"', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <input name="q" value="initial" />
          <sugam-button type="reset">Clear</sugam-button>
        </form>`,
      );
      const input = form.querySelector('input')!;
      input.value = 'changed';
      form.querySelector('sugam-button')!.click();
      expect(input.value).to.equal('initial');
    });

    it('submits a form elsewhere on the page through the form attribute', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <form id="apply"><input name="n" value="1" /></form>
          <sugam-button type="submit" form="apply">Apply</sugam-button>
        </div>`,
      );
      const form = wrapper.querySelector('form')!;
      const el = wrapper.querySelector('sugam-button')!;
      expect(el.form).to.equal(form);
      let submitted = 0;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted++;
      });
      el.click();
      expect(submitted).to.equal(1);
    });

    it('is disabled by a disabled fieldset', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <fieldset disabled><sugam-button type="submit">Send</sugam-button></fieldset>
        </form>`,
      );
      let submitted = 0;
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted++;
      });
      const el = form.querySelector('sugam-button')!;
      await el.updateComplete;
      expect(inner(el).hasAttribute('disabled')).to.equal(true);
      el.click();
      expect(submitted).to.equal(0);
      form.querySelector('fieldset')!.disabled = false;
      await el.updateComplete;
      expect(inner(el).hasAttribute('disabled')).to.equal(false);
      el.click();
      expect(submitted).to.equal(1);
    });
  });

  describe('link mode', () => {
    it('renders a real link with href, target and a safe rel', async () => {
      const el = await fixture<SugamButton>(
        html`<sugam-button href="https://www.india.gov.in/" target="_blank">National Portal</sugam-button>`,
      );
      const link = inner(el) as HTMLAnchorElement;
      expect(link.localName).to.equal('a');
      expect(link.href).to.equal('https://www.india.gov.in/');
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
    });

    it('follows the link with Enter', async () => {
      const el = await fixture<SugamButton>(html`<sugam-button href="#sugam-link-target">Jump</sugam-button>`);
      el.focus();
      await sendKeys({ press: 'Enter' });
      expect(location.hash).to.equal('#sugam-link-target');
      history.replaceState(null, '', location.pathname + location.search);
    });

    it('never renders a javascript: URL, however it is spelled', async () => {
      const warn = console.warn;
      const warnings: unknown[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        for (const href of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)']) {
          const el = await fixture<SugamButton>(html`<sugam-button href=${href}>Go</sugam-button>`);
          expect(inner(el).localName, href).to.equal('button');
          expect(el.shadowRoot!.querySelector('[href]'), href).to.equal(null);
        }
      } finally {
        console.warn = warn;
      }
      expect(warnings).to.have.length(3);
    });

    it('is not followed nor focusable when disabled', async () => {
      const el = await fixture<SugamButton>(html`<sugam-button href="/x" disabled>Gone</sugam-button>`);
      const link = inner(el);
      expect(link.hasAttribute('href')).to.equal(false);
      expect(link.getAttribute('aria-disabled')).to.equal('true');
      expect(link.getAttribute('role')).to.equal('link');
      link.focus();
      expect(el.shadowRoot!.activeElement).to.equal(null);
    });
  });

  describe('slots', () => {
    it('puts start and end content around the label, mirrored in right-to-left text', async () => {
      const el = await fixture<SugamButton>(
        html`<sugam-button dir="rtl"
          ><span slot="start" id="s">S</span>ارسال<span slot="end" id="e">E</span></sugam-button
        >`,
      );
      const start = el.querySelector('#s')!.getBoundingClientRect();
      const end = el.querySelector('#e')!.getBoundingClientRect();
      expect(start.left).to.be.greaterThan(end.left);
    });
  });
});
