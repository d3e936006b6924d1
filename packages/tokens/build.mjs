// Builds the DTCG token sources in src/ into dist/ with Style Dictionary 4 (its DTCG support: usesDtcg).
//
// One Style Dictionary per theme x brand resolves the tokens; the CSS is assembled from Style Dictionary's own
// `css/variables` format (base tokens, brand ramps, forced colours) plus a `sugam/css/themed` format that writes each
// semantic colour once with its light, dark and high-contrast values behind theme switches (see README.md), so that
// themes and brands work on <html> or on any element, nested in any order.
//
// Outputs (dist/): tokens.css, tokens.js + tokens.d.ts, tokens.json (flat, light theme, default brand),
// themes.json (every semantic colour per theme x brand), contrast-pairs.json, fonts.css + fonts/ (Noto, per script).
// The build fails on a broken reference (naming the token) and on any contrast pair below its WCAG minimum.
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import StyleDictionary from 'style-dictionary';
import { getReferences, usesReferences } from 'style-dictionary/utils';
import { checkContrast } from './lib/contrast.js';
import { BRANDS, THEMES } from './lib/runtime.js';
import {
  IMAGE_ELEMENTS,
  LINK_HIGHLIGHT,
  MOTION_PAUSED,
  PHOTO_ELEMENTS,
  POINTER_ELEMENTS,
  TEXT_ELEMENTS,
} from './lib/a11y-rules.js';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'dist');
const PREFIX = 'sugam';
/** Theme sources: every file holds the same semantic colour tokens. forced-colors maps them to system colours. */
const THEME_SOURCES = [...THEMES, 'forced-colors'];
const ALL_BRANDS = ['default', ...BRANDS];
const THEME_ATTR = 'data-sugam-theme';
const BRAND_ATTR = 'data-sugam-brand';
/** Every element where semantic colours must be re-resolved: the root and anything that picks a theme or brand. */
const SEMANTIC_SCOPE = `:root, [${THEME_ATTR}], [${BRAND_ATTR}]`;
const toggle = (theme) => `--${PREFIX}-if-${theme}`;

const isThemeToken = (token) => token.filePath.replaceAll('\\', '/').includes('/src/theme/');
const isBrandRamp = (token) => token.path[0] === 'color' && token.path[1] === 'brand';

/** Font sizes become rem times the accessibility text scale, so both browser zoom and the toolbar scale text. */
StyleDictionary.registerTransform({
  name: 'sugam/size/text-scale',
  type: 'value',
  filter: (token) => token.path[0] === 'font-size',
  transform: (token) => {
    const px = parseFloat(token.$value);
    return `calc(${+(px / 16).toFixed(4)}rem * var(--${PREFIX}-text-scale, 1))`;
  },
});

/** A token's CSS value: its references as var(--…), else its transformed value. */
function cssExpression(token, dictionary) {
  const original = token.original.$value;
  if (typeof original !== 'string' || !usesReferences(original)) return String(token.$value);
  let out = original;
  for (const ref of getReferences(original, dictionary.tokens, {
    usesDtcg: true,
    unfilteredTokens: dictionary.unfilteredTokens,
  })) {
    out = out.replaceAll(`{${ref.path.join('.')}}`, `var(--${ref.name})`);
  }
  return out;
}

/** Semantic colours, each written once with a value per theme behind the theme switches (space toggles). */
StyleDictionary.registerFormat({
  name: 'sugam/css/themed',
  format: ({ dictionary, options }) => {
    const { themes } = options; // { light: Map(name → css), dark: …, 'high-contrast': … }
    const lines = dictionary.allTokens.map((token) => {
      const values = THEMES.map((theme) => themes[theme].get(token.name));
      const value = values.every((v) => v === values[0])
        ? values[0]
        : THEMES.map((theme, i) => `var(${toggle(theme)}, ${values[i]})`).join(' ');
      const comment = token.$description ? ` /* ${token.$description.replaceAll('*/', '')} */` : '';
      return `  --${token.name}: ${value};${comment}`;
    });
    return `${SEMANTIC_SCOPE} {\n${lines.join('\n')}\n}\n`;
  },
});

