import { css } from 'lit';
import { focusRing, hostStyles } from '../internal/styles.js';

export const alertStyles = [
  hostStyles,
  css`
    :host {
      /* Variant: info (default). Light-theme values as fallbacks. */
      --_text: var(--sugam-color-feedback-info-text, #0a5c8a);
      --_icon: var(--sugam-color-feedback-info-icon, #0a5c8a);
      --_surface: var(--sugam-color-feedback-info-surface, #eef8fd);
      --_border: var(--sugam-color-feedback-info-border, #0a5c8a);

      display: block;
      color: var(--sugam-color-text-default, #171717);
      /* Printed whole, not split across pages. */
      break-inside: avoid;
    }
    :host([hidden]) {
      display: none;
    }
    :host([variant='success']) {
      --_text: var(--sugam-color-feedback-success-text, #1a5e2a);
      --_icon: var(--sugam-color-feedback-success-icon, #2a7d3c);
      --_surface: var(--sugam-color-feedback-success-surface, #effaf1);
      --_border: var(--sugam-color-feedback-success-border, #2a7d3c);
    }
    :host([variant='warning']) {
      --_text: var(--sugam-color-feedback-warning-text, #8a4b00);
      --_icon: var(--sugam-color-feedback-warning-icon, #8a4b00);
      --_surface: var(--sugam-color-feedback-warning-surface, #fff8eb);
      --_border: var(--sugam-color-feedback-warning-border, #8a4b00);
    }
    :host([variant='error']) {
      --_text: var(--sugam-color-feedback-error-text, #a01c14);
      --_icon: var(--sugam-color-feedback-error-icon, #b42318);
      --_surface: var(--sugam-color-feedback-error-surface, #fff4f3);
      --_border: var(--sugam-color-feedback-error-border, #b42318);
    }

    .base {
      display: flex;
      align-items: flex-start;
      gap: var(--sugam-space-150, 12px);
      padding-block: var(--sugam-space-150, 12px);
      padding-inline: var(--sugam-space-200, 16px) var(--sugam-space-100, 8px);
      border: var(--sugam-border-width-thin, 1px) solid var(--_border);
      border-inline-start-width: var(--sugam-alert-accent-width, 4px);
      border-radius: var(--sugam-alert-radius, var(--sugam-radius-md, 8px));
      background: var(--_surface);
      font-size: var(--sugam-font-size-body-md, 1rem);
      line-height: var(--sugam-line-height-body, 1.5);
    }

    /* A banner across the page: the colour runs along the bottom edge, the content is centred like the page's. */
    :host([wide]) .base {
      border-width: 0 0 var(--sugam-border-width-thick, 2px);
      border-radius: 0;
      padding-inline: max(var(--sugam-space-200, 16px), calc((100% - var(--sugam-alert-wide-max-width, 75rem)) / 2))
        max(var(--sugam-space-100, 8px), calc((100% - var(--sugam-alert-wide-max-width, 75rem)) / 2));
    }

    .icon {
      display: inline-flex;
      flex: none;
      align-items: center;
      /* As tall as the first line of text, so the icon stays level with it in every script. */
      min-block-size: calc(1em * var(--sugam-line-height-body, 1.5));
      color: var(--_icon);
    }
    .icon svg,
    ::slotted([slot='icon']) {
      inline-size: 1.25em;
      block-size: 1.25em;
    }

    .content {
      flex: 1 1 auto;
      min-inline-size: 0;
      padding-inline-end: var(--sugam-space-100, 8px);
      overflow-wrap: anywhere;
    }
    .heading {
      margin-block-end: var(--sugam-space-50, 4px);
      color: var(--_text);
      font-weight: var(--sugam-font-weight-semibold, 600);
    }
    .heading ::slotted(*) {
      margin: 0;
      color: inherit;
      font-size: var(--sugam-font-size-body-lg, 1.125rem);
    }
    .message ::slotted(p) {
      margin-block: 0;
    }
    .message ::slotted(a) {
      color: var(--sugam-color-link-default, #4a2bc2);
    }

    .close {
      display: inline-flex;
      flex: none;
      align-items: center;
      justify-content: center;
      /* 32 px target (WCAG 2.5.8 asks for 24). */
      inline-size: var(--sugam-control-height-sm, 32px);
      block-size: var(--sugam-control-height-sm, 32px);
      margin-block: calc(-1 * var(--sugam-space-50, 4px));
      padding: 0;
      border: var(--sugam-border-width-thin, 1px) solid transparent;
      border-radius: var(--sugam-radius-sm, 4px);
      background: transparent;
      color: var(--sugam-color-text-subtle, #404040);
      cursor: pointer;
    }
    .close svg {
      inline-size: 20px;
      block-size: 20px;
    }
    .close:hover {
      background: var(--sugam-color-action-neutral-subtle-hover, #e5e5e5);
      color: var(--sugam-color-text-default, #171717);
    }
    .close:focus-visible {
      ${focusRing}
    }

    @media (forced-colors: active) {
      .base {
        border-color: CanvasText;
      }
      .icon {
        color: CanvasText;
      }
      .close {
        border-color: ButtonText;
        color: ButtonText;
      }
      .close:focus-visible {
        outline-color: Highlight;
      }
    }
  `,
];
