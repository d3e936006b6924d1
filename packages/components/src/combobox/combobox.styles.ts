import { css } from 'lit';

export const comboboxStyles = css`
  /* The listbox scrolls, not the popup around it: the scrolling region is then the widget itself, which the
     arrow keys drive while focus stays in the input (aria-activedescendant). */
  .popup:popover-open {
    display: flex;
    flex-direction: column;
    overflow: hidden;
  }
  .popup [role='listbox'] {
    min-block-size: 0;
    overflow-y: auto;
  }
  .box {
    gap: var(--sugam-space-25, 2px);
    padding-inline: var(--_field-padding-inline) var(--sugam-space-50, 4px);
  }
  .toggle {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: var(--sugam-control-height-xs, 24px);
    min-inline-size: var(--sugam-control-height-xs, 24px);
    padding: var(--sugam-space-25, 2px);
    border: 0;
    border-radius: var(--sugam-radius-sm, 4px);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .toggle:hover:not(:disabled) {
    background: var(--sugam-color-surface-subtle, #f5f5f5);
  }
  .toggle:disabled {
    cursor: not-allowed;
    color: inherit;
  }
  /* Multiple: the chosen options as chips before the text box, wrapping onto more lines as they grow. */
  .box.multiple {
    flex-wrap: wrap;
    padding-block: var(--sugam-space-25, 2px);
  }
  .box.multiple input {
    flex: 1 1 6em;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--sugam-space-50, 4px);
    min-inline-size: 0;
    margin: 0;
    padding: var(--sugam-space-25, 2px) 0;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--sugam-space-25, 2px);
    min-block-size: var(--sugam-control-height-xs, 24px);
    min-inline-size: 0;
    padding-inline: var(--sugam-space-100, 8px);
    border: var(--sugam-border-width-thin, 1px) solid var(--sugam-color-border-control, #737373);
    border-radius: var(--sugam-radius-pill, 999px);
    background: var(--sugam-color-surface-default, #ffffff);
    color: var(--sugam-color-text-default, #171717);
    font-size: var(--sugam-font-size-sm, 0.875rem);
    font-weight: var(--sugam-font-weight-medium, 500);
    overflow-wrap: anywhere;
  }
  .chip:has(.remove) {
    padding-inline-end: 0;
  }
  .chip-label {
    min-inline-size: 0;
  }
  .disabled .chip {
    border-color: var(--sugam-color-border-disabled, #d9d9d9);
    background: transparent;
    color: inherit;
  }
  /* A multiple list marks every option with a box, filled when it is chosen, as checkboxes do. */
  [aria-multiselectable='true'] .check {
    visibility: visible;
    box-sizing: border-box;
    border: var(--sugam-border-width-thick, 2px) solid var(--sugam-color-border-control, #737373);
    border-radius: var(--sugam-radius-sm, 4px);
    color: transparent;
  }
  [aria-multiselectable='true'] [aria-selected='true'] > .check {
    border-color: var(--sugam-color-action-primary-default, #4a2bc2);
    background: var(--sugam-color-action-primary-default, #4a2bc2);
    color: var(--sugam-color-text-on-action, #ffffff);
  }
  @media (forced-colors: active) {
    .chip {
      border-color: CanvasText;
    }
    [aria-multiselectable='true'] .check {
      border-color: CanvasText;
    }
    [aria-multiselectable='true'] [aria-selected='true'] > .check {
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    .toggle {
      color: ButtonText;
    }
    .toggle:disabled {
      color: GrayText;
    }
  }
`;