/** The Style Dictionary configuration shared by the build and the broken-reference check. */
export function styleDictionaryConfig({ source, tokens, platforms }) {
  return {
    ...(source ? { source } : {}),
    ...(tokens ? { tokens } : {}),
    usesDtcg: true,
    // verbose: a broken reference is reported with the path of the token that holds it.
    log: { verbosity: 'verbose', warnings: 'warn', errors: { brokenReferences: 'throw' } },
    platforms,
  };
}

const cssPlatform = (files = []) => ({
  transforms: [...StyleDictionary.hooks.transformGroups.css, 'sugam/size/text-scale'],
  prefix: PREFIX,
  buildPath: 'dist/',
  files,
});

const sources = (theme, brand) =>
  [
    'src/base/**/*.json',
    'src/semantic/**/*.json',
    'src/component/**/*.json',
    `src/brand/${brand}.json`,
    `src/theme/${theme}.json`,
  ].map((p) => join(here, p));

async function dictionary(theme, brand, platforms) {
  const sd = new StyleDictionary(styleDictionaryConfig({ source: sources(theme, brand), platforms }));
  await sd.hasInitialized;
  return sd;
}

/** Writes a css/variables block through Style Dictionary's own format. */
async function cssBlock(sd, selector, filter) {
  const platform = `block${Math.random().toString(36).slice(2)}`;
  // References to tokens outside the block (brand → ramp) are intended: those are declared in the :root block.
  sd.log = { ...sd.log, verbosity: 'silent', warnings: 'disabled' };
  sd.platforms[platform] = cssPlatform([
    {
      destination: 'block.css',
      format: 'css/variables',
      filter,
      options: { selector, outputReferences: true, fileHeader: () => [] },
    },
  ]);
  const [file] = await sd.formatPlatform(platform);
  return file.output.replace(/^\/\*\*[\s\S]*?\*\/\s*/, '').trim() + '\n';
}

function themeToggles(active) {
  const decls = THEMES.map((t) => `  ${toggle(t)}:${t === active ? ' initial' : ' '};`).join('\n');
  return `${decls}\n  color-scheme: ${active === 'dark' ? 'dark' : 'light'};`;
}

/** Per-script typography: :lang() rules that point the generic script properties at one script's tokens. */
function scriptRules(tokens) {
  const scripts = Object.entries(tokens.script).filter(([key]) => !key.startsWith('$'));
  const props = (name, script) => {
    const v = (path) => `var(--${PREFIX}-script-${name}-${path})`;
    const latin = script['letter-spacing'].$value !== 0;
    return [
      `  --${PREFIX}-font-family-body: ${v('font-family')};`,
      `  --${PREFIX}-font-family-heading: ${v('font-family')};`,
      `  --${PREFIX}-script-line-height-body: ${v('line-height-body')};`,
      `  --${PREFIX}-script-line-height-heading: ${v('line-height-heading')};`,
      `  --${PREFIX}-script-line-height-control: ${v('line-height-control')};`,
      `  --${PREFIX}-script-letter-spacing: ${v('letter-spacing')};`,
      `  --${PREFIX}-text-transform-caps: ${latin ? 'uppercase' : 'none'};`,
    ].join('\n');
  };
  // Rules for a bare language (sd, ks, mni) come first, so later rules for a script subtag (sd-Deva) win.
  const rules = [];
  for (const withSubtag of [false, true]) {
    for (const [name, script] of scripts) {
      if (name === 'latin') continue;
      const langs = script.$extensions['org.sugam.lang'].filter((l) => l.includes('-') === withSubtag);
      if (!langs.length) continue;
      const selector = langs.map((l) => `[lang]:lang(${l})`).join(',\n');
      rules.push(`${selector} {\n${props(name, script)}\n}`);
    }
  }
  const latin = props('latin', tokens.script.latin);
  const f = (n) => `var(--${PREFIX}-${n})`;
  return `/* Typography per script. The default (no lang, English, any Latin-script or unlisted language) is Latin. */
:root,
[lang] {
${latin}
}
${rules.join('\n')}
:root,
[lang] {
  --${PREFIX}-line-height-body: calc(${f('script-line-height-body')} * ${f('line-height-factor')});
  --${PREFIX}-line-height-heading: calc(${f('script-line-height-heading')} * ${f('line-height-factor')});
  --${PREFIX}-line-height-control: calc(${f('script-line-height-control')} * ${f('line-height-factor')});
  --${PREFIX}-letter-spacing: calc(${f('letter-spacing-factor')} * ${f('script-letter-spacing')} * 1em);
  --${PREFIX}-word-spacing: calc(${f('word-spacing-factor')} * 1em);
}
:where(:root, [lang]) {
  font-family: ${f('font-family-body')};
  line-height: ${f('line-height-body')};
  letter-spacing: ${f('letter-spacing')};
  word-spacing: ${f('word-spacing')};
}
`;
}

