import { formatLoaders, resolveLocale, type FormatData } from '@sugam/i18n';

/**
 * Calendar dates as plain day/month/year numbers. A date field never turns a date into a point in time: there is
 * no time zone in which 26/01/2025 becomes the 25th. Arithmetic goes through UTC, whose days are all 24 hours long.
 */
export interface CalendarDate {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

const utc = (year: number, month: number, day: number): Date => {
  const date = new Date(Date.UTC(2000, month - 1, day, 12));
  date.setUTCFullYear(year, month - 1, day);
  return date;
};

const fromUtc = (date: Date): CalendarDate => ({
  year: date.getUTCFullYear(),
  month: date.getUTCMonth() + 1,
  day: date.getUTCDate(),
});

/** Whether the numbers name a real date (31/02 does not). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return utc(year, month + 1, 0).getUTCDate();
}

/** Reads an ISO `YYYY-MM-DD` date (the value format of `<input type=date>`); anything else gives undefined. */
export function parseIso(text: string | null | undefined): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  return isRealDate(year, month, day) ? { year, month, day } : undefined;
}

export function toIso(date: CalendarDate): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

const SEPARATORS = '[\\s/.\\-\\u060C\\u060D\\u066B\\u066C\\u2044\\u2215\\u0964]+';
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})${SEPARATORS}(\\d{1,2})${SEPARATORS}(\\d{4})$`);

/**
 * Reads a day-month-year date as people type it, in ASCII digits (convert native digits first):
 * `26/01/2025`, `26-1-2025`, `26.01.2025`, `26 01 2025`, `26012025`. Returns `null` for text that is not a real
 * date (31/02/2025, 2025-01-26, 26/01/25) and `undefined` for empty text.
 */
export function parseDayMonthYear(text: string): CalendarDate | null | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const match = DAY_MONTH_YEAR.exec(trimmed) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(trimmed);
  if (!match) return null;
  const [day, month, year] = match.slice(1).map(Number);
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function sameDate(a: CalendarDate | undefined, b: CalendarDate | undefined): boolean {
  return Boolean(a && b && compareDates(a, b) === 0);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const moved = utc(date.year, date.month, date.day);
  moved.setUTCDate(moved.getUTCDate() + days);
  return fromUtc(moved);
}

/** Moves by whole months, keeping the day where the month has it (31 January + 1 month → 28/29 February). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: CalendarDate): number {
  return utc(date.year, date.month, date.day).getUTCDay();
}

/** Today in the visitor's own calendar. */
export function today(): CalendarDate {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/**
 * The date as a `Date` at noon UTC, for `formatDate(…, { timeZone: 'UTC' })`: it names the same calendar day in
 * every time zone the formatter could be told about.
 */
export function toUtcNoon(date: CalendarDate): Date {
  return utc(date.year, date.month, date.day);
}

export function clampDate(date: CalendarDate, min?: CalendarDate, max?: CalendarDate): CalendarDate {
  if (min && compareDates(date, min) < 0) return min;
  if (max && compareDates(date, max) > 0) return max;
  return date;
}

/** Month names (January first) and weekday names (Sunday first) of a locale, in full. */
export interface DateNames {
  months: string[];
  weekdays: string[];
}

const names = new Map<string, DateNames>();
const pending = new Map<string, Promise<DateNames>>();

function intlNames(locale: string): DateNames {
  const month = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  const day = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  return {
    months: Array.from({ length: 12 }, (_, i) => month.format(utc(2025, i + 1, 1))),
    // 5 January 2025 is a Sunday.
    weekdays: Array.from({ length: 7 }, (_, i) => day.format(utc(2025, 1, 5 + i))),
  };
}

/** The names already loaded for a language (English always is); undefined until `loadDateNames` resolves. */
export function dateNames(lang: string): DateNames | undefined {
  const { code } = resolveLocale(lang);
  if (!formatLoaders[code] && !names.has(code)) names.set(code, intlNames('en-IN'));
  return names.get(code);
}

/**
 * Loads the month and weekday names of a language from the same CLDR data `formatDate` uses (@sugam/i18n's
 * per-locale `cldr.json`), so every locale has them even where the browser's Intl has no data.
 */
export function loadDateNames(lang: string): Promise<DateNames> {
  const { code } = resolveLocale(lang);
  const known = dateNames(code);
  if (known) return Promise.resolve(known);
  let promise = pending.get(code);
  if (!promise) {
    promise = formatLoaders[code]().then(
      (module) => {
        const data = module.default as unknown as FormatData;
        const full = data.dates.gregory.full;
        const result = full.m?.length === 12 && full.w?.length === 7 ? { months: full.m, weekdays: full.w } : undefined;
        const loaded = result ?? intlNames(resolveLocale(code).cldr);
        names.set(code, loaded);
        return loaded;
      },
      () => {
        pending.delete(code);
        return intlNames('en-IN');
      },
    );
    pending.set(code, promise);
  }
  return promise;
}
