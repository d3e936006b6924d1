import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { formatNumber, toLatinDigits, registerStrings } from '@sugam/i18n';
import { timeField } from '@sugam/i18n/en';
import type { ValidationProblem } from '../internal/form-control.js';
import { TypedField } from '../internal/typed-field.js';
import { fieldDescriptions, fieldLabel, boxInputStyles, fieldStyles } from '../internal/field.js';
import { oneOf } from '../internal/enum.js';
import { hostStyles } from '../internal/styles.js';
import { timeFieldStyles } from './time-field.styles.js';
import {
  fromMinutes,
  minutesOf,
  parseClock,
  parseTypedTime,
  to12,
  to24,
  toClock,
  type ClockTime,
  type Period,
} from './times.js';

registerStrings({ timeField });

export const TIME_FIELD_HOUR_CYCLES = ['h12', 'h23'] as const;
export type TimeFieldHourCycle = (typeof TIME_FIELD_HOUR_CYCLES)[number];

const PERIODS: Period[] = ['am', 'pm'];
/** The time the format hint shows. */
const EXAMPLE: ClockTime = { hour: 14, minute: 30 };

/**
 * A time of day, typed as hh:mm with AM or PM chosen beside it (the 12-hour clock Indian forms use), or on the
 * 24-hour clock with `hour-cycle="h23"`.
 *
 * People may type `9:30`, `09.30`, `9 30`, `930` or `2:30 pm`, in any Indian script's digits or Arabic-Indic digits;
 * the text stays as typed. An hour of 0 or 13–23 is read on the 24-hour clock and chooses AM or PM itself; an hour of
 * 1–12 needs AM or PM chosen (never guessed: a wrong guess is a missed appointment). AM and PM are two radio buttons
 * named in the reader's language.
 *
 * The value is `HH:MM` on the 24-hour clock, like `<input type=time>`; empty while the text is not a time (the
 * control is then invalid with `badInput`). `min`, `max` (a `min` later than `max` allows the night between them, as
 * native) and `step` (seconds, whole minutes) work as on `<input type=time>`.
 *
 * @summary Time entry: hh:mm with AM/PM (or 24-hour), any Indian digits, HH:MM value, min/max/step.
 * @status stable
 * @since 0.1.0
 *
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart format - The format hint (hh:mm, and an example with and without the colon).
 * @csspart message - The error, success or warning message.
 * @csspart box - The bordered box around the input.
 * @csspart input - The native `<input>`.
 * @csspart periods - The group of the AM and PM choices.
 * @csspart period - An AM or PM choice (a `<label>` holding its radio button).
 *
 * @event input - When the user changes the text or the half of the day.
 * @event change - When the user commits a change (leaves the input, or chooses AM or PM).
 */
export class SugamTimeField extends TypedField {
  static override styles = [hostStyles, fieldStyles, boxInputStyles, timeFieldStyles];

  /** The time as `HH:MM` on the 24-hour clock (empty when nothing or no real time is entered). */
  @property() accessor value = '';

  /** Earliest allowed time, `HH:MM`. */
  @property() accessor min = '';

  /** Latest allowed time, `HH:MM`. */
  @property() accessor max = '';

  /** Allowed times are `min` (or midnight) plus whole steps of this many seconds; 60 (every minute) by default. */
  @property({ type: Number }) accessor step = 60;

  /** `h12` (default): hh:mm with AM or PM; `h23`: the 24-hour clock, HH:MM. The value is HH:MM either way. */
  @property({ attribute: 'hour-cycle', reflect: true, useDefault: true }) accessor hourCycle: TimeFieldHourCycle =
    'h12';

  /** The half of the day chosen (or implied by the value), `''` while neither is. */
  @state() private accessor period: Period | '' = '';

  private get twelveHour(): boolean {
    return this.hourCycle !== 'h23';
  }