function motionRules(tokens) {
  const reduced = Object.keys(tokens.duration.reduced).filter((k) => !k.startsWith('$'));
  const decls = reduced.map((k) => `  --${PREFIX}-duration-${k}: var(--${PREFIX}-duration-reduced-${k});`).join('\n');
  return `/* Reduced motion: the system setting, or data-sugam-motion="reduce" (accessibility toolbar). */
@media (prefers-reduced-motion: reduce) {
  :root {
${decls.replaceAll('\n', '\n  ').replace(/^/, '  ')}
  }
}
[data-sugam-motion='reduce'] {
${decls}
}
`;
}

/** A cursor image as a CSS url(): a 48 px SVG, black with a white outline so it shows on any background. */
const cursorUrl = (body) =>
  `url("data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns='http://www.w3.org/2000/svg' width='48' height='48' viewBox='0 0 24 24'>${body}</svg>`,
  )
    .replaceAll('%20', ' ')
    .replaceAll("'", '%27')}")`;
const CURSORS = {
  default: `${cursorUrl(
    "<path d='M4.5 1.5v19l4.6-4.4 3.1 7 3.2-1.4-3.1-6.9h6.3z' fill='black' stroke='white' stroke-width='1.3' stroke-linejoin='round'/>",
  )} 9 3, default`,
  pointer: `${cursorUrl(
    "<path d='M9 2.5a1.6 1.6 0 0 1 3.2 0v6.3l.6-.1a1.6 1.6 0 0 1 3 .6l.6-.1a1.6 1.6 0 0 1 2.9.9v.3a1.6 1.6 0 0 1 2.6 1.2V16c0 3.6-2.6 6.5-6.2 6.5h-2.1c-2 0-3.8-1-4.9-2.7L3.4 13.6a1.7 1.7 0 0 1 2.7-2L9 14.4z' fill='black' stroke='white' stroke-width='1.3' stroke-linejoin='round'/>",
  )} 21 3, pointer`,
  text: `${cursorUrl(
    "<path d='M8 2.5h8M8 21.5h8M12 2.5v19' fill='none' stroke='white' stroke-width='4.5' stroke-linecap='round'/><path d='M8 2.5h8M8 21.5h8M12 2.5v19' fill='none' stroke='black' stroke-width='2' stroke-linecap='round'/>",
  )} 24 24, text`,
};

/**
 * The accessibility toolbar's settings (sugam-a11y-toolbar), as attributes on the root. Each attribute also sets a
 * flag custom property (--sugam-a11y-*) that inherits into every shadow root. Inside shadow roots, where page CSS
 * cannot reach, the components apply the same rules (lib/a11y-rules.js) from one shared sheet that follows these
 * attributes; the flags serve their fallback (style container queries) and carry values such as the cursors.
 */
