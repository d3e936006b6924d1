// The catalogue's page patterns, driven like a citizen would: they are built only from Sugam parts, so what they
// do (error summaries, focus after submit, live counts in the reader's digits) is the library's behaviour.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import { findLocale, loadLocale, toLatinDigits } from '@sugam/i18n';
import type { SugamErrorSummary } from '@sugam/components/error-summary';
import application from '../stories/application-form.stories.js';
import feedback from '../stories/feedback.stories.js';
import search from '../stories/search.stories.js';
import track from '../stories/track-application.stories.js';
import { samples } from '../stories/fixtures/samples.js';

type Page = { render?: unknown };

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Renders a page story in a language, as the catalogue does, and waits until every component has rendered. */
async function show(page: Page, locale = 'en'): Promise<HTMLElement> {
  await loadLocale(locale);
  const dir = findLocale(locale)!.dir;
  const host = await fixture<HTMLElement>(html`<main lang=${locale} dir=${dir}></main>`);
  const renderStory = page.render as (args: object, context: object) => unknown;
  render(renderStory({}, { args: {}, globals: { locale, theme: 'light' } }), host);
  await settle();
  await Promise.all([...host.querySelectorAll('*')].map((el) => (el as { updateComplete?: unknown }).updateComplete));
  await settle();
  return host;
}

const summaryLinks = (host: HTMLElement) =>
  [...host.querySelector<SugamErrorSummary>('sugam-error-summary')!.shadowRoot!.querySelectorAll('a')].map((a) =>
    a.textContent!.trim(),
  );

const submit = async (host: HTMLElement) => {
  host.querySelector<HTMLElement>('sugam-button[type="submit"]')!.click();
  await settle();
};

/** Whether focus is in `element` (itself or its shadow tree). */
const focused = (element: Element) => element.matches(':focus, :focus-within');

describe('Pages: Application form', () => {
  it('lists all ten questions in the error summary when sent empty, and focuses the summary', async () => {
    const host = await show(application);
    await submit(host);
    expect(summaryLinks(host)).to.have.length(10);
    expect(focused(host.querySelector('sugam-error-summary')!)).to.equal(true);
    expect(host.querySelector('form')!.hidden).to.equal(false);
  });
});

describe('Pages: Track your application', () => {
  for (const locale of ['en', 'hi', 'ur']) {
    it(`lists an empty number, then answers a typed one and moves focus to the answer (${locale})`, async () => {
      const host = await show(track, locale);
      const s = samples(locale);
      const field = host.querySelector<HTMLElement & { value: string }>('sugam-text-field')!;
      field.value = '';
      await settle();
      await submit(host);
      expect(summaryLinks(host)).to.have.length(1);
      expect(summaryLinks(host)[0]).to.contain(s.applicationNumber);

      field.focus();
      await sendKeys({ type: 'ab12345' });
      await submit(host);
      const heading = host.querySelector('h2')!;
      expect(document.activeElement === heading).to.equal(true);
      expect(heading.textContent).to.equal(s.applicationRef);
      // Dates are written in the reader's language (the month's name), not as an English date.
      const submitted = host.querySelectorAll('dd')[1]!.textContent!;
      expect(submitted).to.match(locale === 'en' ? /November/ : /^[^A-Za-z]+$/);
    });
  }

  it('says a malformed number is wrong, in the field and the summary', async () => {
    const host = await show(track);
    const field = host.querySelector<HTMLElement & { value: string; validity: ValidityState }>('sugam-text-field')!;
    field.value = 'AB123';
    await settle();
    await submit(host);
    expect(field.validity.patternMismatch).to.equal(true);
    expect(summaryLinks(host)).to.have.length(1);
  });
});

describe('Pages: Feedback', () => {
  for (const locale of ['en', 'ta']) {
    it(`needs an answer, then thanks the person with focus on the message (${locale})`, async () => {
      const host = await show(feedback, locale);
      const s = samples(locale);
      await submit(host);
      expect(summaryLinks(host)).to.have.length(1);
      expect(summaryLinks(host)[0]).to.contain(s.satisfaction);

      // Keyboard: the group is one Tab stop; Space chooses the focused answer, arrows move and choose.
      host.querySelector<HTMLElement>('sugam-radio')!.focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowDown' });
      const group = host.querySelector<HTMLElement & { value: string }>('sugam-radio-group')!;
      expect(group.value).to.equal('4');
      await submit(host);
      const thanks = host.querySelector('sugam-alert')!;
      expect(thanks.hidden).to.equal(false);
      expect(host.querySelector('form')!.hidden).to.equal(true);
      expect(focused(thanks)).to.equal(true);
    });
  }
});

describe('Pages: Search', () => {
  for (const locale of ['en', 'bn', 'ur']) {
    it(`updates the result count in the reader's digits and focuses the first result on a page change (${locale})`, async () => {
      const host = await show(search, locale);
      const status = host.querySelector('[role="status"]')!;
      expect(status.textContent).to.equal(samples(locale).showingResults);
      const pagination = host.querySelector('sugam-pagination')!;
      pagination.shadowRoot!.querySelector<HTMLElement>('[part~="next"]')!.click();
      await settle();
      const numbers = toLatinDigits(status.textContent!).match(/\d+/g)!.map(Number);
      expect([...numbers].sort((a, b) => a - b)).to.deep.equal([5, 8, 32]);
      // Bengali and Urdu pages write their own digits; English keeps 0-9.
      expect(/[0-9]/.test(status.textContent!)).to.equal(locale === 'en');
      expect(document.activeElement === host.querySelector('h2')).to.equal(true);
    });
  }
});
