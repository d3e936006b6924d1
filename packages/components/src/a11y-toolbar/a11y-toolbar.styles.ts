import { css } from 'lit';
import { bareFieldset, focusRing, hostStyles, screenOnly, visuallyHidden } from '../internal/styles.js';

const iconOnlyTrigger = css`
  .trigger {
    justify-content: center;
    padding-inline: 0;
  }
  .trigger-label {
    ${visuallyHidden}
    position: absolute;
  }
`;

export const a11yToolbarStyles = [
  hostStyles,
  screenOnly,
  css`
    :host {
      --_gap: var(--sugam-space-100, 8px);
      --_control: var(--sugam-control-height-md, 40px);
      --_border: var(--sugam-color-border-control, #737373);
      --_selected: var(--sugam-color-border-selected, #4a2bc2);
      --_band: var(--sugam-a11y-reading-mask-band, calc(3 * var(--sugam-font-size-body-md, 1rem) * 1.8));

      display: inline-block;
      color: var(--sugam-color-text-default, #171717);
      font-family: var(--sugam-font-family-body, sans-serif);
      font-size: var(--sugam-font-size-body-md, 1rem);
      line-height: var(--_script-line-height);
    }
    :host([variant='inline']) {
      display: block;
    }

    .icon,
    .check {
      flex: none;
      inline-size: 1.25em;
      block-size: 1.25em;
    }

    button,
    input {
      font: inherit;
      line-height: var(--_script-line-height);
      color: inherit;
    }
    button {
      display: inline-flex;
      align-items: center;
      gap: var(--_gap);
      min-block-size: var(--_control);
      min-inline-size: var(--_control);
      margin: 0;
      padding: var(--sugam-space-50, 4px) var(--sugam-space-150, 12px);
      border: var(--sugam-border-width-thin, 1px) solid var(--_border);
      border-radius: var(--sugam-radius-md, 6px);
      background: var(--sugam-color-surface-default, #ffffff);
      text-align: start;
      cursor: pointer;
    }
    button:hover {
      background: var(--sugam-color-action-neutral-subtle, #f5f5f5);
    }
    button:focus-visible,
    input:focus-visible {
      ${focusRing}
    }
    button[aria-disabled='true'] {
      color: var(--sugam-color-text-disabled, #737373);
      border-color: var(--sugam-color-border-disabled, #d4d4d4);
      background: var(--sugam-color-surface-default, #ffffff);
      cursor: not-allowed;
    }

    /* The trigger (panel variant). */
    .trigger {
      font-weight: var(--sugam-font-weight-semibold, 600);
    }
    /* In a narrow identity bar (a phone) the trigger shows its icon only; the name stays for assistive technology.
       The bar's container name answers in Chromium and Firefox, the property it sets in WebKit. */
    @container sugam-identity-bar (max-width: 35.99rem) {
      ${iconOnlyTrigger}
    }
    @container style(--sugam-identity-bar-narrow: on) {
      ${iconOnlyTrigger}
    }

    /* The panel: a non-modal dialog in the top layer, as a sheet at the inline end of the viewport. */
    .panel {
      box-sizing: border-box;
      color: var(--sugam-color-text-default, #171717);
      background: var(--sugam-color-surface-raised, #ffffff);
    }
    #panel {
      position: fixed;
      inset-block: 0;
      inset-inline: auto 0;
      margin: 0;
      inline-size: min(var(--sugam-a11y-toolbar-inline-size, 24rem), 100vw);
      max-inline-size: 100vw;
      block-size: 100dvh;
      max-block-size: 100dvh;
      overflow: auto;
      overscroll-behavior: contain;
      padding: var(--sugam-space-200, 16px);
      border: 0;
      border-inline-start: var(--sugam-border-width-thin, 1px) solid var(--sugam-color-border-default, #d4d4d4);
      box-shadow: var(--sugam-shadow-4, none);
    }
    .inline {
      padding: var(--sugam-space-200, 16px);
      border: var(--sugam-border-width-thin, 1px) solid var(--sugam-color-border-default, #d4d4d4);
      border-radius: var(--sugam-radius-lg, 8px);
    }
    .header {
      display: flex;
      align-items: start;
      justify-content: space-between;
      gap: var(--_gap);
    }
    .title {
      display: flex;
      align-items: center;
      gap: var(--_gap);
      margin: 0 0 var(--sugam-space-100, 8px);
      font-size: var(--sugam-font-size-heading-sm, 1.25rem);
      font-weight: var(--sugam-font-weight-bold, 700);
      line-height: var(--sugam-line-height-heading, 1.4);
    }
    .close {
      flex: none;
      justify-content: center;
      padding: 0;
      border-color: transparent;
      background: transparent;
    }

    .group {
      display: grid;
      gap: var(--sugam-space-150, 12px);
      padding-block: var(--sugam-space-150, 12px);
      border-block-start: var(--sugam-border-width-thin, 1px) solid var(--sugam-color-border-default, #d4d4d4);
    }
    h3 {
      margin: 0;
      font-size: var(--sugam-font-size-body-md, 1rem);
      font-weight: var(--sugam-font-weight-semibold, 600);
      line-height: var(--sugam-line-height-heading, 1.4);
    }

    /* Steppers: label, then − value + (and reset). */
    .stepper {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--_gap);
    }
    .stepper-label {
      display: inline-flex;
      align-items: center;
      gap: var(--_gap);
    }
    .stepper-controls {
      display: inline-flex;
      align-items: center;
      gap: var(--sugam-space-50, 4px);
    }
    .step {
      justify-content: center;
      padding: 0;
    }
    .value {
      min-inline-size: 4.5em;
      text-align: center;
      font-variant-numeric: tabular-nums;
      font-weight: var(--sugam-font-weight-semibold, 600);
    }

    /* Toggle buttons: the check mark shows the state without colour. */
    .toggles {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
      gap: var(--_gap);
    }
    .toggle {
      inline-size: 100%;
    }
    .single .toggle {
      inline-size: auto;
      max-inline-size: 100%;
    }
    .toggle-label {
      flex: 1 1 auto;
      min-inline-size: 0;
      overflow-wrap: break-word;
    }
    .toggle .check {
      visibility: hidden;
    }
    .toggle[aria-pressed='true'] {
      border: var(--sugam-border-width-thick, 2px) solid var(--_selected);
      background: var(--sugam-color-action-primary-subtle, #f2efff);
      padding-inline: calc(var(--sugam-space-150, 12px) - 1px);
    }
    .toggle[aria-pressed='true'] .check {
      visibility: visible;
    }

    .note,
    .message {
      margin: 0;
      font-size: var(--sugam-font-size-body-sm, 0.875rem);
      color: var(--sugam-color-text-subtle, #404040);
    }
    .message:empty {
      display: none;
    }
    .message {
      font-weight: var(--sugam-font-weight-semibold, 600);
      color: var(--sugam-color-text-default, #171717);
    }

    /* Theme: native radios as segments. */
    fieldset {
      ${bareFieldset}
    }
    legend {
      padding: 0;
      margin-block-end: var(--sugam-space-100, 8px);
    }
    .segments {
      display: flex;
      flex-wrap: wrap;
      gap: var(--sugam-space-50, 4px);
    }
    .segment {
      display: inline-flex;
      align-items: center;
      gap: var(--sugam-space-75, 6px);
      min-block-size: var(--_control);
      padding: var(--sugam-space-50, 4px) var(--sugam-space-150, 12px);
      border: var(--sugam-border-width-thin, 1px) solid var(--_border);
      border-radius: var(--sugam-radius-md, 6px);
      background: var(--sugam-color-surface-default, #ffffff);
      cursor: pointer;
    }
    .segment:has(input:checked) {
      border: var(--sugam-border-width-thick, 2px) solid var(--_selected);
      background: var(--sugam-color-action-primary-subtle, #f2efff);
      padding-inline: calc(var(--sugam-space-150, 12px) - 1px);
    }
    .segment input {
      margin: 0;
      inline-size: 1.125em;
      block-size: 1.125em;
      accent-color: var(--sugam-color-action-primary-default, #4a2bc2);
    }

    .speech,
    .footer {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_gap);
    }
    .footer {
      padding-block-start: var(--sugam-space-150, 12px);
      border-block-start: var(--sugam-border-width-thin, 1px) solid var(--sugam-color-border-default, #d4d4d4);
    }

    /* Reading mask: two dimmed areas around a clear band at --_mask-y; never catches the pointer. */
    .mask {
      position: fixed;
      inset: 0;
      z-index: var(--sugam-z-index-toast, 1090);
      pointer-events: none;
    }
    .mask-before,
    .mask-after {
      position: absolute;
      inset-inline: 0;
      background: color-mix(in srgb, var(--sugam-color-neutral-900, #171717) 65%, transparent);
    }
    .mask-before {
      inset-block-start: 0;
      block-size: max(0px, calc(var(--_mask-y) - var(--_band) / 2));
    }
    .mask-after {
      inset-block: calc(var(--_mask-y) + var(--_band) / 2) 0;
    }

    /* Under inverted colours the mask is inverted back, so it still dims instead of washing the page out. */
    @container style(--sugam-a11y-invert: on) {
      .mask {
        filter: invert(1) hue-rotate(180deg);
      }
    }

    @media (forced-colors: active) {
      button,
      .segment {
        border-color: ButtonText;
      }
      .toggle[aria-pressed='true'],
      .segment:has(input:checked) {
        border-color: Highlight;
      }
      button[aria-disabled='true'] {
        color: GrayText;
        border-color: GrayText;
      }
      .mask-before,
      .mask-after {
        forced-color-adjust: none;
        background: color-mix(in srgb, CanvasText 65%, transparent);
      }
      #panel,
      .inline {
        border-color: CanvasText;
      }
    }
  `,
];