function a11yRules() {
  const root = (attr) => `:root[data-${PREFIX}-a11y-${attr}]`;
  const images = IMAGE_ELEMENTS;
  const pointer = POINTER_ELEMENTS;
  const text = TEXT_ELEMENTS;
  return `/* Accessibility toolbar: set on the root by sugam-a11y-toolbar (or applyA11ySettings). Flags reach shadow roots. */
/* One flag for "some setting is on": the components' fallback hooks (style container queries) test it first. */
:root:is(${['spacing', 'links', 'invert', 'animations'].map((attr) => `[data-${PREFIX}-a11y-${attr}]`).join(', ')}, [data-${PREFIX}-a11y-images='hide'], [data-${PREFIX}-a11y-cursor='large'], [data-${PREFIX}-a11y-saturation='none']) {
  --${PREFIX}-a11y: on;
}
${root('spacing')} {
  --${PREFIX}-a11y-text-spacing: on;
}
${root('spacing')} p {
  margin-block-end: calc(var(--${PREFIX}-paragraph-spacing-factor) * 1em);
}
${root('links')} {
  --${PREFIX}-a11y-links: on;
}
${root('links')} a[href] {
  ${LINK_HIGHLIGHT}
}
:root[data-${PREFIX}-a11y-font='dyslexic'] {
  --${PREFIX}-font-family-latin: var(--${PREFIX}-font-family-dyslexic);
}
:root[data-${PREFIX}-a11y-images='hide'] {
  --${PREFIX}-a11y-images: hide;
}
/* Hidden images keep their space and their text alternative (opacity, not display or visibility). */
:root[data-${PREFIX}-a11y-images='hide'] ${images} {
  opacity: 0 !important;
}
:root[data-${PREFIX}-a11y-images='hide'] body * {
  background-image: none !important;
}
:root[data-${PREFIX}-a11y-cursor='large'] {
  --${PREFIX}-a11y-cursor: large;
  --${PREFIX}-a11y-cursor-default: ${CURSORS.default};
  --${PREFIX}-a11y-cursor-pointer: ${CURSORS.pointer};
  --${PREFIX}-a11y-cursor-text: ${CURSORS.text};
}
:root[data-${PREFIX}-a11y-cursor='large'],
:root[data-${PREFIX}-a11y-cursor='large'] * {
  cursor: var(--${PREFIX}-a11y-cursor-default) !important;
}
:root[data-${PREFIX}-a11y-cursor='large'] ${pointer} {
  cursor: var(--${PREFIX}-a11y-cursor-pointer) !important;
}
:root[data-${PREFIX}-a11y-cursor='large'] ${text} {
  cursor: var(--${PREFIX}-a11y-cursor-text) !important;
}
/* Colour filters on the root element: the root is the one element whose filter does not become the containing block
   of position: fixed descendants. Inverted colours turn hues back (hue-rotate) and photos back (a second inversion). */
${root('invert')} {
  --${PREFIX}-a11y-invert: on;
  --${PREFIX}-a11y-filter-invert: invert(1) hue-rotate(180deg);
}
${root('invert')} ${PHOTO_ELEMENTS} {
  filter: invert(1) hue-rotate(180deg);
}
:root[data-${PREFIX}-a11y-saturation='none'] {
  --${PREFIX}-a11y-filter-saturation: grayscale(1);
}
:root:is([data-${PREFIX}-a11y-invert], [data-${PREFIX}-a11y-saturation='none']) {
  --${PREFIX}-a11y-filter: on;
  filter: var(--${PREFIX}-a11y-filter-invert,) var(--${PREFIX}-a11y-filter-saturation,);
}
/* Modal dialogs sit in the top layer, outside the root's filter: they get the same filter themselves. */
:root:is([data-${PREFIX}-a11y-invert], [data-${PREFIX}-a11y-saturation='none']) :modal {
  filter: var(--${PREFIX}-a11y-filter-invert,) var(--${PREFIX}-a11y-filter-saturation,);
}
/* Pause animations: CSS animations and transitions end at once (0s: no transition runs, so a computed style is final
   at once; Sugam components wait on getAnimations(), never on transitionend), smooth scrolling stops (data-${PREFIX}-motion="reduce" is
   set with it, so the motion tokens are reduced too). */
${root('animations')} {
  --${PREFIX}-a11y-animations: paused;
}
${root('animations')} *,
${root('animations')} *::before,
${root('animations')} *::after {
  ${MOTION_PAUSED}
}
`;
}

