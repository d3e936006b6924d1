import { css } from 'lit';
import { focusRing, hostStyles, spinningRing } from '../internal/styles.js';

export const buttonStyles = [
  hostStyles,
  css`
    :host {
      /* Intent: primary (default). Every value comes from a token, with the light theme's value as fallback. */
      --_action: var(--sugam-color-action-primary-default, #4a2bc2);
      --_action-hover: var(--sugam-color-action-primary-hover, #3d239f);
      --_action-active: var(--sugam-color-action-primary-active, #301c7d);
      --_subtle: var(--sugam-color-action-primary-subtle, #f2efff);
      --_subtle-hover: var(--sugam-color-action-primary-subtle-hover, #dcd4ff);
      --_on-action: var(--sugam-color-text-on-action, #ffffff);
      /* Size: md (default). */
      --_min-height: var(--sugam-control-height-md, 40px);
      --_padding-inline: var(--sugam-space-200, 16px);
      --_gap: var(--sugam-space-100, 8px);
      --_font-size: var(--sugam-font-size-md, 16px);

      display: inline-flex;
      vertical-align: middle;
    }

    :host([intent='danger']) {
      --_action: var(--sugam-color-action-danger-default, #b42318);
      --_action-hover: var(--sugam-color-action-danger-hover, #8a1a16);
      --_action-active: var(--sugam-color-action-danger-active, #6b1411);
      --_subtle: var(--sugam-color-action-danger-subtle, #fff8f8);
      --_subtle-hover: var(--sugam-color-action-danger-subtle-hover, #ffe1df);
    }
    :host([intent='neutral']) {
      --_action: var(--sugam-color-action-neutral-default, #404040);
      --_action-hover: var(--sugam-color-action-neutral-hover, #262626);
      --_action-active: var(--sugam-color-action-neutral-active, #171717);
      --_subtle: var(--sugam-color-action-neutral-subtle, #f5f5f5);
      --_subtle-hover: var(--sugam-color-action-neutral-subtle-hover, #e5e5e5);
    }

    :host([size='xs']) {
      --_min-height: var(--sugam-control-height-xs, 24px);
      --_padding-inline: var(--sugam-space-100, 8px);
      --_gap: var(--sugam-space-50, 4px);
      --_font-size: var(--sugam-font-size-xs, 12px);
    }
    :host([size='sm']) {
      --_min-height: var(--sugam-control-height-sm, 32px);
      --_padding-inline: var(--sugam-space-150, 12px);
      --_gap: var(--sugam-space-75, 6px);
      --_font-size: var(--sugam-font-size-sm, 14px);
    }
    :host([size='lg']) {
      --_min-height: var(--sugam-control-height-lg, 48px);
      --_padding-inline: var(--sugam-space-250, 20px);
      --_font-size: var(--sugam-font-size-lg, 18px);
    }
    :host([size='xl']) {
      --_min-height: var(--sugam-control-height-xl, 56px);
      --_padding-inline: var(--sugam-space-300, 24px);
      --_gap: var(--sugam-space-150, 12px);
      --_font-size: var(--sugam-font-size-xl, 20px);
    }

    .base {
      /* Variant: solid (default). */
      --_bg: var(--_action);
      --_bg-hover: var(--_action-hover);
      --_bg-active: var(--_action-active);
      --_fg: var(--_on-action);
      --_fg-hover: var(--_on-action);
      --_border: var(--_action);

      display: inline-flex;
      flex: 1 1 auto;
      align-items: center;
      justify-content: center;
      gap: var(--_gap);
      /* min-height, never height: Indic and Nastaliq text must never be clipped. */
      min-block-size: var(--_min-height);
      min-inline-size: var(--sugam-control-height-xs, 24px);
      margin: 0;
      padding-block: var(--sugam-space-25, 2px);
      padding-inline: var(--_padding-inline);
      border: var(--sugam-border-width-thin, 1px) solid var(--_border);
      border-radius: var(--sugam-button-radius, var(--sugam-radius-md, 8px));
      background: var(--_bg);
      color: var(--_fg);
      font: inherit;
      font-size: var(--_font-size);
      font-weight: var(--sugam-button-font-weight, var(--sugam-font-weight-semibold, 600));
      line-height: var(--sugam-button-line-height, var(--_script-line-height));
      letter-spacing: normal;
      text-transform: none;
      text-align: center;
      text-decoration: none;
      cursor: pointer;
      user-select: none;
      -webkit-tap-highlight-color: transparent;
      transition:
        background-color var(--sugam-duration-fast, 150ms) ease,
        color var(--sugam-duration-fast, 150ms) ease;
    }

    :host([variant='outline']) .base {
      --_bg: transparent;
      --_bg-hover: var(--_subtle);
      --_bg-active: var(--_subtle-hover);
      --_fg: var(--_action);
      --_fg-hover: var(--_action-hover);
      --_border: var(--_action);
    }
    :host([variant='text']) .base {
      --_bg: transparent;
      --_bg-hover: var(--_subtle);
      --_bg-active: var(--_subtle-hover);
      --_fg: var(--_action);
      --_fg-hover: var(--_action-hover);
      --_border: transparent;
    }
    :host([variant='tonal']) .base {
      --_bg: var(--_subtle);
      --_bg-hover: var(--_subtle-hover);
      --_bg-active: var(--_subtle-hover);
      --_fg: var(--_action-hover);
      --_fg-hover: var(--_action-active);
      --_border: transparent;
    }

    .base:hover {
      background: var(--_bg-hover);
      color: var(--_fg-hover);
    }
    .base:active {
      background: var(--_bg-active);
    }
    .base:focus-visible {
      ${focusRing}
    }

    :host([disabled]) .base,
    .base[aria-disabled='true'] {
      cursor: not-allowed;
    }
    :host([disabled]) .base {
      --_bg: var(--sugam-color-surface-disabled, #f5f5f5);
      --_bg-hover: var(--_bg);
      --_bg-active: var(--_bg);
      --_fg: var(--sugam-color-text-disabled, #737373);
      --_fg-hover: var(--_fg);
      --_border: var(--sugam-color-border-disabled, #d9d9d9);
    }
    :host([disabled][variant='text']) .base {
      --_bg: transparent;
      --_border: transparent;
    }
    :host([loading]) .base {
      cursor: progress;
    }

    .label {
      display: inline-flex;
      align-items: center;
      min-inline-size: 0;
    }
    ::slotted(svg),
    ::slotted(img) {
      flex: none;
      inline-size: 1.25em;
      block-size: 1.25em;
    }

    .spinner {
      flex: none;
      inline-size: 1em;
      block-size: 1em;
      border: 0.15em solid currentColor;
    }
    ${spinningRing}
    @media (prefers-reduced-motion: reduce) {
      .base {
        transition: none;
      }
    }

    @media (forced-colors: active) {
      .base {
        border-color: ButtonText;
        forced-color-adjust: auto;
      }
      :host([variant='text']) .base {
        border-color: transparent;
        text-decoration: underline;
      }
      .base:focus-visible {
        outline-color: Highlight;
      }
      :host([disabled]) .base {
        border-color: GrayText;
        color: GrayText;
      }
      a.base {
        color: LinkText;
      }
    }
  `,
];
