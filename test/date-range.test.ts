import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@sugam/components/date-range';
import type { SugamDateRange } from '@sugam/components/date-range';
import type { SugamDateField } from '@sugam/components/date-field';
import { loadLocale } from '@sugam/i18n';

const input = (el: SugamDateField) => el.shadowRoot!.querySelector('input')!;
const label = (el: SugamDateField) => el.shadowRoot!.querySelector('label')!.textContent!.replace(/\s+/g, ' ').trim();

const settle = async (range: SugamDateRange) => {
  for (let i = 0; i < 3; i++) {
    await range.updateComplete;
    await Promise.all(range.fields.map((field) => field?.updateComplete));
    await new Promise((resolve) => setTimeout(resolve));
  }
};

async function type(el: SugamDateField, text: string) {
  input(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

const leave = (required = false) =>
  fixture<HTMLFormElement>(
    html`<form>
      <sugam-date-range
        label="Period of leave"
        hint="Both days included"
        min="2025-01-01"
        max="2025-12-31"
        ?required=${required}
      >
        <sugam-date-field name="from"></sugam-date-field>
        <sugam-date-field name="to"></sugam-date-field>
      </sugam-date-range>
    </form>`,
  );

describe('<sugam-date-range>', () => {
  it('is accessible in English, Hindi, Tamil and Urdu, filled, empty, invalid and required', async () => {
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      const wrapper = await fixture<HTMLElement>(
        html`<div lang=${lang}>
          <sugam-date-range label="Period of leave" hint="Both days included" required>
            <sugam-date-field name="from" value="2025-03-10"></sugam-date-field>
            <sugam-date-field name="to" value="2025-03-08"></sugam-date-field>
          </sugam-date-range>
          <sugam-date-range label="Dates of stay" optional>
            <sugam-date-field label="Arrival"></sugam-date-field>
            <sugam-date-field label="Departure"></sugam-date-field>
          </sugam-date-range>
        </div>`,
      );
      const range = wrapper.querySelector('sugam-date-range')!;
      await settle(range);
      range.fields[1]!.reportValidity();
      await settle(range);
      await expect(wrapper, lang).to.be.accessible();
    }
  });

  it('is a group named by its label and described by its hint, holding both fields', async () => {
    const form = await leave();
    const range = form.querySelector('sugam-date-range')!;
    await settle(range);
    const fieldset = range.shadowRoot!.querySelector('fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent!.trim()).to.equal('Period of leave');
    expect(fieldset.getAttribute('aria-describedby')).to.equal('hint');
    expect(range.shadowRoot!.getElementById('hint')!.textContent).to.equal('Both days included');
    const slot = fieldset.querySelector('slot')!;
    expect(slot.assignedElements()).to.have.length(2);
  });

  it('labels unlabelled fields Start date and End date in the reader’s language, and keeps given labels', async () => {
    await loadLocale('hi');
    const section = await fixture<HTMLElement>(
      html`<section lang="en">
        <sugam-date-range label="Leave">
          <sugam-date-field></sugam-date-field>
          <sugam-date-field label="Last day"></sugam-date-field>
        </sugam-date-range>
      </section>`,
    );
    const range = section.querySelector('sugam-date-range')!;
    await settle(range);
    const [start, end] = range.fields;
    expect(label(start!)).to.equal('Start date');
    expect(label(end!)).to.equal('Last day');
    section.lang = 'hi';
    await settle(range);
    expect(label(start!)).to.match(/[\u0900-\u097f]/);
    expect(label(end!)).to.equal('Last day');
  });

  it('keeps the end on or after the start, reporting dates out of order once, on the end field', async () => {
    const form = await leave();
    const range = form.querySelector('sugam-date-range')!;
    const [start, end] = range.fields as [SugamDateField, SugamDateField];
    await settle(range);
    expect([start.min, start.max, end.min, end.max]).to.deep.equal([
      '2025-01-01',
      '2025-12-31',
      '2025-01-01',
      '2025-12-31',
    ]);
    await type(start, '12/03/2025');
    await settle(range);
    expect(end.min).to.equal('2025-03-12');
    await type(end, '10/03/2025');
    await sendKeys({ press: 'Tab' });
    await settle(range);
    expect(end.validity.rangeUnderflow).to.equal(true);
    expect(end.validationMessage).to.equal('Enter a date on or after 12 March 2025.');
    expect(start.checkValidity(), 'the start is not blamed too').to.equal(true);
    input(end).select();
    await type(end, '15/03/2025');
    await settle(range);
    expect(end.checkValidity()).to.equal(true);
    // The start moved after the end: the end reports it, in its own words.
    input(start).select();
    await type(start, '20/03/2025');
    await settle(range);
    expect(start.checkValidity()).to.equal(true);
    expect(end.validity.rangeUnderflow).to.equal(true);
    expect(end.validationMessage).to.equal('Enter a date on or after 20 March 2025.');
    expect(new FormData(form).getAll('from')).to.deep.equal(['2025-03-20']);
    expect(new FormData(form).getAll('to')).to.deep.equal(['2025-03-15']);
    expect(form.checkValidity()).to.equal(false);
  });

  it('follows values set by the page and a form reset', async () => {
    const form = await leave();
    const range = form.querySelector('sugam-date-range')!;
    const [start, end] = range.fields as [SugamDateField, SugamDateField];
    await settle(range);
    start.value = '2025-06-01';
    await settle(range);
    expect(end.min).to.equal('2025-06-01');
    form.reset();
    await settle(range);
    expect(end.min).to.equal('2025-01-01');
  });

  it('greys out the days before the start in the end field’s calendar, which opens there', async () => {
    const range = await fixture<SugamDateRange>(
      html`<sugam-date-range label="Stay">
        <sugam-date-field></sugam-date-field>
        <sugam-date-field></sugam-date-field>
      </sugam-date-range>`,
    );
    const [start, end] = range.fields as [SugamDateField, SugamDateField];
    start.value = '2100-03-12';
    await settle(range);
    end.showPicker();
    await settle(range);
    const day = (n: number) =>
      [...end.shadowRoot!.querySelectorAll<HTMLElement>('td.day')].find(
        (cell) => cell.textContent!.trim() === String(n),
      )!;
    expect(day(11).getAttribute('aria-disabled')).to.equal('true');
    expect(day(12).hasAttribute('aria-disabled')).to.equal(false);
    await sendKeys({ press: 'Escape' });
  });

  it('makes both fields required and marks the label', async () => {
    const form = await leave(true);
    const range = form.querySelector('sugam-date-range')!;
    await settle(range);
    expect(range.fields.map((field) => field!.required)).to.deep.equal([true, true]);
    expect(range.shadowRoot!.querySelector('legend')!.textContent).to.contain('(required)');
    expect(form.checkValidity()).to.equal(false);
  });

  it('lets a field’s own min and max count when the range has none', async () => {
    const range = await fixture<SugamDateRange>(
      html`<sugam-date-range label="Stay">
        <sugam-date-field min="2030-01-01"></sugam-date-field>
        <sugam-date-field max="2030-12-31"></sugam-date-field>
      </sugam-date-range>`,
    );
    await settle(range);
    const [start, end] = range.fields as [SugamDateField, SugamDateField];
    expect([start.min, end.max]).to.deep.equal(['2030-01-01', '2030-12-31']);
  });

  it('shows the length of the period in days or nights, in the reader’s language and digits, politely announced', async () => {
    await loadLocale('bn');
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <sugam-date-range label="Leave" duration="days">
          <sugam-date-field value="2025-03-10"></sugam-date-field>
          <sugam-date-field></sugam-date-field>
        </sugam-date-range>
        <sugam-date-range label="Stay" duration="nights" lang="bn">
          <sugam-date-field value="2025-03-10"></sugam-date-field>
          <sugam-date-field value="2025-03-14"></sugam-date-field>
        </sugam-date-range>
      </div>`,
    );
    const [leave, stay] = [...wrapper.querySelectorAll('sugam-date-range')];
    await settle(leave);
    await settle(stay);
    const line = (range: SugamDateRange) => range.shadowRoot!.querySelector('[part="duration"]')!;
    expect(line(leave).getAttribute('aria-live')).to.equal('polite');
    expect(line(leave).textContent!.trim(), 'nothing until both dates are given').to.equal('');
    const end = leave.fields[1]!;
    await type(end, '14/03/2025');
    await settle(leave);
    expect(line(leave).textContent!.trim()).to.equal('Total: 5 days');
    input(end).select();
    await type(end, '10/03/2025');
    await settle(leave);
    expect(line(leave).textContent!.trim()).to.equal('Total: 1 day');
    input(end).select();
    await type(end, '09/03/2025');
    await settle(leave);
    expect(line(leave).textContent!.trim(), 'nothing while the end is before the start').to.equal('');
    expect(line(stay).textContent).to.match(/৪/);
    expect(line(stay).textContent).not.to.match(/[A-Za-z]/);
  });
});
