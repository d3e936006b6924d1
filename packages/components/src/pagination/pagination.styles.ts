import { css } from 'lit';
import { focusRing, hostStyles } from '../internal/styles.js';

export const paginationStyles = [
  hostStyles,
  css`
    :host {
      display: block;
      --_size: var(--sugam-control-height-md, 40px);
    }
    .base {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      justify-content: space-between;
      gap: var(--sugam-space-200, 16px);
    }
    .narrow {
      --_size: var(--sugam-control-height-sm, 32px);
    }
    .narrow .list {
      gap: var(--sugam-space-25, 2px);
    }
    .list {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--sugam-space-50, 4px);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .list > li {
      display: flex;
    }
    .control {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      min-inline-size: var(--_size);
      min-block-size: var(--_size);
      margin: 0;
      padding-block: 0;
      padding-inline: var(--sugam-space-100, 8px);
      border: var(--sugam-border-width-thin, 1px) solid transparent;
      border-radius: var(--sugam-radius-md, 8px);
      background: transparent;
      color: var(--sugam-color-action-primary-default, #4a2bc2);
      font: inherit;
      font-size: var(--sugam-font-size-md, 16px);
      font-weight: var(--sugam-font-weight-medium, 500);
      line-height: var(--_script-line-height);
      text-decoration: none;
      font-variant-numeric: tabular-nums;
      cursor: pointer;
      -webkit-tap-highlight-color: transparent;
      transition:
        background-color var(--sugam-duration-fast, 150ms) ease,
        color var(--sugam-duration-fast, 150ms) ease;
    }
    .control:hover {
      background: var(--sugam-color-action-primary-subtle, #f2efff);
      color: var(--sugam-color-action-primary-hover, #3d239f);
    }
    .control:focus-visible {
      ${focusRing}
    }
    .arrow {
      border-color: var(--sugam-color-border-control, #737373);
    }
    .control.current {
      background: var(--sugam-color-action-primary-default, #4a2bc2);
      border-color: var(--sugam-color-action-primary-default, #4a2bc2);
      color: var(--sugam-color-text-on-action, #ffffff);
      font-weight: var(--sugam-font-weight-semibold, 600);
    }
    .control[aria-disabled='true'] {
      background: transparent;
      border-color: var(--sugam-color-border-disabled, #d9d9d9);
      color: var(--sugam-color-text-disabled, #737373);
      cursor: not-allowed;
    }
    .icon {
      inline-size: 1.5rem;
      block-size: 1.5rem;
    }
    .rtl .mirror {
      transform: scaleX(-1);
    }
    .ellipsis {
      align-items: center;
      justify-content: center;
      min-inline-size: var(--sugam-control-height-xs, 24px);
      min-block-size: var(--_size);
      color: var(--sugam-color-text-subtle, #404040);
    }
    .status {
      align-items: center;
      padding-inline: var(--sugam-space-100, 8px);
      color: var(--sugam-color-text-default, #171717);
      line-height: var(--_script-line-height);
    }
    .page-size {
      inline-size: auto;
      min-inline-size: 8rem;
    }
    @media (prefers-reduced-motion: reduce) {
      .control {
        transition: none;
      }
    }
    @media (forced-colors: active) {
      .control {
        border-color: ButtonText;
        color: LinkText;
      }
      button.control {
        color: ButtonText;
      }
      .control.current {
        forced-color-adjust: none;
        background: Highlight;
        border-color: Highlight;
        color: HighlightText;
      }
      .control[aria-disabled='true'] {
        border-color: GrayText;
        color: GrayText;
      }
      .control:focus-visible {
        outline-color: Highlight;
      }
    }
  `,
];
