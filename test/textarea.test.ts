import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@sugam/components/textarea';
import { SugamTextarea } from '@sugam/components/textarea';
import { loadLocale } from '@sugam/i18n';
import { runFormControlTests } from './form-control-suite.js';

const textarea = (el: SugamTextarea) => el.shadowRoot!.querySelector('textarea')!;
const counter = (el: SugamTextarea) => el.shadowRoot!.querySelector('[part="counter"]')?.textContent?.trim();
const liveRegion = (el: SugamTextarea) => el.shadowRoot!.querySelector('[aria-live]')!;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function type(el: SugamTextarea, text: string) {
  textarea(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('<sugam-textarea>', () => {
  runFormControlTests<SugamTextarea>({
    tag: 'sugam-textarea',
    filledAttributes: 'value="Road washed away near the school"',
    nativeEquivalent: '<textarea name="field">Road washed away near the school</textarea>',
    change: async (el) => {
      el.value = 'Streetlight not working';
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
          <sugam-textarea label="Complaint" hint="Say what happened" required maxlength="200"></sugam-textarea>
          <sugam-textarea label="Details" size="sm" optional value="abc" maxlength="200"></sugam-textarea>
          <sugam-textarea label="Over" size="lg" value="too long" maxlength="3"></sugam-textarea>
          <sugam-textarea label="Auto" auto-grow rows="2"></sugam-textarea>
          <sugam-textarea label="Good" state="success" status-message="Looks good"></sugam-textarea>
          <sugam-textarea label="Check" state="warning" status-message="Check this"></sugam-textarea>
          <sugam-textarea label="Reason" error-message="Enter a reason"></sugam-textarea>
          <sugam-textarea label="Read only" readonly value="Fixed"></sugam-textarea>
          <sugam-textarea label="Disabled" disabled value="Off"></sugam-textarea>
        </div>`,
      );
      await expect(el, lang).to.be.accessible();
    }
  });

  it('ties its label, hint, counter and message to the textarea inside its shadow root', async () => {
    const el = await fixture<SugamTextarea>(
      html`<sugam-textarea
        label="Complaint"
        hint="Say what happened"
        maxlength="10"
        error-message="Too vague"
      ></sugam-textarea>`,
    );
    const field = textarea(el);
    expect(field.labels?.[0]?.textContent).to.contain('Complaint');
    expect(field.getAttribute('aria-describedby')).to.equal('hint message counter');
    expect(el.shadowRoot!.getElementById('counter')!.textContent).to.contain('You can enter up to 10 characters');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
  });

  it('has the requested rows and never sets a native maxlength (it never truncates)', async () => {
    const el = await fixture<SugamTextarea>(
      html`<sugam-textarea label="Notes" rows="6" maxlength="3"></sugam-textarea>`,
    );
    expect(textarea(el).rows).to.equal(6);
    expect(textarea(el).hasAttribute('maxlength')).to.equal(false);
    await type(el, 'abcdef');
    expect(el.value).to.equal('abcdef');
    expect(textarea(el).value).to.equal('abcdef');
  });

  it('types several lines, fires input and change, and submits them like a native textarea', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <sugam-textarea name="text" label="Complaint"></sugam-textarea><textarea name="text"></textarea>
      </form>`,
    );
    const el = form.querySelector('sugam-textarea')!;
    let inputs = 0;
    let changes = 0;
    el.addEventListener('input', () => inputs++);
    el.addEventListener('change', () => changes++);
    await type(el, 'पहली पंक्ति');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'दूसरी' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.value).to.equal('पहली पंक्ति\nदूसरी');
    expect(inputs).to.be.greaterThan(0);
    expect(changes).to.equal(1);
    form.querySelector('textarea')!.value = el.value;
    const [mine, native] = new FormData(form).getAll('text');
    expect(mine).to.equal(native);
  });

  it('counts graphemes, not UTF-16 units, in the counter and in validation', async () => {
    const el = await fixture<SugamTextarea>(html`<sugam-textarea label="Name" maxlength="3"></sugam-textarea>`);
    el.value = 'क्षिस्त्री'; // two graphemes, ten UTF-16 units
    await el.updateComplete;
    expect(el.textLength).to.equal(2);
    expect(counter(el)).to.equal('2 of 3 characters');
    expect(el.checkValidity()).to.equal(true);
    el.value = 'क्षिस्त्रीकामना';
    await el.updateComplete;
    expect(counter(el)).to.equal('2 characters over the limit');
    expect(el.shadowRoot!.querySelector('.counter.over')).to.exist;
    expect(el.validity.tooLong).to.equal(true);
    expect(el.validationMessage).to.equal('Enter no more than 3 characters. You have entered 5.');
    expect(el.value, 'never truncated').to.equal('क्षिस्त्रीकामना');
    el.value = 'क्षिस्त्रीकाम';
    await el.updateComplete;
    expect(counter(el)).to.equal('1 character over the limit');
  });

  it('keeps the message on screen current while the user types', async () => {
    const el = await fixture<SugamTextarea>(
      html`<sugam-textarea label="Note" maxlength="3" value="abcd"></sugam-textarea>`,
    );
    el.reportValidity();
    textarea(el).focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: 'e' });
    await el.updateComplete;
    const message = () => el.shadowRoot!.querySelector('[part="message"]')?.textContent ?? '';
    expect(message()).to.contain('Enter no more than 3 characters. You have entered 5.');
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(message()).to.equal('');
  });

  it('validates minlength in graphemes', async () => {
    const el = await fixture<SugamTextarea>(html`<sugam-textarea label="Reason" minlength="3"></sugam-textarea>`);
    el.value = 'क्षिक्षि';
    await el.updateComplete;
    expect(el.validity.tooShort).to.equal(true);
    el.value = 'क्षिक्षिक्षि';
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
  });

  it('writes the counter in the language and digits of its locale', async () => {
    await Promise.all([loadLocale('bn'), loadLocale('ur'), loadLocale('hi')]);
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <sugam-textarea lang="bn" label="বিবরণ" maxlength="200" value="নমস্কার"></sugam-textarea>
        <sugam-textarea lang="ur" label="تفصیل" maxlength="200" value="abc"></sugam-textarea>
        <sugam-textarea lang="hi" label="विवरण" maxlength="5" value="नमस्ते दुनिया"></sugam-textarea>
      </div>`,
    );
    const [bn, ur, hi] = [...wrapper.querySelectorAll('sugam-textarea')];
    await Promise.all([bn.updateComplete, ur.updateComplete, hi.updateComplete]);
    expect(counter(bn)).to.equal('২০০টির মধ্যে ৪টি অক্ষর');
    expect(counter(ur)).to.equal('۲۰۰ میں سے ۳ حروف');
    expect(counter(hi)).to.equal('सीमा से 2 वर्ण अधिक');
  });

  it('announces the counter politely only when crossing a threshold or after a pause, not on every keystroke', async () => {
    const delay = SugamTextarea.announceDelay;
    SugamTextarea.announceDelay = 300;
    try {
      const el = await fixture<SugamTextarea>(html`<sugam-textarea label="Note" maxlength="10"></sugam-textarea>`);
      expect(liveRegion(el).getAttribute('aria-live')).to.equal('polite');
      await type(el, 'abcdefg'); // 7 of 10: under the "near" threshold (80%)
      await wait(400);
      expect(liveRegion(el).textContent!.trim(), 'nothing while far from the limit').to.equal('');
      await sendKeys({ type: 'h' }); // 8 of 10: near
      await el.updateComplete;
      expect(liveRegion(el).textContent!.trim()).to.equal('8 of 10 characters');
      await sendKeys({ type: 'i' }); // 9 of 10: same level, waits for a pause
      await el.updateComplete;
      expect(liveRegion(el).textContent!.trim()).to.equal('8 of 10 characters');
      await wait(400);
      await el.updateComplete;
      expect(liveRegion(el).textContent!.trim()).to.equal('9 of 10 characters');
      await sendKeys({ type: 'jk' }); // over the limit: said at once
      await el.updateComplete;
      expect(liveRegion(el).textContent!.trim()).to.equal('1 character over the limit');
    } finally {
      SugamTextarea.announceDelay = delay;
    }
  });

  it('never rewrites the value, nor announces, while an input method is composing', async () => {
    const el = await fixture<SugamTextarea>(html`<sugam-textarea label="Note" maxlength="2"></sugam-textarea>`);
    const field = textarea(el);
    field.focus();
    field.dispatchEvent(new CompositionEvent('compositionstart'));
    field.value = 'नमस्';
    field.dispatchEvent(new InputEvent('input', { isComposing: true, composed: true, bubbles: true }));
    await el.updateComplete;
    expect(field.value).to.equal('नमस्');
    expect(liveRegion(el).textContent!.trim()).to.equal('');
    field.dispatchEvent(new CompositionEvent('compositionend'));
    await el.updateComplete;
    expect(field.value).to.equal('नमस्');
    expect(el.value).to.equal('नमस्');
    expect(liveRegion(el).textContent!.trim()).to.equal('1 character over the limit');
  });

  it('grows with its text when auto-grow is set', async () => {
    const el = await fixture<SugamTextarea>(html`<sugam-textarea label="Notes" rows="2" auto-grow></sugam-textarea>`);
    const before = textarea(el).getBoundingClientRect().height;
    el.value = 'one\ntwo\nthree\nfour\nfive\nsix';
    await el.updateComplete;
    expect(textarea(el).getBoundingClientRect().height).to.be.greaterThan(before * 1.8);
    const fixedEl = await fixture<SugamTextarea>(html`<sugam-textarea label="Notes" rows="2"></sugam-textarea>`);
    const fixedBefore = textarea(fixedEl).getBoundingClientRect().height;
    fixedEl.value = 'one\ntwo\nthree\nfour\nfive\nsix';
    await fixedEl.updateComplete;
    expect(textarea(fixedEl).getBoundingClientRect().height).to.equal(fixedBefore);
  });

  it('keeps a typed value and its validity when the language changes', async () => {
    await loadLocale('ta');
    const section = await fixture<HTMLElement>(
      html`<section lang="en"><sugam-textarea label="Note" maxlength="3"></sugam-textarea></section>`,
    );
    const el = section.querySelector('sugam-textarea')!;
    await type(el, 'abcd');
    expect(el.validity.tooLong).to.equal(true);
    section.lang = 'ta';
    await wait(0);
    await el.updateComplete;
    expect(el.value).to.equal('abcd');
    expect(textarea(el).value).to.equal('abcd');
    expect(el.validity.tooLong).to.equal(true);
    expect(counter(el)).to.contain('எழுத்து');
  });
});
