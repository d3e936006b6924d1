import { css } from 'lit';
import { bareFieldset } from '../internal/styles.js';

/** A fieldset without the browser's frame: legend as the label, then hint, options and message. */
export const groupStyles = css`
  fieldset {
    ${bareFieldset}
  }
  legend {
    padding: 0;
    margin-block-end: var(--sugam-space-50, 4px);
  }
  .options {
    display: grid;
    gap: var(--sugam-space-100, 8px);
    padding-block: var(--sugam-space-50, 4px);
  }
  :host([orientation='horizontal']) .options {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--sugam-space-300, 24px);
  }
  .invalid .options {
    padding-inline-start: var(--sugam-space-150, 12px);
    border-inline-start: var(--sugam-border-width-thick, 2px) solid var(--sugam-color-feedback-error-text, #8a1a16);
  }
  .hint,
  .message {
    margin-block-end: var(--sugam-space-50, 4px);
  }
  @media (forced-colors: active) {
    .invalid .options {
      border-inline-start-color: CanvasText;
    }
  }
`;
