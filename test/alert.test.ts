import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@sugam/components/alert';
import type { SugamAlert } from '@sugam/components/alert';
import { loadLocale } from '@sugam/i18n';

const closeButton = (el: SugamAlert) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="close-button"]')!;
const content = (el: SugamAlert) => el.shadowRoot!.querySelector<HTMLElement>('[part="content"]')!;
const frames = async (n = 2) => {
  for (let i = 0; i < n; i++) await nextFrame();
};

describe('<sugam-alert>', () => {
  it('is accessible in every variant, in English, Hindi, Tamil and Urdu', async () => {
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      const el = await fixture<HTMLElement>(
        html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'}>
          <sugam-alert variant="info" heading="Note">Offices are closed on 26 January.</sugam-alert>
          <sugam-alert variant="success" dismissible>Your application was submitted.</sugam-alert>
          <sugam-alert variant="warning" live="polite">Your session ends in 2 minutes.</sugam-alert>
          <sugam-alert variant="error" live="assertive" dismissible
            ><h2 slot="heading">There is a problem</h2>
            Payment failed.</sugam-alert
          >
        </div>`,
      );
      await frames();
      await expect(el, lang).to.be.accessible();
    }
  });

  it('defaults to info, not live, with no role', async () => {
    const el = await fixture<SugamAlert>(html`<sugam-alert>Offices are closed today.</sugam-alert>`);
    expect(el.variant).to.equal('info');
    expect(el.live).to.equal('off');
    expect(content(el).hasAttribute('role')).to.equal(false);
    expect(closeButton(el)).to.equal(null);
  });

  it('gives live="assertive" role alert and live="polite" role status', async () => {
    const el = await fixture<SugamAlert>(html`<sugam-alert live="assertive">Failed.</sugam-alert>`);
    expect(content(el).getAttribute('role')).to.equal('alert');
    el.live = 'polite';
    await el.updateComplete;
    expect(content(el).getAttribute('role')).to.equal('status');
  });

  it('fills a live alert one frame after it appears, so the text is an addition to an existing live region', async () => {
    const el = await fixture<SugamAlert>(html`<sugam-alert live="polite" hidden>Saved.</sugam-alert>`);
    el.hidden = false;
    await el.updateComplete;
    expect(content(el).getAttribute('role')).to.equal('status');
    expect(content(el).querySelector('slot:not([name])')).to.equal(null);
    await frames();
    await el.updateComplete;
    expect(content(el).querySelector('slot:not([name])')).not.to.equal(null);
  });

  it('says the variant in text to screen readers, localized', async () => {
    await loadLocale('hi');
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="hi"><sugam-alert variant="error">भुगतान विफल।</sugam-alert></div>`,
    );
    const el = wrapper.querySelector('sugam-alert')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.visually-hidden')!.textContent!.trim()).to.equal('त्रुटि:');
    el.variant = 'info';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.visually-hidden')!.textContent!.trim()).to.equal('जानकारी:');
  });

  it('has a localized close button of at least 24 × 24 px', async () => {
    await loadLocale('ta');
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="ta"><sugam-alert dismissible>சேமிக்கப்பட்டது.</sugam-alert></div>`,
    );
    const el = wrapper.querySelector('sugam-alert')!;
    await el.updateComplete;
    const button = closeButton(el);
    expect(button.getAttribute('aria-label')).to.equal('செய்தியை மூடு');
    const box = button.getBoundingClientRect();
    expect(box.width).to.be.at.least(24);
    expect(box.height).to.be.at.least(24);
  });

  it('hides itself and fires sugam-close then sugam-after-close when closed', async () => {
    const el = await fixture<SugamAlert>(html`<sugam-alert dismissible>Saved.</sugam-alert>`);
    const events: string[] = [];
    el.addEventListener('sugam-close', () => events.push('close'));
    el.addEventListener('sugam-after-close', () => events.push('after-close'));
    closeButton(el).click();
    expect(el.hidden).to.equal(true);
    expect(events).to.deep.equal(['close', 'after-close']);
    expect(getComputedStyle(el).display).to.equal('none');
  });

  it('stays open when sugam-close is cancelled', async () => {
    const el = await fixture<SugamAlert>(html`<sugam-alert dismissible>Saved.</sugam-alert>`);
    el.addEventListener('sugam-close', (event) => event.preventDefault());
    closeButton(el).click();
    expect(el.hidden).to.equal(false);
  });

  it('moves focus to the next focusable element when closed from the keyboard, never leaving it on the hidden alert', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <button id="before">Before</button>
        <sugam-alert dismissible>Saved.</sugam-alert>
        <p>Text</p>
        <a id="after" href="#x">After</a>
      </div>`,
    );
    const el = wrapper.querySelector('sugam-alert')!;
    closeButton(el).focus();
    await sendKeys({ press: 'Enter' });
    expect(el.hidden).to.equal(true);
    expect(document.activeElement).to.equal(wrapper.querySelector('#after'));
  });

  it('falls back to the previous focusable element when nothing follows', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div><button id="before">Before</button><sugam-alert dismissible>Saved.</sugam-alert></div>`,
    );
    const el = wrapper.querySelector('sugam-alert')!;
    closeButton(el).focus();
    await sendKeys({ press: 'Space' });
    expect(document.activeElement).to.equal(wrapper.querySelector('#before'));
  });

  it('lets a sugam-after-close listener decide where focus goes', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <h2 id="target" tabindex="-1">Results</h2>
        <sugam-alert dismissible>Saved.</sugam-alert>
        <button>Next</button>
      </div>`,
    );
    const el = wrapper.querySelector('sugam-alert')!;
    el.addEventListener('sugam-after-close', () => wrapper.querySelector<HTMLElement>('#target')!.focus());
    closeButton(el).focus();
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement).to.equal(wrapper.querySelector('#target'));
  });

  it('spans the page when wide: square, coloured along the bottom, content centred in its max width', async () => {
    for (const dir of ['ltr', 'rtl']) {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir=${dir} style="inline-size: 1400px; --sugam-alert-wide-max-width: 1000px">
          <sugam-alert wide variant="warning">Offices are closed on 26 January.</sugam-alert>
        </div>`,
      );
      const el = wrapper.querySelector('sugam-alert')!;
      const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
      const style = getComputedStyle(base);
      expect(style.borderRadius, dir).to.equal('0px');
      expect([style.borderLeftWidth, style.borderRightWidth, style.borderTopWidth], dir).to.deep.equal([
        '0px',
        '0px',
        '0px',
      ]);
      expect(parseFloat(style.borderBottomWidth), dir).to.be.above(0);
      // (1400 - 1000) / 2 on each side: the content lines up with a 1000 px page column.
      expect([style.paddingLeft, style.paddingRight], dir).to.deep.equal(['200px', '200px']);
      await expect(wrapper, dir).to.be.accessible();
    }
  });

  it('shows the heading attribute, or the heading slot instead', async () => {
    const el = await fixture<SugamAlert>(html`<sugam-alert heading="Note">Text</sugam-alert>`);
    const heading = el.shadowRoot!.querySelector<HTMLElement>('[part="heading"]')!;
    expect(heading.hidden).to.equal(false);
    expect(heading.textContent!.trim()).to.equal('Note');
    const plain = await fixture<SugamAlert>(html`<sugam-alert>Text</sugam-alert>`);
    expect(plain.shadowRoot!.querySelector<HTMLElement>('[part="heading"]')!.hidden).to.equal(true);
    const slotted = await fixture<SugamAlert>(
      html`<sugam-alert
        ><h3 slot="heading">Slotted</h3>
        Text</sugam-alert
      >`,
    );
    expect(slotted.shadowRoot!.querySelector<HTMLElement>('[part="heading"]')!.hidden).to.equal(false);
  });

  it('falls back to info and off for unknown values with one warning each', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await fixture<SugamAlert>(html`<sugam-alert variant="fatal" live="loud">Text</sugam-alert>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(content(el).hasAttribute('role')).to.equal(false);
      expect(el.shadowRoot!.querySelector('svg')!.innerHTML).to.contain('path');
      expect(warnings.length).to.equal(2);
    } finally {
      console.warn = original;
    }
  });

  it('hide() can be awaited with oneEvent and show() brings it back', async () => {
    const el = await fixture<SugamAlert>(html`<sugam-alert>Text</sugam-alert>`);
    setTimeout(() => el.hide());
    await oneEvent(el, 'sugam-after-close');
    expect(el.hidden).to.equal(true);
    el.show();
    expect(el.hidden).to.equal(false);
  });
});
