import { expect } from '@open-wc/testing';
import { html, render, type TemplateResult } from 'lit';
import { emulateMedia } from '@web/test-runner-commands';
import '@sugam/components/button';
import type { SugamButton } from '@sugam/components/button';
import { cssVariable } from '@sugam/tokens/contrast';
import { BRANDS, THEMES, setBrand, setTheme, watchTokenAttributes } from '@sugam/tokens/runtime';
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

const DIST = '/packages/tokens/dist';
type Resolved = Record<string, Record<string, Record<string, string>>>;

/** The colour the browser computes for a custom property on an element, as rgb(). */
function colour(el: Element, name: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${name})`;
  el.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/** Normalises any CSS colour (e.g. a hex value from themes.json) to the browser's rgb() form. */
function rgb(value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  document.body.append(probe);
  const out = getComputedStyle(probe).color;
  probe.remove();
  return out;
}

describe('tokens: themes and brands', () => {
  let resolved: Resolved;
  const root = document.documentElement;

  before(async () => {
    await loadTokens();
    resolved = await (await fetch(`${DIST}/themes.json`)).json();
  });

  afterEach(async () => {
    delete root.dataset.sugamTheme;
    delete root.dataset.sugamBrand;
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  it('matches the Style Dictionary values for every semantic colour in every theme x brand', () => {
    let compared = 0;
    for (const theme of THEMES) {
      for (const brand of ['default', ...BRANDS]) {
        const scope = document.createElement('div');
        scope.dataset.sugamTheme = theme;
        if (brand !== 'default') scope.dataset.sugamBrand = brand;
        document.body.append(scope);
        for (const [name, value] of Object.entries(resolved[theme][brand])) {
          expect(colour(scope, `--${name}`), `${theme} / ${brand}: ${name}`).to.equal(rgb(value));
          compared++;
        }
        scope.remove();
      }
    }
    expect(compared).to.be.greaterThan(1000);
  });

  it('a brand re-maps only brand roles', () => {
    const brandRoles = new Set<string>();
    for (const theme of THEMES) {
      const base = resolved[theme].default;
      for (const brand of BRANDS) {
        for (const [name, value] of Object.entries(resolved[theme][brand])) {
          if (value !== base[name]) brandRoles.add(name);
        }
      }
    }
    const allowed = /^sugam-color-(action-primary|link|focus-ring|text-brand|surface-brand|border-selected)/;
    expect([...brandRoles].filter((n) => !allowed.test(n))).to.deep.equal([]);
    expect(brandRoles).to.include('sugam-color-action-primary-default');
    expect([...brandRoles].some((n) => /feedback|neutral|danger|text-default/.test(n))).to.equal(false);
  });

  it('defaults to the system colour scheme, and data-sugam-theme on <html> overrides it', async () => {
    expect(colour(root, '--sugam-color-text-default')).to.equal('rgb(23, 23, 23)');
    await emulateMedia({ colorScheme: 'dark' });
    expect(colour(root, '--sugam-color-text-default')).to.equal('rgb(250, 250, 250)');
    expect(getComputedStyle(root).colorScheme).to.equal('dark');
    root.dataset.sugamTheme = 'light';
    expect(colour(root, '--sugam-color-text-default')).to.equal('rgb(23, 23, 23)');
    root.dataset.sugamTheme = 'high-contrast';
    expect(colour(root, '--sugam-color-text-default')).to.equal('rgb(0, 0, 0)');
  });

  it('themes and brands nest on any element, in any order', async () => {
    const el = await mount<HTMLElement>(html`
      <div data-sugam-theme="dark">
        <section data-sugam-brand="green">
          <p id="dark-green"></p>
          <div data-sugam-theme="light"><p id="light-green"></p></div>
        </section>
        <p id="dark-default"></p>
      </div>
    `);
    const at = (id: string) => el.querySelector(`#${id}`)!;
    const expected = (theme: string, brand: string) =>
      rgb(resolved[theme][brand]['sugam-color-action-primary-default']);
    expect(colour(at('dark-green'), '--sugam-color-action-primary-default')).to.equal(expected('dark', 'green'));
    expect(colour(at('light-green'), '--sugam-color-action-primary-default')).to.equal(expected('light', 'green'));
    expect(colour(at('dark-default'), '--sugam-color-action-primary-default')).to.equal(expected('dark', 'default'));
    expect(getComputedStyle(el).backgroundColor).to.equal(rgb(resolved.dark.default['sugam-color-surface-page']));
  });

  it('<sugam-button> follows every theme and brand', async () => {
    for (const theme of THEMES) {
      for (const brand of ['default', ...BRANDS]) {
        const el = await mount<HTMLElement>(
          html`<div data-sugam-theme=${theme} data-sugam-brand=${brand}><sugam-button>Apply</sugam-button></div>`,
        );
        const button = el.querySelector<SugamButton>('sugam-button')!;
        await button.updateComplete;
        const base = button.shadowRoot!.querySelector('.base')!;
        const values = resolved[theme][brand];
        expect(getComputedStyle(base).backgroundColor, `${theme} / ${brand}`).to.equal(
          rgb(values['sugam-color-action-primary-default']),
        );
        expect(getComputedStyle(base).color, `${theme} / ${brand}`).to.equal(rgb(values['sugam-color-text-on-action']));
      }
    }
  });

  it('maps every semantic colour to a system colour under forced-colors', () => {
    const sheet = [...document.styleSheets].find((s) => s.href?.endsWith('/tokens.css'))!;
    const media = [...sheet.cssRules].find(
      (r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors: active'),
    )!;
    const style = (media.cssRules[0] as CSSStyleRule).style;
    const system =
      /^(Canvas|CanvasText|LinkText|VisitedText|ButtonFace|ButtonText|ButtonBorder|Highlight|HighlightText|GrayText|Mark|MarkText|Field|FieldText)$/;
    const names = Object.keys(resolved.light.default);
    for (const name of names) expect(style.getPropertyValue(`--${name}`).trim(), name).to.match(system);
    expect(names.length).to.be.greaterThan(60);
  });
});

