import { css } from 'lit';
import { hostStyles } from '../internal/styles.js';

export const spinnerStyles = [
  hostStyles,
  css`
    :host {
      --_size: 24px;
      display: inline-flex;
      vertical-align: middle;
    }
    :host([size='xs']) {
      --_size: 16px;
    }
    :host([size='sm']) {
      --_size: 20px;
    }
    :host([size='lg']) {
      --_size: 32px;
    }
    :host([size='xl']) {
      --_size: 48px;
    }
    .base {
      display: inline-flex;
      align-items: center;
      gap: var(--sugam-space-100, 8px);
    }
    .ring {
      flex: none;
      inline-size: var(--_size);
      block-size: var(--_size);
      animation: spin 0.8s linear infinite;
    }
    circle {
      fill: none;
      stroke-width: 2.5;
    }
    .track {
      stroke: var(--sugam-spinner-track-color, var(--sugam-color-border-default, #e5e5e5));
    }
    .arc {
      stroke: var(--sugam-spinner-color, var(--sugam-color-action-primary-default, #4a2bc2));
      stroke-dasharray: 30 70;
      stroke-linecap: round;
    }
    .label {
      color: var(--sugam-color-text-default, #171717);
      font-size: var(--sugam-font-size-body-md, 1rem);
      line-height: var(--_script-line-height);
    }
    @keyframes spin {
      to {
        transform: rotate(360deg);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      /* Still visibly busy, but a slow turn instead of a spin. */
      .ring {
        animation-duration: 3s;
      }
    }
    @media (forced-colors: active) {
      .track {
        stroke: GrayText;
      }
      .arc {
        stroke: CanvasText;
      }
    }
  `,
];
