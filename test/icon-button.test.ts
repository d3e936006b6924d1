import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@sugam/components/icon-button';
import type { SugamIconButton } from '@sugam/components/icon-button';
import { BUTTON_SIZES, BUTTON_VARIANTS } from '@sugam/components/button';
import { loadLocale } from '@sugam/i18n';
import { captureWarnings } from './helpers.js';

const inner = (el: SugamIconButton) => el.shadowRoot!.querySelector<HTMLElement>('.base')!;

describe('<sugam-icon-button>', () => {
  for (const lang of ['en', 'hi', 'ta', 'ur']) {
    it(`is accessible in every variant (${lang})`, async () => {
      await loadLocale(lang);
      const el = await fixture<HTMLElement>(
        html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'}>
          ${BUTTON_VARIANTS.map(
            (variant) => html`<sugam-icon-button icon="close" label="Close" variant=${variant}></sugam-icon-button>`,
          )}
          <sugam-icon-button icon="home" label="Home" href="/"></sugam-icon-button>
          <sugam-icon-button icon="print" label="Print" disabled></sugam-icon-button>
          <sugam-icon-button icon="print" label="Print" loading></sugam-icon-button>
        </div>`,
      );
      await expect(el, lang).to.be.accessible();
    });
  }

  it('is named by its label, not by its icon', async () => {
    const el = await fixture<SugamIconButton>(
      html`<sugam-icon-button icon="search" label="Search"></sugam-icon-button>`,
    );
    expect(inner(el).localName).to.equal('button');
    expect(inner(el).getAttribute('aria-label')).to.equal('Search');
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('warns once when the label is missing, and still renders', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<SugamIconButton>(html`<sugam-icon-button icon="close"></sugam-icon-button>`);
      expect(inner(el)).to.exist;
      expect(inner(el).hasAttribute('aria-label')).to.equal(false);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings.filter((w) => w.includes('needs a label'))).to.have.length(1);
  });

  it("reads UX4G's variant name primary as solid, without a warning", async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<SugamIconButton>(
        html`<sugam-icon-button icon="plus" label="Add" variant="primary"></sugam-icon-button>`,
      );
      expect(el.variant).to.equal('solid');
      expect(getComputedStyle(inner(el)).backgroundColor).to.equal('rgb(74, 43, 194)');
    });
    expect(warnings).to.deep.equal([]);
  });

  it('warns about an unknown icon', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<SugamIconButton>(html`<sugam-icon-button icon="unicorn" label="X"></sugam-icon-button>`);
      expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    });
    expect(warnings.filter((w) => w.includes('no icon named "unicorn"'))).to.have.length(1);
  });

  it('is a square of 24 to 56 px (40 by default), and round with pill', async () => {
    const expected = { xs: 24, sm: 32, md: 40, lg: 48, xl: 56 } as const;
    for (const size of BUTTON_SIZES) {
      const el = await fixture<SugamIconButton>(
        html`<sugam-icon-button icon="plus" label="Add" size=${size}></sugam-icon-button>`,
      );
      const box = inner(el).getBoundingClientRect();
      expect(box.height, size).to.equal(expected[size]);
      expect(box.width, size).to.equal(expected[size]);
    }
    const pill = await fixture<SugamIconButton>(
      html`<sugam-icon-button icon="plus" label="Add" pill></sugam-icon-button>`,
    );
    expect(getComputedStyle(inner(pill)).borderRadius).to.equal('999px');
  });

  it('is activated with Enter and Space, and not when disabled', async () => {
    const el = await fixture<SugamIconButton>(html`<sugam-icon-button icon="plus" label="Add"></sugam-icon-button>`);
    let clicks = 0;
    el.addEventListener('click', () => clicks++);
    el.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    expect(clicks).to.equal(2);
    el.disabled = true;
    await el.updateComplete;
    inner(el).click();
    expect(clicks).to.equal(2);
  });

  it('renders a link with href, and submits its form with type="submit"', async () => {
    const link = await fixture<SugamIconButton>(
      html`<sugam-icon-button icon="home" label="Home" href="/home"></sugam-icon-button>`,
    );
    expect(inner(link).localName).to.equal('a');
    expect(inner(link).getAttribute('href')).to.equal('/home');
    expect(inner(link).getAttribute('aria-label')).to.equal('Home');
    const form = await fixture<HTMLFormElement>(
      html`<form><sugam-icon-button type="submit" icon="search" label="Search"></sugam-icon-button></form>`,
    );
    let submitted = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted++;
    });
    form.querySelector<SugamIconButton>('sugam-icon-button')!.click();
    expect(submitted).to.equal(1);
  });

  it('mirrors directional icons in rtl', async () => {
    const el = await fixture<HTMLElement>(
      html`<div dir="rtl"><sugam-icon-button icon="chevron-end" label="Next"></sugam-icon-button></div>`,
    );
    const svg = el.querySelector('sugam-icon-button')!.shadowRoot!.querySelector('svg')!;
    expect(getComputedStyle(svg).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
  });

  it('shows a spinner instead of the icon while loading', async () => {
    const el = await fixture<SugamIconButton>(
      html`<sugam-icon-button icon="print" label="Print" loading></sugam-icon-button>`,
    );
    expect(el.shadowRoot!.querySelector('.spinner')).to.exist;
    expect(el.shadowRoot!.querySelector('.icon')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Please wait');
  });

  it('shows a custom SVG from the default slot', async () => {
    const el = await fixture<SugamIconButton>(
      html`<sugam-icon-button label="Share"><svg viewBox="0 0 24 24" aria-hidden="true"></svg></sugam-icon-button>`,
    );
    expect(el.querySelector('svg')!.getBoundingClientRect().width).to.equal(24);
  });
});
