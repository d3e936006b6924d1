/** Facts about one locale the library ships. */
export interface LocaleInfo {
  /** BCP 47 tag used as the i18next language code and the `lang` attribute. */
  code: string;
  /** The language's name in its own script. */
  endonym: string;
  /** The language's name in English. */
  englishName: string;
  /** ISO 15924 script code. */
  script: string;
  dir: 'ltr' | 'rtl';
  /** The locale's native numbering system (Intl `numberingSystem`). */
  nativeDigits: string;
  /** Locales tried, in order, when a string is missing. English is always last. */
  fallback: string[];
  /** Translation review status: `native` (reviewed by a native speaker), `draft` (best effort, needs review). */
  review: 'source' | 'native' | 'draft';
}

export const LOCALES: readonly LocaleInfo[] = [
  {
    code: 'en',
    endonym: 'English',
    englishName: 'English',
    script: 'Latn',
    dir: 'ltr',
    nativeDigits: 'latn',
    fallback: [],
    review: 'source',
  },
  {
    code: 'hi',
    endonym: 'हिन्दी',
    englishName: 'Hindi',
    script: 'Deva',
    dir: 'ltr',
    nativeDigits: 'deva',
    fallback: ['en'],
    review: 'draft',
  },
];

const byCode = new Map(LOCALES.map((l) => [l.code.toLowerCase(), l]));

/**
 * Finds the shipped locale for any BCP 47 tag: exact match first, then shorter prefixes
 * (`hi-IN` → `hi`). Returns undefined for a language the library does not ship.
 */
export function findLocale(tag: string): LocaleInfo | undefined {
  const parts = tag.trim().replace(/_/g, '-').toLowerCase().split('-');
  while (parts.length > 0) {
    const found = byCode.get(parts.join('-'));
    if (found) return found;
    parts.pop();
  }
  return undefined;
}