describe('tokens: bad theme and brand values', () => {
  const root = document.documentElement;
  let warnings: unknown[][];
  const warn = console.warn;

  before(loadTokens);
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = warn;
    delete root.dataset.sugamTheme;
    delete root.dataset.sugamBrand;
  });

  it('an unknown theme or brand on <html> falls back to the default, with one warning each', async () => {
    const defaults = {
      text: colour(root, '--sugam-color-text-default'),
      action: colour(root, '--sugam-color-action-primary-default'),
    };
    const stop = watchTokenAttributes(root);
    root.dataset.sugamTheme = 'neon';
    root.dataset.sugamBrand = 'saffron-pink';
    const nested = await mount<HTMLElement>(html`<div data-sugam-theme="neon" data-sugam-brand="saffron-pink"></div>`);
    await new Promise((resolve) => setTimeout(resolve));
    stop();
    expect(colour(root, '--sugam-color-text-default')).to.equal(defaults.text);
    expect(colour(root, '--sugam-color-action-primary-default')).to.equal(defaults.action);
    expect(colour(nested, '--sugam-color-action-primary-default')).to.equal(defaults.action);
    expect(warnings).to.have.length(2);
    expect(String(warnings[0][0])).to.contain('data-sugam-theme="neon"');
    expect(String(warnings[1][0])).to.contain('data-sugam-brand="saffron-pink"');
  });

  it('setTheme / setBrand accept known values and clear unknown ones with one warning', () => {
    expect(setTheme('dark', root)).to.equal('dark');
    expect(root.dataset.sugamTheme).to.equal('dark');
    expect(setBrand('cinnamon-red', root)).to.equal('cinnamon-red');
    expect(setTheme('sepia', root)).to.equal(null);
    expect(setTheme('sepia', root)).to.equal(null);
    expect(root.hasAttribute('data-sugam-theme')).to.equal(false);
    expect(setBrand('default', root)).to.equal(null);
    expect(root.hasAttribute('data-sugam-brand')).to.equal(false);
    expect(warnings).to.have.length(1);
    expect(cssVariable('color.text.default')).to.equal('--sugam-color-text-default');
  });
});
