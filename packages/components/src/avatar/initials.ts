/** Vowel killers (virama, halant, Meetei Mayek apun iyek): a cluster ending in one joins the next consonant. */
const JOINER_END = /[\u094D\u09CD\u0A4D\u0ACD\u0B4D\u0BCD\u0C4D\u0CCD\u0D4D\uABED\u200D]$/u;

/** The grapheme clusters of `text`: what a reader sees as one letter ("श्री", "क्ष", "ணி"), never code units. */
function graphemes(text: string, lang?: string): string[] {
  let parts: string[];
  if (typeof Intl.Segmenter === 'function') {
    let segmenter: Intl.Segmenter;
    try {
      segmenter = new Intl.Segmenter(lang, { granularity: 'grapheme' });
    } catch {
      segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    }
    parts = [...segmenter.segment(text)].map((s) => s.segment);
  } else {
    // Without Intl.Segmenter: a base character with its combining marks.
    parts = text.match(/\P{M}\p{M}*/gu) ?? [];
  }
  // ICU before Unicode 15.1 splits conjuncts after the virama ("श्" + "री"); join them as readers see them.
  const joined: string[] = [];
  for (const part of parts) {
    const last = joined.length - 1;
    if (last >= 0 && JOINER_END.test(joined[last])) joined[last] += part;
    else joined.push(part);
  }
  return joined;
}

/**
 * Initials for a name in any script: the first letter (grapheme cluster) of the first and of the last word, so
 * "Asha Verma" gives "AV", "श्रीनिवास राव" gives "श्रीरा" and "ஸ்ரீ ராம்" gives "ஸ்ரீரா". Words without letters
 * (an initial's dot, a dash) are skipped; Latin letters are upper-cased in the page's language.
 */
export function initialsOf(name: string | undefined, lang?: string): string {
  const words = (name ?? '')
    .trim()
    .split(/\s+/u)
    .filter((word) => /\p{L}/u.test(word));
  if (!words.length) return '';
  const chosen = words.length > 1 ? [words[0], words[words.length - 1]] : [words[0]];
  const letters = chosen.map((word) => graphemes(word.replace(/^[^\p{L}]+/u, ''), lang)[0] ?? '');
  // Perso-Arabic letters would join into a word ("مع"): a zero-width non-joiner keeps them as two initials.
  const separator = /\p{Script=Arabic}/u.test(letters.join('')) ? '\u200C' : '';
  return letters.join(separator).toLocaleUpperCase(lang);
}
