import {
  formatCompact,
  formatCurrency,
  formatDate,
  formatList,
  formatNumber,
  formatRelativeTime,
  loadFormatData,
} from './format.js';
import { loaders } from './loaders.js';
import { findLocale, getDirection, getFallbackChain, resolveLocale } from './locales.js';
import { getPluralRule } from './plurals.js';
import { Translator, type FormatFunction, type Resource } from './translator.js';

/** The namespace that holds the library's own strings. */
export const NAMESPACE = 'sugam';
export const DEFAULT_LANGUAGE = 'en';

/**
 * The one translation instance shared by every Sugam component and the host page, with i18next's API for what a
 * page needs (`t`, `changeLanguage`, `addResourceBundle`, `on('languageChanged')`, …). A host page adds its own
 * namespaces to it with {@link registerNamespace} (or `i18n.addResourceBundle(lang, 'my-site', {...})`).
 */
export const i18n = new Translator({
  language: DEFAULT_LANGUAGE,
  defaultNS: NAMESPACE,
  // Only the registry's chain (a regional tag like hi-IN first tries hi): ks-Deva never falls back to
  // (Perso-Arabic) ks, nor sd-Deva to sd. An unknown tag goes straight to English.
  chain: getFallbackChain,
  // Plural rules from the registry: Intl where the runtime has CLDR's rules, the library's own for mai, sa, mni,
  // so the chosen form never depends on the visitor's browser language.
  pluralRule: getPluralRule,
  dir: getDirection,
});
// English is always in memory; each component adds the groups it shows (registerStrings), so a page carries only
// the English of the components it uses.
i18n.addResourceBundle(DEFAULT_LANGUAGE, NAMESPACE, {});

/**
 * Adds English strings to the library's namespace, merged with those already there. Each component registers the
 * groups of `@sugam/i18n/en` it shows when its module loads: `registerStrings({ button })`. A page that
 * translates with the library's own keys outside components registers what it reads, or all of it:
 * `import * as en from '@sugam/i18n/en'; registerStrings(en);`.
 */
export function registerStrings(groups: Resource): void {
  const english = i18n.getResourceBundle(DEFAULT_LANGUAGE, NAMESPACE) ?? {};
  // Groups no component had are new to every component on the page: nothing there needs to render again (a
  // component loaded later, e.g. by the autoloader, must not re-render the whole page).
  const silent = Object.keys(groups).every((group) => !Object.hasOwn(english, group));
  i18n.addResourceBundle(DEFAULT_LANGUAGE, NAMESPACE, { ...groups }, true, false, { silent });
}

// Interpolation formats (`{{count, number}}`, `{{amount, currency}}`, `{{date, datetime}}`, …) use Sugam's
// formatters, so digits and grouping follow the reader's locale.
const formats: Record<string, FormatFunction> = {
  number: (value, lng, options) => formatNumber(Number(value), lng, options),
  currency: (value, lng, options) => formatCurrency(Number(value), lng, options),
  compact: (value, lng, options) => formatCompact(Number(value), lng, options),
  datetime: (value, lng, options) => formatDate(value as Date, lng, options),
  relativetime: (value, lng, options) =>
    formatRelativeTime(Number(value), lng, { ...options, unit: (options.range ?? options.unit) as never }),
  list: (value, lng, options) => formatList(Array.isArray(value) ? value : [String(value)], lng, options),
};
for (const [name, format] of Object.entries(formats)) i18n.formats.set(name, format);

type NamespaceSource = Record<string, Resource> | ((code: string) => Promise<Resource | undefined>);
const namespaceLoaders = new Map<string, (code: string) => Promise<Resource | undefined>>();

/**
 * Registers a host page's own namespace on the shared instance, either with all its languages at once
 * (`{ en: {...}, hi: {...} }`) or with a loader called for each locale the page loads (`code => import(...)`).
 * Its strings then follow the same language resolution, fallback chains and plural rules as the library's.
 *
 * ```js
 * registerNamespace('mohfw', { en: { welcome: 'Welcome' }, hi: { welcome: 'स्वागत है' } });
 * i18n.t('mohfw:welcome', { lng: 'hi' });
 * ```
 */
