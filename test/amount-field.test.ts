import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@sugam/components/amount-field';
import type { SugamAmountField } from '@sugam/components/amount-field';
import { loadLocale } from '@sugam/i18n';
import { runFormControlTests } from './form-control-suite.js';
import { parseAmount } from '../packages/components/src/amount-field/amounts.js';

const input = (el: SugamAmountField) => el.shadowRoot!.querySelector<HTMLInputElement>('#input')!;
const echo = (el: SugamAmountField) => el.shadowRoot!.querySelector<HTMLElement>('#amount')!;
const message = (el: SugamAmountField) => el.shadowRoot!.querySelector('#message')?.textContent?.replace(/\s+/g, ' ');

async function type(el: SugamAmountField, text: string) {
  input(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

async function inForm(markup = html`<sugam-amount-field name="fee" label="Fee"></sugam-amount-field>`) {
  // The button gives Tab a place to land (past a page's last element Firefox moves focus to its own toolbar).
  const form = await fixture<HTMLFormElement>(html`<form>${markup}<button type="button">Next</button></form>`);
  return { form, el: form.querySelector('sugam-amount-field')! };
}

/** Types `text` into a fresh field and leaves it, so its message shows. */
async function typed(text: string) {
  const { form, el } = await inForm();
  await type(el, text);
  await sendKeys({ press: 'Tab' });
  await el.updateComplete;
  return { form, el };
}

describe('<sugam-amount-field>', () => {
  runFormControlTests<SugamAmountField>({
    tag: 'sugam-amount-field',
    filledAttributes: 'value="120000.50"',
    nativeEquivalent: '<input type="number" name="field" value="120000.50">',
    change: async (el) => {
      el.value = '500';
    },
    empty: async (el) => {
      el.value = '';
    },
    requiredMessage: { en: 'Fill in this field.', hi: 'यह फ़ील्ड भरें।' },
  });

  it('reads amounts as people type and paste them', () => {
    const cases: [string, string | null | undefined][] = [
      ['120000', '120000'],
      ['1,20,000', '120000'],
      ['120,000', '120000'],
      ['1,20,000.50', '120000.50'],
      ['₹ 500', '500'],
      ['Rs. 500', '500'],
      ['INR 500', '500'],
      ['.5', '0.5'],
      ['007', '7'],
      ['1 20 000', '120000'],
      ['', undefined],
      ['12a', null],
      ['1.2.3', null],
      ['-500', null],
      [',500', null],
      ['.', null],
    ];
    for (const [text, value] of cases) {
      const reading = parseAmount(text);
      expect(reading && (reading.fraction ? `${reading.whole}.${reading.fraction}` : reading.whole), text).to.equal(
        value,
      );
    }
  });

  it('submits ASCII digits whatever script was typed, keeping the text as typed', async () => {
    const cases: [string, string][] = [
      ['१,२०,०००.५०', '120000.50'],
      ['১২০০০০', '120000'],
      ['௧,௨௦,௦௦௦', '120000'],
      ['۱۲۰۰۰۰٫۵۰', '120000.50'],
      ['1,20,000', '120000'],
    ];
    for (const [text, value] of cases) {
      const { form, el } = await inForm();
      await type(el, text);
      expect(new FormData(form).get('fee'), text).to.equal(value);
      expect(input(el).value, 'the text stays as typed').to.equal(text);
      expect(el.checkValidity(), text).to.equal(true);
    }
  });

  it('writes an amount from a thousand back with lakh grouping, from one lakh also the short way, in the reader’s language', async () => {
    const expected: Record<string, [string, string]> = {
      en: ['₹5,000', '₹1,20,000.50 (1.2 lakh)'],
      hi: ['₹5,000', '₹1,20,000.50 (1.2 लाख)'],
      // Tamil's compact forms (CLDR) count in thousands and millions, not lakhs and crores.
      ta: ['₹5,000', '₹1,20,000.50 (120 ஆயிரம்)'],
      // Urdu (CLDR's ur-IN): Eastern Arabic-Indic digits, grouped in thousands.
      ur: ['₹۵٬۰۰۰', '₹۱۲۰٬۰۰۰٫۵۰ (۱٫۲ لاکھ)'],
    };
    for (const [lang, [small, large]] of Object.entries(expected)) {
      await loadLocale(lang);
      const wrapper = await fixture<HTMLElement>(
        html`<div lang=${lang}><sugam-amount-field label="Fee"></sugam-amount-field></div>`,
      );
      const el = wrapper.querySelector('sugam-amount-field')!;
      await el.updateComplete;
      expect(echo(el).hidden, `${lang}: nothing typed, nothing written back`).to.equal(true);
      await type(el, '500');
      expect(echo(el).hidden, `${lang}: under a thousand, nothing to add`).to.equal(true);
      await type(el, '0');
      expect(echo(el).textContent!.replace(/\s+/g, ' ').trim(), lang).to.equal(small);
      input(el).select();
      await type(el, '120000.5');
      expect(
        echo(el)
          .textContent!.replace(/[\s\u200e\u200f\u061c]+/g, ' ')
          .trim(),
        lang,
      ).to.equal(large);
      expect(input(el).getAttribute('aria-describedby'), lang).to.equal('amount');
      const name = input(el)
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((id) => el.shadowRoot!.getElementById(id)!.textContent!.trim());
      expect(name, `${lang}: named by the label and the rupee sign`).to.deep.equal(['Fee', '₹']);
    }
  });

  it('calls text that is not an amount bad input, with an example in the reader’s language', async () => {
    const { form, el } = await typed('12 hundred');
    expect(el.validity.badInput).to.equal(true);
    expect(new FormData(form).get('fee')).to.equal('');
    expect(message(el)).to.contain('Enter an amount in numbers, like 1,20,000.50.');
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');

    await loadLocale('hi');
    el.closest('form')!.lang = 'hi';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(message(el)).to.contain('1,20,000.50');
    expect(message(el)).not.to.contain('Enter');
    expect(input(el).value, 'a language switch keeps the text').to.equal('12 hundred');
  });

  it('allows two digits of paise, or none with decimals="0"', async () => {
    const paise = await typed('100.505');
    expect(paise.el.validity.stepMismatch).to.equal(true);
    expect(message(paise.el)).to.contain('Enter no more than two digits of paise after the decimal point');

    const { form, el } = await inForm(
      html`<sugam-amount-field name="fee" label="Fee" decimals="0"></sugam-amount-field>`,
    );
    await type(el, '100.50');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.validity.stepMismatch).to.equal(true);
    expect(message(el)).to.contain('Enter the amount in whole rupees, without paise, like 1,20,000.');
    expect(new FormData(form).get('fee')).to.equal('');
  });

  it('gives rangeUnderflow and rangeOverflow naming the limit as money', async () => {
    const { el } = await inForm(
      html`<sugam-amount-field name="fee" label="Fee" min="500" max="250000"></sugam-amount-field>`,
    );
    await type(el, '100');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.validity.rangeUnderflow).to.equal(true);
    expect(message(el)).to.contain('Enter an amount of ₹500 or more.');
    input(el).select();
    await type(el, '3,00,000');
    await el.updateComplete;
    expect(el.validity.rangeOverflow).to.equal(true);
    expect(message(el)).to.contain('Enter an amount of ₹2,50,000 or less.');
    input(el).select();
    await type(el, '2,50,000');
    expect(el.checkValidity()).to.equal(true);
  });

  it('shows a value set by the page with its grouping, in the reader’s digits, and asks phones for a decimal pad', async () => {
    await loadLocale('mr');
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="mr">
        <sugam-amount-field label="Fee" value="120000.50"></sugam-amount-field>
      </div>`,
    );
    const el = wrapper.querySelector('sugam-amount-field')!;
    await el.updateComplete;
    expect(input(el).value).to.equal('१,२०,०००.५०');
    expect(input(el).inputMode).to.equal('decimal');
    expect(el.value).to.equal('120000.50');
  });

  it('is accessible in every state and size, in English, Hindi, Tamil and Urdu', async () => {
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      const wrapper = await fixture<HTMLElement>(
        html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'}>
          <sugam-amount-field label="Application fee" hint="As on the notice" required></sugam-amount-field>
          <sugam-amount-field label="Annual income" size="sm" value="350000"></sugam-amount-field>
          <sugam-amount-field label="Claim" size="lg" value="100" min="500"></sugam-amount-field>
          <sugam-amount-field label="Refund" state="success" status-message="Within the limit"></sugam-amount-field>
          <sugam-amount-field label="Deposit" state="warning" status-message="Above the usual"></sugam-amount-field>
          <sugam-amount-field label="Fine" error-message="Enter the fine"></sugam-amount-field>
          <sugam-amount-field label="Read only" readonly value="1500"></sugam-amount-field>
          <sugam-amount-field label="Disabled" disabled value="20"></sugam-amount-field>
        </div>`,
      );
      const fields = [...wrapper.querySelectorAll('sugam-amount-field')];
      fields[2].reportValidity();
      await fields[2].updateComplete;
      await expect(wrapper, lang).to.be.accessible();
    }
  });
});
