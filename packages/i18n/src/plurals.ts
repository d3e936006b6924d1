import { findLocale, type LocaleInfo } from './locales.js';

/** The subset of Intl.PluralRules that the translation engine and the formatters use. */
export interface PluralRule {
  select(n: number): Intl.LDMLPluralRule;
  resolvedOptions(): { locale: string; pluralCategories: Intl.LDMLPluralRule[] };
}

type Select = (n: number) => Intl.LDMLPluralRule;

/** Integer digits of |n| (CLDR operand `i`). */
const integer = (n: number) => Math.trunc(Math.abs(n));

/**
 * The library's own cardinal rules, for languages CLDR has none for (the browser would silently use the
 * visitor's language for them):
 * - mai: the Hindi rule (one: i = 0 or n = 1), as Maithili readers expect from Hindi-belt usage;
 * - mni, mni-Mtei: the Bengali/Assamese rule (one: i = 0 or n = 1), the rule of its neighbours;
 * - sa: one / two / other, for Sanskrit's dual number (एकवचन, द्विवचन, बहुवचन): n = 1, n = 2, else other;
 * - kok: CLDR's own rule (one: i = 0 or n = 1), used only where the runtime names Konkani but has no rules for
 *   it (WebKitGTK's ICU 72 answers "other" for every count).
 */
/** one: i = 0 or n = 1 (Hindi, Bengali, Konkani, …). */
const ZERO_OR_ONE = {
  categories: ['one', 'other'] as Intl.LDMLPluralRule[],
  select: (n: number): Intl.LDMLPluralRule => (integer(n) === 0 || Math.abs(n) === 1 ? 'one' : 'other'),
};

const LIBRARY_RULES: Record<string, { categories: Intl.LDMLPluralRule[]; select: Select }> = {
  mai: ZERO_OR_ONE,
  mni: ZERO_OR_ONE,
  'mni-Mtei': ZERO_OR_ONE,
  kok: ZERO_OR_ONE,
  sa: {
    categories: ['one', 'two', 'other'],
    select: (n) => (Math.abs(n) === 1 ? 'one' : Math.abs(n) === 2 ? 'two' : 'other'),
  },
};

const ORDER: Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];
const cache = new Map<string, PluralRule>();
const OTHER_ONLY: PluralRule = {
  select: () => 'other',
  resolvedOptions: () => ({ locale: 'und', pluralCategories: ['other'] }),
};

function libraryRule(code: string, select: Select, categories: Intl.LDMLPluralRule[]): PluralRule {
  return { select, resolvedOptions: () => ({ locale: code, pluralCategories: [...categories] }) };
}

/**
 * The plural rule of a shipped locale, never dependent on the visitor's browser language: CLDR rules through
 * Intl.PluralRules where the runtime really has them (checked with `resolvedOptions().locale`), the library's
 * rule for mai, sa and mni. Ordinals of library-rule languages have only `other`.
 * Returns undefined for a tag the library does not ship.
 */
export function getPluralRule(tag: string, type: Intl.PluralRuleType = 'cardinal'): PluralRule | undefined {
  const locale = findLocale(tag);
  if (!locale) return undefined;
  const key = `${locale.code}|${type}`;
  let rule = cache.get(key);
  if (!rule) {
    rule = createRule(locale, type);
    cache.set(key, rule);
  }
  return rule;
}

function createRule(locale: LocaleInfo, type: Intl.PluralRuleType): PluralRule {
  const own = LIBRARY_RULES[locale.code];
  if (locale.plurals === 'library' && own) {
    return type === 'cardinal' ? libraryRule(locale.code, own.select, own.categories) : OTHER_ONLY;
  }
  const language = locale.code.split('-')[0];
  const intl = new Intl.PluralRules(locale.cldr, { type });
  // A runtime without the language's rules silently answers with its default locale's, or (naming the language)
  // with the root rule, "other" for every count, which none of the 22 languages has: never use those.
  const rootOnly = intl.resolvedOptions().pluralCategories.length === 1;
  if (type === 'cardinal' && rootOnly && own) return libraryRule(locale.code, own.select, own.categories);
  if (new Intl.Locale(intl.resolvedOptions().locale).language !== language || (type === 'cardinal' && rootOnly)) {
    console.warn(`[sugam] this browser has no plural rules for "${locale.code}"; using "other" for every count.`);
    return OTHER_ONLY;
  }
  const categories = [...intl.resolvedOptions().pluralCategories].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  return {
    select: (n) => intl.select(n),
    resolvedOptions: () => ({ locale: locale.code, pluralCategories: [...categories] }),
  };
}

/** The plural categories a shipped locale's translations need (`one`, `two`, `other`, …), in CLDR order. */
export function getPluralCategories(tag: string, type: Intl.PluralRuleType = 'cardinal'): Intl.LDMLPluralRule[] {
  return getPluralRule(tag, type)?.resolvedOptions().pluralCategories ?? ['other'];
}
