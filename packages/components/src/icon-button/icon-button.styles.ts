import { css } from 'lit';

/** Added after the button's own styles: a square box around one icon. */
export const iconButtonStyles = css`
  :host {
    --_icon-size: var(--sugam-icon-button-icon-size, 24px);
  }
  :host([size='xs']) {
    --_icon-size: var(--sugam-icon-button-icon-size, 16px);
  }
  :host([size='sm']) {
    --_icon-size: var(--sugam-icon-button-icon-size, 20px);
  }
  :host([size='xl']) {
    --_icon-size: var(--sugam-icon-button-icon-size, 28px);
  }
  .base {
    /* Square: as wide as it is tall, whatever the size. */
    min-inline-size: var(--_min-height);
    padding: 0;
  }
  :host([pill]) .base {
    border-radius: var(--sugam-radius-pill, 999px);
  }
  .icon,
  ::slotted(svg) {
    display: block;
    flex: none;
    inline-size: var(--_icon-size);
    block-size: var(--_icon-size);
  }
  .spinner {
    inline-size: calc(var(--_icon-size) * 0.75);
    block-size: calc(var(--_icon-size) * 0.75);
  }
  :host(:dir(rtl)) .mirror {
    transform: scaleX(-1);
  }
`;
