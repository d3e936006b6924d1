import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FormControl, type ValidationProblem } from '../internal/form-control.js';
import { describedBy, fieldDescriptions, fieldStyles, fieldMarker } from '../internal/field.js';
import { oneOf } from '../internal/enum.js';
import { hostStyles } from '../internal/styles.js';
import { GROUP_ORIENTATIONS, type GroupOrientation } from '../checkbox-group/checkbox-group.js';
import { groupStyles } from '../checkbox-group/checkbox-group.styles.js';
import type { SugamRadio } from './radio.js';

/**
 * A set of `<sugam-radio>` options of which one can be chosen, following the WAI-ARIA radio group pattern: one
 * Tab stop (the selected radio, else the first), arrow keys move to the next or previous option and select it,
 * wrapping at the ends, Space selects the focused option. In a right-to-left page Left and Right are mirrored,
 * as browsers do for native radios. The group submits `name=value` of the selected radio, like a set of native
 * radios with one name. `required` means one must be selected. Read-only: arrow keys move focus but the
 * selection stays, and it is still submitted.
 *
 * @summary Radio group: one choice out of several, with label, hint, validation, sizes and roving focus.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The `<sugam-radio>` options.
 *
 * @csspart label - The group's label.
 * @csspart hint - The hint text.
 * @csspart options - The element with role "radiogroup" around the radios.
 * @csspart message - The error, success or warning message.
 *
 * @event input - When the user selects a radio.
 * @event change - When the user selects a radio.
 */
export class SugamRadioGroup extends FormControl {
  static override styles = [hostStyles, fieldStyles, groupStyles];

  /**
   * The value of the selected radio ('' for none). The `value` attribute (or a `checked` radio) sets the initial
   * selection, which a form reset restores.
   */
  @property() accessor value = '';

  /** The initial value, restored by a form reset. Set from the `value` attribute. */
  @property({ attribute: 'default-value' }) accessor defaultValue = '';

  /** `vertical` (default) or `horizontal` (for two or three short options). */
  @property({ reflect: true, useDefault: true }) accessor orientation: GroupOrientation = 'vertical';

  /** The radio that has (or last had) focus, when it is not the selected one (read-only groups). */
  @state() private accessor focusedRadio: SugamRadio | undefined;

  constructor() {
    super();
    this.addEventListener('click', this.handleClick);
    this.addEventListener('keydown', this.handleKeydown);
    this.addEventListener('focusin', (event) => {
      const radio = this.radioOf(event.target);
      if (radio) this.focusedRadio = radio;
    });
    this.addEventListener('focusout', (event: FocusEvent) => {
      if (!this.contains(event.relatedTarget as Node | null)) this.touched = true;
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) {
      // The initial selection: the group's `value` attribute, else a radio marked `checked`, as in native HTML.
      const checked = this.querySelector('sugam-radio[checked]');
      this.defaultValue ||= this.getAttribute('value') ?? checked?.getAttribute('value') ?? '';
      this.value ||= this.defaultValue;
    }
  }

  /** The radios of the group, in document order. */
  get radios(): SugamRadio[] {
    return [...this.querySelectorAll<SugamRadio>('sugam-radio')];
  }

  /** The selected radio, if it can be selected. */
  private get selected(): SugamRadio | undefined {
    return this.radios.find((radio) => radio.value === this.value && !radio.disabled);
  }

  private get selectable(): SugamRadio[] {
    return this.isDisabled ? [] : this.radios.filter((radio) => !radio.disabled);
  }

  /** The radio the Tab key reaches: the selected one, else the last focused, else the first that can be chosen. */
  private get tabStop(): SugamRadio | undefined {
    const selectable = this.selectable;
    if (this.focusedRadio && selectable.includes(this.focusedRadio) && (this.readonly || !this.selected)) {
      return this.focusedRadio;
    }
    return this.selected && selectable.includes(this.selected) ? this.selected : selectable[0];
  }

  protected formValue(): string | null {
    return this.selected ? this.value : null;
  }

  protected override formState(): string {
    return this.value;
  }

  protected validationAnchor() {
    return this.tabStop?.shadowRoot?.querySelector<HTMLElement>('[role="radio"]');
  }

  formResetCallback(): void {
    this.value = this.defaultValue;
    this.touched = false;
  }

  formStateRestoreCallback(state: unknown): void {
    if (typeof state === 'string') this.value = state;
  }

  protected validate(): ValidationProblem | undefined {
    if (this.required && !this.selected) return { flag: 'valueMissing', key: 'radioMissing' };
    return undefined;
  }

  override focus(options?: FocusOptions): void {
    this.tabStop?.focus(options);
  }

  private radioOf(target: EventTarget | null): SugamRadio | undefined {
    const radio = (target as Element | null)?.closest?.('sugam-radio');
    return radio && this.radios.includes(radio) ? radio : undefined;
  }

  private select(radio: SugamRadio): void {
    if (this.readonly || this.isDisabled || radio.disabled || radio.value === this.value) return;
    this.value = radio.value;
    this.touched = true;
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private handleClick = (event: MouseEvent): void => {
    const radio = this.radioOf(event.target);
    if (!radio || radio.disabled || this.isDisabled) return;
    radio.focus();
    this.select(radio);
  };

  private handleKeydown = (event: KeyboardEvent): void => {
    const radio = this.radioOf(event.target);
    if (!radio || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === ' ') {
      event.preventDefault();
      this.select(radio);
      return;
    }
    const rtl = getComputedStyle(this).direction === 'rtl';
    const forward = { ArrowDown: 1, ArrowUp: -1, ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    if (!forward) return;
    event.preventDefault();
    const radios = this.selectable;
    if (radios.length === 0) return;
    const index = radios.indexOf(radio);
    const next = radios[(index + forward + radios.length) % radios.length]!;
    this.focusedRadio = next;
    next.focus();
    this.select(next);
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('orientation')) oneOf(this, 'orientation', this.orientation, GROUP_ORIENTATIONS, 'vertical');
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The radios first, so the validation anchor (the Tab stop) is current when the base class syncs validity.
    const selected = this.selected;
    const tabStop = this.tabStop;
    for (const radio of this.radios) {
      radio.checked = radio === selected;
      radio.tabbable = radio === tabStop;
      radio.groupDisabled = this.isDisabled;
      radio.readonly = this.readonly;
      radio.invalid = this.showsError;
      radio.size = this.size;
    }
    super.updated(changed);
  }

  protected override render() {
    const texts = this.fieldTexts;
    const marker = fieldMarker(texts);
    return html`<div class="field ${classMap({ invalid: this.showsError })}">
      <span part="label" class="label" id="label"
        >${this.label}${marker ? html` <span class="marker">${marker}</span>` : nothing}</span
      >
      ${fieldDescriptions({ ...texts, error: '', status: '' })}
      <div
        part="options"
        class="options"
        role="radiogroup"
        aria-labelledby="label"
        aria-describedby=${ifDefined(describedBy(texts) || undefined)}
        aria-required=${this.required ? 'true' : 'false'}
        aria-invalid=${this.showsError ? 'true' : 'false'}
        aria-readonly=${ifDefined(this.readonly ? 'true' : undefined)}
        aria-disabled=${ifDefined(this.isDisabled ? 'true' : undefined)}
      >
        <slot @slotchange=${() => this.requestUpdate()}></slot>
      </div>
      ${fieldDescriptions({ ...texts, hint: '' })}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-radio-group': SugamRadioGroup;
  }
}
