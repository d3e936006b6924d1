// The accessibility toolbar's CSS that the page (tokens.css, built by build.mjs) and the components' shadow roots
// (components/src/internal/a11y-styles.ts) both apply: one source, so light DOM and shadow DOM always agree.

/** Elements a pointer activates (the large hand cursor). */
export const POINTER_ELEMENTS =
  ":is(a[href], button, summary, label, select, [role='button'], [role='link'], [role='tab'], [role='option'], [role='checkbox'], [role='radio'], [role='switch'], [role='menuitem'], input:is([type='checkbox'], [type='radio'], [type='button'], [type='submit'], [type='reset'], [type='file']))";

/** Elements that take typed text (the large text cursor). */
export const TEXT_ELEMENTS =
  ":is(input:not([type]), input:is([type='text'], [type='search'], [type='email'], [type='tel'], [type='url'], [type='password'], [type='number']), textarea, [contenteditable=''], [contenteditable='true'])";

/** Pictures that "hide images" makes transparent (they keep their space and their text alternative). */
export const IMAGE_ELEMENTS = ":is(img, picture, video, canvas, svg[role='img'])";

/** Pictures that inverted colours turn back (a second inversion). */
export const PHOTO_ELEMENTS = ":is(img, video, canvas, svg[role='img'])";

/** "Highlight links": underlined, on the warning highlight. */
export const LINK_HIGHLIGHT = `color: var(--sugam-color-feedback-warning-text) !important;
  background-color: var(--sugam-color-feedback-warning-surface) !important;
  text-decoration-line: underline !important;
  text-decoration-thickness: max(2px, 0.1em) !important;
  text-underline-offset: 0.2em !important;`;

/** "Pause animations": CSS animations and transitions end at once, smooth scrolling stops. */
export const MOTION_PAUSED = `animation-delay: 0s !important;
  animation-duration: 0s !important;
  animation-iteration-count: 1 !important;
  transition-delay: 0s !important;
  transition-duration: 0s !important;
  scroll-behavior: auto !important;`;
