import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import * as ICONS from '../internal/icon-set.js';
import { formatDate, formatNumber, toLatinDigits, registerStrings } from '@sugam/i18n';
import { dateField } from '@sugam/i18n/en';
import type { ValidationProblem } from '../internal/form-control.js';
import { TypedField } from '../internal/typed-field.js';
import { fieldDescriptions, fieldLabel, boxInputStyles, fieldStyles } from '../internal/field.js';
import { oneOf } from '../internal/enum.js';
import { hostStyles } from '../internal/styles.js';
import { dateFieldStyles } from './date-field.styles.js';
import {
  addDays,
  addMonths,
  clampDate,
  compareDates,
  dateNames,
  daysInMonth,
  loadDateNames,
  parseDayMonthYear,
  parseIso,
  sameDate,
  toIso,
  today,
  toUtcNoon,
  weekday,
  type CalendarDate,
} from './dates.js';

registerStrings({ dateField });

/**
 * Fired at a date field (not bubbling) after its value changes, however it changed; `<sugam-date-range>` listens
 * for it (capturing) to keep its two fields in order. @internal
 */
export const DATE_VALUE_EVENT = 'sugam-date-value';

export const DATE_FIELD_CALENDARS = ['gregory', 'indian'] as const;
export type DateFieldCalendar = (typeof DATE_FIELD_CALENDARS)[number];

const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

const doubleChevron = svg`<path d="M11.4 7.4 10 6l-6 6 6 6 1.4-1.4L6.8 12zm7 0L17 6l-6 6 6 6 1.4-1.4-4.6-4.6z" />`;

/**
 * A date entered as DD/MM/YYYY, as Indian government forms ask for it, with a calendar popup.
 *
 * One text input, not three: it pairs with the date picker button (the APG "Date Picker Dialog" pattern), takes
 * a pasted date, has one label, one error and one focus target, and fits 320 px in every script. The format and
 * an example are always visible under the label. People may type `26/01/2025`, `26-1-2025`, `26.01.2025`,
 * `26 01 2025` or `26012025`, in any Indian script's digits or Arabic-Indic digits; the text stays as typed.
 *
 * The value is an ISO date (`YYYY-MM-DD`), like `<input type=date>`: empty while the text is not a real date (the
 * control is then invalid with `badInput`). `min` and `max` are ISO dates too. Dates are calendar dates, never
 * timestamps, so they never shift with the visitor's time zone. With `calendar="indian"` the Saka date (Indian
 * national calendar) is shown under the field.
 *
 * @summary Date entry (DD/MM/YYYY) with a localized calendar dialog; ISO value, min/max, Saka display.
 * @status stable
 * @since 0.1.0
 *
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart format - The format hint (DD/MM/YYYY, and today with and without separators as examples).
 * @csspart message - The error, success or warning message.
 * @csspart box - The bordered box around the input.
 * @csspart input - The native `<input>`.
 * @csspart calendar-button - The button that opens the calendar.
 * @csspart saka - The Saka date line (`calendar="indian"`).
 * @csspart dialog - The calendar `<dialog>`.
 * @csspart grid - The table of days.
 * @csspart day - A day cell.
 *
 * @cssprop --sugam-date-field-selected-bg - Background of the selected day.
 *
 * @event input - When the user changes the text or picks a date.
 * @event change - When the user commits a change (leaves the input, or picks a date in the calendar).
 */
export class SugamDateField extends TypedField {
  static override styles = [hostStyles, fieldStyles, boxInputStyles, dateFieldStyles];

  /** The date as ISO `YYYY-MM-DD` (empty when nothing or no real date is entered). */
  @property() accessor value = '';

  /** Earliest allowed date, ISO `YYYY-MM-DD`. */
  @property() accessor min = '';

  /** Latest allowed date, ISO `YYYY-MM-DD`. */
  @property() accessor max = '';

  /** `gregory` (default), or `indian` to also show the Saka date of the Indian national calendar. */
  @property({ reflect: true, useDefault: true }) accessor calendar: DateFieldCalendar = 'gregory';

  @state() private accessor open = false;
  /** The day that has focus in the calendar grid. */
  @state() private accessor focusedDate: CalendarDate = today();
  @state() private accessor namesLoaded = 0;