  /** The typed text, read: a time with its half of the day settled (from the text or the radios) or not. */
  private get reading(): { time: ClockTime | null; bad: boolean; periodMissing: boolean } {
    if (this.typedText === null || this.typedText.trim() === '') {
      return { time: null, bad: false, periodMissing: false };
    }
    const typed = parseTypedTime(toLatinDigits(this.typedText));
    if (!typed) return { time: null, bad: true, periodMissing: false };
    if (!this.twelveHour || typed.period) return { time: typed, bad: false, periodMissing: false };
    if (!this.period) return { time: null, bad: false, periodMissing: true };
    return { time: { hour: to24(typed.hour, this.period), minute: typed.minute }, bad: false, periodMissing: false };
  }

  protected isValue(value: string): boolean {
    return parseClock(value) !== null;
  }

  protected override formState(): string {
    return this.typedText === null ? this.formValue() : `${this.typedText}\n${this.period}`;
  }

  override formResetCallback(): void {
    super.formResetCallback();
    this.period = this.periodOfValue();
  }

  override formStateRestoreCallback(state: unknown): void {
    if (typeof state !== 'string') return;
    if (parseClock(state)) {
      this.typedText = null;
      this.value = state;
      this.period = this.periodOfValue();
      return;
    }
    const [text, period = ''] = state.split('\n');
    this.period = period === 'am' || period === 'pm' ? period : '';
    this.applyText(text);
  }

  private periodOfValue(): Period | '' {
    const time = parseClock(this.value);
    return time ? to12(time.hour).period : '';
  }

  private get stepMinutes(): number {
    const step = Number(this.step);
    return Number.isFinite(step) && step >= 60 ? Math.round(step / 60) : 1;
  }

  protected validate(): ValidationProblem | undefined {
    const reading = this.reading;
    if (reading.bad) return { flag: 'badInput', key: 'timeBadInput', values: { example: this.example() } };
    if (reading.periodMissing) return { flag: 'badInput', key: 'timePeriodMissing' };
    const time = parseClock(this.value);
    if (!time) return this.required ? { flag: 'valueMissing', key: 'valueMissing' } : undefined;
    const minutes = minutesOf(time);
    const min = parseClock(this.min);
    const max = parseClock(this.max);
    if (min && max && minutesOf(min) > minutesOf(max)) {
      // A range across midnight (22:00 to 06:00): native time inputs allow the night between.
      if (minutes < minutesOf(min) && minutes > minutesOf(max)) {
        const values = { min: this.spoken(min), max: this.spoken(max) };
        return { flag: 'rangeUnderflow', key: 'timeOutOfRange', values };
      }
    } else {
      if (min && minutes < minutesOf(min)) {
        return { flag: 'rangeUnderflow', key: 'timeRangeUnderflow', values: { min: this.spoken(min) } };
      }
      if (max && minutes > minutesOf(max)) {
        return { flag: 'rangeOverflow', key: 'timeRangeOverflow', values: { max: this.spoken(max) } };
      }
    }
    const step = this.stepMinutes;
    const base = min ? minutesOf(min) : 0;
    const offset = (((minutes - base) % step) + step) % step;
    if (step > 1 && offset !== 0) {
      const lower = fromMinutes(minutes - offset);
      const upper = fromMinutes(minutes - offset + step);
      return {
        flag: 'stepMismatch',
        key: 'timeStepMismatch',
        values: { step, lower: this.spoken(lower), upper: this.spoken(upper) },
      };
    }
    return undefined;
  }

  private number(value: number, pad = false): string {
    return formatNumber(value, this.localize.lang, { useGrouping: false, minimumIntegerDigits: pad ? 2 : 1 });
  }

  /** hh:mm as shown in the box: the 12-hour clock's hour with `h12`, in the locale's digits. */
  private clockText(time: ClockTime): string {
    const hour = this.twelveHour ? to12(time.hour).hour : time.hour;
    return `${this.number(hour, true)}:${this.number(time.minute, true)}`;
  }

  /**
   * A time as a sentence says it: "2:30 PM" (the locale's words and order) or "14:30"; with `separator` '' as typed on
   * a phone's number pad, which has no ":" ("230 PM", "1430").
   */
  private spoken(time: ClockTime, separator = ':'): string {
    if (!this.twelveHour) return this.clockText(time).replace(':', separator);
    const { hour, period } = to12(time.hour);
    return this.localize.t('timeField.time12', {
      time: `${this.number(hour)}${separator}${this.number(time.minute, true)}`,
      period: this.localize.t(`timeField.${period}`),
    });
  }

