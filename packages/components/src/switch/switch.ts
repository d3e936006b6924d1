import { LitElement, html, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { FormControl, type ValidationProblem } from '../internal/form-control.js';
import { describedBy, fieldDescriptions, fieldStyles, fieldMarker } from '../internal/field.js';
import { hostStyles } from '../internal/styles.js';
import { choiceStyles } from '../checkbox/checkbox.styles.js';
import { switchStyles } from './switch.styles.js';
import { registerStrings } from '@sugam/i18n';
import { switchControl } from '@sugam/i18n/en';

registerStrings({ switchControl });

/**
 * An on/off switch for a setting that takes effect at once, following the WAI-ARIA switch pattern
 * (role "switch"; Space toggles it, and Enter too). In a form it submits like a checkbox: `name=value` (value
 * "on" unless set) when on, nothing when off. With `show-state` it also shows the words "On" / "Off" in the
 * page's language (hidden from screen readers, which announce the state themselves). Read-only switches keep
 * their state, stay focusable and are submitted.
 *
 * @summary Switch: on/off with a label, optional localized state text, hint, sizes, states and validation.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The label's content, when it needs more than the `label` attribute (plain inline text; no links).
 *
 * @csspart base - The clickable row (a `<label>`) holding the switch, the label and the state text.
 * @csspart control - The native `<input role="switch">` drawn as the track.
 * @csspart thumb - The moving thumb.
 * @csspart label - The label text.
 * @csspart state - The "On" / "Off" text.
 * @csspart hint - The hint text.
 * @csspart message - The error, success or warning message.
 *
 * @cssprop --sugam-color-action-primary-default - Fill of the track when on.
 * @cssprop --sugam-color-border-control - Border of the track and colour of the thumb when off.
 *
 * @event input - When the user toggles the switch.
 * @event change - When the user toggles the switch.
 */
export class SugamSwitch extends FormControl {
  static override styles = [hostStyles, fieldStyles, choiceStyles, switchStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** Whether it is on. The `checked` attribute sets the initial state, which a form reset restores. */
  @property({ type: Boolean }) accessor checked = false;

  /** The initial state, restored by a form reset. Set from the `checked` attribute. */
  @property({ type: Boolean, attribute: 'default-checked' }) accessor defaultChecked = false;

  /** The value submitted when on. */
  @property() accessor value = 'on';

  /** Shows "On" / "Off" next to the switch, in the page's language. */
  @property({ type: Boolean, attribute: 'show-state' }) accessor showState = false;

  /** Puts the label first and the switch at the end of the row. */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor reverse = false;

  @query('input') private accessor input!: HTMLInputElement;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated && this.hasAttribute('checked')) {
      this.defaultChecked = true;
      this.checked = true;
    }
  }

  protected formValue(): string | null {
    return this.checked && !this.isDisabled ? this.value : null;
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
    if (this.required && !this.checked) return { flag: 'valueMissing', key: 'switchMissing' };
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

  private handleClick(event: MouseEvent): void {
    // Read-only: the state cannot change, but the switch stays focusable and is submitted.
    if (this.readonly) event.preventDefault();
  }

  private handleKeydown(event: KeyboardEvent): void {
    // The switch pattern allows Enter as well as Space.
    if (event.key === 'Enter' && !event.isComposing) {
      event.preventDefault();
      this.input.click();
    }
  }

  private handleChange(): void {
    this.checked = this.input.checked;
    this.touched = true;
    // The native input event is composed and reaches the page by itself; change is not, so it is re-dispatched.
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  protected override render() {
    const texts = this.fieldTexts;
    const disabled = this.isDisabled;
    const marker = fieldMarker(texts);
    return html`<div class="field ${classMap({ invalid: this.showsError, disabled, readonly: this.readonly })}">
      <label part="base" class="row">
        <span class="cell">
          <input
            part="control"
            id="input"
            type="checkbox"
            role="switch"
            .checked=${live(this.checked)}
            ?disabled=${disabled}
            ?required=${this.required}
            aria-readonly=${ifDefined(this.readonly ? 'true' : undefined)}
            aria-invalid=${this.showsError ? 'true' : 'false'}
            aria-describedby=${ifDefined(describedBy(texts) || undefined)}
            @click=${this.handleClick}
            @keydown=${this.handleKeydown}
            @change=${this.handleChange}
            @blur=${() => (this.touched = true)}
          />
          <span part="thumb" class="thumb"></span>
        </span>
        <span part="label" class="text" id="label"
          ><slot>${this.label}</slot>${marker ? html` <span class="marker">${marker}</span>` : nothing}</span
        >
        ${
          this.showState
            ? html`<span part="state" class="state" aria-hidden="true"
                >${this.localize.t(this.checked ? 'switchControl.on' : 'switchControl.off')}</span
              >`
            : nothing
        }
      </label>
      ${describedBy(texts) ? html`<div class="below">${fieldDescriptions(texts)}</div>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-switch': SugamSwitch;
  }
}
