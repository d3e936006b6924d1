import { css } from 'lit';
import { focusRing } from '../internal/styles.js';

export const timeFieldStyles = css`
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--sugam-space-100, 8px);
    align-items: stretch;
  }
  .box {
    flex: 0 1 auto;
    inline-size: calc(5ch + 2 * var(--_field-padding-inline) + 1em);
    max-inline-size: 100%;
    padding-inline: var(--_field-padding-inline);
  }
  input[type='text'] {
    inline-size: 100%;
    font-variant-numeric: tabular-nums;
  }
  /* AM and PM: two radio buttons drawn as one segmented control. The radios stay in place (transparent, over their
     labels), so touch, click, arrow keys and screen readers all use the native radio group. */
  .periods {
    display: inline-flex;
    border: var(--sugam-border-width-thin, 1px) solid var(--_field-border);
    border-radius: var(--sugam-radius-md, 8px);
    font-size: var(--_field-font-size);
    overflow: hidden;
  }
  .period {
    position: relative;
    display: inline-grid;
    place-items: center;
    min-block-size: var(--_field-min-height);
    min-inline-size: var(--_field-min-height);
    padding-inline: var(--_field-padding-inline);
    background: var(--sugam-color-surface-default, #ffffff);
    color: var(--sugam-color-text-default, #171717);
    cursor: pointer;
  }
  .period + .period {
    border-inline-start: var(--sugam-border-width-thin, 1px) solid var(--_field-border);
  }
  .period input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: inherit;
  }
  .period:hover {
    background: var(--sugam-color-action-primary-subtle, #f2efff);
  }
  .period:has(input:checked) {
    background: var(--sugam-color-action-primary-default, #4a2bc2);
    color: var(--sugam-color-text-on-action, #ffffff);
    font-weight: var(--sugam-font-weight-semibold, 600);
  }
  .period:has(input:focus-visible) {
    ${focusRing}
    outline-offset: -4px;
  }
  .period:has(input:disabled) {
    cursor: default;
    background: var(--sugam-color-surface-disabled, #f5f5f5);
    color: var(--sugam-color-text-disabled, #737373);
  }
  .period:has(input:disabled:checked) {
    color: var(--sugam-color-text-default, #171717);
    text-decoration: underline;
  }
  :host([disabled]) .periods {
    border-color: var(--sugam-color-border-disabled, #d9d9d9);
  }
  :host([readonly]) .period {
    cursor: default;
  }
  :host([readonly]) .period:not(:has(input:checked)) {
    background: var(--sugam-color-surface-page, #fafafa);
  }
  @media (forced-colors: active) {
    .periods {
      border-color: FieldText;
    }
    .period:has(input:checked) {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
    .period:has(input:focus-visible) {
      outline-color: Highlight;
    }
  }
`;
