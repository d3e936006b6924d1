// Extracts the CLDR facts Sugam's formatters need (number symbols and grouping, currency, compact and list
// patterns, date patterns with month and weekday names, relative-time patterns) from Node's full ICU, so the
// formatters give the same output in every browser, including browsers whose Intl data lacks a locale.
// Run once after changing the locale registry or upgrading Node: `node packages/i18n/scripts/extract-cldr.mjs`.
// Writes packages/i18n/locales/<code>/cldr.json (commit them) and test/i18n-format.expected.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, '..');
const repoDir = join(packageDir, '..', '..');

// code → [CLDR tag used as the oracle, numbering system override (only where CLDR has no data for the script)]
export const CLDR_TAGS = {
  en: ['en-IN'],
  as: ['as-IN'],
  bn: ['bn-IN'],
  brx: ['brx-IN'],
  doi: ['doi-IN'],
  gu: ['gu-IN'],
  hi: ['hi-IN'],
  kn: ['kn-IN'],
  ks: ['ks-Arab-IN'],
  'ks-Deva': ['ks-Deva-IN'],
  kok: ['kok-IN'],
  mai: ['mai-IN'],
  ml: ['ml-IN'],
  mni: ['mni-Beng-IN'],
  // CLDR has no Meetei Mayek data: its Bengali-script data with Meetei Mayek digits.
  'mni-Mtei': ['mni-Mtei-IN', 'mtei'],
  mr: ['mr-IN'],
  ne: ['ne-IN'],
  or: ['or-IN'],
  pa: ['pa-Guru-IN'],
  sa: ['sa-IN'],
  sat: ['sat-Olck-IN'],
  sd: ['sd-Arab-IN'],
  'sd-Deva': ['sd-Deva-IN'],
  ta: ['ta-IN'],
  te: ['te-IN'],
  ur: ['ur-IN'],
};

// Documented corrections of CLDR data (applied to the data and to the expected strings alike).
// ks: CLDR 48 gives Islamic month names for the Indian (Saka) calendar; Urdu's Saka month names are used instead.
const SAKA_MONTHS_FROM = { ks: 'ur-IN' };

const TZ = 'Asia/Kolkata';
const tagOf = (code) => {
  const [tag, nu] = CLDR_TAGS[code];
  return nu ? `${tag}-u-nu-${nu}` : tag;
};
const latnTag = (code) => `${CLDR_TAGS[code][0]}-u-nu-latn`;
const NUMERIC = new Set(['integer', 'group', 'decimal', 'fraction']);

/** Parts → template with the number as {n}. */
function numberTemplate(parts) {
  let out = '';
  let inNumber = false;
  for (const part of parts) {
    if (NUMERIC.has(part.type)) {
      if (!inNumber) out += '{n}';
      inNumber = true;
    } else {
      out += part.value;
      if (part.type !== 'literal' || part.value.trim()) inNumber = false;
    }
  }
  return out;
}

function grouping(tag, options = {}) {
  const f = new Intl.NumberFormat(tag, options);
  const groups = f
    .formatToParts(1234567890123)
    .filter((p) => p.type === 'integer')
    .map((p) => p.value.length);
  const primary = groups.at(-1);
  const secondary = groups.length > 2 ? groups.at(-2) : primary;
  const minGrouping = f.formatToParts(1234).some((p) => p.type === 'group') ? 1 : 2;
  return groups.length > 1 ? [primary, secondary, minGrouping] : [0, 0, 1];
}

function plural(tag, n) {
  return new Intl.PluralRules(tag).select(n);
}

/** Symbols, sign/currency/percent patterns and grouping, which depend on the numbering system (ur: "-" vs "‎-‎"). */
function symbols(code, nu) {
  const tag = `${CLDR_TAGS[code][0]}-u-nu-${nu}`;
  const dec = new Intl.NumberFormat(tag);
  const parts = dec.formatToParts(-1234.5);
  const symbol = (type) => parts.find((p) => p.type === type)?.value;
  const currency = new Intl.NumberFormat(tag, { style: 'currency', currency: 'INR' });
  const percent = new Intl.NumberFormat(tag, { style: 'percent' });
  return {
    decimal: symbol('decimal'),
    group: symbol('group'),
    pattern: [numberTemplate(dec.formatToParts(1)), numberTemplate(dec.formatToParts(-1))],
    currency: [numberTemplate(currency.formatToParts(1)), numberTemplate(currency.formatToParts(-1))],
    percent: [numberTemplate(percent.formatToParts(0.1)), numberTemplate(percent.formatToParts(-0.1))],
    // Grouping can depend on the digits too (te: 12,34,567 in Latin digits, ౧,౨౩౪,౫౬౭ in Telugu ones).
    grouping: grouping(tag),
    currencyGrouping: grouping(tag, { style: 'currency', currency: 'INR' }),
  };
}

