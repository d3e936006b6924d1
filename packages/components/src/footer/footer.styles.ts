import { css } from 'lit';
import { focusRing, hostStyles } from '../internal/styles.js';

export const footerStyles = [
  hostStyles,
  css`
    :host {
      /* Variant: dark (default), the darkest shade of the site's DBIM colour group. */
      --_bg: var(--sugam-footer-background, var(--sugam-color-surface-brand-strong, #24145c));
      --_fg: var(--sugam-footer-color, var(--sugam-color-text-on-brand-strong, #ffffff));
      --_link: var(--sugam-footer-link-color, var(--_fg));
      --_rule: color-mix(in srgb, var(--_fg) 40%, transparent);
      --_focus: var(--_fg);

      display: block;
    }
    /* On a dark or primary footer, Sugam links and components inside it follow its colours. */
    :host(:not([variant='light'])) {
      --sugam-color-link-default: var(--_link);
      --sugam-color-link-hover: var(--_link);
      --sugam-color-link-visited: var(--_link);
      --sugam-color-focus-ring: var(--_focus);
    }
    :host([variant='light']) {
      --_bg: var(--sugam-footer-background, var(--sugam-color-surface-subtle, #f5f5f5));
      --_fg: var(--sugam-footer-color, var(--sugam-color-text-default, #171717));
      --_link: var(--sugam-footer-link-color, var(--sugam-color-link-default, #4a2bc2));
      --_rule: var(--sugam-color-border-default, #e5e5e5);
      --_focus: var(--sugam-color-focus-ring, #4a2bc2);
    }
    :host([variant='primary']) {
      --_bg: var(--sugam-footer-background, var(--sugam-color-action-primary-default, #4a2bc2));
      --_fg: var(--sugam-footer-color, var(--sugam-color-text-on-action, #ffffff));
    }

    .base {
      display: block;
      padding-block: var(--sugam-space-400, 32px) var(--sugam-space-300, 24px);
      padding-inline: var(--sugam-footer-padding-inline, var(--sugam-space-200, 16px));
      border-block-start: var(--sugam-border-width-thin, 1px) solid var(--_rule);
      background: var(--_bg);
      color: var(--_fg);
      font-size: var(--sugam-font-size-sm, 14px);
      line-height: var(--sugam-line-height-body, 1.5);
    }
    .inner {
      display: grid;
      gap: var(--sugam-space-300, 24px);
      max-inline-size: var(--sugam-footer-max-width, 75rem);
      margin-inline: auto;
      min-inline-size: 0;
    }

    .identity {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--sugam-space-200, 16px);
    }
    .identity[hidden] {
      display: none;
    }
    .emblem {
      display: flex;
      flex: none;
      color: var(--_fg);
    }
    ::slotted([slot='emblem']) {
      max-block-size: var(--sugam-footer-emblem-size, 64px);
      inline-size: auto;
    }
    :host(:not([variant='light'], [variant='primary'])) ::slotted(img[slot='emblem']) {
      /* DBIM: the emblem is white on a dark footer. An inline SVG drawn with currentColor follows the text colour. */
      filter: var(--sugam-footer-emblem-filter, brightness(0) invert(1));
    }
    .lineage {
      flex: 1 1 16rem;
      min-inline-size: 0;
      font-size: var(--sugam-font-size-md, 16px);
      font-weight: var(--sugam-font-weight-semibold, 600);
      overflow-wrap: anywhere;
    }

    .columns {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
      gap: var(--sugam-space-300, 24px);
    }
    .columns[hidden] {
      display: none;
    }
    ::slotted(:not([slot])) {
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }

    .links {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--sugam-space-50, 4px) var(--sugam-space-300, 24px);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .links li {
      display: flex;
      min-inline-size: 0;
    }
    .links .extra {
      flex-wrap: wrap;
      gap: var(--sugam-space-50, 4px) var(--sugam-space-300, 24px);
    }
    .links[hidden],
    .links .extra[hidden] {
      display: none;
    }
    a,
    ::slotted(a[slot='links']) {
      display: inline-flex;
      align-items: center;
      /* A 24 px target (WCAG 2.5.8) that grows with its text. */
      min-block-size: var(--sugam-control-height-xs, 24px);
      color: var(--_link);
      text-decoration: underline;
      text-underline-offset: 0.2em;
      overflow-wrap: anywhere;
    }
    a:hover,
    ::slotted(a[slot='links']:hover) {
      text-decoration-thickness: 2px;
    }
    a:focus-visible,
    ::slotted(a[slot='links']:focus-visible) {
      ${focusRing}
      outline-color: var(--_focus);
    }

    .meta {
      display: grid;
      gap: var(--sugam-space-50, 4px);
      padding-block-start: var(--sugam-space-200, 16px);
      border-block-start: var(--sugam-border-width-thin, 1px) solid var(--_rule);
    }
    .meta[hidden] {
      display: none;
    }
    .meta p {
      margin: 0;
      overflow-wrap: anywhere;
    }
    bdi {
      unicode-bidi: isolate;
    }

    @media (forced-colors: active) {
      .base {
        border-block-start-color: CanvasText;
      }
      .meta {
        border-block-start-color: CanvasText;
      }
      a,
      ::slotted(a[slot='links']) {
        color: LinkText;
      }
      a:focus-visible {
        outline-color: Highlight;
      }
      :host ::slotted(img[slot='emblem']) {
        filter: none;
      }
    }
  `,
];
