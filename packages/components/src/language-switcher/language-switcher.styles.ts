import { css } from 'lit';
import { focusRing, hostStyles, screenOnly } from '../internal/styles.js';
import { disclosureChevron } from '../internal/nav-styles.js';
import { popupPlacement, popupSurface } from '../internal/popup-styles.js';

/**
 * Each language's name is drawn in its own script's font and line height. The page's `[lang]` typography rules
 * do not reach into a shadow root, so the same token per script is applied here to every element with a `lang`.
 */
const scriptStyles = css`
  [lang] {
    font-family: var(--sugam-script-latin-font-family, var(--sugam-font-family-latin, sans-serif));
    --_line: var(--sugam-script-latin-line-height-control, 1.5);
  }
  [lang]:is(
    :lang(hi),
    :lang(mr),
    :lang(ne),
    :lang(sa),
    :lang(kok),
    :lang(mai),
    :lang(doi),
    :lang(brx),
    :lang(ks-Deva),
    :lang(sd-Deva)
  ) {
    font-family: var(--sugam-script-devanagari-font-family, var(--sugam-font-family-devanagari, sans-serif));
    --_line: var(--sugam-script-devanagari-line-height-control, 1.5);
  }
  [lang]:is(:lang(bn), :lang(as), :lang(mni)) {
    font-family: var(--sugam-script-bengali-font-family, var(--sugam-font-family-bengali, sans-serif));
    --_line: var(--sugam-script-bengali-line-height-control, 1.5);
  }
  [lang]:lang(pa) {
    font-family: var(--sugam-script-gurmukhi-font-family, var(--sugam-font-family-gurmukhi, sans-serif));
    --_line: var(--sugam-script-gurmukhi-line-height-control, 1.5);
  }
  [lang]:lang(gu) {
    font-family: var(--sugam-script-gujarati-font-family, var(--sugam-font-family-gujarati, sans-serif));
    --_line: var(--sugam-script-gujarati-line-height-control, 1.5);
  }
  [lang]:lang(or) {
    font-family: var(--sugam-script-oriya-font-family, var(--sugam-font-family-oriya, sans-serif));
    --_line: var(--sugam-script-oriya-line-height-control, 1.5);
  }
  [lang]:lang(ta) {
    font-family: var(--sugam-script-tamil-font-family, var(--sugam-font-family-tamil, sans-serif));
    --_line: var(--sugam-script-tamil-line-height-control, 1.5);
  }
  [lang]:lang(te) {
    font-family: var(--sugam-script-telugu-font-family, var(--sugam-font-family-telugu, sans-serif));
    --_line: var(--sugam-script-telugu-line-height-control, 1.6);
  }
  [lang]:lang(kn) {
    font-family: var(--sugam-script-kannada-font-family, var(--sugam-font-family-kannada, sans-serif));
    --_line: var(--sugam-script-kannada-line-height-control, 1.6);
  }
  [lang]:lang(ml) {
    font-family: var(--sugam-script-malayalam-font-family, var(--sugam-font-family-malayalam, sans-serif));
    --_line: var(--sugam-script-malayalam-line-height-control, 1.5);
  }
  [lang]:lang(sat) {
    font-family: var(--sugam-script-ol-chiki-font-family, var(--sugam-font-family-ol-chiki, sans-serif));
    --_line: var(--sugam-script-ol-chiki-line-height-control, 1.5);
  }
  [lang]:lang(mni-Mtei) {
    font-family: var(--sugam-script-meetei-mayek-font-family, var(--sugam-font-family-meetei-mayek, sans-serif));
    --_line: var(--sugam-script-meetei-mayek-line-height-control, 1.5);
  }
  [lang]:is(:lang(ur), :lang(ks)):not(:lang(ks-Deva)) {
    font-family: var(--sugam-script-nastaliq-font-family, var(--sugam-font-family-nastaliq, serif));
    --_line: var(--sugam-script-nastaliq-line-height-control, 2.2);
  }
  [lang]:lang(sd):not(:lang(sd-Deva)) {
    font-family: var(--sugam-script-naskh-font-family, var(--sugam-font-family-naskh, serif));
    --_line: var(--sugam-script-naskh-line-height-control, 1.8);
  }
  /* Text in a language other than the option's own (the English name) keeps Latin metrics. */
  [lang] [lang='en'] {
    font-family: var(--sugam-script-latin-font-family, var(--sugam-font-family-latin, sans-serif));
  }
`;

