import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LocalizeController, registerStrings } from '@sugam/i18n';
import { button } from '@sugam/i18n/en';
import { oneOf } from '../internal/enum.js';
import { isScriptUrl, warnScriptUrl } from '../internal/url.js';
import { buttonStyles } from './button.styles.js';

registerStrings({ button });

export const BUTTON_VARIANTS = ['solid', 'outline', 'text', 'tonal'] as const;
export const BUTTON_INTENTS = ['primary', 'danger', 'neutral'] as const;
export const BUTTON_SIZES = ['xs', 'sm', 'md', 'lg', 'xl'] as const;
export const BUTTON_TYPES = ['button', 'submit', 'reset'] as const;
export type ButtonVariant = (typeof BUTTON_VARIANTS)[number];
export type ButtonIntent = (typeof BUTTON_INTENTS)[number];
export type ButtonSize = (typeof BUTTON_SIZES)[number];
export type ButtonType = (typeof BUTTON_TYPES)[number];

/**
 * A button, or a link that looks like one, in UX4G's variants, intents and sizes.
 *
 * It is form-associated: `type="submit"` submits its form (with its `name`/`value` as the submitter's entry, and
 * the form's own validation), `type="reset"` resets it, the `form` attribute ties it to a form elsewhere on the
 * page, and a disabled `<fieldset>` disables it. With `href` it renders a real link. While `loading`, it shows a
 * spinner, stays focusable, ignores activation and announces a localized "Please wait".
 *
 * @summary A button or button-styled link: solid, outline, text or tonal; primary, danger or neutral; xs to xl.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The button's label.
 * @slot start - An icon or other content before the label (mirrors in right-to-left text).
 * @slot end - An icon or other content after the label.
 *
 * @csspart base - The inner `<button>` or `<a>` element.
 * @csspart label - The wrapper of the default slot.
 * @csspart spinner - The loading spinner.
 *
 * @cssprop --sugam-button-radius - Corner radius. Defaults to `--sugam-radius-md`.
 * @cssprop --sugam-button-font-weight - Label weight. Defaults to `--sugam-font-weight-semibold`.
 * @cssprop --sugam-button-line-height - Label line height. Defaults to 1.5, tall enough for every Indic script.
 *
 * @event click - Fired when activated by pointer, Enter or Space; never while disabled or loading.
 */
export class SugamButton extends LitElement {
  static override styles = buttonStyles;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static formAssociated = true;

  /** Visual weight. */
  @property({ reflect: true, useDefault: true }) accessor variant: ButtonVariant = 'solid';

  /** Colour role: `primary` for the main action, `danger` for destructive ones, `neutral` for the rest. */
  @property({ reflect: true, useDefault: true }) accessor intent: ButtonIntent = 'primary';

  /** Minimum height 24, 32, 40, 48 or 56 px (the box grows with its text, never clips it). */
  @property({ reflect: true, useDefault: true }) accessor size: ButtonSize = 'md';

  /** What the button does in a form. */
  @property({ reflect: true, useDefault: true }) accessor type: ButtonType = 'button';

  /** Disables the button: it is skipped by Tab and cannot be activated. */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor disabled = false;

  /** Shows a spinner and announces "Please wait"; the button stays focusable but does nothing. */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor loading = false;

  /** The submitter's name in the form data when this button submits its form. */
  @property() accessor name: string | undefined;

  /** The submitter's value in the form data when this button submits its form. */
  @property() accessor value: string | undefined;

  /** Makes a submit button skip the form's constraint validation. */
  @property({ type: Boolean }) accessor formnovalidate = false;

  /** Renders a link to this URL instead of a button. */
  @property() accessor href: string | undefined;

  /** The link's browsing context (with `href`). `_blank` also sets `rel="noopener noreferrer"`. */
  @property() accessor target: string | undefined;

  /** The link's `rel` (with `href`). */
  @property() accessor rel: string | undefined;

  /** Makes the link download its target (with `href`); the value is the suggested file name. */
  @property() accessor download: string | undefined;

  /** An accessible name for a button whose visible content is only an icon. */
  @property() accessor label: string | undefined;

