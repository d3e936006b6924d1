/**
 * The visitor's accessibility settings, shared by `<sugam-identity-bar>` (text size − / reset / +) and
 * `<sugam-a11y-toolbar>`: one setting, one storage place, so both always show and change the same value.
 *
 * Stored as JSON in `localStorage['sugam-a11y']`:
 *
 * ```json
 * { "textScale": 1.125 }
 * ```
 *
 * - `textScale` (number, default 1): multiplies every Sugam font size through `--sugam-text-scale` on the
 *   document root. The identity bar and the toolbar step through {@link TEXT_SCALE_STEPS}; any value from 0.5 to 3 is kept.
 * - Other fields (the toolbar's own settings, {@link A11yToolbarSettings}: `lineHeight`, `textSpacing`,
 *   `highlightLinks`, `readingFont`, `hideImages`, `largeCursor`, `theme`, `invert`, `desaturate`, `pauseAnimations`,
 *   `readingMask`) are kept as they are: `writeA11ySettings` merges, never replaces.
 *
 * Every write fires `sugam-a11y-change` on `window` (detail: the full settings) so that other components update;
 * a change made in another tab arrives as the browser's `storage` event (key `sugam-a11y`). Storage that is
 * unavailable (private mode, a sandboxed frame) or holds bad JSON never throws: defaults are used.
 */
export interface A11ySettings {
  /** Font-size multiplier applied as `--sugam-text-scale` on the root. 1 is the default size. */
  textScale: number;
  /** Fields the accessibility toolbar adds (see {@link A11yToolbarSettings}); kept untouched by writes of other fields. */
  [field: string]: unknown;
}

export const A11Y_STORAGE_KEY = 'sugam-a11y';
export const A11Y_CHANGE_EVENT = 'sugam-a11y-change';
/** Fired on `window` each time settings are applied to the document root (internal: the shared sheet listens). */
export const A11Y_APPLIED_EVENT = 'sugam-a11y-applied';
/** Text-size steps shared by the identity bar's A− / A / A+ buttons and the toolbar: 87.5% to 200% (WCAG 1.4.4). */
export const TEXT_SCALE_STEPS = [0.875, 1, 1.125, 1.25, 1.5, 1.75, 2] as const;
const MIN_SCALE = 0.5;
const MAX_SCALE = 3;

function validScale(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= MIN_SCALE && value <= MAX_SCALE ? value : 1;
}

/** The stored settings, with defaults for anything missing or invalid. */
export function readA11ySettings(): A11ySettings {
  let stored: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(A11Y_STORAGE_KEY) ?? '{}');
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) stored = parsed as Record<string, unknown>;
  } catch {
    // Unavailable storage or bad JSON: defaults.
  }
  return { ...stored, textScale: validScale(stored.textScale) };
}

/**
 * Merges `partial` into the stored settings, saves them, applies them to the document root and announces the
 * change (`sugam-a11y-change` on `window`). Returns the new settings.
 */
