import { css, unsafeCSS } from 'lit';
import { focusRing, spinningRing, visuallyHidden } from '../internal/styles.js';

/*
 * The stacked (card-like) layout, used below 36rem of the element's own width (a container query, so it works in
 * a narrow column of a wide page) or always with stack="always". Written once, applied in both places. Explicit
 * ARIA roles on every table part keep the table semantics when the parts are displayed as blocks.
 */
const stacked = (host: string) => `
  ${host} table,
  ${host} tbody,
  ${host} tfoot,
  ${host} tr,
  ${host} td,
  ${host} tbody th,
  ${host} tfoot th {
    display: block;
  }
  ${host} caption {
    display: block;
    text-align: start;
  }
  ${host} thead {
    display: block;
  }
  ${host} thead tr {
    display: flex;
    flex-wrap: wrap;
    gap: var(--sugam-space-100, 8px);
    padding-block-end: var(--sugam-space-100, 8px);
  }
  ${host} thead th {
    display: block;
    padding: 0;
    border: 0;
    background: none;
  }
  /* Headers without a sort button have nothing to do in this layout: every cell shows its column's name. */
  ${host} thead th:not(.sortable, .select) {
    position: absolute;
    ${visuallyHidden.cssText}
  }
  ${host} thead:not(:has(th.sortable, th.select)) {
    display: none;
  }
  ${host} thead .sort {
    min-block-size: var(--sugam-control-height-sm, 32px);
    padding-inline: var(--sugam-space-150, 12px);
    border: var(--sugam-border-width-thin, 1px) solid var(--sugam-color-border-control, #737373);
    border-radius: var(--sugam-radius-pill, 999px);
    inline-size: auto;
  }
  ${host} thead th[aria-sort] .sort {
    border-color: var(--sugam-color-border-selected, #4a2bc2);
    background: var(--sugam-color-surface-brand-subtle, #f2efff);
  }
  ${host} tbody tr,
  ${host} tfoot tr {
    margin-block-end: var(--sugam-space-150, 12px);
    padding-block: var(--sugam-space-50, 4px);
    border: var(--sugam-border-width-thin, 1px) solid var(--sugam-color-border-default, #e5e5e5);
    border-radius: var(--sugam-radius-md, 8px);
    background: var(--sugam-color-surface-default, #fff);
  }
  ${host} td,
  ${host} tbody th,
  ${host} tfoot th {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    gap: var(--sugam-space-150, 12px);
    border: 0;
    text-align: start;
  }
  ${host} thead th.select {
    inline-size: auto;
  }
  /* Above the cards, "Select all rows" is written beside its box. */
  ${host} .select-all-text {
    position: static;
    inline-size: auto;
    block-size: auto;
    margin: 0;
    overflow: visible;
    clip-path: none;
    white-space: normal;
  }
  ${host} tbody tr.selected {
    border-color: var(--sugam-color-border-selected, #4a2bc2);
  }
  ${host} .cell-label {
    display: block;
    font-weight: var(--sugam-font-weight-semibold, 600);
    color: var(--sugam-color-text-subtle, #404040);
  }
`;

