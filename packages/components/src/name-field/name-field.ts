import { property } from 'lit/decorators.js';
import { SugamIdentityField, type CharacterKind } from '../internal/identity.js';
import type { ValidationProblem } from '../internal/form-control.js';

/** Letters of every script with their combining marks, ZWNJ/ZWJ, space, dot, apostrophes and hyphen. */
const NAME_UNIT = /^(?:[\p{L}\p{M} .'\u2019\u02bc-]|\u200c|\u200d)+$/u;

/**
 * A person's name in any script: letters of every Indian script (and Latin, Perso-Arabic, Ol Chiki, Meetei Mayek …)
 * with their combining marks, ZWNJ and ZWJ (र्‍य, ന്‍), spaces, dot, apostrophe and hyphen. Digits and other
 * symbols are rejected with a message. The value is stored in Unicode NFC, with outer spaces trimmed and runs of
 * spaces made one. Lengths count user-perceived characters.
 *
 * @summary Name in any Indian script, with combining marks, ZWJ/ZWNJ, dot, apostrophe and hyphen; stored as NFC.
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
export class SugamNameField extends SugamIdentityField {
  /** Most characters (grapheme clusters); more are cut off and announced. */
  @property({ type: Number }) accessor maxlength: number | undefined;

  /** Autofill hint: `name` (default), `given-name`, `family-name`, `additional-name` … */
  @property() accessor autocomplete = 'name';

  protected override rejectKey = 'identity.rejectedName';
  protected override keyboard = 'text';
  protected override autocapitalizeHint = 'words';
  protected override textDirection: 'ltr' | 'auto' = 'auto';

  protected override autocompleteHint(): string {
    return this.autocomplete || 'name';
  }

  protected get maxUnits(): number {
    return this.maxlength != null && this.maxlength > 0 ? this.maxlength : Infinity;
  }

  protected override units(text: string): string[] {
    return Array.from(
      new Intl.Segmenter(this.localize.lang, { granularity: 'grapheme' }).segment(text),
      (s) => s.segment,
    );
  }

  protected classify(unit: string): CharacterKind {
    return NAME_UNIT.test(unit) ? 'keep' : 'reject';
  }

  protected override normalise(typed: string): string {
    return typed.normalize('NFC');
  }

  protected override formValue(): string {
    return this.value.trim().replace(/ {2,}/g, ' ');
  }

  protected check(value: string): ValidationProblem | undefined {
    if (!/\p{L}/u.test(value)) return { flag: 'patternMismatch', key: 'nameNoLetters' };
    return undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-name-field': SugamNameField;
  }
}
