import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@sugam/components/date-field';
import type { SugamDateField } from '@sugam/components/date-field';
import { formatDate, loadLocale } from '@sugam/i18n';
import { runFormControlTests } from './form-control-suite.js';
import {
  addDays,
  addMonths,
  parseDayMonthYear,
  parseIso,
  toIso,
  weekday,
} from '../packages/components/src/date-field/dates.js';

const input = (el: SugamDateField) => el.shadowRoot!.querySelector('input')!;
const button = (el: SugamDateField) => el.shadowRoot!.querySelector<HTMLButtonElement>('#calendar-button')!;
const dialog = (el: SugamDateField) => el.shadowRoot!.querySelector('dialog')!;
const focusedCell = (el: SugamDateField) => el.shadowRoot!.activeElement as HTMLElement;
const heading = (el: SugamDateField) => el.shadowRoot!.querySelector('#heading')!.textContent!.trim();
const noonUtc = (iso: string) => new Date(`${iso}T12:00:00Z`);

const settle = async (el: SugamDateField) => {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
};

async function type(el: SugamDateField, text: string) {
  input(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

async function openPicker(el: SugamDateField) {
  button(el).focus();
  await sendKeys({ press: 'Enter' });
  await settle(el);
}

async function press(el: SugamDateField, key: string) {
  const [modifier, main] = key.includes('+') ? key.split('+') : [undefined, key];
  if (modifier) await sendKeys({ down: modifier });
  await sendKeys({ press: main });
  if (modifier) await sendKeys({ up: modifier });
  await settle(el);
}

describe('<sugam-date-field>', () => {
  runFormControlTests<SugamDateField>({
    tag: 'sugam-date-field',
    filledAttributes: 'value="2025-01-26"',
    nativeEquivalent: '<input type="date" name="field" value="2025-01-26">',
    change: async (el) => {
      el.value = '2025-03-01';
    },
    empty: async (el) => {
      el.value = '';
    },
    requiredMessage: { en: 'Fill in this field.', hi: 'यह फ़ील्ड भरें।' },
  });

  it('is accessible in every state and size, with the calendar open, in English, Hindi, Tamil and Urdu', async () => {
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      const wrapper = await fixture<HTMLElement>(
        html`<div lang=${lang}>
          <sugam-date-field label="Date of birth" hint="As on your birth certificate" required></sugam-date-field>
          <sugam-date-field label="Start" size="sm" optional value="2025-01-26" calendar="indian"></sugam-date-field>
          <sugam-date-field label="End" size="lg" value="2025-01-26" min="2025-02-01"></sugam-date-field>
          <sugam-date-field label="Visit" state="success" status-message="Slot available"></sugam-date-field>
          <sugam-date-field label="Visit" state="warning" status-message="Office closed on Sundays"></sugam-date-field>
          <sugam-date-field label="Issue" error-message="Enter the date of issue"></sugam-date-field>
          <sugam-date-field label="Read only" readonly value="2024-08-15"></sugam-date-field>
          <sugam-date-field label="Disabled" disabled value="2024-08-15"></sugam-date-field>
        </div>`,
      );
      const fields = [...wrapper.querySelectorAll('sugam-date-field')];
      fields[2].reportValidity();
      await settle(fields[0]);
      await expect(wrapper, lang).to.be.accessible();
      await openPicker(fields[2]);
      expect(dialog(fields[2]).open, lang).to.equal(true);
      await expect(wrapper, `${lang} with the calendar open`).to.be.accessible();
      await press(fields[2], 'Escape');
    }
  });

  describe('typing', () => {
    it('ties the label, hint, format and message to the input', async () => {
      const el = await fixture<SugamDateField>(
        html`<sugam-date-field
          label="Date of birth"
          hint="As on your certificate"
          error-message="Enter a date"
        ></sugam-date-field>`,
      );
      expect(input(el).labels?.[0]?.textContent).to.contain('Date of birth');
      expect(input(el).getAttribute('aria-describedby')).to.equal('hint format message');
      expect(el.shadowRoot!.getElementById('format')!.textContent).to.match(/^\s*Format: DD\/MM\/YYYY, for example/);
      expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    });

    it('asks phones for a number pad, where digits alone make a date', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <sugam-date-field name="a" label="Date"></sugam-date-field>
          <sugam-date-field name="b" label="Date" inputmode="text"></sugam-date-field>
        </form>`,
      );
      const [numeric, text] = form.querySelectorAll('sugam-date-field');
      expect(input(numeric).inputMode).to.equal('numeric');
      expect(input(text).inputMode).to.equal('text');
      await type(numeric, '26012025');
      expect(new FormData(form).get('a')).to.equal('2025-01-26');
    });

    it('shows today with and without separators, joined by the reader’s "or", and either one is read', async () => {
      const today = new Date();
      const iso = [today.getFullYear(), today.getMonth() + 1, today.getDate()]
        .map((n, i) => String(n).padStart(i ? 2 : 4, '0'))
        .join('-');
      const or = { en: ' or ', hi: ' या ', ta: ' அல்லது ', ur: ' یا ' } as const;
      for (const lang of ['en', 'hi', 'ta', 'ur'] as const) {
        await loadLocale(lang);
        const form = await fixture<HTMLFormElement>(
          html`<form lang=${lang}><sugam-date-field name="d" label="Date"></sugam-date-field></form>`,
        );
        const el = form.querySelector('sugam-date-field')!;
        const hint = el.shadowRoot!.getElementById('format')!.textContent!.trim();
        const examples = hint.slice(hint.indexOf('YYYY') + 4).split(or[lang]);
        expect(examples, `${lang}: ${hint}`).to.have.length(2);
        const [separated, digits] = examples.map((text) => text.replace(/^\P{Nd}+|\P{Nd}+$/gu, ''));
        expect(digits, lang).to.match(/^\p{Nd}{8}$/u);
        expect(separated.replace(/\P{Nd}/gu, ''), lang).to.equal(digits);
        for (const text of [separated, digits]) {
          await type(el, text);
          expect(new FormData(form).get('d'), `${lang}: ${text}`).to.equal(iso);
          input(el).value = '';
        }
      }
    });

    it('submits what was typed as an ISO date', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><sugam-date-field name="dob" label="Date of birth"></sugam-date-field></form>`,
      );
      const el = form.querySelector('sugam-date-field')!;
      let changes = 0;
      el.addEventListener('change', () => changes++);
      await type(el, '26/01/2025');
      await sendKeys({ press: 'Tab' });
      expect(el.value).to.equal('2025-01-26');
      expect(new FormData(form).get('dob')).to.equal('2025-01-26');
      expect(changes).to.equal(1);
    });

    it('accepts every Indian script’s digits and Arabic-Indic digits, keeping them on screen', async () => {
      const cases: [string, string][] = [
        ['२६/०१/२०२५', '2025-01-26'],
        ['২৬/০১/২০২৫', '2025-01-26'],
        ['௨௬/௦௧/௨௦௨௫', '2025-01-26'],
        ['۲۶/۰۱/۲۰۲۵', '2025-01-26'],
        ['٢٦/٠١/٢٠٢٥', '2025-01-26'],
        ['᱒᱖/᱐᱑/᱒᱐᱒᱕', '2025-01-26'],
        ['26-1-2025', '2025-01-26'],
        ['5.8.1947', '1947-08-05'],
        ['15 08 1947', '1947-08-15'],
        ['15081947', '1947-08-15'],
      ];
      for (const [typed, iso] of cases) {
        const form = await fixture<HTMLFormElement>(
          html`<form><sugam-date-field name="d" label="Date"></sugam-date-field></form>`,
        );
        const el = form.querySelector('sugam-date-field')!;
        await type(el, typed);
        expect(input(el).value, typed).to.equal(typed);
        expect(new FormData(form).get('d'), typed).to.equal(iso);
        expect(el.checkValidity(), typed).to.equal(true);
      }
    });

    it('calls a date that does not exist bad input, with a localized message', async () => {
      await loadLocale('hi');
      const section = await fixture<HTMLElement>(
        html`<section lang="en">
          <form><sugam-date-field name="d" label="Date"></sugam-date-field></form>
        </section>`,
      );
      const el = section.querySelector('sugam-date-field')!;
      for (const text of ['31/02/2025', '29/02/2025', '2025-01-26', '26/01/25', 'kal']) {
        input(el).value = '';
        await type(el, text);
        expect(el.validity.badInput, text).to.equal(true);
        expect(el.value, text).to.equal('');
      }
      expect(new FormData(section.querySelector('form')!).get('d')).to.equal('');
      expect(el.validationMessage).to.equal('Enter a real date in the format DD/MM/YYYY.');
      section.lang = 'hi';
      await settle(el);
      expect(el.validationMessage).to.equal('DD/MM/YYYY प्रारूप में सही तारीख दर्ज करें।');
      expect(input(el).value, 'a language switch keeps the typed text').to.equal('kal');
      input(el).value = '';
      await type(el, '29/02/2024');
      expect(el.checkValidity(), 'a leap day').to.equal(true);
    });

    it('never rewrites the text while an input method is composing', async () => {
      const el = await fixture<SugamDateField>(html`<sugam-date-field label="Date"></sugam-date-field>`);
      const field = input(el);
      field.dispatchEvent(new CompositionEvent('compositionstart'));
      field.value = '२६/०';
      field.dispatchEvent(new InputEvent('input', { isComposing: true, composed: true, bubbles: true }));
      await el.updateComplete;
      expect(field.value).to.equal('२६/०');
      field.dispatchEvent(new CompositionEvent('compositionend'));
      await el.updateComplete;
      expect(field.value).to.equal('२६/०');
    });

    it('shows a value set by the page as DD/MM/YYYY in the locale’s digits', async () => {
      await loadLocale('bn');
      await loadLocale('ur');
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <sugam-date-field lang="en" label="Date" value="2025-01-26"></sugam-date-field>
          <sugam-date-field lang="bn" label="Date" value="2025-01-26"></sugam-date-field>
          <sugam-date-field lang="ur" label="Date" value="2025-01-26"></sugam-date-field>
        </div>`,
      );
      const [en, bn, ur] = [...wrapper.querySelectorAll('sugam-date-field')];
      await settle(ur);
      expect(input(en).value).to.equal('26/01/2025');
      expect(input(bn).value).to.equal('২৬/০১/২০২৫');
      expect(input(ur).value).to.equal('۲۶/۰۱/۲۰۲۵');
      expect(bn.value).to.equal('2025-01-26');
    });

    it('restores typed text that is not a date yet, still invalid', async () => {
      const el = await fixture<SugamDateField>(html`<sugam-date-field label="Date"></sugam-date-field>`);
      await type(el, '31/02/2025');
      const saved = (el as unknown as { formState(): unknown }).formState();
      const fresh = await fixture<SugamDateField>(html`<sugam-date-field label="Date"></sugam-date-field>`);
      fresh.formStateRestoreCallback(saved as string);
      await settle(fresh);
      expect(input(fresh).value).to.equal('31/02/2025');
      expect(fresh.validity.badInput).to.equal(true);
    });

    it('ignores a value that is not an ISO date, like <input type=date>', async () => {
      const el = await fixture<SugamDateField>(
        html`<sugam-date-field label="Date" value="26/01/2025"></sugam-date-field>`,
      );
      expect(el.value).to.equal('');
      expect(input(el).value).to.equal('');
    });
  });

  describe('min and max', () => {
    it('gives rangeUnderflow and rangeOverflow with the limit written out in the reader’s language', async () => {
      await loadLocale('hi');
      await loadLocale('bn');
      const section = await fixture<HTMLElement>(
        html`<section lang="en">
          <sugam-date-field label="Date" min="2025-01-01" max="2025-12-31" value="2024-12-31"></sugam-date-field>
        </section>`,
      );
      const el = section.querySelector('sugam-date-field')!;
      expect(el.validity.rangeUnderflow).to.equal(true);
      expect(el.validationMessage).to.equal('Enter a date on or after 1 January 2025.');
      section.lang = 'hi';
      await settle(el);
      expect(el.validationMessage).to.equal(
        `${formatDate(noonUtc('2025-01-01'), 'hi', { style: 'long', timeZone: 'UTC' })} या उसके बाद की तारीख दर्ज करें।`,
      );
      expect(el.validationMessage).to.contain('जनवरी');
      section.lang = 'bn';
      el.value = '2026-01-01';
      await settle(el);
      expect(el.validity.rangeOverflow).to.equal(true);
      expect(el.validationMessage).to.contain('৩১').and.to.contain('২০২৫');
      el.value = '2025-06-15';
      await settle(el);
      expect(el.checkValidity()).to.equal(true);
    });
  });

  describe('calendar dialog (APG Date Picker Dialog)', () => {
    it('opens from the button on the selected date and names the button with the date', async () => {
      const el = await fixture<SugamDateField>(
        html`<sugam-date-field label="Date" value="2025-01-26"></sugam-date-field>`,
      );
      expect(button(el).getAttribute('aria-label')).to.equal('Change date, 26 January 2025');
      expect(button(el).getAttribute('aria-haspopup')).to.equal('dialog');
      await openPicker(el);
      expect(dialog(el).open).to.equal(true);
      expect(dialog(el).getAttribute('aria-modal')).to.equal('true');
      expect(button(el).getAttribute('aria-expanded')).to.equal('true');
      expect(heading(el)).to.equal('January 2025');
      const cell = focusedCell(el);
      expect(cell.textContent!.trim()).to.equal('26');
      expect(cell.getAttribute('aria-selected')).to.equal('true');
      expect(cell.getAttribute('aria-label')).to.equal('Sunday, 26 January 2025');
    });

    it('starts weeks on Sunday', async () => {
      const el = await fixture<SugamDateField>(
        html`<sugam-date-field label="Date" value="2025-01-26"></sugam-date-field>`,
      );
      await openPicker(el);
      const headers = [...el.shadowRoot!.querySelectorAll('th')];
      expect(headers.map((th) => th.getAttribute('abbr'))).to.deep.equal([
        'Sunday',
        'Monday',
        'Tuesday',
        'Wednesday',
        'Thursday',
        'Friday',
        'Saturday',
      ]);
      // 1 January 2025 was a Wednesday: the fourth column of the first row.
      const firstRow = el.shadowRoot!.querySelector('tbody tr')!;
      expect(firstRow.children[3].textContent!.trim()).to.equal('1');
      expect(firstRow.children[2].textContent!.trim()).to.equal('');
    });

    it('moves by day, week, month and year with the keys APG gives', async () => {
      const el = await fixture<SugamDateField>(
        html`<sugam-date-field label="Date" value="2025-01-31"></sugam-date-field>`,
      );
      await openPicker(el);
      const label = () => focusedCell(el).getAttribute('aria-label');
      await press(el, 'ArrowRight');
      expect(label()).to.equal('Saturday, 1 February 2025');
      expect(heading(el)).to.equal('February 2025');
      await press(el, 'ArrowLeft');
      expect(label()).to.equal('Friday, 31 January 2025');
      await press(el, 'ArrowDown');
      expect(label()).to.equal('Friday, 7 February 2025');
      await press(el, 'ArrowUp');
      expect(label()).to.equal('Friday, 31 January 2025');
      await press(el, 'PageDown');
      expect(label(), 'the day is kept where the month has it').to.equal('Friday, 28 February 2025');
      await press(el, 'PageUp');
      expect(label()).to.equal('Tuesday, 28 January 2025');
      await press(el, 'Shift+PageDown');
      expect(label()).to.equal('Wednesday, 28 January 2026');
      await press(el, 'Shift+PageUp');
      expect(label()).to.equal('Tuesday, 28 January 2025');
      await press(el, 'Home');
      expect(label()).to.equal('Sunday, 26 January 2025');
      await press(el, 'End');
      expect(label()).to.equal('Saturday, 1 February 2025');
      expect(el.value, 'moving does not choose').to.equal('2025-01-31');
    });

    it('chooses with Enter, closes, and returns focus to the button', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><sugam-date-field name="d" label="Date" value="2025-01-26"></sugam-date-field></form>`,
      );
      const el = form.querySelector('sugam-date-field')!;
      let changes = 0;
      el.addEventListener('change', () => changes++);
      await openPicker(el);
      await press(el, 'ArrowRight');
      await press(el, 'Enter');
      expect(dialog(el).open).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(button(el));
      expect(el.value).to.equal('2025-01-27');
      expect(input(el).value).to.equal('27/01/2025');
      expect(new FormData(form).get('d')).to.equal('2025-01-27');
      expect(changes).to.equal(1);
      await openPicker(el);
      await press(el, 'ArrowDown');
      await press(el, 'Space');
      expect(el.value, 'Space chooses too').to.equal('2025-02-03');
    });

    it('closes with Escape without choosing, and returns focus to the button', async () => {
      const el = await fixture<SugamDateField>(
        html`<sugam-date-field label="Date" value="2025-01-26"></sugam-date-field>`,
      );
      await openPicker(el);
      await press(el, 'ArrowDown');
      await press(el, 'Escape');
      expect(dialog(el).open).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(button(el));
      expect(el.value).to.equal('2025-01-26');
      expect(button(el).getAttribute('aria-expanded')).to.equal('false');
    });

    it('changes month with its buttons and closes with Cancel', async () => {
      const el = await fixture<SugamDateField>(
        html`<sugam-date-field label="Date" value="2025-01-26"></sugam-date-field>`,
      );
      await openPicker(el);
      const navs = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.nav')];
      expect(navs.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
        'Previous year',
        'Previous month',
        'Next month',
        'Next year',
      ]);
      navs[2].click();
      await settle(el);
      expect(heading(el)).to.equal('February 2025');
      navs[0].click();
      await settle(el);
      expect(heading(el)).to.equal('February 2024');
      el.shadowRoot!.querySelector<HTMLButtonElement>('.text-button')!.click();
      await settle(el);
      expect(dialog(el).open).to.equal(false);
      expect(el.value).to.equal('2025-01-26');
    });

    it('does not choose days outside min and max', async () => {
      const el = await fixture<SugamDateField>(
        html`<sugam-date-field label="Date" min="2025-01-10" max="2025-01-20" value="2025-01-10"></sugam-date-field>`,
      );
      await openPicker(el);
      await press(el, 'ArrowLeft');
      expect(focusedCell(el).getAttribute('aria-disabled')).to.equal('true');
      await press(el, 'Enter');
      expect(dialog(el).open).to.equal(true);
      expect(el.value).to.equal('2025-01-10');
      await press(el, 'Escape');
    });

    it('opens on today (within min and max) when empty', async () => {
      const el = await fixture<SugamDateField>(html`<sugam-date-field label="Date"></sugam-date-field>`);
      await openPicker(el);
      const now = new Date();
      expect(focusedCell(el).textContent!.trim()).to.equal(String(now.getDate()));
      expect(focusedCell(el).getAttribute('aria-current')).to.equal('date');
      await press(el, 'Escape');
    });

    it('mirrors the left and right arrows in right-to-left languages', async () => {
      await loadLocale('ur');
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="ur" dir="rtl"><sugam-date-field label="تاریخ" value="2025-01-26"></sugam-date-field></div>`,
      );
      const el = wrapper.querySelector('sugam-date-field')!;
      await openPicker(el);
      await press(el, 'ArrowLeft');
      expect(focusedCell(el).textContent!.trim()).to.equal('۲۷');
      await press(el, 'ArrowRight');
      await press(el, 'ArrowRight');
      expect(focusedCell(el).textContent!.trim()).to.equal('۲۵');
      await press(el, 'Escape');
    });

    it('names months and weekdays in every locale, with the locale’s digits', async () => {
      for (const lang of ['hi', 'ta', 'ur', 'bn', 'sat', 'mni-Mtei', 'ks']) {
        await loadLocale(lang);
        const wrapper = await fixture<HTMLElement>(
          html`<div lang=${lang}><sugam-date-field label="Date" value="2025-01-26"></sugam-date-field></div>`,
        );
        const el = wrapper.querySelector('sugam-date-field')!;
        await openPicker(el);
        await settle(el);
        const long = formatDate(noonUtc('2025-01-26'), lang, { style: 'long', timeZone: 'UTC' });
        const full = formatDate(noonUtc('2025-01-26'), lang, { style: 'full', timeZone: 'UTC' });
        // The month name in the heading is the one formatDate writes.
        const month = heading(el).split(' ')[0];
        expect(long, lang).to.contain(month);
        expect(heading(el), lang).not.to.contain('January');
        expect(focusedCell(el).getAttribute('aria-label'), lang).to.equal(full);
        const sunday = el.shadowRoot!.querySelector('th')!.getAttribute('abbr')!;
        expect(full, lang).to.contain(sunday);
        const shortDate = formatDate(noonUtc('2025-01-26'), lang, { timeZone: 'UTC' });
        expect(focusedCell(el).textContent!.trim(), lang).to.equal(shortDate.slice(0, 2));
        await press(el, 'Escape');
      }
    });
  });

  describe('calendar dates', () => {
    it('works in calendar days, never in local timestamps', () => {
      // Days around India's and other zones' clock changes, a leap day and year 99 all stay themselves.
      for (const iso of ['2025-03-30', '2025-10-26', '2024-02-29', '2025-12-31', '0099-01-01']) {
        expect(toIso(parseIso(iso)!), iso).to.equal(iso);
        expect(toIso(addDays(addDays(parseIso(iso)!, 1), -1)), iso).to.equal(iso);
      }
      expect(toIso(addDays(parseIso('2024-12-31')!, 1))).to.equal('2025-01-01');
      expect(toIso(addMonths(parseIso('2024-01-31')!, 1))).to.equal('2024-02-29');
      expect(toIso(addMonths(parseIso('2025-01-15')!, -13))).to.equal('2023-12-15');
      expect(weekday(parseIso('1947-08-15')!)).to.equal(5);
      expect(parseIso('2025-02-29')).to.equal(undefined);
      expect(parseDayMonthYear('  ')).to.equal(undefined);
      expect(parseDayMonthYear('00/01/2025')).to.equal(null);
    });

    it('closes the calendar when the backdrop is clicked', async () => {
      const el = await fixture<SugamDateField>(
        html`<sugam-date-field label="Date" value="2025-01-26"></sugam-date-field>`,
      );
      await openPicker(el);
      dialog(el).dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await settle(el);
      expect(dialog(el).open).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(button(el));
    });
  });

  describe('Saka calendar', () => {
    it('shows the date in the Indian national calendar with calendar="indian"', async () => {
      await loadLocale('hi');
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <sugam-date-field label="Date" value="2025-01-26" calendar="indian"></sugam-date-field>
          <sugam-date-field lang="hi" label="Date" value="2025-03-22" calendar="indian"></sugam-date-field>
        </div>`,
      );
      const [en, hi] = [...wrapper.querySelectorAll('sugam-date-field')];
      await settle(hi);
      const saka = (el: SugamDateField) => el.shadowRoot!.querySelector('[part="saka"]')!.textContent!.trim();
      expect(saka(en)).to.equal('Indian national calendar (Saka): 6 Magha, 1946 Śaka');
      expect(saka(hi)).to.equal('भारतीय राष्ट्रीय पंचांग (शक): 1 चैत्र 1947 शक');
      expect(input(en).getAttribute('aria-describedby')).to.contain('saka');
      expect(en.value, 'the value stays Gregorian ISO').to.equal('2025-01-26');
    });

    it('falls back to the Gregorian calendar for an unknown calendar, with one warning', async () => {
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (message: string) => warnings.push(message);
      try {
        const el = await fixture<SugamDateField>(
          html`<sugam-date-field label="Date" value="2025-01-26" calendar="hijri"></sugam-date-field>`,
        );
        el.requestUpdate();
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[part="saka"]')).to.equal(null);
        expect(warnings.filter((w) => w.includes('calendar="hijri"'))).to.have.length(1);
      } finally {
        console.warn = warn;
      }
    });
  });
});
