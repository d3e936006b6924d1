import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { toLatinDigits, registerStrings } from '@sugam/i18n';
import { identity } from '@sugam/i18n/en';
import { FormControl, type ValidationProblem } from './form-control.js';
import { describedBy, fieldDescriptions, fieldLabel, fieldStyles } from './field.js';
import { hostStyles } from './styles.js';
import { textFieldStyles } from '../text-field/text-field.styles.js';

registerStrings({ identity });

// ---------------------------------------------------------------------------------------------------------------
// Characters and check algorithms
// ---------------------------------------------------------------------------------------------------------------

/** Whether a single character is a digit 0–9 in any script Sugam reads (Latin, every Indian script, Arabic-Indic). */
export function isDigit(char: string): boolean {
  return /^[0-9]$/.test(toLatinDigits(char));
}

/** Whether a single character is an ASCII letter (the alphabet of PAN, IFSC and GSTIN). */
export function isLatinLetter(char: string): boolean {
  return /^[A-Za-z]$/.test(char);
}

// Verhoeff's dihedral-group tables (multiplication d, permutation p, inverse).
const D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

function verhoeff(digits: string, offset: number): number {
  let check = 0;
  [...digits].reverse().forEach((digit, i) => {
    check = D[check][P[(i + offset) % 8][Number(digit)]];
  });
  return check;
}

/** Whether a string of ASCII digits ends in a correct Verhoeff check digit (the last digit of an Aadhaar number). */
export function verhoeffValid(digits: string): boolean {
  return /^[0-9]+$/.test(digits) && verhoeff(digits, 0) === 0;
}

/** The Verhoeff check digit to append to a string of ASCII digits. */
export function verhoeffCheckDigit(digits: string): string {
  return String(INV[verhoeff(digits, 1)]);
}

