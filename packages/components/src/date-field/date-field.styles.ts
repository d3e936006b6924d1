import { css } from 'lit';
import { focusRing } from '../internal/styles.js';

export const dateFieldStyles = css`
  .row {
    display: flex;
    gap: var(--sugam-space-100, 8px);
    align-items: stretch;
  }
  .box {
    flex: 0 1 auto;
    inline-size: calc(10ch + 2 * var(--_field-padding-inline) + 1em);
    max-inline-size: 100%;
    padding-inline: var(--_field-padding-inline);
  }
  input {
    inline-size: 100%;
    font-variant-numeric: tabular-nums;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .calendar-button {
    flex: none;
    display: inline-grid;
    place-items: center;
    min-block-size: var(--_field-min-height);
    min-inline-size: var(--_field-min-height);
    padding: 0;
    border: var(--sugam-border-width-thin, 1px) solid var(--sugam-color-action-primary-default, #4a2bc2);
    border-radius: var(--sugam-radius-md, 8px);
    background: var(--sugam-color-surface-default, #ffffff);
    color: var(--sugam-color-action-primary-default, #4a2bc2);
  }
  .calendar-button:hover {
    background: var(--sugam-color-action-primary-subtle, #f2efff);
  }
  .calendar-button:focus-visible,
  .nav:focus-visible,
  .text-button:focus-visible,
  .day:focus {
    ${focusRing}
  }
  .calendar-button:disabled {
    cursor: default;
    border-color: var(--sugam-color-border-disabled, #d9d9d9);
    background: var(--sugam-color-surface-disabled, #f5f5f5);
    color: var(--sugam-color-text-disabled, #737373);
  }
  svg {
    inline-size: 1.25em;
    block-size: 1.25em;
  }
  dialog {
    padding: 0;
    border: var(--sugam-border-width-thin, 1px) solid var(--sugam-color-border-default, #d9d9d9);
    border-radius: var(--sugam-radius-lg, 12px);
    background: var(--sugam-color-surface-raised, #ffffff);
    color: var(--sugam-color-text-default, #171717);
    box-shadow: var(--sugam-shadow-3, 0 6px 16px 0 #17171729);
    max-inline-size: calc(100vw - 2 * var(--sugam-space-100, 8px));
    line-height: var(--_script-line-height);
  }
  dialog::backdrop {
    background: var(--sugam-color-surface-overlay, rgb(23 23 23 / 0.7));
  }
  .picker {
    padding: var(--sugam-space-200, 16px) var(--sugam-space-100, 8px);
    display: grid;
    gap: var(--sugam-space-150, 12px);
  }
  .picker-header {
    display: flex;
    align-items: center;
    gap: var(--sugam-space-50, 4px);
  }
  .heading {
    flex: 1 1 auto;
    margin: 0;
    text-align: center;
    font-size: var(--sugam-font-size-md, 16px);
    font-weight: var(--sugam-font-weight-semibold, 600);
  }
  .nav {
    display: inline-grid;
    place-items: center;
    min-block-size: var(--sugam-control-height-sm, 32px);
    min-inline-size: var(--sugam-control-height-sm, 32px);
    padding: 0;
    border: 0;
    border-radius: var(--sugam-radius-sm, 4px);
    background: transparent;
    color: var(--sugam-color-action-primary-default, #4a2bc2);
  }
  .nav:hover,
  .text-button:hover {
    background: var(--sugam-color-action-primary-subtle, #f2efff);
  }
  .nav.flip svg,
  :dir(rtl) .nav:not(.flip) svg {
    transform: scaleX(-1);
  }
  :dir(rtl) .nav.flip svg {
    transform: none;
  }
  .grid {
    border-collapse: collapse;
    margin-inline: auto;
  }
  th {
    padding-block-end: var(--sugam-space-50, 4px);
    font-size: var(--sugam-font-size-sm, 14px);
    font-weight: var(--sugam-font-weight-semibold, 600);
    color: var(--sugam-color-text-subtle, #404040);
  }
  td {
    padding: 1px;
    text-align: center;
  }
  .day {
    /* Seven columns still fit a 320 px wide screen. */
    --_day-size: min(var(--sugam-control-height-md, 40px), calc((100vw - 4rem) / 7));
    min-inline-size: var(--_day-size);
    block-size: var(--_day-size);
    border-radius: var(--sugam-radius-md, 8px);
    cursor: pointer;
    font-variant-numeric: tabular-nums;
  }
  .day:hover {
    background: var(--sugam-color-action-primary-subtle, #f2efff);
  }
  .day.today {
    box-shadow: inset 0 0 0 1px var(--sugam-color-action-primary-default, #4a2bc2);
    font-weight: var(--sugam-font-weight-semibold, 600);
  }
  .day.selected {
    background: var(--sugam-date-field-selected-bg, var(--sugam-color-action-primary-default, #4a2bc2));
    color: var(--sugam-color-text-on-action, #ffffff);
  }
  .day[aria-disabled='true'] {
    cursor: default;
    color: var(--sugam-color-text-disabled, #737373);
    text-decoration: line-through;
    background: transparent;
  }
  .saka-line {
    margin: 0;
    font-size: var(--sugam-font-size-sm, 14px);
    color: var(--sugam-color-text-subtle, #404040);
    text-align: center;
  }
  .picker-footer {
    display: flex;
    justify-content: flex-end;
  }
  .text-button {
    min-block-size: var(--sugam-control-height-sm, 32px);
    padding-inline: var(--sugam-space-150, 12px);
    border: 0;
    border-radius: var(--sugam-radius-sm, 4px);
    background: transparent;
    color: var(--sugam-color-action-primary-default, #4a2bc2);
    font-weight: var(--sugam-font-weight-semibold, 600);
  }
  @media (forced-colors: active) {
    .calendar-button,
    dialog {
      border-color: ButtonText;
    }
    .day.selected {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
    .day.today {
      outline: 1px solid CanvasText;
    }
  }
`;