function numbers(code) {
  const tag = tagOf(code);
  const latn = latnTag(code);
  const nu = new Intl.NumberFormat(tag).resolvedOptions().numberingSystem;
  const systems = {};
  for (const system of new Set(['latn', nu, NATIVE[code]])) systems[system] = symbols(code, system);
  const compact = {};
  for (const display of ['short', 'long']) {
    const f = new Intl.NumberFormat(latn, { notation: 'compact', compactDisplay: display });
    const table = [];
    for (let e = 0; e <= 17; e++) {
      const forms = {};
      let divisor = 0;
      for (const m of [1, 2, 3, 5, 1.5]) {
        const value = m * 10 ** e;
        const p = f.formatToParts(value);
        const digits = p
          .filter((x) => x.type === 'integer' || x.type === 'fraction' || x.type === 'decimal')
          .map((x) => (x.type === 'decimal' ? '.' : x.value))
          .join('');
        const shown = Number(digits);
        divisor = Math.round(Math.log10(value / shown));
        forms[plural(latn, shown)] ??= numberTemplate(p);
      }
      table.push(divisor === 0 && Object.values(forms).every((t) => t === '{n}') ? null : { d: divisor, f: forms });
    }
    compact[display] = table;
  }
  return {
    nu,
    systems,
    compact,
  };
}

/** Gregorian or Saka (day, month, year) of a date in India. */
function fields(date, calendar) {
  const parts = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, {
    timeZone: TZ,
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).formatToParts(date);
  const get = (type) => Number(parts.find((p) => p.type === type).value);
  return { day: get('day'), month: get('month'), year: get('year') };
}

function dates(code) {
  const tag = tagOf(code);
  const out = { nu: new Intl.DateTimeFormat(tag).resolvedOptions().numberingSystem };
  for (const calendar of ['gregory', 'indian']) {
    // A date whose day of month is below 10 in this calendar, so a 2-digit day shows as such.
    let reference = new Date(Date.UTC(2025, 0, 1, 6));
    while (fields(reference, calendar).day !== 4) reference = new Date(reference.getTime() + 86400000);
    const namesTag = calendar === 'indian' && SAKA_MONTHS_FROM[code] ? SAKA_MONTHS_FROM[code] : tag;
    out[calendar] = {};
    for (const style of ['medium', 'long', 'full']) {
      const f = new Intl.DateTimeFormat(tag, { calendar, dateStyle: style, timeZone: TZ });
      const template = f
        .formatToParts(reference)
        .map((p) => {
          if (p.type === 'literal') return p.value.replace(/[{}]/g, '');
          if (p.type === 'day') return p.value.length === 2 ? '{dd}' : '{d}';
          if (p.type === 'month')
            return /^\p{Nd}+$/u.test(p.value) ? (p.value.length === 2 ? '{MM}' : '{M}') : '{month}';
          if (p.type === 'year' || p.type === 'relatedYear') return '{y}';
          if (p.type === 'weekday') return '{weekday}';
          if (p.type === 'era') return `{era:${p.value}}`;
          throw new Error(`${code}: unexpected date part ${p.type}`);
        })
        .join('')
        .replace(/\{era:([^}]*)\}/g, (_, era) => era);
      const months = [];
      const weekdays = [];
      const namesFormat = new Intl.DateTimeFormat(namesTag, { calendar, dateStyle: style, timeZone: TZ });
      const own = new Intl.DateTimeFormat(tag, { calendar, dateStyle: style, timeZone: TZ });
      for (let day = 0; day < 400; day++) {
        const date = new Date(Date.UTC(2025, 0, 1, 6) + day * 86400000);
        const { month } = fields(date, calendar);
        const monthPart = namesFormat.formatToParts(date).find((p) => p.type === 'month');
        if (monthPart && months[month - 1] === undefined) months[month - 1] = monthPart.value;
        const weekdayPart = own.formatToParts(date).find((p) => p.type === 'weekday');
        if (weekdayPart) weekdays[date.getUTCDay()] = weekdayPart.value;
      }
      out[calendar][style] = { p: template };
      if (template.includes('{month}')) out[calendar][style].m = months;
      if (template.includes('{weekday}')) out[calendar][style].w = weekdays;
    }
  }
  return out;
}

const UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'];

function relative(code) {
  const latn = latnTag(code);
  const always = new Intl.RelativeTimeFormat(latn, { numeric: 'always' });
  const auto = new Intl.RelativeTimeFormat(latn, { numeric: 'auto' });
  const out = {};
  for (const unit of UNITS) {
    const entry = { past: {}, future: {}, auto: {} };
    for (const v of [1, 2, 3, 5, 1.5, 0]) {
      for (const [sign, value] of [
        ['past', -v],
        ['future', v],
      ]) {
        const category = plural(latn, v);
        entry[sign][category] ??= numberTemplate(always.formatToParts(value, unit));
      }
    }
    for (const v of [-2, -1, 0, 1, 2]) {
      const a = auto.format(v, unit);
      if (a !== always.format(v, unit)) entry.auto[v] = a;
    }
    out[unit] = entry;
  }
  return out;
}

function lists(code) {
  const tag = tagOf(code);
  const out = {};
  for (const type of ['conjunction', 'disjunction']) {
    const f = new Intl.ListFormat(tag, { type });
    const literals = (items) => {
      const parts = f.formatToParts(items);
      const result = [];
      let current = '';
      for (const p of parts) {
        if (p.type === 'element') {
          result.push(current);
          current = '';
        } else current += p.value;
      }
      result.push(current);
      return result;
    };
    const two = literals(['A', 'B']);
    const four = literals(['A', 'B', 'C', 'D']);
    if (two[0] || two[2] || four[0] || four[4]) throw new Error(`${code}: list pattern with prefix or suffix`);
    out[type] = { pair: two[1], start: four[1], middle: four[2], end: four[3] };
  }
  return out;
}

