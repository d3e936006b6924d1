import { css } from 'lit';
import { focusRing, hostStyles } from '../internal/styles.js';

export const accordionStyles = [
  hostStyles,
  css`
    :host {
      display: block;
      /* Read by the slotted items (custom properties inherit through the slot). */
      --_accordion-icon-order: 1;
      --_accordion-button-padding-inline: 0;
    }
    :host([icon-position='start']) {
      --_accordion-icon-order: -1;
    }
    :host([variant='bordered']) {
      --_accordion-button-padding-inline: var(--sugam-space-200, 16px);
    }
    .base {
      display: flex;
      flex-direction: column;
    }
    ::slotted(sugam-accordion-item) {
      border-block-end: var(--sugam-border-width-thin, 1px) solid var(--sugam-color-border-default, #a1a1a1);
    }
    ::slotted(sugam-accordion-item:first-of-type) {
      border-block-start: var(--sugam-border-width-thin, 1px) solid var(--sugam-color-border-default, #a1a1a1);
    }
    :host([variant='bordered']) .base {
      gap: var(--sugam-space-100, 8px);
    }
    :host([variant='bordered']) ::slotted(sugam-accordion-item) {
      border: var(--sugam-border-width-thin, 1px) solid var(--sugam-color-border-control, #737373);
      border-radius: var(--sugam-accordion-radius, var(--sugam-radius-md, 8px));
      background: var(--sugam-color-surface-default, #ffffff);
    }
    @media (forced-colors: active) {
      ::slotted(sugam-accordion-item) {
        border-color: CanvasText !important;
      }
    }
  `,
];

export const accordionItemStyles = [
  hostStyles,
  css`
    :host {
      display: block;
      color: var(--sugam-color-text-default, #171717);
    }
    .heading {
      margin: 0;
    }
    .button {
      display: flex;
      align-items: center;
      gap: var(--sugam-space-150, 12px);
      inline-size: 100%;
      min-block-size: var(--sugam-control-height-lg, 48px);
      margin: 0;
      padding-block: var(--sugam-space-150, 12px);
      padding-inline: var(--_accordion-button-padding-inline, 0);
      border: none;
      border-radius: inherit;
      background: transparent;
      color: inherit;
      font: inherit;
      font-size: var(--sugam-font-size-lg, 18px);
      font-weight: var(--sugam-font-weight-semibold, 600);
      line-height: var(--_script-line-height);
      text-align: start;
      cursor: pointer;
      -webkit-tap-highlight-color: transparent;
    }
    .button:hover {
      color: var(--sugam-color-action-primary-default, #4a2bc2);
    }
    .button:focus-visible {
      ${focusRing}
    }
    .button:disabled {
      color: var(--sugam-color-text-disabled, #737373);
      cursor: not-allowed;
    }
    .summary {
      flex: 1 1 auto;
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    .icon {
      flex: none;
      order: var(--_accordion-icon-order, 1);
      inline-size: 1.5rem;
      block-size: 1.5rem;
      transition: transform var(--sugam-duration-medium, 250ms) var(--sugam-easing-standard, ease);
    }
    :host([open]) .icon {
      transform: rotate(180deg);
    }
    /* hostStyles hides every [hidden] element; "until-found" must stay searchable, so it only skips rendering. */
    .panel[hidden='until-found'] {
      display: block !important;
      content-visibility: hidden;
    }
    .content {
      padding-block: 0 var(--sugam-space-200, 16px);
      padding-inline: var(--_accordion-button-padding-inline, 0);
      line-height: var(--sugam-line-height-body, 1.5);
    }
    @media (prefers-reduced-motion: reduce) {
      .icon {
        transition: none;
      }
    }
    /* On paper every section's content shows (the reader cannot open one there); the chevrons would mislead. */
    @media print {
      .panel[hidden] {
        display: block !important;
        content-visibility: visible;
      }
      .icon {
        display: none;
      }
    }
    @media (forced-colors: active) {
      .button {
        color: ButtonText;
      }
      .button:disabled {
        color: GrayText;
      }
      .button:focus-visible {
        outline-color: Highlight;
      }
    }
  `,
];
