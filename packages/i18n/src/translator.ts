/**
 * Sugam's translation engine: the part of i18next's API and resource format (JSON v4) that a design system's
 * strings need, in about a tenth of its size. Files written for i18next work unchanged: nested keys, `ns:key`,
 * plural suffixes (`_one`, `_two`, `_other`, `_zero`, `_ordinal_one`), `_context` keys, `{{value}}` and
 * `{{value, format(option: x)}}` interpolation. Not supported: `$t()` nesting, backends, plugins, post-processors.
 */

/** A namespace's strings: nested objects of strings (i18next JSON v4); other values are ignored. */
export type Resource = Record<string, unknown>;

/** Options of `t()`, as i18next takes them; every other property is an interpolation value. */
export interface TOptions {
  /** The language to translate into (default: the instance's `language`). */
  lng?: string;
  /** The namespace, or namespaces tried in order (default: the library's). A key may also say `ns:key`. */
  ns?: string | readonly string[];
  /** Chooses the plural form (`key_one`, `key_other`, …) by the language's rules; also `{{count}}`. */
  count?: number;
  /** With `count`: ordinal forms (`key_ordinal_one`, …). */
  ordinal?: boolean;
  /** Chooses `key_<context>` when present. */
  context?: string;
  /** Returned (and interpolated) when no language of the chain has the key, instead of the key itself. */
  defaultValue?: string;
  /** Options for one value's format: `{ amount: { currency: 'INR' } }`. */
  formatParams?: Record<string, Record<string, unknown>>;
  [value: string]: unknown;
}

export type TFunction = (key: string | readonly string[], options?: TOptions) => string;

/** A format for `{{value, name}}`: gets the value, the language translated into and the merged options. */
export type FormatFunction = (value: unknown, lng: string, options: Record<string, unknown>) => string;

export interface TranslatorConfig {
  language: string;
  /** The namespace read when a key names none. */
  defaultNS: string;
  /** Languages tried in order for `code`, itself first. */
  chain(code: string): string[];
  /** The plural rule of `code`; the engine falls back to Intl.PluralRules, then to "other". */
  pluralRule(code: string, type: Intl.PluralRuleType): { select(n: number): string } | undefined;
  dir(code: string): 'ltr' | 'rtl';
}

type Listener = (...args: never[]) => void;

class Emitter {
  private listeners = new Map<string, Set<Listener>>();

  on(event: string, listener: Listener): this {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener);
    return this;
  }

  off(event: string, listener?: Listener): this {
    if (listener) this.listeners.get(event)?.delete(listener);
    else this.listeners.delete(event);
    return this;
  }

  emit(event: string, ...args: unknown[]): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) (listener as (...a: unknown[]) => void)(...args);
  }
}

