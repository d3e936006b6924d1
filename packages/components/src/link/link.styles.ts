import { css } from 'lit';
import { focusRing } from '../internal/styles.js';

export const linkStyles = css`
  :host {
    display: inline;
  }
  .base {
    color: var(--sugam-color-link-default, #4a2bc2);
    text-decoration-line: underline;
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.2em;
    border-radius: var(--sugam-radius-xs, 2px);
    cursor: pointer;
  }
  span.base {
    color: inherit;
    text-decoration: none;
    cursor: auto;
  }
  .base:visited {
    color: var(--sugam-color-link-visited, #301c7d);
  }
  .base:hover {
    color: var(--sugam-color-link-hover, #3d239f);
    text-decoration-thickness: max(2px, 0.125em);
  }
  .base:focus-visible {
    ${focusRing}
  }
  :host([standalone]) .base {
    font-weight: var(--sugam-font-weight-semibold, 600);
    text-decoration-line: none;
  }
  :host([standalone]) .base:hover,
  :host([standalone]) .base:focus-visible {
    text-decoration-line: underline;
  }
  .icon {
    display: inline-block;
    inline-size: 1em;
    block-size: 1em;
    margin-inline-start: 0.25em;
    vertical-align: -0.125em;
  }
  @media (forced-colors: active) {
    .base {
      color: LinkText;
    }
    .base:visited {
      color: VisitedText;
    }
    :host([standalone]) .base {
      text-decoration-line: underline;
    }
  }
`;
