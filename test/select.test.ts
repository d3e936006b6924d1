import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '@sugam/components/select';
import type { SugamSelect } from '@sugam/components/select';
import { loadLocale } from '@sugam/i18n';
import { runFormControlTests } from './form-control-suite.js';
import { placePopupByScript } from '../packages/components/src/internal/popup.js';
import { itPlacesPopupBySectionDirection, longStateOptions } from './helpers.js';

const combo = (el: SugamSelect) => el.shadowRoot!.querySelector<HTMLElement>('[role="combobox"]')!;
const popup = (el: SugamSelect) => el.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;
const activeLabel = (el: SugamSelect) => {
  const id = combo(el).getAttribute('aria-activedescendant');
  return id ? el.shadowRoot!.getElementById(id)!.textContent!.trim() : null;
};
const shownText = (el: SugamSelect) => el.shadowRoot!.querySelector('.value')!.textContent!.trim();

async function press(el: SugamSelect, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

const states = html`
  <sugam-option value="MH">Maharashtra</sugam-option>
  <sugam-option value="TN">Tamil Nadu</sugam-option>
  <sugam-option value="DL" disabled>Delhi</sugam-option>
  <sugam-option value="KA">Karnataka</sugam-option>
  <sugam-option value="KL">Kerala</sugam-option>
`;

/** Keys as an Indic keyboard layout (InScript, Phonetic) sends them: one keydown per character, key = the character. */
async function typeIndic(el: SugamSelect, text: string) {
  for (const key of text) combo(el).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
  await el.updateComplete;
}

async function altPress(el: SugamSelect, key: string) {
  await sendKeys({ down: 'Alt' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Alt' });
  await el.updateComplete;
}

async function focused(template: TemplateResult) {
  const el = await fixture<SugamSelect>(template);
  combo(el).focus();
  await el.updateComplete;
  return el;
}

describe('<sugam-select>', () => {
  runFormControlTests<SugamSelect>({
    tag: 'sugam-select',
    filledAttributes: 'value="b"',
    content:
      '<sugam-option value="a">A</sugam-option><sugam-option value="b">B</sugam-option><option value="c">C</option>',
    nativeEquivalent:
      '<select name="field"><option value="a">A</option><option value="b" selected>B</option><option value="c">C</option></select>',
    change: async (el) => {
      el.value = 'c';
    },
    empty: async (el) => {
      el.value = '';
    },
    requiredMessage: { en: 'Select an option.', hi: 'कोई विकल्प चुनें।' },
  });

  describe('accessibility', () => {
    it('is accessible in every state and size, open and closed, in English, Hindi, Tamil and Urdu', async () => {
      for (const lang of ['en', 'hi', 'ta', 'ur']) {
        await loadLocale(lang);
        const wrapper = await fixture<HTMLElement>(
          html`<div lang=${lang}>
            <sugam-select label="State" hint="Where you live" required>${states}</sugam-select>
            <sugam-select label="Small" size="sm" optional value="MH">${states}</sugam-select>
            <sugam-select label="Large" size="lg" placeholder="Choose…">${states}</sugam-select>
            <sugam-select label="Success" state="success" status-message="Found" value="TN">${states}</sugam-select>
            <sugam-select label="Warning" state="warning" status-message="Check">${states}</sugam-select>
            <sugam-select label="Error" error-message="Choose your state">${states}</sugam-select>
            <sugam-select label="Disabled" disabled value="KA">${states}</sugam-select>
            <sugam-select label="Read only" readonly value="KL">${states}</sugam-select>
            <sugam-select label="Open" open value="MH">${states}</sugam-select>
          </div>`,
        );
        const open = wrapper.querySelector<SugamSelect>('[label="Open"]')!;
        await open.updateComplete;
        expect(popup(open).matches(':popover-open')).to.equal(true);
        await expect(wrapper, lang).to.be.accessible();
      }
    });

    it('ties its label, hint and message to the combobox and the listbox in its shadow root', async () => {
      const el = await fixture<SugamSelect>(
        html`<sugam-select label="State" hint="Where you live" error-message="Choose one">${states}</sugam-select>`,
      );
      const box = combo(el);
      expect(box.getAttribute('aria-labelledby')).to.equal('label');
      expect(el.shadowRoot!.getElementById('label')!.textContent).to.contain('State');
      expect(box.getAttribute('aria-describedby')).to.equal('hint message');
      expect(box.getAttribute('aria-invalid')).to.equal('true');
      expect(el.shadowRoot!.getElementById(box.getAttribute('aria-controls')!)!.getAttribute('role')).to.equal(
        'listbox',
      );
      expect(popup(el).getAttribute('aria-labelledby')).to.equal('label');
      expect(el.shadowRoot!.querySelectorAll('[role="option"]').length).to.equal(5);
    });

    it('shows a placeholder in the reader’s language until something is chosen', async () => {
      await loadLocale('hi');
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="hi"><sugam-select label="राज्य" required>${states}</sugam-select></div>`,
      );
      const el = wrapper.querySelector('sugam-select')!;
      await el.updateComplete;
      expect(shownText(el)).to.equal('कोई विकल्प चुनें');
      expect(el.shadowRoot!.querySelector('.marker')!.textContent).to.equal('(आवश्यक)');
      el.value = 'TN';
      await el.updateComplete;
      expect(shownText(el)).to.equal('Tamil Nadu');
    });
  });

  describe('keyboard (APG select-only combobox)', () => {
    it('opens with Down Arrow on the chosen option, moves, and chooses with Enter', async () => {
      const el = await focused(html`<sugam-select label="State" value="TN">${states}</sugam-select>`);
      let changes = 0;
      let inputs = 0;
      el.addEventListener('change', () => changes++);
      el.addEventListener('input', () => inputs++);
      await press(el, 'ArrowDown');
      expect(el.open).to.equal(true);
      expect(combo(el).getAttribute('aria-expanded')).to.equal('true');
      expect(activeLabel(el)).to.equal('Tamil Nadu');
      await press(el, 'ArrowDown');
      expect(activeLabel(el), 'disabled options are skipped').to.equal('Karnataka');
      await press(el, 'ArrowUp');
      expect(activeLabel(el)).to.equal('Tamil Nadu');
      await press(el, 'ArrowUp');
      await press(el, 'ArrowUp');
      expect(activeLabel(el), 'Up stops at the first option').to.equal('Maharashtra');
      await press(el, 'Enter');
      expect(el.open).to.equal(false);
      expect(combo(el).getAttribute('aria-expanded')).to.equal('false');
      expect(combo(el).hasAttribute('aria-activedescendant')).to.equal(false);
      expect(el.value).to.equal('MH');
      expect(shownText(el)).to.equal('Maharashtra');
      expect([changes, inputs]).to.deep.equal([1, 1]);
      expect(el.shadowRoot!.activeElement).to.equal(combo(el));
    });

    it('opens with Enter, Space and Alt+Down; Home and End jump; Escape closes without choosing', async () => {
      const el = await focused(html`<sugam-select label="State">${states}</sugam-select>`);
      let changes = 0;
      el.addEventListener('change', () => changes++);
      await press(el, 'Enter');
      expect(el.open).to.equal(true);
      expect(activeLabel(el)).to.equal('Maharashtra');
      await press(el, 'End');
      expect(activeLabel(el)).to.equal('Kerala');
      await press(el, 'Home');
      expect(activeLabel(el)).to.equal('Maharashtra');
      await press(el, 'Escape');
      expect(el.open).to.equal(false);
      expect(el.value).to.equal('');
      await altPress(el, 'ArrowDown');
      expect(el.open).to.equal(true);
      await press(el, 'End');
      await press(el, 'Space');
      expect(el.open).to.equal(false);
      expect(el.value).to.equal('KL');
      await press(el, ' ');
      expect(el.open).to.equal(true);
      await press(el, 'Escape');
      await press(el, 'End');
      expect(el.open, 'End opens on the last option').to.equal(true);
      expect(activeLabel(el)).to.equal('Kerala');
      await altPress(el, 'ArrowUp');
      expect(el.open).to.equal(false);
      expect(changes).to.equal(1);
    });

    it('chooses the active option with Tab and moves focus on', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><sugam-select name="state" label="State">${states}</sugam-select><input name="after" /></form>`,
      );
      const el = form.querySelector('sugam-select')!;
      combo(el).focus();
      await press(el, 'ArrowDown');
      await press(el, 'ArrowDown');
      await press(el, 'Tab');
      expect(el.open).to.equal(false);
      expect(new FormData(form).get('state')).to.equal('TN');
      expect(document.activeElement).to.equal(form.querySelector('input'));
    });

    it('moves to an option by typing the start of its label, and cycles on a repeated letter', async () => {
      const el = await focused(html`<sugam-select label="State">${states}</sugam-select>`);
      await sendKeys({ type: 'k' });
      await el.updateComplete;
      expect(el.open, 'typing opens the list').to.equal(true);
      expect(activeLabel(el)).to.equal('Karnataka');
      await sendKeys({ type: 'k' });
      await el.updateComplete;
      expect(activeLabel(el)).to.equal('Kerala');
      await new Promise((resolve) => setTimeout(resolve, 700));
      await sendKeys({ type: 'ta' });
      await el.updateComplete;
      expect(activeLabel(el)).to.equal('Tamil Nadu');
      await new Promise((resolve) => setTimeout(resolve, 700));
      await sendKeys({ type: 'ker' });
      await el.updateComplete;
      expect(activeLabel(el)).to.equal('Kerala');
      await press(el, 'Enter');
      expect(el.value).to.equal('KL');
    });

    it('types ahead through Indic labels by whole characters, whatever their normalisation', async () => {
      const el = await focused(
        html`<sugam-select label="क्षेत्र">
          <sugam-option value="kshetra">क्षेत्र</sugam-option>
          <sugam-option value="kamal">कमल</sugam-option>
          <sugam-option value="qanoon">${'क़ानून'.normalize('NFD')}</sugam-option>
          <sugam-option value="kheti">खेती</sugam-option>
        </sugam-select>`,
      );
      await typeIndic(el, 'क');
      expect(activeLabel(el), 'a whole character क prefers कमल over the conjunct क्ष').to.equal('कमल');
      await typeIndic(el, '्');
      expect(activeLabel(el)).to.equal('क्षेत्र');
      await new Promise((resolve) => setTimeout(resolve, 700));
      // A precomposed क़ (U+0958) typed finds the label written as क + nukta.
      await typeIndic(el, '\u0958');
      expect(el.shadowRoot!.getElementById(combo(el).getAttribute('aria-activedescendant')!)!.id).to.equal('option-2');
      await new Promise((resolve) => setTimeout(resolve, 700));
      await typeIndic(el, 'खे');
      expect(activeLabel(el)).to.equal('खेती');
    });

    it('does nothing while disabled or read-only', async () => {
      const el = await focused(html`<sugam-select label="State" readonly value="MH">${states}</sugam-select>`);
      await press(el, 'ArrowDown');
      await sendKeys({ type: 'k' });
      combo(el).click();
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(el.value).to.equal('MH');
      const disabled = await fixture<SugamSelect>(html`<sugam-select label="State" disabled>${states}</sugam-select>`);
      expect(combo(disabled).hasAttribute('tabindex')).to.equal(false);
      expect(combo(disabled).getAttribute('aria-disabled')).to.equal('true');
    });
  });

  describe('pointer', () => {
    it('opens on click and chooses the clicked option, keeping focus on the combobox', async () => {
      const el = await fixture<SugamSelect>(html`<sugam-select label="State">${states}</sugam-select>`);
      combo(el).click();
      await el.updateComplete;
      expect(el.open).to.equal(true);
      expect(popup(el).matches(':popover-open')).to.equal(true);
      el.shadowRoot!.getElementById('option-3')!.click();
      await el.updateComplete;
      expect(el.value).to.equal('KA');
      expect(el.open).to.equal(false);
      el.shadowRoot!.getElementById('option-2')!.click();
      await el.updateComplete;
      expect(el.value, 'a disabled option cannot be chosen').to.equal('KA');
    });

    it('focuses the combobox when its label is clicked', async () => {
      const el = await fixture<SugamSelect>(html`<sugam-select label="State">${states}</sugam-select>`);
      el.shadowRoot!.querySelector('label')!.click();
      expect(el.shadowRoot!.activeElement).to.equal(combo(el));
    });

    it('opens the list next to the box, below it when there is room', async () => {
      const el = await fixture<SugamSelect>(html`<sugam-select label="State" open>${states}</sugam-select>`);
      await el.updateComplete;
      const box = combo(el).getBoundingClientRect();
      const list = popup(el).getBoundingClientRect();
      expect(list.top).to.be.at.least(box.bottom - 1);
      expect(Math.abs(list.left - box.left)).to.be.below(2);
      expect(list.width).to.be.at.least(box.width - 1);
    });
  });

  describe('popup placement in a section whose direction differs from the page', () => {
    // Logical `position-area` keywords resolve against the viewport (the root's direction), not the select's:
    // the popup must line up with the box's start edge in the select's own direction.
    const root = document.documentElement;

    itPlacesPopupBySectionDirection(async (dir, lang) => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir=${dir} lang=${lang} style="padding-inline: 200px">
          <sugam-select label="State" style="inline-size: 8rem" open>${longStateOptions}</sugam-select>
        </div>`,
      );
      const el = wrapper.querySelector('sugam-select')!;
      await el.updateComplete;
      return { box: combo(el), popup: popup(el) };
    });

    it('placed by script (browsers without anchor positioning): the same edges, in both cases', async () => {
      await loadLocale('ur');
      const saved = root.getAttribute('dir');
      try {
        for (const [page, dir, lang] of [
          ['ltr', 'rtl', 'ur'],
          ['rtl', 'ltr', 'en'],
        ] as const) {
          root.dir = page;
          const wrapper = await fixture<HTMLElement>(
            html`<div dir=${dir} lang=${lang} style="padding-inline: 200px">
              <sugam-select label="State" style="inline-size: 8rem" open>${longStateOptions}</sugam-select>
            </div>`,
          );
          const el = wrapper.querySelector('sugam-select')!;
          await el.updateComplete;
          placePopupByScript(popup(el), combo(el), { align: 'start', matchWidth: true });
          expect(popup(el).classList.contains('no-anchor')).to.equal(true);
          const box = combo(el).getBoundingClientRect();
          const list = popup(el).getBoundingClientRect();
          expect(list.width).to.be.greaterThan(box.width + 20);
          expect(list.top).to.be.at.least(box.bottom - 1);
          if (dir === 'rtl') expect(Math.abs(list.right - box.right), 'rtl').to.be.below(2);
          else expect(Math.abs(list.left - box.left), 'ltr').to.be.below(2);
        }
      } finally {
        if (saved === null) root.removeAttribute('dir');
        else root.setAttribute('dir', saved);
      }
    });
  });

  describe('options', () => {
    it('reads native <option> children, their selected attribute, and restores it on reset', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <sugam-select name="lang" label="Language">
            <option value="hi">हिन्दी</option>
            <option value="ta" selected>தமிழ்</option>
            <option>English</option>
          </sugam-select>
        </form>`,
      );
      const el = form.querySelector('sugam-select')!;
      await el.updateComplete;
      expect(new FormData(form).get('lang')).to.equal('ta');
      el.value = 'English';
      await el.updateComplete;
      expect(new FormData(form).get('lang'), 'an option without value submits its text').to.equal('English');
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal('ta');
    });

    it('follows options added, removed and relabelled after it renders', async () => {
      const el = await fixture<SugamSelect>(html`<sugam-select label="District" value="PN"></sugam-select>`);
      expect(el.checkValidity()).to.equal(true);
      const option = document.createElement('sugam-option');
      option.setAttribute('value', 'PN');
      option.textContent = 'Pune';
      el.append(option);
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(shownText(el)).to.equal('Pune');
      option.textContent = 'पुणे';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(shownText(el)).to.equal('पुणे');
    });

    it('gives each option its own language and never renders labels as HTML', async () => {
      const el = await fixture<SugamSelect>(
        html`<sugam-select label="Language" open>
          <sugam-option value="ur" lang="ur">اردو</sugam-option>
          <sugam-option value="x" label=${'<img src=x onerror=alert(1)>'}>x</sugam-option>
        </sugam-select>`,
      );
      const [ur, x] = el.shadowRoot!.querySelectorAll('[role="option"]');
      expect(ur.getAttribute('lang')).to.equal('ur');
      expect(x.querySelector('img')).to.equal(null);
      expect(x.textContent).to.contain('<img');
    });
  });
});