const own = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);
const isObject = (value: unknown): value is Resource =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A key's value in nested data: `a.b.c` by path, also where part of the path is a flat key with dots. */
function find(data: unknown, path: string): unknown {
  if (!isObject(data)) return undefined;
  if (own(data, path)) return data[path];
  const dot = path.indexOf('.');
  for (let end = dot; end > 0; end = path.indexOf('.', end + 1)) {
    const head = path.slice(0, end);
    if (own(data, head)) {
      const found = find(data[head], path.slice(end + 1));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** Copies `source` into `target`, into nested objects too; existing strings stay unless `overwrite`. */
function merge(target: Resource, source: Resource, overwrite: boolean): void {
  for (const key of Object.keys(source)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    const value = source[key];
    const current = target[key];
    if (isObject(value) && isObject(current)) merge(current, value, overwrite);
    else if (current === undefined || overwrite) target[key] = isObject(value) ? structuredClone(value) : value;
  }
}

/** `name(option: value; other: value)` → name and options, read as i18next reads them. */
function parseFormat(spec: string): [string, Record<string, unknown>] {
  const open = spec.indexOf('(');
  if (open < 0) return [spec.trim().toLowerCase(), {}];
  const name = spec.slice(0, open).trim().toLowerCase();
  const body = spec.slice(open + 1, spec.lastIndexOf(')'));
  const options: Record<string, unknown> = {};
  if (!body.includes(':') && (name === 'currency' || name === 'relativetime')) {
    options[name === 'currency' ? 'currency' : 'range'] = body.trim();
    return [name, options];
  }
  for (const part of body.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const raw = part
      .slice(colon + 1)
      .trim()
      .replace(/^'+|'+$/g, '');
    options[part.slice(0, colon).trim()] =
      raw === 'true' ? true : raw === 'false' ? false : raw !== '' && !isNaN(Number(raw)) ? Number(raw) : raw;
  }
  return [name, options];
}

const PLACEHOLDER = /\{\{-?\s*([^{}]+?)\s*\}\}/g;

/**
 * One translation engine instance: resources per language and namespace, the current language, formats and
 * events (`languageChanged` on the instance, `added` on its `store`), with i18next's method names and semantics.
 */
export class Translator extends Emitter {
  /** The language `t()` uses when no `lng` is given (as set, e.g. `hi-IN`). */
  language: string;
  /** The store: `data[lng][ns]` holds the strings; emits `added` (lng, ns) when a bundle arrives. */
  readonly store: Emitter & { data: Record<string, Record<string, Resource>> };
  /** Formats for `{{value, name}}`, by lower-case name. */
  readonly formats = new Map<string, FormatFunction>();
  readonly options: { defaultNS: string };
  readonly isInitialized = true;
  private readonly config: TranslatorConfig;
  private readonly chains = new Map<string, string[]>();
  private readonly fallbackRules = new Map<string, { select(n: number): string }>();

  constructor(config: TranslatorConfig) {
    super();
    this.config = config;
    this.language = config.language;
    this.options = { defaultNS: config.defaultNS };
    this.store = Object.assign(new Emitter(), { data: {} });
    this.t = this.t.bind(this);
  }

  /** The current language followed by its fallback chain. */
  get languages(): string[] {
    return this.chain(this.language);
  }

  /** The first language of the chain whose strings are loaded. */
  get resolvedLanguage(): string | undefined {
    return this.languages.find((code) => own(this.store.data, code));
  }

  private chain(code: string): string[] {
    let chain = this.chains.get(code);
    if (!chain) this.chains.set(code, (chain = [...new Set([code, ...this.config.chain(code)])]));
    return chain;
  }

  /**
   * Translates `key` (or the first key of a list that resolves): the first language of the chain that has it
   * wins; a missing or empty string falls through to the next language, then to `defaultValue`, then to the key.
   */
  t(keys: string | readonly string[], options: TOptions = {}): string {
    const lng = options.lng || this.language;
    const list = typeof keys === 'string' ? [keys] : keys;
    for (const key of list) {
      const found = this.resolve(key, lng, options);
      if (found !== undefined) return this.interpolate(found, lng, options);
    }
    if (options.defaultValue !== undefined) return this.interpolate(options.defaultValue, lng, options);
    const last = list[list.length - 1] ?? '';
    const separator = last.indexOf(':');
    return separator > 0 && !options.ns ? last.slice(separator + 1) : last;
  }

  /** Whether `t()` would find the key (in any language of the chain). */
  exists(key: string, options: TOptions = {}): boolean {
    return this.resolve(key, options.lng || this.language, options) !== undefined;
  }

  /** A `t` bound to a language (and namespace). */
  getFixedT(lng: string | null, ns?: string | readonly string[]): TFunction {
    return (key, options) => this.t(key, { ...options, lng: options?.lng ?? lng ?? undefined, ns: options?.ns ?? ns });
  }

  private resolve(fullKey: string, lng: string, options: TOptions): string | undefined {
    let key = fullKey;
    let namespaces: readonly string[];
    const separator = fullKey.indexOf(':');
    if (separator > 0) {
      namespaces = [fullKey.slice(0, separator)];
      key = fullKey.slice(separator + 1);
    } else {
      const ns = options.ns ?? this.config.defaultNS;
      namespaces = typeof ns === 'string' ? [ns] : ns;
    }
    const count = options.count;
    const plural = typeof count === 'number';
    const context = options.context;
    for (const ns of namespaces) {
      for (const code of this.chain(lng)) {
        const data = this.store.data[code]?.[ns];
        if (!data) continue;
        // Tried most specific first, as i18next does: context+plural, context, zero, plural, the bare key.
        const candidates = [key];
        let suffix = '';
        if (plural) {
          suffix = this.pluralSuffix(code, count, !!options.ordinal);
          if (options.ordinal) candidates.push(key + suffix.replace('_ordinal_', '_'));
          candidates.push(key + suffix);
          if (count === 0 && !options.ordinal) candidates.push(`${key}_zero`);
        }
        if (typeof context === 'string' && context !== '') {
          candidates.push(`${key}_${context}`);
          if (plural) candidates.push(`${key}_${context}${suffix}`);
        }
        for (let i = candidates.length - 1; i >= 0; i--) {
          const value = find(data, candidates[i]);
          if (typeof value === 'string' && value !== '') return value;
        }
      }
    }
    return undefined;
  }

  private pluralSuffix(code: string, count: number, ordinal: boolean): string {
    const type: Intl.PluralRuleType = ordinal ? 'ordinal' : 'cardinal';
    let rule = this.config.pluralRule(code, type);
    if (!rule) {
      const cacheKey = `${code}|${type}`;
      rule = this.fallbackRules.get(cacheKey);
      if (!rule) {
        try {
          rule = new Intl.PluralRules(code, { type });
        } catch {
          rule = { select: () => 'other' };
        }
        this.fallbackRules.set(cacheKey, rule);
      }
    }
    return `${ordinal ? '_ordinal_' : '_'}${rule.select(count)}`;
  }

  /** Fills `{{name}}` and `{{name, format}}` once, left to right; inserted values are never read again. */
  private interpolate(text: string, lng: string, options: TOptions): string {
    if (!text.includes('{{')) return text;
    return text.replace(PLACEHOLDER, (match, inner: string) => {
      const comma = inner.indexOf(',');
      const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
      const value = own(options, name) ? options[name] : find(options, name);
      if (value === undefined) return own(options, name) ? '' : match;
      if (comma < 0 || value === null) return String(value);
      // Formats chain left to right: `{{n, number(minimumFractionDigits: 2), other}}`.
      let result: unknown = value;
      for (const spec of inner.slice(comma + 1).split(/,(?![^(]*\))/)) {
        const [format, formatOptions] = parseFormat(spec);
        const fn = this.formats.get(format);
        if (!fn) {
          console.warn(`[sugam] no format "${format}" for {{${inner}}}.`);
          continue;
        }
        result = fn(result, lng, { ...formatOptions, ...options, ...options.formatParams?.[name] });
      }
      return String(result);
    });
  }

  /** Switches the default language and tells every listener (`languageChanged`). */
  changeLanguage(lng?: string): Promise<TFunction> {
    if (lng) this.language = lng;
    this.emit('languageChanged', this.language);
    return Promise.resolve(this.t);
  }

  /**
   * Adds a namespace's strings for a language: merged into what is there (`deep`), existing kept unless `overwrite`.
   * Listeners hear `added` unless `options.silent` (as in i18next).
   */
  addResourceBundle(
    lng: string,
    ns: string,
    resources: Resource,
    deep = false,
    overwrite = false,
    options: { silent?: boolean } = {},
  ): this {
    const byNs = (this.store.data[lng] ??= {});
    const current = byNs[ns];
    if (!current) byNs[ns] = structuredClone(resources);
    else if (deep) merge(current, resources, overwrite);
    else byNs[ns] = { ...current, ...resources };
    if (!options.silent) this.store.emit('added', lng, ns);
    return this;
  }

  /** Adds or replaces one string (`key` may be a dotted path). */
  addResource(lng: string, ns: string, key: string, value: string): this {
    const resources: Resource = {};
    let node = resources;
    const parts = key.split('.');
    parts.slice(0, -1).forEach((part) => (node = node[part] = {}));
    node[parts[parts.length - 1]] = value;
    return this.addResourceBundle(lng, ns, resources, true, true);
  }

  hasResourceBundle(lng: string, ns: string): boolean {
    return !!this.store.data[lng]?.[ns];
  }

  getResourceBundle(lng: string, ns: string = this.config.defaultNS): Resource | undefined {
    return this.store.data[lng]?.[ns];
  }

  removeResourceBundle(lng: string, ns: string): this {
    delete this.store.data[lng]?.[ns];
    this.store.emit('removed', lng, ns);
    return this;
  }

  /** The direction of a language's script (default: the current language). */
  dir(lng: string = this.language): 'ltr' | 'rtl' {
    return this.config.dir(lng);
  }
}
