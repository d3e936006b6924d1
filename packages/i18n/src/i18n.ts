import i18next, { type i18n as I18n } from 'i18next';
import en from '../locales/en/sugam.json' with { type: 'json' };
import { LOCALES, findLocale } from './locales.js';
import { loaders } from './loaders.js';

/** The i18next namespace that holds the library's own strings. */
export const NAMESPACE = 'sugam';
export const DEFAULT_LANGUAGE = 'en';

const fallbackLng: Record<string, string[]> = { default: [DEFAULT_LANGUAGE] };
for (const locale of LOCALES) fallbackLng[locale.code] = [...locale.fallback];

/**
 * The one i18next instance shared by every Sugam component and the host page. A host page may add its own
 * namespaces to it (`i18n.addResourceBundle(lang, 'my-site', {...})`).
 */
export const i18n: I18n = i18next.createInstance();

void i18n.init({
  lng: DEFAULT_LANGUAGE,
  fallbackLng,
  ns: [NAMESPACE],
  defaultNS: NAMESPACE,
  resources: { en: { [NAMESPACE]: en } },
  partialBundledLanguages: true,
  // Lit text bindings escape; translations are never rendered as HTML.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

const pending = new Map<string, Promise<boolean>>();

/**
 * Loads the library's strings for one shipped locale (and the locales in its fallback chain).
 * Resolves true when the strings are ready, false when the locale could not be loaded (the next call retries).
 */
export function loadLocale(tag: string): Promise<boolean> {
  const locale = findLocale(tag);
  if (!locale) return Promise.resolve(false);
  const codes = [locale.code, ...locale.fallback];
  return Promise.all(codes.map(loadOne)).then((results) => results.every(Boolean));
}

function loadOne(code: string): Promise<boolean> {
  if (i18n.hasResourceBundle(code, NAMESPACE)) return Promise.resolve(true);
  const loader = loaders[code];
  if (!loader) return Promise.resolve(false);
  let promise = pending.get(code);
  if (!promise) {
    promise = loader().then(
      (module) => {
        i18n.addResourceBundle(code, NAMESPACE, module.default, true, false);
        return true;
      },
      (error: unknown) => {
        pending.delete(code);
        console.warn(`[sugam] could not load the "${code}" locale; showing its fallback instead.`, error);
        return false;
      },
    );
    pending.set(code, promise);
  }
  return promise;
}