  private readonly internals: ElementInternals;
  private readonly localize = new LocalizeController(this);
  private fieldsetDisabled = false;
  /**
   * The "Please wait" status region exists from the first time the button is busy (rendering one in every button
   * cost 18% of a button's render). When busy after the first render, the region is added empty and its text
   * follows 100 ms later: screen readers announce text that arrives in a live region they already know.
   */
  private statusShown = false;
  private statusReady = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
    // Registered first so it runs before any listener a page adds: a disabled or busy button never clicks.
    this.addEventListener('click', this.handleClick, { capture: true });
  }

  /** The form this button belongs to, like a native button's `form`. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  override focus(options?: FocusOptions): void {
    this.shadowRoot?.querySelector<HTMLElement>('.base')?.focus(options);
  }

  override blur(): void {
    this.shadowRoot?.querySelector<HTMLElement>('.base')?.blur();
  }

  /** Called by the browser when an ancestor `<fieldset>` is disabled or enabled. */
  formDisabledCallback(disabled: boolean): void {
    this.fieldsetDisabled = disabled;
    this.requestUpdate();
  }

  private get inactive(): boolean {
    return this.disabled || this.fieldsetDisabled || this.loading;
  }

  private readonly handleClick = (event: MouseEvent): void => {
    if (this.inactive) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    if (this.href) return;
    const type = oneOf(this, 'type', this.type, BUTTON_TYPES, 'button');
    const form = this.internals.form;
    if (!form || type === 'button') return;
    if (type === 'reset') {
      form.reset();
      return;
    }
    // requestSubmit() only takes native submitters: a temporary one carries name, value and formnovalidate,
    // so the form validates and builds its data exactly as it would for a native submit button.
    const submitter = document.createElement('button');
    submitter.type = 'submit';
    submitter.hidden = true;
    if (this.name) submitter.name = this.name;
    if (this.value !== undefined) submitter.value = this.value;
    submitter.formNoValidate = this.formnovalidate;
    form.append(submitter);
    try {
      form.requestSubmit(submitter);
    } finally {
      submitter.remove();
    }
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Validate once per change; unknown values keep the default look (CSS has no rule for them) and warn.
    if (changed.has('variant')) oneOf(this, 'variant', this.variant, BUTTON_VARIANTS, 'solid');
    if (changed.has('intent')) oneOf(this, 'intent', this.intent, BUTTON_INTENTS, 'primary');
    if (changed.has('size')) oneOf(this, 'size', this.size, BUTTON_SIZES, 'md');
    if (changed.has('type')) oneOf(this, 'type', this.type, BUTTON_TYPES, 'button');
    if (this.loading && !this.statusShown) {
      this.statusShown = true;
      if (!this.hasUpdated) this.statusReady = true;
      else
        setTimeout(() => {
          this.statusReady = true;
          this.requestUpdate();
        }, 100);
    }
  }

  /** The inside of the button or link; subclasses (`<sugam-icon-button>`) replace it. */
  protected renderContent() {
    return html`${this.loading ? html`<span part="spinner" class="spinner" aria-hidden="true"></span>` : nothing}<slot
        name="start"
      ></slot
      ><span part="label" class="label"><slot></slot></span><slot name="end"></slot>`;
  }

  protected override render() {
    const content = this.renderContent();
    // Outside the button: a button's children are presentational, so a live region inside it is not announced.
    const status = this.statusShown
      ? html`<span class="visually-hidden" role="status"
          >${this.loading && this.statusReady ? this.localize.t('button.loading') : ''}</span
        >`
      : nothing;
    const disabled = this.disabled || this.fieldsetDisabled;

    if (this.href && isScriptUrl(this.href)) {
      warnScriptUrl(this, 'a button');
    } else if (this.href) {
      const rel = this.rel ?? (this.target === '_blank' ? 'noopener noreferrer' : undefined);
      // A disabled link has no href (so it is not followed or focused) and says it is disabled.
      return html`<a
          part="base"
          class="base"
          href=${ifDefined(disabled ? undefined : this.href)}
          target=${ifDefined(disabled ? undefined : this.target)}
          rel=${ifDefined(disabled ? undefined : rel)}
          download=${ifDefined(disabled ? undefined : this.download)}
          role=${ifDefined(disabled ? 'link' : undefined)}
          aria-disabled=${ifDefined(disabled ? 'true' : this.loading ? 'true' : undefined)}
          aria-label=${ifDefined(this.label)}
          >${content}</a
        >${status}`;
    }

    return html`<button
        part="base"
        class="base"
        type="button"
        ?disabled=${disabled}
        aria-disabled=${ifDefined(this.loading ? 'true' : undefined)}
        aria-label=${ifDefined(this.label)}
        >${content}</button
      >${status}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-button': SugamButton;
  }
}
