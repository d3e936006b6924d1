import { css } from 'lit';
import { focusRing, hostStyles, visuallyHidden } from '../internal/styles.js';

export const stepperStyles = [
  hostStyles,
  css`
    :host {
      display: block;
      color: var(--sugam-color-text-default, #171717);
    }
    .list {
      display: flex;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    :host([orientation='vertical']) .list {
      flex-direction: column;
    }
    .summary {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--sugam-space-100, 8px);
      margin: 0 0 var(--sugam-space-150, 12px);
      line-height: var(--sugam-line-height-body, 1.5);
    }
    .count {
      color: var(--sugam-color-text-subtle, #404040);
    }
    .current {
      font-weight: var(--sugam-font-weight-semibold, 600);
    }
  `,
];

export const stepStyles = [
  hostStyles,
  css`
    :host {
      --_marker: var(--sugam-control-height-sm, 32px);
      --_marker-bg: var(--sugam-color-surface-default, #ffffff);
      --_marker-fg: var(--sugam-color-text-subtle, #404040);
      --_marker-border: var(--sugam-color-border-control, #737373);
      --_connector: var(--sugam-color-border-default, #a1a1a1);
      display: block;
      flex: 1 1 0;
      min-inline-size: 0;
      color: var(--sugam-color-text-default, #171717);
    }
    :host([last]) {
      flex-grow: 0;
      flex-basis: auto;
    }
    :host([state='current']) {
      --_marker-bg: var(--sugam-color-action-primary-subtle, #f2efff);
      --_marker-fg: var(--sugam-color-action-primary-default, #4a2bc2);
      --_marker-border: var(--sugam-color-action-primary-default, #4a2bc2);
    }
    :host([state='done']) {
      --_marker-bg: var(--sugam-color-action-primary-default, #4a2bc2);
      --_marker-fg: var(--sugam-color-text-on-action, #ffffff);
      --_marker-border: var(--sugam-color-action-primary-default, #4a2bc2);
      --_connector: var(--sugam-color-action-primary-default, #4a2bc2);
    }
    :host([state='warning']) {
      --_marker-bg: var(--sugam-color-feedback-warning-surface, #fff7e6);
      --_marker-fg: var(--sugam-color-feedback-warning-text, #ad4e00);
      --_marker-border: var(--sugam-color-feedback-warning-text, #ad4e00);
    }
    :host([state='error']) {
      --_marker-bg: var(--sugam-color-feedback-error-surface, #fff8f8);
      --_marker-fg: var(--sugam-color-feedback-error-text, #8a1a16);
      --_marker-border: var(--sugam-color-feedback-error-text, #8a1a16);
    }
    :host([state='disabled']) {
      --_marker-bg: var(--sugam-color-surface-disabled, #f5f5f5);
      --_marker-fg: var(--sugam-color-text-disabled, #737373);
      --_marker-border: var(--sugam-color-border-disabled, #d9d9d9);
      /* Not a disabled control (axe and WCAG 1.4.3 still apply to its text): subtle, not the disabled grey. */
      color: var(--sugam-color-text-subtle, #404040);
    }

    /* Horizontal: marker and connector on one row, the text below. */
    .base {
      display: grid;
      grid-template-columns: auto minmax(var(--sugam-space-200, 16px), 1fr);
      grid-template-areas: 'marker connector' 'text text';
      align-items: center;
      align-content: start;
      column-gap: var(--sugam-space-100, 8px);
      row-gap: var(--sugam-space-75, 6px);
      block-size: 100%;
      padding-inline-end: var(--sugam-space-100, 8px);
      color: inherit;
      text-decoration: none;
      border-radius: var(--sugam-radius-sm, 4px);
    }
    :host([last]) .base {
      grid-template-columns: auto;
      grid-template-areas: 'marker' 'text';
      padding-inline-end: 0;
    }
    a.base:hover .title {
      text-decoration: underline;
    }
    a.base:focus-visible {
      ${focusRing}
    }
    .marker {
      grid-area: marker;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      inline-size: var(--_marker);
      min-block-size: var(--_marker);
      border: var(--sugam-border-width-thick, 2px) solid var(--_marker-border);
      border-radius: var(--sugam-radius-pill, 999px);
      background: var(--_marker-bg);
      color: var(--_marker-fg);
      font-size: var(--sugam-font-size-sm, 14px);
      font-weight: var(--sugam-font-weight-semibold, 600);
      line-height: var(--_script-line-height);
    }
    .icon {
      inline-size: 1.25em;
      block-size: 1.25em;
    }
    .connector {
      grid-area: connector;
      align-self: center;
      block-size: var(--sugam-border-width-thick, 2px);
      background: var(--_connector);
    }
    :host([last]) .connector {
      display: none;
    }
    .text {
      grid-area: text;
      display: flex;
      flex-direction: column;
      align-self: start;
      min-inline-size: 0;
      overflow-wrap: anywhere;
      line-height: var(--sugam-line-height-body, 1.5);
    }
    .title {
      font-size: var(--sugam-font-size-md, 16px);
    }
    :host([state='current']) .title {
      font-weight: var(--sugam-font-weight-semibold, 600);
    }
    a.base .title {
      color: var(--sugam-color-link-default, #4a2bc2);
      text-decoration: underline;
    }
    .description {
      font-size: var(--sugam-font-size-sm, 14px);
      color: var(--sugam-color-text-subtle, #404040);
    }
    :host([state='disabled']) .description {
      color: inherit;
    }

    /* Vertical: marker column with the connector running down beside the text. */
    :host([orientation='vertical']) .base {
      grid-template-columns: auto minmax(0, 1fr);
      grid-template-rows: auto 1fr;
      grid-template-areas: 'marker text' 'connector text';
      align-items: start;
      padding-inline-end: 0;
    }
    :host([orientation='vertical']) .connector {
      justify-self: center;
      align-self: stretch;
      inline-size: var(--sugam-border-width-thick, 2px);
      block-size: auto;
      min-block-size: var(--sugam-space-300, 24px);
      margin-block: var(--sugam-space-50, 4px);
    }
    :host([orientation='vertical']) .text {
      padding-block: var(--sugam-space-25, 2px) var(--sugam-space-200, 16px);
    }

    /* Compact: only markers; the stepper shows "Step 2 of 5" and the current title above them. */
    :host([compact]) .base {
      grid-template-areas: 'marker connector';
      row-gap: 0;
    }
    :host([compact][last]) .base {
      grid-template-areas: 'marker';
    }
    :host([compact]) .text {
      position: absolute;
      ${visuallyHidden}
    }

    @media (forced-colors: active) {
      .marker,
      .connector {
        forced-color-adjust: none;
        border-color: CanvasText;
        background: Canvas;
        color: CanvasText;
      }
      .connector {
        background: CanvasText;
      }
      :host([state='current']) .marker,
      :host([state='done']) .marker {
        background: Highlight;
        border-color: Highlight;
        color: HighlightText;
      }
      :host([state='disabled']) .marker {
        border-color: GrayText;
        color: GrayText;
      }
      a.base .title {
        color: LinkText;
      }
    }
  `,
];
