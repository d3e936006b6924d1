/** An amount as typed, read: its integer and fraction digits (ASCII), or null when the text is not an amount. */
export interface TypedAmount {
  whole: string;
  fraction: string;
}

/**
 * Reads an amount as people type or paste it, in Latin digits (convert first): `120000`, `1,20,000`, `1,20,000.50`,
 * `₹ 500`, `Rs. 500`, `INR 500`, `.50`; Arabic-Indic separators (`٬`, `٫`) too. Grouping commas may stand anywhere
 * between digits (Indian and international grouping alike). Returns null for anything else (letters, two points,
 * a minus sign: an amount is never negative) and undefined for empty text.
 */
export function parseAmount(text: string): TypedAmount | null | undefined {
  const plain = text
    .replace(/^\s*(?:₹|rs\.?|inr)\s*/i, '')
    .replace(/٫/g, '.')
    .replace(/\s+/g, '');
  if (!plain) return undefined;
  const match = /^(\d+(?:[,٬]\d+)*)?(?:\.(\d*))?$/.exec(plain);
  if (!match || (!match[1] && !match[2])) return null;
  const whole = (match[1] ?? '').replace(/[,٬]/g, '').replace(/^0+(?=\d)/, '') || '0';
  return { whole, fraction: match[2] ?? '' };
}

/** The form value of an amount: ASCII digits, a point only when there are paise (`120000`, `120000.50`). */
export function amountValue({ whole, fraction }: TypedAmount): string {
  return fraction ? `${whole}.${fraction}` : whole;
}

/** Whether a value is an amount as the form submits it (`120000`, `120000.5`). */
export function isAmountValue(value: string): boolean {
  return /^\d+(?:\.\d+)?$/.test(value);
}
