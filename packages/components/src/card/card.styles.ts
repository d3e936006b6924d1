import { css } from 'lit';
import { focusRing } from '../internal/styles.js';

export const cardStyles = css`
  :host {
    --_padding: var(--sugam-card-padding, var(--sugam-space-200, 16px));
    --_radius: var(--sugam-card-radius, var(--sugam-radius-lg, 12px));
    display: block;
    container: sugam-card / inline-size;
    /* Printed whole, not split across pages. */
    break-inside: avoid;
    color: var(--sugam-color-text-default, #171717);
    font-size: var(--sugam-font-size-body-md, 1rem);
    line-height: var(--sugam-line-height-body, 1.5);
  }
  .base {
    position: relative;
    display: flex;
    flex-direction: column;
    block-size: 100%;
    overflow: hidden;
    border: var(--sugam-border-width-thin, 1px) solid transparent;
    border-radius: var(--_radius);
    background: var(--sugam-color-surface-raised, #fff);
    box-shadow: var(--sugam-shadow-1, 0 1px 3px rgb(0 0 0 / 0.15));
  }
  :host([variant='outline']) .base {
    border-color: var(--sugam-color-border-default, #e5e5e5);
    background: var(--sugam-color-surface-default, #fff);
    box-shadow: none;
  }
  .image ::slotted(img),
  .image ::slotted(picture),
  .image ::slotted(svg) {
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: var(--sugam-card-image-ratio, 16 / 9);
    object-fit: cover;
  }
  .content {
    display: flex;
    flex: 1 1 auto;
    flex-direction: column;
    gap: var(--sugam-space-100, 8px);
    min-inline-size: 0;
    padding: var(--_padding);
  }
  .heading {
    font-size: var(--sugam-font-size-heading-xs, 1rem);
    font-weight: var(--sugam-font-weight-semibold, 600);
    line-height: var(--sugam-line-height-heading, 1.4);
    overflow-wrap: anywhere;
  }
  .heading ::slotted(*) {
    margin: 0;
    font: inherit;
  }
  .body {
    display: flex;
    flex: 1 1 auto;
    flex-direction: column;
    gap: var(--sugam-space-100, 8px);
    color: var(--sugam-color-text-subtle, #404040);
    overflow-wrap: anywhere;
  }
  .body ::slotted(*) {
    margin-block: 0;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: var(--sugam-space-100, 8px);
    padding-block-start: var(--sugam-space-100, 8px);
  }

  .link {
    color: var(--sugam-color-link-default, #4a2bc2);
    text-decoration: none;
  }
  .link:visited {
    color: var(--sugam-color-link-visited, #301c7d);
  }
  .link:focus {
    outline: none;
  }
  /* The stretched click area: the whole card follows the heading's link. */
  .link::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 0;
  }
  .linked:hover .link {
    text-decoration: underline;
    color: var(--sugam-color-link-hover, #3d239f);
  }
  .linked:hover {
    border-color: var(--sugam-color-border-control, #737373);
  }
  .linked:has(.link:focus-visible) {
    ${focusRing}
  }
  /* Actions stay clickable above the stretched link. */
  .linked .footer ::slotted(*) {
    position: relative;
    z-index: 1;
  }

  @container sugam-card (min-width: 30rem) {
    :host([orientation='horizontal']) .base {
      flex-direction: row;
    }
    :host([orientation='horizontal']) .image {
      flex: 0 0 40%;
    }
    :host([orientation='horizontal']) .image ::slotted(img),
    :host([orientation='horizontal']) .image ::slotted(picture),
    :host([orientation='horizontal']) .image ::slotted(svg) {
      block-size: 100%;
      aspect-ratio: auto;
    }
  }

  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
    .link {
      color: LinkText;
      text-decoration: underline;
    }
    .linked:has(.link:focus-visible) {
      outline-color: Highlight;
    }
  }
`;
