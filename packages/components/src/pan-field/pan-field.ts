import { lengthProblem, SugamCodeField } from '../internal/identity.js';
import type { ValidationProblem } from '../internal/form-control.js';

const LENGTH = 10;
/** Five letters (the fourth is the holder type: P person, C company, H HUF, F firm, A AOP, T trust, B BOI, L local
 * authority, J artificial juridical person, G government), four digits, a letter. */
const FORMAT = /^[A-Z]{3}[ABCFGHJLPT][A-Z][0-9]{4}[A-Z]$/;

/**
 * A Permanent Account Number (PAN): 10 characters in the form AAAAA9999A, uppercased as typed; digits of any script
 * are made ASCII. The fourth letter must be a holder type the Income Tax Department issues. PAN has no public check
 * character, so a well-formed PAN may still not exist.
 *
 * @summary PAN: AAAAA9999A, uppercased as typed, holder-type letter checked.
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
export class SugamPanField extends SugamCodeField {
  protected get maxUnits(): number {
    return LENGTH;
  }

  protected check(value: string): ValidationProblem | undefined {
    const short = lengthProblem('pan', value, LENGTH);
    if (short) return short;
    if (!FORMAT.test(value)) return { flag: 'patternMismatch', key: 'panFormat' };
    return undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-pan-field': SugamPanField;
  }
}
