/** Facts about one locale the library ships. */
export interface LocaleInfo {
  /** BCP 47 tag used as the language code of the strings, the `lang` attribute and the resource folder name. */
  code: string;
  /** The language's name in its own script (CLDR's). */
  endonym: string;
  /** The language's name in English. */
  englishName: string;
  /** ISO 15924 script code. */
  script: string;
  /** Text direction of the script, from this table (never from the browser, which lacks it for ks and sd). */
  dir: 'ltr' | 'rtl';
  /** The locale's native numbering system (Intl `numberingSystem`), used for `digits: 'native'`. */
  nativeDigits: string;
  /** The CLDR default numbering system (what a number shows when no `digits` option is given). */
  defaultDigits: string;
  /** The CLDR locale whose data the formatters reproduce. */
  cldr: string;
  /** First family of the font stack for this script (Noto, split by script). */
  font: string;
  /**
   * Locales tried, in order, when a string is missing: only languages a reader of this one reads, English last.
   * See the README ("Languages") for the reasoning behind each chain.
   */
  fallback: string[];
  /**
   * Where the plural rule comes from: `intl` (CLDR through Intl.PluralRules) or `library` (the library's own
   * rule, for languages CLDR has no rules for; the browser would silently use the visitor's language).
   */
  plurals: 'intl' | 'library';
  /** Translation review status: `source` (the original), `native` (reviewed by a native speaker), `draft`. */
  review: 'source' | 'native' | 'draft';
}

type Row = [
  code: string,
  endonym: string,
  englishName: string,
  script: string,
  dir: 'ltr' | 'rtl',
  nativeDigits: string,
  defaultDigits: string,
  cldr: string,
  font: string,
  fallback: string[],
  plurals?: 'intl' | 'library',
];

const DEVA = 'Noto Sans Devanagari';
const BENG = 'Noto Sans Bengali';
const NASTALIQ = 'Noto Nastaliq Urdu';

// prettier-ignore
const ROWS: Row[] = [
  ['en', 'English', 'English', 'Latn', 'ltr', 'latn', 'latn', 'en-IN', 'Noto Sans', []],
  ['as', 'অসমীয়া', 'Assamese', 'Beng', 'ltr', 'beng', 'beng', 'as-IN', BENG, ['en']],
  ['bn', 'বাংলা', 'Bengali', 'Beng', 'ltr', 'beng', 'beng', 'bn-IN', BENG, ['en']],
  ['brx', 'बर’', 'Bodo', 'Deva', 'ltr', 'deva', 'latn', 'brx-IN', DEVA, ['en']],
  ['doi', 'डोगरी', 'Dogri', 'Deva', 'ltr', 'deva', 'latn', 'doi-IN', DEVA, ['hi', 'en']],
  ['gu', 'ગુજરાતી', 'Gujarati', 'Gujr', 'ltr', 'gujr', 'latn', 'gu-IN', 'Noto Sans Gujarati', ['en']],
  ['hi', 'हिन्दी', 'Hindi', 'Deva', 'ltr', 'deva', 'latn', 'hi-IN', DEVA, ['en']],
  ['kn', 'ಕನ್ನಡ', 'Kannada', 'Knda', 'ltr', 'knda', 'latn', 'kn-IN', 'Noto Sans Kannada', ['en']],
  ['ks', 'کٲشُر', 'Kashmiri', 'Arab', 'rtl', 'arabext', 'arabext', 'ks-Arab-IN', NASTALIQ, ['ur', 'en']],
  ['ks-Deva', 'कॉशुर', 'Kashmiri (Devanagari)', 'Deva', 'ltr', 'deva', 'latn', 'ks-Deva-IN', DEVA, ['hi', 'en']],
  ['kok', 'कोंकणी', 'Konkani', 'Deva', 'ltr', 'deva', 'latn', 'kok-IN', DEVA, ['en']],
  ['mai', 'मैथिली', 'Maithili', 'Deva', 'ltr', 'deva', 'latn', 'mai-IN', DEVA, ['hi', 'en'], 'library'],
  ['ml', 'മലയാളം', 'Malayalam', 'Mlym', 'ltr', 'mlym', 'latn', 'ml-IN', 'Noto Sans Malayalam', ['en']],
  ['mni', 'মৈতৈলোন্', 'Manipuri', 'Beng', 'ltr', 'beng', 'beng', 'mni-Beng-IN', BENG, ['en'], 'library'],
  ['mni-Mtei', 'ꯃꯤꯇꯩꯂꯣꯟ', 'Manipuri (Meetei Mayek)', 'Mtei', 'ltr', 'mtei', 'mtei', 'mni-Mtei-IN', 'Noto Sans Meetei Mayek', ['mni', 'en'], 'library'],
  ['mr', 'मराठी', 'Marathi', 'Deva', 'ltr', 'deva', 'deva', 'mr-IN', DEVA, ['en']],
  ['ne', 'नेपाली', 'Nepali', 'Deva', 'ltr', 'deva', 'deva', 'ne-IN', DEVA, ['en']],
  ['or', 'ଓଡ଼ିଆ', 'Odia', 'Orya', 'ltr', 'orya', 'latn', 'or-IN', 'Noto Sans Oriya', ['en']],
  ['pa', 'ਪੰਜਾਬੀ', 'Punjabi', 'Guru', 'ltr', 'guru', 'latn', 'pa-Guru-IN', 'Noto Sans Gurmukhi', ['en']],
  ['sa', 'संस्कृत भाषा', 'Sanskrit', 'Deva', 'ltr', 'deva', 'deva', 'sa-IN', DEVA, ['hi', 'en'], 'library'],
  ['sat', 'ᱥᱟᱱᱛᱟᱲᱤ', 'Santali', 'Olck', 'ltr', 'olck', 'olck', 'sat-Olck-IN', 'Noto Sans Ol Chiki', ['en']],
  ['sd', 'سنڌي', 'Sindhi', 'Arab', 'rtl', 'arab', 'arab', 'sd-Arab-IN', 'Noto Naskh Arabic', ['en']],
  ['sd-Deva', 'सिन्धी', 'Sindhi (Devanagari)', 'Deva', 'ltr', 'deva', 'latn', 'sd-Deva-IN', DEVA, ['hi', 'en']],
  ['ta', 'தமிழ்', 'Tamil', 'Taml', 'ltr', 'tamldec', 'latn', 'ta-IN', 'Noto Sans Tamil', ['en']],
  ['te', 'తెలుగు', 'Telugu', 'Telu', 'ltr', 'telu', 'latn', 'te-IN', 'Noto Sans Telugu', ['en']],
  ['ur', 'اردو', 'Urdu', 'Arab', 'rtl', 'arabext', 'arabext', 'ur-IN', NASTALIQ, ['en']],
];

