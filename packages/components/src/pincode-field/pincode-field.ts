import { lengthProblem, SugamDigitsField } from '../internal/identity.js';
import type { ValidationProblem } from '../internal/form-control.js';

const LENGTH = 6;

/**
 * An Indian postal PIN code: 6 digits, the first 1–9, typed in any script's digits. The form value is 6 ASCII
 * digits. Whether the PIN code belongs to a post office is not checked.
 *
 * @summary PIN code: 6 digits, first digit 1–9, native digits accepted.
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
 * @event input - When the user changes the PIN code.
 * @event change - When the user commits a change.
 */
export class SugamPincodeField extends SugamDigitsField {
  protected override autocompleteHint(): string {
    return 'postal-code';
  }

  protected get maxUnits(): number {
    return LENGTH;
  }

  protected check(value: string): ValidationProblem | undefined {
    const short = lengthProblem('pincode', value, LENGTH);
    if (short) return short;
    if (value.startsWith('0')) return { flag: 'patternMismatch', key: 'pincodeStart' };
    return undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-pincode-field': SugamPincodeField;
  }
}
