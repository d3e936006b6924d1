import { expect, fixture, html } from '@open-wc/testing';
import '@sugam/components/stepper';
import type { SugamStep, SugamStepper } from '@sugam/components/stepper';
import { loadLocale } from '@sugam/i18n';

const stepsOf = (el: SugamStepper) => [...el.querySelectorAll('sugam-step')] as SugamStep[];
const base = (step: SugamStep) => step.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
const marker = (step: SugamStep) => step.shadowRoot!.querySelector('[part="marker"]')!.textContent!.trim();
const stateText = (step: SugamStep) => step.shadowRoot!.querySelector('.visually-hidden')!.textContent!.trim();

const five = (layout = 'full', orientation = 'horizontal') =>
  html`<sugam-stepper layout=${layout} orientation=${orientation}>
    <sugam-step state="done" href="#personal">Personal details</sugam-step>
    <sugam-step state="current">Address</sugam-step>
    <sugam-step state="warning" href="#documents">Documents</sugam-step>
    <sugam-step state="disabled" href="#payment">Payment</sugam-step>
    <sugam-step>Review</sugam-step>
  </sugam-stepper>`;

async function settle(el: SugamStepper): Promise<void> {
  await el.updateComplete;
  await Promise.all(stepsOf(el).map((step) => step.updateComplete));
  await el.updateComplete;
  await Promise.all(stepsOf(el).map((step) => step.updateComplete));
}

async function inLang(lang: string, template: unknown): Promise<SugamStepper> {
  await loadLocale(lang);
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'}>${template}</div>`,
  );
  const el = wrapper.querySelector('sugam-stepper')!;
  await settle(el);
  return el;
}

describe('<sugam-stepper>', () => {
  it('is accessible in every layout, in English, Hindi, Tamil and Urdu', async () => {
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      const wrapper = await fixture<HTMLElement>(
        html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'}>
          ${five()} ${five('full', 'vertical')} ${five('compact')}
        </div>`,
      );
      for (const el of wrapper.querySelectorAll('sugam-stepper')) await settle(el);
      await expect(wrapper, lang).to.be.accessible();
    }
  });

  it('is a labelled ordered list of list items', async () => {
    const el = await inLang('en', five());
    const list = el.shadowRoot!.querySelector('ol')!;
    expect(list.getAttribute('aria-label')).to.equal('Progress');
    for (const step of stepsOf(el)) expect(step.getAttribute('role')).to.equal('listitem');
  });

  it('says every state in words and marks the current step with aria-current="step"', async () => {
    const el = await inLang('en', five());
    expect(stepsOf(el).map(stateText)).to.deep.equal([
      ', Completed',
      ', Current step',
      ', Needs attention',
      ', Not available',
      ', Not started',
    ]);
    expect(base(stepsOf(el)[1]).getAttribute('aria-current')).to.equal('step');
    expect(el.shadowRoot!.querySelectorAll('[aria-current]')).to.have.length(0);
    expect(stepsOf(el).filter((s) => base(s).hasAttribute('aria-current'))).to.have.length(1);
  });

  it('links steps with href, except the current and disabled ones', async () => {
    const el = await inLang('en', five());
    const [done, current, warning, disabled] = stepsOf(el);
    expect(base(done).localName).to.equal('a');
    expect(base(done).getAttribute('href')).to.equal('#personal');
    expect(base(current).localName).to.equal('div');
    expect(base(warning).localName).to.equal('a');
    expect(base(disabled).localName).to.equal('div');
  });

  it('numbers the steps in the page numerals and speaks the states in Hindi', async () => {
    const bn = await inLang('bn', five());
    expect(stepsOf(bn).slice(1).map(marker)).to.deep.equal(['২', '', '৪', '৫']);
    const hi = await inLang('hi', five());
    expect(stateText(stepsOf(hi)[0])).to.equal(', पूरा हुआ');
    expect(hi.shadowRoot!.querySelector('ol')!.getAttribute('aria-label')).to.equal('प्रगति');
  });

  it('shows "Step 2 of 5" and the current title in the compact layout, and follows the current step', async () => {
    const el = await inLang('ur', five('compact'));
    const summary = () => el.shadowRoot!.querySelector('[part="summary"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(summary()).to.equal('مرحلہ ۲ از ۵ Address');
    for (const step of stepsOf(el)) {
      const title = step.shadowRoot!.querySelector<HTMLElement>('.text')!;
      expect(getComputedStyle(title).position).to.equal('absolute');
    }
    stepsOf(el)[1].state = 'done';
    stepsOf(el)[2].state = 'current';
    await settle(el);
    expect(summary()).to.equal('مرحلہ ۳ از ۵ Documents');
  });

  it('switches a horizontal stepper to the compact layout when it is narrower than 576 px', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 320px">${five('auto')}</div>`);
    const el = wrapper.querySelector('sugam-stepper')!;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await settle(el);
    expect(el.compact).to.equal(true);
    expect(stepsOf(el).every((s) => s.compact)).to.equal(true);
    expect(el.scrollWidth).to.be.at.most(320);
    wrapper.style.inlineSize = '800px';
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await settle(el);
    expect(el.compact).to.equal(false);
  });

  it('lays vertical steps out in a column', async () => {
    const el = await inLang('en', five('full', 'vertical'));
    const [a, b] = stepsOf(el).map((s) => s.getBoundingClientRect());
    expect(b.top).to.be.at.least(a.bottom - 1);
    expect(stepsOf(el)[0].orientation).to.equal('vertical');
  });

  it('warns once and falls back for an unknown state', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await inLang('en', html`<sugam-stepper><sugam-step state="finished">A</sugam-step></sugam-stepper>`);
      expect(stateText(stepsOf(el)[0])).to.equal(', Not started');
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => w.includes('state="finished"'))).to.have.length(1);
  });
});
