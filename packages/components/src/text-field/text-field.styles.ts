import { css, type CSSResultGroup } from 'lit';
import { boxInputStyles } from '../internal/field.js';

export const textFieldStyles: CSSResultGroup = [
  boxInputStyles,
  css`
    .box {
      gap: var(--sugam-space-50, 4px);
      padding-inline: var(--_field-padding-inline);
    }
    .action {
      flex: none;
      min-block-size: var(--sugam-control-height-xs, 24px);
      min-inline-size: var(--sugam-control-height-xs, 24px);
      padding-inline: var(--sugam-space-100, 8px);
      border: 0;
      border-radius: var(--sugam-radius-sm, 4px);
      background: transparent;
      color: var(--sugam-color-action-primary-default, #4a2bc2);
      font: inherit;
      font-size: var(--sugam-font-size-sm, 14px);
      font-weight: var(--sugam-font-weight-semibold, 600);
      cursor: pointer;
    }
    .action:hover {
      background: var(--sugam-color-action-primary-subtle, #f2efff);
    }
    .action:focus-visible {
      outline: var(--sugam-focus-ring-width, 2px) solid var(--sugam-color-focus-ring, #4a2bc2);
      outline-offset: 0;
    }
    ::slotted(svg) {
      flex: none;
      inline-size: 1.25em;
      block-size: 1.25em;
    }
    @media (forced-colors: active) {
      .action {
        color: ButtonText;
      }
    }
  `,
];
