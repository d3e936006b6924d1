import { css } from 'lit';

export const sliderStyles = css`
  :host {
    --_thumb-size: var(--sugam-slider-thumb-size, 28px);
    --_track-size: var(--sugam-slider-track-size, 6px);
    --_fill: var(--sugam-slider-fill-color, var(--sugam-color-action-primary-default, #4a2bc2));
    --_thumb-border: var(--sugam-color-action-primary-default, #4a2bc2);
  }
  :host([size='sm']) {
    --_thumb-size: var(--sugam-slider-thumb-size, 24px);
    --_track-size: var(--sugam-slider-track-size, 4px);
  }
  :host([size='lg']) {
    --_thumb-size: var(--sugam-slider-thumb-size, 32px);
    --_track-size: var(--sugam-slider-track-size, 8px);
  }
  :host([state='error']),
  .invalid {
    --_thumb-border: var(--sugam-color-feedback-error-border, #b42318);
  }
  :host([state='success']) {
    --_thumb-border: var(--sugam-color-feedback-success-border, #176b30);
  }
  :host([state='warning']) {
    --_thumb-border: var(--sugam-color-feedback-warning-border, #ad4e00);
  }
  .label {
    cursor: default;
  }
  .control {
    /* Room for the thumb overhanging both ends of the track. */
    padding-inline: calc(var(--_thumb-size) / 2);
  }
  .control.has-badge {
    /* Room for the value badge above the thumb. */
    padding-block-start: calc(var(--_field-font-size) * var(--_script-line-height) + var(--sugam-space-100, 8px));
  }
  .track {
    position: relative;
    display: flex;
    align-items: center;
    min-block-size: max(var(--_thumb-size), 24px);
    cursor: pointer;
    touch-action: pan-y;
    user-select: none;
  }
  .rail,
  .fill {
    position: absolute;
    inset-inline-start: 0;
    block-size: var(--_track-size);
    border-radius: var(--sugam-radius-pill, 999px);
  }
  .rail {
    inset-inline: calc(var(--_thumb-size) / -2);
    background: var(--sugam-color-border-default, #e5e5e5);
    border: var(--sugam-border-width-thin, 1px) solid var(--sugam-color-border-control, #737373);
    block-size: calc(var(--_track-size) + 2px);
  }
  /* --_from and --_to: where the fill starts and ends (one thumb: from the rail's start; two: between them). */
  .fill {
    inset-inline-start: var(--_from);
    inline-size: calc(var(--_to) - var(--_from));
    background: var(--_fill);
  }
  .thumb {
    position: absolute;
    inset-inline-start: var(--_at);
    display: grid;
    place-items: center;
    inline-size: var(--_thumb-size);
    block-size: var(--_thumb-size);
    margin-inline-start: calc(var(--_thumb-size) / -2);
    border: var(--sugam-border-width-thick, 2px) solid var(--_thumb-border);
    border-radius: 50%;
    background: var(--sugam-color-surface-default, #ffffff);
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.3);
    cursor: grab;
    transition: box-shadow var(--sugam-duration-fast, 150ms);
  }
  .thumb::after {
    content: '';
    inline-size: 40%;
    block-size: 40%;
    border-radius: 50%;
    background: var(--_thumb-border);
  }
  .thumb:focus-visible {
    outline: var(--sugam-focus-ring-width, 2px) solid var(--sugam-color-focus-ring, #4a2bc2);
    outline-offset: var(--sugam-focus-ring-offset, 2px);
  }
  .dragging .thumb {
    cursor: grabbing;
  }
  /* The thumb in use stays above the other where they meet. */
  .thumb:focus {
    z-index: 1;
  }
  /* A zero-width anchor at the thumb's centre; the badge starts there and moves back by --_badge-shift (centred in
     the middle of the track, inside the track's ends near them). */
  .badge-anchor {
    position: absolute;
    inset-block-end: calc(100% + var(--sugam-space-50, 4px));
    inset-inline-start: 50%;
    display: flex;
    justify-content: flex-start;
    inline-size: 0;
  }
  .badge {
    flex: none;
    transform: translateX(var(--_badge-shift, -50%));
    padding-inline: var(--sugam-space-100, 8px);
    border-radius: var(--sugam-radius-sm, 4px);
    background: var(--sugam-color-surface-inverse, #171717);
    color: var(--sugam-color-text-inverse, #ffffff);
    font-size: var(--_field-font-size);
    font-weight: var(--sugam-font-weight-semibold, 600);
    white-space: nowrap;
    pointer-events: none;
  }
  /* Two thumbs' badges that would touch show as one "from – to" badge over the middle of the two (the range
     slider measures them after each render and on resize). The separate badges keep their place, unseen. */
  .joined {
    position: absolute;
    inset-inline-start: var(--_at);
    inline-size: var(--_thumb-size);
    block-size: var(--_thumb-size);
    margin-inline-start: calc(var(--_thumb-size) / -2);
    visibility: hidden;
    pointer-events: none;
  }
  .control.badges-joined .joined {
    visibility: visible;
  }
  .control.badges-joined .thumb .badge {
    visibility: hidden;
  }
  .unset .thumb::after,
  .unset .fill {
    display: none;
  }
  .unset .thumb {
    border-style: dashed;
  }
  .ends {
    display: flex;
    justify-content: space-between;
    gap: var(--sugam-space-200, 16px);
    color: var(--sugam-color-text-subtle, #404040);
    font-size: var(--sugam-font-size-sm, 14px);
  }
  .disabled .track {
    cursor: default;
  }
  .disabled .rail {
    border-color: var(--sugam-color-border-disabled, #d9d9d9);
  }
  .disabled .fill,
  .disabled .thumb::after {
    background: var(--sugam-color-text-disabled, #737373);
  }
  .disabled .thumb {
    border-color: var(--sugam-color-text-disabled, #737373);
    box-shadow: none;
    cursor: default;
  }
  .disabled .badge {
    background: var(--sugam-color-surface-disabled, #f5f5f5);
    color: var(--sugam-color-text-disabled, #737373);
  }
  .readonly .thumb,
  .readonly .track {
    cursor: default;
  }
  @media (prefers-reduced-motion: reduce) {
    .thumb {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .rail {
      border-color: CanvasText;
      background: Canvas;
    }
    .fill,
    .thumb::after {
      background: Highlight;
    }
    .thumb {
      border-color: ButtonText;
      background: ButtonFace;
    }
    .thumb:focus-visible {
      outline-color: Highlight;
    }
    .badge {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .disabled .fill,
    .disabled .thumb::after {
      background: GrayText;
    }
    .disabled .thumb,
    .disabled .rail {
      border-color: GrayText;
    }
  }
`;
