import { css } from 'lit';

/** The track and thumb of a switch, on the choice row shared with the checkbox. */
export const switchStyles = css`
  :host {
    --_track-inline-size: calc(var(--_indicator-size) * 1.8);
    --_thumb-size: calc(var(--_indicator-size) - 8px);
    --_thumb-inset: 4px;
  }
  .cell {
    position: relative;
  }
  .below {
    padding-inline-start: calc(var(--_track-inline-size) + var(--_row-gap));
  }
  :host([reverse]) .below {
    padding-inline: 0 calc(var(--_track-inline-size) + var(--_row-gap));
  }
  input {
    inline-size: var(--_track-inline-size);
    border-radius: var(--sugam-radius-pill, 9999px);
  }
  .thumb {
    position: absolute;
    inset-inline-start: var(--_thumb-inset);
    inline-size: var(--_thumb-size);
    block-size: var(--_thumb-size);
    border-radius: 50%;
    background: var(--_indicator-border);
    pointer-events: none;
    transition:
      inset-inline-start var(--sugam-duration-fast, 150ms) var(--sugam-easing-standard, ease),
      background-color var(--sugam-duration-fast, 150ms) var(--sugam-easing-standard, ease);
  }
  input:checked + .thumb {
    inset-inline-start: calc(var(--_track-inline-size) - var(--_thumb-size) - var(--_thumb-inset));
    background: var(--_indicator-mark);
  }
  input:disabled + .thumb {
    background: var(--sugam-color-text-disabled, #737373);
  }
  .state {
    flex: none;
    order: 1;
    color: var(--sugam-color-text-subtle, #404040);
  }
  .disabled .state {
    color: var(--sugam-color-text-disabled, #737373);
  }
  @media (prefers-reduced-motion: reduce) {
    .thumb {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .thumb {
      forced-color-adjust: none;
      background: FieldText;
    }
    input:checked + .thumb {
      background: HighlightText;
    }
    input:disabled + .thumb {
      background: GrayText;
    }
    .disabled .state {
      color: GrayText;
    }
  }
`;
