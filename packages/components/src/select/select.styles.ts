import { css } from 'lit';

export const selectStyles = css`
  .box {
    gap: var(--sugam-space-100, 8px);
    padding-block: var(--sugam-space-25, 2px);
    padding-inline: var(--_field-padding-inline) var(--sugam-space-100, 8px);
    cursor: pointer;
    user-select: none;
  }
  :host(:not([state])) .field:not(.invalid) .box:hover:not(.disabled) {
    border-color: var(--sugam-color-border-control-hover, #404040);
  }
  .box.disabled {
    cursor: not-allowed;
  }
  :host([readonly]) .box {
    cursor: default;
  }
  .value {
    flex: 1 1 auto;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .value.placeholder {
    color: var(--sugam-color-text-subtle, #404040);
  }
  .box.disabled .value.placeholder {
    color: inherit;
  }
`;