export const languageSwitcherStyles = [
  hostStyles,
  screenOnly,
  scriptStyles,
  css`
    :host {
      display: inline-block;
      max-inline-size: 100%;
      color: var(--sugam-color-text-default, #171717);
      font-size: var(--sugam-font-size-md, 16px);
    }
    :host([variant='inline']) {
      display: block;
    }
    .base {
      max-inline-size: 100%;
    }

    /* Menu variant: the trigger. */
    .trigger {
      anchor-name: --sugam-language-anchor;
      display: inline-flex;
      align-items: center;
      gap: var(--sugam-space-75, 6px);
      max-inline-size: 100%;
      min-block-size: var(--sugam-control-height-md, 40px);
      min-inline-size: var(--sugam-control-height-xs, 24px);
      margin: 0;
      padding-block: var(--sugam-space-25, 2px);
      padding-inline: var(--sugam-space-150, 12px);
      border: var(--sugam-border-width-thin, 1px) solid var(--sugam-color-border-control, #737373);
      border-radius: var(--sugam-radius-md, 8px);
      background: var(--sugam-color-surface-default, #ffffff);
      color: var(--sugam-color-action-neutral-default, #404040);
      font: inherit;
      font-weight: var(--sugam-font-weight-medium, 500);
      line-height: var(--_script-line-height);
      letter-spacing: normal;
      text-transform: none;
      cursor: pointer;
      -webkit-tap-highlight-color: transparent;
    }
    .trigger:hover {
      background: var(--sugam-color-action-neutral-subtle, #f5f5f5);
      border-color: var(--sugam-color-border-control-hover, #404040);
    }
    .trigger:focus-visible {
      ${focusRing}
    }
    .trigger .current {
      min-inline-size: 0;
      overflow-wrap: anywhere;
      line-height: var(--_line);
    }
    .globe,
    .check {
      flex: none;
      inline-size: 1.25em;
      block-size: 1.25em;
    }
    ${disclosureChevron(".trigger[aria-expanded='true']")}

    /* Menu variant: the popup, a manual popover in the top layer tied to the trigger by anchor positioning. It
       lines up with the trigger's end edge and grows towards the start (a switcher usually sits at a header's
       end); it flips when there is no room. */
    .menu {
      position-anchor: --sugam-language-anchor;
      ${popupSurface}
      position-try-fallbacks:
        flip-inline,
        flip-block,
        flip-block flip-inline;
      min-inline-size: max(anchor-size(inline), 12rem);
      max-inline-size: calc(100vw - 2 * var(--sugam-space-100, 8px));
      max-block-size: var(--sugam-language-switcher-menu-max-block-size, min(26rem, 70vh));
      border: var(--sugam-border-width-thin, 1px) solid var(--sugam-color-border-control, #737373);
    }
    ${popupPlacement('.menu', 'end')}
    .item {
      display: flex;
      align-items: center;
      gap: var(--sugam-space-100, 8px);
      min-block-size: var(--sugam-control-height-md, 40px);
      padding-block: var(--sugam-space-25, 2px);
      padding-inline: var(--sugam-space-100, 8px) var(--sugam-space-150, 12px);
      border-radius: var(--sugam-radius-sm, 4px);
      color: inherit;
      line-height: var(--_line);
      text-decoration: none;
      cursor: pointer;
      outline: none;
    }
    .item + .item {
      margin-block-start: var(--sugam-space-25, 2px);
    }
    .item:hover {
      background: var(--sugam-color-surface-subtle, #f5f5f5);
    }
    .item:focus {
      background: var(--sugam-color-action-primary-subtle, #f2efff);
      outline: var(--sugam-focus-ring-width, 2px) solid var(--sugam-color-focus-ring, #4a2bc2);
      outline-offset: calc(-1 * var(--sugam-focus-ring-width, 2px));
    }
    .item:is([aria-checked='true'], [aria-current='true']) {
      font-weight: var(--sugam-font-weight-semibold, 600);
      color: var(--sugam-color-text-brand, #3d239f);
    }
    .check {
      visibility: hidden;
    }
    .item:is([aria-checked='true'], [aria-current='true']) > .check {
      visibility: visible;
    }
    .text {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      column-gap: var(--sugam-space-100, 8px);
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    .english {
      color: var(--sugam-color-text-subtle, #404040);
      font-size: var(--sugam-font-size-sm, 14px);
      font-weight: var(--sugam-font-weight-regular, 400);
    }

    /* Inline variant: the languages side by side, wrapping onto more lines on narrow screens. */
    .list {
      display: flex;
      flex-wrap: wrap;
      gap: var(--sugam-space-50, 4px) var(--sugam-space-100, 8px);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .list > li {
      display: flex;
      min-inline-size: 0;
    }
    .link {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: baseline;
      column-gap: var(--sugam-space-50, 4px);
      min-block-size: var(--sugam-control-height-sm, 32px);
      min-inline-size: var(--sugam-control-height-xs, 24px);
      margin: 0;
      padding-block: var(--sugam-space-25, 2px);
      padding-inline: var(--sugam-space-100, 8px);
      border: 0;
      border-block-end: var(--sugam-border-width-thick, 2px) solid transparent;
      border-radius: var(--sugam-radius-sm, 4px) var(--sugam-radius-sm, 4px) 0 0;
      background: transparent;
      color: var(--sugam-color-action-primary-default, #4a2bc2);
      font-size: inherit;
      font-weight: var(--sugam-font-weight-medium, 500);
      line-height: var(--_line);
      letter-spacing: normal;
      text-transform: none;
      text-decoration: none;
      overflow-wrap: anywhere;
      cursor: pointer;
      -webkit-tap-highlight-color: transparent;
    }
    .link > .endonym {
      align-self: center;
    }
    .link:hover {
      background: var(--sugam-color-action-primary-subtle, #f2efff);
      color: var(--sugam-color-action-primary-hover, #3d239f);
    }
    .link:focus-visible {
      ${focusRing}
    }
    .link[aria-current='true'] {
      border-block-end-color: currentColor;
      color: var(--sugam-color-text-default, #171717);
      font-weight: var(--sugam-font-weight-semibold, 600);
      cursor: default;
    }

    @media (forced-colors: active) {
      .trigger {
        border-color: ButtonText;
      }
      .trigger:focus-visible,
      .link:focus-visible {
        outline-color: Highlight;
      }
      .menu {
        border-color: CanvasText;
      }
      .item:focus {
        outline-color: Highlight;
      }
      .item:is([aria-checked='true'], [aria-current='true']),
      .english {
        color: CanvasText;
      }
      .link {
        color: LinkText;
      }
      .link[aria-current='true'] {
        border-block-end-color: CanvasText;
        color: CanvasText;
      }
    }
  `,
];
