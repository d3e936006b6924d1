import en from '../locales/en/cldr.json' with { type: 'json' };
import { transliterateDigits } from './digits.js';
import { formatLoaders } from './loaders.js';
import { resolveLocale, type LocaleInfo } from './locales.js';
import { getPluralRule } from './plurals.js';

/*
 * Indian-aware formatting that gives the same output in every browser. Chromium's Intl data is trimmed to its
 * UI languages (as, brx, doi, ks, mai, mni, or, sa, sat have none, kok, ne, pa, sd only part), so the CLDR facts
 * these formatters need are extracted once from a full ICU (scripts/extract-cldr.mjs) into
 * locales/<code>/cldr.json, lazy-loaded with the locale. Intl itself is used only for locale-independent work:
 * rounding, and the calendar arithmetic of the Gregorian and Indian (Saka) calendars.
 */

type Pair = [positive: string, negative: string];
interface Symbols {
  decimal: string;
  group: string;
  pattern: Pair;
  currency: Pair;
  percent: Pair;
  grouping: Grouping;
  currencyGrouping: Grouping;
}
type Grouping = [primary: number, secondary: number, minimumGrouping: number];
type CompactTable = ({ d: number; f: Partial<Record<Intl.LDMLPluralRule, string>> } | null)[];
interface DateStyleData {
  p: string;
  m?: string[];
  w?: string[];
}
type Templates = Partial<Record<Intl.LDMLPluralRule, string>>;
/** The shape of locales/<code>/cldr.json. */
export interface FormatData {
  numbers: {
    nu: string;
    systems: Record<string, Symbols>;
    compact: { short: CompactTable; long: CompactTable };
  };
  dates: { nu: string } & Record<'gregory' | 'indian', Record<'medium' | 'long' | 'full', DateStyleData>>;
  relative: Record<string, { past: Templates; future: Templates; auto: Record<string, string> }>;
  lists: Record<'conjunction' | 'disjunction', { pair: string; start: string; middle: string; end: string }>;
}

/** `native`: the script's own digits (१२३); `latin`: 0–9; `default` (or omitted): what CLDR uses for the locale. */
export type Digits = 'native' | 'latin' | 'default';

export interface NumberOptions {
  digits?: Digits;
  style?: 'decimal' | 'percent';
  useGrouping?: boolean;
  minimumIntegerDigits?: number;
  minimumFractionDigits?: number;
  maximumFractionDigits?: number;
  minimumSignificantDigits?: number;
  maximumSignificantDigits?: number;
}
export interface CurrencyOptions extends Omit<NumberOptions, 'style'> {
  /** ISO 4217 code; INR by default (the only currency with shipped data; others use the browser's Intl). */
  currency?: string;
}
export interface CompactOptions extends Pick<NumberOptions, 'digits'> {
  /** `short`: 1.2 क॰ / 12L; `long`: 1.2 करोड़ / 12 lakh. */
  display?: 'short' | 'long';
}
export interface DateOptions {
  /** `short` (default): DD/MM/YYYY as Indian government forms use; `medium`, `long`, `full`: CLDR's forms. */
  style?: 'short' | 'medium' | 'long' | 'full';
  /** `gregory` (default) or `indian` (the Saka calendar of the Indian national calendar). */
  calendar?: 'gregory' | 'indian';
  digits?: Digits;
  /** Time zone the date is read in; India's by default so a date never shifts with the visitor's clock. */
  timeZone?: string;
}
export type RelativeTimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';
export interface RelativeTimeOptions extends Pick<NumberOptions, 'digits'> {
  unit?: RelativeTimeUnit | `${RelativeTimeUnit}s`;
  /** `always` (default): "1 day ago"; `auto`: "yesterday". */
  numeric?: 'always' | 'auto';
}
export interface ListOptions {
  type?: 'conjunction' | 'disjunction';
}

const store = new Map<string, FormatData>([['en', en as unknown as FormatData]]);
const pending = new Map<string, Promise<boolean>>();
const listeners = new Set<(code: string) => void>();

