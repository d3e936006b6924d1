import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FormControl, type ValidationProblem } from '../internal/form-control.js';
import { describedBy, fieldDescriptions, fieldStyles, fieldMarker } from '../internal/field.js';
import { oneOf } from '../internal/enum.js';
import { hostStyles } from '../internal/styles.js';
import { type CheckboxGroupContext, type SugamCheckbox } from '../checkbox/checkbox.js';
import { groupStyles } from './checkbox-group.styles.js';

export const GROUP_ORIENTATIONS = ['vertical', 'horizontal'] as const;
export type GroupOrientation = (typeof GROUP_ORIENTATIONS)[number];

/**
 * A group of `<sugam-checkbox>` under one question, like a `<fieldset>` with a `<legend>`: the label is the
 * legend, with the hint and the message tied to the group. The checkboxes submit themselves, exactly as native
 * checkboxes would (`name=value` for each checked one, in document order), under the group's `name` unless they
 * have their own. The group checks the selection as a whole: `required` means at least one is checked, `min` and
 * `max` bound how many. Its size, disabled and read-only state apply to every checkbox in it.
 *
 * Import `@sugam/components/checkbox` as well, for the checkboxes.
 *
 * @summary Checkbox group: a labelled set of checkboxes with one hint and message; required, min and max.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The `<sugam-checkbox>` elements.
 *
 * @csspart group - The `<fieldset>`.
 * @csspart label - The `<legend>`.
 * @csspart hint - The hint text.
 * @csspart options - The box around the checkboxes.
 * @csspart message - The error, success or warning message.
 *
 * @event change - Bubbles from the checkbox the user toggled.
 */
export class SugamCheckboxGroup extends FormControl implements CheckboxGroupContext {
  static override styles = [hostStyles, fieldStyles, groupStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** Fewest checked boxes accepted (when any is checked, or when required). */
  @property({ type: Number }) accessor min: number | undefined;

  /** Most checked boxes accepted. */
  @property({ type: Number }) accessor max: number | undefined;

  /** `vertical` (default) or `horizontal` (for two or three short options). */
  @property({ reflect: true, useDefault: true }) accessor orientation: GroupOrientation = 'vertical';

  private contextKey = '';

  constructor() {
    super();
    this.addEventListener('focusout', (event: FocusEvent) => {
      if (!this.contains(event.relatedTarget as Node | null)) this.touched = true;
    });
  }

  /** The checkboxes of the group, in document order. */
  get checkboxes(): SugamCheckbox[] {
    return [...this.querySelectorAll<SugamCheckbox>('sugam-checkbox')];
  }

  /** The checkboxes that count: not disabled themselves. */
  private get enabledBoxes(): SugamCheckbox[] {
    return this.checkboxes.filter((box) => !box.disabled && !box.matches(':disabled'));
  }

  /** The values of the checked checkboxes, in document order. */
  get values(): string[] {
    return this.enabledBoxes.filter((box) => box.checked).map((box) => box.value);
  }

  get groupDisabled(): boolean {
    return this.isDisabled;
  }

  get groupInvalid(): boolean {
    return this.showsError;
  }

  childChanged(): void {
    this.requestUpdate();
  }

  protected formValue(): null {
    // The checkboxes submit themselves; the group only validates the selection.
    return null;
  }

  protected override formState(): FormData {
    const data = new FormData();
    for (const box of this.checkboxes) if (box.checked) data.append(box.effectiveName, box.value);
    return data;
  }

  protected validationAnchor() {
    const box = this.enabledBoxes[0];
    return box?.shadowRoot?.querySelector('input');
  }

  formResetCallback(): void {
    // Each checkbox resets itself; the group forgets that it was visited.
    this.touched = false;
  }

  formStateRestoreCallback(state: unknown): void {
    if (!(state instanceof FormData)) return;
    for (const box of this.checkboxes) box.checked = state.getAll(box.effectiveName).includes(box.value);
  }

  protected validate(): ValidationProblem | undefined {
    const count = this.values.length;
    if (this.required && count === 0) return { flag: 'valueMissing', key: 'checkboxGroupMissing' };
    if (count === 0 && !this.required) return undefined;
    if (this.min != null && count < this.min) {
      return { flag: 'rangeUnderflow', key: 'checkboxGroupTooFew', values: { count: this.min } };
    }
    if (this.max != null && count > this.max) {
      return { flag: 'rangeOverflow', key: 'checkboxGroupTooMany', values: { count: this.max } };
    }
    return undefined;
  }

  override focus(options?: FocusOptions): void {
    this.enabledBoxes[0]?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('orientation')) oneOf(this, 'orientation', this.orientation, GROUP_ORIENTATIONS, 'vertical');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Tell the checkboxes when what they take from the group changed.
    const key = [this.isDisabled, this.readonly, this.showsError, this.name, this.size].join('|');
    if (key !== this.contextKey) {
      this.contextKey = key;
      for (const box of this.checkboxes) {
        box.size = this.size;
        box.requestUpdate();
      }
    }
  }

  protected override render() {
    const texts = this.fieldTexts;
    const marker = fieldMarker(texts);
    return html`<fieldset
      part="group"
      class="field ${classMap({ invalid: this.showsError })}"
      aria-describedby=${ifDefined(describedBy(texts) || undefined)}
    >
      <legend part="label" class="label" id="label">
        ${this.label}${marker ? html` <span class="marker">${marker}</span>` : nothing}
      </legend>
      ${fieldDescriptions({ ...texts, error: '', status: '' })}
      <div part="options" class="options"><slot @slotchange=${() => this.requestUpdate()}></slot></div>
      ${fieldDescriptions({ ...texts, hint: '' })}
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-checkbox-group': SugamCheckboxGroup;
  }
}
