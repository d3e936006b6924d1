import { css } from 'lit';
import { focusRing, hostStyles } from '../internal/styles.js';

export const breadcrumbStyles = [
  hostStyles,
  css`
    :host {
      display: block;
      /* The trail collapses by the width it is given, not the window's. */
      container-type: inline-size;
      font-size: var(--sugam-breadcrumb-font-size, var(--sugam-font-size-sm, 14px));
      line-height: var(--sugam-line-height-body, 1.5);
    }

    .list {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--sugam-space-50, 4px) 0;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      align-items: center;
      min-inline-size: 0;
    }
    .sep {
      flex: none;
      inline-size: 1.25em;
      block-size: 1.25em;
      margin-inline: var(--sugam-space-25, 2px);
      color: var(--sugam-color-text-subtle, #404040);
    }
    :host(:dir(rtl)) .sep {
      transform: scaleX(-1);
    }

    a,
    .current,
    .text {
      display: inline-flex;
      align-items: center;
      /* 24 px targets (WCAG 2.5.8) that grow with their text. */
      min-block-size: var(--sugam-control-height-xs, 24px);
      overflow-wrap: anywhere;
    }
    a {
      color: var(--sugam-color-link-default, #4a2bc2);
      text-decoration: underline;
      text-underline-offset: 0.2em;
    }
    a:hover {
      color: var(--sugam-color-link-hover, #3d239f);
      text-decoration-thickness: 2px;
    }
    a:focus-visible,
    button:focus-visible {
      ${focusRing}
    }
    .current,
    .text {
      color: var(--sugam-color-text-default, #171717);
    }
    a.current {
      text-decoration: none;
    }

    button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      min-inline-size: var(--sugam-control-height-sm, 32px);
      min-block-size: var(--sugam-control-height-xs, 24px);
      margin: 0;
      padding: 0 var(--sugam-space-50, 4px);
      border: var(--sugam-border-width-thin, 1px) solid var(--sugam-color-border-control, #737373);
      border-radius: var(--sugam-radius-sm, 4px);
      background: var(--sugam-color-surface-default, #ffffff);
      color: var(--sugam-color-action-primary-default, #4a2bc2);
      font: inherit;
      cursor: pointer;
    }
    button:hover {
      background: var(--sugam-color-action-primary-subtle, #f2efff);
      border-color: var(--sugam-color-border-control-hover, #404040);
    }
    button svg {
      inline-size: 1.25em;
      block-size: 1.25em;
    }

    /* Collapsed: the first level, a "show all" button, the parent and the current page. */
    .more {
      display: none;
    }
    @container (max-width: 36rem) {
      .collapsible:not(.expanded) .middle {
        display: none;
      }
      .collapsible:not(.expanded) .more {
        display: flex;
      }
    }
    :host([collapse='always']) .collapsible:not(.expanded) .middle {
      display: none;
    }
    :host([collapse='always']) .collapsible:not(.expanded) .more {
      display: flex;
    }

    @media (forced-colors: active) {
      a {
        color: LinkText;
      }
      .sep,
      .current,
      .text {
        color: CanvasText;
      }
      button {
        border-color: ButtonText;
        color: ButtonText;
      }
      a:focus-visible,
      button:focus-visible {
        outline-color: Highlight;
      }
    }
  `,
];