const BASE36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The check character of a GSTIN, from its first 14 characters (the GSTN's base-36 Luhn variant). */
export function gstinCheckCharacter(first14: string): string {
  let sum = 0;
  [...first14.toUpperCase()].forEach((char, i) => {
    const product = Math.max(0, BASE36.indexOf(char)) * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  });
  return BASE36[(36 - (sum % 36)) % 36];
}

/** Whether a 15-character GSTIN ends in its correct check character. */
export function gstinValid(gstin: string): boolean {
  return /^[0-9A-Z]{15}$/.test(gstin) && gstinCheckCharacter(gstin.slice(0, 14)) === gstin[14];
}

// ---------------------------------------------------------------------------------------------------------------
// The shared single-input identity field
// ---------------------------------------------------------------------------------------------------------------

/** What happens to one typed or pasted character: kept, dropped silently (a separator) or rejected with a message. */
export type CharacterKind = 'keep' | 'skip' | 'reject';

/** The result of cleaning raw input: the kept characters, the rejected ones, and how many did not fit. */
export interface CleanedInput {
  units: string[];
  rejected: string[];
  overflow: number;
}

/** The polite notice about characters that were rejected or cut off, in the field's language. */
export function inputNotice(
  t: (key: string, values?: Record<string, unknown>) => string,
  rejectKey: string,
  rejected: string[],
  overflow: number,
  max: number,
): string {
  const parts: string[] = [];
  if (rejected.length) parts.push(t(rejectKey, { chars: rejected.join(' ') }));
  if (overflow > 0) parts.push(t('identity.truncated', { count: overflow, max }));
  return parts.join(' ');
}

/** Styles of the identity fields on top of the text field's: the fixed prefix and the notice line. */
export const identityStyles = css`
  .prefix {
    flex: none;
    color: var(--sugam-color-text-subtle, #404040);
    padding-inline-end: var(--sugam-space-50, 4px);
    border-inline-end: var(--sugam-border-width-thin, 1px) solid var(--sugam-color-border-subtle, #d9d9d9);
  }
  .notice:not(:empty) {
    margin-block-start: var(--sugam-space-50, 4px);
    color: var(--sugam-color-text-default, #171717);
    font-size: var(--sugam-font-size-sm, 14px);
  }
  input[dir='ltr'] {
    unicode-bidi: plaintext;
  }
  :host(:dir(rtl)) input[dir='ltr'] {
    text-align: end;
  }
  /* A number with its prefix (+91 98765 43210) reads left to right on right-to-left pages too. */
  .box:has(.prefix) {
    direction: ltr;
  }
  :host(:dir(rtl)) .box:has(.prefix) input {
    text-align: start;
  }
`;

/**
 * The base of every single-input identity field (Aadhaar, PIN code, mobile, PAN, IFSC, GSTIN, name): cleans what
 * is typed or pasted character by character (kept, separator, rejected with a message), cuts it to the field's
 * length and announces what did not fit, formats it for display, and validates the normalised value. The value is
 * never rewritten while an input method is composing. Subclasses describe their characters, length and checks.
 */
export abstract class SugamIdentityField extends FormControl {
  static override styles = [hostStyles, fieldStyles, textFieldStyles, identityStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** The normalised value (what the form submits): ASCII digits and capital letters, no spaces or prefix. */
  @property() accessor value = '';

  /** The initial value, restored by a form reset. Set from the `value` attribute. */
  @property({ attribute: 'default-value' }) accessor defaultValue = '';

  @property() accessor placeholder = '';

  /** The kept characters as the user typed them (digits stay in the script they were typed in). */
  @state() protected accessor typed = '';

  /** The announcement about rejected or cut-off characters (a polite live region). */
  @state() protected accessor notice = '';

  @state() protected accessor focused = false;

  @query('input') protected accessor input!: HTMLInputElement;

  private composing = false;

  /** Most characters the field holds. */
  protected abstract get maxUnits(): number;
  /** What one character is to this field. */
  protected abstract classify(unit: string): CharacterKind;
  /** The field's own checks of a non-empty normalised value. */
  protected abstract check(value: string): ValidationProblem | undefined;
  /** The message key for rejected characters (`{{chars}}`). */
  protected rejectKey = 'identity.rejectedDigits';
  protected keyboard = 'numeric';
  /** The input's autofill hint. */
  protected autocompleteHint(): string {
    return 'off';
  }
  protected inputType: 'text' | 'tel' = 'text';
  protected autocapitalizeHint = 'characters';
  /** `ltr` for numbers and codes (also on right-to-left pages), `auto` for names. */
  protected textDirection: 'ltr' | 'auto' = 'ltr';

  /** A kept character as stored (e.g. uppercased). */
  protected transform(unit: string): string {
    return unit;
  }
  /** Splits text into the units the field counts (code points; names count grapheme clusters). */
  protected units(text: string): string[] {
    return Array.from(text);
  }
  /** Drops a prefix the kept characters start with (e.g. a country code). */
  protected stripPrefix(units: string[], _raw: string): string[] {
    return units;
  }
  /** The typed characters as shown (e.g. grouped 4-4-4). */
  protected format(typed: string): string {
    return typed;
  }
  /** The normalised value of the typed characters. */
  protected normalise(typed: string): string {
    return toLatinDigits(typed);
  }
  /** What the input shows (subclasses may mask it). */
  protected shownText(): string {
    return this.format(this.typed);
  }
  /** Content before the input inside the box. */
  protected renderPrefix(): TemplateResult | typeof nothing {
    return nothing;
  }
  /** Content after the input inside the box. */
  protected renderSuffix(): TemplateResult | typeof nothing {
    return nothing;
  }
  /** Ids that describe the input besides the hint and message. */
  protected extraDescriptions(): string[] {
    return [];
  }

  /** Cleans raw text: kept characters (transformed), rejected ones (each once), and the count that did not fit. */
  protected clean(raw: string): CleanedInput {
    const kept: string[] = [];
    const rejected: string[] = [];
    for (const unit of this.units(raw)) {
      const kind = this.classify(unit);
      if (kind === 'keep') kept.push(this.transform(unit));
      else if (kind === 'reject' && !rejected.includes(unit)) rejected.push(unit);
    }
    const units = this.stripPrefix(kept, raw);
    const overflow = Math.max(0, units.length - this.maxUnits);
    return { units: units.slice(0, this.maxUnits), rejected, overflow };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) this.defaultValue ||= this.getAttribute('value') ?? '';
  }

  protected formValue(): string {
    return this.value;
  }

  protected override formState(): string {
    return this.typed;
  }

  protected validationAnchor() {
    return this.input;
  }

  formResetCallback(): void {
    this.value = this.defaultValue;
    this.notice = '';
    this.touched = false;
  }

  formStateRestoreCallback(state: unknown): void {
    if (typeof state === 'string') this.value = state;
  }

  protected validate(): ValidationProblem | undefined {
    const value = this.formValue();
    if (value === '') return this.required ? { flag: 'valueMissing', key: 'valueMissing' } : undefined;
    return this.check(value);
  }

  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A value set by the page (attribute, property, reset, restore) is cleaned like typed text, without a notice.
    if (changed.has('value') && this.value !== this.normalise(this.typed)) {
      this.typed = this.clean(this.value ?? '').units.join('');
      this.value = this.normalise(this.typed);
    }
    super.willUpdate(changed);
  }

  /** Cleans what the input holds, keeps the caret after the same character, and announces what was left out. */
  private accept(): void {
    const input = this.input;
    const raw = input.value;
    const caret = input.selectionStart ?? raw.length;
    const result = this.clean(raw);
    const typed = result.units.join('');
    // Where the caret goes: after as many kept characters as were before it.
    const keptBefore = this.units(raw.slice(0, caret)).filter((unit) => this.classify(unit) === 'keep').length;
    const prefixDropped = this.units(raw).filter((unit) => this.classify(unit) === 'keep').length;
    const removed = prefixDropped - result.units.length - result.overflow;
    const position = Math.min(result.units.length, Math.max(0, keptBefore - removed));
    this.notice = inputNotice(
      (key, values) => this.localize.t(key, values),
      this.rejectKey,
      result.rejected,
      result.overflow,
      this.maxUnits,
    );
    this.typed = typed;
    this.value = this.normalise(typed);
    const shown = this.format(typed);
    if (input.value !== shown) {
      input.value = shown;
      const offset = this.format(result.units.slice(0, position).join('')).length;
      input.setSelectionRange(offset, offset);
    }
  }

  private handleInput(event: InputEvent): void {
    if (!this.composing && !event.isComposing) this.accept();
    if (!event.composed) this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  private handleChange(): void {
    this.touched = true;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private handleCompositionEnd(): void {
    this.composing = false;
    this.accept();
  }

  private handleBlur(): void {
    this.focused = false;
    if (!this.composing) this.touched = true;
  }

  protected override render() {
    const texts = this.fieldTexts;
    const described = [...this.extraDescriptions(), describedBy(texts)].filter(Boolean).join(' ');
    return html`<div class="field ${classMap({ invalid: this.showsError })}">
        ${fieldLabel(texts, 'input')}
        <div part="box" class="box ${classMap({ disabled: this.isDisabled })}">
          ${this.renderPrefix()}
          <input
            part="input"
            id="input"
            type=${this.inputType}
            dir=${this.textDirection}
            name=${ifDefined(this.name || undefined)}
            .value=${live(this.composing && this.input ? this.input.value : this.shownText())}
            placeholder=${ifDefined(this.placeholder || undefined)}
            inputmode=${this.keyboard}
            autocomplete=${this.autocompleteHint() as AutoFill}
            autocapitalize=${this.keyboard === 'numeric' ? 'off' : this.autocapitalizeHint}
            spellcheck="false"
            ?disabled=${this.isDisabled}
            ?readonly=${this.readonly}
            ?required=${this.required}
            aria-invalid=${this.showsError ? 'true' : 'false'}
            aria-describedby=${ifDefined(described || undefined)}
            @input=${this.handleInput}
            @change=${this.handleChange}
            @focus=${() => (this.focused = true)}
            @blur=${this.handleBlur}
            @compositionstart=${() => (this.composing = true)}
            @compositionend=${this.handleCompositionEnd}
          />
          ${this.renderSuffix()}
        </div>
        ${fieldDescriptions(texts)}
      </div>
      <div part="notice" class="notice" id="notice" role="status">${this.notice}</div>`;
  }
}

/** Separators people write inside numbers and codes; dropped without a message. */
const SEPARATORS = new Set([' ', '\u00a0', '-', '\u2010', '\u2011', '\u2013', '.', '/', '(', ')', '\t', '\n']);

/**
 * A fixed-length identifier: too short is `tooShort` with a "has N characters; you entered M" message (`<key>Length`),
 * a value not in the field's format is `patternMismatch` (`<key>Format`).
 */
export function lengthProblem(key: string, value: string, length: number): ValidationProblem | undefined {
  if (value.length === length) return undefined;
  return { flag: 'tooShort', key: `${key}Length`, values: { max: length, length: value.length } };
}

/** A field of digits (Aadhaar, PIN code, mobile): digits of every script kept as typed, separators dropped. */
export abstract class SugamDigitsField extends SugamIdentityField {
  protected classify(unit: string): CharacterKind {
    if (isDigit(unit)) return 'keep';
    return SEPARATORS.has(unit) ? 'skip' : 'reject';
  }
}

/** A field of capital Latin letters and digits (PAN, IFSC, GSTIN): uppercased as typed, digits made ASCII. */
export abstract class SugamCodeField extends SugamIdentityField {
  protected override rejectKey = 'identity.rejectedCode';
  protected override keyboard = 'text';

  protected classify(unit: string): CharacterKind {
    if (isDigit(unit) || isLatinLetter(unit)) return 'keep';
    return SEPARATORS.has(unit) ? 'skip' : 'reject';
  }

  protected override transform(unit: string): string {
    return toLatinDigits(unit).toUpperCase();
  }
}
