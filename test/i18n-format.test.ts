import { expect } from '@open-wc/testing';
import {
  LOCALES,
  formatCompact,
  formatCurrency,
  formatDate,
  formatList,
  formatNumber,
  formatRelativeTime,
  hasFormatData,
  i18n,
  loadLocale,
  toLatinDigits,
  toNativeDigits,
  type RelativeTimeUnit,
  registerStrings,
} from '@sugam/i18n';
// Generated from Node's full ICU by packages/i18n/scripts/extract-cldr.mjs: CLDR's own output, the oracle.
import expected from './i18n-format.expected.json' with { type: 'json' };
import * as en from '@sugam/i18n/en';

// The library's whole English catalogue (components register only their own groups).
registerStrings(en);

type Expected = Record<string, string>;
const table = expected as unknown as Record<string, Expected>;

// The same inputs as the generator's.
const SERIES = [0, 5, 12.5, 1000, 99999.999, 100000, -1234567.89, 1e9, 0.0005];
const COMPACT_SERIES = [0, 999, 1000, 2000, 99999, 123456, 1e7, 1.5e9, 2e12, 5e15];
const RELATIVE_SERIES: [number, RelativeTimeUnit][] = [
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

const jan26 = new Date(Date.UTC(2025, 0, 26, 6));
const aug5 = new Date(Date.UTC(2024, 7, 5, 6));

/** What each formatter gives in this browser, under the same names as the expected strings. */
function actual(code: string): Expected {
  return {
    number: formatNumber(1234567.891, code),
    numberNegative: formatNumber(-98765.4, code),
    numberSmall: formatNumber(999, code),
    numberNative: formatNumber(1234567.5, code, { digits: 'native' }),
    numberLatin: formatNumber(1234567.5, code, { digits: 'latin' }),
    percent: formatNumber(0.256, code, { style: 'percent' }),
    currency: formatCurrency(1234567.5, code),
    currencyNegative: formatCurrency(-42, code),
    compact: formatCompact(12345678, code),
    compactThousands: formatCompact(1500, code),
    compactLong: formatCompact(250000, code, { display: 'long' }),
    compactLongOne: formatCompact(10000000, code, { display: 'long' }),
    dateShort: formatDate(jan26, code),
    dateShort2: formatDate(aug5, code),
    dateMedium: formatDate(jan26, code, { style: 'medium' }),
    dateLong: formatDate(aug5, code, { style: 'long' }),
    dateFull: formatDate(jan26, code, { style: 'full' }),
    dateSaka: formatDate(jan26, code, { style: 'long', calendar: 'indian' }),
    dateSakaFull: formatDate(aug5, code, { style: 'full', calendar: 'indian' }),
    relativeDaysAgo: formatRelativeTime(-3, code, { unit: 'day' }),
    relativeInHours: formatRelativeTime(2, code, { unit: 'hours' }),
    relativeYesterday: formatRelativeTime(-1, code, { unit: 'day', numeric: 'auto' }),
    relativeInMonths: formatRelativeTime(1, code, { unit: 'month' }),
    list: formatList(['A', 'B', 'C'], code),
    listTwo: formatList(['A', 'B'], code),
    listOr: formatList(['A', 'B', 'C', 'D'], code, { type: 'disjunction' }),
    numberSeries: SERIES.map((v) => formatNumber(v, code)).join(' | '),
    numberSeriesNative: SERIES.map((v) => formatNumber(v, code, { digits: 'native' })).join(' | '),
    currencySeries: SERIES.map((v) => formatCurrency(v, code)).join(' | '),
    compactSeries: COMPACT_SERIES.map((v) => formatCompact(v, code)).join(' | '),
    compactLongSeries: COMPACT_SERIES.map((v) => formatCompact(v, code, { display: 'long' })).join(' | '),
    relativeSeries: RELATIVE_SERIES.map(([v, unit]) => formatRelativeTime(v, code, { unit, numeric: 'auto' })).join(
      ' | ',
    ),
  };
}

describe('i18n formatting', () => {
  before(async () => {
    await Promise.all(LOCALES.map((l) => loadLocale(l.code)));
  });

  it('has expected strings for every shipped locale', () => {
    expect(Object.keys(table).filter((k) => !k.startsWith('$'))).to.have.members(LOCALES.map((l) => l.code));
  });

  for (const locale of LOCALES) {
    it(`${locale.code} (${locale.englishName}) equals CLDR's output`, () => {
      expect(hasFormatData(locale.code)).to.equal(true);
      const want: Expected = { ...table[locale.code] };
      delete want._tag;
      expect(actual(locale.code)).to.deep.equal(want);
    });
  }

  it('gives lakh/crore grouping, Indian compact units and Saka dates where CLDR has them', () => {
    expect(formatNumber(123456789.5, 'en')).to.equal('12,34,56,789.5');
    expect(formatNumber(123456789.5, 'hi', { digits: 'native' })).to.equal('१२,३४,५६,७८९.५');
    expect(formatCompact(12345678, 'hi', { display: 'long' })).to.equal('1.2 करोड़');
    expect(formatCompact(99999, 'en')).to.equal('1L');
    expect(formatCurrency(1234567.5, 'ml')).to.equal('₹1,234,567.50');
    expect(formatDate(jan26, 'hi', { style: 'long', calendar: 'indian' })).to.equal('6 माघ 1946 शक');
    expect(formatNumber(1.005, 'en', { minimumFractionDigits: 2, maximumFractionDigits: 2 })).to.equal(
      new Intl.NumberFormat('en-IN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(1.005),
    );
  });

  it('does not depend on the browser having the locale (Chromium has no Assamese or Santali data)', () => {
    expect(new Intl.NumberFormat('as').resolvedOptions().locale).not.to.match(/^as/);
    expect(formatNumber(1234567.5, 'as')).to.equal('১২,৩৪,৫৬৭.৫');
    expect(formatDate(jan26, 'sat', { style: 'full' })).to.equal('ᱥᱤᱸᱜᱮ, ᱒᱖ ᱡᱟᱱᱣᱟᱨᱤ ᱒᱐᱒᱕');
  });

  it('converts digits between every Indian script and Latin', () => {
    expect(toLatinDigits('१२३ ১২৩ ੧੨੩ ૧૨૩ ୧୨୩ ௧௨௩ ౧౨౩ ೧೨೩ ൧൨൩ ᱑᱒᱓ ꯱꯲꯳ ١٢٣ ۱۲۳')).to.equal(
      '123 123 123 123 123 123 123 123 123 123 123 123 123',
    );
    expect(toLatinDigits('PIN ११०००१')).to.equal('PIN 110001');
    expect(Number(toLatinDigits('४२'))).to.equal(42);
    expect(toNativeDigits('PIN 110001', 'hi')).to.equal('PIN ११०००१');
    expect(toNativeDigits('2025', 'ta')).to.equal('௨௦௨௫');
    expect(toNativeDigits('2025', 'mni-Mtei')).to.equal('꯲꯰꯲꯵');
    expect(toNativeDigits('৪২', 'ur')).to.equal('۴۲');
    expect(toNativeDigits('42', 'xx-unknown')).to.equal('42');
  });

  it('formats {{count, number}} in i18next interpolation with the locale digits', () => {
    expect(i18n.t('counter.charactersLeft', { count: 1234, lng: 'mr' })).to.equal('१,२३४ अक्षरे शिल्लक');
    expect(i18n.t('counter.charactersLeft', { count: 5, lng: 'bn' })).to.equal('৫টি অক্ষর বাকি');
    expect(i18n.t('pagination.pageOf', { page: 3, total: 12, lng: 'ur' })).to.equal('صفحہ ۳ از ۱۲');
    expect(i18n.t('counter.charactersLeft', { count: 123456, lng: 'en' })).to.equal('1,23,456 characters left');
  });

  it('never throws on bad input', () => {
    expect(formatDate('not a date', 'hi')).to.equal('');
    expect(formatNumber(Number.NaN, 'hi')).to.be.a('string');
    expect(formatNumber(12345, 'hi_IN')).to.equal('12,345');
  });
});
