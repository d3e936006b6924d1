import { css } from 'lit';
import { focusRing, spinningRing } from '../internal/styles.js';

export const fileUploadStyles = [
  css`
    .field {
      grid-template-columns: minmax(0, 1fr);
    }
    .message,
    .file-error {
      overflow-wrap: anywhere;
    }
    .dropzone {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--sugam-space-100, 8px) var(--sugam-space-150, 12px);
      padding: var(--sugam-space-200, 16px);
      border: var(--sugam-border-width-thin, 1px) dashed var(--_field-border);
      border-radius: var(--sugam-radius-md, 8px);
      background: var(--sugam-file-upload-dropzone-bg, var(--sugam-color-surface-page, #fafafa));
      font-size: var(--_field-font-size);
    }
    :host([state='error']) .dropzone,
    .invalid .dropzone {
      border-style: solid;
      border-width: var(--sugam-border-width-thick, 2px);
    }
    .dropzone.dragging {
      border-style: solid;
      border-color: var(--sugam-color-action-primary-default, #4a2bc2);
      background: var(--sugam-color-action-primary-subtle, #f2efff);
    }
    .dropzone.disabled {
      background: var(--sugam-color-surface-disabled, #f5f5f5);
      border-color: var(--sugam-color-border-disabled, #d9d9d9);
    }
    button {
      font: inherit;
      cursor: pointer;
    }
    button:focus-visible {
      ${focusRing}
    }
    .choose {
      display: inline-flex;
      align-items: center;
      gap: var(--sugam-space-100, 8px);
      min-block-size: var(--_field-min-height);
      padding-inline: var(--sugam-space-200, 16px);
      border: var(--sugam-border-width-thin, 1px) solid var(--sugam-color-action-primary-default, #4a2bc2);
      border-radius: var(--sugam-radius-md, 8px);
      background: var(--sugam-color-surface-default, #ffffff);
      color: var(--sugam-color-action-primary-default, #4a2bc2);
      font-weight: var(--sugam-font-weight-semibold, 600);
      line-height: inherit;
    }
    .choose:hover {
      background: var(--sugam-color-action-primary-subtle, #f2efff);
    }
    .choose:disabled {
      cursor: default;
      border-color: var(--sugam-color-border-disabled, #d9d9d9);
      background: var(--sugam-color-surface-disabled, #f5f5f5);
      color: var(--sugam-color-text-disabled, #737373);
    }
    svg {
      flex: none;
      inline-size: 1.25em;
      block-size: 1.25em;
    }
    .drop-text {
      color: var(--sugam-color-text-subtle, #404040);
    }
    .files {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--sugam-space-100, 8px);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .file {
      display: flex;
      align-items: flex-start;
      gap: var(--sugam-space-100, 8px);
      padding: var(--sugam-space-100, 8px) var(--sugam-space-150, 12px);
      border: var(--sugam-border-width-thin, 1px) solid var(--sugam-color-border-default, #d9d9d9);
      border-radius: var(--sugam-radius-md, 8px);
      background: var(--sugam-color-surface-default, #ffffff);
    }
    .file.invalid {
      border-color: var(--sugam-color-feedback-error-text, #8a1a16);
      border-inline-start-width: var(--sugam-space-50, 4px);
    }
    .file-icon {
      margin-block-start: 0.15em;
      color: var(--sugam-color-text-subtle, #404040);
    }
    .file-body {
      flex: 1 1 auto;
      min-inline-size: 0;
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--sugam-space-50, 4px);
    }
    .file-line {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--sugam-space-100, 8px);
      align-items: baseline;
    }
    .file-name {
      font-weight: var(--sugam-font-weight-medium, 500);
      overflow-wrap: anywhere;
    }
    .file-size,
    .percent {
      color: var(--sugam-color-text-subtle, #404040);
      font-size: var(--sugam-font-size-sm, 14px);
    }
    .progress-line {
      display: flex;
      align-items: center;
      gap: var(--sugam-space-100, 8px);
    }
    progress {
      flex: 1 1 auto;
      min-inline-size: 0;
      block-size: var(--sugam-space-100, 8px);
      accent-color: var(--sugam-color-action-primary-default, #4a2bc2);
    }
    .file-error {
      display: flex;
      gap: var(--sugam-space-50, 4px);
      align-items: flex-start;
      color: var(--sugam-color-feedback-error-text, #8a1a16);
      font-size: var(--sugam-font-size-sm, 14px);
      font-weight: var(--sugam-font-weight-medium, 500);
    }
    .file-error .icon {
      inline-size: 1.25em;
      block-size: 1.25em;
      margin-block-start: 0.1em;
    }
    .remove,
    .retry {
      /* May wrap onto two lines in a narrow row (320 px, long words, text spacing) rather than overflow it. */
      flex: 0 1 auto;
      min-block-size: var(--sugam-control-height-sm, 32px);
      min-inline-size: var(--sugam-control-height-xs, 24px);
      padding-inline: var(--sugam-space-100, 8px);
      border: 0;
      border-radius: var(--sugam-radius-sm, 4px);
      background: transparent;
      color: var(--sugam-color-action-primary-default, #4a2bc2);
      font-size: var(--sugam-font-size-sm, 14px);
      font-weight: var(--sugam-font-weight-semibold, 600);
      text-decoration: underline;
      line-height: inherit;
    }
    .status {
      display: flex;
      gap: var(--sugam-space-50, 4px);
      align-items: flex-start;
      color: var(--sugam-color-text-subtle, #404040);
      font-size: var(--sugam-font-size-sm, 14px);
      font-weight: var(--sugam-font-weight-medium, 500);
      overflow-wrap: anywhere;
    }
    .status.uploaded {
      color: var(--sugam-color-feedback-success-text, #00522c);
    }
    .status.failed {
      color: var(--sugam-color-feedback-error-text, #8a1a16);
    }
    .status .icon {
      flex: none;
      inline-size: 1.25em;
      block-size: 1.25em;
      margin-block-start: 0.1em;
    }
    .spinner {
      flex: none;
      box-sizing: border-box;
      inline-size: 1em;
      block-size: 1em;
      margin: 0.2em 0.125em 0;
      border: 2px solid currentColor;
    }
    .remove:hover,
    .retry:hover {
      background: var(--sugam-color-action-primary-subtle, #f2efff);
    }
    @media (forced-colors: active) {
      .dropzone,
      .file {
        border-color: CanvasText;
      }
      .dropzone.dragging {
        border-color: Highlight;
      }
      .choose,
      .remove,
      .retry {
        color: ButtonText;
        border-color: ButtonText;
      }
    }
  `,
  // After the spinner rule above, which sets its size and border.
  spinningRing,
];
