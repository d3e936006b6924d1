import { css } from 'lit';

export const avatarStyles = css`
  :host {
    --_size: var(--sugam-avatar-size, 40px);
    position: relative;
    display: inline-flex;
    flex: none;
    vertical-align: middle;
    inline-size: var(--_size);
    block-size: var(--_size);
  }
  :host([size='xs']) {
    --_size: var(--sugam-avatar-size, 24px);
  }
  :host([size='sm']) {
    --_size: var(--sugam-avatar-size, 32px);
  }
  :host([size='lg']) {
    --_size: var(--sugam-avatar-size, 48px);
  }
  :host([size='xl']) {
    --_size: var(--sugam-avatar-size, 56px);
  }
  :host([size='2xl']) {
    --_size: var(--sugam-avatar-size, 64px);
  }
  :host([size='3xl']) {
    --_size: var(--sugam-avatar-size, 80px);
  }

  .base {
    display: flex;
    align-items: center;
    justify-content: center;
    inline-size: 100%;
    block-size: 100%;
    border-radius: 50%;
    background: var(--sugam-avatar-background, var(--sugam-color-surface-brand-subtle, #f2efff));
    color: var(--sugam-avatar-color, var(--sugam-color-text-brand, #3d239f));
    /* A thin ring so a white picture still shows its edge on a white page. */
    box-shadow: inset 0 0 0 var(--sugam-border-width-thin, 1px) var(--sugam-color-border-default, #e5e5e5);
    user-select: none;
  }
  :host([shape='square']) .base {
    border-radius: var(--sugam-radius-md, 8px);
  }
  .image {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    border-radius: inherit;
    object-fit: cover;
  }
  .initials {
    /* Scales with the box, not the text: initials are part of the picture. Tall Indic clusters are not clipped. */
    font-size: calc(var(--_size) * 0.38);
    font-weight: var(--sugam-font-weight-semibold, 600);
    line-height: 1.2;
    white-space: nowrap;
  }
  .icon {
    inline-size: 60%;
    block-size: 60%;
  }

  .status {
    position: absolute;
    inset-block-end: 0;
    inset-inline-end: 0;
    inline-size: max(8px, calc(var(--_size) * 0.3));
    block-size: max(8px, calc(var(--_size) * 0.3));
    border: 2px solid var(--sugam-color-surface-default, #fff);
    border-radius: 50%;
    background: var(--_dot);
    /* A second cue besides colour: each status has its own mark. */
    background-image: var(--_mark, none);
  }
  :host([shape='square']) .status {
    inset-block-end: -2px;
    inset-inline-end: -2px;
  }
  .online {
    --_dot: var(--sugam-color-feedback-success-fill, #128937);
  }
  .offline {
    --_dot: var(--sugam-color-surface-default, #fff);
    box-shadow: inset 0 0 0 2px var(--sugam-color-border-control, #737373);
  }
  .busy {
    --_dot: var(--sugam-color-feedback-error-fill, #db372d);
    --_mark: linear-gradient(transparent 40%, var(--sugam-color-surface-default, #fff) 40% 60%, transparent 60%);
    background-size: 60% 100%;
    background-position: center;
    background-repeat: no-repeat;
  }
  .away {
    --_dot: var(--sugam-color-feedback-warning-fill, #fa8c16);
    --_mark: radial-gradient(circle, var(--sugam-color-surface-default, #fff) 0 25%, transparent 27%);
  }

  @media (forced-colors: active) {
    .base {
      border: 1px solid CanvasText;
    }
    .status {
      forced-color-adjust: none;
      border-color: Canvas;
      background-color: CanvasText;
    }
    .offline {
      background-color: Canvas;
      box-shadow: inset 0 0 0 2px CanvasText;
    }
  }
`;

export const avatarGroupStyles = css`
  :host {
    --_size: 40px;
    display: inline-flex;
    vertical-align: middle;
  }
  :host([size='xs']) {
    --_size: 24px;
  }
  :host([size='sm']) {
    --_size: 32px;
  }
  :host([size='lg']) {
    --_size: 48px;
  }
  :host([size='xl']) {
    --_size: 56px;
  }
  :host([size='2xl']) {
    --_size: 64px;
  }
  :host([size='3xl']) {
    --_size: 80px;
  }
  .base {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    row-gap: var(--sugam-space-50, 4px);
    /* Room for the first avatar's overlap. */
    padding-inline-start: calc(var(--_size) * 0.25);
  }
  ::slotted(*),
  .more {
    margin-inline-start: calc(var(--_size) * -0.25);
    border-radius: 50%;
    /* A ring in the page colour separates overlapping pictures. */
    box-shadow: 0 0 0 2px var(--sugam-color-surface-default, #fff);
  }
  .more {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-inline-size: var(--_size);
    block-size: var(--_size);
    padding-inline: var(--sugam-space-50, 4px);
    border-radius: var(--sugam-radius-pill, 999px);
    background: var(--sugam-color-surface-subtle, #f5f5f5);
    color: var(--sugam-color-text-default, #171717);
    font-size: calc(var(--_size) * 0.36);
    font-weight: var(--sugam-font-weight-semibold, 600);
    line-height: 1.2;
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .more {
      border: 1px solid CanvasText;
    }
  }
`;
