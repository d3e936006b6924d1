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
  @media (forced-colors: active) {
    .toggle {
      color: ButtonText;
    }
    .toggle:disabled {
      color: GrayText;
    }
  }
`;
