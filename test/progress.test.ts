import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '@sugam/components/progress';
import type { SugamProgress } from '@sugam/components/progress';
import { loadLocale } from '@sugam/i18n';

const bar = (el: SugamProgress) => el.shadowRoot!.querySelector<HTMLElement>('[role="progressbar"]')!;
const labelOf = (el: SugamProgress) => el.shadowRoot!.getElementById(bar(el).getAttribute('aria-labelledby')!)!;

describe('<sugam-progress>', () => {
  it('is accessible as a bar and a circle, determinate and not, in English, Hindi, Tamil and Urdu', async () => {
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      const el = await fixture<HTMLElement>(
        html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'}>
          <sugam-progress label="Uploading" value="45" show-value></sugam-progress>
          <sugam-progress label="Checking" size="sm" variant="success" value="100"></sugam-progress>
          <sugam-progress label="Waiting" size="lg"></sugam-progress>
          <sugam-progress label="Hidden label" hide-label value="3" max="4" variant="warning"></sugam-progress>
          <sugam-progress type="circle" label="Profile" value="70" show-value></sugam-progress>
          <sugam-progress type="circle" size="sm" variant="error" label="Loading"></sugam-progress>
          <sugam-progress value="20"><span slot="label">Slotted label</span></sugam-progress>
        </div>`,
      );
      await expect(el, lang).to.be.accessible();
    }
  });

  it('exposes value, min, max and a percentage as valuetext', async () => {
    const el = await fixture<SugamProgress>(html`<sugam-progress label="Upload" value="45"></sugam-progress>`);
    expect(bar(el).getAttribute('aria-valuenow')).to.equal('45');
    expect(bar(el).getAttribute('aria-valuemin')).to.equal('0');
    expect(bar(el).getAttribute('aria-valuemax')).to.equal('100');
    expect(bar(el).getAttribute('aria-valuetext')).to.equal('45%');
    expect(labelOf(el).textContent!.trim()).to.equal('Upload');
  });

  it('computes the percentage of max and clamps out-of-range values', async () => {
    const el = await fixture<SugamProgress>(html`<sugam-progress label="Steps" value="3" max="4"></sugam-progress>`);
    expect(bar(el).getAttribute('aria-valuetext')).to.equal('75%');
    el.value = 9;
    await el.updateComplete;
    expect(bar(el).getAttribute('aria-valuenow')).to.equal('4');
    expect(bar(el).getAttribute('aria-valuetext')).to.equal('100%');
    el.value = -2;
    await el.updateComplete;
    expect(bar(el).getAttribute('aria-valuenow')).to.equal('0');
  });

  it('writes the percentage in the reader’s numerals', async () => {
    await loadLocale('bn');
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <sugam-progress lang="bn" label="আপলোড" value="45" show-value></sugam-progress>
      </div>`,
    );
    const bn = wrapper.querySelector('sugam-progress')!;
    await bn.updateComplete;
    expect(bar(bn).getAttribute('aria-valuetext')).to.equal('৪৫%');
    expect(bn.shadowRoot!.querySelector('[part="value"]')!.textContent).to.equal('৪৫%');
  });

  it('is indeterminate without a value: no valuenow, valuetext, min or max', async () => {
    const el = await fixture<SugamProgress>(html`<sugam-progress label="Loading"></sugam-progress>`);
    expect(el.indeterminate).to.equal(true);
    for (const attribute of ['aria-valuenow', 'aria-valuetext', 'aria-valuemin', 'aria-valuemax']) {
      expect(bar(el).hasAttribute(attribute), attribute).to.equal(false);
    }
    el.value = 10;
    await el.updateComplete;
    expect(bar(el).getAttribute('aria-valuenow')).to.equal('10');
  });

  it('fills the bar from the start edge, also in right-to-left text', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="inline-size: 200px">
        <sugam-progress label="LTR" value="50"></sugam-progress>
        <sugam-progress label="RTL" value="50" dir="rtl"></sugam-progress>
      </div>`,
    );
    const [ltr, rtl] = [...wrapper.querySelectorAll('sugam-progress')];
    const box = (el: Element) => el.shadowRoot!.querySelector('[part="indicator"]')!.getBoundingClientRect();
    const track = (el: Element) => bar(el as SugamProgress).getBoundingClientRect();
    expect(Math.round(box(ltr).width)).to.equal(100);
    expect(Math.round(box(ltr).left)).to.equal(Math.round(track(ltr).left));
    expect(Math.round(box(rtl).right)).to.equal(Math.round(track(rtl).right));
  });

  it('names the progressbar from the label slot', async () => {
    const el = await fixture<SugamProgress>(
      html`<sugam-progress value="5"><span slot="label">Slotted</span></sugam-progress>`,
    );
    const slot = labelOf(el).querySelector('slot')!;
    expect(slot.assignedNodes()[0].textContent).to.equal('Slotted');
  });

  it('warns once when it has no label', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await fixture<SugamProgress>(html`<sugam-progress value="5"></sugam-progress>`);
      el.value = 6;
      await el.updateComplete;
      expect(warnings.length).to.equal(1);
      expect(String(warnings[0][0])).to.contain('label');
    } finally {
      console.warn = original;
    }
  });

  it('shows the label only for screen readers with hide-label', async () => {
    const el = await fixture<SugamProgress>(
      html`<sugam-progress label="Upload" value="5" hide-label></sugam-progress>`,
    );
    expect(labelOf(el).classList.contains('visually-hidden')).to.equal(true);
  });

  it('stops sliding the indeterminate bar with reduced motion', async () => {
    const el = await fixture<SugamProgress>(html`<sugam-progress label="Loading"></sugam-progress>`);
    const indicator = el.shadowRoot!.querySelector('[part="indicator"]')!;
    expect(getComputedStyle(indicator).animationName).to.equal('slide');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(getComputedStyle(indicator).animationName).to.equal('fade');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
