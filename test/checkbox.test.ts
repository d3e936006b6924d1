import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@sugam/components/checkbox';
import type { SugamCheckbox } from '@sugam/components/checkbox';
import { loadLocale } from '@sugam/i18n';
import { runFormControlTests } from './form-control-suite.js';

const input = (el: SugamCheckbox) => el.shadowRoot!.querySelector('input')!;

describe('<sugam-checkbox>', () => {
  runFormControlTests<SugamCheckbox>({
    tag: 'sugam-checkbox',
    filledAttributes: 'value="yes" checked',
    nativeEquivalent: '<input type="checkbox" name="field" value="yes" checked>',
    change: async (el) => {
      el.checked = false;
    },
    empty: async (el) => {
      el.checked = false;
    },
    requiredMessage: { en: 'Select this box to continue.', hi: 'आगे बढ़ने के लिए इस बॉक्स को चुनें।' },
  });

  it('is accessible in every state and size, in English, Hindi, Tamil and Urdu', async () => {
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      const el = await fixture<HTMLElement>(
        html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'}>
          <sugam-checkbox label="I agree" hint="Read the terms first" required></sugam-checkbox>
          <sugam-checkbox label="Small" size="sm" checked optional></sugam-checkbox>
          <sugam-checkbox label="Large" size="lg" indeterminate></sugam-checkbox>
          <sugam-checkbox label="Reversed" reverse checked></sugam-checkbox>
          <sugam-checkbox label="Success" state="success" status-message="Saved" checked></sugam-checkbox>
          <sugam-checkbox label="Warning" state="warning" status-message="Check this"></sugam-checkbox>
          <sugam-checkbox label="Error" error-message="You must agree"></sugam-checkbox>
          <sugam-checkbox label="Read only" readonly checked></sugam-checkbox>
          <sugam-checkbox label="Disabled" disabled checked></sugam-checkbox>
        </div>`,
      );
      await expect(el, lang).to.be.accessible();
    }
  });

  describe('defaults', () => {
    it('is unchecked with the value "on", like a native checkbox', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><sugam-checkbox name="sms" label="SMS"></sugam-checkbox></form>`,
      );
      const el = form.querySelector('sugam-checkbox')!;
      expect(el.checked).to.equal(false);
      expect(el.value).to.equal('on');
      expect([...new FormData(form)]).to.deep.equal([]);
      el.checked = true;
      await el.updateComplete;
      expect([...new FormData(form)]).to.deep.equal([['sms', 'on']]);
    });
  });

  describe('labels', () => {
    it('ties its label, hint and message to the checkbox inside its shadow root', async () => {
      const el = await fixture<SugamCheckbox>(
        html`<sugam-checkbox label="I agree" hint="Read the terms" error-message="You must agree"></sugam-checkbox>`,
      );
      const box = input(el);
      expect(box.labels?.[0]?.textContent).to.contain('I agree');
      expect(box.getAttribute('aria-describedby')).to.equal('hint message');
      expect(box.getAttribute('aria-invalid')).to.equal('true');
    });

    it('takes its label from slotted text', async () => {
      const el = await fixture<SugamCheckbox>(html`<sugam-checkbox>मैं सहमत हूँ</sugam-checkbox>`);
      const slot = el.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedNodes()[0]!.textContent).to.equal('मैं सहमत हूँ');
      expect(input(el).labels?.[0]?.contains(slot)).to.equal(true);
    });

    it('shows a localized required marker', async () => {
      await loadLocale('ta');
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="ta"><sugam-checkbox label="ஒப்புக்கொள்கிறேன்" required></sugam-checkbox></div>`,
      );
      const el = wrapper.querySelector('sugam-checkbox')!;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.marker')!.textContent).not.to.equal('');
      expect(el.shadowRoot!.querySelector('.marker')!.textContent).not.to.contain('field.');
    });
  });

  describe('keyboard and pointer', () => {
    it('toggles with Space and fires input and change', async () => {
      const el = await fixture<SugamCheckbox>(html`<sugam-checkbox label="SMS"></sugam-checkbox>`);
      let inputs = 0;
      let changes = 0;
      el.addEventListener('input', () => inputs++);
      el.addEventListener('change', () => changes++);
      el.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.checked).to.equal(true);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.checked).to.equal(false);
      expect([inputs, changes]).to.deep.equal([2, 2]);
    });

    it('toggles when the label text is clicked, and the row is at least 24 px high', async () => {
      const el = await fixture<SugamCheckbox>(html`<sugam-checkbox label="SMS" size="sm"></sugam-checkbox>`);
      const row = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
      expect(row.getBoundingClientRect().height).to.be.at.least(24);
      el.shadowRoot!.querySelector<HTMLElement>('[part="label"]')!.click();
      await el.updateComplete;
      expect(el.checked).to.equal(true);
    });

    it('clears the indeterminate state when the user toggles it', async () => {
      const el = await fixture<SugamCheckbox>(html`<sugam-checkbox label="All" indeterminate></sugam-checkbox>`);
      expect(input(el).indeterminate).to.equal(true);
      expect(input(el).matches(':indeterminate')).to.equal(true);
      input(el).click();
      await el.updateComplete;
      expect(el.indeterminate).to.equal(false);
      expect(input(el).indeterminate).to.equal(false);
      expect(el.checked).to.equal(true);
    });

    it('cannot be changed when read-only, but is focusable and submitted', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><sugam-checkbox name="a" label="A" readonly checked></sugam-checkbox></form>`,
      );
      const el = form.querySelector('sugam-checkbox')!;
      let changes = 0;
      el.addEventListener('change', () => changes++);
      el.focus();
      expect(el.shadowRoot!.activeElement).to.equal(input(el));
      await sendKeys({ press: 'Space' });
      input(el).click();
      await el.updateComplete;
      expect(el.checked).to.equal(true);
      expect(input(el).checked).to.equal(true);
      expect(changes).to.equal(0);
      expect(input(el).getAttribute('aria-readonly')).to.equal('true');
      expect([...new FormData(form)]).to.deep.equal([['a', 'on']]);
    });

    it('is neither focusable nor submitted when disabled', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><sugam-checkbox name="a" label="A" disabled checked></sugam-checkbox></form>`,
      );
      const el = form.querySelector('sugam-checkbox')!;
      el.focus();
      expect(el.shadowRoot!.activeElement).to.equal(null);
      expect([...new FormData(form)]).to.deep.equal([]);
    });
  });

  describe('validation', () => {
    it('shows the required message once the user leaves it, and clears it when checked', async () => {
      // Tab lands on the button: past the page's last element, Firefox and WebKit move focus to their own toolbar.
      const wrapper = await fixture<HTMLElement>(
        html`<div><sugam-checkbox label="I agree" required></sugam-checkbox><button>After</button></div>`,
      );
      const el = wrapper.querySelector('sugam-checkbox')!;
      expect(el.shadowRoot!.querySelector('[part="message"]')).to.equal(null);
      el.focus();
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain('Select this box to continue.');
      input(el).click();
      await el.updateComplete;
      expect(el.checkValidity()).to.equal(true);
      expect(el.shadowRoot!.querySelector('[part="message"]')).to.equal(null);
    });

    it('keeps its state and validity when the language changes', async () => {
      await loadLocale('ur');
      const section = await fixture<HTMLElement>(
        html`<section lang="en"><sugam-checkbox label="Agree" required></sugam-checkbox></section>`,
      );
      const el = section.querySelector('sugam-checkbox')!;
      await el.updateComplete;
      section.lang = 'ur';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.equal('آگے بڑھنے کے لیے یہ خانہ منتخب کریں۔');
    });
  });

  it('toggles with click() like a native checkbox, firing change', async () => {
    const el = await fixture<SugamCheckbox>(html`<sugam-checkbox label="Agree"></sugam-checkbox>`);
    let changes = 0;
    el.addEventListener('change', () => changes++);
    el.click();
    await el.updateComplete;
    expect(el.checked).to.equal(true);
    expect(changes).to.equal(1);
    el.disabled = true;
    await el.updateComplete;
    el.click();
    await el.updateComplete;
    expect(el.checked).to.equal(true);
  });
});