// ---------- expected strings for the Chromium tests (the oracle) ----------
function expected(code) {
  const tag = tagOf(code);
  const [base] = CLDR_TAGS[code];
  const nf = (o = {}) => new Intl.NumberFormat(tag, o);
  const date = new Date(Date.UTC(2025, 0, 26, 6));
  const date2 = new Date(Date.UTC(2024, 7, 5, 6));
  const dtf = (o) => new Intl.DateTimeFormat(tag, { timeZone: TZ, ...o });
  const native = NATIVE[code];
  const pad = (n) => String(n).padStart(2, '0');
  const digits = (s, nu) => s.replace(/[0-9]/g, (d) => new Intl.NumberFormat(`en-u-nu-${nu}`).format(Number(d)));
  const defaultNu = new Intl.DateTimeFormat(tag).resolvedOptions().numberingSystem;
  const sakaNames = (d, style) => {
    const from = SAKA_MONTHS_FROM[code];
    const s = dtf({ dateStyle: style, calendar: 'indian' }).format(d);
    if (!from) return s;
    const wrong = dtf({ dateStyle: style, calendar: 'indian' })
      .formatToParts(d)
      .find((p) => p.type === 'month').value;
    const right = new Intl.DateTimeFormat(from, { timeZone: TZ, dateStyle: style, calendar: 'indian' })
      .formatToParts(d)
      .find((p) => p.type === 'month').value;
    return s.replace(wrong, right);
  };
  const rtf = (o) => new Intl.RelativeTimeFormat(tag, o);
  return {
    number: nf().format(1234567.891),
    numberNegative: nf().format(-98765.4),
    numberSmall: nf().format(999),
    numberNative: nf({ numberingSystem: native }).format(1234567.5),
    numberLatin: nf({ numberingSystem: 'latn' }).format(1234567.5),
    percent: nf({ style: 'percent' }).format(0.256),
    currency: nf({ style: 'currency', currency: 'INR' }).format(1234567.5),
    currencyNegative: nf({ style: 'currency', currency: 'INR' }).format(-42),
    compact: nf({ notation: 'compact' }).format(12345678),
    compactThousands: nf({ notation: 'compact' }).format(1500),
    compactLong: nf({ notation: 'compact', compactDisplay: 'long' }).format(250000),
    compactLongOne: nf({ notation: 'compact', compactDisplay: 'long' }).format(10000000),
    dateShort: digits(`${pad(26)}/${pad(1)}/2025`, defaultNu),
    dateShort2: digits(`${pad(5)}/${pad(8)}/2024`, defaultNu),
    dateMedium: dtf({ dateStyle: 'medium' }).format(date),
    dateLong: dtf({ dateStyle: 'long' }).format(date2),
    dateFull: dtf({ dateStyle: 'full' }).format(date),
    dateSaka: sakaNames(date, 'long'),
    dateSakaFull: sakaNames(date2, 'full'),
    relativeDaysAgo: rtf({ numeric: 'always' }).format(-3, 'day'),
    relativeInHours: rtf({ numeric: 'always' }).format(2, 'hour'),
    relativeYesterday: rtf({ numeric: 'auto' }).format(-1, 'day'),
    relativeInMonths: rtf({ numeric: 'always' }).format(1, 'month'),
    list: new Intl.ListFormat(tag).format(['A', 'B', 'C']),
    listTwo: new Intl.ListFormat(tag).format(['A', 'B']),
    listOr: new Intl.ListFormat(tag, { type: 'disjunction' }).format(['A', 'B', 'C', 'D']),
    numberSeries: SERIES.map((v) => nf().format(v)).join(' | '),
    numberSeriesNative: SERIES.map((v) => nf({ numberingSystem: native }).format(v)).join(' | '),
    currencySeries: SERIES.map((v) => nf({ style: 'currency', currency: 'INR' }).format(v)).join(' | '),
    compactSeries: COMPACT_SERIES.map((v) => nf({ notation: 'compact' }).format(v)).join(' | '),
    compactLongSeries: COMPACT_SERIES.map((v) => nf({ notation: 'compact', compactDisplay: 'long' }).format(v)).join(
      ' | ',
    ),
    relativeSeries: RELATIVE_SERIES.map(([v, u]) => rtf({ numeric: 'auto' }).format(v, u)).join(' | '),
    _tag: base,
  };
}

export const SERIES = [0, 5, 12.5, 1000, 99999.999, 100000, -1234567.89, 1e9, 0.0005];
export const COMPACT_SERIES = [0, 999, 1000, 2000, 99999, 123456, 1e7, 1.5e9, 2e12, 5e15];
export const RELATIVE_SERIES = [
  [-1, 'day'],
  [0, 'day'],
  [1, 'day'],
  [2, 'day'],
  [-2, 'week'],
  [1, 'year'],
  [-10, 'minute'],
  [45, 'second'],
  [3, 'quarter'],
  [-1, 'month'],
  [1000, 'day'],
];

const NATIVE = {
  en: 'latn',
  as: 'beng',
  bn: 'beng',
  brx: 'deva',
  doi: 'deva',
  gu: 'gujr',
  hi: 'deva',
  kn: 'knda',
  ks: 'arabext',
  'ks-Deva': 'deva',
  kok: 'deva',
  mai: 'deva',
  ml: 'mlym',
  mni: 'beng',
  'mni-Mtei': 'mtei',
  mr: 'deva',
  ne: 'deva',
  or: 'orya',
  pa: 'guru',
  sa: 'deva',
  sat: 'olck',
  sd: 'arab',
  'sd-Deva': 'deva',
  ta: 'tamldec',
  te: 'telu',
  ur: 'arabext',
};

const all = {};
for (const code of Object.keys(CLDR_TAGS)) {
  const data = { numbers: numbers(code), dates: dates(code), relative: relative(code), lists: lists(code) };
  const dir = join(packageDir, 'locales', code);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'cldr.json'), `${JSON.stringify(data)}\n`);
  all[code] = expected(code);
}
writeFileSync(
  join(repoDir, 'test', 'i18n-format.expected.json'),
  `${JSON.stringify({ $generated: `Node ${process.version}, ICU ${process.versions.icu}, CLDR ${process.versions.cldr}`, ...all }, null, 2)}\n`,
);
console.log(
  `wrote cldr.json for ${Object.keys(all).length} locales (ICU ${process.versions.icu}, CLDR ${process.versions.cldr})`,
);
