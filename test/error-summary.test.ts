import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@sugam/components/error-summary';
import '@sugam/components/text-field';
import '@sugam/components/textarea';
import '@sugam/components/slider';
import type { SugamErrorSummary } from '@sugam/components/error-summary';
import { loadLocale } from '@sugam/i18n';

const settle = () => new Promise((resolve) => setTimeout(resolve));
const links = (summary: SugamErrorSummary) => [...summary.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
const texts = (summary: SugamErrorSummary) => links(summary).map((a) => a.textContent!.trim());
const base = (summary: SugamErrorSummary) => summary.shadowRoot!.querySelector<HTMLElement>('[part="base"]');

function page() {
  return fixture<HTMLElement>(
    html`<main>
      <sugam-error-summary></sugam-error-summary>
      <form id="apply" novalidate>
        <sugam-text-field id="name" name="name" label="Full name" required></sugam-text-field>
        <label for="email">Email address</label>
        <input id="email" name="email" type="email" value="not-an-email" />
        <sugam-textarea id="reason" name="reason" label="Reason" maxlength="5" value="far too long"></sugam-textarea>
        <fieldset>
          <legend>Do you have a ration card?</legend>
          <label><input type="radio" name="card" value="yes" required /> Yes</label>
          <label><input type="radio" name="card" value="no" /> No</label>
        </fieldset>
        <sugam-slider name="rating" label="Rating" required value=""></sugam-slider>
        <sugam-text-field name="city" label="City" value="Pune" required></sugam-text-field>
        <button>Send</button>
      </form>
    </main>`,
  );
}

describe('<sugam-error-summary>', () => {
  it('renders nothing while there are no errors', async () => {
    const summary = await fixture<SugamErrorSummary>(html`<sugam-error-summary></sugam-error-summary>`);
    expect(base(summary)).to.equal(null);
    expect(summary.getBoundingClientRect().height).to.equal(0);
    // No box at all, so it adds no gap of its own in a grid or flex layout.
    const grid = await fixture<HTMLElement>(
      html`<div style="display: grid; gap: 20px">
        <sugam-error-summary></sugam-error-summary>
        <p style="margin: 0">Form</p>
      </div>`,
    );
    await grid.querySelector<SugamErrorSummary>('sugam-error-summary')!.updateComplete;
    expect(getComputedStyle(grid.firstElementChild!).display).to.equal('none');
    expect(grid.getBoundingClientRect().height).to.equal(grid.querySelector('p')!.getBoundingClientRect().height);
  });

  it('lists every invalid native and Sugam control of a form with its label and message, and takes focus', async () => {
    const main = await page();
    await settle();
    const summary = main.querySelector('sugam-error-summary')!;
    let shown = 0;
    summary.addEventListener('sugam-error-summary-show', (event) => (shown = event.detail.count));
    const count = summary.showFor(main.querySelector('form')!);
    await summary.updateComplete;
    const email = main.querySelector<HTMLInputElement>('#email')!;
    const radio = main.querySelector<HTMLInputElement>('[name=card]')!;
    expect(count).to.equal(5);
    expect(shown).to.equal(5);
    expect(texts(summary)).to.deep.equal([
      'Full name: Fill in this field.',
      `Email address: ${email.validationMessage}`,
      'Reason: Enter no more than 5 characters. You have entered 12.',
      `Do you have a ration card?: ${radio.validationMessage}`,
      'Rating: Choose a value.',
    ]);
    expect(links(summary).map((a) => a.getAttribute('href'))).to.deep.equal(['#name', '#email', '#reason', '#', '#']);
    expect(summary.shadowRoot!.querySelector('[role="heading"]')!.textContent!.trim()).to.equal('There is a problem');
    expect(summary.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
    expect(summary.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    expect(document.activeElement).to.equal(summary);
    expect(summary.shadowRoot!.activeElement).to.equal(base(summary));
    expect(base(summary)!.tabIndex).to.equal(-1);
  });

  it('makes Sugam controls show their own messages too', async () => {
    const main = await page();
    const summary = main.querySelector('sugam-error-summary')!;
    summary.showFor(main.querySelector('form')!);
    const name = main.querySelector('sugam-text-field')!;
    await name.updateComplete;
    expect(name.shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain('Fill in this field.');
  });

  it('moves focus into the field’s control when a link is followed with the keyboard', async () => {
    const main = await page();
    const summary = main.querySelector('sugam-error-summary')!;
    summary.showFor(main.querySelector('form')!);
    await summary.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(summary.shadowRoot!.activeElement).to.equal(links(summary)[0]);
    await sendKeys({ press: 'Enter' });
    const name = main.querySelector('sugam-text-field')!;
    expect(document.activeElement).to.equal(name);
    expect(name.shadowRoot!.activeElement).to.equal(name.shadowRoot!.querySelector('input'));
    expect(location.hash).to.equal('');
    links(summary)[4].click();
    const slider = main.querySelector('sugam-slider')!;
    expect(document.activeElement).to.equal(slider);
    expect(slider.shadowRoot!.activeElement!.getAttribute('role')).to.equal('slider');
    links(summary)[1].click();
    expect(document.activeElement).to.equal(main.querySelector('#email'));
  });

  it('with for="form-id", lists the errors of a novalidate form on submit and stops it; a valid form submits', async () => {
    const main = await page();
    const summary = main.querySelector('sugam-error-summary')!;
    summary.htmlFor = 'apply';
    await summary.updateComplete;
    const form = main.querySelector('form')!;
    let submitted = 0;
    form.addEventListener('submit', (event) => {
      if (!event.defaultPrevented) submitted++;
      event.preventDefault();
    });
    form.requestSubmit();
    await summary.updateComplete;
    expect(submitted).to.equal(0);
    expect(links(summary)).to.have.length(5);
    expect(document.activeElement).to.equal(summary);
    for (const el of form.querySelectorAll('sugam-text-field, sugam-textarea, sugam-slider')) el.remove();
    form.querySelector<HTMLInputElement>('#email')!.value = 'asha@example.gov.in';
    form.querySelector<HTMLInputElement>('[value=yes]')!.checked = true;
    form.requestSubmit();
    await summary.updateComplete;
    expect(submitted).to.equal(1);
    expect(base(summary)).to.equal(null);
  });

  it('with for="form-id" on a form the browser validates, lists the errors but leaves focus on the first field', async () => {
    const main = await fixture<HTMLElement>(
      html`<div>
        <sugam-error-summary for="f"></sugam-error-summary>
        <form id="f">
          <sugam-text-field name="a" label="First" required></sugam-text-field>
          <sugam-text-field name="b" label="Second" required></sugam-text-field>
        </form>
      </div>`,
    );
    const summary = main.querySelector('sugam-error-summary')!;
    const first = main.querySelector('sugam-text-field')!;
    await first.updateComplete;
    main.querySelector('form')!.requestSubmit();
    await settle();
    await summary.updateComplete;
    expect(texts(summary)).to.deep.equal(['First: Fill in this field.', 'Second: Fill in this field.']);
    expect(document.activeElement).to.equal(first);
  });

  it('shows errors set by the page, with links to ids', async () => {
    const main = await fixture<HTMLElement>(
      html`<div>
        <sugam-error-summary heading="Check your answers" heading-level="1">
          <p>Correct these before you send the form again.</p>
        </sugam-error-summary>
        <sugam-text-field id="pan" label="PAN"></sugam-text-field>
      </div>`,
    );
    const summary = main.querySelector('sugam-error-summary')!;
    summary.errors = [
      { message: 'Enter a PAN like ABCDE1234F', target: '#pan' },
      { message: 'The office is closed today' },
    ];
    await summary.updateComplete;
    expect(texts(summary)).to.deep.equal(['Enter a PAN like ABCDE1234F', 'The office is closed today']);
    expect(summary.shadowRoot!.querySelector('[role="heading"]')!.textContent!.trim()).to.equal('Check your answers');
    expect(summary.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('1');
    expect(summary.shadowRoot!.querySelector<HTMLElement>('.description')!.hidden).to.equal(false);
    links(summary)[0].click();
    expect(document.activeElement).to.equal(main.querySelector('#pan'));
    summary.clear();
    await summary.updateComplete;
    expect(base(summary)).to.equal(null);
  });

  it('does not take focus with no-autofocus', async () => {
    const summary = await fixture<SugamErrorSummary>(html`<sugam-error-summary no-autofocus></sugam-error-summary>`);
    summary.errors = [{ message: 'Something is wrong' }];
    await summary.updateComplete;
    expect(document.activeElement).not.to.equal(summary);
  });

  it('re-words its links when the language changes', async () => {
    await loadLocale('hi');
    const section = await fixture<HTMLElement>(
      html`<section lang="en">
        <sugam-error-summary></sugam-error-summary>
        <form><sugam-text-field name="n" label="Name" required></sugam-text-field></form>
      </section>`,
    );
    const summary = section.querySelector('sugam-error-summary')!;
    await settle();
    summary.showFor(section.querySelector('form')!);
    await summary.updateComplete;
    expect(texts(summary)).to.deep.equal(['Name: Fill in this field.']);
    section.lang = 'hi';
    await settle();
    await summary.updateComplete;
    await settle();
    expect(texts(summary)).to.deep.equal(['Name: यह फ़ील्ड भरें।']);
    expect(summary.shadowRoot!.querySelector('[role="heading"]')!.textContent!.trim()).to.equal('कोई समस्या है');
    const field = section.querySelector('sugam-text-field')!;
    expect(field.shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain('यह फ़ील्ड भरें।');
  });

  it('is localized and accessible in English, Hindi, Tamil and Urdu', async () => {
    const headings: Record<string, string> = {
      en: 'There is a problem',
      hi: 'कोई समस्या है',
      ta: 'ஒரு சிக்கல் உள்ளது',
      ur: 'ایک مسئلہ ہے',
    };
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      const wrapper = await fixture<HTMLElement>(
        html`<div lang=${lang}>
          <sugam-error-summary></sugam-error-summary>
          <form>
            <sugam-text-field id="n-${lang}" name="n" label="Name" required></sugam-text-field>
            <sugam-textarea name="t" label="Text" required></sugam-textarea>
            <sugam-slider name="s" label="Scale" required value=""></sugam-slider>
          </form>
        </div>`,
      );
      const summary = wrapper.querySelector('sugam-error-summary')!;
      await settle();
      summary.showFor(wrapper.querySelector('form')!);
      await summary.updateComplete;
      expect(summary.shadowRoot!.querySelector('[role="heading"]')!.textContent!.trim()).to.equal(headings[lang]);
      expect(texts(summary)[0]).to.contain(wrapper.querySelector('sugam-text-field')!.validationMessage);
      expect(base(summary)!.getAttribute('dir')).to.equal(lang === 'ur' ? 'rtl' : 'ltr');
      await expect(wrapper, lang).to.be.accessible();
    }
  });
});
