import { css } from 'lit';

export const iconStyles = css`
  :host {
    --_size: var(--sugam-icon-size, 1em);
    display: inline-flex;
    flex: none;
    align-items: center;
    justify-content: center;
    inline-size: var(--_size);
    block-size: var(--_size);
    color: inherit;
    vertical-align: -0.125em;
    line-height: 1;
  }
  :host([size='sm']) {
    --_size: var(--sugam-space-200, 16px);
  }
  :host([size='md']) {
    --_size: var(--sugam-space-300, 24px);
  }
  :host([size='lg']) {
    --_size: var(--sugam-space-400, 32px);
  }
  :host([size='xl']) {
    --_size: var(--sugam-space-600, 48px);
  }
  .svg,
  ::slotted(svg) {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    fill: currentColor;
  }
  :host(:dir(rtl)) .mirror {
    transform: scaleX(-1);
  }
`;
