import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '@sugam/components/combobox';
import type { SugamCombobox } from '@sugam/components/combobox';
import { loadLocale } from '@sugam/i18n';
import { runFormControlTests } from './form-control-suite.js';
import { itPlacesPopupBySectionDirection, longStateOptions } from './helpers.js';

const input = (el: SugamCombobox) => el.shadowRoot!.querySelector('input')!;
const labels = (el: SugamCombobox) =>
  [...el.shadowRoot!.querySelectorAll('[role="option"]')].map((o) => o.textContent!.trim());
const activeLabel = (el: SugamCombobox) => {
  const id = input(el).getAttribute('aria-activedescendant');
  return id ? el.shadowRoot!.getElementById(id)!.textContent!.trim() : null;
};
const status = (el: SugamCombobox) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

async function press(el: SugamCombobox, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

async function type(el: SugamCombobox, text: string) {
  input(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** Sets the text as an input method or paste would, with one input event. */
async function setText(el: SugamCombobox, text: string) {
  input(el).focus();
  input(el).value = text;
  input(el).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

const states = html`
  <sugam-option value="WB">West Bengal</sugam-option>
  <sugam-option value="AP">Andhra Pradesh</sugam-option>
  <sugam-option value="BR">Bihār</sugam-option>
  <sugam-option value="AS">Assam</sugam-option>
  <sugam-option value="GA" disabled>Goa</sugam-option>
  <sugam-option value="AR">Arunachal Pradesh</sugam-option>
`;

describe('<sugam-combobox>', () => {
  runFormControlTests<SugamCombobox>({
    tag: 'sugam-combobox',
    filledAttributes: 'value="b"',
    content:
      '<sugam-option value="a">A</sugam-option><sugam-option value="b">B</sugam-option><option value="c">C</option>',
    nativeEquivalent: '<input name="field" value="b">',
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
            <sugam-combobox label="State" hint="Type to search" required>${states}</sugam-combobox>
            <sugam-combobox label="Small" size="sm" optional value="AS">${states}</sugam-combobox>
            <sugam-combobox label="Large" size="lg" placeholder="Search">${states}</sugam-combobox>
            <sugam-combobox label="Success" state="success" status-message="Found" value="AP">${states}</sugam-combobox>
            <sugam-combobox label="Warning" state="warning" status-message="Check">${states}</sugam-combobox>
            <sugam-combobox label="Error" error-message="Choose your state">${states}</sugam-combobox>
            <sugam-combobox label="Disabled" disabled value="AS">${states}</sugam-combobox>
            <sugam-combobox label="Read only" readonly value="AS">${states}</sugam-combobox>
            <sugam-combobox label="Open" value="AS">${states}</sugam-combobox>
            <sugam-combobox label="Nothing found">${states}</sugam-combobox>
          </div>`,
        );
        const open = wrapper.querySelector<SugamCombobox>('[label="Open"]')!;
        input(open).focus();
        await press(open, 'ArrowDown');
        expect(open.open).to.equal(true);
        const none = wrapper.querySelector<SugamCombobox>('[label="Nothing found"]')!;
        await setText(none, 'zzz');
        expect(none.shadowRoot!.querySelector('.empty')).to.exist;
        await expect(wrapper, lang).to.be.accessible();
      }
    });

    it('is a combobox input with list autocomplete, labelled and described in its shadow root', async () => {
      const el = await fixture<SugamCombobox>(
        html`<sugam-combobox label="State" hint="Type to search" error-message="Choose one">${states}</sugam-combobox>`,
      );
      const field = input(el);
      expect(field.getAttribute('role')).to.equal('combobox');
      expect(field.getAttribute('aria-autocomplete')).to.equal('list');
      expect(field.labels?.[0]?.textContent).to.contain('State');
      expect(field.getAttribute('aria-describedby')).to.equal('hint message');
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      expect(el.shadowRoot!.getElementById(field.getAttribute('aria-controls')!)!.getAttribute('role')).to.equal(
        'listbox',
      );
      expect(el.shadowRoot!.querySelector('button')!.getAttribute('aria-label')).to.equal('Show options');
    });
  });

  describe('filtering and sorting', () => {
    it('lists options in the reader’s alphabetical order', async () => {
      const el = await fixture<SugamCombobox>(html`<sugam-combobox label="State">${states}</sugam-combobox>`);
      input(el).focus();
      await press(el, 'ArrowDown');
      expect(labels(el)).to.deep.equal(['Andhra Pradesh', 'Arunachal Pradesh', 'Assam', 'Bihār', 'Goa', 'West Bengal']);
    });

    it('sorts with the collation of the control’s language, and of its fallback where the browser lacks it', async () => {
      await loadLocale('hi');
      await loadLocale('mai');
      await loadLocale('ta');
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <sugam-combobox lang="hi" label="जिला">
            <sugam-option>हिसार</sugam-option>
            <sugam-option>अंबाला</sugam-option>
            <sugam-option>करनाल</sugam-option>
            <sugam-option>कैथल</sugam-option>
          </sugam-combobox>
          <sugam-combobox lang="mai" label="जिला">
            <sugam-option>मधुबनी</sugam-option>
            <sugam-option>दरभंगा</sugam-option>
            <sugam-option>अररिया</sugam-option>
          </sugam-combobox>
          <sugam-combobox lang="ta" label="மாவட்டம்">
            <sugam-option>மதுரை</sugam-option>
            <sugam-option>சென்னை</sugam-option>
            <sugam-option>கோயம்புத்தூர்</sugam-option>
            <sugam-option>அரியலூர்</sugam-option>
          </sugam-combobox>
          <sugam-combobox lang="en" label="Ward" preserve-order>
            <sugam-option>Ward 10</sugam-option>
            <sugam-option>Ward 2</sugam-option>
          </sugam-combobox>
          <sugam-combobox lang="en" label="Ward">
            <sugam-option>Ward 10</sugam-option>
            <sugam-option>Ward 2</sugam-option>
          </sugam-combobox>
        </div>`,
      );
      const [hi, mai, ta, source, numeric] = wrapper.querySelectorAll('sugam-combobox');
      const opened = async (el: SugamCombobox) => {
        input(el).focus();
        await press(el, 'ArrowDown');
        const result = labels(el);
        await press(el, 'Escape');
        return result;
      };
      expect(await opened(hi)).to.deep.equal(['अंबाला', 'करनाल', 'कैथल', 'हिसार']);
      expect(await opened(mai)).to.deep.equal(['अररिया', 'दरभंगा', 'मधुबनी']);
      expect(await opened(ta)).to.deep.equal(['அரியலூர்', 'கோயம்புத்தூர்', 'சென்னை', 'மதுரை']);
      expect(await opened(source)).to.deep.equal(['Ward 10', 'Ward 2']);
      expect(await opened(numeric), 'numbers sort by value').to.deep.equal(['Ward 2', 'Ward 10']);
    });

    it('filters as the user types, ignoring case and accents, and announces the count', async () => {
      const el = await fixture<SugamCombobox>(html`<sugam-combobox label="State">${states}</sugam-combobox>`);
      await type(el, 'PRADESH');
      expect(el.open).to.equal(true);
      expect(input(el).getAttribute('aria-expanded')).to.equal('true');
      expect(labels(el)).to.deep.equal(['Andhra Pradesh', 'Arunachal Pradesh']);
      expect(status(el)).to.equal('2 results available');
      await setText(el, 'bihar');
      expect(labels(el)).to.deep.equal(['Bihār']);
      expect(status(el)).to.equal('1 result available');
      await setText(el, 'xyz');
      expect(labels(el)).to.deep.equal([]);
      expect(status(el)).to.equal('No results');
      expect(el.shadowRoot!.querySelector('.empty')!.textContent).to.equal('No results');
    });

    it('matches Indic text whatever its normalisation, keeps matras distinct, and announces in the reader’s digits', async () => {
      await loadLocale('mr');
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="mr">
          <sugam-combobox label="शहर">
            <sugam-option value="delhi">दिल्ली</sugam-option>
            <sugam-option value="dal">दल</sugam-option>
            <sugam-option value="qila">${'क़िला'.normalize('NFC')}</sugam-option>
            <sugam-option value="ward">वार्ड १२</sugam-option>
          </sugam-combobox>
        </div>`,
      );
      const el = wrapper.querySelector('sugam-combobox')!;
      await setText(el, 'दिल');
      expect(labels(el)).to.deep.equal(['दिल्ली']);
      expect(status(el)).to.equal('१ परिणाम उपलब्ध आहे');
      await setText(el, 'द');
      expect(labels(el)).to.deep.equal(['दल', 'दिल्ली']);
      // NFD spelling (क + nukta) and the precomposed U+0958 find the same option.
      await setText(el, '\u0958ि');
      expect(labels(el)).to.deep.equal(['क़िला']);
      await setText(el, 'क़ि'.normalize('NFD'));
      expect(labels(el)).to.deep.equal(['क़िला']);
      await setText(el, '12');
      expect(labels(el), 'ASCII digits find Devanagari digits').to.deep.equal(['वार्ड १२']);
    });
  });

  describe('popup placement in a section whose direction differs from the page', () => {
    itPlacesPopupBySectionDirection(async (dir, lang) => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir=${dir} lang=${lang} style="padding-inline: 200px">
          <sugam-combobox label="State" style="inline-size: 8rem">${longStateOptions}</sugam-combobox>
        </div>`,
      );
      const el = wrapper.querySelector('sugam-combobox')!;
      el.open = true;
      await el.updateComplete;
      return {
        box: el.shadowRoot!.querySelector<HTMLElement>('[part="box"]')!,
        popup: el.shadowRoot!.querySelector<HTMLElement>('[part="listbox"]')!,
      };
    });
  });

  describe('options', () => {
    it('shows the label of options that arrive after its value, and follows a relabelled option', async () => {
      const el = await fixture<SugamCombobox>(html`<sugam-combobox label="District" value="PN"></sugam-combobox>`);
      const option = document.createElement('sugam-option');
      option.setAttribute('value', 'PN');
      option.textContent = 'Pune';
      el.append(option);
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(input(el).value).to.equal('Pune');
      option.textContent = 'पुणे';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(input(el).value).to.equal('पुणे');
    });

    it('opens from the open attribute on the chosen option, with every option listed', async () => {
      const el = await fixture<SugamCombobox>(
        html`<sugam-combobox label="State" value="AS" open>${states}</sugam-combobox>`,
      );
      await el.updateComplete;
      expect(labels(el).length).to.equal(6);
      expect(activeLabel(el)).to.equal('Assam');
      expect(el.shadowRoot!.querySelector('[role="option"][aria-selected="true"]')!.textContent!.trim()).to.equal(
        'Assam',
      );
    });
  });

  describe('keyboard (APG combobox with list autocomplete)', () => {
    it('opens with Down Arrow, moves with wrapping, and chooses with Enter', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><sugam-combobox name="state" label="State">${states}</sugam-combobox></form>`,
      );
      const el = form.querySelector('sugam-combobox')!;
      let changes = 0;
      el.addEventListener('change', () => changes++);
      input(el).focus();
      await press(el, 'ArrowDown');
      expect(activeLabel(el)).to.equal('Andhra Pradesh');
      await press(el, 'ArrowUp');
      expect(activeLabel(el), 'Up wraps to the last').to.equal('West Bengal');
      await press(el, 'ArrowUp');
      expect(activeLabel(el), 'disabled options are skipped').to.equal('Bihār');
      await press(el, 'ArrowDown');
      await press(el, 'ArrowDown');
      expect(activeLabel(el), 'Down wraps to the first').to.equal('Andhra Pradesh');
      await press(el, 'Enter');
      expect(el.open).to.equal(false);
      expect(input(el).value).to.equal('Andhra Pradesh');
      expect(new FormData(form).get('state')).to.equal('AP');
      expect(changes).to.equal(1);
      expect(el.shadowRoot!.activeElement).to.equal(input(el));
    });

    it('opens with Up Arrow on the last option and with Alt+Down without moving; Escape closes, then clears', async () => {
      const el = await fixture<SugamCombobox>(html`<sugam-combobox label="State">${states}</sugam-combobox>`);
      input(el).focus();
      await press(el, 'ArrowUp');
      expect(activeLabel(el)).to.equal('West Bengal');
      await press(el, 'Escape');
      expect(el.open).to.equal(false);
      await sendKeys({ down: 'Alt' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ up: 'Alt' });
      await el.updateComplete;
      expect(el.open).to.equal(true);
      expect(activeLabel(el)).to.equal(null);
      await press(el, 'Escape');
      await type(el, 'ass');
      await press(el, 'ArrowDown');
      expect(activeLabel(el)).to.equal('Assam');
      await press(el, 'Escape');
      expect(input(el).value, 'the first Escape only closes').to.equal('ass');
      await press(el, 'Escape');
      expect(input(el).value, 'the second clears').to.equal('');
    });

    it('chooses an option typed in full, in any case, when the user leaves', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><sugam-combobox name="state" label="State">${states}</sugam-combobox><input /></form>`,
      );
      const el = form.querySelector('sugam-combobox')!;
      let changes = 0;
      el.addEventListener('change', () => changes++);
      await type(el, 'assam');
      await press(el, 'Tab');
      expect(input(el).value).to.equal('Assam');
      expect(new FormData(form).get('state')).to.equal('AS');
      expect(changes).to.equal(1);
    });

    it('rejects text that is no option unless allow-custom is set', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <sugam-combobox name="strict" label="Strict">${states}</sugam-combobox>
          <sugam-combobox name="free" label="Free" allow-custom>${states}</sugam-combobox>
          <!-- Tab out of the last combobox lands here, not outside the page (Firefox's own toolbar). -->
          <button type="button">After</button>
        </form>`,
      );
      const [strict, free] = form.querySelectorAll('sugam-combobox');
      await type(strict, 'Ladakh');
      await press(strict, 'Tab');
      expect(strict.validity.badInput).to.equal(true);
      expect(strict.validationMessage).to.equal('Choose an option from the list.');
      expect(strict.shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain(
        'Choose an option from the list.',
      );
      await type(free, 'Ladakh');
      await press(free, 'Tab');
      expect(free.checkValidity()).to.equal(true);
      expect([...new FormData(form)]).to.deep.equal([
        ['strict', ''],
        ['free', 'Ladakh'],
      ]);
    });

    it('opens with its button and chooses a clicked option', async () => {
      const el = await fixture<SugamCombobox>(html`<sugam-combobox label="State">${states}</sugam-combobox>`);
      el.shadowRoot!.querySelector('button')!.click();
      await el.updateComplete;
      expect(el.open).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(input(el));
      const assam = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')].find(
        (o) => o.textContent!.trim() === 'Assam',
      )!;
      assam.click();
      await el.updateComplete;
      expect(el.value).to.equal('AS');
      expect(el.open).to.equal(false);
    });

    it('never rewrites the text while an input method is composing, nor chooses on its Enter', async () => {
      const el = await fixture<SugamCombobox>(
        html`<sugam-combobox label="शहर">
          <sugam-option value="delhi">दिल्ली</sugam-option>
          <sugam-option value="dal">दल</sugam-option>
        </sugam-combobox>`,
      );
      const field = input(el);
      field.focus();
      field.dispatchEvent(new CompositionEvent('compositionstart'));
      field.value = 'दि';
      field.dispatchEvent(new InputEvent('input', { isComposing: true, composed: true, bubbles: true }));
      await el.updateComplete;
      expect(field.value).to.equal('दि');
      await press(el, 'ArrowDown');
      field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true }));
      await el.updateComplete;
      expect(field.value).to.equal('दि');
      expect(el.value).to.equal('');
      field.dispatchEvent(new CompositionEvent('compositionend'));
      await press(el, 'Enter');
      expect(el.value).to.equal('delhi');
    });

    it('keeps its text, value and validity when the language changes', async () => {
      await loadLocale('ta');
      const section = await fixture<HTMLElement>(
        html`<section lang="en"><sugam-combobox label="State" required>${states}</sugam-combobox></section>`,
      );
      const el = section.querySelector('sugam-combobox')!;
      await type(el, 'Ladakh');
      expect(el.validity.badInput).to.equal(true);
      section.lang = 'ta';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(input(el).value).to.equal('Ladakh');
      expect(el.validity.badInput).to.equal(true);
      expect(el.validationMessage).to.equal('பட்டியலிலிருந்து ஒரு விருப்பத்தைத் தேர்ந்தெடுக்கவும்.');
    });
  });

  describe('multiple', () => {
    const chipLabels = (el: SugamCombobox) =>
      [...el.shadowRoot!.querySelectorAll('.chip-label')].map((c) => c.textContent!.trim());
    const removeButtons = (el: SugamCombobox) => [
      ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.chip button'),
    ];
    const selectedLabels = (el: SugamCombobox) =>
      [...el.shadowRoot!.querySelectorAll('[role="option"][aria-selected="true"]')].map((o) => o.textContent!.trim());
    const entries = (form: HTMLFormElement) => [...new FormData(form)];

    it('submits one entry per chosen option, as a native multiple select does', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <sugam-combobox name="field" multiple label="States">
            <sugam-option value="a">A</sugam-option>
            <sugam-option value="b" selected>B</sugam-option>
            <option value="c" selected>C</option>
          </sugam-combobox>
        </form>`,
      );
      const el = form.querySelector('sugam-combobox')!;
      await el.updateComplete;
      const native = await fixture<HTMLFormElement>(
        html`<form>
          <select name="field" multiple>
            <option value="a">A</option>
            <option value="b" selected>B</option>
            <option value="c" selected>C</option>
          </select>
        </form>`,
      );
      expect(entries(form)).to.deep.equal(entries(native));
      expect(entries(form)).to.deep.equal([
        ['field', 'b'],
        ['field', 'c'],
      ]);
      expect(el.values).to.deep.equal(['b', 'c']);
      expect(el.value).to.equal('b');
      expect(chipLabels(el)).to.deep.equal(['B', 'C']);
    });

    it('submits nothing without a name, and nothing inside a disabled fieldset', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <sugam-combobox multiple label="No name"><sugam-option value="a" selected>A</sugam-option></sugam-combobox>
          <fieldset disabled>
            <sugam-combobox multiple name="f" label="In fieldset"
              ><sugam-option value="a" selected>A</sugam-option></sugam-combobox
            >
          </fieldset>
        </form>`,
      );
      for (const el of form.querySelectorAll('sugam-combobox')) await el.updateComplete;
      expect(entries(form)).to.deep.equal([]);
    });

    it('adds with Enter, keeps the list open, removes a chosen option with Enter, and says so', async () => {
      const el = await fixture<SugamCombobox>(html`<sugam-combobox multiple label="State">${states}</sugam-combobox>`);
      const changes: string[][] = [];
      el.addEventListener('change', () => changes.push([...el.values]));
      input(el).focus();
      await press(el, 'ArrowDown');
      expect(activeLabel(el)).to.equal('Andhra Pradesh');
      await press(el, 'Enter');
      expect(el.open).to.equal(true);
      expect(status(el)).to.equal('Andhra Pradesh added');
      await press(el, 'ArrowDown');
      await press(el, 'Enter');
      expect(el.values).to.deep.equal(['AP', 'AR']);
      expect(chipLabels(el)).to.deep.equal(['Andhra Pradesh', 'Arunachal Pradesh']);
      expect(selectedLabels(el)).to.deep.equal(['Andhra Pradesh', 'Arunachal Pradesh']);
      expect(el.shadowRoot!.querySelector('[role="listbox"]')!.getAttribute('aria-multiselectable')).to.equal('true');
      await press(el, 'ArrowUp');
      await press(el, 'Enter');
      expect(el.values).to.deep.equal(['AR']);
      expect(status(el)).to.equal('Andhra Pradesh removed');
      expect(changes).to.deep.equal([['AP'], ['AP', 'AR'], ['AR']]);
      expect(document.activeElement).to.equal(el);
      expect(el.shadowRoot!.activeElement).to.equal(input(el));
    });

    it('narrows the list as the user types, and clears the text once an option is added', async () => {
      const el = await fixture<SugamCombobox>(html`<sugam-combobox multiple label="State">${states}</sugam-combobox>`);
      await type(el, 'prad');
      expect(labels(el)).to.deep.equal(['Andhra Pradesh', 'Arunachal Pradesh']);
      expect(el.values).to.deep.equal([]);
      await press(el, 'ArrowDown');
      await press(el, 'ArrowDown');
      await press(el, 'Enter');
      expect(el.values).to.deep.equal(['AR']);
      expect(input(el).value).to.equal('');
      expect(labels(el)).to.have.length(6);
    });

    it('typing a label exactly makes it active but adds nothing until Enter', async () => {
      const el = await fixture<SugamCombobox>(html`<sugam-combobox multiple label="State">${states}</sugam-combobox>`);
      await type(el, 'assam');
      expect(el.values).to.deep.equal([]);
      expect(activeLabel(el)).to.equal('Assam');
      await press(el, 'Enter');
      expect(el.values).to.deep.equal(['AS']);
    });

    it('removes the last chip with Backspace in the empty box', async () => {
      const el = await fixture<SugamCombobox>(
        html`<sugam-combobox multiple label="State">
          <sugam-option value="a" selected>A</sugam-option>
          <sugam-option value="b" selected>B</sugam-option>
        </sugam-combobox>`,
      );
      await type(el, 'x');
      await press(el, 'Backspace');
      expect(el.values).to.deep.equal(['a', 'b']);
      await press(el, 'Backspace');
      expect(el.values).to.deep.equal(['a']);
      expect(status(el)).to.equal('B removed');
    });

    it('gives each chip a named remove button; focus moves to the next chip, then to the box', async () => {
      const el = await fixture<SugamCombobox>(
        html`<sugam-combobox multiple label="State">
          <sugam-option value="a" selected>A</sugam-option>
          <sugam-option value="b" selected>B</sugam-option>
          <sugam-option value="c" selected>C</sugam-option>
        </sugam-combobox>`,
      );
      expect(removeButtons(el).map((b) => b.getAttribute('aria-label'))).to.deep.equal([
        'Remove A',
        'Remove B',
        'Remove C',
      ]);
      // Tab order: the chips (one stop, the last chip) come before the text box.
      input(el).focus();
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(el.shadowRoot!.activeElement).to.equal(removeButtons(el)[2]);
      removeButtons(el)[1].focus();
      await press(el, 'Delete');
      expect(el.values).to.deep.equal(['a', 'c']);
      expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.equal('Remove C');
      await press(el, 'Backspace');
      expect(el.values).to.deep.equal(['a']);
      expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.equal('Remove A');
      removeButtons(el)[0].click();
      await el.updateComplete;
      expect(el.values).to.deep.equal([]);
      expect(el.shadowRoot!.activeElement).to.equal(input(el));
      expect(el.shadowRoot!.querySelector('.chips')).to.equal(null);
    });

    it('makes the chips one Tab stop, with the arrows between them, mirrored right to left', async () => {
      await loadLocale('ur');
      for (const lang of ['en', 'ur']) {
        const wrapper = await fixture<HTMLElement>(
          html`<div lang=${lang}>
            <button>before</button>
            <sugam-combobox multiple label="State">
              <sugam-option value="a" selected>A</sugam-option>
              <sugam-option value="b" selected>B</sugam-option>
              <sugam-option value="c" selected>C</sugam-option>
            </sugam-combobox>
          </div>`,
        );
        const el = wrapper.querySelector('sugam-combobox')!;
        await el.updateComplete;
        const focused = () => el.shadowRoot!.activeElement;
        const [forward, back] = lang === 'ur' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft'];
        wrapper.querySelector('button')!.focus();
        await sendKeys({ press: 'Tab' });
        expect(focused(), `${lang}: one stop, the last chip`).to.equal(removeButtons(el)[2]);
        await sendKeys({ press: 'Tab' });
        expect(focused(), `${lang}: then the text box`).to.equal(input(el));
        await press(el, back);
        expect(focused(), `${lang}: back from the empty box to the last chip`).to.equal(removeButtons(el)[2]);
        await press(el, back);
        await press(el, back);
        await press(el, back);
        expect(focused(), `${lang}: stops at the first chip`).to.equal(removeButtons(el)[0]);
        await press(el, 'End');
        expect(focused()).to.equal(removeButtons(el)[2]);
        await press(el, 'Home');
        await press(el, forward);
        expect(focused()).to.equal(removeButtons(el)[1]);
        expect(removeButtons(el).map((b) => b.tabIndex)).to.deep.equal([-1, 0, -1]);
        await press(el, forward);
        await press(el, forward);
        expect(focused(), `${lang}: forward past the last chip, into the text box`).to.equal(input(el));
        await type(el, 'x');
        await press(el, back);
        expect(focused(), `${lang}: not from inside the typed text`).to.equal(input(el));
      }
    });

    it('a press on the box beside the chips focuses the text box, not the first chip', async () => {
      const el = await fixture<SugamCombobox>(
        html`<sugam-combobox multiple label="State"><sugam-option value="a" selected>A</sugam-option></sugam-combobox>`,
      );
      const box = el.shadowRoot!.querySelector<HTMLElement>('.box')!;
      const chips = el.shadowRoot!.querySelector<HTMLElement>('.chips')!.getBoundingClientRect();
      const rect = box.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(chips.left + 2), Math.round(rect.top + 2)] });
      expect(el.shadowRoot!.activeElement).to.equal(input(el));
    });

    it('describes the text box with what is chosen, in the reader’s language', async () => {
      const el = await fixture<SugamCombobox>(
        html`<sugam-combobox multiple label="State" hint="Pick some">
          <sugam-option value="a" selected>A</sugam-option>
          <sugam-option value="b" selected>B</sugam-option>
        </sugam-combobox>`,
      );
      expect(input(el).getAttribute('aria-describedby')).to.equal('hint selected');
      expect(el.shadowRoot!.getElementById('selected')!.textContent!.trim()).to.equal('Selected: A and B');
      expect(el.shadowRoot!.querySelector('.chips')!.getAttribute('aria-labelledby')).to.equal('label');
      await loadLocale('hi');
      el.lang = 'hi';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(el.shadowRoot!.getElementById('selected')!.textContent!.trim()).to.equal('चुने गए: A और B');
      expect(removeButtons(el)[0].getAttribute('aria-label')).to.equal('A हटाएँ');
    });

    it('resets to the selected options and restores a saved choice', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <sugam-combobox name="field" multiple label="State">
            <sugam-option value="a" selected>A</sugam-option>
            <sugam-option value="b">B</sugam-option>
            <sugam-option value="c">C</sugam-option>
          </sugam-combobox>
        </form>`,
      );
      const el = form.querySelector('sugam-combobox')!;
      await el.updateComplete;
      el.values = ['c', 'b'];
      await el.updateComplete;
      expect(entries(form)).to.deep.equal([
        ['field', 'c'],
        ['field', 'b'],
      ]);
      form.reset();
      await el.updateComplete;
      expect(el.values).to.deep.equal(['a']);
      const saved = new FormData();
      saved.append('values', 'b');
      saved.append('values', 'c');
      el.formStateRestoreCallback(saved);
      await el.updateComplete;
      expect(entries(form)).to.deep.equal([
        ['field', 'b'],
        ['field', 'c'],
      ]);
    });

    it('keeps value the first chosen value; setting value chooses it alone', async () => {
      const el = await fixture<SugamCombobox>(html`<sugam-combobox multiple label="State">${states}</sugam-combobox>`);
      el.values = ['AS', 'BR'];
      await el.updateComplete;
      expect(el.value).to.equal('AS');
      el.value = 'WB';
      await el.updateComplete;
      expect(el.values).to.deep.equal(['WB']);
      expect(chipLabels(el)).to.deep.equal(['West Bengal']);
    });

    it('is required until one option is chosen, with the localized message', async () => {
      const el = await fixture<SugamCombobox>(
        html`<sugam-combobox multiple required label="State">${states}</sugam-combobox>`,
      );
      await type(el, 'assam');
      expect(el.checkValidity()).to.equal(false);
      expect(el.validationMessage).to.equal('Select an option.');
      await press(el, 'Enter');
      expect(el.checkValidity()).to.equal(true);
    });

    it('adds typed text with allow-custom, once', async () => {
      const el = await fixture<SugamCombobox>(
        html`<sugam-combobox multiple allow-custom label="Village">${states}</sugam-combobox>`,
      );
      await type(el, 'Wagholi');
      await press(el, 'Enter');
      await type(el, 'Wagholi');
      await press(el, 'Enter');
      expect(el.values).to.deep.equal(['Wagholi']);
      expect(chipLabels(el)).to.deep.equal(['Wagholi']);
    });

    it('clears unchosen text on leaving and keeps the chips', async () => {
      const el = await fixture<SugamCombobox>(
        html`<sugam-combobox multiple label="State"><sugam-option value="a" selected>A</sugam-option></sugam-combobox>`,
      );
      await type(el, 'zz');
      input(el).blur();
      await el.updateComplete;
      expect(input(el).value).to.equal('');
      expect(el.values).to.deep.equal(['a']);
      expect(el.open).to.equal(false);
    });

    it('shows chips without remove buttons when read-only or disabled', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <sugam-combobox multiple readonly label="R"><sugam-option value="a" selected>A</sugam-option></sugam-combobox>
          <sugam-combobox multiple disabled label="D"><sugam-option value="a" selected>A</sugam-option></sugam-combobox>
        </div>`,
      );
      for (const el of wrapper.querySelectorAll('sugam-combobox')) {
        await el.updateComplete;
        expect(chipLabels(el)).to.deep.equal(['A']);
        expect(removeButtons(el)).to.have.length(0);
      }
    });

    it('is accessible with chips, open and closed, in English, Hindi, Tamil and Urdu', async () => {
      for (const lang of ['en', 'hi', 'ta', 'ur']) {
        await loadLocale(lang);
        const wrapper = await fixture<HTMLElement>(
          html`<div lang=${lang}>
            <sugam-combobox multiple label="Districts" hint="Choose one or more">
              <sugam-option value="a" selected>A</sugam-option>
              <sugam-option value="b" selected>B</sugam-option>
              <sugam-option value="c">C</sugam-option>
            </sugam-combobox>
            <sugam-combobox multiple required label="Required" error-message="Choose one">${states}</sugam-combobox>
            <sugam-combobox multiple readonly label="Read only"
              ><sugam-option value="a" selected>A</sugam-option></sugam-combobox
            >
            <sugam-combobox multiple disabled label="Disabled"
              ><sugam-option value="a" selected>A</sugam-option></sugam-combobox
            >
          </div>`,
        );
        const el = wrapper.querySelector('sugam-combobox')!;
        input(el).focus();
        await press(el, 'ArrowDown');
        expect(el.open).to.equal(true);
        await expect(wrapper, lang).to.be.accessible();
        input(el).blur();
      }
    });
  });
});
