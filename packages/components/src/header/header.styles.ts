import { css } from 'lit';
import { focusRing } from '../internal/styles.js';
import { chromeRow } from '../internal/nav-styles.js';

export const headerStyles = css`
  :host {
    display: block;
    /* The narrow (mobile) layout follows the header's own width, wherever it is placed. */
    container-type: inline-size;
    color: var(--sugam-color-text-default, #171717);
    font-family: var(--sugam-font-family-body, inherit);
  }

  .header {
    background: var(--sugam-header-background, var(--sugam-color-surface-default, #ffffff));
    border-block-end: var(--sugam-border-width-thick, 2px) solid var(--sugam-color-border-default, #e5e5e5);
  }

  .row {
    ${chromeRow}
    gap: var(--sugam-space-150, 12px) var(--sugam-space-300, 24px);
    padding-block: var(--sugam-space-150, 12px);
  }

  .brand {
    display: flex;
    align-items: center;
    gap: var(--sugam-space-150, 12px);
    min-inline-size: 0;
    flex: 1 1 16rem;
  }
  ::slotted([slot='logo']) {
    flex: none;
    max-block-size: var(--sugam-header-logo-size, 4rem);
  }

  .names {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }
  .home {
    display: flex;
    flex-direction: column;
    color: inherit;
    text-decoration: none;
  }
  .home:hover .name {
    text-decoration: underline;
  }
  .home:focus-visible {
    ${focusRing}
  }
  .name {
    color: var(--sugam-color-text-brand, #3d239f);
    font-family: var(--sugam-font-family-heading, inherit);
    /* Each name has its own lang: its line height follows its own script, not the page's. */
    line-height: var(--sugam-script-devanagari-line-height-heading, 1.4);
    overflow-wrap: anywhere;
  }
  .name:is(:lang(ur), :lang(ks), :lang(sd)):not(:lang(ks-Deva), :lang(sd-Deva)) {
    line-height: var(--sugam-script-nastaliq-line-height-heading, 2.2);
  }
  .primary {
    font-size: var(--sugam-font-size-xl, 20px);
    font-weight: var(--sugam-font-weight-bold, 700);
  }
  .secondary {
    font-size: var(--sugam-font-size-md, 16px);
    font-weight: var(--sugam-font-weight-semibold, 600);
  }
  .lineage {
    color: var(--sugam-color-text-subtle, #404040);
    font-size: var(--sugam-font-size-sm, 14px);
    line-height: var(--_script-line-height);
    overflow-wrap: anywhere;
  }

  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--sugam-space-100, 8px) var(--sugam-space-150, 12px);
    min-inline-size: 0;
  }

  /* Built-in search form. */
  .search {
    display: flex;
    flex: 0 1 auto;
    inline-size: 18rem;
    align-items: stretch;
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .search input {
    flex: 1 1 auto;
    inline-size: 0;
    min-inline-size: 6rem;
    min-block-size: var(--sugam-control-height-md, 40px);
    margin: 0;
    padding-block: 0;
    padding-inline: var(--sugam-space-150, 12px);
    border: var(--sugam-border-width-thin, 1px) solid var(--sugam-color-border-control, #737373);
    border-inline-end: 0;
    border-start-start-radius: var(--sugam-radius-md, 8px);
    border-end-start-radius: var(--sugam-radius-md, 8px);
    border-start-end-radius: 0;
    border-end-end-radius: 0;
    background: var(--sugam-color-surface-default, #ffffff);
    color: var(--sugam-color-text-default, #171717);
    font: inherit;
    font-size: var(--sugam-font-size-md, 16px);
    line-height: var(--_script-line-height);
  }
  .search input::placeholder {
    color: var(--sugam-color-text-subtle, #404040);
    opacity: 1;
  }
  .search input:focus-visible {
    ${focusRing}
    outline-offset: 0;
  }
  .search button,
  .menu-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--sugam-space-75, 6px);
    min-inline-size: var(--sugam-control-height-md, 40px);
    min-block-size: var(--sugam-control-height-md, 40px);
    margin: 0;
    padding-block: 0;
    padding-inline: var(--sugam-space-150, 12px);
    border: var(--sugam-border-width-thin, 1px) solid var(--sugam-color-action-primary-default, #4a2bc2);
    background: var(--sugam-color-action-primary-default, #4a2bc2);
    color: var(--sugam-color-text-on-action, #ffffff);
    font: inherit;
    font-size: var(--sugam-font-size-md, 16px);
    font-weight: var(--sugam-font-weight-semibold, 600);
    line-height: var(--_script-line-height);
    cursor: pointer;
  }
  .search button {
    border-start-start-radius: 0;
    border-end-start-radius: 0;
    border-start-end-radius: var(--sugam-radius-md, 8px);
    border-end-end-radius: var(--sugam-radius-md, 8px);
  }
  .search button:hover,
  .menu-button:hover {
    background: var(--sugam-color-action-primary-hover, #3d239f);
  }
  .search button:focus-visible,
  .menu-button:focus-visible {
    ${focusRing}
  }
  .menu-button {
    display: none;
    border-radius: var(--sugam-radius-md, 8px);
    background: transparent;
    color: var(--sugam-color-action-primary-default, #4a2bc2);
  }
  .menu-button:hover {
    background: var(--sugam-color-action-primary-subtle, #f2efff);
  }
  svg {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
  }

  /* Main navigation: a bar in the darkest shade of the DBIM brand colour. */
  nav {
    --_nav-focus-color: var(--sugam-color-text-on-brand-strong, #ffffff);
    position: relative;
    background: var(--sugam-header-nav-background, var(--sugam-color-surface-brand-strong, #24145c));
    color: var(--sugam-color-text-on-brand-strong, #ffffff);
  }
  .nav-list {
    display: flex;
    flex-wrap: wrap;
    align-items: stretch;
    max-inline-size: var(--sugam-chrome-max-width, 80rem);
    margin-inline: auto;
    padding-inline: var(--sugam-space-100, 8px);
  }

  /* Narrow: a "Menu" button shows and hides the navigation, which lists its items one under another. */
  @container (width < 48rem) {
    .menu-button {
      display: inline-flex;
    }
    nav:not(.open) {
      display: none;
    }
    .nav-list {
      flex-direction: column;
      padding-block: var(--sugam-space-100, 8px);
    }
    .search {
      flex: 1 1 8rem;
      inline-size: auto;
    }
    .tools {
      flex: 1 1 100%;
      justify-content: space-between;
    }
  }

  /* On paper: the emblem, the department's names and its lineage; the search, the menu and the navigation work
     on screen only. */
  @media print {
    .search,
    .menu-button,
    nav {
      display: none !important;
    }
  }

  @media (forced-colors: active) {
    .header {
      border-block-end-color: CanvasText;
    }
    nav {
      border-block: var(--sugam-border-width-thin, 1px) solid CanvasText;
    }
    .name {
      color: CanvasText;
    }
    .search input {
      border-color: ButtonBorder;
    }
    .search button,
    .menu-button {
      border-color: ButtonText;
      color: ButtonText;
    }
    .home:focus-visible,
    .search input:focus-visible,
    .search button:focus-visible,
    .menu-button:focus-visible {
      outline-color: Highlight;
    }
  }
`;