  private example(): string {
    return this.twelveHour ? this.clockText({ hour: 9, minute: 30 }) : this.clockText({ hour: 14, minute: 30 });
  }

  protected applyText(text: string): void {
    this.typedText = text;
    const typed = parseTypedTime(toLatinDigits(text));
    if (typed?.period && this.twelveHour) this.period = typed.period;
    const time = this.reading.time;
    const value = time ? toClock(time) : '';
    this.valueFromText = value;
    this.value = value;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('hourCycle')) oneOf(this, 'hourCycle', this.hourCycle, TIME_FIELD_HOUR_CYCLES, 'h12');
    if (changed.has('value')) {
      if (this.value && !parseClock(this.value)) {
        console.warn(`[sugam] <sugam-time-field> value="${this.value}" is not a time (HH:MM); ignoring it.`);
        this.value = '';
      }
      // A value the page set replaces whatever was typed; a value that came from the typed text keeps the text.
      if (this.value !== this.valueFromText) {
        this.typedText = null;
        this.valueFromText = null;
        this.period = this.periodOfValue();
      }
    }
    for (const name of ['min', 'max'] as const) {
      if (changed.has(name) && this[name] && !parseClock(this[name])) {
        console.warn(`[sugam] <sugam-time-field> ${name}="${this[name]}" is not a time (HH:MM); ignoring it.`);
      }
    }
  }

  private choosePeriod(period: Period): void {
    this.period = period;
    // The same hh:mm in the other half of the day: a value shown formatted, or text that said its own half ("2:30
    // pm", "14:30") is written on the 12-hour clock first, so the choice is not overruled by the text.
    if (this.typedText === null) {
      const shown = parseClock(this.value);
      if (shown) this.typedText = this.clockText(shown);
    } else {
      const typed = parseTypedTime(toLatinDigits(this.typedText));
      if (typed?.period) this.typedText = this.clockText(typed);
    }
    this.applyText(this.typedText ?? '');
    this.touched = true;
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  protected override render() {
    const t = (key: string, values?: Record<string, unknown>) => this.localize.t(key, values);
    const texts = this.fieldTexts;
    const disabled = this.isDisabled;
    const time = parseClock(this.value);
    const display = this.typedText ?? (time ? this.clockText(time) : '');
    const message =
      this.visibleError || (this.state === 'success' || this.state === 'warning' ? this.statusMessage : '');
    const describedBy = [this.hint ? 'hint' : '', 'format', message ? 'message' : ''].filter(Boolean).join(' ');
    const twelve = this.twelveHour;
    return html`<div class="field ${classMap({ invalid: this.showsError })}">
      ${fieldLabel(texts, 'input')}
      <div part="format" class="hint format" id="format">
        ${t(twelve ? 'timeField.format12' : 'timeField.format24', {
          example: this.localize.formatList([this.spoken(EXAMPLE), this.spoken(EXAMPLE, '')], { type: 'disjunction' }),
        })}
      </div>
      <div class="row">
        <div part="box" class="box ${classMap({ disabled })}"> ${this.renderTextInput(display, 5, describedBy)} </div>
        ${
          twelve
            ? html`<div
                part="periods"
                class="periods"
                role="radiogroup"
                aria-labelledby="label periods-name"
                aria-readonly=${ifDefined(this.readonly ? 'true' : undefined)}
              >
                <span id="periods-name" class="visually-hidden">${t('timeField.period')}</span>
                ${PERIODS.map(
                  (period) =>
                    html`<label part="period" class="period">
                      <input
                        type="radio"
                        name="period"
                        value=${period}
                        .checked=${live(this.period === period)}
                        ?disabled=${disabled}
                        @change=${() => this.choosePeriod(period)}
                        @click=${(event: Event) => this.readonly && event.preventDefault()}
                      /><span>${t(`timeField.${period}`)}</span>
                    </label>`,
                )}
              </div>`
            : nothing
        }
      </div>
      ${fieldDescriptions(texts)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-time-field': SugamTimeField;
  }
}
