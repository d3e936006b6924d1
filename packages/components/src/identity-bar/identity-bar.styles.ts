import { css } from 'lit';
import { focusRing, visuallyHidden } from '../internal/styles.js';
import { chromeRow } from '../internal/nav-styles.js';

/** The look of a link in the bar: the "Government of India" link, and a slotted link to another language version. */
const barLink = css`
  display: inline-flex;
  align-items: center;
  min-block-size: var(--sugam-control-height-xs, 24px);
  color: var(--sugam-color-text-default, #171717);
  font-weight: var(--sugam-font-weight-semibold, 600);
  text-decoration: underline;
  text-underline-offset: 0.2em;
`;

export const identityBarStyles = css`
  :host {
    display: block;
    background: var(--sugam-identity-bar-background, var(--sugam-color-surface-subtle, #f5f5f5));
    color: var(--sugam-color-text-default, #171717);
    border-block-end: var(--sugam-border-width-thin, 1px) solid var(--sugam-color-border-default, #e5e5e5);
    font-family: var(--sugam-font-family-body, inherit);
    font-size: var(--sugam-font-size-sm, 14px);
    line-height: var(--_script-line-height);
    /* A narrow bar (a phone) puts the accessibility options button's name out of sight, here and in a slotted
       toolbar (whose styles ask this container), so the bar takes two lines, not four. */
    container: sugam-identity-bar / inline-size;
  }

  .bar {
    ${chromeRow}
    gap: var(--sugam-space-50, 4px) var(--sugam-space-200, 16px);
    padding-block: var(--sugam-space-25, 2px);
  }

  .start,
  .end {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--sugam-space-50, 4px) var(--sugam-space-150, 12px);
    min-inline-size: 0;
  }

  .government {
    ${barLink}
    overflow-wrap: anywhere;
  }
  .government:hover {
    color: var(--sugam-color-link-hover, #3d239f);
  }

  .text-size {
    display: inline-flex;
    align-items: center;
    gap: var(--sugam-space-25, 2px);
  }

  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--sugam-space-50, 4px);
    min-inline-size: var(--sugam-control-height-xs, 24px);
    min-block-size: var(--sugam-control-height-xs, 24px);
    margin: 0;
    padding-block: 0;
    padding-inline: var(--sugam-space-75, 6px);
    border: var(--sugam-border-width-thin, 1px) solid transparent;
    border-radius: var(--sugam-radius-sm, 4px);
    background: transparent;
    color: var(--sugam-color-text-default, #171717);
    font: inherit;
    font-weight: var(--sugam-font-weight-semibold, 600);
    line-height: var(--_script-line-height);
    cursor: pointer;
  }
  button:hover {
    background: var(--sugam-color-action-neutral-subtle-hover, #e5e5e5);
  }
  button[aria-disabled='true'] {
    color: var(--sugam-color-text-disabled, #737373);
    cursor: not-allowed;
  }
  button[aria-disabled='true']:hover {
    background: transparent;
  }
  .size-button {
    border-color: var(--sugam-color-border-control, #737373);
    /* The A glyphs are Latin in every language. */
    font-family: var(--sugam-font-family-latin, inherit);
  }
  .size-button .glyph {
    /* "A+" stays "A+" in right-to-left pages. */
    direction: ltr;
    unicode-bidi: isolate;
    line-height: normal;
  }
  .size-button.smaller .glyph {
    font-size: 0.85em;
  }
  .size-button.larger .glyph {
    font-size: 1.15em;
  }
  .options svg {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
  }

  a:focus-visible,
  button:focus-visible {
    ${focusRing}
  }

  /* On a phone the controls share the bar's lines: the Government of India link and the text size on the first,
     the accessibility options (icon only, still named) and the language on the second (in the order they are
     read in). */
  @container sugam-identity-bar (max-width: 35.99rem) {
    .end {
      display: contents;
    }
    :host(:not([no-text-size])) .bar::after {
      content: '';
      flex-basis: 100%;
      order: 1;
    }
    .options,
    ::slotted([slot='language']) {
      order: 2;
    }
    ::slotted([slot='a11y-trigger']) {
      order: 2;
      /* For a slotted toolbar in WebKit, where a container's name does not reach another component's styles. */
      --sugam-identity-bar-narrow: on;
    }
    .options {
      padding-inline: var(--sugam-space-25, 2px);
    }
    .options span {
      ${visuallyHidden}
      position: absolute;
    }
  }

  ::slotted([slot='language']) {
    min-inline-size: 0;
  }
  /* A plain link to the other language version (GIGW) looks like the Government of India link. */
  ::slotted(a) {
    ${barLink}
  }
  ::slotted(a:focus-visible) {
    ${focusRing}
  }

  /* On paper, only the Government of India line: the text size and the options work on screen. */
  @media print {
    .text-size,
    .options {
      display: none;
    }
  }

  @media (forced-colors: active) {
    :host {
      border-block-end-color: CanvasText;
    }
    .government,
    ::slotted(a) {
      color: LinkText;
    }
    button {
      border-color: ButtonText;
      color: ButtonText;
    }
    button[aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
    }
    a:focus-visible,
    button:focus-visible {
      outline-color: Highlight;
    }
  }
`;