/** English and the 22 scheduled languages (26 entries: Kashmiri, Manipuri and Sindhi in two scripts each). */
export const LOCALES: readonly LocaleInfo[] = ROWS.map(
  ([code, endonym, englishName, script, dir, nativeDigits, defaultDigits, cldr, font, fallback, plurals]) => ({
    code,
    endonym,
    englishName,
    script,
    dir,
    nativeDigits,
    defaultDigits,
    cldr,
    font,
    fallback,
    plurals: plurals ?? 'intl',
    review: code === 'en' ? 'source' : 'draft',
  }),
);

export const DEFAULT_LOCALE: LocaleInfo = LOCALES[0];

const byCode = new Map(LOCALES.map((l) => [l.code.toLowerCase(), l]));

/** Tags that name a shipped locale under another spelling (script defaults, CLDR aliases). */
const ALIASES: Record<string, string> = {
  'ks-arab': 'ks',
  'mni-beng': 'mni',
  'sd-arab': 'sd',
  'sat-olck': 'sat',
  'pa-guru': 'pa',
  // sd-IN is Devanagari Sindhi in CLDR (likely subtags); ks-IN and mni-IN keep their default scripts.
  'sd-in': 'sd-Deva',
  'sd-deva-in': 'sd-Deva',
};

/**
 * Finds the shipped locale for any BCP 47 tag: exact match first, then shorter prefixes (`hi-IN` → `hi`,
 * `ks-Deva-IN` → `ks-Deva`). Underscores are read as hyphens (`hi_IN` → `hi`). Returns undefined for a
 * language the library does not ship; callers fall back to English.
 */
export function findLocale(tag: string | null | undefined): LocaleInfo | undefined {
  if (!tag) return undefined;
  const parts = tag.trim().replace(/_/g, '-').toLowerCase().split('-').filter(Boolean);
  while (parts.length > 0) {
    const key = parts.join('-');
    const found = byCode.get(key) ?? byCode.get(ALIASES[key]?.toLowerCase() ?? '');
    if (found) return found;
    parts.pop();
  }
  return undefined;
}

/** The locale's text direction, from the registry (English's `ltr` for an unknown tag). */
export function getDirection(tag: string | null | undefined): 'ltr' | 'rtl' {
  return (findLocale(tag) ?? DEFAULT_LOCALE).dir;
}

/** The locale followed by its fallback chain, e.g. `mai` → `['mai', 'hi', 'en']`. */
export function getFallbackChain(tag: string | null | undefined): string[] {
  const locale = findLocale(tag) ?? DEFAULT_LOCALE;
  return [locale.code, ...locale.fallback];
}

const warned = new Set<string>();

function isWellFormed(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

const resolved = new Map<string, LocaleInfo>();

/**
 * Like {@link findLocale}, but never fails: a malformed tag (`hi_IN`) still resolves to its locale and an
 * unknown or empty one (`xx`, `""`) to English; either gives one console warning per distinct tag.
 */
export function resolveLocale(tag: string | null | undefined): LocaleInfo {
  const text = String(tag ?? '');
  // Every component resolves its language when it connects: remember each tag's answer.
  const cached = resolved.get(text);
  if (cached) return cached;
  const found = findLocale(text);
  const locale = found ?? DEFAULT_LOCALE;
  resolved.set(text, locale);
  if (found && isWellFormed(text)) return found;
  if (!warned.has(text)) {
    warned.add(text);
    console.warn(
      found
        ? `[sugam] lang="${text}" is not a valid BCP 47 tag; reading it as "${found.code}".`
        : `[sugam] no locale for lang="${text}"; falling back to English.`,
    );
  }
  return locale;
}
