import { css } from 'lit';

export const textareaStyles = css`
  :host {
    --_rows: 4;
  }
  .box {
    align-items: stretch;
  }
  textarea {
    flex: 1 1 auto;
    display: block;
    min-inline-size: 0;
    /* At least the requested rows; the user (or auto-grow) can make it taller, never shorter. */
    min-block-size: calc(var(--_rows) * 1lh + 2 * var(--sugam-space-100, 8px));
    max-block-size: var(--sugam-textarea-max-block-size, none);
    margin: 0;
    padding: var(--sugam-space-100, 8px) var(--_field-padding-inline);
    border: 0;
    border-radius: inherit;
    background: transparent;
    color: inherit;
    font: inherit;
    line-height: inherit;
    letter-spacing: normal;
    resize: vertical;
  }
  :host([auto-grow]) textarea {
    field-sizing: content;
    resize: none;
  }
  textarea:focus {
    outline: none;
  }
  textarea::placeholder {
    color: var(--sugam-color-text-subtle, #404040);
    opacity: 1;
  }
  .counter {
    color: var(--sugam-color-text-subtle, #404040);
    font-size: var(--sugam-font-size-sm, 14px);
  }
  .counter.over {
    color: var(--sugam-color-feedback-error-text, #8a1a16);
    font-weight: var(--sugam-font-weight-semibold, 600);
  }
  @media (forced-colors: active) {
    .counter.over {
      color: CanvasText;
      text-decoration: underline;
    }
  }
`;
