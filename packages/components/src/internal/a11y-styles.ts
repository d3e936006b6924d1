import { css, unsafeCSS, type CSSResultGroup } from 'lit';
import {
  IMAGE_ELEMENTS,
  LINK_HIGHLIGHT,
  MOTION_PAUSED,
  PHOTO_ELEMENTS,
  POINTER_ELEMENTS,
  TEXT_ELEMENTS,
} from '@sugam/tokens/a11y-rules';
import { A11Y_APPLIED_EVENT } from './a11y-settings.js';

/**
 * The accessibility toolbar's settings inside shadow roots, where page CSS cannot reach: one entry per setting,
 * `[attribute on the root, value it must have (or '' for any), rules]`. tokens.css turns the same root attributes
 * into inherited tokens (`--sugam-a11y-cursor-default`, `--sugam-letter-spacing`, …) that these rules read, and
 * applies the same selectors and declarations to the page (@sugam/tokens/a11y-rules is their one source).
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
  ['links', '', `a[href] { ${LINK_HIGHLIGHT} }`],
  ['images', 'hide', `${IMAGE_ELEMENTS} { opacity: 0 !important; }`],
  ['invert', '', `${PHOTO_ELEMENTS} { filter: invert(1) hue-rotate(180deg); }`],
  ['filter', '', `:modal { filter: var(--sugam-a11y-filter-invert,) var(--sugam-a11y-filter-saturation,); }`],
  [
    'cursor',
    'large',
    `:host, * { cursor: var(--sugam-a11y-cursor-default) !important; }
    ${POINTER_ELEMENTS}:not(:disabled) { cursor: var(--sugam-a11y-cursor-pointer) !important; }
    ${TEXT_ELEMENTS} { cursor: var(--sugam-a11y-cursor-text) !important; }`,
  ],
  ['animations', '', `*, *::before, *::after { ${MOTION_PAUSED} }`],
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
