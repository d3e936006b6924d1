import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@sugam/components/switch';
import type { SugamSwitch } from '@sugam/components/switch';
import { loadLocale } from '@sugam/i18n';
import { runFormControlTests } from './form-control-suite.js';

const control = (el: SugamSwitch) => el.shadowRoot!.querySelector('input')!;

describe('<sugam-switch>', () => {
  runFormControlTests<SugamSwitch>({
    tag: 'sugam-switch',
    filledAttributes: 'checked',
    nativeEquivalent: '<input type="checkbox" name="field" checked>',
    change: async (el) => {
      el.checked = false;
    },
    empty: async (el) => {
      el.checked = false;
    },
    requiredMessage: { en: 'Turn this on to continue.', hi: 'आगे बढ़ने के लिए इसे चालू करें।' },
  });

  it('is accessible in every state and size, in English, Hindi, Tamil and Urdu', async () => {
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      const el = await fixture<HTMLElement>(
        html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'}>
          <sugam-switch label="Email alerts" hint="Once a day" show-state></sugam-switch>
          <sugam-switch label="Small" size="sm" checked show-state optional></sugam-switch>
          <sugam-switch label="Large" size="lg" reverse></sugam-switch>
          <sugam-switch label="Success" state="success" status-message="Saved" checked></sugam-switch>
          <sugam-switch label="Warning" state="warning" status-message="Check"></sugam-switch>
          <sugam-switch label="Consent" required error-message="Turn this on"></sugam-switch>
          <sugam-switch label="Read only" readonly checked></sugam-switch>
          <sugam-switch label="Disabled" disabled checked show-state></sugam-switch>
        </div>`,
      );
      await expect(el, lang).to.be.accessible();
    }
  });

  it('has role switch, labelled and described inside its shadow root', async () => {
    const el = await fixture<SugamSwitch>(html`<sugam-switch label="Email alerts" hint="Once a day"></sugam-switch>`);
    const input = control(el);
    expect(input.getAttribute('role')).to.equal('switch');
    expect(input.labels?.[0]?.textContent).to.contain('Email alerts');
    expect(input.getAttribute('aria-describedby')).to.equal('hint');
  });

  it('toggles with Space and with Enter, firing change each time', async () => {
    const el = await fixture<SugamSwitch>(html`<sugam-switch label="Alerts"></sugam-switch>`);
    let changes = 0;
    el.addEventListener('change', () => changes++);
    el.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.checked).to.equal(true);
    expect(control(el).checked).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.checked).to.equal(false);
    expect(changes).to.equal(2);
  });

  it('toggles when its label is clicked; the row is at least 24 px high', async () => {
    const el = await fixture<SugamSwitch>(html`<sugam-switch label="Alerts" size="sm"></sugam-switch>`);
    const row = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    expect(row.getBoundingClientRect().height).to.be.at.least(24);
    el.shadowRoot!.querySelector<HTMLElement>('[part="label"]')!.click();
    await el.updateComplete;
    expect(el.checked).to.equal(true);
  });

  it('shows the localized state text, hidden from screen readers', async () => {
    await loadLocale('hi');
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="hi"><sugam-switch label="सूचनाएँ" show-state></sugam-switch></div>`,
    );
    const el = wrapper.querySelector('sugam-switch')!;
    await el.updateComplete;
    const state = el.shadowRoot!.querySelector('[part="state"]')!;
    expect(state.getAttribute('aria-hidden')).to.equal('true');
    expect(state.textContent).to.equal('बंद');
    el.checked = true;
    await el.updateComplete;
    expect(state.textContent).to.equal('चालू');
  });

  it('cannot be changed when read-only, but is focusable and submitted', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><sugam-switch name="alerts" label="Alerts" readonly checked></sugam-switch></form>`,
    );
    const el = form.querySelector('sugam-switch')!;
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(control(el));
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Enter' });
    control(el).click();
    await el.updateComplete;
    expect(el.checked).to.equal(true);
    expect([...new FormData(form)]).to.deep.equal([['alerts', 'on']]);
  });

  it('submits its value when on and nothing when off', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><sugam-switch name="alerts" value="yes" label="Alerts"></sugam-switch></form>`,
    );
    const el = form.querySelector('sugam-switch')!;
    expect([...new FormData(form)]).to.deep.equal([]);
    control(el).click();
    await el.updateComplete;
    expect([...new FormData(form)]).to.deep.equal([['alerts', 'yes']]);
  });
});
