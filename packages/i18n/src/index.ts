export {
  i18n,
  loadLocale,
  isLocaleLoaded,
  registerNamespace,
  registerStrings,
  setPageLanguage,
  NAMESPACE,
  DEFAULT_LANGUAGE,
} from './i18n.js';
export {
  Translator,
  type TOptions,
  type TFunction,
  type FormatFunction,
  type Resource,
  type TranslatorConfig,
} from './translator.js';
export { LocalizeController, resolveLanguage, resolveDirection } from './localize.js';
export {
  LOCALES,
  DEFAULT_LOCALE,
  findLocale,
  resolveLocale,
  getDirection,
  getFallbackChain,
  type LocaleInfo,
} from './locales.js';
export { getPluralRule, getPluralCategories, type PluralRule } from './plurals.js';
export { toLatinDigits, toNativeDigits, DIGIT_ZERO } from './digits.js';
export {
  formatNumber,
  formatCurrency,
  formatCompact,
  formatDate,
  formatRelativeTime,
  formatList,
  loadFormatData,
  hasFormatData,
  type Digits,
  type NumberOptions,
  type CurrencyOptions,
  type CompactOptions,
  type DateOptions,
  type RelativeTimeOptions,
  type RelativeTimeUnit,
  type ListOptions,
  type FormatData,
} from './format.js';
export { registerInlineTranslations } from './content.js';
/** The lazy loaders of every locale's strings and formatting data (for custom bundling, preloading and tests). */
export { loaders, formatLoaders } from './loaders.js';
