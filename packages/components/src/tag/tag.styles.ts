import { css } from 'lit';
import { hostStyles } from '../internal/styles.js';
import { colorRoleStyles } from '../badge/color-roles.js';

export const tagStyles = [
  hostStyles,
  colorRoleStyles('color'),
  css`
    :host {
      --_min-height: 28px;
      --_font-size: var(--sugam-font-size-sm, 0.875rem);
      display: inline-flex;
      vertical-align: middle;
      max-inline-size: 100%;
    }
    :host([size='sm']) {
      --_min-height: var(--sugam-control-height-xs, 24px);
      --_font-size: var(--sugam-font-size-xs, 0.75rem);
    }
    .base {
      /* Variant: tonal (default). */
      --_bg: var(--_surface);
      --_fg: var(--_text);
      --_border: transparent;

      display: inline-flex;
      align-items: center;
      gap: var(--sugam-space-50, 4px);
      min-block-size: var(--_min-height);
      min-inline-size: 0;
      padding-inline: var(--sugam-space-100, 8px);
      border: var(--sugam-border-width-thin, 1px) solid var(--_border);
      border-radius: var(--sugam-tag-radius, var(--sugam-radius-sm, 4px));
      background: var(--_bg);
      color: var(--_fg);
      font-size: var(--_font-size);
      font-weight: var(--sugam-font-weight-medium, 500);
      line-height: var(--_script-line-height);
      overflow-wrap: anywhere;
    }
    :host([variant='filled']) .base {
      --_bg: var(--_fill);
      --_fg: var(--_on-fill);
    }
    :host([variant='outline']) .base {
      --_bg: transparent;
      --_border: var(--_text);
    }
    :host([variant='text']) .base {
      --_bg: transparent;
      padding-inline: 0;
    }
    ::slotted(svg) {
      flex: none;
      inline-size: 1.15em;
      block-size: 1.15em;
    }
    @media (forced-colors: active) {
      .base {
        border-color: CanvasText;
      }
      :host([variant='text']) .base {
        border-color: transparent;
      }
    }
  `,
];
