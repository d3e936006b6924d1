import { css } from 'lit';
import { hostStyles } from '../internal/styles.js';
import { modalStyles } from '../internal/modal.js';

export const dialogStyles = [
  hostStyles,
  modalStyles,
  css`
    :host {
      --_width-s: var(--sugam-dialog-width-s, 24rem);
      --_width-m: var(--sugam-dialog-width-m, 36rem);
      --_width-l: var(--sugam-dialog-width-l, 52rem);
    }
    .dialog {
      inline-size: min(var(--_width), 100% - 2 * var(--sugam-space-200, 16px));
      max-inline-size: 100%;
      max-block-size: calc(100% - 2 * var(--sugam-space-200, 16px));
      border-radius: var(--sugam-dialog-radius, var(--sugam-radius-lg, 12px));
    }
    /* Narrow screens (320 CSS px, or 200% zoom): the full width, less padding. */
    @media (width < 30rem) {
      :host {
        --_pad: var(--sugam-space-200, 16px);
      }
      .dialog {
        inline-size: 100%;
        max-block-size: 100%;
        border-radius: var(--sugam-radius-md, 8px);
      }
    }
  `,
];
