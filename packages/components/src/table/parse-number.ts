import { toLatinDigits } from '@sugam/i18n';

/**
 * Reads a number as people write it in a table cell, in any Indian script: `'1,00,000'`, `'१,२५,०००'`,
 * `'₹ 12,34,567.50'`, `'−4.5'`, `'12%'`, `'٤٬٥٠٠٫٥'`. Returns `null` for anything else (text, empty cells).
 */
export function parseNumber(text: string): number | null {
  let value = toLatinDigits(text)
    // Bidi marks that Perso-Arabic number formatting inserts.
    .replace(/[\u200E\u200F\u061C]/g, '')
    .trim()
    // Group separators: comma, apostrophe, spaces (thin, no-break), Arabic thousands separator.
    .replace(/[,'\u066C\s\u00A0\u202F\u2009]/g, '')
    .replace(/\u066B/g, '.') // Arabic decimal separator
    .replace(/[\u2212\u2012\u2013\uFE63\uFF0D]/g, '-'); // minus signs and dashes used as minus
  value = value.replace(/^([-+]?)(?:₹|rs\.?|inr)/i, '$1').replace(/(?:₹|%)$/, '');
  if (!/^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(value)) return null;
  return Number(value);
}
