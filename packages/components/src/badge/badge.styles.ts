import { css } from 'lit';
import { hostStyles } from '../internal/styles.js';
import { colorRoleStyles } from './color-roles.js';

export const badgeStyles = [
  hostStyles,
  colorRoleStyles('variant'),
  css`
    :host {
      /* Size: md (default). */
      --_size: 20px;
      --_dot: 10px;
      --_font-size: var(--sugam-font-size-xs, 0.75rem);

      display: inline-flex;
      vertical-align: middle;
      line-height: 1;
    }
    :host([size='sm']) {
      --_size: 16px;
      --_dot: 8px;
      --_font-size: var(--sugam-font-size-2xs, 0.6875rem);
    }
    :host([size='lg']) {
      --_size: 24px;
      --_dot: 12px;
      --_font-size: var(--sugam-font-size-sm, 0.875rem);
    }

    .base {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      /* min, never fixed: a count in any script grows the badge instead of being clipped. */
      min-block-size: var(--_size);
      min-inline-size: var(--_size);
      padding-inline: calc(var(--_size) / 4);
      border-radius: var(--sugam-radius-pill, 999px);
      background: var(--_fill);
      color: var(--_on-fill);
      box-shadow: 0 0 0 1px var(--sugam-badge-ring, var(--sugam-color-surface-default, #ffffff));
      font-size: var(--_font-size);
      font-weight: var(--sugam-font-weight-semibold, 600);
      line-height: var(--_script-line-height);
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    :host([type='dot']) .base {
      min-block-size: var(--_dot);
      min-inline-size: var(--_dot);
      padding: 0;
    }
    :host([type='icon']) .base {
      padding: 0;
    }
    :host([type='icon']) svg,
    ::slotted([slot='icon']) {
      inline-size: calc(var(--_size) * 0.7);
      block-size: calc(var(--_size) * 0.7);
    }

    @media (forced-colors: active) {
      .base {
        border: 1px solid CanvasText;
      }
      :host([type='dot']) .base {
        forced-color-adjust: none;
        background: CanvasText;
      }
    }
  `,
];
