import { css } from 'lit';
import { focusRing, hostStyles, screenOnly } from '../internal/styles.js';

export const toastRegionStyles = [
  hostStyles,
  screenOnly,
  css`
    :host {
      --_inset: var(--sugam-toast-region-inset, var(--sugam-space-200, 16px));

      position: fixed;
      z-index: var(--sugam-z-index-toast, 1090);
      inset-block-end: var(--_inset);
      inset-inline-end: var(--_inset);
      display: block;
      inline-size: min(var(--sugam-toast-region-width, 28rem), calc(100% - 2 * var(--_inset)));
      max-block-size: calc(100% - 2 * var(--_inset));
      overflow-y: auto;
      /* The empty area around the toasts lets clicks through to the page. */
      pointer-events: none;
    }
    :host([position^='top']) {
      /* Toasts slide in from the edge they sit at (read by the toasts, which inherit it). */
      --_toast-enter-from: -8px;
      inset-block: var(--_inset) auto;
    }
    :host([position$='start']) {
      inset-inline: var(--_inset) auto;
    }
    :host([position$='center']) {
      inset-inline: 0;
      margin-inline: auto;
    }
    .base {
      display: flex;
      flex-direction: column;
      gap: var(--sugam-space-100, 8px);
    }
    ::slotted(*) {
      pointer-events: auto;
    }
  `,
];

export const toastStyles = [
  hostStyles,
  css`
    :host {
      --_icon: var(--sugam-color-feedback-info-icon, #0a5c8a);
      --_border: var(--sugam-color-feedback-info-border, #0a5c8a);

      display: block;
      color: var(--sugam-color-text-default, #171717);
    }
    :host([variant='success']) {
      --_icon: var(--sugam-color-feedback-success-icon, #2a7d3c);
      --_border: var(--sugam-color-feedback-success-border, #2a7d3c);
    }
    :host([variant='warning']) {
      --_icon: var(--sugam-color-feedback-warning-icon, #8a4b00);
      --_border: var(--sugam-color-feedback-warning-border, #8a4b00);
    }
    :host([variant='error']) {
      --_icon: var(--sugam-color-feedback-error-icon, #b42318);
      --_border: var(--sugam-color-feedback-error-border, #b42318);
    }

    .base {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: var(--sugam-space-100, 8px) var(--sugam-space-150, 12px);
      padding-block: var(--sugam-space-150, 12px);
      padding-inline: var(--sugam-space-200, 16px) var(--sugam-space-100, 8px);
      border: var(--sugam-border-width-thin, 1px) solid var(--_border);
      border-inline-start-width: 4px;
      border-radius: var(--sugam-toast-radius, var(--sugam-radius-md, 8px));
      background: var(--sugam-color-surface-raised, #ffffff);
      box-shadow: var(--sugam-shadow-3, 0 6px 16px #17171729);
      font-size: var(--sugam-font-size-body-md, 1rem);
      line-height: var(--sugam-line-height-body, 1.5);
      animation: enter var(--sugam-duration-medium, 250ms) var(--sugam-easing-enter, ease-out);
    }
    .base.closing {
      animation: exit var(--sugam-duration-fast, 150ms) var(--sugam-easing-exit, ease-in) forwards;
    }
    .base:has(.timer) {
      position: relative;
      overflow: hidden;
    }
    /* The time left before the toast closes by itself: shrinks towards the start edge, stops while paused. */
    .timer {
      position: absolute;
      inset-inline: 0;
      inset-block-end: 0;
      block-size: 3px;
      background: var(--_border);
      transform-origin: left;
      pointer-events: none;
    }
    :host(:dir(rtl)) .timer {
      transform-origin: right;
    }
    /* A slide only: the text is never faded, so it is readable (and at full contrast) from the first frame. */
    @keyframes enter {
      from {
        transform: translateY(var(--_toast-enter-from, 8px));
      }
    }
    @keyframes exit {
      to {
        opacity: 0;
      }
    }

    .icon {
      flex: none;
      inline-size: 1.25em;
      block-size: 1.25em;
      margin-block-start: calc((1em * var(--sugam-line-height-body, 1.5) - 1.25em) / 2);
      color: var(--_icon);
    }
    .message {
      flex: 1 1 12rem;
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }

    button {
      display: inline-flex;
      flex: none;
      align-items: center;
      justify-content: center;
      min-block-size: var(--sugam-control-height-sm, 32px);
      min-inline-size: var(--sugam-control-height-sm, 32px);
      margin-block: calc(-1 * var(--sugam-space-50, 4px));
      padding-block: 0;
      border: var(--sugam-border-width-thin, 1px) solid transparent;
      border-radius: var(--sugam-radius-sm, 4px);
      background: transparent;
      font: inherit;
      line-height: var(--_script-line-height);
      cursor: pointer;
    }
    button:focus-visible {
      ${focusRing}
    }
    .action {
      padding-inline: var(--sugam-space-100, 8px);
      color: var(--sugam-color-link-default, #4a2bc2);
      font-weight: var(--sugam-font-weight-semibold, 600);
      text-decoration: underline;
    }
    .action:hover {
      background: var(--sugam-color-action-primary-subtle, #f2efff);
    }
    .close {
      padding: 0;
      color: var(--sugam-color-text-subtle, #404040);
    }
    .close:hover {
      background: var(--sugam-color-action-neutral-subtle-hover, #e5e5e5);
      color: var(--sugam-color-text-default, #171717);
    }
    .close svg {
      inline-size: 20px;
      block-size: 20px;
    }

    @media (prefers-reduced-motion: reduce) {
      .base,
      .base.closing {
        animation: none;
      }
      .timer {
        display: none;
      }
    }

    @media (forced-colors: active) {
      .base {
        border-color: CanvasText;
      }
      .icon,
      .timer {
        color: CanvasText;
      }
      .timer {
        background: CanvasText;
      }
      button {
        border-color: ButtonText;
        color: ButtonText;
      }
      .action {
        color: LinkText;
      }
      button:focus-visible {
        outline-color: Highlight;
      }
    }
  `,
];
