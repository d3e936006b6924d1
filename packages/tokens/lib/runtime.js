// Runtime guard for the token attributes: data-sugam-theme and data-sugam-brand.
// The CSS already falls back on its own (an unknown value matches no theme or brand rule, so the element keeps the
// default, or its parent's choice); this module adds the one console warning the design asks for, and helpers
// that set or clear the attributes safely.

/** Themes chosen with data-sugam-theme. Without the attribute, the system preference decides. */
export const THEMES = Object.freeze(['light', 'dark', 'high-contrast']);
/** DBIM colour groups chosen with data-sugam-brand. Without the attribute, the UX4G primary (violet) is used. */
export const BRANDS = Object.freeze(['blue', 'burgundy', 'purple', 'green', 'chrome-yellow', 'cinnamon-red']);

const ATTRIBUTES = Object.freeze({
  'data-sugam-theme': { values: THEMES, fallback: 'the system theme (prefers-color-scheme / prefers-contrast)' },
  'data-sugam-brand': { values: BRANDS, fallback: 'the default brand' },
});

const warned = new Set();
const observed = new WeakMap();

/** Warns once per attribute and unknown value. Returns true when the value is known (or empty/absent). */
function check(attribute, value) {
  if (value === null || value === '' || ATTRIBUTES[attribute].values.includes(value)) return true;
  const key = `${attribute}=${value}`;
  if (!warned.has(key)) {
    warned.add(key);
    const { values, fallback } = ATTRIBUTES[attribute];
    console.warn(`[sugam] Unknown ${attribute}="${value}"; using ${fallback}. Expected one of: ${values.join(', ')}.`);
  }
  return false;
}

/** The theme to use for a value: a known theme, or null (= the default, the system preference). Warns once if unknown. */
export function resolveTheme(value) {
  return value != null && check('data-sugam-theme', value) && value !== '' ? value : null;
}

/** The brand to use for a value: a known brand, or null (= the default brand). Warns once if unknown. */
export function resolveBrand(value) {
  return value != null && check('data-sugam-brand', value) && value !== '' ? value : null;
}

/** Sets data-sugam-theme on an element (default: <html>); an unknown value or null/'auto' removes it. */
export function setTheme(value, element = document.documentElement) {
  const theme = value === 'auto' ? null : resolveTheme(value);
  if (theme) element.setAttribute('data-sugam-theme', theme);
  else element.removeAttribute('data-sugam-theme');
  return theme;
}

/** Sets data-sugam-brand on an element (default: <html>); an unknown value or null/'default' removes it. */
export function setBrand(value, element = document.documentElement) {
  const brand = value === 'default' ? null : resolveBrand(value);
  if (brand) element.setAttribute('data-sugam-brand', brand);
  else element.removeAttribute('data-sugam-brand');
  return brand;
}

/** Checks every theme and brand attribute under (and on) a root once. */
export function checkTokenAttributes(root = document.documentElement) {
  const names = Object.keys(ATTRIBUTES);
  const elements = [root, ...root.querySelectorAll(names.map((n) => `[${n}]`).join(','))];
  for (const el of elements) {
    if (!(el instanceof Element)) continue;
    for (const name of names) if (el.hasAttribute(name)) check(name, el.getAttribute(name));
  }
}

/**
 * Checks now and whenever a theme or brand attribute changes under the root (one MutationObserver per root,
 * however often it is called). Returns a function that stops watching.
 */
export function watchTokenAttributes(root = document.documentElement) {
  const existing = observed.get(root);
  if (existing) return existing.stop;
  checkTokenAttributes(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes' && record.target instanceof Element) {
        const name = /** @type {string} */ (record.attributeName);
        const value = record.target.getAttribute(name);
        if (value !== null) check(name, value);
      } else {
        for (const node of record.addedNodes) if (node instanceof Element) checkTokenAttributes(node);
      }
    }
  });
  observer.observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: Object.keys(ATTRIBUTES),
  });
  const stop = () => {
    observer.disconnect();
    observed.delete(root);
  };
  observed.set(root, { stop });
  return stop;
}