/** Calls `listener` whenever a locale's formatting data finishes loading (components re-render then). */
export function onFormatData(listener: (code: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True when the formatting data of the locale is loaded (English always is). */
export function hasFormatData(lang: string): boolean {
  return store.has(resolveLocale(lang).code);
}

/**
 * Loads a locale's formatting data. Formatters work before it arrives (through the browser's Intl with a locale
 * chain), but only give CLDR's output once it is loaded. `loadLocale()` calls this; resolves false on failure
 * (the next call retries).
 */
export function loadFormatData(lang: string): Promise<boolean> {
  const { code } = resolveLocale(lang);
  if (store.has(code)) return Promise.resolve(true);
  const loader = formatLoaders[code];
  if (!loader) return Promise.resolve(false);
  let promise = pending.get(code);
  if (!promise) {
    promise = loader().then(
      (module) => {
        store.set(code, module.default as unknown as FormatData);
        pending.delete(code);
        for (const listener of listeners) listener(code);
        return true;
      },
      (error: unknown) => {
        pending.delete(code);
        console.warn(`[sugam] could not load the formatting data of "${code}".`, error);
        return false;
      },
    );
    pending.set(code, promise);
  }
  return promise;
}

function dataFor(locale: LocaleInfo): FormatData | undefined {
  const data = store.get(locale.code);
  if (!data) void loadFormatData(locale.code);
  return data;
}

function numberingSystem(locale: LocaleInfo, digits: Digits | undefined, fallback: string): string {
  if (digits === 'native') return locale.nativeDigits;
  if (digits === 'latin') return 'latn';
  return fallback;
}

/** Before a locale's data has loaded: the browser's Intl with a chain ending in en-IN and explicit digits. */
function chain(locale: LocaleInfo): string[] {
  return [locale.cldr, 'en-IN'];
}

const intlCache = new Map<string, Intl.NumberFormat>();
function roundingFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let format = intlCache.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { ...options, useGrouping: false, numberingSystem: 'latn' });
    intlCache.set(key, format);
  }
  return format;
}

const ROUNDING_KEYS = [
  'minimumIntegerDigits',
  'minimumFractionDigits',
  'maximumFractionDigits',
  'minimumSignificantDigits',
  'maximumSignificantDigits',
] as const;

function rounding(options: NumberOptions, defaults: Intl.NumberFormatOptions): Intl.NumberFormatOptions {
  const result: Intl.NumberFormatOptions = { ...defaults };
  for (const key of ROUNDING_KEYS) if (typeof options[key] === 'number') result[key] = options[key];
  // A minimum above the default maximum raises the maximum, as Intl does.
  if ((result.minimumFractionDigits ?? 0) > (result.maximumFractionDigits ?? 3)) {
    result.maximumFractionDigits = result.minimumFractionDigits;
  }
  return result;
}

function group(integer: string, [primary, secondary, minimum]: Grouping, separator: string): string {
  if (!primary || integer.length < primary + minimum) return integer;
  let rest = integer.slice(0, -primary);
  const groups = [integer.slice(-primary)];
  while (rest.length > secondary) {
    groups.unshift(rest.slice(-secondary));
    rest = rest.slice(0, -secondary);
  }
  if (rest) groups.unshift(rest);
  return groups.join(separator);
}

/** Rounded Latin digits of |value| ("1234567.5") and whether the result is negative. */
function round(value: number, options: Intl.NumberFormatOptions): { digits: string; negative: boolean } {
  const text = roundingFormat(options).format(value);
  return { digits: text.replace('-', ''), negative: text.startsWith('-') };
}

function compose(digits: string, symbols: Symbols, grouping: Grouping | null, nu: string): string {
  const [integer, fraction] = digits.split('.');
  const grouped = grouping ? group(integer, grouping, symbols.group) : integer;
  return transliterateDigits(fraction ? `${grouped}${symbols.decimal}${fraction}` : grouped, nu);
}

function symbolsFor(data: FormatData, nu: string): Symbols {
  return data.numbers.systems[nu] ?? data.numbers.systems[data.numbers.nu];
}

const fill = (template: string, number: string) => template.replace('{n}', number);

/**
 * Formats a number the Indian way for a locale: lakh/crore grouping where CLDR uses it (12,34,567.5), the
 * locale's symbols and digits. `formatNumber(1234567.5, 'bn')` → `'১২,৩৪,৫৬৭.৫'`;
 * `formatNumber(1234567.5, 'hi', { digits: 'native' })` → `'१२,३४,५६७.५'`.
 */
