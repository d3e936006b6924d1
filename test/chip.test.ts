import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '@sugam/components/chip';
import type { SugamChip } from '@sugam/components/chip';
import { loadLocale } from '@sugam/i18n';

const button = (el: SugamChip) => el.shadowRoot!.querySelector<HTMLButtonElement>('button')!;

describe('<sugam-chip>', () => {
  it('is accessible in every type and state, in English, Hindi, Tamil and Urdu', async () => {
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      const el = await fixture<HTMLElement>(
        html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'} role="group" aria-label="Filters">
          <sugam-chip>Hindi</sugam-chip>
          <sugam-chip selected>English</sugam-chip>
          <sugam-chip type="choice" name="size" selected>Small</sugam-chip>
          <sugam-chip type="choice" name="size">Large</sugam-chip>
          <sugam-chip type="input">Pune</sugam-chip>
          <sugam-chip disabled>Closed</sugam-chip>
          <sugam-chip type="input" disabled size="sm">Nagpur</sugam-chip>
        </div>`,
      );
      await expect(el, lang).to.be.accessible();
    }
  });

  it('is a toggle button (aria-pressed) that toggles with Enter and Space, firing change', async () => {
    const el = await fixture<SugamChip>(html`<sugam-chip>Hindi</sugam-chip>`);
    let changes = 0;
    el.addEventListener('change', () => changes++);
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
    el.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.selected).to.equal(true);
    expect(button(el).getAttribute('aria-pressed')).to.equal('true');
    expect(el.shadowRoot!.querySelector('[part="check"]')).not.to.equal(null);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.selected).to.equal(false);
    expect(changes).to.equal(2);
  });

  it('makes choice chips with the same name exclusive', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <sugam-chip type="choice" name="size" selected>Small</sugam-chip>
        <sugam-chip type="choice" name="size">Large</sugam-chip>
        <sugam-chip type="choice" name="other" selected>Other</sugam-chip>
      </div>`,
    );
    const [small, large, other] = [...wrapper.querySelectorAll('sugam-chip')];
    button(large).click();
    await large.updateComplete;
    expect(large.selected).to.equal(true);
    expect(small.selected).to.equal(false);
    expect(other.selected).to.equal(true);
  });

  it('cannot be toggled or focused when disabled', async () => {
    const el = await fixture<SugamChip>(html`<sugam-chip disabled>Hindi</sugam-chip>`);
    button(el).click();
    el.focus();
    expect(el.selected).to.equal(false);
    expect(el.matches(':focus-within')).to.equal(false);
  });

  it('gives an input chip a remove button named "Remove <label>", localized, at least 24 px', async () => {
    await loadLocale('hi');
    const wrapper = await fixture<HTMLElement>(html`<div lang="hi"><sugam-chip type="input">पुणे</sugam-chip></div>`);
    const el = wrapper.querySelector('sugam-chip')!;
    await el.updateComplete;
    const remove = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="remove-button"]')!;
    expect(remove.getAttribute('aria-label')).to.equal('पुणे हटाएँ');
    const box = remove.getBoundingClientRect();
    expect(box.width).to.be.at.least(24);
    expect(box.height).to.be.at.least(24);
    el.textContent = 'नागपुर';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(remove.getAttribute('aria-label')).to.equal('नागपुर हटाएँ');
  });

  for (const key of ['Delete', 'Backspace', 'Enter']) {
    it(`removes an input chip with ${key}, firing sugam-remove and moving focus to the next chip`, async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <sugam-chip type="input">Pune</sugam-chip>
          <sugam-chip type="input">Nagpur</sugam-chip>
        </div>`,
      );
      const [pune, nagpur] = [...wrapper.querySelectorAll('sugam-chip')];
      let removed = 0;
      pune.addEventListener('sugam-remove', () => removed++);
      pune.focus();
      await sendKeys({ press: key });
      expect(removed).to.equal(1);
      expect(pune.isConnected).to.equal(false);
      expect(nagpur.matches(':focus-within')).to.equal(true);
    });
  }

  it('moves focus to the previous chip when the last one is removed', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div><sugam-chip type="input">Pune</sugam-chip><sugam-chip type="input">Nagpur</sugam-chip></div>`,
    );
    const [pune, nagpur] = [...wrapper.querySelectorAll('sugam-chip')];
    nagpur.focus();
    await sendKeys({ press: 'Delete' });
    expect(pune.matches(':focus-within')).to.equal(true);
  });

  it('keeps the chip when sugam-remove is cancelled', async () => {
    const el = await fixture<SugamChip>(html`<sugam-chip type="input">Pune</sugam-chip>`);
    el.addEventListener('sugam-remove', (event) => event.preventDefault());
    el.focus();
    await sendKeys({ press: 'Backspace' });
    expect(el.isConnected).to.equal(true);
    expect(el.matches(':focus-within')).to.equal(true);
  });

  it('is at least 24 px high when small', async () => {
    const el = await fixture<SugamChip>(html`<sugam-chip size="sm">Hindi</sugam-chip>`);
    expect(button(el).getBoundingClientRect().height).to.be.at.least(24);
  });

  it('keeps the selected state visible in forced-colors mode', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <sugam-chip type="choice">Off</sugam-chip>
        <sugam-chip type="choice" selected>On</sugam-chip>
      </div>`,
    );
    await executeServerCommand('emulate-forced-colors', 'active');
    try {
      const [off, on] = [...wrapper.querySelectorAll('sugam-chip')].map((el) => getComputedStyle(button(el)));
      expect(off.borderTopStyle).to.equal('solid');
      expect(on.borderTopWidth).not.to.equal(off.borderTopWidth);
      expect(on.borderTopColor).not.to.equal(off.borderTopColor);
    } finally {
      await executeServerCommand('emulate-forced-colors', 'none');
    }
  });
});
