import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LocalizeController, registerStrings } from '@sugam/i18n';
import { dateRange, field } from '@sugam/i18n/en';
import { fieldStyles } from '../internal/field.js';
import { hostStyles } from '../internal/styles.js';
import { oneOf } from '../internal/enum.js';
import { DATE_VALUE_EVENT, type SugamDateField } from '../date-field/date-field.js';
import { dateRangeStyles } from './date-range.styles.js';

registerStrings({ dateRange, field });

export const DATE_RANGE_DURATIONS = ['days', 'nights'] as const;
export type DateRangeDuration = (typeof DATE_RANGE_DURATIONS)[number];

const DAY_MS = 86_400_000;

/** The later of two ISO dates ('' when neither is set); ISO dates compare as text. */
const later = (a: string, b: string) => (a > b ? a : b);

/**
 * A period of days ("Period of leave", "Dates of stay"): two `<sugam-date-field>` children under one label, like a
 * `<fieldset>` with a `<legend>`, that keep each other in order. The end date's `min` is the start date, so an end
 * before the start gets the end field's own localized message ("Enter a date on or after 12 March 2025") and its
 * calendar greys out the days before the start. Dates out of order are always reported once, on the end date (as
 * GOV.UK does), also when it was the start that moved.
 *
 * The two date fields are ordinary light-DOM children: each submits under its own `name`, carries its own label,
 * hint and message, and links from an error summary like any field. Children without a label are labelled "Start
 * date" and "End date" in the reader's language. The range's `min` and `max` bound both (else each field's own
 * `min`/`max` attributes); `required` on the range makes both required; `optional` only marks the label.
 *
 * Importing `@sugam/components/date-range` defines `<sugam-date-field>` too.
 *
 * @summary Date range: a start and an end date field under one label, each bounding the other.
 * @status stable
 * @since 0.1.0
 *
 * @slot - Two `<sugam-date-field>` elements: the start, then the end.
 *
 * @csspart group - The `<fieldset>`.
 * @csspart label - The `<legend>`.
 * @csspart hint - The hint text.
 * @csspart fields - The box holding the two fields.
 * @csspart duration - The length of the period (with `duration`).
 */
export class SugamDateRange extends LitElement {
  static override styles = [hostStyles, fieldStyles, dateRangeStyles];

  /** The question the two dates answer, shown as the group's legend. */
  @property() accessor label = '';

  /** Help text under the label, read with the group. */
  @property() accessor hint = '';

  /** Earliest allowed date of both fields, ISO `YYYY-MM-DD`. */
  @property() accessor min = '';

  /** Latest allowed date of both fields, ISO `YYYY-MM-DD`. */
  @property() accessor max = '';

  /** Both dates must be given. Shows a localized "(required)" marker after the label. */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor required = false;

  /** Shows a localized "(optional)" marker after the label. */
  @property({ type: Boolean }) accessor optional = false;

  /**
   * Shows the length of the period under the fields once both dates are given, announced politely as it changes:
   * `days` counts both the first and the last day (leave from 10 to 14 March: 5 days), `nights` the nights between
   * (a stay from 10 to 14 March: 4 nights).
   */
  @property({ reflect: true }) accessor duration: DateRangeDuration | undefined;

  private readonly localize = new LocalizeController(this);

  constructor() {
    super();
    // A child's value changes (typed, picked, set by the page or reset): its neighbour's limit follows. The event
    // does not bubble; a capturing listener on the parent still hears it. The child sends it from its own update:
    // the limits are written just after it, so no field is changed in the middle of its own update.
    this.addEventListener(
      DATE_VALUE_EVENT,
      () =>
        queueMicrotask(() => {
          this.link();
          if (this.duration) this.requestUpdate();
        }),
      { capture: true },
    );
  }

  /** The start and end fields: the first two `<sugam-date-field>` children. */
  get fields(): [SugamDateField | undefined, SugamDateField | undefined] {
    const [start, end] = [...this.children].filter(
      (child): child is SugamDateField => child.localName === 'sugam-date-field',
    );
    return [start, end];
  }

  /** Writes each field's limits from the range's and the other field's value, and the default labels. */
  private link(): void {
    const [start, end] = this.fields;
    const t = (key: string) => this.localize.t(key);
    // Limits given on a child itself (its attributes) still count when the range has none.
    const own = (el: SugamDateField, name: 'min' | 'max') => this[name] || el.getAttribute(name) || '';
    if (start) {
      start.min = own(start, 'min');
      start.max = own(start, 'max');
      if (this.required) start.required = true;
      if (!start.label || start.dataset.sugamDefaultLabel !== undefined) {
        start.label = t('dateRange.start');
        start.dataset.sugamDefaultLabel = '';
      }
    }
    if (end) {
      end.min = later(own(end, 'min'), start?.value ?? '');
      end.max = own(end, 'max');
      if (this.required) end.required = true;
      if (!end.label || end.dataset.sugamDefaultLabel !== undefined) {
        end.label = t('dateRange.end');
        end.dataset.sugamDefaultLabel = '';
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Also after a language switch: default labels follow the language.
    this.link();
  }

  /** The period's length in the reader's language ('' until both dates are given, in order). */
  private durationText(): string {
    const kind = this.duration;
    if (kind !== 'days' && kind !== 'nights') return '';
    const [start, end] = this.fields;
    if (!start?.value || !end?.value) return '';
    const nights = Math.round((Date.parse(end.value) - Date.parse(start.value)) / DAY_MS);
    if (!(nights >= 0)) return '';
    return this.localize.t(`dateRange.${kind}`, { count: kind === 'days' ? nights + 1 : nights });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('duration') && this.duration) oneOf(this, 'duration', this.duration, DATE_RANGE_DURATIONS, 'days');
  }

  protected override render() {
    const marker = this.required
      ? this.localize.t('field.required')
      : this.optional
        ? this.localize.t('field.optional')
        : '';
    return html`<fieldset part="group" class="field" aria-describedby=${ifDefined(this.hint ? 'hint' : undefined)}>
      <legend part="label" class="label" id="label">
        ${this.label}${marker ? html` <span class="marker">${marker}</span>` : nothing}
      </legend>
      ${this.hint ? html`<div part="hint" class="hint" id="hint">${this.hint}</div>` : nothing}
      <div part="fields" class="fields"><slot @slotchange=${() => this.link()}></slot></div>
      ${
        this.duration
          ? html`<p part="duration" class="duration" aria-live="polite">${this.durationText()}</p>`
          : nothing
      }
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-date-range': SugamDateRange;
  }
}
