import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@sugam/components/text-field';
import type { SugamTextField } from '@sugam/components/text-field';
import { loadLocale } from '@sugam/i18n';
import { runFormControlTests } from './form-control-suite.js';

const input = (el: SugamTextField) => el.shadowRoot!.querySelector('input')!;

async function type(el: SugamTextField, text: string) {
  input(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('<sugam-text-field>', () => {
  runFormControlTests<SugamTextField>({
    tag: 'sugam-text-field',
    filledAttributes: 'value="Asha"',
    nativeEquivalent: '<input name="field" value="Asha">',
    change: async (el) => {
      el.value = 'Ravi';
    },
    empty: async (el) => {
      el.value = '';
    },
    requiredMessage: { en: 'Fill in this field.', hi: 'यह फ़ील्ड भरें।' },
  });

  it('is accessible in every state and size, in English, Hindi, Tamil and Urdu', async () => {
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      const el = await fixture<HTMLElement>(
        html`<div lang=${lang}>
          <sugam-text-field label="Name" hint="As on your Aadhaar card" required></sugam-text-field>
          <sugam-text-field label="Email" type="email" size="sm" optional></sugam-text-field>
          <sugam-text-field label="Password" type="password" size="lg"></sugam-text-field>
          <sugam-text-field label="Search" type="search" value="ration"></sugam-text-field>
          <sugam-text-field label="City" state="success" status-message="Looks good"></sugam-text-field>
          <sugam-text-field label="PIN" state="warning" status-message="Check this"></sugam-text-field>
          <sugam-text-field label="Mobile" error-message="Enter a 10-digit number"></sugam-text-field>
          <sugam-text-field label="Read only" readonly value="Fixed"></sugam-text-field>
        </div>`,
      );
      await expect(el, lang).to.be.accessible();
    }
  });

  it('ties its label, hint and message to the input inside its shadow root', async () => {
    const el = await fixture<SugamTextField>(
      html`<sugam-text-field label="Name" hint="As on your card" error-message="Enter your name"></sugam-text-field>`,
    );
    const field = input(el);
    expect(field.labels?.[0]?.textContent).to.contain('Name');
    expect(field.getAttribute('aria-describedby')).to.equal('hint message');
    expect(el.shadowRoot!.getElementById('message')!.textContent).to.contain('Enter your name');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
  });

  it('fits a column narrower than its input’s own width (a page grid does not grow to hold it)', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="display: grid; inline-size: 120px">
        <sugam-text-field label="PIN" hint="6 digits"></sugam-text-field>
      </div>`,
    );
    const el = wrapper.querySelector('sugam-text-field')!;
    const input = el.shadowRoot!.querySelector('input')!;
    expect(el.getBoundingClientRect().width).to.equal(120);
    expect(input.getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right);
  });

  it('shows a localized required marker', async () => {
    await loadLocale('hi');
    const el = await fixture<HTMLElement>(
      html`<div lang="hi"><sugam-text-field label="नाम" required></sugam-text-field></div>`,
    );
    const field = el.querySelector('sugam-text-field')!;
    await field.updateComplete;
    expect(field.shadowRoot!.querySelector('.marker')!.textContent).to.equal('(आवश्यक)');
  });

  it('types, fires input and change, and submits what was typed', async () => {
    const form = await fixture<HTMLFormElement>(
      // The button gives Tab a place to land inside the page (Firefox would move focus to its toolbar).
      html`<form>
        <sugam-text-field name="name" label="Name"></sugam-text-field><button type="button">After</button>
      </form>`,
    );
    const el = form.querySelector('sugam-text-field')!;
    let inputs = 0;
    let changes = 0;
    el.addEventListener('input', () => inputs++);
    el.addEventListener('change', () => changes++);
    await type(el, 'प्रिया');
    await sendKeys({ press: 'Tab' });
    expect(el.value).to.equal('प्रिया');
    expect(inputs).to.be.greaterThan(0);
    expect(changes).to.equal(1);
    expect(new FormData(form).get('name')).to.equal('प्रिया');
  });

  it('keeps native digits on screen and submits ASCII digits when numeric', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <sugam-text-field name="pin" label="PIN" inputmode="numeric" pattern="[0-9]{6}"></sugam-text-field>
      </form>`,
    );
    const el = form.querySelector('sugam-text-field')!;
    await type(el, '११०००१');
    expect(input(el).value).to.equal('११०००१');
    expect(new FormData(form).get('pin')).to.equal('110001');
    expect(el.checkValidity()).to.equal(true);
  });

  it('counts length in graphemes, not UTF-16 units', async () => {
    const el = await fixture<SugamTextField>(html`<sugam-text-field label="Name" maxlength="3"></sugam-text-field>`);
    el.value = 'क्षिस्त्री'; // two graphemes, ten UTF-16 units
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
    el.value = 'क्षिस्त्रीकाम';
    await el.updateComplete;
    expect(el.validity.tooLong).to.equal(true);
    expect(el.validationMessage).to.equal('Enter no more than 3 characters. You have entered 4.');
  });

  it('validates email and url types and patterns', async () => {
    const el = await fixture<SugamTextField>(html`<sugam-text-field label="Email" type="email"></sugam-text-field>`);
    el.value = 'not-an-email';
    await el.updateComplete;
    expect(el.validity.typeMismatch).to.equal(true);
    el.value = 'asha@example.gov.in';
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
    el.type = 'text';
    el.pattern = '[A-Z]{5}[0-9]{4}[A-Z]';
    el.value = 'ABCDE1234F';
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
    el.value = 'abcde1234f';
    await el.updateComplete;
    expect(el.validity.patternMismatch).to.equal(true);
  });

  it('shows the validation message only after the user leaves the field', async () => {
    // The button gives Tab a place to land inside the page (Firefox would move focus to its toolbar).
    const wrapper = await fixture<HTMLElement>(
      html`<div><sugam-text-field label="Name" required></sugam-text-field><button>After</button></div>`,
    );
    const el = wrapper.querySelector('sugam-text-field')!;
    expect(el.shadowRoot!.querySelector('[part="message"]')).to.equal(null);
    input(el).focus();
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain('Fill in this field.');
  });

  it('shows and hides a password with a toggle button operable by keyboard', async () => {
    const el = await fixture<SugamTextField>(
      html`<sugam-text-field label="Password" type="password"></sugam-text-field>`,
    );
    await type(el, 'secret');
    await sendKeys({ press: 'Tab' });
    const toggle = el.shadowRoot!.querySelector('button')!;
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(input(el).type).to.equal('text');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(el.value).to.equal('secret');
  });

  it('never rewrites the value while an input method is composing', async () => {
    const el = await fixture<SugamTextField>(
      html`<sugam-text-field label="Name" inputmode="numeric"></sugam-text-field>`,
    );
    const field = input(el);
    field.dispatchEvent(new CompositionEvent('compositionstart'));
    field.value = '१२';
    field.dispatchEvent(new InputEvent('input', { isComposing: true, composed: true, bubbles: true }));
    await el.updateComplete;
    expect(field.value).to.equal('१२');
    field.dispatchEvent(new CompositionEvent('compositionend'));
    await el.updateComplete;
    expect(field.value).to.equal('१२');
    expect(el.value).to.equal('१२');
  });

  it('keeps a typed value and its validity when the language changes', async () => {
    await loadLocale('ta');
    const section = await fixture<HTMLElement>(
      html`<section lang="en"><sugam-text-field label="Name" minlength="5"></sugam-text-field></section>`,
    );
    const el = section.querySelector('sugam-text-field')!;
    await type(el, 'abc');
    expect(el.validity.tooShort).to.equal(true);
    section.lang = 'ta';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.value).to.equal('abc');
    expect(input(el).value).to.equal('abc');
    expect(el.validity.tooShort).to.equal(true);
  });
});
