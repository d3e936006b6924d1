import { css } from 'lit';

export const amountFieldStyles = css`
  .box {
    gap: var(--sugam-space-50, 4px);
    inline-size: calc(14ch + 2 * var(--_field-padding-inline) + 1.5em);
    max-inline-size: 100%;
    padding-inline: var(--_field-padding-inline);
  }
  .currency {
    flex: none;
    color: var(--sugam-color-text-subtle, #404040);
  }
  input {
    font-variant-numeric: tabular-nums;
  }
  .amount {
    font-variant-numeric: tabular-nums;
  }
`;
