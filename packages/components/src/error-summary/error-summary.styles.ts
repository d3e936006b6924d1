import { css } from 'lit';
import { focusRing } from '../internal/styles.js';

export const errorSummaryStyles = css`
  :host {
    display: block;
    color: var(--sugam-color-text-default, #171717);
    line-height: var(--sugam-line-height-body, var(--_script-line-height));
  }
  :host(:state(empty)) {
    display: none;
  }
  .summary {
    padding: var(--sugam-space-200, 16px) var(--sugam-space-250, 20px);
    border: var(--sugam-border-width-thick, 2px) solid var(--sugam-color-feedback-error-border, #b42318);
    border-inline-start-width: var(--sugam-space-100, 8px);
    border-radius: var(--sugam-radius-sm, 4px);
    background: var(--sugam-color-feedback-error-surface, #fff8f8);
  }
  .summary:focus {
    ${focusRing}
  }
  .heading {
    margin: 0 0 var(--sugam-space-150, 12px);
    font-size: var(--sugam-font-size-xl, 20px);
    font-weight: var(--sugam-font-weight-bold, 700);
    line-height: var(--sugam-line-height-heading, var(--_script-line-height));
  }
  .description {
    margin-block-end: var(--sugam-space-150, 12px);
  }
  .description ::slotted(*) {
    margin-block: 0;
  }
  .list {
    display: grid;
    gap: var(--sugam-space-100, 8px);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  a {
    display: inline-block;
    min-block-size: 24px;
    color: var(--sugam-color-feedback-error-text, #8a1a16);
    font-weight: var(--sugam-font-weight-semibold, 600);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  a:focus-visible {
    ${focusRing}
    border-radius: var(--sugam-radius-xs, 2px);
  }
  @media (forced-colors: active) {
    .summary {
      border-color: CanvasText;
    }
    .summary:focus,
    a:focus-visible {
      outline-color: Highlight;
    }
    a {
      color: LinkText;
    }
  }
`;