export function registerNamespace(namespace: string, source: NamespaceSource): Promise<boolean> {
  if (typeof source === 'function') {
    namespaceLoaders.set(namespace, source);
    const loaded = new Set<string>(['en', ...Object.keys(i18n.store.data)]);
    return Promise.all([...loaded].map((code) => loadNamespace(namespace, code))).then((r) => r.every(Boolean));
  }
  for (const [lang, resources] of Object.entries(source)) {
    const code = findLocale(lang)?.code ?? lang;
    i18n.addResourceBundle(code, namespace, resources, true, true);
  }
  return Promise.resolve(true);
}

const pending = new Map<string, Promise<boolean>>();

function loadNamespace(namespace: string, code: string): Promise<boolean> {
  const loader = namespaceLoaders.get(namespace);
  if (!loader || i18n.hasResourceBundle(code, namespace)) return Promise.resolve(true);
  const key = `${namespace}|${code}`;
  let promise = pending.get(key);
  if (!promise) {
    promise = loader(code).then(
      (resources) => {
        pending.delete(key);
        if (resources) i18n.addResourceBundle(code, namespace, resources, true, true);
        return true;
      },
      (error: unknown) => {
        pending.delete(key);
        console.warn(`[sugam] could not load the "${namespace}" strings for "${code}".`, error);
        return false;
      },
    );
    pending.set(key, promise);
  }
  return promise;
}

/** True when the library's strings of the locale and of its whole fallback chain are in memory. */
export function isLocaleLoaded(tag: string): boolean {
  return getFallbackChain(resolveLocale(tag).code).every((code) => i18n.hasResourceBundle(code, NAMESPACE));
}

/**
 * Loads a shipped locale: the library's strings for it and its fallback chain, its formatting data, and the
 * host page's registered namespaces. Resolves true when the strings are ready, false when something could not
 * be loaded (the next call retries). Unknown tags resolve along the chain to English with one warning.
 */
export function loadLocale(tag: string): Promise<boolean> {
  const locale = resolveLocale(tag);
  const codes = getFallbackChain(locale.code);
  const strings = codes.map(loadOne);
  const namespaces = codes.flatMap((code) => [...namespaceLoaders.keys()].map((ns) => loadNamespace(ns, code)));
  // Formatting data is awaited too, but formatters work without it (through Intl), so it does not decide the result.
  return Promise.all([...strings, ...namespaces, loadFormatData(locale.code).then(() => true)]).then((results) =>
    results.every(Boolean),
  );
}

function loadOne(code: string): Promise<boolean> {
  if (i18n.hasResourceBundle(code, NAMESPACE)) return Promise.resolve(true);
  const loader = loaders[code];
  if (!loader) return Promise.resolve(false);
  const key = `${NAMESPACE}|${code}`;
  let promise = pending.get(key);
  if (!promise) {
    promise = loader().then(
      (module) => {
        pending.delete(key);
        i18n.addResourceBundle(code, NAMESPACE, module.default, true, false);
        return true;
      },
      (error: unknown) => {
        pending.delete(key);
        console.warn(`[sugam] could not load the "${code}" locale; keeping the language shown before.`, error);
        return false;
      },
    );
    pending.set(key, promise);
  }
  return promise;
}

/**
 * Switches a whole page: sets `lang` and `dir` on `<html>` and the shared language, once the locale has
 * loaded (if it cannot load, the page keeps its language). Resolves with the locale code in effect.
 */
export async function setPageLanguage(tag: string): Promise<string> {
  const locale = resolveLocale(tag);
  const ok = await loadLocale(locale.code);
  if (!ok) return i18n.language;
  const root = document.documentElement;
  root.lang = locale.code;
  root.dir = locale.dir;
  await i18n.changeLanguage(locale.code);
  return locale.code;
}
