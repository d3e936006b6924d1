import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { toLatinDigits, registerStrings } from '@sugam/i18n';
import { amountField } from '@sugam/i18n/en';
import type { ValidationProblem } from '../internal/form-control.js';
import { TypedField } from '../internal/typed-field.js';
import { fieldDescriptions, fieldLabel, boxInputStyles, fieldStyles } from '../internal/field.js';
import { hostStyles } from '../internal/styles.js';
import { amountFieldStyles } from './amount-field.styles.js';
import { amountValue, isAmountValue, parseAmount, type TypedAmount } from './amounts.js';

registerStrings({ amountField });

/** From one lakh, the amount is also said the short way (`12 lakh`, `1.2 करोड़`), where zeros are easy to miscount. */
const LAKH = 100_000;

/**
 * An amount of money in rupees: fees, income, a claim. People type it their own way, in any Indian script's digits
 * or Arabic-Indic digits, with or without grouping (`120000`, `1,20,000`, `1,20,000.50`, a pasted `₹ 500` or
 * `Rs. 500`); the text stays as typed. Under the box an amount from a thousand (or with paise) is written back in the
 * reader's language and digits with lakh and crore grouping (`₹1,20,000.50`), and from one lakh also the short way
 * (`1.2 lakh`, `1.2 लाख`), so a missing or extra zero shows before the form is sent; it is part of the input's
 * description. The ₹ sign at the start of the box is part of the input's name ("Fee ₹": "Fee, rupees").
 *
 * The value is ASCII digits with a point only for paise (`120000`, `120000.50`), like `<input type=number>`; empty
 * while the text is not an amount (the control is then invalid with `badInput`). `decimals` is 2 (rupees and paise)
 * or 0 (whole rupees); `min` and `max` bound it. Phones show a number pad with a decimal point.
 *
 * @summary Amount in rupees: any Indian digits, grouping optional, lakh/crore echo, ASCII value, min/max, paise.
 * @status stable
 * @since 0.1.0
 *
 * @csspart label - The `<label>`.
 * @csspart box - The bordered box around the input.
 * @csspart currency - The ₹ sign at the start of the box.
 * @csspart input - The native `<input>`.
 * @csspart amount - The amount written back, in the reader's language.
 * @csspart hint - The hint text.
 * @csspart message - The error, success or warning message.
 *
 * @event input - When the user changes the text.
 * @event change - When the user commits a change (leaves the input).
 */
export class SugamAmountField extends TypedField {
  static override styles = [hostStyles, fieldStyles, boxInputStyles, amountFieldStyles];

  /** The amount as ASCII digits, with a point only for paise (empty when nothing or no amount is entered). */
  @property() accessor value = '';

  /** The smallest amount allowed, as ASCII digits. */
  @property() accessor min = '';

  /** The largest amount allowed, as ASCII digits. */
  @property() accessor max = '';

  /** Digits allowed after the point: 2 (rupees and paise, default) or 0 (whole rupees). */
  @property({ type: Number }) accessor decimals = 2;

  constructor() {
    super();
    this.inputmode = 'decimal';
  }

  /** The typed text, read (undefined when empty). */
  private get reading(): TypedAmount | null | undefined {
    return this.typedText === null ? undefined : parseAmount(toLatinDigits(this.typedText));
  }

  private get wholeRupees(): boolean {
    return this.decimals === 0;
  }

  protected isValue(value: string): boolean {
    return isAmountValue(value);
  }

  /** An amount in the reader's language and digits, with its grouping: `₹1,20,000.50`. */
  private money(value: string): string {
    const paise = value.includes('.') && !this.wholeRupees;
    return this.localize.formatCurrency(Number(value), {
      minimumFractionDigits: paise ? 2 : 0,
      maximumFractionDigits: paise ? 2 : 0,
    });
  }

  /** A number as people would type it here, in the reader's digits: `1,20,000.50`. */
  private example(): string {
    const paise = this.wholeRupees ? 0 : 2;
    const example = this.wholeRupees ? 120000 : 120000.5;
    return this.localize.formatNumber(example, { minimumFractionDigits: paise, maximumFractionDigits: paise });
  }

  protected validate(): ValidationProblem | undefined {
    const reading = this.reading;
    const example = { example: this.example() };
    if (reading === null) return { flag: 'badInput', key: 'amountField.badInput', values: example };
    if (reading && reading.fraction.length > this.decimals) {
      const key = this.wholeRupees ? 'amountField.whole' : 'amountField.paise';
      return { flag: 'stepMismatch', key, values: example };
    }
    if (!isAmountValue(this.value)) return this.required ? { flag: 'valueMissing', key: 'valueMissing' } : undefined;
    const amount = Number(this.value);
    if (isAmountValue(this.min) && amount < Number(this.min)) {
      return { flag: 'rangeUnderflow', key: 'amountField.rangeUnderflow', values: { min: this.money(this.min) } };
    }
    if (isAmountValue(this.max) && amount > Number(this.max)) {
      return { flag: 'rangeOverflow', key: 'amountField.rangeOverflow', values: { max: this.money(this.max) } };
    }
    return undefined;
  }

  protected applyText(text: string): void {
    this.typedText = text;
    const reading = this.reading;
    const value = reading && reading.fraction.length <= this.decimals ? amountValue(reading) : '';
    this.valueFromText = value;
    this.value = value;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('decimals') && this.decimals !== 0 && this.decimals !== 2) {
      console.warn(`[sugam] <sugam-amount-field> decimals="${this.decimals}" is not 0 or 2; using 2.`);
      this.decimals = 2;
    }
    for (const name of ['value', 'min', 'max'] as const) {
      if (changed.has(name) && this[name] && !isAmountValue(this[name])) {
        console.warn(
          `[sugam] <sugam-amount-field> ${name}="${this[name]}" is not an amount (like 120000.50); ignoring it.`,
        );
        if (name === 'value') this.value = '';
      }
    }
    // A value the page set replaces whatever was typed; a value that came from the typed text keeps the text.
    if (changed.has('value') && this.value !== this.valueFromText) {
      this.typedText = null;
      this.valueFromText = null;
    }
  }

  protected override render() {
    const texts = this.fieldTexts;
    const disabled = this.isDisabled;
    const value = isAmountValue(this.value) ? this.value : '';
    const paise = value.split('.')[1]?.length ?? 0;
    const shown = { minimumFractionDigits: paise, maximumFractionDigits: paise };
    const display = this.typedText ?? (value ? this.localize.formatNumber(Number(value), shown) : '');
    const amount = Number(value);
    // Written back where it tells something: from a thousand (grouping), or with paise.
    const echo =
      value && (amount >= 1000 || paise)
        ? `${this.money(value)}${amount >= LAKH ? ` (${this.localize.formatCompact(amount, { display: 'long' })})` : ''}`
        : '';
    const message =
      this.visibleError || (this.state === 'success' || this.state === 'warning' ? this.statusMessage : '');
    const describedBy = [echo ? 'amount' : '', this.hint ? 'hint' : '', message ? 'message' : '']
      .filter(Boolean)
      .join(' ');
    return html`<div class="field ${classMap({ invalid: this.showsError })}">
      ${fieldLabel(texts, 'input')}
      <div part="box" class="box ${classMap({ disabled })}">
        <span part="currency" class="currency" id="currency">₹</span>${this.renderTextInput(
          display,
          14,
          describedBy,
          'label currency',
        )}
      </div>
      <div part="amount" class="hint amount" id="amount" ?hidden=${!echo}>${echo}</div>
      ${fieldDescriptions(texts)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-amount-field': SugamAmountField;
  }
}
