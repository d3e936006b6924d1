import { findLocale, getFallbackChain, toLatinDigits } from '@sugam/i18n';
import { placePopup } from '../internal/popup.js';

/**
 * One choice of a `<sugam-select>` or `<sugam-combobox>`. It is data, not drawn itself: the control reads its
 * value, label, `disabled`, `selected` and `lang`, and draws the option inside its own shadow root (so the
 * listbox, its options and `aria-activedescendant` share one tree). A native `<option>` child works the same way.
 *
 * ```html
 * <sugam-select label="State">
 *   <sugam-option value="MH">Maharashtra</sugam-option>
 *   <sugam-option value="TN" lang="ta">தமிழ்நாடு</sugam-option>
 * </sugam-select>
 * ```
 *
 * @summary A choice of a select or combobox (value + text label); read by its parent, never rendered itself.
 * @status stable
 * @since 0.1.0
 *
 * @attr value - The value submitted when this option is chosen. Defaults to the label text.
 * @attr label - Text shown for the option, when it should differ from the element's text.
 * @attr disabled - The option is shown but cannot be chosen.
 * @attr selected - The option is chosen initially (and again after a form reset).
 * @attr lang - The language of the label (e.g. each language's own name in a language picker).
 */
/** The platform's HTMLElement; where a server imports this module (no DOM, nothing drawn there), a plain class. */
const ElementBase: typeof HTMLElement = globalThis.HTMLElement ?? (class {} as unknown as typeof HTMLElement);

export class SugamOption extends ElementBase {
  /** The value submitted when chosen: the `value` attribute, else the label. */
  get value(): string {
    return this.getAttribute('value') ?? this.label;
  }
  set value(value: string) {
    this.setAttribute('value', value);
  }

  /** The text shown: the `label` attribute, else the element's text with white space collapsed. */
  get label(): string {
    return this.getAttribute('label') ?? collapse(this.textContent);
  }

  get disabled(): boolean {
    return this.hasAttribute('disabled');
  }
  set disabled(disabled: boolean) {
    this.toggleAttribute('disabled', disabled);
  }
}

/** What a select or combobox knows of one option. */
export interface OptionData {
  value: string;
  label: string;
  disabled: boolean;
  /** Chosen initially (the `selected` attribute). */
  selected: boolean;
  /** The label's own language, when it differs from the control's. */
  lang: string | undefined;
  /** Position among the children: a stable id for the drawn option. */
  index: number;
}

const collapse = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The `<sugam-option>` and native `<option>` children of a control, in document order. */
export function readOptions(host: Element): OptionData[] {
  const options: OptionData[] = [];
  for (const child of host.children) {
    if (child.localName !== 'sugam-option' && child.localName !== 'option') continue;
    const label = child.getAttribute('label') ?? collapse(child.textContent);
    options.push({
      value: child.getAttribute('value') ?? label,
      label,
      disabled: child.hasAttribute('disabled'),
      selected: child.hasAttribute('selected'),
      lang: child.getAttribute('lang') || undefined,
      index: options.length,
    });
  }
  return options;
}

/**
 * Watches a control's children (added, removed, relabelled options) and calls back once per batch of changes.
 * Returns the function that stops watching.
 */
export function watchOptions(host: Element, callback: () => void): () => void {
  // The control's own attributes (open, value, …) are not its options.
  const observer = new MutationObserver((records) => {
    if (records.some((r) => r.target !== host || r.type !== 'attributes')) callback();
  });
  observer.observe(host, { childList: true, subtree: true, characterData: true, attributes: true });
  return () => observer.disconnect();
}

/** Combining marks of Latin, Greek and Cyrillic (accents), dropped when folding; Indic vowel signs are kept. */
const LATIN_MARKS: readonly [number, number][] = [
  [0x300, 0x36f],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20ff],
  [0xfe20, 0xfe2f],
];
/** Zero-width non-joiner and joiner: typed inconsistently (ന്‍ vs ൻ), they never decide a match. */
const JOINERS = [0x200c, 0x200d];

function dropMarks(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (JOINERS.includes(code) || LATIN_MARKS.some(([from, to]) => code >= from && code <= to)) continue;
    out += char;
  }
  return out;
}

/**
 * The form of a text that matching compares: compatibility-decomposed (NFKD, so ﬁ = fi and full-width = ASCII),
 * without Latin accents (é = e) and zero-width joiners, lower case, with digits of every Indian script read as
 * ASCII (१२ = 12), recomposed (NFC). Indic vowel signs (matras), viramas and nuktas are kept: कि ≠ क, क़ ≠ क.
 */
export function fold(text: string): string {
  return toLatinDigits(dropMarks(text.normalize('NFKD')))
    .toLowerCase()
    .normalize('NFC');
}

/** How well a label starts with what was typed: 0 not at all, 1 ending inside a cluster (क for क्ष), 2 whole clusters. */
export function prefixMatch(label: string, typed: string, lang?: string): 0 | 1 | 2 {
  const text = label.normalize('NFC').toLowerCase();
  const query = typed.normalize('NFC').toLowerCase();
  if (!query || !toLatinDigits(text).startsWith(toLatinDigits(query))) return 0;
  let end = 0;
  for (const { segment } of segmenter(lang).segment(text)) {
    end += segment.length;
    if (end === query.length) return 2;
    if (end > query.length) return 1;
  }
  return 1;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang = 'en'): Intl.Segmenter {
  let found = segmenters.get(lang);
  if (!found) {
    found = new Intl.Segmenter(lang, { granularity: 'grapheme' });
    segmenters.set(lang, found);
  }
  return found;
}

const collators = new Map<string, Intl.Collator>();

/**
 * A collator for a shipped locale: its CLDR locale when the browser has that collation, else the first of its
 * fallback chain the browser has (Maithili sorts as Hindi), else the root collation (code point order within a
 * script). Numbers inside labels sort by value (Ward 2 before Ward 10); case and accents are secondary.
 */
export function collatorFor(lang: string): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) {
    const locale = findLocale(lang);
    const candidates = locale ? [locale.cldr, ...getFallbackChain(locale.code)] : [lang];
    const supported = candidates.find((tag) => {
      try {
        // Language-level support: Chromium answers "hi" for "hi-IN", nothing for a language it lacks (mai).
        const [found] = Intl.Collator.supportedLocalesOf(tag);
        return found !== undefined && new Intl.Locale(found).language === new Intl.Locale(tag).language;
      } catch {
        return false;
      }
    });
    collator = new Intl.Collator(supported ?? 'und', { numeric: true, sensitivity: 'variant' });
    collators.set(lang, collator);
  }
  return collator;
}

/**
 * Shows or hides a control's popup (a manual popover) next to its box, lined up with the box's start edge in the
 * control's direction: by CSS anchor positioning, or (right to left, or without it) placed from the box's
 * position, below it or above when there is more room there, and again when the page scrolls (see `placePopup`).
 */
export function syncPopup(popup: HTMLElement | null, box: HTMLElement | null, open: boolean): void {
  if (!popup || !box || !popup.isConnected) return;
  const shown = popup.matches(':popover-open');
  if (open && !shown) {
    popup.showPopover();
    placePopup(popup, box, { align: 'start', matchWidth: true });
  } else if (!open && shown) {
    popup.hidePopover();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-option': SugamOption;
  }
}
