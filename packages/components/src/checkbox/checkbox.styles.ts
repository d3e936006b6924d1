import { css } from 'lit';
import { focusRing } from '../internal/styles.js';

/**
 * Layout shared by the single-choice controls (checkbox, radio, switch): a clickable row of indicator and label
 * at least 24 px high, with hint and message aligned under the label text.
 */
export const choiceStyles = css`
  :host {
    --_indicator-size: var(--sugam-space-250, 20px);
    --_indicator-border: var(--sugam-color-border-control, #737373);
    --_indicator-fill: var(--sugam-color-action-primary-default, #4a2bc2);
    --_indicator-mark: var(--sugam-color-text-on-action, #ffffff);
    --_row-gap: var(--sugam-space-100, 8px);
    --_row-min-height: var(--sugam-control-height-xs, 24px);
  }
  :host([size='sm']) {
    --_indicator-size: var(--sugam-space-200, 16px);
    --_row-gap: var(--sugam-space-75, 6px);
  }
  :host([size='lg']) {
    --_indicator-size: var(--sugam-space-300, 24px);
    --_row-gap: var(--sugam-space-150, 12px);
    --_row-min-height: var(--sugam-control-height-sm, 32px);
  }
  .invalid {
    --_indicator-border: var(--sugam-color-feedback-error-text, #8a1a16);
  }
  :host([state='success']) {
    --_indicator-border: var(--sugam-color-feedback-success-text, #00522c);
  }
  :host([state='warning']) {
    --_indicator-border: var(--sugam-color-feedback-warning-text, #8a3c00);
  }
  .row {
    display: flex;
    align-items: flex-start;
    gap: var(--_row-gap);
    min-block-size: var(--_row-min-height);
    padding-block: var(--sugam-space-25, 2px);
    font-size: var(--_field-font-size);
    cursor: pointer;
    -webkit-tap-highlight-color: transparent;
  }
  /* Reversed: the label first, the indicator at the end of the row (lists of settings). */
  :host([reverse]) .cell {
    order: 2;
  }
  .disabled .row {
    cursor: default;
    color: var(--sugam-color-text-disabled, #737373);
  }
  .readonly .row {
    cursor: default;
  }
  /* The indicator sits in a cell one text line high, so it stays centred on the first line in every script. */
  .cell {
    display: grid;
    flex: none;
    place-items: center;
    min-block-size: calc(1em * var(--_script-line-height));
  }
  .cell > * {
    grid-area: 1 / 1;
  }
  .text {
    flex: 0 1 auto;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  :host([reverse]) .text {
    flex-grow: 1;
  }
  .below {
    display: grid;
    gap: var(--sugam-space-50, 4px);
    padding-inline-start: calc(var(--_indicator-size) + var(--_row-gap));
  }
  :host([reverse]) .below {
    padding-inline: 0 calc(var(--_indicator-size) + var(--_row-gap));
  }
  .below:empty {
    display: none;
  }
  input {
    appearance: none;
    flex: none;
    margin: 0;
    inline-size: var(--_indicator-size);
    block-size: var(--_indicator-size);
    border: var(--sugam-border-width-thick, 2px) solid var(--_indicator-border);
    border-radius: var(--sugam-radius-xs, 2px);
    background: var(--sugam-color-surface-default, #ffffff);
    cursor: inherit;
    transition:
      background-color var(--sugam-duration-fast, 150ms) var(--sugam-easing-standard, ease),
      border-color var(--sugam-duration-fast, 150ms) var(--sugam-easing-standard, ease);
  }
  .row:hover input:not(:disabled) {
    --_indicator-border: var(--sugam-color-border-control-hover, #404040);
  }
  .invalid .row:hover input:not(:disabled) {
    --_indicator-border: var(--sugam-color-feedback-error-text, #8a1a16);
  }
  input:focus {
    outline: none;
  }
  input:focus-visible {
    ${focusRing}
  }
  input:checked,
  input:indeterminate {
    border-color: var(--_indicator-fill);
    background: var(--_indicator-fill);
  }
  .readonly input {
    --_indicator-fill: var(--sugam-color-text-subtle, #404040);
    background: var(--sugam-color-surface-page, #fafafa);
  }
  .readonly input:checked,
  .readonly input:indeterminate {
    background: var(--_indicator-fill);
  }
  input:disabled {
    --_indicator-border: var(--sugam-color-border-disabled, #d9d9d9);
    --_indicator-fill: var(--sugam-color-border-disabled, #d9d9d9);
    background: var(--sugam-color-surface-disabled, #f5f5f5);
  }
  @media (prefers-reduced-motion: reduce) {
    input {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    input {
      forced-color-adjust: none;
      border-color: FieldText;
      background: Field;
    }
    input:checked,
    input:indeterminate {
      border-color: Highlight;
      background: Highlight;
    }
    input:disabled,
    input:disabled:checked,
    input:disabled:indeterminate {
      border-color: GrayText;
      background: Field;
    }
    input:focus-visible {
      outline-color: Highlight;
    }
    .disabled .row {
      color: GrayText;
    }
  }
`;

/**
 * The checkbox's check and dash: one pseudo-element over the box, shaped with clip-path (the 24-unit check glyph
 * in percent), instead of two SVG elements in every checkbox.
 */
export const checkMarkStyles = css`
  .cell::after {
    content: '';
    grid-area: 1 / 1;
    inline-size: var(--_indicator-size);
    block-size: var(--_indicator-size);
    background: var(--_indicator-mark);
    clip-path: polygon(39.58% 67.5%, 22.08% 50%, 16.25% 55.83%, 39.58% 79.17%, 83.75% 35%, 77.92% 29.17%);
    pointer-events: none;
    visibility: hidden;
  }
  .cell:has(> input:checked)::after {
    visibility: visible;
  }
  .cell:has(> input:indeterminate)::after {
    clip-path: inset(45.83% 20.83%);
    visibility: visible;
  }
  .cell:has(> input:disabled)::after {
    background: var(--sugam-color-text-disabled, #737373);
  }
  @media (forced-colors: active) {
    .cell::after {
      forced-color-adjust: none;
      background: HighlightText;
    }
    .cell:has(> input:disabled)::after {
      background: GrayText;
    }
  }
`;
