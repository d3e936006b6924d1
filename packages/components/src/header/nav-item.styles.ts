import { css } from 'lit';
import { disclosureChevron, navRow } from '../internal/nav-styles.js';

export const navItemStyles = css`
  :host {
    display: block;
    position: relative;
    min-inline-size: 0;
  }
  /* A mega menu (an item whose children are groups) opens across the whole navigation bar. */
  :host(:state(mega)) {
    position: static;
  }

  .link,
  .toggle {
    ${navRow}
    gap: var(--sugam-space-50, 4px);
    min-block-size: var(--sugam-control-height-lg, 48px);
    padding-block: var(--sugam-space-100, 8px);
    padding-inline: var(--sugam-space-150, 12px);
    border-block-end: var(--sugam-border-width-thick, 2px) solid transparent;
    color: inherit;
    font-size: var(--sugam-font-size-md, 16px);
    font-weight: var(--sugam-font-weight-medium, 500);
    line-height: var(--_script-line-height);
  }
  .link:hover,
  .toggle:hover {
    background: color-mix(in srgb, currentColor 12%, transparent);
    text-decoration: underline;
  }
  .link:focus-visible,
  .toggle:focus-visible {
    outline: var(--sugam-focus-ring-width, 2px) solid var(--_nav-focus-color, var(--sugam-color-focus-ring, #4a2bc2));
    outline-offset: calc(-1 * var(--sugam-focus-ring-width, 2px) - 2px);
  }
  .link[aria-current='page'] {
    border-block-end-color: currentColor;
    font-weight: var(--sugam-font-weight-bold, 700);
  }
  .toggle.has-current {
    border-block-end-color: currentColor;
  }

  ${disclosureChevron(".toggle[aria-expanded='true']")}
  .chevron {
    margin-inline-start: auto;
  }

  /* Items inside a panel: links in a list, not a bar. */
  :host(:state(nested)) .link {
    min-block-size: var(--sugam-control-height-md, 40px);
    border-block-end: 0;
    border-inline-start: var(--sugam-border-width-thick, 2px) solid transparent;
    font-weight: var(--sugam-font-weight-regular, 400);
  }
  :host(:state(nested)) .link[aria-current='page'] {
    border-inline-start-color: currentColor;
    font-weight: var(--sugam-font-weight-semibold, 600);
  }

  .list {
    display: flex;
    flex-direction: column;
    margin: 0;
    padding: 0;
  }

  /* Desktop: the disclosed panel floats below its button. */
  .panel {
    --_nav-focus-color: var(--sugam-color-focus-ring, #4a2bc2);
    position: absolute;
    z-index: var(--sugam-z-index-dropdown, 1000);
    inset-block-start: 100%;
    inset-inline-start: 0;
    min-inline-size: max(100%, 16rem);
    max-inline-size: min(24rem, 90vw);
    padding-block: var(--sugam-space-100, 8px);
    border: var(--sugam-border-width-thin, 1px) solid var(--sugam-color-border-default, #e5e5e5);
    border-radius: 0 0 var(--sugam-radius-md, 8px) var(--sugam-radius-md, 8px);
    background: var(--sugam-color-surface-raised, #ffffff);
    box-shadow: var(--sugam-shadow-3, 0 6px 16px #17171729);
    color: var(--sugam-color-text-default, #171717);
  }
  :host(:state(mega)) .panel {
    inset-inline: 0;
    max-inline-size: none;
    padding: var(--sugam-space-200, 16px);
  }
  :host(:state(mega)) .panel > .list {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: var(--sugam-space-200, 16px) var(--sugam-space-300, 24px);
  }

  /* A group of a mega menu: a heading and its links. */
  .group {
    display: flex;
    flex-direction: column;
    gap: var(--sugam-space-50, 4px);
  }
  .heading {
    display: block;
    padding-block: var(--sugam-space-50, 4px);
    padding-inline: var(--sugam-space-150, 12px);
    border-block-end: var(--sugam-border-width-thin, 1px) solid var(--sugam-color-border-default, #e5e5e5);
    color: var(--sugam-color-text-brand, #3d239f);
    font-family: var(--sugam-font-family-heading, inherit);
    font-size: var(--sugam-font-size-sm, 14px);
    font-weight: var(--sugam-font-weight-bold, 700);
    line-height: var(--_script-line-height);
  }
  a.heading {
    text-decoration: underline;
  }
  a.heading:focus-visible {
    outline: var(--sugam-focus-ring-width, 2px) solid var(--sugam-color-focus-ring, #4a2bc2);
    outline-offset: 2px;
  }

  /* Narrow (the header's mobile layout): panels open in place, indented, in the menu's colours. */
  @container (width < 48rem) {
    .panel,
    :host(:state(mega)) .panel {
      --_nav-focus-color: inherit;
      position: static;
      min-inline-size: 0;
      max-inline-size: none;
      padding-block: 0;
      padding-inline: var(--sugam-space-200, 16px) 0;
      border: 0;
      border-radius: 0;
      background: transparent;
      box-shadow: none;
      color: inherit;
    }
    :host(:state(mega)) .panel > .list {
      display: flex;
      gap: var(--sugam-space-100, 8px);
    }
    .heading {
      border-block-end-color: currentColor;
      color: inherit;
    }
    a.heading:focus-visible {
      outline-color: var(--_nav-focus-color, var(--sugam-color-focus-ring, #4a2bc2));
    }
  }

  @media (forced-colors: active) {
    .link {
      color: LinkText;
    }
    .toggle {
      color: ButtonText;
    }
    .link[aria-current='page'],
    .toggle.has-current {
      border-block-end-color: Highlight;
    }
    :host(:state(nested)) .link[aria-current='page'] {
      border-inline-start-color: Highlight;
    }
    .panel {
      border-color: CanvasText;
    }
    .heading {
      color: CanvasText;
    }
    .link:focus-visible,
    .toggle:focus-visible,
    a.heading:focus-visible {
      outline-color: Highlight;
    }
  }
`;
