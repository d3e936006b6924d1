import { css } from 'lit';
import { hostStyles } from '../internal/styles.js';

export const progressStyles = [
  hostStyles,
  css`
    :host {
      --_color: var(--sugam-progress-color, var(--sugam-color-action-primary-default, #4a2bc2));
      --_track: var(--sugam-progress-track-color, var(--sugam-color-border-default, #e5e5e5));
      --_thickness: 8px;
      --_diameter: 48px;

      display: block;
      color: var(--sugam-color-text-default, #171717);
      font-size: var(--sugam-font-size-body-sm, 0.875rem);
      line-height: var(--sugam-line-height-body, 1.5);
    }
    :host([type='circle']) {
      display: inline-block;
    }
    :host([variant='success']) {
      --_color: var(--sugam-progress-color, var(--sugam-color-feedback-success-fill, #2a7d3c));
    }
    :host([variant='warning']) {
      --_color: var(--sugam-progress-color, var(--sugam-color-feedback-warning-icon, #8a4b00));
    }
    :host([variant='error']) {
      --_color: var(--sugam-progress-color, var(--sugam-color-feedback-error-fill, #b42318));
    }
    :host([size='sm']) {
      --_thickness: 4px;
      --_diameter: 32px;
    }
    :host([size='lg']) {
      --_thickness: 12px;
      --_diameter: 64px;
    }

    .header {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0 var(--sugam-space-100, 8px);
      margin-block-end: var(--sugam-space-50, 4px);
    }
    :host([hide-label]) .header {
      margin-block-end: 0;
    }
    .label {
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    .value {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }

    /* Bar */
    :host(:not([type='circle'])) .track {
      position: relative;
      overflow: hidden;
      block-size: var(--_thickness);
      border-radius: var(--sugam-radius-pill, 999px);
      background: var(--_track);
    }
    .indicator {
      position: absolute;
      inset-block: 0;
      inset-inline-start: 0;
      inline-size: calc(var(--_fraction, 0) * 100%);
      border-radius: inherit;
      background: var(--_color);
      transition: inline-size var(--sugam-duration-medium, 250ms) var(--sugam-easing-standard, ease);
    }
    .indeterminate .indicator {
      inline-size: 40%;
      animation: slide 1.6s var(--sugam-easing-standard, ease-in-out) infinite;
    }
    @keyframes slide {
      from {
        inset-inline-start: -40%;
      }
      to {
        inset-inline-start: 100%;
      }
    }

    /* Circle */
    :host([type='circle']) .base {
      display: inline-flex;
      flex-direction: column;
      align-items: center;
      gap: var(--sugam-space-50, 4px);
      max-inline-size: 100%;
    }
    :host([type='circle']) .track {
      position: relative;
      display: grid;
      place-items: center;
      inline-size: var(--_diameter);
      block-size: var(--_diameter);
    }
    :host([type='circle']) .label {
      text-align: center;
    }
    .circle {
      position: absolute;
      inset: 0;
      inline-size: 100%;
      block-size: 100%;
      transform: rotate(-90deg);
    }
    .circle circle {
      fill: none;
      stroke-width: 3.5;
    }
    .circle-track {
      stroke: var(--_track);
    }
    .circle-indicator {
      stroke: var(--_color);
      stroke-dasharray: 100;
      stroke-dashoffset: calc(100 - var(--_fraction, 0) * 100);
      stroke-linecap: round;
      transition: stroke-dashoffset var(--sugam-duration-medium, 250ms) var(--sugam-easing-standard, ease);
    }
    :host([type='circle']) .value {
      position: relative;
      font-size: calc(var(--_diameter) / 4.5);
      line-height: 1;
    }
    :host([type='circle'][size='sm']) .value {
      font-size: var(--sugam-font-size-2xs, 0.6875rem);
    }
    .indeterminate .circle-indicator {
      stroke-dasharray: 30 70;
      stroke-dashoffset: 0;
    }
    .indeterminate .circle {
      animation: turn 1s linear infinite;
    }
    @keyframes turn {
      from {
        transform: rotate(-90deg);
      }
      to {
        transform: rotate(270deg);
      }
    }
    /* In right-to-left text the bar fills from the right (logical properties) and the circle turns the other way. */
    :host(:dir(rtl)) .circle {
      scale: -1 1;
    }

    @media (prefers-reduced-motion: reduce) {
      .indicator,
      .circle-indicator {
        transition: none;
      }
      .indeterminate .indicator {
        inline-size: 100%;
        inset-inline-start: 0;
        animation: fade 2.4s ease-in-out infinite alternate;
      }
      .indeterminate .circle {
        animation: none;
      }
      .indeterminate .circle-indicator {
        stroke-dasharray: 100;
        animation: fade 2.4s ease-in-out infinite alternate;
      }
    }
    @keyframes fade {
      from {
        opacity: 1;
      }
      to {
        opacity: 0.35;
      }
    }

    @media (forced-colors: active) {
      :host(:not([type='circle'])) .track {
        border: 1px solid CanvasText;
        background: Canvas;
      }
      .indicator {
        forced-color-adjust: none;
        background: Highlight;
      }
      .circle-track {
        stroke: GrayText;
      }
      .circle-indicator {
        stroke: Highlight;
      }
    }
  `,
];
