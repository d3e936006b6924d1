import { css } from 'lit';
import { focusRing, hostStyles } from '../internal/styles.js';

export const toggletipStyles = [
  hostStyles,
  css`
    :host {
      display: inline-flex;
      vertical-align: middle;
    }
    .button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      inline-size: var(--sugam-control-height-xs, 24px);
      block-size: var(--sugam-control-height-xs, 24px);
      padding: 0;
      border: 0;
      border-radius: 50%;
      background: transparent;
      color: var(--sugam-color-action-primary-default, #4a2bc2);
      cursor: pointer;
    }
    .button:hover {
      background: var(--sugam-color-action-primary-subtle, #f2efff);
    }
    .button:focus-visible {
      ${focusRing}
    }
    .button[aria-expanded='true'] {
      background: var(--sugam-color-action-primary-subtle, #f2efff);
    }
    .button svg {
      inline-size: 20px;
      block-size: 20px;
    }
    .popup {
      /* An auto popover in the top layer (light dismiss and Escape by the browser), placed by script beside the
         button on the side with room. */
      position: fixed;
      inset: auto;
      box-sizing: border-box;
      margin: 0;
      max-inline-size: min(
        var(--sugam-toggletip-max-inline-size, 20rem),
        calc(100vw - 2 * var(--sugam-space-100, 8px))
      );
      padding: var(--sugam-space-100, 8px) var(--sugam-space-150, 12px);
      border: var(--sugam-border-width-thin, 1px) solid var(--sugam-color-border-control, #737373);
      border-radius: var(--sugam-radius-md, 8px);
      background: var(--sugam-color-surface-default, #ffffff);
      color: var(--sugam-color-text-default, #171717);
      box-shadow: var(--sugam-shadow-2, 0 2px 6px 0 #17171729);
      font-size: var(--sugam-font-size-sm, 14px);
      line-height: var(--_script-line-height);
      text-align: start;
      overflow-wrap: anywhere;
    }
    /* Opened by the button, it is placed when the browser reports it open: hidden until then, never seen astray. */
    .popup:not(.placed) {
      visibility: hidden;
    }
    @media (forced-colors: active) {
      .button {
        color: ButtonText;
      }
      .button:focus-visible {
        outline-color: Highlight;
      }
      .popup {
        border-color: CanvasText;
      }
    }
  `,
];
