import { findLocale } from './locales.js';

/** Code point of the digit zero of every numbering system Indian locales use. */
export const DIGIT_ZERO: Readonly<Record<string, number>> = {
  latn: 0x30,
  deva: 0x966,
  beng: 0x9e6,
  guru: 0xa66,
  gujr: 0xae6,
  orya: 0xb66,
  tamldec: 0xbe6,
  telu: 0xc66,
  knda: 0xce6,
  mlym: 0xd66,
  olck: 0x1c50,
  mtei: 0xabf0,
  arab: 0x660,
  arabext: 0x6f0,
};

const NON_LATIN_ZEROS = Object.values(DIGIT_ZERO).filter((zero) => zero !== 0x30);
const NON_LATIN_DIGIT = new RegExp(
  `[${NON_LATIN_ZEROS.map((z) => `\\u{${z.toString(16)}}-\\u{${(z + 9).toString(16)}}`).join('')}]`,
  'gu',
);

/**
 * Replaces the digits of every Indian script and Arabic-Indic digits with 0–9 (for parsing, validation,
 * `Number()`), leaving everything else as it is: `toLatinDigits('१२,३४५')` → `'12,345'`.
 */
export function toLatinDigits(text: string): string {
  return String(text).replace(NON_LATIN_DIGIT, (digit) => {
    const code = digit.codePointAt(0)!;
    const zero = NON_LATIN_ZEROS.find((z) => code >= z && code <= z + 9)!;
    return String(code - zero);
  });
}

/** Replaces 0–9 with the digits of a numbering system (`deva`, `beng`, …); other characters are kept. */
export function transliterateDigits(text: string, numberingSystem: string): string {
  const zero = DIGIT_ZERO[numberingSystem] ?? 0x30;
  if (zero === 0x30) return text;
  return text.replace(/[0-9]/g, (d) => String.fromCodePoint(zero + d.charCodeAt(0) - 0x30));
}

/**
 * Writes the digits of a text (Latin or any Indian script) in the locale's native digits:
 * `toNativeDigits('PIN 110001', 'hi')` → `'PIN ११०००१'`. Unknown languages keep Latin digits.
 */
export function toNativeDigits(text: string, lang: string): string {
  return transliterateDigits(toLatinDigits(text), findLocale(lang)?.nativeDigits ?? 'latn');
}
