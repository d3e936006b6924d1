import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@sugam/components/radio-group';
import type { SugamRadioGroup, SugamRadio } from '@sugam/components/radio-group';
import { loadLocale } from '@sugam/i18n';
import { runFormControlTests } from './form-control-suite.js';

const settle = async (el: SugamRadioGroup) => {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await Promise.all(el.radios.map((radio) => radio.updateComplete));
  await el.updateComplete;
};
const control = (radio: SugamRadio) => radio.shadowRoot!.querySelector<HTMLElement>('[role="radio"]')!;
const focused = () => document.activeElement as SugamRadio | null;

const OPTIONS = html`<sugam-radio value="north">North</sugam-radio>
  <sugam-radio value="south" hint="Chennai office">South</sugam-radio>
  <sugam-radio value="east">East</sugam-radio>
  <sugam-radio value="west">West</sugam-radio>`;

async function group(template = html`<sugam-radio-group name="zone" label="Zone">${OPTIONS}</sugam-radio-group>`) {
  const wrapper = await fixture<HTMLElement>(html`<div><button>before</button>${template}<button>after</button></div>`);
  const el = wrapper.querySelector('sugam-radio-group')!;
  await settle(el);
  return el;
}

describe('<sugam-radio-group>', () => {
  runFormControlTests<SugamRadioGroup>({
    tag: 'sugam-radio-group',
    filledAttributes: 'value="b"',
    content:
      '<sugam-radio value="a">A</sugam-radio><sugam-radio value="b">B</sugam-radio><sugam-radio value="c">C</sugam-radio>',
    nativeEquivalent: `<input type="radio" name="field" value="a"><input type="radio" name="field" value="b" checked>
      <input type="radio" name="field" value="c">`,
    change: async (el) => {
      el.value = 'c';
    },
    empty: async (el) => {
      el.value = '';
    },
    requiredMessage: { en: 'Select one of these options.', hi: 'इनमें से एक विकल्प चुनें।' },
  });

  it('is accessible in every state and size, in English, Hindi, Tamil and Urdu', async () => {
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      const el = await fixture<HTMLElement>(
        html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'}>
          <sugam-radio-group label="Zone" hint="Where you live" required value="south">${OPTIONS}</sugam-radio-group>
          <sugam-radio-group label="Small" size="sm" optional orientation="horizontal">${OPTIONS}</sugam-radio-group>
          <sugam-radio-group label="Large" size="lg" state="success" status-message="Saved"
            >${OPTIONS}</sugam-radio-group
          >
          <sugam-radio-group label="Warning" state="warning" status-message="Check">${OPTIONS}</sugam-radio-group>
          <sugam-radio-group label="Error" error-message="Choose one">${OPTIONS}</sugam-radio-group>
          <sugam-radio-group label="Read only" readonly value="east">${OPTIONS}</sugam-radio-group>
          <sugam-radio-group label="Disabled" disabled value="west">${OPTIONS}</sugam-radio-group>
          <sugam-radio-group label="One disabled">
            <sugam-radio value="a">A</sugam-radio><sugam-radio value="b" disabled>B</sugam-radio>
          </sugam-radio-group>
        </div>`,
      );
      for (const g of el.querySelectorAll('sugam-radio-group')) await settle(g);
      await expect(el, lang).to.be.accessible();
    }
  });

  it('exposes a labelled radiogroup of radios with their checked state', async () => {
    const el = await group(
      html`<sugam-radio-group label="Zone" hint="Pick one" value="east" required>${OPTIONS}</sugam-radio-group>`,
    );
    const radiogroup = el.shadowRoot!.querySelector('[role="radiogroup"]')!;
    expect(radiogroup.getAttribute('aria-labelledby')).to.equal('label');
    expect(el.shadowRoot!.getElementById('label')!.textContent).to.contain('Zone');
    expect(radiogroup.getAttribute('aria-describedby')).to.equal('hint');
    expect(radiogroup.getAttribute('aria-required')).to.equal('true');
    expect(el.radios.map((r) => control(r).getAttribute('aria-checked'))).to.deep.equal([
      'false',
      'false',
      'true',
      'false',
    ]);
    expect(control(el.radios[1]!).getAttribute('aria-describedby')).to.equal('hint');
  });

  describe('keyboard (WAI-ARIA radio group)', () => {
    it('is one Tab stop: the selected radio', async () => {
      const el = await group(html`<sugam-radio-group label="Zone" value="east">${OPTIONS}</sugam-radio-group>`);
      (el.parentElement!.querySelector('button') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(el.radios[2]);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement!.textContent).to.equal('after');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(focused()).to.equal(el.radios[2]);
    });

    it('without a selection, Tab reaches the first radio and Space selects it', async () => {
      const el = await group();
      (el.parentElement!.querySelector('button') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(el.radios[0]);
      expect(el.value).to.equal('');
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(el.value).to.equal('north');
      expect(el.radios[0]!.checked).to.equal(true);
    });

    it('moves and selects with Down and Right, wrapping at the end', async () => {
      const el = await group(html`<sugam-radio-group label="Zone" value="east">${OPTIONS}</sugam-radio-group>`);
      let changes = 0;
      el.addEventListener('change', () => changes++);
      el.focus();
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect([focused(), el.value]).to.deep.equal([el.radios[3], 'west']);
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect([focused(), el.value]).to.deep.equal([el.radios[0], 'north']);
      expect(changes).to.equal(2);
      expect(control(el.radios[0]!).tabIndex).to.equal(0);
      expect(control(el.radios[2]!).tabIndex).to.equal(-1);
    });

    it('moves and selects with Up and Left, wrapping at the start', async () => {
      const el = await group(html`<sugam-radio-group label="Zone" value="north">${OPTIONS}</sugam-radio-group>`);
      el.focus();
      await sendKeys({ press: 'ArrowUp' });
      await settle(el);
      expect([focused(), el.value]).to.deep.equal([el.radios[3], 'west']);
      await sendKeys({ press: 'ArrowLeft' });
      await settle(el);
      expect([focused(), el.value]).to.deep.equal([el.radios[2], 'east']);
    });

    it('mirrors Left and Right in a right-to-left page', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="rtl" lang="ur">
          <sugam-radio-group label="Zone" value="south">${OPTIONS}</sugam-radio-group>
        </div>`,
      );
      const el = wrapper.querySelector('sugam-radio-group')!;
      await settle(el);
      el.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await settle(el);
      expect(el.value).to.equal('east');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(el.value).to.equal('north');
    });

    it('skips disabled radios', async () => {
      const el = await group(
        html`<sugam-radio-group label="Zone" value="north">
          <sugam-radio value="north">North</sugam-radio>
          <sugam-radio value="south" disabled>South</sugam-radio>
          <sugam-radio value="east">East</sugam-radio>
        </sugam-radio-group>`,
      );
      el.focus();
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect(el.value).to.equal('east');
      expect(control(el.radios[1]!).getAttribute('aria-disabled')).to.equal('true');
    });

    it('when read-only, moves focus with the arrows but keeps the selection, and is still submitted', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <sugam-radio-group name="zone" label="Zone" value="north" readonly>${OPTIONS}</sugam-radio-group>
        </form>`,
      );
      const el = form.querySelector('sugam-radio-group')!;
      await settle(el);
      el.focus();
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect(focused()).to.equal(el.radios[1]);
      await sendKeys({ press: 'Space' });
      el.radios[2]!.click();
      await settle(el);
      expect(el.value).to.equal('north');
      expect([...new FormData(form)]).to.deep.equal([['zone', 'north']]);
    });
  });

  it('takes its initial selection from a checked radio, and returns to it on reset', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <sugam-radio-group name="zone" label="Zone">
          <sugam-radio value="north">North</sugam-radio><sugam-radio value="south" checked>South</sugam-radio>
        </sugam-radio-group>
      </form>`,
    );
    const el = form.querySelector('sugam-radio-group')!;
    await settle(el);
    expect([...new FormData(form)]).to.deep.equal([['zone', 'south']]);
    el.value = 'north';
    await settle(el);
    form.reset();
    await settle(el);
    expect(el.value).to.equal('south');
    expect(el.radios[1]!.checked).to.equal(true);
  });

  it('selects a radio when its row is clicked, firing input and change once', async () => {
    const el = await group();
    let inputs = 0;
    let changes = 0;
    el.addEventListener('input', () => inputs++);
    el.addEventListener('change', () => changes++);
    const row = el.radios[1]!.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    expect(row.getBoundingClientRect().height).to.be.at.least(24);
    row.click();
    await settle(el);
    expect(el.value).to.equal('south');
    expect(focused()).to.equal(el.radios[1]);
    row.click();
    expect([inputs, changes]).to.deep.equal([1, 1]);
  });

  it('disables all its radios when disabled', async () => {
    const el = await group(html`<sugam-radio-group label="Zone" value="north" disabled>${OPTIONS}</sugam-radio-group>`);
    expect(el.radios.every((r) => control(r).tabIndex === -1)).to.equal(true);
    el.radios[1]!.click();
    await settle(el);
    expect(el.value).to.equal('north');
  });

  it('shows a localized message after the user leaves the group without choosing', async () => {
    await loadLocale('ta');
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="ta">
        <sugam-radio-group label="Zone" required>${OPTIONS}</sugam-radio-group><button>after</button>
      </div>`,
    );
    const el = wrapper.querySelector('sugam-radio-group')!;
    await settle(el);
    el.focus();
    await sendKeys({ press: 'Tab' });
    await settle(el);
    const message = el.shadowRoot!.querySelector('[part="message"]')!;
    expect(message.textContent).to.contain('இவற்றில் ஒரு விருப்பத்தைத் தேர்ந்தெடுக்கவும்.');
    expect(el.shadowRoot!.querySelector('[role="radiogroup"]')!.getAttribute('aria-invalid')).to.equal('true');
    el.value = 'east';
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="message"]')).to.equal(null);
  });
});
