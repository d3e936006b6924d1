import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { FormControl, type FormValue, type ValidationProblem } from '../internal/form-control.js';
import { describedBy, fieldDescriptions, fieldStyles, fieldMarker } from '../internal/field.js';
import { hostStyles } from '../internal/styles.js';
import { checkMarkStyles, choiceStyles } from './checkbox.styles.js';

/** What a checkbox asks of the group around it (implemented by `<sugam-checkbox-group>`). */
export interface CheckboxGroupContext extends HTMLElement {
  /** The name children without their own `name` submit under. */
  readonly name: string;
  /** The group is disabled (itself or through a fieldset). */
  readonly groupDisabled: boolean;
  readonly readonly: boolean;
  /** The group shows an error: its checkboxes show as invalid too. */
  readonly groupInvalid: boolean;
  /** Called when a child's checked state, value or name changed. */
  childChanged(): void;
}

/**
 * A checkbox with its label, hint and messages, that submits like `<input type="checkbox">`: `name=value`
 * (value "on" unless set) when checked, nothing when not. `required` means it must be checked (e.g. a
 * declaration). The whole row, label included, toggles it. Read-only checkboxes keep their state, stay focusable
 * and are submitted. Inside a `<sugam-checkbox-group>` it takes the group's name (unless it has its own), size,
 * disabled and read-only state.
 *
 * @summary Checkbox: checked, indeterminate, required, read-only; label (or slotted text), hint, sizes, states.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The label's content, when it needs more than the `label` attribute (plain inline text; no links).
 *
 * @csspart base - The clickable row (a `<label>`) holding the box and the label text.
 * @csspart control - The native checkbox `<input>`.
 * @csspart label - The label text.
 * @csspart hint - The hint text.
 * @csspart message - The error, success or warning message.
 *
 * @cssprop --sugam-color-action-primary-default - Fill of the checked box.
 * @cssprop --sugam-color-border-control - Border of the unchecked box.
 *
 * @event input - When the user toggles the checkbox.
 * @event change - When the user toggles the checkbox.
 */
export class SugamCheckbox extends FormControl {
  static override styles = [hostStyles, fieldStyles, choiceStyles, checkMarkStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** Whether it is checked. The `checked` attribute sets the initial state, which a form reset restores. */
  @property({ type: Boolean }) accessor checked = false;

  /** The initial checked state, restored by a form reset. Set from the `checked` attribute. */
  @property({ type: Boolean, attribute: 'default-checked' }) accessor defaultChecked = false;

  /** The value submitted when checked. */
  @property() accessor value = 'on';

  /** Shows a "mixed" state (e.g. "select all" with some selected). Cleared when the user toggles it. */
  @property({ type: Boolean }) accessor indeterminate = false;

  /** Puts the label first and the box at the end of the row. */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor reverse = false;

  @query('input', true) private accessor input!: HTMLInputElement;

  private group: CheckboxGroupContext | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated && this.hasAttribute('checked')) {
      this.defaultChecked = true;
      this.checked = true;
    }
    this.group = this.parentElement?.closest<CheckboxGroupContext>('sugam-checkbox-group') ?? null;
    this.group?.childChanged?.();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.group?.childChanged?.();
    this.group = null;
  }

  /** Disabled itself, through a fieldset, or through its group. */
  protected override get isDisabled(): boolean {
    return super.isDisabled || Boolean(this.group?.groupDisabled);
  }

  private get isReadonly(): boolean {
    return this.readonly || Boolean(this.group?.readonly);
  }

  /** The name it submits under: its own, else its group's. */
  get effectiveName(): string {
    return this.name || this.group?.name || '';
  }

  protected formValue(): FormValue {
    if (!this.checked || this.isDisabled) return null;
    if (this.name || !this.effectiveName) return this.value;
    // No name of its own: submit under the group's name, as a native checkbox named like the group would.
    const data = new FormData();
    data.append(this.effectiveName, this.value);
    return data;
  }

  protected override formState(): string {
    return this.checked ? 'checked' : '';
  }

  protected validationAnchor() {
    return this.input;
  }

  formResetCallback(): void {
    this.checked = this.defaultChecked;
    this.touched = false;
  }

  formStateRestoreCallback(state: unknown): void {
    if (typeof state === 'string') this.checked = state === 'checked';
  }

  protected validate(): ValidationProblem | undefined {
    if (this.required && !this.checked) return { flag: 'valueMissing', key: 'checkboxMissing' };
    return undefined;
  }

  /** Like a native checkbox's `click()`: toggles it (unless disabled or read-only) and fires input and change. */
  override click(): void {
    if (this.input) this.input.click();
    else super.click();
  }

  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  /** Shows as invalid: its own error, or its group's. */
  private get invalid(): boolean {
    return this.showsError || Boolean(this.group?.groupInvalid);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('checked') || changed.has('value') || changed.has('name') || changed.has('disabled')) {
      this.group?.childChanged?.();
    }
  }

  private handleClick(event: MouseEvent): void {
    // Read-only: the state cannot change, but the checkbox stays focusable and is submitted.
    if (this.isReadonly) event.preventDefault();
  }

  private handleChange(): void {
    this.checked = this.input.checked;
    this.indeterminate = false;
    this.touched = true;
    // The native input event is composed and reaches the page by itself; change is not, so it is re-dispatched.
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  protected override render() {
    const texts = this.fieldTexts;
    const disabled = this.isDisabled;
    const readonly = this.isReadonly;
    const marker = fieldMarker(texts);
    // No whitespace between tags, and the check or dash drawn by CSS: fewer nodes in each of many checkboxes.
    const state = `${this.invalid ? ' invalid' : ''}${disabled ? ' disabled' : ''}${readonly ? ' readonly' : ''}`;
    return html`<div class="field${state}"
      ><label part="base" class="row"
        ><span class="cell"
          ><input
            part="control"
            id="input"
            type="checkbox"
            .checked=${live(this.checked)}
            .indeterminate=${this.indeterminate}
            ?disabled=${disabled}
            ?required=${this.required}
            aria-readonly=${ifDefined(readonly ? 'true' : undefined)}
            aria-invalid=${this.invalid ? 'true' : 'false'}
            aria-describedby=${ifDefined(describedBy(texts) || undefined)}
            @click=${this.handleClick}
            @change=${this.handleChange}
            @blur=${() => (this.touched = true)} /></span
        ><span part="label" class="text" id="label"
          ><slot>${this.label}</slot>${marker ? html` <span class="marker">${marker}</span>` : nothing}</span
        ></label
      >${describedBy(texts) ? html`<div class="below">${fieldDescriptions(texts)}</div>` : nothing}</div
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-checkbox': SugamCheckbox;
  }
}