  @query('#calendar-button') private accessor calendarButton!: HTMLButtonElement;
  @query('dialog') private accessor dialog!: HTMLDialogElement;

  private focusDayAfterRender = false;
  private namesLang = '';

  /** The value as a calendar date (undefined when empty). */
  get valueAsDate(): CalendarDate | undefined {
    return parseIso(this.value);
  }

  protected isValue(value: string): boolean {
    return parseIso(value) !== undefined;
  }

  private get minDate() {
    return parseIso(this.min);
  }

  private get maxDate() {
    return parseIso(this.max);
  }

  /** Whether the typed text is something, but not a real date. */
  private get badInput(): boolean {
    return this.typedText !== null && parseDayMonthYear(toLatinDigits(this.typedText)) === null;
  }

  protected validate(): ValidationProblem | undefined {
    if (this.badInput) return { flag: 'badInput', key: 'dateBadInput' };
    const date = this.valueAsDate;
    if (!date) return this.required ? { flag: 'valueMissing', key: 'valueMissing' } : undefined;
    const { minDate, maxDate } = this;
    if (minDate && compareDates(date, minDate) < 0) {
      return { flag: 'rangeUnderflow', key: 'dateRangeUnderflow', values: { min: this.longDate(minDate) } };
    }
    if (maxDate && compareDates(date, maxDate) > 0) {
      return { flag: 'rangeOverflow', key: 'dateRangeOverflow', values: { max: this.longDate(maxDate) } };
    }
    return undefined;
  }

  /** Opens the calendar dialog. */
  showPicker(): void {
    if (this.isDisabled || this.readonly) return;
    this.focusedDate = clampDate(this.valueAsDate ?? today(), this.minDate, this.maxDate);
    this.open = true;
    this.focusDayAfterRender = true;
  }

  private closePicker(): void {
    if (!this.open) return;
    this.open = false;
    if (this.dialog?.open) this.dialog.close();
    this.calendarButton?.focus();
  }

  private shortDate(date: CalendarDate): string {
    return formatDate(toUtcNoon(date), this.localize.lang, { timeZone: 'UTC' });
  }

  /**
   * Today as typed, with and without separators ("26/01/2025 or 26012025", "or" in the reader's language): a phone's
   * number pad, which the field asks for, has no "/".
   */
  private formatExample(): string {
    const example = this.shortDate(today());
    return this.localize.formatList([example, example.replace(/\P{Nd}/gu, '')], { type: 'disjunction' });
  }

  private longDate(date: CalendarDate, style: 'long' | 'full' = 'long'): string {
    return formatDate(toUtcNoon(date), this.localize.lang, { style, timeZone: 'UTC' });
  }

  private number(value: number): string {
    return formatNumber(value, this.localize.lang, { useGrouping: false });
  }

  protected applyText(text: string): void {
    this.typedText = text;
    const date = parseDayMonthYear(toLatinDigits(text));
    const iso = date ? toIso(date) : '';
    this.valueFromText = iso;
    this.value = iso;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('calendar')) oneOf(this, 'calendar', this.calendar, DATE_FIELD_CALENDARS, 'gregory');
    if (changed.has('value')) {
      if (this.value && !parseIso(this.value)) {
        console.warn(`[sugam] <sugam-date-field> value="${this.value}" is not an ISO date (YYYY-MM-DD); ignoring it.`);
        this.value = '';
      }
      // A value the page set replaces whatever was typed; a value that came from the typed text keeps the text.
      if (this.value !== this.valueFromText) {
        this.typedText = null;
        this.valueFromText = null;
      }
    }
    for (const name of ['min', 'max'] as const) {
      if (changed.has(name) && this[name] && !parseIso(this[name])) {
        console.warn(
          `[sugam] <sugam-date-field> ${name}="${this[name]}" is not an ISO date (YYYY-MM-DD); ignoring it.`,
        );
      }
    }
    const lang = this.localize.lang;
    if (lang !== this.namesLang) {
      this.namesLang = lang;
      if (!dateNames(lang)) {
        void loadDateNames(lang).then(() => {
          if (this.localize.lang === lang) this.namesLoaded++;
        });
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('value')) this.dispatchEvent(new Event(DATE_VALUE_EVENT));
    if (this.open && !this.dialog.open) this.dialog.showModal();
    if (!this.open && this.dialog.open) this.dialog.close();
    if (this.focusDayAfterRender && this.open) {
      this.focusDayAfterRender = false;
      this.renderRoot.querySelector<HTMLElement>('td[tabindex="0"]')?.focus();
    }
  }