function assertSameTokens(byTheme) {
  const [first, ...rest] = THEME_SOURCES;
  const names = [...byTheme[first].keys()].sort().join('\n');
  for (const theme of rest) {
    const other = [...byTheme[theme].keys()].sort().join('\n');
    if (other !== names) {
      const a = new Set(byTheme[first].keys());
      const b = new Set(byTheme[theme].keys());
      const missing = [...a].filter((n) => !b.has(n));
      const extra = [...b].filter((n) => !a.has(n));
      throw new Error(
        `src/theme/${theme}.json must declare the same tokens as ${first}.json. Missing: ${missing.join(', ') || '-'}; extra: ${extra.join(', ') || '-'}`,
      );
    }
  }
}

const FONTS = [
  ['noto-sans', ['latin', 'latin-ext']],
  ['noto-sans-devanagari', ['devanagari']],
  ['noto-sans-bengali', ['bengali']],
  ['noto-sans-gurmukhi', ['gurmukhi']],
  ['noto-sans-gujarati', ['gujarati']],
  ['noto-sans-oriya', ['oriya']],
  ['noto-sans-tamil', ['tamil']],
  ['noto-sans-telugu', ['telugu']],
  ['noto-sans-kannada', ['kannada']],
  ['noto-sans-malayalam', ['malayalam']],
  ['noto-sans-ol-chiki', ['ol-chiki']],
  ['noto-sans-meetei-mayek', ['meetei-mayek']],
  ['noto-naskh-arabic', ['arabic']],
  ['noto-nastaliq-urdu', ['arabic']],
];
const FONT_WEIGHTS = [400, 500, 600, 700];

/**
 * fonts.css: one @font-face per family x script subset x weight, each limited by its unicode-range, so a page
 * downloads only the faces for the characters it shows. The WOFF2 files are copied next to it (dist/fonts/), so the
 * stylesheet works from node_modules, from a bundler and from a plain copy of dist/ on a web server alike.
 * Each script family holds only its script subset; Latin digits and punctuation come from Noto Sans (next in every stack).
 */
async function buildFonts() {
  const require = createRequire(import.meta.url);
  await mkdir(join(dist, 'fonts'), { recursive: true });
  const faces = [];
  for (const [pkg, subsets] of FONTS) {
    const dir = dirname(require.resolve(`@fontsource/${pkg}/package.json`));
    const { family } = JSON.parse(await readFile(join(dir, 'metadata.json'), 'utf8'));
    const ranges = JSON.parse(await readFile(join(dir, 'unicode.json'), 'utf8'));
    await copyFile(join(dir, 'LICENSE'), join(dist, 'fonts', `${pkg}.LICENSE.txt`));
    for (const subset of subsets) {
      for (const weight of FONT_WEIGHTS) {
        const file = `${pkg}-${subset}-${weight}-normal.woff2`;
        await copyFile(join(dir, 'files', file), join(dist, 'fonts', file));
        faces.push(`/* ${pkg} ${subset} ${weight} */
@font-face {
  font-family: '${family}';
  font-style: normal;
  font-display: swap;
  font-weight: ${weight};
  src: url('./fonts/${file}') format('woff2');
  unicode-range: ${ranges[subset].replaceAll(',', ', ')};
}`);
      }
    }
  }
  const header = `/**
 * Sugam fonts: Noto families from @fontsource (SIL Open Font License 1.1, see fonts/*.LICENSE.txt), split by script
 * with unicode-range. Load this beside tokens.css; a page downloads only the faces of the scripts it shows.
 * Do not edit directly, this file was generated by packages/tokens/build.mjs.
 */
`;
  await writeFile(join(dist, 'fonts.css'), header + faces.join('\n') + '\n');
  return faces.length;
}

