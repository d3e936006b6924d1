import { css } from 'lit';
import { focusRing, hostStyles } from '../internal/styles.js';

export const tabsStyles = [
  hostStyles,
  css`
    :host {
      display: block;
      container-type: inline-size;
      /* Read by the slotted <sugam-tab> elements (custom properties inherit through the slot). */
      --_tab-fg: var(--sugam-color-text-subtle, #404040);
      --_tab-fg-hover: var(--sugam-color-text-default, #171717);
      --_tab-bg-hover: var(--sugam-color-action-primary-subtle, #f2efff);
      --_tab-selected-fg: var(--sugam-color-action-primary-default, #4a2bc2);
      --_tab-selected-bg: transparent;
      --_tab-indicator: var(--sugam-tabs-indicator-color, var(--sugam-color-action-primary-default, #4a2bc2));
      --_tab-indicator-block: var(--sugam-border-width-thick, 3px);
      --_tab-indicator-inline: 0;
      --_tab-radius: var(--sugam-radius-sm, 4px) var(--sugam-radius-sm, 4px) 0 0;
      --_tab-justify: center;
    }
    :host([variant='pill']) {
      --_tab-selected-fg: var(--sugam-color-text-on-action, #ffffff);
      --_tab-selected-bg: var(--sugam-color-action-primary-default, #4a2bc2);
      --_tab-indicator: transparent;
      --_tab-radius: var(--sugam-radius-pill, 999px);
    }
    :host([orientation='vertical']) {
      --_tab-indicator-block: 0;
      --_tab-indicator-inline: var(--sugam-border-width-thick, 3px);
      --_tab-radius: 0 var(--sugam-radius-sm, 4px) var(--sugam-radius-sm, 4px) 0;
      --_tab-justify: start;
    }
    :host([orientation='vertical']:dir(rtl)) {
      --_tab-radius: var(--sugam-radius-sm, 4px) 0 0 var(--sugam-radius-sm, 4px);
    }
    :host([orientation='vertical'][variant='pill']) {
      --_tab-indicator-inline: 0;
      --_tab-radius: var(--sugam-radius-pill, 999px);
    }

    /* The tab list and, while some tabs are out of view, the "More" menu at its end, over one rule. */
    .bar {
      display: flex;
      align-items: center;
      gap: var(--sugam-space-50, 4px);
      border-block-end: var(--sugam-border-width-thin, 1px) solid var(--sugam-color-border-default, #a1a1a1);
    }
    :host([variant='pill']) .bar {
      border-block-end: none;
    }
    .tablist {
      flex: 1 1 auto;
      min-inline-size: 0;
      display: flex;
      gap: var(--sugam-space-50, 4px);
      /* Room for the focus ring inside the scrolling box, which would otherwise cut it off. */
      padding: var(--sugam-space-50, 4px);
      overflow-x: auto;
      overscroll-behavior-inline: contain;
      scrollbar-width: thin;
    }
    .more {
      flex: none;
    }
    @media print {
      .bar {
        display: none;
      }
    }
    .panels {
      padding-block: var(--sugam-space-200, 16px);
    }

    :host([orientation='vertical']) {
      display: grid;
      grid-template-columns: minmax(8rem, max-content) minmax(0, 1fr);
      gap: var(--sugam-space-200, 16px);
      align-items: start;
    }
    :host([orientation='vertical']) .bar {
      display: contents;
    }
    :host([orientation='vertical']) .tablist {
      flex-direction: column;
      overflow: visible;
      border-block-end: none;
      border-inline-start: var(--sugam-border-width-thin, 1px) solid var(--sugam-color-border-default, #a1a1a1);
    }
    :host([orientation='vertical'][variant='pill']) .tablist {
      border-inline-start: none;
    }
    :host([orientation='vertical']) .panels {
      padding-block: 0;
    }
    /* Narrow containers: the vertical tab list goes above its panels. */
    @container (max-width: 30rem) {
      .tablist {
        grid-column: 1 / -1;
      }
      .panels {
        grid-column: 1 / -1;
      }
    }

    @media (forced-colors: active) {
      .bar,
      .tablist {
        border-color: CanvasText;
      }
    }
  `,
];

export const tabStyles = [
  hostStyles,
  css`
    :host {
      display: inline-flex;
      flex: none;
      align-items: stretch;
      justify-content: var(--_tab-justify, center);
      min-block-size: var(--sugam-control-height-md, 40px);
      min-inline-size: var(--sugam-control-height-xs, 24px);
      padding-block: var(--sugam-space-75, 6px);
      padding-inline: var(--sugam-space-200, 16px);
      border-style: solid;
      border-color: transparent;
      border-width: 0;
      border-block-end-width: var(--_tab-indicator-block, 3px);
      border-inline-start-width: var(--_tab-indicator-inline, 0);
      border-radius: var(--_tab-radius, 4px 4px 0 0);
      color: var(--_tab-fg, #404040);
      font-size: var(--sugam-font-size-md, 16px);
      font-weight: var(--sugam-font-weight-medium, 500);
      line-height: var(--_script-line-height);
      white-space: nowrap;
      cursor: pointer;
      user-select: none;
      -webkit-tap-highlight-color: transparent;
      transition:
        background-color var(--sugam-duration-fast, 150ms) ease,
        color var(--sugam-duration-fast, 150ms) ease;
    }
    :host(:hover) {
      color: var(--_tab-fg-hover, #171717);
      background: var(--_tab-bg-hover, #f2efff);
    }
    :host([selected]) {
      color: var(--_tab-selected-fg, #4a2bc2);
      background: var(--_tab-selected-bg, transparent);
      border-color: var(--_tab-indicator, #4a2bc2);
      font-weight: var(--sugam-font-weight-semibold, 600);
    }
    :host(:focus-visible) {
      ${focusRing}
    }
    :host(:focus:not(:focus-visible)) {
      outline: none;
    }
    :host([disabled]) {
      color: var(--sugam-color-text-disabled, #737373);
      background: transparent;
      cursor: not-allowed;
    }
    .base {
      display: inline-flex;
      align-items: center;
      gap: var(--sugam-space-100, 8px);
    }
    ::slotted(svg) {
      flex: none;
      inline-size: 1.25em;
      block-size: 1.25em;
    }
    @media (prefers-reduced-motion: reduce) {
      :host {
        transition: none;
      }
    }
    @media (forced-colors: active) {
      :host {
        forced-color-adjust: none;
        color: ButtonText;
        background: ButtonFace;
      }
      :host([selected]) {
        color: HighlightText;
        background: Highlight;
        border-color: CanvasText;
      }
      :host([disabled]) {
        color: GrayText;
      }
      :host(:focus-visible) {
        outline-color: CanvasText;
      }
    }
  `,
];

export const tabPanelStyles = [
  hostStyles,
  css`
    :host {
      display: block;
      color: var(--sugam-color-text-default, #171717);
    }
    :host([hidden]) {
      display: none;
    }
    :host(:focus-visible) {
      ${focusRing}
    }
    .print-label {
      display: none;
    }
    /* On paper every panel shows, under its tab's name (the tab list is not printed). */
    @media print {
      :host([hidden]) {
        display: block !important;
      }
      .print-label {
        display: block;
        margin-block: var(--sugam-space-200, 16px) var(--sugam-space-100, 8px);
        font-weight: var(--sugam-font-weight-semibold, 600);
        font-size: var(--sugam-font-size-body-lg, 1.125rem);
      }
    }
  `,
];
