import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { checkContrast, cssVariable, expandPairs } from '@sugam/tokens/contrast';
import { BRANDS, THEMES } from '@sugam/tokens/runtime';
import type { ContrastPairDeclaration } from '@sugam/tokens/contrast';
import pairsJson from '../packages/tokens/src/contrast-pairs.json' with { type: 'json' };
import '@sugam/components/button';

const pairs = pairsJson as { pairs: ContrastPairDeclaration[] };

/** The colour the browser computes for a token inside `scope` (so the toolbar's theme and brand apply). */
function resolverIn(scope: Element) {
  const probe = document.createElement('span');
  scope.append(probe);
  return (path: string) => {
    probe.style.color = `var(${cssVariable(path)})`;
    return getComputedStyle(probe).color;
  };
}

const uniqueTokens = (key: 'fg' | 'bg') => [...new Set(expandPairs(pairs).map((p) => p[key]))];

const styles = html`<style>
  .tokens {
    display: grid;
    gap: var(--sugam-space-300);
    color: var(--sugam-color-text-default);
  }
  .tokens table {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: var(--sugam-font-size-body-sm);
  }
  .tokens th,
  .tokens td {
    padding: var(--sugam-space-50) var(--sugam-space-100);
    border-block-end: var(--sugam-border-width-thin) solid var(--sugam-color-border-default);
    text-align: start;
    vertical-align: middle;
  }
  .swatch {
    display: inline-block;
    inline-size: 2.5rem;
    block-size: 1.5rem;
    border: var(--sugam-border-width-thin) solid var(--sugam-color-border-control);
    border-radius: var(--sugam-radius-sm);
    vertical-align: middle;
  }
  .sample {
    display: inline-block;
    padding: var(--sugam-space-50) var(--sugam-space-150);
    border-radius: var(--sugam-radius-sm);
    font-weight: var(--sugam-font-weight-semibold);
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
    gap: var(--sugam-space-200);
  }
  .panel {
    display: grid;
    gap: var(--sugam-space-100);
    padding: var(--sugam-space-200);
    border: var(--sugam-border-width-thin) solid var(--sugam-color-border-default);
    border-radius: var(--sugam-radius-lg);
  }
  .panel h3,
  .tokens h2 {
    margin: 0;
    font-size: var(--sugam-font-size-heading-xs);
    line-height: var(--sugam-line-height-heading);
  }
  .panel a {
    color: var(--sugam-color-link-default);
  }
  code {
    font-family: var(--sugam-font-family-mono);
    font-size: 0.875em;
  }
</style>`;

/** Every declared pair, for the theme and brand chosen in the toolbar, with its computed ratio. */
function renderColours() {
  const scope = document.documentElement;
  const result = checkContrast(pairs, resolverIn(scope));
  const theme = scope.dataset.sugamTheme ?? 'system';
  const brand = scope.dataset.sugamBrand ?? 'default';
  return html`${styles}
    <div class="tokens">
      <p>
        Theme <strong>${theme}</strong>, brand <strong>${brand}</strong>: ${result.checked} pairs,
        ${result.failures.length} below their minimum. Switch theme and brand in the toolbar.
      </p>
      <table>
        <caption>
          Contrast of every declared pair
        </caption>
        <thead>
          <tr>
            <th scope="col">Sample</th>
            <th scope="col">Foreground</th>
            <th scope="col">Background</th>
            <th scope="col">Ratio</th>
            <th scope="col">Needs</th>
          </tr>
        </thead>
        <tbody>
          ${result.results.map(
            (r) =>
              html`<tr>
                <td>
                  ${
                    r.kind === 'ui'
                      ? html`<span
                          class="sample"
                          role="img"
                          aria-label="${cssVariable(r.fg)} on ${cssVariable(r.bg)}"
                          style="display: inline-block; inline-size: 3em; block-size: 1.5em; background: var(${cssVariable(
                            r.bg,
                          )}); box-shadow: inset 0 0 0 3px var(${cssVariable(r.fg)})"
                        ></span>`
                      : html`<span
                          class="sample"
                          style="color: var(${cssVariable(r.fg)}); background: var(${cssVariable(r.bg)}); ${
                            r.kind === 'large-text' ? 'font-size: 24px' : ''
                          }"
                          >Aa</span
                        >`
                  }
                </td>
                <td><code>${cssVariable(r.fg)}</code></td>
                <td><code>${cssVariable(r.bg)}</code></td>
                <td>${r.ratio.toFixed(2)}:1 ${r.pass ? '✓' : '✗'}</td>
                <td>${r.minimum}:1 (${r.kind})</td>
              </tr>`,
          )}
        </tbody>
      </table>
      <h2>Colours in use</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Swatch</th>
            <th scope="col">Token</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          ${[...new Set([...uniqueTokens('fg'), ...uniqueTokens('bg')])].sort().map((path) => {
            const value = resolverIn(scope)(path);
            return html`<tr>
              <td><span class="swatch" style="background: var(${cssVariable(path)})"></span></td>
              <td><code>${cssVariable(path)}</code></td>
              <td><code>${value}</code></td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
}