export async function build() {
  await rm(dist, { recursive: true, force: true });
  await mkdir(dist, { recursive: true });
  const pairs = JSON.parse(await readFile(join(here, 'src/contrast-pairs.json'), 'utf8'));

  // 1. Resolve every theme x brand.
  const json = { json: { transformGroup: 'css', prefix: PREFIX, files: [] } };
  const css = { css: cssPlatform() };
  const themed = {}; // theme → Map(name → css expression), default brand
  const resolved = {}; // theme → brand → { name: value }
  let checked = 0;
  const failures = [];
  for (const theme of THEME_SOURCES) {
    for (const brand of ALL_BRANDS) {
      if (theme === 'forced-colors' && brand !== 'default') continue;
      const sd = await dictionary(theme, brand, { ...css, ...json });
      const cssTokens = await sd.getPlatformTokens('css');
      if (brand === 'default') {
        themed[theme] = new Map(
          cssTokens.allTokens.filter(isThemeToken).map((t) => [t.name, cssExpression(t, cssTokens)]),
        );
      }
      if (theme === 'forced-colors') continue;
      const flat = await sd.getPlatformTokens('json');
      const values = Object.fromEntries(flat.allTokens.filter(isThemeToken).map((t) => [t.name, t.$value]));
      (resolved[theme] ??= {})[brand] = values;
      const result = checkContrast(
        pairs,
        (path) => values[path.replaceAll('.', '-').replace(/^/, `${PREFIX}-`)],
        `${theme} / ${brand}`,
      );
      checked += result.checked;
      failures.push(...result.failures);
    }
  }
  assertSameTokens(themed);

  // 2. tokens.css
  const light = await dictionary('light', 'default', { css: cssPlatform() });
  const tokenTree = JSON.parse(JSON.stringify(light.tokens));
  const baseBlock = await cssBlock(light, ':root', (t) => !isThemeToken(t));
  const brandBlocks = [];
  for (const brand of BRANDS) {
    const sd = await dictionary('light', brand, { css: cssPlatform() });
    brandBlocks.push(await cssBlock(sd, `[${BRAND_ATTR}='${brand}']`, isBrandRamp));
  }
  light.platforms.themed = cssPlatform([
    { destination: 'themed.css', format: 'sugam/css/themed', filter: isThemeToken, options: { themes: themed } },
  ]);
  light.log = { ...light.log, verbosity: 'silent' };
  const [semanticBlock] = await light.formatPlatform('themed');
  const forced = await dictionary('forced-colors', 'default', { css: cssPlatform() });
  const forcedBlock = await cssBlock(forced, SEMANTIC_SCOPE, isThemeToken);
  const known = THEMES.map((t) => `[${THEME_ATTR}='${t}']`).join(', ');

  const tokensCss = `/**
 * Sugam design tokens. Do not edit directly: generated from packages/tokens/src by build.mjs (Style Dictionary).
 *
 * Themes: ${THEME_ATTR}="${THEMES.join('|')}" on <html> or any element; without it, prefers-color-scheme and
 * prefers-contrast decide. forced-colors maps every semantic colour to a system colour.
 * Brands (DBIM colour groups): ${BRAND_ATTR}="${BRANDS.join('|')}" on <html> or any element.
 * Scripts: typography follows lang (:lang()). Accessibility factors: --${PREFIX}-text-scale, --${PREFIX}-line-height-factor,
 * --${PREFIX}-letter-spacing-factor, --${PREFIX}-word-spacing-factor on :root.
 */

/* Base tokens, the default brand ramp and component hooks. */
${baseBlock}
/* Brands: each re-maps only the brand ramp (color.brand.*) that the brand roles read. */
${brandBlocks.join('')}
/* Theme switches: exactly one of them is "initial" (on) on every element; the semantic colours below pick by it. */
:root,
[${THEME_ATTR}='light'] {
${themeToggles('light')}
}
[${THEME_ATTR}='dark'] {
${themeToggles('dark')}
}
[${THEME_ATTR}='high-contrast'] {
${themeToggles('high-contrast')}
}
@media (prefers-color-scheme: dark) {
  :root:not(${known}) {
${themeToggles('dark').replaceAll(/^/gm, '  ')}
  }
}
@media (prefers-contrast: more) {
  :root:not(${known}) {
${themeToggles('high-contrast').replaceAll(/^/gm, '  ')}
  }
}

/* Paper is light: a dark theme (chosen, or the system's) prints in the light theme. High contrast, dark on light,
   prints as it is. */
@media print {
  :root:not([${THEME_ATTR}='high-contrast']),
  [${THEME_ATTR}='dark'] {
${themeToggles('light').replaceAll(/^/gm, '  ')}
  }
}

/* Semantic colours: light, dark and high-contrast values, re-resolved wherever a theme or brand is chosen. */
${semanticBlock.output}
/* Windows High Contrast and other forced-colour modes: system colours. */
@media (forced-colors: active) {
${forcedBlock.replaceAll(/^(?=.)/gm, '  ')}}

/* A themed page or region gets its text and background colours. */
:where(:root, [${THEME_ATTR}]) {
  color: var(--${PREFIX}-color-text-default);
  background-color: var(--${PREFIX}-color-surface-page);
}

${scriptRules(tokenTree)}
${motionRules(tokenTree)}
${a11yRules()}
/* On paper the toolbar's colour filters are off: inverted or grey pages print light and in colour. */
@media print {
  :root:is([data-${PREFIX}-a11y-invert], [data-${PREFIX}-a11y-saturation='none']) {
    --${PREFIX}-a11y-invert: initial;
    --${PREFIX}-a11y-filter: initial;
    --${PREFIX}-a11y-filter-invert: initial;
    --${PREFIX}-a11y-filter-saturation: initial;
    filter: none;
  }
  :root[data-${PREFIX}-a11y-invert] ${PHOTO_ELEMENTS},
  :root:is([data-${PREFIX}-a11y-invert], [data-${PREFIX}-a11y-saturation='none']) :modal {
    filter: none;
  }
}
`;
  await writeFile(join(dist, 'tokens.css'), tokensCss);

  // 3. JS, TS and flat JSON (light theme, default brand), themes.json, contrast pairs, fonts.
  const files = new StyleDictionary(
    styleDictionaryConfig({
      source: sources('light', 'default'),
      platforms: {
        js: {
          transformGroup: 'js',
          buildPath: `${dist}/`,
          files: [
            { destination: 'tokens.js', format: 'javascript/es6' },
            { destination: 'tokens.d.ts', format: 'typescript/es6-declarations' },
          ],
        },
        json: {
          transformGroup: 'css',
          prefix: PREFIX,
          buildPath: `${dist}/`,
          files: [{ destination: 'tokens.json', format: 'json/flat' }],
        },
      },
    }),
  );
  await files.buildAllPlatforms();
  await writeFile(join(dist, 'themes.json'), JSON.stringify(resolved, null, 2) + '\n');
  await copyFile(join(here, 'src/contrast-pairs.json'), join(dist, 'contrast-pairs.json'));
  const faces = await buildFonts();

  if (failures.length) {
    throw new Error(
      `Contrast: ${failures.length} of ${checked} pairs fail:\n${failures.map((f) => `  ${f.message}`).join('\n')}`,
    );
  }
  console.log(
    `\n@sugam/tokens: ${relative(process.cwd(), dist) || 'dist'} built; contrast: ${checked} pairs pass (${THEMES.length} themes x ${ALL_BRANDS.length} brands); fonts.css: ${faces} faces.`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await build();
}
