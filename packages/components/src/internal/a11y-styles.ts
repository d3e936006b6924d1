import { css } from 'lit';

/** Elements a pointer activates (large pointer cursor). */
const POINTER = css`:is(a[href], button, summary, label, select, [role='button'], [role='link'], [role='tab'], [role='option'], [role='checkbox'], [role='radio'], [role='switch'], [role='menuitem'], input:is([type='checkbox'], [type='radio'], [type='button'], [type='submit'], [type='reset'], [type='file'])):not(:disabled)`;
/** Elements that take typed text (large text cursor). */
const TEXT = css`:is(input:not([type]), input:is([type='text'], [type='search'], [type='email'], [type='tel'], [type='url'], [type='password'], [type='number']), textarea, [contenteditable=''], [contenteditable='true'])`;

/**
 * The accessibility toolbar's settings inside every shadow root. tokens.css turns each `data-sugam-a11y-*` attribute
 * of the root into an inherited flag (`--sugam-a11y-*`); these style container queries read the flags (every element
 * is a style container for custom properties), so the settings reach native inputs and buttons that reset letter
 * spacing, cursors and so on. `!important` only while a setting is on: it is what the visitor asked for.
 * All of it sits inside one `--sugam-a11y: on` query (tokens.css sets that flag while any setting is on), so a page
 * without settings pays one container check per element instead of seven (measured: ~8% of the render benchmark).
 */
export const a11yHostStyles = css`
  @container style(--sugam-a11y: on) {
    @container style(--sugam-a11y-text-spacing: on) {
      :host,
      * {
        letter-spacing: var(--sugam-letter-spacing) !important;
        word-spacing: var(--sugam-word-spacing) !important;
      }
    }
    @container style(--sugam-a11y-links: on) {
      a[href] {
        color: var(--sugam-color-feedback-warning-text) !important;
        background-color: var(--sugam-color-feedback-warning-surface) !important;
        text-decoration-line: underline !important;
        text-decoration-thickness: max(2px, 0.1em) !important;
        text-underline-offset: 0.2em !important;
      }
    }
    @container style(--sugam-a11y-images: hide) {
      img,
      picture,
      video,
      canvas,
      svg[role='img'] {
        opacity: 0 !important;
      }
    }
    @container style(--sugam-a11y-invert: on) {
      img,
      video,
      canvas,
      svg[role='img'] {
        filter: invert(1) hue-rotate(180deg);
      }
    }
    @container style(--sugam-a11y-filter: on) {
      :modal {
        filter: var(--sugam-a11y-filter-invert,) var(--sugam-a11y-filter-saturation,);
      }
    }
    @container style(--sugam-a11y-cursor: large) {
      :host,
      * {
        cursor: var(--sugam-a11y-cursor-default) !important;
      }
      ${POINTER} {
        cursor: var(--sugam-a11y-cursor-pointer) !important;
      }
      ${TEXT} {
        cursor: var(--sugam-a11y-cursor-text) !important;
      }
    }
    @container style(--sugam-a11y-animations: paused) {
      *,
      *::before,
      *::after {
        animation-delay: 0s !important;
        animation-duration: 0s !important;
        animation-iteration-count: 1 !important;
        transition-delay: 0s !important;
        transition-duration: 0s !important;
        scroll-behavior: auto !important;
      }
    }
  }
`;
