import { css } from 'lit';
import { focusRing, hostStyles } from '../internal/styles.js';

/** A chip's round remove button (`.remove`), shared by input chips and the multiple combobox's chips. */
export const removeButtonStyles = css`
  .remove {
    display: inline-flex;
    flex: none;
    align-items: center;
    justify-content: center;
    inline-size: var(--sugam-control-height-xs, 24px);
    block-size: var(--sugam-control-height-xs, 24px);
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: var(--sugam-color-text-subtle, #404040);
    cursor: pointer;
  }
  .remove svg {
    inline-size: 16px;
    block-size: 16px;
  }
  .remove:hover {
    background: var(--sugam-color-action-neutral-subtle-hover, #e5e5e5);
    color: var(--sugam-color-text-default, #171717);
  }
  .remove:focus-visible {
    ${focusRing}
  }
  @media (forced-colors: active) {
    .remove {
      color: ButtonText;
    }
    .remove:focus-visible {
      outline-color: Highlight;
    }
  }
`;

export const chipStyles = [
  hostStyles,
  removeButtonStyles,
  css`
    :host {
      --_min-height: var(--sugam-control-height-sm, 32px);
      --_font-size: var(--sugam-font-size-sm, 0.875rem);
      display: inline-flex;
      vertical-align: middle;
      max-inline-size: 100%;
    }
    :host([size='sm']) {
      --_min-height: var(--sugam-control-height-xs, 24px);
      --_font-size: var(--sugam-font-size-xs, 0.75rem);
    }
    .base {
      --_bg: var(--sugam-color-surface-default, #ffffff);
      --_fg: var(--sugam-color-text-default, #171717);
      --_border: var(--sugam-color-border-control, #737373);

      display: inline-flex;
      align-items: center;
      gap: var(--sugam-space-50, 4px);
      min-block-size: var(--_min-height);
      min-inline-size: var(--sugam-control-height-xs, 24px);
      max-inline-size: 100%;
      margin: 0;
      padding-block: 0;
      padding-inline: var(--sugam-space-150, 12px);
      border: var(--sugam-border-width-thin, 1px) solid var(--_border);
      border-radius: var(--sugam-radius-pill, 999px);
      background: var(--_bg);
      color: var(--_fg);
      font: inherit;
      font-size: var(--_font-size);
      font-weight: var(--sugam-font-weight-medium, 500);
      line-height: var(--_script-line-height);
      text-align: start;
      overflow-wrap: anywhere;
    }
    button.base {
      cursor: pointer;
    }
    button.base:hover {
      --_bg: var(--sugam-color-action-neutral-subtle, #f5f5f5);
    }
    button.base:focus-visible {
      ${focusRing}
    }
    .base[aria-pressed='true'] {
      --_bg: var(--sugam-color-action-primary-subtle, #f2efff);
      --_fg: var(--sugam-color-text-brand, #3d239f);
      --_border: var(--sugam-color-border-selected, #4a2bc2);
    }
    button.base[aria-pressed='true']:hover {
      --_bg: var(--sugam-color-action-primary-subtle-hover, #dcd4ff);
    }
    :host([type='input']) .base {
      padding-inline-end: var(--sugam-space-25, 2px);
    }
    .check,
    ::slotted(svg) {
      flex: none;
      inline-size: 1.15em;
      block-size: 1.15em;
    }
    .label {
      min-inline-size: 0;
    }
    :host([disabled]) .base {
      --_bg: var(--sugam-color-surface-disabled, #f5f5f5);
      --_fg: var(--sugam-color-text-disabled, #737373);
      --_border: var(--sugam-color-border-disabled, #d9d9d9);
      cursor: not-allowed;
    }
    :host([disabled]) .remove {
      color: inherit;
      cursor: not-allowed;
    }

    @media (forced-colors: active) {
      .base {
        border-color: ButtonText;
      }
      .base[aria-pressed='true'] {
        border-width: var(--sugam-border-width-thick, 2px);
        border-color: Highlight;
      }
      :host([disabled]) .base {
        border-color: GrayText;
        color: GrayText;
      }
      button:focus-visible {
        outline-color: Highlight;
      }
    }
  `,
];
