import { gstinValid, lengthProblem, SugamCodeField } from '../internal/identity.js';
import type { ValidationProblem } from '../internal/form-control.js';

const LENGTH = 15;
/** State code, the PAN, the entity number (1–9, A–Z), Z, and the check character. */
const FORMAT = /^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/;

/**
 * A Goods and Services Tax Identification Number (GSTIN): 15 characters (state code, PAN, entity number, Z, check
 * character), uppercased as typed, with its check character validated. A GSTIN that passes may still not be
 * registered, or may be cancelled.
 *
 * @summary GSTIN: 15 characters with the check character validated.
 * @status stable
 * @since 0.2.0
 *
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart message - The error, success or warning message.
 * @csspart box - The bordered box around the input.
 * @csspart input - The native `<input>`.
 * @csspart notice - The announcement of characters that were rejected or did not fit.
 *
 * @event input - When the user changes the text.
 * @event change - When the user commits a change.
 */
export class SugamGstinField extends SugamCodeField {
  protected get maxUnits(): number {
    return LENGTH;
  }

  protected check(value: string): ValidationProblem | undefined {
    const short = lengthProblem('gstin', value, LENGTH);
    if (short) return short;
    if (!FORMAT.test(value)) return { flag: 'patternMismatch', key: 'gstinFormat' };
    if (!gstinValid(value)) return { flag: 'patternMismatch', key: 'gstinChecksum' };
    return undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-gstin-field': SugamGstinField;
  }
}
