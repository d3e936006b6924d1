// WCAG 2.x contrast checking for declared token pairs. Plain ES module: runs in Node (the build) and in browsers (tests).

/** Minimum contrast ratio per kind of pair: text (WCAG 1.4.3), large text, non-text UI parts (WCAG 1.4.11). */
export const MINIMUM_RATIO = Object.freeze({ text: 4.5, 'large-text': 3, ui: 3 });

/** The custom property a token path builds to: `color.text.default` → `--sugam-color-text-default`. */
export function cssVariable(path) {
  return `--sugam-${path.replaceAll('.', '-')}`;
}

/**
 * Parses `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb()`/`rgba()` (comma or space syntax) into [r, g, b, a]
 * with r, g, b in 0..255 and a in 0..1. Returns null for anything else (system colours, keywords).
 */
export function parseColor(input) {
  const value = String(input).trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(value);
  if (hex) {
    let digits = hex[1];
    if (digits.length <= 4) digits = [...digits].map((d) => d + d).join('');
    const n = digits.match(/../g).map((h) => parseInt(h, 16));
    return [n[0], n[1], n[2], n.length === 4 ? n[3] / 255 : 1];
  }
  const fn = /^rgba?\(([^)]*)\)$/.exec(value);
  if (fn) {
    const parts = fn[1].split(/[\s,/]+/).filter(Boolean);
    if (parts.length < 3) return null;
    const channel = (p) => (p.endsWith('%') ? (parseFloat(p) * 255) / 100 : parseFloat(p));
    const alpha =
      parts[3] === undefined ? 1 : parts[3].endsWith('%') ? parseFloat(parts[3]) / 100 : parseFloat(parts[3]);
    const rgba = [channel(parts[0]), channel(parts[1]), channel(parts[2]), alpha];
    return rgba.some((c) => Number.isNaN(c)) ? null : rgba;
  }
  return null;
}

/** WCAG relative luminance of an sRGB colour. */
export function relativeLuminance([r, g, b]) {
  const lin = (c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Contrast ratio (1..21) of two colours; a translucent foreground is first composited over the background. */
export function contrastRatio(foreground, background) {
  const fg = typeof foreground === 'string' ? parseColor(foreground) : foreground;
  const bg = typeof background === 'string' ? parseColor(background) : background;
  if (!fg || !bg) throw new Error(`Cannot compute contrast of "${foreground}" on "${background}"`);
  const a = fg[3] ?? 1;
  const over = [0, 1, 2].map((i) => fg[i] * a + bg[i] * (1 - a));
  const l1 = relativeLuminance(over);
  const l2 = relativeLuminance(bg);
  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}

/** Expands the declared pairs (each with lists of fg and bg token paths) into single fg/bg checks. */
export function expandPairs(declaration) {
  const list = Array.isArray(declaration) ? declaration : declaration.pairs;
  const out = [];
  for (const pair of list) {
    const minimum = MINIMUM_RATIO[pair.kind];
    if (minimum === undefined) throw new Error(`Unknown contrast pair kind "${pair.kind}"`);
    for (const fg of [pair.fg].flat()) {
      for (const bg of [pair.bg].flat()) out.push({ fg, bg, kind: pair.kind, minimum, note: pair.note ?? '' });
    }
  }
  return out;
}

/**
 * Checks every pair with colours from `resolve(tokenPath)` (a CSS colour string).
 * Returns how many pairs were checked, every result, and the failures (too low, or a colour that did not resolve).
 */
export function checkContrast(declaration, resolve, context = '') {
  const results = expandPairs(declaration).map((pair) => {
    const fgValue = resolve(pair.fg);
    const bgValue = resolve(pair.bg);
    let ratio = 0;
    let error = '';
    try {
      ratio = contrastRatio(fgValue, bgValue);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const pass = !error && ratio >= pair.minimum;
    const where = context ? `${context}: ` : '';
    const message = error
      ? `${where}${pair.fg} on ${pair.bg}: ${error}`
      : `${where}${pair.fg} (${fgValue}) on ${pair.bg} (${bgValue}) is ${ratio.toFixed(2)}:1, needs ${pair.minimum}:1 (${pair.kind})`;
    return { ...pair, fgValue, bgValue, ratio, pass, message };
  });
  return { checked: results.length, results, failures: results.filter((r) => !r.pass) };
}