/** One panel per theme x brand, each themed with the attributes themselves (proves nesting works). */
function renderMatrix() {
  const panels = THEMES.flatMap((theme) =>
    ['default', ...BRANDS].map((brand) => ({ theme, brand: brand === 'default' ? undefined : brand })),
  );
  return html`${styles}
    <div class="tokens">
      <p>
        Every theme and brand side by side; the lowest contrast ratio of the declared pairs is worked out in the panel.
      </p>
      <div class="grid">
        ${panels.map(
          ({ theme, brand }) =>
            html`<section
              class="panel"
              data-sugam-theme=${theme}
              data-sugam-brand=${brand ?? nothing}
              aria-label=${`${theme}, ${brand ?? 'default'}`}
            >
              <h3>${theme} · ${brand ?? 'default'}</h3>
              <div>
                <sugam-button>Apply</sugam-button>
                <sugam-button variant="outline">Save</sugam-button>
                <sugam-button variant="tonal" intent="danger">Delete</sugam-button>
              </div>
              <p style="margin: 0">
                <a href="#top">Link</a> · <span style="color: var(--sugam-color-text-subtle)">Hint text</span>
              </p>
              <p
                class="min-ratio"
                style="margin: 0; color: var(--sugam-color-feedback-success-text); background: var(--sugam-color-feedback-success-surface)"
              ></p>
            </section>`,
        )}
      </div>
    </div>`;
}

const matrixPlay = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  for (const panel of canvasElement.querySelectorAll<HTMLElement>('.panel')) {
    const result = checkContrast(pairs, resolverIn(panel));
    const lowest = Math.min(...result.results.map((r) => r.ratio / r.minimum));
    panel.querySelector('.min-ratio')!.textContent =
      `${result.checked} pairs, ${result.failures.length} fail; tightest ${lowest.toFixed(2)}× its minimum`;
  }
};

/** One line per script, in its own language, at every UX4G type-scale step. */
const SCRIPTS: [string, string, string][] = [
  ['en', 'Latin · English', 'Apply for a scholarship'],
  ['hi', 'Devanagari · हिन्दी', 'छात्रवृत्ति के लिए आवेदन करें ट्ठ्रू'],
  ['bn', 'Bengali · বাংলা', 'বৃত্তির জন্য আবেদন করুন ক্ষ্ম'],
  ['pa', 'Gurmukhi · ਪੰਜਾਬੀ', 'ਵਜ਼ੀਫ਼ੇ ਲਈ ਅਰਜ਼ੀ ਦਿਓ'],
  ['gu', 'Gujarati · ગુજરાતી', 'શિષ્યવૃત્તિ માટે અરજી કરો'],
  ['or', 'Oriya · ଓଡ଼ିଆ', 'ବୃତ୍ତି ପାଇଁ ଆବେଦନ କରନ୍ତୁ'],
  ['ta', 'Tamil · தமிழ்', 'உதவித்தொகைக்கு விண்ணப்பிக்கவும்'],
  ['te', 'Telugu · తెలుగు', 'ఉపకార వేతనం కోసం దరఖాస్తు చేయండి'],
  ['kn', 'Kannada · ಕನ್ನಡ', 'ವಿದ್ಯಾರ್ಥಿವೇತನಕ್ಕೆ ಅರ್ಜಿ ಸಲ್ಲಿಸಿ'],
  ['ml', 'Malayalam · മലയാളം', 'സ്കോളർഷിപ്പിന് അപേക്ഷിക്കുക'],
  ['sat', 'Ol Chiki · ᱥᱟᱱᱛᱟᱲᱤ', 'ᱥᱠᱚᱞᱟᱨᱥᱤᱯ ᱞᱟᱹᱜᱤᱫ ᱟᱨᱡᱤ'],
  ['mni-Mtei', 'Meetei Mayek · ꯃꯤꯇꯩꯂꯣꯟ', 'ꯁ꯭ꯀꯣꯂꯥꯔꯁꯤꯞ ꯑꯦꯞꯂꯥꯏ ꯇꯧꯕꯤꯌꯨ'],
  ['sd', 'Naskh · سنڌي', 'اسڪالرشپ لاءِ درخواست ڏيو'],
  ['ur', 'Nastaliq · اردو', 'وظیفے کے لیے درخواست دیں'],
];
const SCALE = [
  'display-sm',
  'heading-xl',
  'heading-lg',
  'heading-md',
  'heading-sm',
  'body-lg',
  'body-md',
  'body-sm',
  'label-md',
] as const;

