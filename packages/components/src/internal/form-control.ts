import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizeController, registerStrings } from '@sugam/i18n';
import { validation } from '@sugam/i18n/en';
import { oneOf } from './enum.js';
import type { FieldTexts } from './field.js';

registerStrings({ validation });

export const FIELD_SIZES = ['sm', 'md', 'lg'] as const;
export const FIELD_STATES = ['error', 'success', 'warning'] as const;
export type FieldSize = (typeof FIELD_SIZES)[number];
export type FieldState = (typeof FIELD_STATES)[number];

/** One failed constraint: the ValidityState flag and the localized message key with its values. */
export interface ValidationProblem {
  flag: keyof ValidityStateFlags;
  /** A key of the `validation` group (`valueMissing`), or a component's own with its group (`amountField.badInput`). */
  key: string;
  values?: Record<string, unknown>;
}

/** What a form value is, as ElementInternals.setFormValue takes it. */
export type FormValue = string | File | FormData | null;

/**
 * Form association for every Sugam form control (their base class), on ElementInternals: name/value in FormData, reset,
 * state restore (back/forward cache and autofill), disabled through `<fieldset disabled>`, and constraint
 * validation with messages in the control's own language (re-worded live when the language changes, with the
 * same validity). Subclasses say what their value is (`formValue`), what is wrong (`validate`) and where the
 * browser should point (`validationAnchor`); the base class does the rest.
 */
export abstract class FormControl extends LitElement {
  static formAssociated = true;

  /** The control's name in the form data. */
  @property({ reflect: true, useDefault: true }) accessor name = '';

  /** The visible label. Every control needs one (or `aria-label` via `label-hidden`). */
  @property() accessor label = '';

  /** Help text shown under the label and read after it. */
  @property() accessor hint = '';

  /** An error message set by the page (e.g. from the server); shows the error state. */
  @property({ attribute: 'error-message' }) accessor errorMessage = '';

  /** A status message shown with `state="success"` or `state="warning"`. */
  @property({ attribute: 'status-message' }) accessor statusMessage = '';

  /** Visual and announced state: `error`, `success` or `warning`. */
  @property({ reflect: true }) accessor state: FieldState | undefined;

  /** sm, md (default) or lg. */
  @property({ reflect: true, useDefault: true }) accessor size: FieldSize = 'md';

  /** Disables the control: not focusable, not submitted, not validated. */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor disabled = false;

  /** The control must have a value to submit. Shows a localized "(required)" marker. */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor required = false;

  /** Shows a localized "(optional)" marker (the GOV.UK convention: mark the exceptions). */
  @property({ type: Boolean }) accessor optional = false;

  /** The value can be read and submitted but not changed. */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor readonly = false;

  /** Set once the user has left the control or tried to submit: validation messages show from then on. */
  @state() protected accessor touched = false;

  protected readonly internals: ElementInternals;
  protected readonly localize = new LocalizeController(this);
  protected fieldsetDisabled = false;
  private customError = '';

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.addEventListener('invalid', () => {
      this.touched = true;
    });
  }

  /** The value this control submits (the form data entry). */
  protected abstract formValue(): FormValue;
  /** What restores the control after a back/forward navigation or autofill (defaults to the form value). */
  protected formState(): FormValue {
    return this.formValue();
  }
  /** Constraints the current value breaks, first one shown. Never called while disabled. Runs before render,
   * so it must not read rendered state. */
  protected abstract validate(): ValidationProblem | undefined;
  /** The element the browser's validation bubble points at, and that receives focus on an invalid submit. */
  protected abstract validationAnchor(): HTMLElement | null | undefined;
  /** Puts the control back to its initial value (form reset). */
  abstract formResetCallback(): void;
  /** Restores a value saved with `formState()`. */
  abstract formStateRestoreCallback(state: FormValue, reason: 'restore' | 'autocomplete'): void;

  formDisabledCallback(disabled: boolean): void {
    this.fieldsetDisabled = disabled;
    this.requestUpdate();
  }

  /** Disabled itself or through a disabled fieldset. */
  protected get isDisabled(): boolean {
    return this.disabled || this.fieldsetDisabled;
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    this.touched = true;
    return this.internals.reportValidity();
  }
  /** Like a native control's: a non-empty message makes the control invalid (customError). */
  setCustomValidity(message: string): void {
    this.customError = message;
    this.syncValidity();
  }

  /** The error text shown under the control: the page's, else the validation message once touched. */
  protected get visibleError(): string {
    if (this.errorMessage) return this.errorMessage;
    if (this.state === 'error' && !this.internals.validationMessage) return this.statusMessage;
    return this.touched && !this.isDisabled ? this.internals.validationMessage : '';
  }

  /** What the shared field parts (label, marker, hint, message) show for this control, in its language. */
  protected get fieldTexts(): FieldTexts {
    return {
      label: this.label,
      hint: this.hint,
      error: this.visibleError,
      status: this.statusMessage,
      state: this.state,
      required: this.required,
      optional: this.optional,
      t: (key) => this.localize.t(key),
    };
  }

  /** Whether the control shows as invalid (aria-invalid). */
  protected get showsError(): boolean {
    return Boolean(this.visibleError) || this.state === 'error';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('size')) oneOf(this, 'size', this.size, FIELD_SIZES, 'md');
    if (changed.has('state') && this.state) oneOf(this, 'state', this.state, FIELD_STATES, 'error');
    // Validate before rendering too, so the message on screen is the current one (typing, language switch), and
    // before the first render when the control was already touched (files added from script before it rendered).
    if (this.hasUpdated) this.syncValidity();
    else if (this.touched) this.syncValidity(false);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.internals.setFormValue(this.formValue(), this.formState());
    // After every render: the anchor exists, and the message follows the current language.
    const shown = this.visibleError;
    this.syncValidity();
    // Rare (validity read from the freshly rendered inner control): render again with the new message.
    if (this.visibleError !== shown) this.requestUpdate();
  }

  /** `withAnchor: false` before the first render, when the inner control to point the browser's bubble at is not there yet. */
  private syncValidity(withAnchor = true): void {
    const anchor = (withAnchor && this.validationAnchor()) || undefined;
    if (this.isDisabled) {
      this.internals.setValidity({});
      return;
    }
    if (this.customError) {
      this.internals.setValidity({ customError: true }, this.customError, anchor);
      return;
    }
    const problem = this.validate();
    if (problem) {
      // A key with its group (`amountField.badInput`) is a component's own; else one of the shared messages.
      const key = problem.key.includes('.') ? problem.key : `validation.${problem.key}`;
      const message = this.localize.t(key, problem.values);
      this.internals.setValidity({ [problem.flag]: true }, message, anchor);
    } else {
      this.internals.setValidity({});
    }
  }
}

/** Counts user-perceived characters (grapheme clusters), so क्षि counts as one, not four UTF-16 units. */
export function graphemeCount(text: string, lang?: string): number {
  let count = 0;
  for (const _ of new Intl.Segmenter(lang, { granularity: 'grapheme' }).segment(text)) count++;
  return count;
}