export function formatNumber(value: number, lang: string, options: NumberOptions = {}): string {
  const locale = resolveLocale(lang);
  const data = dataFor(locale);
  const number = Number(value);
  const percent = options.style === 'percent';
  const nu = numberingSystem(locale, options.digits, data?.numbers.nu ?? locale.defaultDigits);
  if (!data || !Number.isFinite(number)) {
    return new Intl.NumberFormat(chain(locale), {
      ...rounding(options, {}),
      style: options.style,
      numberingSystem: nu,
    }).format(number);
  }
  const defaults = percent ? { maximumFractionDigits: 0 } : { maximumFractionDigits: 3 };
  const { digits, negative } = round(percent ? number * 100 : number, rounding(options, defaults));
  const symbols = symbolsFor(data, nu);
  const text = compose(digits, symbols, options.useGrouping === false ? null : symbols.grouping, nu);
  const patterns = percent ? symbols.percent : symbols.pattern;
  return fill(patterns[negative ? 1 : 0], text);
}

/**
 * Formats an amount of money, in rupees unless told otherwise: `formatCurrency(1234567.5, 'hi')` →
 * `'₹12,34,567.50'`; `formatCurrency(1234567.5, 'sd')` → `'١٢٬٣٤٬٥٦٧.٥٠ ₹'`.
 */
export function formatCurrency(value: number, lang: string, options: CurrencyOptions = {}): string {
  const locale = resolveLocale(lang);
  const data = dataFor(locale);
  const number = Number(value);
  const currency = (options.currency ?? 'INR').toUpperCase();
  const nu = numberingSystem(locale, options.digits, data?.numbers.nu ?? locale.defaultDigits);
  if (!data || currency !== 'INR' || !Number.isFinite(number)) {
    return new Intl.NumberFormat(chain(locale), {
      ...rounding(options, {}),
      style: 'currency',
      currency,
      numberingSystem: nu,
    }).format(number);
  }
  const { digits, negative } = round(number, rounding(options, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  const symbols = symbolsFor(data, nu);
  const text = compose(digits, symbols, options.useGrouping === false ? null : symbols.currencyGrouping, nu);
  return fill(symbols.currency[negative ? 1 : 0], text);
}

const compactRounding = { maximumFractionDigits: 0, maximumSignificantDigits: 2, roundingPriority: 'morePrecision' };

/**
 * Formats a number compactly in the locale's own units: `formatCompact(12345678, 'hi')` → `'1.2 क॰'`,
 * `{ display: 'long' }` → `'1.2 करोड़'`; en → `'1.2Cr'`.
 */
export function formatCompact(value: number, lang: string, options: CompactOptions = {}): string {
  const locale = resolveLocale(lang);
  const data = dataFor(locale);
  const number = Number(value);
  const display = options.display ?? 'short';
  const nu = numberingSystem(locale, options.digits, data?.numbers.nu ?? locale.defaultDigits);
  if (!data || !Number.isFinite(number)) {
    return new Intl.NumberFormat(chain(locale), {
      notation: 'compact',
      compactDisplay: display,
      numberingSystem: nu,
    }).format(number);
  }
  const table = data.numbers.compact[display];
  const magnitude = (n: number) => (n >= 1 ? Math.min(Math.trunc(n).toString().length - 1, table.length - 1) : 0);
  const absolute = Math.abs(number);
  let entry = table[magnitude(absolute)];
  let scaled = round(absolute / 10 ** (entry?.d ?? 0), compactRounding as Intl.NumberFormatOptions);
  // Rounding may reach the next unit (99,999 → 1 lakh, not 100 thousand).
  const rounded = Number(scaled.digits) * 10 ** (entry?.d ?? 0);
  const next = table[magnitude(rounded)];
  if (next !== entry && magnitude(rounded) > magnitude(absolute)) {
    entry = next;
    scaled = round(rounded / 10 ** (entry?.d ?? 0), compactRounding as Intl.NumberFormatOptions);
  }
  const symbols = symbolsFor(data, nu);
  // Compact notation groups only from five digits on, as ICU does (5000T, 50,000 खरब).
  const [primary, secondary, minimum] = symbols.grouping;
  const text = compose(scaled.digits, symbols, [primary, secondary, Math.max(2, minimum)], nu);
  let result = text;
  if (entry) {
    const category = getPluralRule(locale.code)?.select(Number(scaled.digits)) ?? 'other';
    result = fill(entry.f[category] ?? entry.f.other ?? Object.values(entry.f)[0] ?? '{n}', text);
  }
  return number < 0 ? fill(symbols.pattern[1], result) : result;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const fieldFormats = new Map<string, Intl.DateTimeFormat>();

/** Day, month, year and weekday of a date in a calendar and time zone (Intl's calendar arithmetic only). */
function dateFields(date: Date, calendar: string, timeZone: string) {
  const key = `${calendar}|${timeZone}`;
  let format = fieldFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      calendar,
      numberingSystem: 'latn',
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
    });
    fieldFormats.set(key, format);
  }
  const parts = format.formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    day: Number(get('day')),
    month: Number(get('month')),
    year: Number(get('year') || get('relatedYear')),
    weekday: WEEKDAYS.indexOf(get('weekday')),
  };
}

