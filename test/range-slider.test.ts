import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '@sugam/components/range-slider';
import type { SugamRangeSlider } from '@sugam/components/range-slider';
import { loadLocale } from '@sugam/i18n';
import { runFormControlTests } from './form-control-suite.js';

const thumbs = (el: SugamRangeSlider) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="slider"]')];
const track = (el: SugamRangeSlider) => el.shadowRoot!.querySelector<HTMLElement>('[part="track"]')!;
const center = (element: HTMLElement) => {
  const rect = element.getBoundingClientRect();
  return rect.left + rect.width / 2;
};

/** The accessible name aria-labelledby gives a thumb. */
const thumbName = (el: SugamRangeSlider, index: number) => {
  const ids = thumbs(el)[index].getAttribute('aria-labelledby')!.split(' ');
  return ids.map((id) => el.shadowRoot!.getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim()).join(' ');
};

async function press(el: SugamRangeSlider, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
  return [el.start, el.end];
}

describe('<sugam-range-slider>', () => {
  runFormControlTests<SugamRangeSlider>({
    tag: 'sugam-range-slider',
    filledAttributes: 'start="20" end="60"',
    nativeEquivalent: '<input type="range" name="field" value="20"><input type="range" name="field" value="60">',
    change: async (el) => {
      el.start = 30;
      el.end = 90;
    },
  });

  it('is accessible in every state and size, in English, Hindi, Tamil and Urdu', async () => {
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      const el = await fixture<HTMLElement>(
        html`<div lang=${lang}>
          <sugam-range-slider label="Age" hint="In years" min="18" max="60" start="25" end="40"></sugam-range-slider>
          <sugam-range-slider label="Small" size="sm" start="10" end="20"></sugam-range-slider>
          <sugam-range-slider label="Large" size="lg" optional></sugam-range-slider>
          <sugam-range-slider label="No badge" hide-badge start="40" end="40"></sugam-range-slider>
          <sugam-range-slider label="Good" state="success" status-message="Within budget"></sugam-range-slider>
          <sugam-range-slider label="Check" state="warning" status-message="Wide range"></sugam-range-slider>
          <sugam-range-slider label="Income" error-message="Choose a narrower range"></sugam-range-slider>
          <sugam-range-slider label="Read only" readonly start="10" end="30"></sugam-range-slider>
          <sugam-range-slider label="Disabled" disabled start="60" end="70"></sugam-range-slider>
        </div>`,
      );
      await expect(el, lang).to.be.accessible();
    }
  });

  it('is two sliders named by the label and Minimum or Maximum, each bounded by the other', async () => {
    const el = await fixture<SugamRangeSlider>(
      html`<sugam-range-slider label="Age" hint="In years" min="18" max="60" start="25" end="40"></sugam-range-slider>`,
    );
    const [low, high] = thumbs(el);
    expect(thumbName(el, 0)).to.equal('Age Minimum');
    expect(thumbName(el, 1)).to.equal('Age Maximum');
    expect(low.getAttribute('aria-valuemin')).to.equal('18');
    expect(low.getAttribute('aria-valuemax')).to.equal('40');
    expect(low.getAttribute('aria-valuenow')).to.equal('25');
    expect(high.getAttribute('aria-valuemin')).to.equal('25');
    expect(high.getAttribute('aria-valuemax')).to.equal('60');
    expect(high.getAttribute('aria-describedby')).to.equal('hint');
    await loadLocale('hi');
    el.lang = 'hi';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(thumbName(el, 0)).to.equal('Age न्यूनतम');
    expect(high.getAttribute('aria-valuetext')).to.equal('40');
  });

  it('moves each thumb with the APG keys, never past the other', async () => {
    const el = await fixture<SugamRangeSlider>(
      html`<sugam-range-slider label="Age" min="0" max="100" start="20" end="30"></sugam-range-slider>`,
    );
    let changes = 0;
    el.addEventListener('change', () => changes++);
    const [low, high] = thumbs(el);
    low.focus();
    expect(await press(el, 'ArrowRight')).to.deep.equal([21, 30]);
    expect(await press(el, 'PageUp')).to.deep.equal([30, 30]);
    expect(await press(el, 'End')).to.deep.equal([30, 30]);
    expect(await press(el, 'Home')).to.deep.equal([0, 30]);
    high.focus();
    expect(await press(el, 'ArrowDown')).to.deep.equal([0, 29]);
    expect(await press(el, 'Home')).to.deep.equal([0, 0]);
    expect(await press(el, 'End')).to.deep.equal([0, 100]);
    expect(changes).to.equal(6);
    expect(high.getAttribute('aria-valuemin')).to.equal('0');
    expect(low.getAttribute('aria-valuemax')).to.equal('100');
  });

  it('runs from right to left in a right-to-left language', async () => {
    await loadLocale('ur');
    const el = await fixture<SugamRangeSlider>(
      html`<sugam-range-slider lang="ur" label="عمر" start="20" end="80"></sugam-range-slider>`,
    );
    const [low, high] = thumbs(el);
    expect(center(low)).to.be.greaterThan(center(high));
    low.focus();
    expect(await press(el, 'ArrowLeft')).to.deep.equal([21, 80]);
    expect(thumbs(el)[1].getAttribute('aria-valuetext')).to.equal('۸۰');
  });

  it('shows the two badges as one "from – to" badge while they would touch, in either direction', async () => {
    await loadLocale('ur');
    const wrapper = await fixture<HTMLElement>(
      html`<div style="inline-size: 320px">
        <sugam-range-slider label="Range" start="20" end="80"></sugam-range-slider>
        <sugam-range-slider lang="ur" label="Range" start="40" end="42"></sugam-range-slider>
      </div>`,
    );
    const [el, ur] = [...wrapper.querySelectorAll('sugam-range-slider')];
    await ur.updateComplete;
    /** The badges a sighted person sees, with their text and box. */
    const seen = (slider: SugamRangeSlider) =>
      [...slider.shadowRoot!.querySelectorAll<HTMLElement>('[part="badge"]')]
        .filter((badge) => getComputedStyle(badge).visibility === 'visible')
        .map((badge) => ({ text: badge.textContent!.trim(), rect: badge.getBoundingClientRect() }));
    const apart = (slider: SugamRangeSlider) => {
      const [a, b] = seen(slider).map((badge) => badge.rect);
      return Math.max(a.left, b.left) >= Math.min(a.right, b.right);
    };
    expect(seen(el).map((badge) => badge.text)).to.deep.equal(['20', '80']);
    expect(apart(el)).to.equal(true);
    thumbs(el)[0].focus();
    await press(el, 'End');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(seen(el).map((badge) => badge.text)).to.deep.equal(['80']);
    thumbs(el)[0].focus();
    for (let i = 0; i < 3; i++) await press(el, 'ArrowLeft');
    expect(seen(el).map((badge) => badge.text)).to.deep.equal(['77 – 80']);
    // The joined badge sits between the two thumbs.
    const [joined] = seen(el);
    const [low, high] = thumbs(el);
    const middle = joined.rect.left + joined.rect.width / 2;
    expect(middle).to.be.within(center(low) - 1, center(high) + 1);
    await press(el, 'Home');
    expect(seen(el).map((badge) => badge.text)).to.deep.equal(['0', '80']);
    expect(apart(el)).to.equal(true);
    expect(seen(ur).map((badge) => badge.text)).to.deep.equal(['۴۰ – ۴۲']);
    // The same values on a wider page: the badges part again (measured when the slider resizes).
    wrapper.style.inlineSize = '2000px';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen(ur)).to.have.length(2);
  });

  it('moves the thumb nearest a press on the track', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="inline-size: 400px">
        <sugam-range-slider label="Range" start="20" end="60"></sugam-range-slider>
      </div>`,
    );
    const el = wrapper.querySelector('sugam-range-slider')!;
    await el.updateComplete;
    const rect = track(el).getBoundingClientRect();
    const at = (fraction: number) =>
      [Math.round(rect.left + rect.width * fraction), Math.round(rect.top + rect.height / 2)] as [number, number];
    await sendMouse({ type: 'click', position: at(0.9) });
    await el.updateComplete;
    expect(el.start).to.equal(20);
    expect(el.end).to.be.closeTo(90, 1);
    expect(el.shadowRoot!.activeElement).to.equal(thumbs(el)[1]);
    await sendMouse({ type: 'click', position: at(0.1) });
    await el.updateComplete;
    expect(el.start).to.be.closeTo(10, 1);
    expect(el.shadowRoot!.activeElement).to.equal(thumbs(el)[0]);
  });

  it('submits under start-name and end-name when given, in ASCII digits', async () => {
    await loadLocale('bn');
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <sugam-range-slider lang="bn" start-name="age-from" end-name="age-to" label="বয়স" start="১৮" end="৪০">
        </sugam-range-slider>
        <sugam-range-slider label="Unnamed" start="1" end="2"></sugam-range-slider>
      </form>`,
    );
    const el = form.querySelector('sugam-range-slider')!;
    await el.updateComplete;
    expect(thumbs(el)[0].getAttribute('aria-valuetext')).to.equal('১৮');
    expect([...new FormData(form)]).to.deep.equal([
      ['age-from', '18'],
      ['age-to', '40'],
    ]);
  });

  it('reads a start above the end as the range between them, snapped to the step', async () => {
    const el = await fixture<SugamRangeSlider>(
      html`<sugam-range-slider label="Range" step="10" start="78" end="21"></sugam-range-slider>`,
    );
    expect([el.start, el.end]).to.deep.equal([20, 80]);
    el.end = 500;
    expect(el.end).to.equal(100);
  });

  it('does not move when read-only', async () => {
    const el = await fixture<SugamRangeSlider>(
      html`<sugam-range-slider label="Range" readonly start="10" end="20"></sugam-range-slider>`,
    );
    thumbs(el)[0].focus();
    expect(await press(el, 'ArrowRight')).to.deep.equal([10, 20]);
  });
});
