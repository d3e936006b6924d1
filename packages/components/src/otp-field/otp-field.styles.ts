import { css } from 'lit';

export const otpFieldStyles = css`
  .cells {
    display: flex;
    flex-wrap: wrap;
    gap: var(--sugam-space-100, 8px);
  }
  /* The digits run left to right everywhere; on right-to-left pages the row lines up with the label. */
  :host(:dir(rtl)) .cells {
    justify-content: flex-end;
  }
  .cell {
    flex: none;
    inline-size: var(--sugam-otp-field-cell-size, 2.75em);
    min-inline-size: var(--sugam-control-height-xs, 24px);
    padding: 0;
    text-align: center;
    font-variant-numeric: tabular-nums;
    color: inherit;
  }
  .resend {
    justify-self: start;
    min-block-size: var(--sugam-control-height-xs, 24px);
    text-decoration: underline;
  }
  .resend[aria-disabled='true'] {
    color: var(--sugam-color-text-subtle, #404040);
    text-decoration: none;
    cursor: default;
  }
  .resend[aria-disabled='true']:hover {
    background: transparent;
  }
  @media (forced-colors: active) {
    .cell {
      border-color: FieldText;
    }
    .resend[aria-disabled='true'] {
      color: GrayText;
    }
  }
`;
