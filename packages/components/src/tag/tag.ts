import { LitElement, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { oneOf } from '../internal/enum.js';
import { COLOR_ROLES, type ColorRole } from '../badge/color-roles.js';
import { tagStyles } from './tag.styles.js';

export const TAG_VARIANTS = ['filled', 'outline', 'text', 'tonal'] as const;
export const TAG_COLORS = COLOR_ROLES;
export const TAG_SIZES = ['sm', 'md'] as const;
export type TagVariant = (typeof TAG_VARIANTS)[number];
export type TagColor = ColorRole;
export type TagSize = (typeof TAG_SIZES)[number];

/**
 * A short static label that classifies something: a category, a status, a scheme's name. It is plain text for
 * screen readers and not interactive (use `sugam-chip` for something the user selects or removes). Colour is
 * never the only cue: the words say it.
 *
 * @summary Static label (filled, outline, text or tonal) in UX4G's eight colours.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The label.
 * @slot start - An icon before the label (decorative: give it `aria-hidden="true"`).
 *
 * @csspart base - The tag.
 *
 * @cssprop --sugam-tag-radius - Corner radius. Defaults to `--sugam-radius-sm`.
 */
export class SugamTag extends LitElement {
  static override styles = tagStyles;

  /** Visual weight. */
  @property({ reflect: true, useDefault: true }) accessor variant: TagVariant = 'tonal';

  /** The colour role. */
  @property({ reflect: true, useDefault: true }) accessor color: TagColor = 'primary';

  /** Minimum height 24 or 28 px (grows with its text). */
  @property({ reflect: true, useDefault: true }) accessor size: TagSize = 'md';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('variant')) oneOf(this, 'variant', this.variant, TAG_VARIANTS, 'tonal');
    if (changed.has('color')) oneOf(this, 'color', this.color, TAG_COLORS, 'primary');
    if (changed.has('size')) oneOf(this, 'size', this.size, TAG_SIZES, 'md');
  }

  protected override render() {
    return html`<span part="base" class="base"><slot name="start"></slot><slot></slot></span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-tag': SugamTag;
  }
}
