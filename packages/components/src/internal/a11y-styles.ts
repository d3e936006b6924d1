import { css, unsafeCSS, type CSSResultGroup } from 'lit';
import { A11Y_APPLIED_EVENT } from './a11y-settings.js';

/** Elements a pointer activates (large pointer cursor). */
const POINTER = `:is(a[href], button, summary, label, select, [role='button'], [role='link'], [role='tab'], [role='option'], [role='checkbox'], [role='radio'], [role='switch'], [role='menuitem'], input:is([type='checkbox'], [type='radio'], [type='button'], [type='submit'], [type='reset'], [type='file'])):not(:disabled)`;
/** Elements that take typed text (large text cursor). */
const TEXT = `:is(input:not([type]), input:is([type='text'], [type='search'], [type='email'], [type='tel'], [type='url'], [type='password'], [type='number']), textarea, [contenteditable=''], [contenteditable='true'])`;

/**
 * The accessibility toolbar's settings inside shadow roots, where page CSS cannot reach: one entry per setting,
 * `[attribute on the root, value it must have (or '' for any), rules]`. tokens.css turns the same root attributes
 * into inherited tokens (`--sugam-a11y-cursor-default`, `--sugam-letter-spacing`, …) that these rules read.
 * `!important` only while a setting is on: it is what the visitor asked for.
 */
const SETTINGS: readonly (readonly [string, string, string])[] = [
  [
    'spacing',
    '',
    `:host, * {
      letter-spacing: var(--sugam-letter-spacing) !important;
      word-spacing: var(--sugam-word-spacing) !important;
    }`,
  ],
  [
    'links',
    '',
    `a[href] {
      color: var(--sugam-color-feedback-warning-text) !important;
      background-color: var(--sugam-color-feedback-warning-surface) !important;
      text-decoration-line: underline !important;
      text-decoration-thickness: max(2px, 0.1em) !important;
      text-underline-offset: 0.2em !important;
    }`,
  ],
  ['images', 'hide', `img, picture, video, canvas, svg[role='img'] { opacity: 0 !important; }`],
  ['invert', '', `img, video, canvas, svg[role='img'] { filter: invert(1) hue-rotate(180deg); }`],
  ['filter', '', `:modal { filter: var(--sugam-a11y-filter-invert,) var(--sugam-a11y-filter-saturation,); }`],
  [
    'cursor',
    'large',
    `:host, * { cursor: var(--sugam-a11y-cursor-default) !important; }
    ${POINTER} { cursor: var(--sugam-a11y-cursor-pointer) !important; }
    ${TEXT} { cursor: var(--sugam-a11y-cursor-text) !important; }`,
  ],
  [
    'animations',
    '',
    `*, *::before, *::after {
      animation-delay: 0s !important;
      animation-duration: 0s !important;
      animation-iteration-count: 1 !important;
      transition-delay: 0s !important;
      transition-duration: 0s !important;
      scroll-behavior: auto !important;
    }`,
  ],
];

/** Whether a root attribute turns a setting on (`filter` stands for inverted colours or greyscale, both filters). */
function settingOn(root: Element, name: string, value: string): boolean {
  if (name === 'filter') {
    return root.hasAttribute('data-sugam-a11y-invert') || root.getAttribute('data-sugam-a11y-saturation') === 'none';
  }
  const attribute = root.getAttribute(`data-sugam-a11y-${name}`);
  return attribute !== null && (value === '' || attribute === value);
}

const ATTRIBUTES = ['spacing', 'links', 'images', 'invert', 'saturation', 'cursor', 'animations'].map(
  (name) => `data-sugam-a11y-${name}`,
);

/**
 * One style sheet adopted by every Sugam shadow root, holding the rules of the settings that are on and nothing
 * otherwise: a page without settings pays nothing per element (an empty sheet), and a change rewrites this one
 * sheet, which every shadow root shares. (Style container queries on inherited flags did the same inside each
 * root at ~12% of the render benchmark, and Firefox has none.)
 */
const sheet =
  typeof document !== 'undefined' && typeof CSSStyleSheet !== 'undefined' && 'replaceSync' in CSSStyleSheet.prototype
    ? new CSSStyleSheet()
    : undefined;
let applied = '';

/**
 * Brings the shared sheet in line with the root's `data-sugam-a11y-*` attributes. Runs when this module loads,
 * whenever those attributes change (one observer), and at once from `applyA11ySettings`, so a setting is visible
 * inside shadow roots in the same task.
 */
export function syncA11yStyles(): void {
  if (!sheet) return;
  const root = document.documentElement;
  const text = SETTINGS.filter(([name, value]) => settingOn(root, name, value))
    .map(([, , rules]) => rules)
    .join('\n');
  if (text === applied) return;
  applied = text;
  sheet.replaceSync(text);
}

if (sheet) {
  syncA11yStyles();
  new MutationObserver(syncA11yStyles).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ATTRIBUTES,
  });
  globalThis.addEventListener(A11Y_APPLIED_EVENT, syncA11yStyles);
}

/**
 * The settings' rules for a component's `static styles`: the shared live sheet where shadow roots adopt style
 * sheets, else (server rendering, browsers without constructable sheets) the same rules behind style container
 * queries on the inherited flags tokens.css sets.
 */
export const a11yHostStyles: CSSResultGroup =
  sheet ??
  css`
    @container style(--sugam-a11y: on) {
      ${unsafeCSS(
        SETTINGS.map(([name, value, rules]) => {
          const flag = name === 'spacing' ? 'text-spacing' : name;
          return `@container style(--sugam-a11y-${flag}: ${value || (name === 'animations' ? 'paused' : 'on')}) { ${rules} }`;
        }).join('\n'),
      )}
    }
  `;