export function writeA11ySettings(partial: Partial<A11ySettings>): A11ySettings {
  const settings: A11ySettings = { ...readA11ySettings(), ...partial };
  settings.textScale = validScale(settings.textScale);
  try {
    globalThis.localStorage?.setItem(A11Y_STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Storage full or blocked: the setting still applies to this page.
  }
  if (typeof document !== 'undefined') applyA11ySettings(document.documentElement, settings);
  globalThis.dispatchEvent?.(new CustomEvent(A11Y_CHANGE_EVENT, { detail: settings }));
  return settings;
}

/**
 * Applies the settings (by default the stored ones) to `root`, normally `document.documentElement`: sets
 * `--sugam-text-scale` (removed at the default of 1, so the tokens' own value applies), then the toolbar's fields
 * ({@link applyToolbarSettings}). Uses the CSSOM, which a strict Content-Security-Policy allows.
 */
export function applyA11ySettings(root: HTMLElement, settings: A11ySettings = readA11ySettings()): void {
  const scale = validScale(settings.textScale);
  if (scale === 1) root.style.removeProperty('--sugam-text-scale');
  else root.style.setProperty('--sugam-text-scale', String(scale));
  applyToolbarSettings(root, settings);
}

// ---------------------------------------------------------------------------------------------------------------
// The accessibility toolbar's fields (<sugam-a11y-toolbar>). Each one is applied on the root as an attribute
// (`data-sugam-a11y-*`, read by rules in tokens.css) or a token (`--sugam-*-factor`), and tokens.css turns every
// attribute into an inherited flag (`--sugam-a11y-*`) that the components' shared host styles read inside their
// shadow roots (internal/a11y-styles.ts, one sheet shared by all of them), where page CSS cannot reach.
// ---------------------------------------------------------------------------------------------------------------

/** Themes the toolbar can choose (`data-sugam-theme`); `null` keeps the page's own theme, or the system's. */
export const A11Y_THEMES = ['light', 'dark', 'high-contrast'] as const;
export type A11yTheme = (typeof A11Y_THEMES)[number];

/** Line-height steps: multipliers of every per-script line height (`--sugam-line-height-factor`). */
export const LINE_HEIGHT_STEPS = [1, 1.25, 1.5, 1.75, 2] as const;
/**
 * Text-spacing levels (0 = off): em of letter spacing (Latin text only; other scripts keep 0), word spacing and
 * space after paragraphs. The top level is WCAG 1.4.12's: 0.12, 0.16 and 2.
 */
export const TEXT_SPACING_STEPS = [
  { letter: 0, word: 0, paragraph: 0 },
  { letter: 0.04, word: 0.06, paragraph: 1 },
  { letter: 0.08, word: 0.11, paragraph: 1.5 },
  { letter: 0.12, word: 0.16, paragraph: 2 },
] as const;

/** The toolbar's fields with their defaults. */
export interface A11yToolbarSettings {
  /** Multiplier of every line height (one of {@link LINE_HEIGHT_STEPS}). */
  lineHeight: number;
  /** Text-spacing level, an index into {@link TEXT_SPACING_STEPS}. */
  textSpacing: number;
  /** Underlines and highlights every link. */
  highlightLinks: boolean;
  /** Reading font (dyslexia-friendly) for Latin text. */
  readingFont: boolean;
  /** Hides images (they keep their space and text alternative). */
  hideImages: boolean;
  /** A large mouse pointer. */
  largeCursor: boolean;
  /** The colour theme, or null for the page's own. */
  theme: A11yTheme | null;
  /** Inverted colours (photos stay as they are). */
  invert: boolean;
  /** Greyscale. */
  desaturate: boolean;
  /** Ends CSS animations and transitions and sets `data-sugam-motion="reduce"`. */
  pauseAnimations: boolean;
  /** A reading band that follows the pointer or the focus and dims the rest (drawn by the toolbar). */
  readingMask: boolean;
}

export const A11Y_TOOLBAR_DEFAULTS: Readonly<A11yToolbarSettings> = Object.freeze({
  lineHeight: 1,
  textSpacing: 0,
  highlightLinks: false,
  readingFont: false,
  hideImages: false,
  largeCursor: false,
  theme: null,
  invert: false,
  desaturate: false,
  pauseAnimations: false,
  readingMask: false,
});

const BOOLEAN_FIELDS = [
  'highlightLinks',
  'readingFont',
  'hideImages',
  'largeCursor',
  'invert',
  'desaturate',
  'pauseAnimations',
  'readingMask',
] as const;

/** The toolbar's fields of stored settings, each checked: anything missing or invalid is its default. */
export function toolbarSettings(stored: Record<string, unknown>): A11yToolbarSettings {
  const out: A11yToolbarSettings = { ...A11Y_TOOLBAR_DEFAULTS };
  if ((LINE_HEIGHT_STEPS as readonly unknown[]).includes(stored.lineHeight))
    out.lineHeight = stored.lineHeight as number;
  const spacing = stored.textSpacing;
  if (typeof spacing === 'number' && Number.isInteger(spacing) && spacing >= 0 && spacing < TEXT_SPACING_STEPS.length)
    out.textSpacing = spacing;
  for (const field of BOOLEAN_FIELDS) out[field] = stored[field] === true;
  if ((A11Y_THEMES as readonly unknown[]).includes(stored.theme)) out.theme = stored.theme as A11yTheme;
  return out;
}

/** Attributes the toolbar set on a root, with the value the page had before, so that turning off restores it. */
const ownedAttributes = new WeakMap<Element, Map<string, string | null>>();

/** Sets an attribute the page may also set itself (theme, motion); `null` gives the page's own value back. */
function setShared(root: Element, name: string, value: string | null): void {
  let owned = ownedAttributes.get(root);
  if (!owned) ownedAttributes.set(root, (owned = new Map()));
  if (value !== null) {
    if (!owned.has(name)) owned.set(name, root.getAttribute(name));
    root.setAttribute(name, value);
  } else if (owned.has(name)) {
    const original = owned.get(name) ?? null;
    owned.delete(name);
    if (original === null) root.removeAttribute(name);
    else root.setAttribute(name, original);
  }
}

function setFlag(root: Element, name: string, value: string | false): void {
  if (value === false) root.removeAttribute(name);
  else root.setAttribute(name, value);
}

function setToken(root: HTMLElement, name: string, value: number, fallback: number): void {
  if (value === fallback) root.style.removeProperty(name);
  else root.style.setProperty(name, String(value));
}

/** Applies the toolbar's fields to the root (called by {@link applyA11ySettings}). */
export function applyToolbarSettings(root: HTMLElement, stored: Record<string, unknown>): void {
  const s = toolbarSettings(stored);
  setToken(root, '--sugam-line-height-factor', s.lineHeight, 1);
  const spacing = TEXT_SPACING_STEPS[s.textSpacing];
  setToken(root, '--sugam-letter-spacing-factor', spacing.letter, 0);
  setToken(root, '--sugam-word-spacing-factor', spacing.word, 0);
  setToken(root, '--sugam-paragraph-spacing-factor', spacing.paragraph, 0);
  setFlag(root, 'data-sugam-a11y-spacing', s.textSpacing > 0 && String(s.textSpacing));
  setFlag(root, 'data-sugam-a11y-links', s.highlightLinks && '');
  setFlag(root, 'data-sugam-a11y-font', s.readingFont && 'dyslexic');
  setFlag(root, 'data-sugam-a11y-images', s.hideImages && 'hide');
  setFlag(root, 'data-sugam-a11y-cursor', s.largeCursor && 'large');
  setFlag(root, 'data-sugam-a11y-invert', s.invert && '');
  setFlag(root, 'data-sugam-a11y-saturation', s.desaturate && 'none');
  setFlag(root, 'data-sugam-a11y-animations', s.pauseAnimations && 'paused');
  setFlag(root, 'data-sugam-a11y-reading-mask', s.readingMask && '');
  setShared(root, 'data-sugam-motion', s.pauseAnimations ? 'reduce' : null);
  setShared(root, 'data-sugam-theme', s.theme);
  // The shadow roots' shared sheet (a11y-styles.ts) follows the new attributes now, not at its observer's turn.
  if (root === root.ownerDocument.documentElement) globalThis.dispatchEvent?.(new Event(A11Y_APPLIED_EVENT));
}

/** Forgets every setting (removes the stored JSON), applies the defaults and announces the change. */
export function resetA11ySettings(): A11ySettings {
  try {
    globalThis.localStorage?.removeItem(A11Y_STORAGE_KEY);
  } catch {
    // Storage blocked: the defaults still apply to this page.
  }
  const settings: A11ySettings = { textScale: 1, ...A11Y_TOOLBAR_DEFAULTS };
  if (typeof document !== 'undefined') applyA11ySettings(document.documentElement, settings);
  globalThis.dispatchEvent?.(new CustomEvent(A11Y_CHANGE_EVENT, { detail: settings }));
  return settings;
}

/**
 * Whether motion should stop: the visitor's system setting, or "Pause animations" (`data-sugam-motion="reduce"` on
 * an ancestor). Components that animate from script (not CSS) check this before they start.
 */
export function motionReduced(element: Element = document.documentElement): boolean {
  return (
    globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true ||
    element.closest('[data-sugam-motion="reduce"]') !== null
  );
}
