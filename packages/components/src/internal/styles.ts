import { css, type CSSResultGroup } from 'lit';
import { a11yHostStyles } from './a11y-styles.js';

/**
 * The declarations that hide an element visually while keeping it announced (and, for a link, in the tab order):
 * a 1 px clipped box. The rule that uses them also sets `position: absolute` (`!important` in the utility class;
 * plain where the element is shown again in some state, as the skip link is when focused).
 */
export const visuallyHidden = css`
  inline-size: 1px;
  block-size: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
  border: 0;
`;

/**
 * Styles shared by every component: box sizing, script-safe text, the hidden-but-announced utility, and the
 * accessibility toolbar's settings (a11y-styles.ts, one shared sheet that is empty while no setting is on).
 */
export const hostStyles: CSSResultGroup = [
  css`
    :host {
      box-sizing: border-box;
      /* Line height safe for the script in effect: Indic scripts need ~1.5, Nastaliq and Naskh ~2.2. */
      --_script-line-height: var(--sugam-line-height-control, 1.5);
    }
    :host(:is(:lang(ur), :lang(ks), :lang(sd)):not(:lang(ks-Deva), :lang(sd-Deva))) {
      --_script-line-height: var(--sugam-line-height-control, 2.2);
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    [hidden] {
      display: none !important;
    }
    .visually-hidden {
      position: absolute !important;
      ${visuallyHidden}
    }
    /* On paper a component keeps its fills (a solid button, a progress bar, a selected chip): without them its
       text and marks, drawn for those fills, would be white on white. */
    @media print {
      :host {
        -webkit-print-color-adjust: exact;
        print-color-adjust: exact;
      }
    }
  `,
  a11yHostStyles,
];

/** For controls that only work on screen (the accessibility toolbar, the language switcher, toasts): not printed. */
export const screenOnly = css`
  @media print {
    :host {
      display: none !important;
    }
  }
`;

/**
 * A `<fieldset>` without the browser's frame (its legend is the group's label): declarations for a `fieldset` rule.
 * `min-inline-size: 0` lets it shrink below its content's width, as a 320 px screen needs.
 */
export const bareFieldset = css`
  min-inline-size: 0;
  margin: 0;
  padding: 0;
  border: 0;
`;

/** The focus indicator every interactive part uses (WCAG 2.4.7, 2.4.11, 2.4.13). */
export const focusRing = css`
  outline: var(--sugam-focus-ring-width, 2px) solid var(--sugam-color-focus-ring, #4a2bc2);
  outline-offset: var(--sugam-focus-ring-offset, 2px);
`;

/**
 * A spinning ring for a `.spinner` element whose own rule, placed before this, sets its size and `border` (the
 * ring's width and colour): a quarter left open, a turn every 0.8 s, slowed to 2.4 s under reduced motion (it still
 * shows that something is happening).
 */
export const spinningRing = css`
  .spinner {
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 2.4s;
    }
  }
`;
