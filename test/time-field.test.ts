import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@sugam/components/time-field';
import type { SugamTimeField } from '@sugam/components/time-field';
import { loadLocale } from '@sugam/i18n';
import { runFormControlTests } from './form-control-suite.js';
import { parseTypedTime } from '../packages/components/src/time-field/times.js';

const input = (el: SugamTimeField) => el.shadowRoot!.querySelector<HTMLInputElement>('#input')!;
const radios = (el: SugamTimeField) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')];
const group = (el: SugamTimeField) => el.shadowRoot!.querySelector<HTMLElement>('[role=radiogroup]');
const checkedPeriod = (el: SugamTimeField) => radios(el).find((radio) => radio.checked)?.value ?? '';

const settle = async (el: SugamTimeField) => {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
};

async function type(el: SugamTimeField, text: string) {
  input(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

async function inForm(markup = html`<sugam-time-field name="t" label="Time"></sugam-time-field>`) {
  const form = await fixture<HTMLFormElement>(html`<form>${markup}</form>`);
  return { form, el: form.querySelector('sugam-time-field')! };
}

describe('<sugam-time-field>', () => {
  runFormControlTests<SugamTimeField>({
    tag: 'sugam-time-field',
    filledAttributes: 'value="14:30"',
    nativeEquivalent: '<input type="time" name="field" value="14:30">',
    change: async (el) => {
      el.value = '09:15';
    },
    empty: async (el) => {
      el.value = '';
    },
    requiredMessage: { en: 'Fill in this field.', hi: 'यह फ़ील्ड भरें।' },
  });

  it('is accessible in every state and size, on both clocks, in English, Hindi, Tamil and Urdu', async () => {
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      const wrapper = await fixture<HTMLElement>(
        html`<div lang=${lang}>
          <sugam-time-field label="Appointment" hint="Office hours 10 to 5" required></sugam-time-field>
          <sugam-time-field label="Start" size="sm" optional value="09:30"></sugam-time-field>
          <sugam-time-field label="End" size="lg" value="19:00" max="17:00"></sugam-time-field>
          <sugam-time-field label="Train" hour-cycle="h23" value="21:45"></sugam-time-field>
          <sugam-time-field label="Visit" state="success" status-message="Slot available"></sugam-time-field>
          <sugam-time-field label="Visit" state="warning" status-message="Office closes at 5"></sugam-time-field>
          <sugam-time-field label="Arrival" error-message="Enter the time of arrival"></sugam-time-field>
          <sugam-time-field label="Read only" readonly value="08:00"></sugam-time-field>
          <sugam-time-field label="Disabled" disabled value="16:15"></sugam-time-field>
        </div>`,
      );
      const fields = [...wrapper.querySelectorAll('sugam-time-field')];
      fields[2].reportValidity();
      await settle(fields[2]);
      await expect(wrapper, lang).to.be.accessible();
    }
  });

  it('reads times as people type them', () => {
    const cases: [string, [number, number, string | undefined] | null][] = [
      ['9:30', [9, 30, undefined]],
      ['09.30', [9, 30, undefined]],
      ['9 30', [9, 30, undefined]],
      ['930', [9, 30, undefined]],
      ['0930', [9, 30, undefined]],
      ['9', [9, 0, undefined]],
      ['21:05', [21, 5, 'pm']],
      ['0:15', [0, 15, 'am']],
      ['2:30 pm', [14, 30, 'pm']],
      ['2.30 P.M.', [14, 30, 'pm']],
      ['12:10 am', [0, 10, 'am']],
      ['12:10pm', [12, 10, 'pm']],
      ['24:00', null],
      ['9:75', null],
      ['13:00 pm', null],
      ['0:30 am', null],
      ['9:3', null],
      ['noon', null],
    ];
    for (const [text, expected] of cases) {
      const read = parseTypedTime(text);
      expect(read && [read.hour, read.minute, read.period], text).to.deep.equal(expected);
    }
  });

  it('asks phones for a number pad, where digits alone make a time', async () => {
    const { form, el } = await inForm(
      html`<sugam-time-field name="t" label="Time" hour-cycle="h23"></sugam-time-field>
        <sugam-time-field name="u" label="Time" inputmode="text"></sugam-time-field>`,
    );
    expect(input(el).inputMode).to.equal('numeric');
    expect(input(form.querySelectorAll('sugam-time-field')[1]).inputMode).to.equal('text');
    await type(el, '1730');
    expect(new FormData(form).get('t')).to.equal('17:30');
  });

  describe('on the 12-hour clock', () => {
    it('ties the label, hint, format and message to the input, and names the AM/PM group by the label', async () => {
      const el = await fixture<SugamTimeField>(
        html`<sugam-time-field
          label="Arrival"
          hint="As on your ticket"
          error-message="Enter a time"
        ></sugam-time-field>`,
      );
      expect(input(el).labels?.[0]?.textContent).to.contain('Arrival');
      expect(input(el).getAttribute('aria-describedby')).to.equal('hint format message');
      expect(el.shadowRoot!.getElementById('format')!.textContent!.trim()).to.equal(
        'Format: hh:mm, then choose AM or PM; for example 2:30 PM or 230 PM',
      );
      const name = group(el)!
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((id) => el.shadowRoot!.getElementById(id)!.textContent!.trim().replace(/\s+/g, ' '))
        .join(' ');
      expect(name).to.equal('Arrival AM or PM');
      expect(radios(el).map((radio) => radio.labels![0].textContent!.trim())).to.deep.equal(['AM', 'PM']);
    });

    it('asks for AM or PM when the hour could be either, and takes the choice from the keyboard', async () => {
      const { form, el } = await inForm();
      await type(el, '2:30');
      expect(el.validity.badInput).to.equal(true);
      expect(el.validationMessage).to.equal('Choose AM or PM.');
      expect(new FormData(form).get('t')).to.equal('');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(radios(el)[0]);
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(checkedPeriod(el)).to.equal('pm');
      expect(el.value).to.equal('14:30');
      expect(new FormData(form).get('t')).to.equal('14:30');
      expect(el.checkValidity()).to.equal(true);
      expect(input(el).value, 'the text stays as typed').to.equal('2:30');
      await sendKeys({ press: 'ArrowLeft' });
      await settle(el);
      expect(el.value).to.equal('02:30');
    });

    it('takes the half of the day from the text: 24-hour times and a typed am or pm', async () => {
      const { form, el } = await inForm();
      let changes = 0;
      el.addEventListener('change', () => changes++);
      await type(el, '14:30');
      expect(checkedPeriod(el)).to.equal('pm');
      expect(el.value).to.equal('14:30');
      await sendKeys({ press: 'Tab' });
      await settle(el);
      expect(changes).to.equal(1);
      expect(input(el).value, 'the text stays as typed, PM chosen beside it').to.equal('14:30');
      expect(checkedPeriod(el)).to.equal('pm');
      expect(new FormData(form).get('t')).to.equal('14:30');
      input(el).value = '';
      await type(el, '7:05 am');
      expect(checkedPeriod(el)).to.equal('am');
      expect(el.value).to.equal('07:05');
      // Choosing the other half after typing "am": the choice wins, the text is rewritten on the 12-hour clock.
      radios(el)[1].click();
      await settle(el);
      expect(el.value).to.equal('19:05');
      expect(input(el).value).to.equal('07:05');
    });

    it('accepts every Indian script’s digits and Arabic-Indic digits, keeping them on screen', async () => {
      const cases: [string, string, string][] = [
        ['२:३०', 'pm', '14:30'],
        ['২:৩০', 'am', '02:30'],
        ['௧௧:௪௫', 'am', '11:45'],
        ['۱۲:۰۰', 'pm', '12:00'],
        ['١٢:٠٠', 'am', '00:00'],
        ['᱒᱓᱓᱐', '', '23:30'],
        ['੨੧:੧੫', '', '21:15'],
      ];
      for (const [typed, period, value] of cases) {
        const { form, el } = await inForm();
        await type(el, typed);
        if (period) radios(el)[period === 'am' ? 0 : 1].click();
        await settle(el);
        expect(input(el).value, typed).to.equal(typed);
        expect(new FormData(form).get('t'), typed).to.equal(value);
        expect(el.checkValidity(), typed).to.equal(true);
      }
    });

    it('calls text that is not a time bad input, with a localized message, and keeps it over a language switch', async () => {
      await loadLocale('hi');
      const section = await fixture<HTMLElement>(
        html`<section lang="en">
          <form><sugam-time-field name="t" label="Time"></sugam-time-field></form>
        </section>`,
      );
      const el = section.querySelector('sugam-time-field')!;
      for (const text of ['25:00', '9:75', '13:00 pm', 'noon']) {
        input(el).value = '';
        await type(el, text);
        expect(el.validity.badInput, text).to.equal(true);
        expect(el.value, text).to.equal('');
      }
      expect(el.validationMessage).to.equal('Enter a real time, like 09:30.');
      input(el).value = '';
      await type(el, '4:45');
      radios(el)[1].click();
      section.lang = 'hi';
      await settle(el);
      expect(input(el).value, 'a language switch keeps the typed text').to.equal('4:45');
      expect(checkedPeriod(el), 'and the half of the day').to.equal('pm');
      expect(el.value).to.equal('16:45');
      expect(radios(el).map((radio) => radio.labels![0].textContent!.trim())).to.deep.equal(['पूर्वाह्न', 'अपराह्न']);
    });

    it('shows a value set by the page on the 12-hour clock in the locale’s digits, with its half chosen', async () => {
      await loadLocale('bn');
      await loadLocale('ur');
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <sugam-time-field lang="en" label="Time" value="14:30"></sugam-time-field>
          <sugam-time-field lang="bn" label="Time" value="00:05"></sugam-time-field>
          <sugam-time-field lang="ur" label="Time" value="12:00"></sugam-time-field>
        </div>`,
      );
      const [en, bn, ur] = [...wrapper.querySelectorAll('sugam-time-field')];
      await settle(ur);
      expect([input(en).value, checkedPeriod(en)]).to.deep.equal(['02:30', 'pm']);
      expect([input(bn).value, checkedPeriod(bn)]).to.deep.equal(['১২:০৫', 'am']);
      expect([input(ur).value, checkedPeriod(ur)]).to.deep.equal(['۱۲:۰۰', 'pm']);
      // Choosing the other half of a value the page set moves it by twelve hours.
      radios(en)[0].click();
      await settle(en);
      expect(en.value).to.equal('02:30');
    });

    it('never rewrites the text while an input method is composing', async () => {
      const el = await fixture<SugamTimeField>(html`<sugam-time-field label="Time"></sugam-time-field>`);
      const field = input(el);
      field.dispatchEvent(new CompositionEvent('compositionstart'));
      field.value = '१४:३';
      field.dispatchEvent(new InputEvent('input', { isComposing: true, composed: true, bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      expect(field.value).to.equal('१४:३');
      field.dispatchEvent(new CompositionEvent('compositionend'));
      await el.updateComplete;
      expect(field.value).to.equal('१४:३');
    });

    it('restores typed text and the chosen half of the day', async () => {
      const el = await fixture<SugamTimeField>(html`<sugam-time-field label="Time"></sugam-time-field>`);
      await type(el, '6:10');
      radios(el)[1].click();
      await settle(el);
      const saved = (el as unknown as { formState(): unknown }).formState();
      const fresh = await fixture<SugamTimeField>(html`<sugam-time-field label="Time"></sugam-time-field>`);
      fresh.formStateRestoreCallback(saved as string);
      await settle(fresh);
      expect(input(fresh).value).to.equal('6:10');
      expect(checkedPeriod(fresh)).to.equal('pm');
      expect(fresh.value).to.equal('18:10');
    });

    it('does not change the half of the day when read-only, and disables both choices when disabled', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <sugam-time-field label="Read only" readonly value="08:00"></sugam-time-field>
          <sugam-time-field label="Disabled" disabled value="16:15"></sugam-time-field>
        </div>`,
      );
      const [readonly, disabled] = [...wrapper.querySelectorAll('sugam-time-field')];
      await settle(disabled);
      radios(readonly)[1].click();
      await settle(readonly);
      expect(readonly.value).to.equal('08:00');
      expect(checkedPeriod(readonly)).to.equal('am');
      expect(group(readonly)!.getAttribute('aria-readonly')).to.equal('true');
      expect(radios(disabled).every((radio) => radio.disabled)).to.equal(true);
    });
  });

  describe('on the 24-hour clock', () => {
    it('has no AM/PM choice and reads hours up to 23', async () => {
      const { form, el } = await inForm(
        html`<sugam-time-field name="t" label="Departure" hour-cycle="h23"></sugam-time-field>`,
      );
      expect(group(el)).to.equal(null);
      expect(el.shadowRoot!.getElementById('format')!.textContent!.trim()).to.equal(
        'Format: HH:MM on the 24-hour clock, for example 14:30 or 1430',
      );
      await type(el, '9:30');
      expect(new FormData(form).get('t')).to.equal('09:30');
      input(el).value = '';
      await type(el, '2145');
      await sendKeys({ press: 'Tab' });
      expect(new FormData(form).get('t')).to.equal('21:45');
      expect(input(el).value, 'the text stays as typed').to.equal('2145');
    });

    it('shows its example with and without the colon, joined by the reader’s "or", and either one is read', async () => {
      const or = { en: ' or ', hi: ' या ', ta: ' அல்லது ', ur: ' یا ' } as const;
      for (const lang of ['en', 'hi', 'ta', 'ur'] as const) {
        await loadLocale(lang);
        const form = await fixture<HTMLFormElement>(
          html`<form lang=${lang}><sugam-time-field name="t" label="Time" hour-cycle="h23"></sugam-time-field></form>`,
        );
        const el = form.querySelector('sugam-time-field')!;
        const hint = el.shadowRoot!.getElementById('format')!.textContent!.trim();
        const examples = hint.slice(hint.indexOf('HH:MM') + 5).split(or[lang]);
        expect(examples, `${lang}: ${hint}`).to.have.length(2);
        const [separated, digits] = examples.map((text) => text.replace(/^.*?(?=\p{Nd}{2}:?\p{Nd}{2}$)/u, ''));
        expect(separated, lang).to.match(/^\p{Nd}{2}:\p{Nd}{2}$/u);
        expect(digits, lang).to.equal(separated.replace(':', ''));
        for (const text of [separated, digits]) {
          await type(el, text);
          expect(new FormData(form).get('t'), `${lang}: ${text}`).to.equal('14:30');
          input(el).value = '';
        }
      }
    });
  });

  describe('min, max and step', () => {
    it('gives rangeUnderflow and rangeOverflow with the limit written in the reader’s words', async () => {
      await loadLocale('hi');
      const section = await fixture<HTMLElement>(
        html`<section lang="en">
          <sugam-time-field label="Time" min="09:00" max="17:30" value="08:45"></sugam-time-field>
        </section>`,
      );
      const el = section.querySelector('sugam-time-field')!;
      expect(el.validity.rangeUnderflow).to.equal(true);
      expect(el.validationMessage).to.equal('Enter a time of 9:00 AM or later.');
      el.value = '18:00';
      await settle(el);
      expect(el.validity.rangeOverflow).to.equal(true);
      expect(el.validationMessage).to.equal('Enter a time of 5:30 PM or earlier.');
      section.lang = 'hi';
      await settle(el);
      expect(el.validationMessage).to.equal('अपराह्न 5:30 या उससे पहले का समय दर्ज करें।');
      el.value = '12:00';
      await settle(el);
      expect(el.checkValidity()).to.equal(true);
    });

    it('allows the night between a min later than the max, as native time inputs do', async () => {
      const el = await fixture<SugamTimeField>(
        html`<sugam-time-field label="Night shift" min="22:00" max="06:00" value="23:30"></sugam-time-field>`,
      );
      const native = Object.assign(document.createElement('input'), { type: 'time', min: '22:00', max: '06:00' });
      for (const value of ['23:30', '02:00', '06:00', '22:00', '12:00', '21:59']) {
        el.value = value;
        native.value = value;
        await settle(el);
        expect(el.checkValidity(), value).to.equal(native.checkValidity());
      }
      expect(el.validationMessage).to.equal('Enter a time between 10:00 PM and 6:00 AM.');
    });

    it('gives stepMismatch naming the two nearest allowed times, counting from min', async () => {
      const el = await fixture<SugamTimeField>(
        html`<sugam-time-field label="Slot" step="900" min="09:05" value="09:30"></sugam-time-field>`,
      );
      const native = Object.assign(document.createElement('input'), { type: 'time', step: '900', min: '09:05' });
      for (const value of ['09:05', '09:20', '09:30', '10:35', '10:36']) {
        el.value = value;
        native.value = value;
        await settle(el);
        expect(el.validity.stepMismatch, value).to.equal(native.validity.stepMismatch);
      }
      el.value = '09:30';
      await settle(el);
      expect(el.validationMessage).to.equal('Enter a time in steps of 15 minutes, like 9:20 AM or 9:35 AM.');
    });
  });
});