function renderTypeScale() {
  return html`${styles}
    <div class="tokens">
      <p>
        Each script uses its own Noto family and line height through <code>:lang()</code>; Indic body text ≥ 1.5,
        Nastaliq ≥ 2.2.
      </p>
      ${SCRIPTS.map(
        ([lang, name, sample]) =>
          html`<section class="panel" lang=${lang} dir=${lang === 'ur' || lang === 'sd' ? 'rtl' : 'ltr'}>
            <h2 lang="en" dir="ltr">${name}</h2>
            ${SCALE.map(
              (step) =>
                html`<div
                  style="font-size: var(--sugam-font-size-${step}); line-height: var(--sugam-line-height-${
                    step.startsWith('body') ? 'body' : 'heading'
                  }); font-weight: var(--sugam-font-weight-${step.startsWith('body') ? 'regular' : 'semibold'})"
                >
                  ${sample} <small lang="en" dir="ltr" style="font-size: var(--sugam-font-size-xs)">${step}</small>
                </div>`,
            )}
          </section>`,
      )}
    </div>`;
}

const SPACE = ['25', '50', '75', '100', '150', '200', '250', '300', '400', '500', '600', '700', '800', '1000', '1500'];
const RADII = ['none', 'xs', 'sm', 'md', 'lg', 'xl', '2xl', 'pill'];

function renderSpacing() {
  return html`${styles}
    <div class="tokens">
      <table>
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">Size</th>
          </tr>
        </thead>
        <tbody>
          ${SPACE.map(
            (s) =>
              html`<tr>
                <td><code>--sugam-space-${s}</code></td>
                <td>
                  <span
                    style="display: inline-block; block-size: 1rem; inline-size: var(--sugam-space-${s}); background: var(--sugam-color-action-primary-default)"
                  ></span>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

function renderRadiusAndShadows() {
  const box = 'inline-size: 6rem; block-size: 4rem; display: grid; place-items: center; padding: 0.5rem;';
  return html`${styles}
    <div class="tokens">
      <h2>Radius</h2>
      <div class="grid">
        ${RADII.map(
          (r) =>
            html`<div
              style="${box} border: 2px solid var(--sugam-color-border-strong); border-radius: var(--sugam-radius-${r})"
            >
              <code>${r}</code>
            </div>`,
        )}
      </div>
      <h2>Shadows</h2>
      <div class="grid">
        ${['1', '2', '3', '4'].map(
          (s) =>
            html`<div
              style="${box} background: var(--sugam-color-surface-raised); border: 1px solid var(--sugam-color-border-default); border-radius: var(--sugam-radius-md); box-shadow: var(--sugam-shadow-${s})"
            >
              <code>shadow-${s}</code>
            </div>`,
        )}
      </div>
    </div>`;
}

const meta: Meta = {
  title: 'Foundations/Tokens',
  parameters: { layout: 'padded' },
  tags: ['!autodocs'],
};
export default meta;

export const Colours: StoryObj = { render: renderColours };
export const ThemesAndBrands: StoryObj = { name: 'Themes × brands', render: renderMatrix, play: matrixPlay };
export const TypeScale: StoryObj = { name: 'Type scale in every script', render: renderTypeScale };
export const Spacing: StoryObj = { render: renderSpacing };
export const RadiusAndShadows: StoryObj = { name: 'Radius and shadows', render: renderRadiusAndShadows };
