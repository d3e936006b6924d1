import { expect, fixture, html } from '@open-wc/testing';
import '@sugam/components/icon';
import { DIRECTIONAL_ICONS, ICON_NAMES, type SugamIcon } from '@sugam/components/icon';
import { captureWarnings } from './helpers.js';

const svg = (el: SugamIcon) => el.shadowRoot!.querySelector('svg');

describe('<sugam-icon>', () => {
  it('is accessible, decorative and labelled, in ltr and rtl', async () => {
    for (const dir of ['ltr', 'rtl']) {
      const el = await fixture<HTMLElement>(
        html`<p dir=${dir}>
          <sugam-icon name="home"></sugam-icon> Home
          <sugam-icon name="warning" label="Warning"></sugam-icon>
        </p>`,
      );
      await expect(el, dir).to.be.accessible();
    }
  });

  it('renders every bundled icon', async () => {
    for (const name of ICON_NAMES) {
      const el = await fixture<SugamIcon>(html`<sugam-icon name=${name}></sugam-icon>`);
      expect(svg(el), name).to.exist;
      expect(svg(el)!.querySelector('path'), name).to.exist;
      expect(svg(el)!.getAttribute('aria-hidden')).to.equal('true');
    }
  });

  it('is hidden from assistive technology without a label', async () => {
    const el = await fixture<SugamIcon>(html`<sugam-icon name="home"></sugam-icon>`);
    expect(el.getAttribute('aria-hidden')).to.equal('true');
    expect(el.hasAttribute('role')).to.equal(false);
  });

  it('is an image named by its label, and follows label changes', async () => {
    const el = await fixture<SugamIcon>(html`<sugam-icon name="warning" label="Warning"></sugam-icon>`);
    expect(el.getAttribute('role')).to.equal('img');
    expect(el.getAttribute('aria-label')).to.equal('Warning');
    expect(el.hasAttribute('aria-hidden')).to.equal(false);
    el.label = 'चेतावनी';
    await el.updateComplete;
    expect(el.getAttribute('aria-label')).to.equal('चेतावनी');
    el.label = undefined;
    await el.updateComplete;
    expect(el.getAttribute('aria-hidden')).to.equal('true');
    expect(el.hasAttribute('role')).to.equal(false);
  });

  it('takes the text colour and, without a size, the font size', async () => {
    const el = await fixture<HTMLElement>(
      html`<p style="color: rgb(10, 20, 30); font-size: 20px"><sugam-icon name="home"></sugam-icon></p>`,
    );
    const icon = el.querySelector('sugam-icon')!;
    expect(getComputedStyle(svg(icon as SugamIcon)!).fill).to.equal('rgb(10, 20, 30)');
    expect(icon.getBoundingClientRect().width).to.equal(20);
  });

  it('has the token sizes and honours --sugam-icon-size', async () => {
    const expected = { sm: 16, md: 24, lg: 32, xl: 48 } as const;
    for (const [size, px] of Object.entries(expected)) {
      const el = await fixture<SugamIcon>(html`<sugam-icon name="home" size=${size}></sugam-icon>`);
      expect(el.getBoundingClientRect().width, size).to.equal(px);
      expect(el.getBoundingClientRect().height, size).to.equal(px);
    }
    const custom = await fixture<SugamIcon>(
      html`<sugam-icon name="home" style="--sugam-icon-size: 40px"></sugam-icon>`,
    );
    expect(custom.getBoundingClientRect().width).to.equal(40);
  });

  it('mirrors directional icons in rtl, and only those', async () => {
    for (const name of DIRECTIONAL_ICONS) {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <p dir="ltr"><sugam-icon name=${name}></sugam-icon></p>
          <p dir="rtl"><sugam-icon name=${name}></sugam-icon></p>
        </div>`,
      );
      const [ltr, rtl] = [...wrapper.querySelectorAll('sugam-icon')].map(
        (icon) => getComputedStyle(svg(icon)!).transform,
      );
      expect(ltr, name).to.equal('none');
      expect(rtl, name).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    }
    const home = await fixture<HTMLElement>(html`<p dir="rtl"><sugam-icon name="home"></sugam-icon></p>`);
    expect(getComputedStyle(svg(home.querySelector('sugam-icon')!)!).transform).to.equal('none');
  });

  it('renders nothing and warns once for an unknown name', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<SugamIcon>(html`<sugam-icon name="unicorn"></sugam-icon>`);
      expect(svg(el)).to.equal(null);
      el.requestUpdate('name');
      await el.updateComplete;
    });
    expect(warnings.filter((w) => w.includes('no icon named "unicorn"'))).to.have.length(1);
  });

  it('shows a custom inline SVG from the default slot', async () => {
    const el = await fixture<SugamIcon>(
      html`<sugam-icon label="Wheel" size="lg"
        ><svg viewBox="0 0 24 24"><circle cx="12" cy="12" r="9" /></svg
      ></sugam-icon>`,
    );
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0].localName).to.equal('svg');
    expect(el.querySelector('svg')!.getBoundingClientRect().width).to.equal(32);
    expect(el.getAttribute('role')).to.equal('img');
  });

  it('warns once and keeps the default for an unknown size', async () => {
    const warnings = await captureWarnings(async () => {
      await fixture(html`<sugam-icon name="home" size="huge"></sugam-icon>`);
    });
    expect(warnings.filter((w) => w.includes('size="huge"'))).to.have.length(1);
  });
});
