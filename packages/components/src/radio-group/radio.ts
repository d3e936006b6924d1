import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FieldSize } from '../internal/form-control.js';
import { fieldStyles } from '../internal/field.js';
import { hostStyles } from '../internal/styles.js';
import { choiceStyles } from '../checkbox/checkbox.styles.js';
import { radioStyles } from './radio-group.styles.js';

/**
 * One option of a `<sugam-radio-group>`. The group owns the value, the keyboard and the form data; a radio is
 * its label, an optional hint and a circle. The whole row selects it.
 *
 * @summary Radio: one option of a radio group, with a label (attribute or slotted text) and an optional hint.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The label's content, when it needs more than the `label` attribute (plain inline text; no links).
 *
 * @csspart base - The row with role "radio" (circle and label), the element that takes focus.
 * @csspart control - The circle.
 * @csspart label - The label text.
 * @csspart hint - The hint text.
 */
export class SugamRadio extends LitElement {
  static override styles = [hostStyles, fieldStyles, choiceStyles, radioStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** The value the group submits when this radio is selected. */
  @property() accessor value = '';

  /** The label text (or put it in the element). */
  @property() accessor label = '';

  /** Help text under the label, read after it. */
  @property() accessor hint = '';

  /** This option cannot be chosen. */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor disabled = false;

  /** Set by the group. */
  @property({ reflect: true, useDefault: true }) accessor size: FieldSize = 'md';

  /** Whether this radio is the selected one (set by the group; change the group's `value` instead). */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor checked = false;

  /** @internal The radio the Tab key reaches (roving tab index), set by the group. */
  @state() accessor tabbable = false;

  /** @internal Disabled through the group or its fieldset. */
  @state() accessor groupDisabled = false;

  /** @internal Shown as invalid with its group. */
  @state() accessor invalid = false;

  /** @internal Read-only through the group. */
  @state() accessor readonly = false;

  /** Disabled itself or through its group. */
  get isDisabled(): boolean {
    return this.disabled || this.groupDisabled;
  }

  override focus(options?: FocusOptions): void {
    this.shadowRoot?.querySelector<HTMLElement>('[role="radio"]')?.focus(options);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('value') || changed.has('disabled')) {
      this.closest('sugam-radio-group')?.requestUpdate();
    }
  }

  protected override render() {
    const disabled = this.isDisabled;
    return html`<div class="field ${classMap({ invalid: this.invalid, disabled, readonly: this.readonly })}">
      <div
        part="base"
        class="row"
        role="radio"
        id="control"
        tabindex=${disabled ? -1 : this.tabbable ? 0 : -1}
        aria-checked=${this.checked ? 'true' : 'false'}
        aria-disabled=${ifDefined(disabled ? 'true' : undefined)}
        aria-describedby=${ifDefined(this.hint ? 'hint' : undefined)}
      >
        <span class="cell"><span part="control" class="circle"></span></span>
        <span part="label" class="text"><slot>${this.label}</slot></span>
      </div>
      ${this.hint ? html`<div class="below"><div part="hint" class="hint" id="hint">${this.hint}</div></div>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-radio': SugamRadio;
  }
}