export const tableStyles = css`
  :host {
    --_pad-block: var(--sugam-space-100, 8px);
    --_pad-inline: var(--sugam-space-150, 12px);
    display: block;
    container: sugam-table / inline-size;
    color: var(--sugam-color-text-default, #171717);
    font-size: var(--sugam-font-size-body-md, 1rem);
    line-height: var(--sugam-line-height-body, 1.5);
  }
  :host([size='sm']) {
    --_pad-block: var(--sugam-space-50, 4px);
    --_pad-inline: var(--sugam-space-100, 8px);
    font-size: var(--sugam-font-size-body-sm, 0.875rem);
  }
  :host([size='lg']) {
    --_pad-block: var(--sugam-space-200, 16px);
    --_pad-inline: var(--sugam-space-200, 16px);
  }

  .scroller {
    position: relative;
    overflow: auto;
    border-radius: var(--sugam-radius-xs, 2px);
  }
  .scroller:focus-visible {
    ${focusRing}
  }
  :host([sticky-header]) .scroller {
    max-block-size: var(--sugam-table-max-height, 24rem);
  }

  table {
    inline-size: 100%;
    border-collapse: collapse;
    border-spacing: 0;
  }
  caption {
    padding-block: 0 var(--sugam-space-100, 8px);
    caption-side: top;
    text-align: start;
    font-size: var(--sugam-font-size-heading-xs, 1rem);
    font-weight: var(--sugam-font-weight-semibold, 600);
    line-height: var(--sugam-line-height-heading, 1.4);
  }
  th,
  td {
    padding-block: var(--_pad-block);
    padding-inline: var(--_pad-inline);
    border-block-end: var(--sugam-border-width-thin, 1px) solid var(--sugam-color-border-default, #e5e5e5);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  thead th {
    border-block-end: var(--sugam-border-width-thick, 2px) solid var(--sugam-color-border-strong, #404040);
    background: var(--sugam-color-surface-subtle, #f5f5f5);
    font-weight: var(--sugam-font-weight-semibold, 600);
    vertical-align: bottom;
    overflow-wrap: normal;
  }
  tbody th {
    font-weight: var(--sugam-font-weight-semibold, 600);
  }
  tfoot td,
  tfoot th {
    border-block-start: var(--sugam-border-width-thick, 2px) solid var(--sugam-color-border-strong, #404040);
    font-weight: var(--sugam-font-weight-semibold, 600);
  }
  .numeric {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  :host([zebra]) tbody tr:nth-child(even) {
    background: var(--sugam-color-surface-subtle, #f5f5f5);
  }
  :host([sticky-header]) thead th {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
  }

  .cell-label {
    display: none;
  }

  thead th.sortable {
    padding: 0;
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: var(--sugam-space-50, 4px);
    inline-size: 100%;
    min-block-size: var(--sugam-control-height-sm, 32px);
    margin: 0;
    padding-block: var(--_pad-block);
    padding-inline: var(--_pad-inline);
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: inherit;
    line-height: var(--_script-line-height);
    text-align: inherit;
    cursor: pointer;
  }
  .numeric .sort {
    justify-content: flex-end;
  }
  .sort:hover {
    background: var(--sugam-color-action-neutral-subtle-hover, #e5e5e5);
  }
  .sort:focus-visible {
    ${focusRing}
    outline-offset: calc(-1 * var(--sugam-focus-ring-width, 2px));
  }
  .sort-icon {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    opacity: 0.7;
  }
  th[aria-sort] .sort-icon {
    opacity: 1;
  }

  a {
    color: var(--sugam-color-link-default, #4a2bc2);
  }
  a:visited {
    color: var(--sugam-color-link-visited, #301c7d);
  }
  a:focus-visible {
    ${focusRing}
  }

  .overlay {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    background: color-mix(in srgb, var(--sugam-color-surface-default, #fff) 70%, transparent);
  }
  .spinner {
    inline-size: var(--sugam-space-400, 32px);
    block-size: var(--sugam-space-400, 32px);
    border: 3px solid var(--sugam-color-action-primary-default, #4a2bc2);
  }
  ${spinningRing}

  /* Row selection: a narrow first column of checkboxes, 24 px targets, selected rows tinted. */
  .select {
    inline-size: 1%;
    padding-inline-end: 0;
  }
  .select input {
    inline-size: 20px;
    block-size: 20px;
    margin: 2px;
    accent-color: var(--sugam-color-action-primary-default, #4a2bc2);
    vertical-align: middle;
    cursor: pointer;
  }
  .select input:focus-visible {
    ${focusRing}
  }
  .select-all {
    display: inline-flex;
    align-items: center;
    gap: var(--sugam-space-100, 8px);
    min-block-size: var(--sugam-control-height-xs, 24px);
    cursor: pointer;
  }
  .select input {
    flex: none;
  }
  /* In the table the header box is named by this text, read but not shown (the column has no room for it). */
  .select-all-text {
    position: absolute;
    ${visuallyHidden}
  }
  :host([selectable]) tbody tr.selected:nth-child(n) {
    background: var(--sugam-color-surface-brand-subtle, #f2efff);
  }

  @container sugam-table (max-width: 36rem) {
    ${unsafeCSS(stacked(':host(:not([stack="never"]))'))}
  }
  ${unsafeCSS(stacked(':host([stack="always"])'))}

  @media (forced-colors: active) {
    th,
    td,
    tbody tr {
      border-color: CanvasText;
    }
    .sort {
      color: ButtonText;
    }
    th[aria-sort] .sort {
      text-decoration: underline;
    }
    .overlay {
      background: Canvas;
      opacity: 0.8;
    }
    tbody tr.selected {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
  }
  /* On paper every row prints (no scrolling box to cut a sticky-header table short), none split across pages;
     the header row repeats on each page. */
  @media print {
    .scroller,
    :host([sticky-header]) .scroller {
      max-block-size: none;
      overflow: visible;
    }
    tr {
      break-inside: avoid;
    }
  }
`;
