import { expect } from '@open-wc/testing';
import { checkContrast, contrastRatio, cssVariable, expandPairs } from '@sugam/tokens/contrast';
import type { ContrastPairDeclaration } from '@sugam/tokens/contrast';
import { BRANDS, THEMES } from '@sugam/tokens/runtime';
import { loadTokens } from './helpers.js';

/** The built stylesheet and the pair declarations beside the token sources (copied to dist by the build). */
const DIST = '/packages/tokens/dist';

/** Resolves a token path to the colour the browser computes for it inside `scope` (rgb()/rgba()). */
function resolverIn(scope: HTMLElement) {
  const probe = document.createElement('span');
  scope.append(probe);
  return (path: string) => {
    const name = cssVariable(path);
    if (!getComputedStyle(scope).getPropertyValue(name).trim()) return `missing ${name}`;
    probe.style.color = `var(${name})`;
    return getComputedStyle(probe).color;
  };
}

describe('tokens: contrast of every declared pair', () => {
  let pairs: { pairs: ContrastPairDeclaration[] };

  before(async () => {
    await loadTokens();
    pairs = await (await fetch(`${DIST}/contrast-pairs.json`)).json();
  });

  it('passes WCAG in every theme x brand, computed from the built tokens.css', () => {
    let checked = 0;
    const failures: string[] = [];
    for (const theme of THEMES) {
      for (const brand of ['default', ...BRANDS]) {
        const scope = document.createElement('div');
        scope.dataset.sugamTheme = theme;
        if (brand !== 'default') scope.dataset.sugamBrand = brand;
        document.body.append(scope);
        const result = checkContrast(pairs, resolverIn(scope), `${theme} / ${brand}`);
        checked += result.checked;
        failures.push(...result.failures.map((f) => f.message));
        scope.remove();
      }
    }
    console.log(
      `tokens contrast: ${checked} pairs checked (${expandPairs(pairs).length} pairs x ${THEMES.length} themes x ${BRANDS.length + 1} brands), ${failures.length} failures`,
    );
    expect(failures, failures.join('\n')).to.deep.equal([]);
    expect(checked).to.equal(expandPairs(pairs).length * THEMES.length * (BRANDS.length + 1));
    expect(checked).to.be.greaterThan(2000);
  });

  it('resolves different colours per theme and per brand (the check is not vacuous)', () => {
    const colourOf = (path: string, theme: string, brand?: string) => {
      const scope = document.createElement('div');
      scope.dataset.sugamTheme = theme;
      if (brand) scope.dataset.sugamBrand = brand;
      document.body.append(scope);
      const value = resolverIn(scope)(path);
      scope.remove();
      return value;
    };
    expect(colourOf('color.text.default', 'light')).to.equal('rgb(23, 23, 23)');
    expect(colourOf('color.text.default', 'dark')).to.equal('rgb(250, 250, 250)');
    expect(colourOf('color.text.default', 'high-contrast')).to.equal('rgb(0, 0, 0)');
    expect(colourOf('color.action.primary.default', 'light')).to.equal('rgb(74, 43, 194)');
    expect(colourOf('color.action.primary.default', 'light', 'green')).to.not.equal('rgb(74, 43, 194)');
    expect(colourOf('color.action.primary.default', 'dark', 'green')).to.not.equal(
      colourOf('color.action.primary.default', 'light', 'green'),
    );
  });
});

describe('tokens: the contrast checker', () => {
  it('fails a too-light pair (UX4G control border #e5e5e5 on white is 1.26:1)', () => {
    const result = checkContrast([{ kind: 'ui', fg: 'color.border.control', bg: 'color.surface.default' }], (path) =>
      path === 'color.border.control' ? '#e5e5e5' : '#ffffff',
    );
    expect(result.checked).to.equal(1);
    expect(result.failures).to.have.length(1);
    expect(result.failures[0].ratio).to.be.closeTo(1.26, 0.01);
    expect(result.failures[0].message).to.contain('color.border.control').and.contain('needs 3:1');
  });

  it('applies 4.5:1 to text, 3:1 to large text and UI parts', () => {
    const grey = (fg: string) => (path: string) => (path === 'fg' ? fg : 'rgb(255, 255, 255)');
    expect(checkContrast([{ kind: 'text', fg: 'fg', bg: 'bg' }], grey('#767676')).failures).to.have.length(0);
    expect(checkContrast([{ kind: 'text', fg: 'fg', bg: 'bg' }], grey('#777777')).failures).to.have.length(1);
    expect(checkContrast([{ kind: 'large-text', fg: 'fg', bg: 'bg' }], grey('#949494')).failures).to.have.length(0);
    expect(checkContrast([{ kind: 'ui', fg: 'fg', bg: 'bg' }], grey('#959595')).failures).to.have.length(1);
  });

  it('fails a pair whose colour does not resolve, and composites translucent colours', () => {
    const result = checkContrast([{ kind: 'text', fg: 'a', bg: 'b' }], () => 'missing --sugam-a');
    expect(result.failures).to.have.length(1);
    expect(contrastRatio('rgba(0, 0, 0, 0)', '#ffffff')).to.equal(1);
    expect(contrastRatio('#000', '#fff')).to.equal(21);
  });
});
