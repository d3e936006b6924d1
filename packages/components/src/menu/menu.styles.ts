import { css } from 'lit';
import { focusRing, hostStyles } from '../internal/styles.js';
import { popupPlacement, popupSurface } from '../internal/popup-styles.js';

/** `<hr>` separators, in a menu and in a submenu (slotted into the item that opens it). */
const separator = css`
  ::slotted(hr) {
    margin: var(--sugam-space-50, 4px) 0;
    border: 0;
    border-block-start: var(--sugam-border-width-thin, 1px) solid var(--sugam-color-border-default, #d9d9d9);
  }
  @media (forced-colors: active) {
    ::slotted(hr) {
      border-color: CanvasText;
    }
  }
`;

export const menuStyles = [
  hostStyles,
  separator,
  css`
    :host {
      display: inline-block;
      vertical-align: middle;
    }
    .anchor {
      display: inline-flex;
      anchor-name: --sugam-menu-anchor;
    }
    .trigger {
      display: inline-flex;
      align-items: center;
      gap: var(--sugam-space-100, 8px);
      min-block-size: var(--sugam-control-height-md, 40px);
      min-inline-size: var(--sugam-control-height-xs, 24px);
      padding-block: var(--sugam-space-50, 4px);
      padding-inline: var(--sugam-space-200, 16px) var(--sugam-space-150, 12px);
      border: var(--sugam-border-width-thin, 1px) solid var(--sugam-color-action-primary-default, #4a2bc2);
      border-radius: var(--sugam-button-radius, var(--sugam-radius-md, 8px));
      background: var(--sugam-color-surface-default, #ffffff);
      color: var(--sugam-color-action-primary-default, #4a2bc2);
      font: inherit;
      font-size: var(--sugam-font-size-md, 16px);
      font-weight: var(--sugam-font-weight-semibold, 600);
      line-height: var(--_script-line-height);
      letter-spacing: normal;
      cursor: pointer;
    }
    .trigger:hover {
      background: var(--sugam-color-action-primary-subtle, #f2efff);
    }
    .trigger:focus-visible {
      ${focusRing}
    }
    .trigger-icon {
      flex: none;
      inline-size: 1.25em;
      block-size: 1.25em;
      transition: transform var(--sugam-duration-fast, 150ms) var(--sugam-easing-standard, ease);
    }
    :host([open]) .trigger-icon {
      transform: rotate(180deg);
    }
    .menu {
      /* A manual popover in the top layer, placed against the trigger by CSS anchor positioning; it flips to the
         other side when there is no room. */
      position-anchor: --sugam-menu-anchor;
      ${popupSurface}
      position-try-fallbacks:
        flip-block,
        flip-inline,
        flip-block flip-inline;
      min-inline-size: var(--sugam-menu-min-inline-size, 12rem);
      max-inline-size: min(24rem, calc(100vw - 2 * var(--sugam-space-100, 8px)));
      max-block-size: min(24rem, calc(100vh - 2 * var(--sugam-space-100, 8px)));
      border: var(--sugam-border-width-thin, 1px) solid var(--sugam-color-border-default, #d9d9d9);
      font-size: var(--sugam-font-size-md, 16px);
      line-height: var(--_script-line-height);
    }
    /* Lined up with the trigger's start or end edge in the menu's own direction (not the page root's). */
    ${popupPlacement('.menu', 'start')}
    ${popupPlacement(":host([placement='bottom-end']) .menu", 'end')}
    ${popupPlacement(":host([placement='top-start']) .menu", 'start', 'top')}
    ${popupPlacement(":host([placement='top-end']) .menu", 'end', 'top')}
    @media (prefers-reduced-motion: reduce) {
      .trigger-icon {
        transition: none;
      }
    }
    @media (forced-colors: active) {
      .trigger,
      .menu {
        border-color: CanvasText;
      }
      .trigger {
        color: ButtonText;
      }
    }
  `,
];

export const menuItemStyles = [
  hostStyles,
  separator,
  css`
    :host {
      display: block;
      border-radius: var(--sugam-radius-sm, 4px);
      color: var(--sugam-color-text-default, #171717);
      cursor: pointer;
      outline: none;
    }
    .base {
      display: flex;
      align-items: center;
      gap: var(--sugam-space-100, 8px);
      min-block-size: var(--sugam-control-height-md, 40px);
      padding-block: var(--sugam-space-50, 4px);
      padding-inline: var(--sugam-space-150, 12px);
      line-height: var(--_script-line-height);
      overflow-wrap: anywhere;
    }
    .label {
      flex: 1 1 auto;
      min-inline-size: 0;
    }
    .check,
    .external,
    ::slotted(svg),
    ::slotted(sugam-icon) {
      flex: none;
      inline-size: 1.25em;
      block-size: 1.25em;
    }
    ::slotted([slot='end']) {
      color: var(--sugam-color-text-subtle, #404040);
      font-size: var(--sugam-font-size-sm, 14px);
    }
    :host(:hover) {
      background: var(--sugam-color-surface-subtle, #f5f5f5);
    }
    :host(:focus) {
      background: var(--sugam-color-action-primary-subtle, #f2efff);
    }
    :host(:focus-visible) {
      outline: var(--sugam-focus-ring-width, 2px) solid var(--sugam-color-focus-ring, #4a2bc2);
      outline-offset: calc(-1 * var(--sugam-focus-ring-width, 2px));
    }
    :host([disabled]) {
      color: var(--sugam-color-text-disabled, #737373);
      cursor: not-allowed;
    }
    :host([disabled]:hover) {
      background: transparent;
    }
    .chevron {
      flex: none;
      inline-size: 1.25em;
      block-size: 1.25em;
    }
    :host(:dir(rtl)) .chevron {
      transform: scaleX(-1);
    }
    /* A submenu opened below its item (a phone): the chevron points at it. */
    .base:has(~ .submenu.below:popover-open) .chevron {
      transform: rotate(90deg);
    }
    .submenu {
      ${popupSurface}
      margin: 0;
      min-inline-size: var(--sugam-menu-min-inline-size, 12rem);
      max-inline-size: min(24rem, calc(100vw - 2 * var(--sugam-space-100, 8px)));
      max-block-size: min(24rem, calc(100vh - 2 * var(--sugam-space-100, 8px)));
      border: var(--sugam-border-width-thin, 1px) solid var(--sugam-color-border-default, #d9d9d9);
      font-size: var(--sugam-font-size-md, 16px);
      cursor: default;
    }
    @media (forced-colors: active) {
      :host(:focus) {
        outline: var(--sugam-focus-ring-width, 2px) solid Highlight;
      }
      :host([disabled]) {
        color: GrayText;
      }
      .submenu {
        border-color: CanvasText;
      }
    }
  `,
];
