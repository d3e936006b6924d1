import { css } from 'lit';

/** The radio's circle and dot, on the choice row shared with the checkbox. */
export const radioStyles = css`
  .row:focus {
    outline: none;
  }
  .circle {
    display: grid;
    place-items: center;
    inline-size: var(--_indicator-size);
    block-size: var(--_indicator-size);
    border: var(--sugam-border-width-thick, 2px) solid var(--_indicator-border);
    border-radius: 50%;
    background: var(--sugam-color-surface-default, #ffffff);
    transition: border-color var(--sugam-duration-fast, 150ms) var(--sugam-easing-standard, ease);
  }
  .circle::after {
    content: '';
    inline-size: 50%;
    block-size: 50%;
    border-radius: 50%;
    background: var(--_indicator-fill);
    transform: scale(0);
    transition: transform var(--sugam-duration-fast, 150ms) var(--sugam-easing-standard, ease);
  }
  :host([checked]) .circle {
    border-color: var(--_indicator-fill);
  }
  :host([checked]) .circle::after {
    transform: none;
  }
  .row:hover .circle {
    --_indicator-border: var(--sugam-color-border-control-hover, #404040);
  }
  .invalid .row:hover .circle {
    --_indicator-border: var(--sugam-color-feedback-error-text, #8a1a16);
  }
  .row:focus-visible .circle {
    outline: var(--sugam-focus-ring-width, 2px) solid var(--sugam-color-focus-ring, #4a2bc2);
    outline-offset: var(--sugam-focus-ring-offset, 2px);
  }
  .readonly .circle {
    --_indicator-fill: var(--sugam-color-text-subtle, #404040);
    background: var(--sugam-color-surface-page, #fafafa);
  }
  .disabled .circle {
    --_indicator-border: var(--sugam-color-border-disabled, #d9d9d9);
    --_indicator-fill: var(--sugam-color-text-disabled, #737373);
    background: var(--sugam-color-surface-disabled, #f5f5f5);
  }
  :host([checked]) .disabled .circle {
    border-color: var(--sugam-color-border-disabled, #d9d9d9);
  }
  @media (prefers-reduced-motion: reduce) {
    .circle,
    .circle::after {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .circle {
      forced-color-adjust: none;
      border-color: FieldText;
      background: Field;
    }
    .circle::after {
      background: Highlight;
    }
    :host([checked]) .circle {
      border-color: Highlight;
    }
    .disabled .circle,
    :host([checked]) .disabled .circle {
      border-color: GrayText;
    }
    .disabled .circle::after {
      background: GrayText;
    }
    .row:focus-visible .circle {
      outline-color: Highlight;
    }
  }
`;
