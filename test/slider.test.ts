import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import '@sugam/components/slider';
import type { SugamSlider } from '@sugam/components/slider';
import { formatCurrency, loadLocale } from '@sugam/i18n';
import { runFormControlTests } from './form-control-suite.js';
import { loadTokens } from './helpers.js';

const thumb = (el: SugamSlider) => el.shadowRoot!.querySelector<HTMLElement>('[role="slider"]')!;
const track = (el: SugamSlider) => el.shadowRoot!.querySelector<HTMLElement>('[part="track"]')!;

async function press(el: SugamSlider, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
  return el.value;
}

describe('<sugam-slider>', () => {
  runFormControlTests<SugamSlider>({
    tag: 'sugam-slider',
    filledAttributes: 'value="30"',
    nativeEquivalent: '<input type="range" name="field" value="30">',
    change: async (el) => {
      el.value = 70;
    },
    empty: async (el) => {
      el.value = null;
    },
    requiredMessage: { en: 'Choose a value.', hi: 'कोई मान चुनें।' },
  });

  it('is accessible in every state and size, in English, Hindi, Tamil and Urdu', async () => {
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      const el = await fixture<HTMLElement>(
        html`<div lang=${lang}>
          <sugam-slider label="Satisfaction" hint="0 is poor, 10 is excellent" min="0" max="10" required></sugam-slider>
          <sugam-slider label="Small" size="sm" optional value="20"></sugam-slider>
          <sugam-slider label="Large" size="lg" value="80"></sugam-slider>
          <sugam-slider label="Unanswered" value=""></sugam-slider>
          <sugam-slider label="No badge" hide-badge value="40"></sugam-slider>
          <sugam-slider label="Good" state="success" status-message="Within budget"></sugam-slider>
          <sugam-slider label="Check" state="warning" status-message="Above average"></sugam-slider>
          <sugam-slider label="Income" error-message="Choose your income range"></sugam-slider>
          <sugam-slider label="Read only" readonly value="10"></sugam-slider>
          <sugam-slider label="Disabled" disabled value="60"></sugam-slider>
        </div>`,
      );
      await expect(el, lang).to.be.accessible();
    }
  });

  it('is a WAI-ARIA slider named by its label and described by its hint and message', async () => {
    const el = await fixture<SugamSlider>(
      html`<sugam-slider
        label="Age"
        hint="In years"
        min="18"
        max="60"
        value="30"
        error-message="Too young"
      ></sugam-slider>`,
    );
    const slider = thumb(el);
    expect(slider.tabIndex).to.equal(0);
    expect(slider.getAttribute('aria-valuemin')).to.equal('18');
    expect(slider.getAttribute('aria-valuemax')).to.equal('60');
    expect(slider.getAttribute('aria-valuenow')).to.equal('30');
    expect(slider.getAttribute('aria-valuetext')).to.equal('30');
    expect(slider.getAttribute('aria-orientation')).to.equal('horizontal');
    expect(el.shadowRoot!.getElementById(slider.getAttribute('aria-labelledby')!)!.textContent).to.contain('Age');
    expect(slider.getAttribute('aria-describedby')).to.equal('hint message');
    expect(slider.getAttribute('aria-invalid')).to.equal('true');
  });

  it('starts in the middle of its range without a value, like a native range input', async () => {
    const el = await fixture<SugamSlider>(html`<sugam-slider label="Rating" min="1" max="10"></sugam-slider>`);
    const native = document.createElement('input');
    native.setAttribute('min', '1');
    native.setAttribute('max', '10');
    native.type = 'range';
    expect(el.value).to.equal(6);
    expect(String(el.value)).to.equal(native.value);
  });

  it('clamps to min and max and snaps to the step, without floating-point noise', async () => {
    const el = await fixture<SugamSlider>(
      html`<sugam-slider label="Amount" min="0" max="100" step="5"></sugam-slider>`,
    );
    el.value = 33;
    expect(el.value).to.equal(35);
    el.value = 140;
    expect(el.value).to.equal(100);
    el.value = -3;
    expect(el.value).to.equal(0);
    el.step = 0.1;
    el.max = 1;
    el.value = 0.30000000000000004;
    await el.updateComplete;
    expect(el.value).to.equal(0.3);
    thumb(el).focus();
    expect(await press(el, 'ArrowRight')).to.equal(0.4);
  });

  it('follows the APG keyboard contract: arrows, Page Up/Down by a tenth, Home and End', async () => {
    const el = await fixture<SugamSlider>(
      html`<sugam-slider label="Volume" min="0" max="200" step="2" value="100"></sugam-slider>`,
    );
    let inputs = 0;
    let changes = 0;
    el.addEventListener('input', () => inputs++);
    el.addEventListener('change', () => changes++);
    thumb(el).focus();
    expect(await press(el, 'ArrowRight')).to.equal(102);
    expect(await press(el, 'ArrowUp')).to.equal(104);
    expect(await press(el, 'ArrowLeft')).to.equal(102);
    expect(await press(el, 'ArrowDown')).to.equal(100);
    expect(await press(el, 'PageUp')).to.equal(120);
    expect(await press(el, 'PageDown')).to.equal(100);
    expect(await press(el, 'Home')).to.equal(0);
    expect(await press(el, 'ArrowDown'), 'stays at the minimum').to.equal(0);
    expect(await press(el, 'End')).to.equal(200);
    expect(await press(el, 'ArrowRight'), 'stays at the maximum').to.equal(200);
    expect(thumb(el).getAttribute('aria-valuenow')).to.equal('200');
    expect(inputs).to.equal(8);
    expect(changes).to.equal(8);
  });

  it('runs right to left in a right-to-left language, where Left/Right follow the visual direction', async () => {
    await loadLocale('ur');
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="ur" style="inline-size: 300px"><sugam-slider label="حجم" value="50"></sugam-slider></div>`,
    );
    const el = wrapper.querySelector('sugam-slider')!;
    await el.updateComplete;
    thumb(el).focus();
    expect(await press(el, 'ArrowLeft')).to.equal(51);
    expect(await press(el, 'ArrowRight')).to.equal(50);
    expect(await press(el, 'ArrowUp')).to.equal(51);
    await press(el, 'End');
    const rail = track(el).getBoundingClientRect();
    const knob = thumb(el).getBoundingClientRect();
    expect(Math.abs(knob.left + knob.width / 2 - rail.left), 'the maximum is on the left').to.be.lessThan(2);
  });

  it('moves to where the track is clicked, in either direction', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="inline-size: 400px">
        <sugam-slider label="Left to right"></sugam-slider>
        <sugam-slider dir="rtl" label="Right to left"></sugam-slider>
      </div>`,
    );
    const [ltr, rtl] = [...wrapper.querySelectorAll('sugam-slider')];
    await Promise.all([ltr.updateComplete, rtl.updateComplete]);
    let changes = 0;
    ltr.addEventListener('change', () => changes++);
    for (const el of [ltr, rtl]) {
      const rect = track(el).getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(rect.left + rect.width / 4), Math.round(rect.top + rect.height / 2)],
      });
      await el.updateComplete;
    }
    expect(ltr.value).to.be.closeTo(25, 1);
    expect(rtl.value).to.be.closeTo(75, 1);
    expect(changes).to.equal(1);
    expect(rtl.shadowRoot!.activeElement).to.equal(thumb(rtl));
  });

  it('keeps the value badge over the track at either end, in either direction', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="inline-size: 300px">
        <sugam-slider label="Min" max="100000" value="0"></sugam-slider>
        <sugam-slider label="Max" max="100000" value="100000"></sugam-slider>
        <sugam-slider dir="rtl" label="Min" max="100000" value="0"></sugam-slider>
        <sugam-slider dir="rtl" label="Max" max="100000" value="100000"></sugam-slider>
        <sugam-slider label="Middle" max="100000" value="50000"></sugam-slider>
      </div>`,
    );
    const sliders = [...wrapper.querySelectorAll('sugam-slider')];
    await Promise.all(sliders.map((el) => el.updateComplete));
    for (const el of sliders) {
      const host = el.getBoundingClientRect();
      const badge = el.shadowRoot!.querySelector('[part="badge"]')!.getBoundingClientRect();
      expect(badge.left, `${el.label} ${el.dir}`).to.be.at.least(host.left - 0.5);
      expect(badge.right, `${el.label} ${el.dir}`).to.be.at.most(host.right + 0.5);
    }
    // In the middle of the track the badge is centred over its thumb.
    const middle = sliders[4];
    const badge = middle.shadowRoot!.querySelector('[part="badge"]')!.getBoundingClientRect();
    const knob = thumb(middle).getBoundingClientRect();
    expect(badge.left + badge.width / 2).to.be.closeTo(knob.left + knob.width / 2, 1);
  });

  it('shows the value in the locale digits and submits ASCII digits', async () => {
    await Promise.all([loadLocale('bn'), loadLocale('ur')]);
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <sugam-slider lang="bn" name="bn" label="মান" value="৩০"></sugam-slider>
        <sugam-slider lang="ur" name="ur" label="قدر" value="1500" max="5000" step="100"></sugam-slider>
      </form>`,
    );
    const [bn, ur] = [...form.querySelectorAll('sugam-slider')];
    await Promise.all([bn.updateComplete, ur.updateComplete]);
    expect(bn.value).to.equal(30);
    expect(thumb(bn).getAttribute('aria-valuetext')).to.equal('৩০');
    expect(bn.shadowRoot!.querySelector('[part="badge"]')!.textContent).to.equal('৩০');
    expect(thumb(ur).getAttribute('aria-valuetext')).to.equal('۱٬۵۰۰');
    expect([...new FormData(form)]).to.deep.equal([
      ['bn', '30'],
      ['ur', '1500'],
    ]);
  });

  it('formats values with valueText', async () => {
    const el = await fixture<SugamSlider>(
      html`<sugam-slider label="Budget" max="100000" step="1000" value="25000"></sugam-slider>`,
    );
    el.valueText = (value, lang) => formatCurrency(value, lang, { minimumFractionDigits: 0, maximumFractionDigits: 0 });
    await el.updateComplete;
    expect(thumb(el).getAttribute('aria-valuetext')).to.equal(
      formatCurrency(25000, 'en', { minimumFractionDigits: 0, maximumFractionDigits: 0 }),
    );
    expect(el.shadowRoot!.querySelector('[part="ends"]')!.textContent).to.contain(
      formatCurrency(100000, 'en', { minimumFractionDigits: 0, maximumFractionDigits: 0 }),
    );
  });

  it('can start with no value chosen: says so, submits nothing, and the first key press chooses', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><sugam-slider name="s" label="Rating" value=""></sugam-slider></form>`,
    );
    const el = form.querySelector('sugam-slider')!;
    await el.updateComplete;
    expect(el.value).to.equal(null);
    expect(thumb(el).getAttribute('aria-valuetext')).to.equal('No value chosen');
    expect(new FormData(form).has('s')).to.equal(false);
    thumb(el).focus();
    expect(await press(el, 'Home')).to.equal(0);
    expect(new FormData(form).get('s')).to.equal('0');
  });

  it('does not change when read-only, and is not focusable when disabled', async () => {
    const el = await fixture<SugamSlider>(html`<sugam-slider label="Fixed" readonly value="40"></sugam-slider>`);
    thumb(el).focus();
    expect(await press(el, 'ArrowRight')).to.equal(40);
    expect(thumb(el).getAttribute('aria-readonly')).to.equal('true');
    const off = await fixture<SugamSlider>(html`<sugam-slider label="Off" disabled value="40"></sugam-slider>`);
    expect(thumb(off).hasAttribute('tabindex')).to.equal(false);
    expect(thumb(off).getAttribute('aria-disabled')).to.equal('true');
    off.focus();
    expect(off.shadowRoot!.activeElement).to.equal(null);
  });

  it('keeps its value and validity when the language changes', async () => {
    await loadLocale('hi');
    const section = await fixture<HTMLElement>(
      html`<section lang="en"><sugam-slider label="Rating" required value=""></sugam-slider></section>`,
    );
    const el = section.querySelector('sugam-slider')!;
    await el.updateComplete;
    expect(el.validity.valueMissing).to.equal(true);
    section.lang = 'hi';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('कोई मान चुनें।');
    el.value = 7;
    await el.updateComplete;
    section.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.value).to.equal(7);
    expect(el.checkValidity()).to.equal(true);
  });
  describe('forced colours', () => {
    before(async () => {
      await executeServerCommand('emulate-forced-colors', 'active');
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
    });
    after(() => executeServerCommand('emulate-forced-colors', 'none'));

    it('keeps the value badge readable: CanvasText on Canvas, with a border, in every theme', async () => {
      await loadTokens();
      const probe = Object.assign(document.createElement('span'), { textContent: 'x' });
      probe.style.cssText = 'color: CanvasText; background-color: Canvas';
      document.body.append(probe);
      const { color: canvasText, backgroundColor: canvas } = getComputedStyle(probe);
      probe.remove();
      const root = document.documentElement;
      try {
        for (const theme of ['light', 'dark', 'high-contrast']) {
          root.setAttribute('data-sugam-theme', theme);
          const el = await fixture<SugamSlider>(html`<sugam-slider label="Income" value="40"></sugam-slider>`);
          const badge = el.shadowRoot!.querySelector<HTMLElement>('[part="badge"]')!;
          const style = getComputedStyle(badge);
          expect(badge.getClientRects().length, theme).to.be.greaterThan(0);
          expect(style.color, `${theme}: text`).to.equal(canvasText);
          expect(style.backgroundColor, `${theme}: background`).to.equal(canvas);
          expect(style.color, `${theme}: text against background`).not.to.equal(style.backgroundColor);
          expect(style.borderStyle, `${theme}: border`).to.equal('solid');
          expect(style.borderColor, `${theme}: border colour`).to.equal(canvasText);
        }
      } finally {
        root.removeAttribute('data-sugam-theme');
      }
    });
  });
});
