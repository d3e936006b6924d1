import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '@sugam/components/spinner';
import type { SugamSpinner } from '@sugam/components/spinner';
import { loadLocale } from '@sugam/i18n';

const bar = (el: SugamSpinner) => el.shadowRoot!.querySelector<HTMLElement>('[role="progressbar"]')!;
const name = (el: SugamSpinner) => el.shadowRoot!.getElementById(bar(el).getAttribute('aria-labelledby')!)!.textContent;

describe('<sugam-spinner>', () => {
  it('is accessible in every size, in English, Hindi, Tamil and Urdu', async () => {
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      const el = await fixture<HTMLElement>(
        html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'}>
          ${['xs', 'sm', 'md', 'lg', 'xl'].map((size) => html`<sugam-spinner size=${size}></sugam-spinner>`)}
          <sugam-spinner label="Loading results" show-label></sugam-spinner>
        </div>`,
      );
      await expect(el, lang).to.be.accessible();
    }
  });

  it('is an indeterminate progressbar named "Loading" by default', async () => {
    const el = await fixture<SugamSpinner>(html`<sugam-spinner></sugam-spinner>`);
    expect(bar(el).hasAttribute('aria-valuenow')).to.equal(false);
    expect(name(el)).to.equal('Loading');
  });

  it('uses the localized default name, and the label when given', async () => {
    await loadLocale('hi');
    const wrapper = await fixture<HTMLElement>(html`<div lang="hi"><sugam-spinner></sugam-spinner></div>`);
    const el = wrapper.querySelector('sugam-spinner')!;
    await el.updateComplete;
    expect(name(el)).to.equal('लोड हो रहा है');
    el.label = 'परिणाम लोड हो रहे हैं';
    await el.updateComplete;
    expect(name(el)).to.equal('परिणाम लोड हो रहे हैं');
  });

  it('shows the label only with show-label', async () => {
    const el = await fixture<SugamSpinner>(html`<sugam-spinner></sugam-spinner>`);
    expect(el.shadowRoot!.querySelector('#label')!.classList.contains('visually-hidden')).to.equal(true);
    el.showLabel = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#label')!.classList.contains('visually-hidden')).to.equal(false);
  });

  it('is 16 to 48 px', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div><sugam-spinner size="xs"></sugam-spinner><sugam-spinner size="xl"></sugam-spinner></div>`,
    );
    const [xs, xl] = [...wrapper.querySelectorAll('sugam-spinner')].map((el) =>
      el.shadowRoot!.querySelector('svg')!.getBoundingClientRect(),
    );
    expect(xs.width).to.equal(16);
    expect(xl.width).to.equal(48);
  });

  it('keeps turning, more slowly, with reduced motion', async () => {
    const el = await fixture<SugamSpinner>(html`<sugam-spinner></sugam-spinner>`);
    const ring = el.shadowRoot!.querySelector('svg')!;
    expect(getComputedStyle(ring).animationName).to.equal('spin');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle(ring).animationName).to.equal('spin');
      expect(parseFloat(getComputedStyle(ring).animationDuration)).to.be.at.least(2);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
