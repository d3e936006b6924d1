export { i18n, loadLocale, NAMESPACE, DEFAULT_LANGUAGE } from './i18n.js';
export { LocalizeController, resolveLanguage } from './localize.js';
export { LOCALES, findLocale, type LocaleInfo } from './locales.js';
