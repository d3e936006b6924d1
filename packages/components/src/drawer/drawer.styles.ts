import { css } from 'lit';
import { hostStyles } from '../internal/styles.js';
import { modalStyles } from '../internal/modal.js';

export const drawerStyles = [
  hostStyles,
  modalStyles,
  css`
    :host {
      --_width-s: var(--sugam-drawer-size-s, 20rem);
      --_width-m: var(--sugam-drawer-size-m, 28rem);
      --_width-l: var(--sugam-drawer-size-l, 40rem);
    }
    /* An edge of the viewport: start and end are logical (start is the right edge in right-to-left text). */
    .dialog {
      margin: 0;
      inset: 0;
      max-inline-size: 100%;
      max-block-size: 100%;
      border-radius: 0;
    }
    /* The actions stay at the far edge of a full-height drawer. */
    .dialog[open] {
      display: flex;
      flex-direction: column;
    }
    .body {
      flex: 1 0 auto;
    }
    :host(:not([placement='top'], [placement='bottom'])) .dialog {
      inline-size: min(var(--_width), 100%);
      block-size: 100%;
      border-block-width: 0;
    }
    :host(:not([placement='start'], [placement='top'], [placement='bottom'])) .dialog {
      margin-inline-start: auto;
      border-inline-end-width: 0;
    }
    :host([placement='start']) .dialog {
      margin-inline-end: auto;
      border-inline-start-width: 0;
    }
    :host([placement='top']) .dialog,
    :host([placement='bottom']) .dialog {
      inline-size: 100%;
      block-size: auto;
      max-block-size: min(var(--_width), 100%);
      border-inline-width: 0;
    }
    :host([placement='top']) .dialog {
      margin-block-end: auto;
      border-block-start-width: 0;
    }
    :host([placement='bottom']) .dialog {
      margin-block-start: auto;
      border-block-end-width: 0;
    }
    @media (width < 30rem) {
      :host {
        --_pad: var(--sugam-space-200, 16px);
      }
    }
  `,
];