  private pick(date: CalendarDate): void {
    if (this.isOutOfRange(date)) return;
    this.typedText = null;
    this.valueFromText = null;
    this.value = toIso(date);
    this.touched = true;
    this.closePicker();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private isOutOfRange(date: CalendarDate): boolean {
    const { minDate, maxDate } = this;
    return Boolean((minDate && compareDates(date, minDate) < 0) || (maxDate && compareDates(date, maxDate) > 0));
  }

  private moveFocus(date: CalendarDate): void {
    this.focusedDate = date;
    this.focusDayAfterRender = true;
  }

  private handleGridKeydown(event: KeyboardEvent): void {
    if (event.isComposing) return;
    const date = this.focusedDate;
    const forward = this.localize.dir === 'rtl' ? -1 : 1;
    let next: CalendarDate | undefined;
    switch (event.key) {
      case 'ArrowRight':
        next = addDays(date, forward);
        break;
      case 'ArrowLeft':
        next = addDays(date, -forward);
        break;
      case 'ArrowDown':
        next = addDays(date, 7);
        break;
      case 'ArrowUp':
        next = addDays(date, -7);
        break;
      case 'PageDown':
        next = addMonths(date, event.shiftKey ? 12 : 1);
        break;
      case 'PageUp':
        next = addMonths(date, event.shiftKey ? -12 : -1);
        break;
      case 'Home':
        next = addDays(date, -weekday(date));
        break;
      case 'End':
        next = addDays(date, 6 - weekday(date));
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.pick(date);
        return;
      default:
        return;
    }
    event.preventDefault();
    this.moveFocus(next);
  }

  private handleDialogClick(event: MouseEvent): void {
    // A click on the backdrop lands on the <dialog> itself.
    if (event.target === this.dialog) this.closePicker();
  }

  private handleCancel(event: Event): void {
    event.preventDefault();
    this.closePicker();
  }

  private renderDialog(names: { months: string[]; weekdays: string[] } | undefined) {
    const t = (key: string, values?: Record<string, unknown>) => this.localize.t(key, values);
    const focused = this.focusedDate;
    const selected = this.valueAsDate;
    const now = today();
    const first = { year: focused.year, month: focused.month, day: 1 };
    const offset = weekday(first);
    const total = daysInMonth(focused.year, focused.month);
    const rows: (CalendarDate | undefined)[][] = [];
    for (let cell = 0; cell < Math.ceil((offset + total) / 7) * 7; cell++) {
      const day = cell - offset + 1;
      if (cell % 7 === 0) rows.push([]);
      rows.at(-1)!.push(day >= 1 && day <= total ? { ...first, day } : undefined);
    }
    const heading = t('dateField.monthYear', {
      month: names?.months[focused.month - 1] ?? this.number(focused.month),
      year: this.number(focused.year),
    });
    const nav = (label: string, icon: ReturnType<typeof ICONS.calendar>, delta: number, flip: boolean) =>
      html`<button
        type="button"
        class="nav ${classMap({ flip })}"
        aria-label=${label}
        @click=${() => (this.focusedDate = addMonths(focused, delta))}
      >
        <svg viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">${icon}</svg>
      </button>`;
    return html`<dialog
      part="dialog"
      aria-modal="true"
      aria-label=${t('dateField.choose')}
      dir=${this.localize.dir}
      @cancel=${this.handleCancel}
      @click=${this.handleDialogClick}
    >
      ${
        this.open
          ? html`<div class="picker">
              <div class="picker-header">
                ${nav(t('dateField.previousYear'), doubleChevron, -12, false)}
                ${nav(t('dateField.previousMonth'), ICONS.chevronStart(), -1, false)}
                <h2 id="heading" class="heading" aria-live="polite">${heading}</h2>
                ${nav(t('dateField.nextMonth'), ICONS.chevronStart(), 1, true)}
                ${nav(t('dateField.nextYear'), doubleChevron, 12, true)}
              </div>
              <table part="grid" role="grid" class="grid" aria-labelledby="heading" @keydown=${this.handleGridKeydown}>
                <thead>
                  <tr>
                    ${WEEKDAY_KEYS.map(
                      (key, i) =>
                        html`<th scope="col" abbr=${ifDefined(names?.weekdays[i])}>
                          <span aria-hidden="true">${t(`dateField.weekdays.${key}`)}</span
                          ><span class="visually-hidden">${names?.weekdays[i] ?? t(`dateField.weekdays.${key}`)}</span>
                        </th>`,
                    )}
                  </tr>
                </thead>
                <tbody>
                  ${rows.map(
                    (row) =>
                      html`<tr>
                        ${row.map((date) => {
                          if (!date) return html`<td class="empty"></td>`;
                          const isFocused = sameDate(date, focused);
                          const isSelected = sameDate(date, selected);
                          const disabled = this.isOutOfRange(date);
                          return html`<td
                            part="day"
                            class=${classMap({ day: true, today: sameDate(date, now), selected: isSelected })}
                            tabindex=${isFocused ? 0 : -1}
                            aria-selected=${isSelected ? 'true' : 'false'}
                            aria-disabled=${ifDefined(disabled ? 'true' : undefined)}
                            aria-current=${ifDefined(sameDate(date, now) ? 'date' : undefined)}
                            aria-label=${this.longDate(date, 'full')}
                            @click=${() => (isFocused ? this.pick(date) : this.moveFocus(date))}
                            @dblclick=${() => this.pick(date)}
                          >
                            ${this.number(date.day)}
                          </td>`;
                        })}
                      </tr>`,
                  )}
                </tbody>
              </table>
              ${
                this.calendar === 'indian'
                  ? html`<p class="saka-line">
                      ${t('dateField.saka', {
                        date: formatDate(toUtcNoon(focused), this.localize.lang, {
                          calendar: 'indian',
                          style: 'long',
                          timeZone: 'UTC',
                        }),
                      })}
                    </p>`
                  : nothing
              }
              <div class="picker-footer">
                <button type="button" class="text-button" @click=${() => this.closePicker()}>
                  ${t('dateField.cancel')}
                </button>
              </div>
            </div>`
          : nothing
      }
    </dialog>`;
  }

  protected override render() {
    void this.namesLoaded;
    const t = (key: string, values?: Record<string, unknown>) => this.localize.t(key, values);
    const texts = this.fieldTexts;
    const disabled = this.isDisabled;
    const date = this.valueAsDate;
    const display = this.typedText ?? (date ? this.shortDate(date) : '');
    const showsSaka = this.calendar === 'indian' && date !== undefined;
    const message =
      this.visibleError || (this.state === 'success' || this.state === 'warning' ? this.statusMessage : '');
    const describedBy = [this.hint ? 'hint' : '', 'format', showsSaka ? 'saka' : '', message ? 'message' : '']
      .filter(Boolean)
      .join(' ');
    const names = dateNames(this.localize.lang);
    return html`<div class="field ${classMap({ invalid: this.showsError })}">
      ${fieldLabel(texts, 'input')}
      <div part="format" class="hint format" id="format">
        ${t('dateField.format', { example: this.formatExample() })}
      </div>
      <div class="row">
        <div part="box" class="box ${classMap({ disabled })}"> ${this.renderTextInput(display, 10, describedBy)} </div>
        <button
          part="calendar-button"
          id="calendar-button"
          class="calendar-button"
          type="button"
          aria-haspopup="dialog"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-label=${date ? t('dateField.change', { date: this.longDate(date) }) : t('dateField.choose')}
          ?disabled=${disabled || this.readonly}
          @click=${() => this.showPicker()}
        >
          <svg viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">${ICONS.calendar()}</svg>
        </button>
      </div>
      ${
        showsSaka
          ? html`<div part="saka" class="hint saka" id="saka">
              ${t('dateField.saka', {
                date: formatDate(toUtcNoon(date), this.localize.lang, {
                  calendar: 'indian',
                  style: 'long',
                  timeZone: 'UTC',
                }),
              })}
            </div>`
          : nothing
      }
      ${fieldDescriptions(texts)} ${this.renderDialog(names)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-date-field': SugamDateField;
  }
}
