import { css } from 'lit';

export const dividerStyles = css`
  :host {
    --_color: var(--sugam-divider-color, var(--sugam-color-border-default, #e5e5e5));
    --_width: var(--sugam-divider-width, var(--sugam-border-width-thin, 1px));
    --_spacing: var(--sugam-divider-spacing, var(--sugam-space-200, 16px));
    display: flex;
    align-items: center;
    gap: var(--sugam-space-150, 12px);
    margin-block: var(--_spacing);
    color: var(--sugam-color-text-subtle, #404040);
    font-size: var(--sugam-font-size-body-sm, 0.875rem);
    line-height: var(--_script-line-height);
  }
  .line {
    flex: 1 1 0;
    border-block-start: var(--_width) solid var(--_color);
  }
  .end,
  .label {
    display: none;
  }
  :host([data-labelled]) .end,
  :host([data-labelled]) .label {
    display: block;
  }
  .label {
    flex: 0 1 auto;
    min-inline-size: 0;
    text-align: center;
    overflow-wrap: anywhere;
  }
  :host([orientation='vertical']) {
    display: inline-flex;
    align-self: stretch;
    flex-direction: column;
    min-block-size: 1em;
    margin-block: 0;
    margin-inline: var(--_spacing);
    vertical-align: middle;
  }
  :host([orientation='vertical']) .line {
    border-block-start: 0;
    border-inline-start: var(--_width) solid var(--_color);
    block-size: 100%;
  }
  @media (forced-colors: active) {
    .line {
      border-color: CanvasText;
    }
  }
`;
