import { css, unsafeCSS, type CSSResult } from 'lit';

/** The colour roles of badges and tags (UX4G): brand, accents, neutral and the four feedback colours. */
export const COLOR_ROLES = [
  'primary',
  'secondary',
  'tertiary',
  'neutral',
  'success',
  'warning',
  'danger',
  'info',
] as const;
export type ColorRole = (typeof COLOR_ROLES)[number];

/**
 * Sets four private values on the host from its colour attribute: `--_fill` and `--_on-fill` (solid),
 * `--_surface` and `--_text` (tinted). Every value is a token, with its light-theme value as fallback.
 * `attribute` is a literal chosen by the component, never user input.
 */
export function colorRoleStyles(attribute: 'variant' | 'color'): CSSResult {
  const a = unsafeCSS(attribute);
  return css`
    :host {
      --_fill: var(--sugam-color-action-primary-default, #4a2bc2);
      --_on-fill: var(--sugam-color-text-on-action, #ffffff);
      --_surface: var(--sugam-color-action-primary-subtle, #f2efff);
      --_text: var(--sugam-color-text-brand, #3d239f);
    }
    :host([${a}='secondary']) {
      --_fill: var(--sugam-color-accent-secondary-fill, #ffa827);
      --_on-fill: var(--sugam-color-accent-secondary-on-fill, #171717);
      --_surface: var(--sugam-color-accent-secondary-surface, #fff7eb);
      --_text: var(--sugam-color-accent-secondary-text, #8a4709);
    }
    :host([${a}='tertiary']) {
      --_fill: var(--sugam-color-accent-tertiary-fill, #8e55b3);
      --_on-fill: var(--sugam-color-accent-tertiary-on-fill, #ffffff);
      --_surface: var(--sugam-color-accent-tertiary-surface, #f8f1fc);
      --_text: var(--sugam-color-accent-tertiary-text, #6e3f8c);
    }
    :host([${a}='neutral']) {
      --_fill: var(--sugam-color-action-neutral-default, #404040);
      --_on-fill: var(--sugam-color-text-on-action, #ffffff);
      --_surface: var(--sugam-color-surface-subtle, #f5f5f5);
      --_text: var(--sugam-color-text-default, #171717);
    }
    :host([${a}='success']) {
      --_fill: var(--sugam-color-feedback-success-fill, #2a7d3c);
      --_on-fill: var(--sugam-color-feedback-success-on-fill, #ffffff);
      --_surface: var(--sugam-color-feedback-success-surface, #effaf1);
      --_text: var(--sugam-color-feedback-success-text, #1a5e2a);
    }
    :host([${a}='warning']) {
      --_fill: var(--sugam-color-feedback-warning-fill, #ffc04d);
      --_on-fill: var(--sugam-color-feedback-warning-on-fill, #171717);
      --_surface: var(--sugam-color-feedback-warning-surface, #fff8eb);
      --_text: var(--sugam-color-feedback-warning-text, #8a4b00);
    }
    :host([${a}='danger']) {
      --_fill: var(--sugam-color-feedback-error-fill, #b42318);
      --_on-fill: var(--sugam-color-feedback-error-on-fill, #ffffff);
      --_surface: var(--sugam-color-feedback-error-surface, #fff4f3);
      --_text: var(--sugam-color-feedback-error-text, #a01c14);
    }
    :host([${a}='info']) {
      --_fill: var(--sugam-color-feedback-info-fill, #0a5c8a);
      --_on-fill: var(--sugam-color-feedback-info-on-fill, #ffffff);
      --_surface: var(--sugam-color-feedback-info-surface, #eef8fd);
      --_text: var(--sugam-color-feedback-info-text, #0a5c8a);
    }
  `;
}
