import { css } from 'lit';
import { disclosureChevron } from '../internal/nav-styles.js';
import { popupPlacement, popupSurface } from '../internal/popup-styles.js';

/** The popup listbox shared by `<sugam-select>` and `<sugam-combobox>`: placement, options, states. */
export const listboxStyles = css`
  .anchor {
    position: relative;
  }
  .box {
    anchor-name: --sugam-list-anchor;
  }
  .popup {
    /* A manual popover in the top layer (never clipped by an overflowing ancestor), tied to the box by CSS anchor
       positioning, below it and lined up with its start edge; it flips above the box when there is no room below. */
    position-anchor: --sugam-list-anchor;
    ${popupSurface}
    position-try-fallbacks: flip-block;
    min-inline-size: anchor-size(inline);
    max-inline-size: min(40rem, calc(100vw - 2 * var(--sugam-space-100, 8px)));
    max-block-size: var(--sugam-select-max-block-size, min(20rem, 50vh));
    border: var(--sugam-border-width-thin, 1px) solid var(--sugam-color-border-control, #737373);
    font-size: var(--_field-font-size);
    line-height: var(--_script-line-height);
  }
  ${popupPlacement('.popup', 'start')}
  [role='option'] {
    display: flex;
    align-items: center;
    gap: var(--sugam-space-100, 8px);
    min-block-size: var(--_field-min-height);
    padding-block: var(--sugam-space-50, 4px);
    padding-inline: var(--sugam-space-100, 8px) var(--_field-padding-inline);
    border-radius: var(--sugam-radius-sm, 4px);
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  [role='option'] + [role='option'] {
    margin-block-start: var(--sugam-space-25, 2px);
  }
  [role='option']:hover {
    background: var(--sugam-color-surface-subtle, #f5f5f5);
  }
  [role='option'].active {
    background: var(--sugam-color-action-primary-subtle, #f2efff);
    outline: var(--sugam-focus-ring-width, 2px) solid var(--sugam-color-focus-ring, #4a2bc2);
    outline-offset: calc(-1 * var(--sugam-focus-ring-width, 2px));
  }
  [role='option'][aria-selected='true'] {
    font-weight: var(--sugam-font-weight-semibold, 600);
    color: var(--sugam-color-text-brand, #3d239f);
  }
  [role='option'][aria-disabled='true'] {
    color: var(--sugam-color-text-disabled, #737373);
    cursor: not-allowed;
  }
  .check {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    visibility: hidden;
  }
  [aria-selected='true'] > .check {
    visibility: visible;
  }
  .empty {
    padding-block: var(--sugam-space-100, 8px);
    padding-inline: var(--_field-padding-inline);
    color: var(--sugam-color-text-subtle, #404040);
  }
  ${disclosureChevron(':host([open])')}
  @media (forced-colors: active) {
    .popup {
      border-color: CanvasText;
    }
    [role='option'].active {
      outline-color: Highlight;
    }
    [role='option'][aria-selected='true'] {
      color: CanvasText;
    }
    [role='option'][aria-disabled='true'] {
      color: GrayText;
    }
  }
`;
