import { css, html, nothing } from 'lit';
import type { FieldState } from './form-control.js';
import { focusRing } from './styles.js';
import * as ICONS from './icon-set.js';
import { registerStrings } from '@sugam/i18n';
import { field } from '@sugam/i18n/en';

registerStrings({ field });

export interface FieldTexts {
  label: string;
  hint: string;
  /** The error text shown (empty: none). */
  error: string;
  /** A success or warning message (shown when there is no error). */
  status: string;
  state: FieldState | undefined;
  required: boolean;
  optional: boolean;
  /** Translates a key of the library's namespace in the control's language. */
  t: (key: string) => string;
}

/** The localized "(required)" or "(optional)" marker shown after a label, or nothing. */
export function fieldMarker(texts: FieldTexts): string {
  return texts.required ? texts.t('field.required') : texts.optional ? texts.t('field.optional') : '';
}

/** The visible label with its localized required/optional marker, tied to the control by `for`. */
export function fieldLabel(texts: FieldTexts, controlId = 'control') {
  const marker = fieldMarker(texts);
  return html`<label part="label" class="label" id="label" for=${controlId}
    >${texts.label}${marker ? html` <span class="marker">${marker}</span>` : nothing}</label
  >`;
}

/** The ids that describe the control: the hint, then the message (for aria-describedby). */
export function describedBy(texts: FieldTexts): string {
  return [texts.hint ? 'hint' : '', fieldMessageText(texts) ? 'message' : ''].filter(Boolean).join(' ');
}

function fieldMessageText(texts: FieldTexts): string {
  return texts.error || (texts.state === 'success' || texts.state === 'warning' ? texts.status : '');
}

/** Hint and message under the control. The message says its kind in words, never by colour alone. */
export function fieldDescriptions(texts: FieldTexts) {
  const message = fieldMessageText(texts);
  const kind: FieldState | undefined = texts.error ? 'error' : texts.state;
  // Most fields have neither: no template instance at all then.
  if (!texts.hint && !(message && kind)) return nothing;
  return html`${texts.hint ? html`<div part="hint" class="hint" id="hint">${texts.hint}</div>` : nothing}${
    message && kind
      ? html`<div part="message" class="message ${kind}" id="message">
          <svg class="icon" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">${ICONS.statusIcon(kind)}</svg>
          <span><span class="visually-hidden">${texts.t(`field.${kind}`)} </span>${message}</span>
        </div>`
      : nothing
  }`;
}

/** Layout and look shared by every labelled control: label, hint, message, and the boxed control itself. */
export const fieldStyles = css`
  :host {
    --_field-min-height: var(--sugam-control-height-md, 40px);
    --_field-padding-inline: var(--sugam-space-150, 12px);
    --_field-font-size: var(--sugam-font-size-md, 16px);
    --_field-border: var(--sugam-color-border-control, #737373);
    display: block;
    color: var(--sugam-color-text-default, #171717);
    line-height: var(--_script-line-height);
  }
  :host([size='sm']) {
    --_field-min-height: var(--sugam-control-height-sm, 32px);
    --_field-padding-inline: var(--sugam-space-100, 8px);
    --_field-font-size: var(--sugam-font-size-sm, 14px);
  }
  :host([size='lg']) {
    --_field-min-height: var(--sugam-control-height-lg, 48px);
    --_field-padding-inline: var(--sugam-space-200, 16px);
    --_field-font-size: var(--sugam-font-size-lg, 18px);
  }
  :host([state='error']),
  .invalid {
    --_field-border: var(--sugam-color-feedback-error-text, #8a1a16);
  }
  :host([state='success']) {
    --_field-border: var(--sugam-color-feedback-success-text, #00522c);
  }
  :host([state='warning']) {
    --_field-border: var(--sugam-color-feedback-warning-text, #8a3c00);
  }
  .field {
    display: grid;
    /* The column may shrink below the input's own width (from its size, wider with text spacing in Firefox), so
       a field never widens its column in the page past 320 px. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--sugam-space-50, 4px);
    /* Long words (Tamil, Malayalam, German-length compounds) wrap instead of widening the field past 320 px. */
    overflow-wrap: anywhere;
    /* A printed form keeps each label with its box. */
    break-inside: avoid;
  }
  .label {
    font-weight: var(--sugam-font-weight-semibold, 600);
    font-size: var(--_field-font-size);
  }
  .marker {
    font-weight: var(--sugam-font-weight-regular, 400);
    color: var(--sugam-color-text-subtle, #404040);
  }
  .hint {
    color: var(--sugam-color-text-subtle, #404040);
    font-size: var(--sugam-font-size-sm, 14px);
  }
  .message {
    display: flex;
    gap: var(--sugam-space-50, 4px);
    align-items: flex-start;
    font-size: var(--sugam-font-size-sm, 14px);
    font-weight: var(--sugam-font-weight-medium, 500);
  }
  .message .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin-block-start: 0.1em;
  }
  .message.error {
    color: var(--sugam-color-feedback-error-text, #8a1a16);
  }
  .message.success {
    color: var(--sugam-color-feedback-success-text, #00522c);
  }
  .message.warning {
    color: var(--sugam-color-feedback-warning-text, #8a3c00);
  }
  .box {
    display: flex;
    align-items: center;
    min-block-size: var(--_field-min-height);
    border: var(--sugam-border-width-thin, 1px) solid var(--_field-border);
    border-radius: var(--sugam-radius-md, 8px);
    background: var(--sugam-color-surface-default, #ffffff);
    font-size: var(--_field-font-size);
  }
  :host([state='error']) .box,
  .invalid .box {
    box-shadow: inset 0 0 0 1px var(--_field-border);
  }
  .box:focus-within {
    ${focusRing}
  }
  :host([disabled]) .box,
  .box.disabled {
    background: var(--sugam-color-surface-disabled, #f5f5f5);
    border-color: var(--sugam-color-border-disabled, #d9d9d9);
    color: var(--sugam-color-text-disabled, #737373);
  }
  :host([readonly]) .box {
    background: var(--sugam-color-surface-page, #fafafa);
  }
  @media (forced-colors: active) {
    .box {
      border-color: FieldText;
    }
    .box:focus-within {
      outline-color: Highlight;
    }
    :host([disabled]) .box {
      border-color: GrayText;
    }
  }
`;

/** A borderless native input filling a field's \`.box\`, which draws the border and the focus ring. */
export const boxInputStyles = css`
  input {
    flex: 1 1 auto;
    min-inline-size: 0;
    align-self: stretch;
    margin: 0;
    padding: var(--sugam-space-25, 2px) 0;
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    line-height: inherit;
    letter-spacing: normal;
  }
  input:focus {
    outline: none;
  }
  input::placeholder {
    color: var(--sugam-color-text-subtle, #404040);
    opacity: 1;
  }
`;