const warnedDates = new Set<string>();

/**
 * Formats a date: DD/MM/YYYY by default (`formatDate(new Date('2025-01-26'), 'bn')` → `'২৬/০১/২০২৫'`), CLDR's
 * `medium`, `long` and `full` forms (`'रविवार, 26 जनवरी 2025'`), and with `calendar: 'indian'` the Saka
 * calendar (`'6 माघ 1946 शक'`). Dates are read in India's time zone unless `timeZone` says otherwise.
 */
export function formatDate(value: Date | number | string, lang: string, options: DateOptions = {}): string {
  const locale = resolveLocale(lang);
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) {
    const key = String(value);
    if (!warnedDates.has(key)) {
      warnedDates.add(key);
      console.warn(`[sugam] formatDate: "${key}" is not a date.`);
    }
    return '';
  }
  const data = dataFor(locale);
  const style = options.style ?? 'short';
  const calendar = options.calendar === 'indian' ? 'indian' : 'gregory';
  const timeZone = options.timeZone ?? 'Asia/Kolkata';
  const nu = numberingSystem(locale, options.digits, data?.dates.nu ?? locale.defaultDigits);
  const fields = dateFields(date, calendar, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (style === 'short') {
    return transliterateDigits(`${pad(fields.day)}/${pad(fields.month)}/${fields.year}`, nu);
  }
  const styleData = data?.dates[calendar][style];
  if (!styleData) {
    return new Intl.DateTimeFormat(chain(locale), { dateStyle: style, calendar, timeZone, numberingSystem: nu }).format(
      date,
    );
  }
  const values: Record<string, string> = {
    d: String(fields.day),
    dd: pad(fields.day),
    M: String(fields.month),
    MM: pad(fields.month),
    y: String(fields.year),
  };
  return styleData.p.replace(/\{(\w+)\}/g, (_, field: string) => {
    if (field === 'month') return styleData.m?.[fields.month - 1] ?? '';
    if (field === 'weekday') return styleData.w?.[fields.weekday] ?? '';
    return transliterateDigits(values[field] ?? '', nu);
  });
}

/**
 * Formats a time relative to now: `formatRelativeTime(-3, 'hi', { unit: 'day' })` → `'3 दिन पहले'`;
 * `{ numeric: 'auto' }` gives `'कल'` for -1. The value's sign says past (negative) or future.
 */
export function formatRelativeTime(value: number, lang: string, options: RelativeTimeOptions = {}): string {
  const locale = resolveLocale(lang);
  const data = dataFor(locale);
  const unit = (options.unit ?? 'day').replace(/s$/, '') as RelativeTimeUnit;
  const number = Number(value);
  const entry = data?.relative[unit];
  if (!data || !entry || !Number.isFinite(number)) {
    return new Intl.RelativeTimeFormat(chain(locale), { numeric: options.numeric ?? 'always' }).format(number, unit);
  }
  if (options.numeric === 'auto' && entry.auto[String(number)] !== undefined) return entry.auto[String(number)];
  const past = number < 0 || Object.is(number, -0);
  const templates = past ? entry.past : entry.future;
  const category = getPluralRule(locale.code)?.select(Math.abs(number)) ?? 'other';
  const text = formatNumber(Math.abs(number), locale.code, { digits: options.digits });
  return fill(templates[category] ?? templates.other ?? '{n}', text);
}

/** Joins items the locale's way: `formatList(['A', 'B', 'C'], 'hi')` → `'A, B, और C'`. */
export function formatList(items: Iterable<string>, lang: string, options: ListOptions = {}): string {
  const locale = resolveLocale(lang);
  const data = dataFor(locale);
  const list = [...items].map(String);
  const type = options.type === 'disjunction' ? 'disjunction' : 'conjunction';
  if (!data) return new Intl.ListFormat(chain(locale), { type }).format(list);
  const patterns = data.lists[type];
  if (list.length <= 1) return list[0] ?? '';
  if (list.length === 2) return `${list[0]}${patterns.pair}${list[1]}`;
  let result = `${list[0]}${patterns.start}${list[1]}`;
  for (let i = 2; i < list.length - 1; i++) result += `${patterns.middle}${list[i]}`;
  return `${result}${patterns.end}${list.at(-1)}`;
}
