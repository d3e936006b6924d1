import { expect } from '@open-wc/testing';
import { html, render, type TemplateResult } from 'lit';
import { emulateMedia } from '@web/test-runner-commands';
import '@sugam/components/button';
import type { SugamButton } from '@sugam/components/button';
import { loadTokens } from './helpers.js';

/** Renders a template into a fresh container (no animation-frame wait: pages in the background get no frames). */
async function mount<T extends Element>(template: TemplateResult): Promise<T> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  const el = container.firstElementChild as T;
  await Promise.all([...container.querySelectorAll('sugam-button')].map((b) => (b as SugamButton).updateComplete));
  return el;
}
const mounted: HTMLElement[] = [];
afterEach(() => mounted.splice(0).forEach((c) => c.remove()));

/** lang → first family of its stack, minimum body line height, minimum control line height. */
const SCRIPTS: [string, string, number, number][] = [
  ['en', 'Noto Sans', 1.5, 1.5],
  ['hi', 'Noto Sans Devanagari', 1.5, 1.5],
  ['mr', 'Noto Sans Devanagari', 1.5, 1.5],
  ['bn', 'Noto Sans Bengali', 1.5, 1.5],
  ['as', 'Noto Sans Bengali', 1.5, 1.5],
  ['pa', 'Noto Sans Gurmukhi', 1.5, 1.5],
  ['gu', 'Noto Sans Gujarati', 1.5, 1.5],
  ['or', 'Noto Sans Oriya', 1.5, 1.5],
  ['ta', 'Noto Sans Tamil', 1.5, 1.5],
  ['te', 'Noto Sans Telugu', 1.5, 1.5],
  ['kn', 'Noto Sans Kannada', 1.5, 1.5],
  ['ml', 'Noto Sans Malayalam', 1.5, 1.5],
  ['sat', 'Noto Sans Ol Chiki', 1.5, 1.5],
  ['mni', 'Noto Sans Bengali', 1.5, 1.5],
  ['mni-Mtei', 'Noto Sans Meetei Mayek', 1.5, 1.5],
  ['sd', 'Noto Naskh Arabic', 1.8, 1.7],
  ['sd-Deva', 'Noto Sans Devanagari', 1.5, 1.5],
  ['ks-Deva', 'Noto Sans Devanagari', 1.5, 1.5],
  ['ur', 'Noto Nastaliq Urdu', 2.2, 2.2],
  ['ks', 'Noto Nastaliq Urdu', 2.2, 2.2],
];

const firstFamily = (el: Element) => getComputedStyle(el).fontFamily.split(',')[0].replaceAll(/["']/g, '').trim();
const ratio = (el: Element) => parseFloat(getComputedStyle(el).lineHeight) / parseFloat(getComputedStyle(el).fontSize);

describe('tokens: typography per script', () => {
  const root = document.documentElement;
  before(loadTokens);
  afterEach(async () => {
    root.style.cssText = '';
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  for (const [lang, family, body, control] of SCRIPTS) {
    it(`${lang}: ${family}, line height >= ${body}, control line height >= ${control}`, async () => {
      const el = await mount<HTMLElement>(
        html`<div lang=${lang}>
          <p>text</p>
          <sugam-button size="md">OK</sugam-button>
        </div>`,
      );
      const p = el.querySelector('p')!;
      expect(firstFamily(p)).to.equal(family);
      expect(ratio(p)).to.be.at.least(body - 0.001);
      const button = el.querySelector<SugamButton>('sugam-button')!;
      await button.updateComplete;
      const label = button.shadowRoot!.querySelector('.base')!;
      expect(ratio(label), 'inside the shadow root').to.be.at.least(control - 0.001);
      expect(parseFloat(getComputedStyle(el).getPropertyValue('--sugam-line-height-control'))).to.be.NaN; // a calc()
      expect(getComputedStyle(el).getPropertyValue('--sugam-line-height-control')).to.contain('calc(');
    });
  }

  it('keeps letter-spacing 0 and no caps for non-Latin scripts, even when the toolbar adds letter spacing', async () => {
    root.style.setProperty('--sugam-letter-spacing-factor', '0.12');
    root.style.setProperty('--sugam-word-spacing-factor', '0.16');
    const el = await mount<HTMLElement>(
      html`<div>
        <p lang="en">Apply</p>
        <p lang="hi">आवेदन</p>
        <p lang="ur">درخواست</p>
      </div>`,
    );
    const [en, hi, ur] = [...el.querySelectorAll('p')];
    const size = parseFloat(getComputedStyle(en).fontSize);
    expect(parseFloat(getComputedStyle(en).letterSpacing)).to.be.closeTo(0.12 * size, 0.05);
    expect(parseFloat(getComputedStyle(hi).letterSpacing) || 0).to.equal(0);
    expect(parseFloat(getComputedStyle(ur).letterSpacing) || 0).to.equal(0);
    expect(parseFloat(getComputedStyle(hi).wordSpacing)).to.be.closeTo(0.16 * size, 0.05);
    expect(getComputedStyle(en).getPropertyValue('--sugam-text-transform-caps').trim()).to.equal('uppercase');
    expect(getComputedStyle(hi).getPropertyValue('--sugam-text-transform-caps').trim()).to.equal('none');
  });

  it('scales text with --sugam-text-scale and line heights with --sugam-line-height-factor', async () => {
    const el = await mount<HTMLElement>(html`<div lang="hi"><sugam-button>OK</sugam-button></div>`);
    const button = el.querySelector<SugamButton>('sugam-button')!;
    const base = button.shadowRoot!.querySelector('.base')!;
    expect(getComputedStyle(base).fontSize).to.equal('16px');
    root.style.setProperty('--sugam-text-scale', '2');
    expect(getComputedStyle(base).fontSize).to.equal('32px');
    const before = ratio(base);
    root.style.setProperty('--sugam-line-height-factor', '1.5');
    expect(ratio(base)).to.be.closeTo(before * 1.5, 0.01);
  });

  it('switches to the reduced-motion durations', async () => {
    expect(getComputedStyle(root).getPropertyValue('--sugam-duration-fast').trim()).to.equal('150ms');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(root).getPropertyValue('--sugam-duration-fast').trim()).to.equal('1ms');
    await emulateMedia({ reducedMotion: 'no-preference' });
    const el = await mount<HTMLElement>(html`<div data-sugam-motion="reduce"></div>`);
    expect(getComputedStyle(el).getPropertyValue('--sugam-duration-slow').trim()).to.equal('1ms');
  });

  it('exposes focus-ring tokens that the button uses', async () => {
    const el = await mount<HTMLElement>(html`<div data-sugam-theme="light"></div>`);
    const style = getComputedStyle(el);
    expect(style.getPropertyValue('--sugam-focus-ring-width').trim()).to.equal('2px');
    expect(style.getPropertyValue('--sugam-focus-ring-offset').trim()).to.equal('2px');
    expect(style.getPropertyValue('--sugam-color-focus-ring').trim()).to.not.equal('');
  });
});
