import { lengthProblem, SugamCodeField } from '../internal/identity.js';
import type { ValidationProblem } from '../internal/form-control.js';

const LENGTH = 11;
const FORMAT = /^[A-Z]{4}0[A-Z0-9]{6}$/;

/**
 * An Indian Financial System Code (IFSC) of a bank branch: 11 characters in the form AAAA0XXXXXX (four letters of
 * the bank, the digit 0, six letters or digits of the branch), uppercased as typed. Whether the branch exists is
 * not checked.
 *
 * @summary IFSC: AAAA0XXXXXX, uppercased as typed.
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
export class SugamIfscField extends SugamCodeField {
  protected get maxUnits(): number {
    return LENGTH;
  }

  protected check(value: string): ValidationProblem | undefined {
    const short = lengthProblem('ifsc', value, LENGTH);
    if (short) return short;
    if (!FORMAT.test(value)) return { flag: 'patternMismatch', key: 'ifscFormat' };
    return undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-ifsc-field': SugamIfscField;
  }
}
