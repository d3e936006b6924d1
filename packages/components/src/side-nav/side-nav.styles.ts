import { css } from 'lit';
import { focusRing, hostStyles } from '../internal/styles.js';
import { disclosureChevron, navRow } from '../internal/nav-styles.js';

export const sideNavStyles = [
  hostStyles,
  css`
    :host {
      display: block;
      font-size: var(--sugam-side-nav-font-size, var(--sugam-font-size-md, 16px));
      line-height: var(--sugam-line-height-body, 1.5);
    }
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      min-inline-size: 0;
    }

    .link,
    .toggle {
      /* Indent per nesting level. */
      --_indent: calc(var(--sugam-space-150, 12px) + var(--_depth, 0) * var(--sugam-space-200, 16px));
      ${navRow}
      gap: var(--sugam-space-100, 8px);
      min-block-size: var(--sugam-control-height-md, 40px);
      padding-block: var(--sugam-space-75, 6px);
      padding-inline: var(--_indent) var(--sugam-space-150, 12px);
      /* The current page's bar; transparent elsewhere so the text never shifts. */
      border-inline-start: var(--sugam-side-nav-bar-width, 4px) solid transparent;
      color: var(--sugam-color-text-default, #171717);
    }
    .link:hover,
    .toggle:hover {
      background: var(--sugam-color-surface-subtle, #f5f5f5);
      text-decoration: underline;
    }
    .link:focus-visible,
    .toggle:focus-visible {
      ${focusRing}
      outline-offset: calc(-1 * var(--sugam-focus-ring-width, 2px));
    }
    .link[aria-current='page'] {
      /* Not by colour alone: a bar at the start edge and bold text. */
      border-inline-start-color: var(--sugam-color-border-selected, #4a2bc2);
      background: var(--sugam-color-action-primary-subtle, #f2efff);
      color: var(--sugam-color-text-brand, #3d239f);
      font-weight: var(--sugam-font-weight-bold, 700);
    }
    .text {
      cursor: default;
    }
    .text:hover {
      background: transparent;
      text-decoration: none;
    }
    .toggle {
      justify-content: space-between;
      font-weight: var(--sugam-font-weight-semibold, 600);
    }
    .toggle.holds-current {
      border-inline-start-color: var(--sugam-color-border-default, #e5e5e5);
    }
    ${disclosureChevron(".toggle[aria-expanded='true']")}

    @media (forced-colors: active) {
      .link {
        color: LinkText;
      }
      .toggle {
        color: ButtonText;
      }
      .text {
        color: CanvasText;
      }
      .link[aria-current='page'] {
        border-inline-start-color: Highlight;
        color: CanvasText;
      }
      .toggle.holds-current {
        border-inline-start-color: CanvasText;
      }
      .link:focus-visible,
      .toggle:focus-visible {
        outline-color: Highlight;
      }
    }
  `,
];
