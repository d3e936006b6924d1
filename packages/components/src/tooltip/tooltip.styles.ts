import { css } from 'lit';
import { hostStyles } from '../internal/styles.js';

export const tooltipStyles = [
  hostStyles,
  css`
    :host {
      display: contents;
    }
    .tooltip {
      /* A manual popover in the top layer, placed by script next to its anchor (which may be outside this
         element, with for="…"), on the side with room. */
      position: fixed;
      inset: auto;
      margin: 0;
      max-inline-size: min(var(--sugam-tooltip-max-inline-size, 20rem), calc(100vw - 2 * var(--sugam-space-100, 8px)));
      padding: var(--sugam-space-50, 4px) var(--sugam-space-100, 8px);
      border: var(--sugam-border-width-thin, 1px) solid transparent;
      border-radius: var(--sugam-radius-sm, 4px);
      background: var(--sugam-color-surface-inverse, #171717);
      color: var(--sugam-color-text-inverse, #ffffff);
      box-shadow: var(--sugam-shadow-2, 0 2px 6px 0 #17171729);
      font-size: var(--sugam-font-size-sm, 14px);
      line-height: var(--_script-line-height);
      overflow-wrap: anywhere;
      z-index: var(--sugam-z-index-tooltip, 1100);
    }
    @media (forced-colors: active) {
      /* Not inverted: the text backplate is Canvas, so text must be CanvasText on Canvas. */
      .tooltip {
        border-color: CanvasText;
        background: Canvas;
        color: CanvasText;
      }
    }
  `,
];
