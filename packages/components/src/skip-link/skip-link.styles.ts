import { css } from 'lit';
import { focusRing, visuallyHidden } from '../internal/styles.js';

export const skipLinkStyles = css`
  /* Out of the flow without taking space. Not display: contents: Firefox does not delegate focus() from a host
     without a box, so a script (or the identity bar) calling focus() on the element would do nothing. */
  :host {
    position: absolute;
  }

  /* Hidden (but in the tab order and announced) until focused. */
  .link:not(:focus) {
    position: absolute;
    ${visuallyHidden}
  }

  /* Focused: a clear button-like link at the top of the viewport, above everything. */
  .link:focus {
    position: fixed;
    z-index: var(--sugam-z-index-toast, 1090);
    inset-block-start: var(--sugam-space-100, 8px);
    inset-inline-start: var(--sugam-space-100, 8px);
    display: inline-flex;
    align-items: center;
    max-inline-size: calc(100vw - 2 * var(--sugam-space-100, 8px));
    min-block-size: var(--sugam-control-height-md, 40px);
    padding-block: var(--sugam-space-100, 8px);
    padding-inline: var(--sugam-space-200, 16px);
    border: var(--sugam-border-width-thick, 2px) solid var(--sugam-color-action-primary-default, #4a2bc2);
    border-radius: var(--sugam-radius-md, 8px);
    background: var(--sugam-color-surface-raised, #ffffff);
    box-shadow: var(--sugam-shadow-3, 0 6px 16px #17171729);
    color: var(--sugam-color-link-default, #4a2bc2);
    font-family: var(--sugam-font-family-body, inherit);
    font-size: var(--sugam-font-size-md, 16px);
    font-weight: var(--sugam-font-weight-semibold, 600);
    line-height: var(--_script-line-height);
    text-decoration: underline;
    overflow-wrap: anywhere;
  }
  .link:focus-visible {
    ${focusRing}
  }

  @media (forced-colors: active) {
    .link:focus {
      border-color: CanvasText;
      background: Canvas;
      color: LinkText;
    }
    .link:focus-visible {
      outline-color: Highlight;
    }
  }
`;
