import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@sugam/components/checkbox';
import '@sugam/components/checkbox-group';
import type { SugamCheckboxGroup } from '@sugam/components/checkbox-group';
import type { SugamCheckbox } from '@sugam/components/checkbox';
import { loadLocale } from '@sugam/i18n';
import { runFormControlTests } from './form-control-suite.js';

const settle = async (el: SugamCheckboxGroup) => {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await Promise.all(el.checkboxes.map((box) => box.updateComplete));
  await el.updateComplete;
};
const inner = (box: SugamCheckbox) => box.shadowRoot!.querySelector('input')!;

const OPTIONS = html`<sugam-checkbox value="sms" label="SMS"></sugam-checkbox>
  <sugam-checkbox value="email" label="Email"></sugam-checkbox>
  <sugam-checkbox value="post" label="Post"></sugam-checkbox>`;

describe('<sugam-checkbox-group>', () => {
  runFormControlTests<SugamCheckboxGroup>({
    tag: 'sugam-checkbox-group',
    filledAttributes: '',
    content: `<sugam-checkbox value="a" label="A"></sugam-checkbox>
      <sugam-checkbox value="b" label="B" checked></sugam-checkbox>
      <sugam-checkbox value="c" label="C" checked></sugam-checkbox>`,
    nativeEquivalent: `<input type="checkbox" name="field" value="a">
      <input type="checkbox" name="field" value="b" checked>
      <input type="checkbox" name="field" value="c" checked>`,
    change: async (el) => {
      el.checkboxes[0]!.checked = true;
    },
    empty: async (el) => {
      for (const box of el.checkboxes) box.checked = false;
    },
    requiredMessage: { en: 'Select at least one option.', hi: 'कम से कम एक विकल्प चुनें।' },
  });

  it('is accessible in every state and size, in English, Hindi, Tamil and Urdu', async () => {
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      const el = await fixture<HTMLElement>(
        html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'}>
          <sugam-checkbox-group label="Contact me by" hint="Choose all that apply" required
            >${OPTIONS}</sugam-checkbox-group
          >
          <sugam-checkbox-group label="Small" size="sm" optional orientation="horizontal"
            >${OPTIONS}</sugam-checkbox-group
          >
          <sugam-checkbox-group label="Large" size="lg" state="success" status-message="Saved"
            >${OPTIONS}</sugam-checkbox-group
          >
          <sugam-checkbox-group label="Warning" state="warning" status-message="Check">${OPTIONS}</sugam-checkbox-group>
          <sugam-checkbox-group label="Error" error-message="Choose one">${OPTIONS}</sugam-checkbox-group>
          <sugam-checkbox-group label="Read only" readonly>${OPTIONS}</sugam-checkbox-group>
          <sugam-checkbox-group label="Disabled" disabled>${OPTIONS}</sugam-checkbox-group>
        </div>`,
      );
      for (const group of el.querySelectorAll('sugam-checkbox-group')) await settle(group);
      await expect(el, lang).to.be.accessible();
    }
  });

  it('is a fieldset whose legend is the label, with the hint and message describing it', async () => {
    const el = await fixture<SugamCheckboxGroup>(
      html`<sugam-checkbox-group label="Contact me by" hint="Choose all" error-message="Choose one"
        >${OPTIONS}</sugam-checkbox-group
      >`,
    );
    await settle(el);
    const fieldset = el.shadowRoot!.querySelector('fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent).to.contain('Contact me by');
    expect(fieldset.getAttribute('aria-describedby')).to.equal('hint message');
    expect(inner(el.checkboxes[0]!).getAttribute('aria-invalid')).to.equal('true');
  });

  it('submits each checked box, in order, under its own name or the group name', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <sugam-checkbox-group name="contact" label="Contact">
          <sugam-checkbox value="sms" label="SMS" checked></sugam-checkbox>
          <sugam-checkbox name="news" label="Newsletter" checked></sugam-checkbox>
          <sugam-checkbox value="post" label="Post" checked></sugam-checkbox>
        </sugam-checkbox-group>
      </form>`,
    );
    await settle(form.querySelector('sugam-checkbox-group')!);
    expect([...new FormData(form)]).to.deep.equal([
      ['contact', 'sms'],
      ['news', 'on'],
      ['contact', 'post'],
    ]);
  });

  it('is one Tab stop per checkbox, each toggled with Space', async () => {
    const el = await fixture<SugamCheckboxGroup>(
      html`<sugam-checkbox-group label="C">${OPTIONS}</sugam-checkbox-group>`,
    );
    await settle(el);
    el.focus();
    expect(document.activeElement).to.equal(el.checkboxes[0]);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el.checkboxes[1]);
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(el.values).to.deep.equal(['email']);
  });

  it('checks min and max, with plural messages in the reader’s language', async () => {
    await loadLocale('hi');
    const el = await fixture<SugamCheckboxGroup>(
      html`<sugam-checkbox-group label="Pick" min="2" max="2">${OPTIONS}</sugam-checkbox-group>`,
    );
    await settle(el);
    expect(el.checkValidity(), 'an optional group may be left empty').to.equal(true);
    el.checkboxes[0]!.checked = true;
    await settle(el);
    expect(el.validity.rangeUnderflow).to.equal(true);
    expect(el.validationMessage).to.equal('Select at least 2 options.');
    el.checkboxes[1]!.checked = true;
    el.checkboxes[2]!.checked = true;
    await settle(el);
    expect(el.validity.rangeOverflow).to.equal(true);
    expect(el.validationMessage).to.equal('Select no more than 2 options.');
    el.max = 1;
    el.min = undefined;
    el.lang = 'hi';
    await settle(el);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settle(el);
    expect(el.validationMessage).to.equal('1 से अधिक विकल्प न चुनें।');
    el.checkboxes[1]!.checked = false;
    el.checkboxes[2]!.checked = false;
    await settle(el);
    expect(el.checkValidity()).to.equal(true);
  });

  it('shows its message after the user leaves the group, and clears it when fixed', async () => {
    const el = await fixture<SugamCheckboxGroup>(
      html`<sugam-checkbox-group label="C" required>${OPTIONS}</sugam-checkbox-group><button>after</button>`,
    );
    await settle(el);
    el.focus();
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="message"]'), 'still inside').to.equal(null);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain('Select at least one option.');
    inner(el.checkboxes[2]!).click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="message"]')).to.equal(null);
  });

  it('disables all its checkboxes: not focusable, not submitted', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <sugam-checkbox-group name="c" label="C" disabled>
          <sugam-checkbox value="a" label="A" checked></sugam-checkbox>
        </sugam-checkbox-group>
      </form>`,
    );
    const el = form.querySelector('sugam-checkbox-group')!;
    await settle(el);
    expect([...new FormData(form)]).to.deep.equal([]);
    el.checkboxes[0]!.focus();
    expect(document.activeElement).not.to.equal(el.checkboxes[0]);
    el.disabled = false;
    await settle(el);
    expect([...new FormData(form)]).to.deep.equal([['c', 'a']]);
  });

  it('makes its checkboxes read-only: focusable and submitted, but unchangeable', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <sugam-checkbox-group name="c" label="C" readonly>
          <sugam-checkbox value="a" label="A" checked></sugam-checkbox>
          <sugam-checkbox value="b" label="B"></sugam-checkbox>
        </sugam-checkbox-group>
      </form>`,
    );
    const el = form.querySelector('sugam-checkbox-group')!;
    await settle(el);
    el.checkboxes[1]!.focus();
    expect(document.activeElement).to.equal(el.checkboxes[1]);
    await sendKeys({ press: 'Space' });
    inner(el.checkboxes[0]!).click();
    await settle(el);
    expect([...new FormData(form)]).to.deep.equal([['c', 'a']]);
  });

  it('gives its size to its checkboxes', async () => {
    const el = await fixture<SugamCheckboxGroup>(
      html`<sugam-checkbox-group label="C" size="lg">${OPTIONS}</sugam-checkbox-group>`,
    );
    await settle(el);
    expect(el.checkboxes.map((box) => box.getAttribute('size'))).to.deep.equal(['lg', 'lg', 'lg']);
  });
});
