import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LocalizeController, toLatinDigits, registerStrings } from '@sugam/i18n';
import { feedback } from '@sugam/i18n/en';
import { oneOf } from '../internal/enum.js';
import { ICONS } from '../internal/icons.js';
import { badgeStyles } from './badge.styles.js';
import { COLOR_ROLES, type ColorRole } from './color-roles.js';

registerStrings({ feedback });

export const BADGE_TYPES = ['digit', 'dot', 'icon'] as const;
export const BADGE_VARIANTS = COLOR_ROLES;
export const BADGE_SIZES = ['sm', 'md', 'lg'] as const;
export type BadgeType = (typeof BADGE_TYPES)[number];
export type BadgeVariant = ColorRole;
export type BadgeSize = (typeof BADGE_SIZES)[number];

/**
 * A small count, dot or icon that marks something: unread messages, a new item, a status. UX4G's three types
 * in eight colours and three sizes.
 *
 * A `digit` badge shows `value` in the reader's numerals (`5` is "৫" in Bengali, "५" in Marathi where the page
 * uses Devanagari digits), and "99+" (localized) when `value` is over `max`. Text that is not a number is shown as
 * given. Give it a `label` when the number alone would not make sense to a screen reader user ("5 unread
 * messages"): the label is read instead of the number.
 *
 * A `dot` badge has no text: with a `label` it is read as that label, without one it is decorative and hidden
 * from screen readers (so only use it without a label when the same information is given in text nearby).
 * An `icon` badge shows one of the bundled icons (`icon="check"`) or an SVG in its `icon` slot; the same rule about
 * `label` applies. Colour is never the only cue: say what a colour means in the label or the text around it.
 *
 * @summary Count, dot or icon marker in eight colours and three sizes; numbers in the reader's numerals.
 * @status stable
 * @since 0.1.0
 *
 * @slot - Text shown when `value` is not set (digit type).
 * @slot icon - An SVG icon (icon type), instead of the `icon` attribute.
 *
 * @csspart base - The badge.
 *
 * @cssprop --sugam-badge-ring - Colour of the thin ring that separates the badge from what it overlaps. Defaults to the page surface.
 */
export class SugamBadge extends LitElement {
  static override styles = badgeStyles;

  /** What it shows: a number or short text (`digit`), a dot, or an icon. */
  @property({ reflect: true, useDefault: true }) accessor type: BadgeType = 'digit';

  /** The colour role. */
  @property({ reflect: true, useDefault: true }) accessor variant: BadgeVariant = 'primary';

  /** Size: 16, 20 or 24 px high (a digit badge grows with its text, never clips it). */
  @property({ reflect: true, useDefault: true }) accessor size: BadgeSize = 'md';

  /** The count (or short text) of a digit badge. */
  @property() accessor value: string | undefined;

  /** Numbers over this are shown as "max+" (e.g. 99+). */
  @property({ type: Number }) accessor max: number | undefined;

  /** What the badge means, read by screen readers instead of its visible content ("5 unread messages"). */
  @property() accessor label = '';

  /** The name of a bundled icon (icon type), e.g. `check`, `star`, `warning`. */
  @property() accessor icon = '';

  private readonly localize = new LocalizeController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('type')) oneOf(this, 'type', this.type, BADGE_TYPES, 'digit');
    if (changed.has('variant')) oneOf(this, 'variant', this.variant, BADGE_VARIANTS, 'primary');
    if (changed.has('size')) oneOf(this, 'size', this.size, BADGE_SIZES, 'md');
  }

  /** The visible text of a digit badge, in the reader's numerals. */
  get displayValue(): string {
    const raw = (this.value ?? '').trim();
    if (raw === '') return '';
    // Digits typed in any Indian script count as a number too.
    const number = Number(toLatinDigits(raw));
    if (!Number.isFinite(number)) return raw;
    const max = Number(this.max);
    if (this.max != null && Number.isFinite(max) && number > max) {
      return this.localize.t('feedback.overflow', { max: this.localize.formatNumber(max) });
    }
    return this.localize.formatNumber(number);
  }

  private iconTemplate() {
    const icon = Object.prototype.hasOwnProperty.call(ICONS, this.icon)
      ? ICONS[this.icon as keyof typeof ICONS]()
      : undefined;
    return html`<slot name="icon"
      >${
        icon
          ? html`<svg viewBox="0 0 24 24" fill="currentColor" aria-hidden="true" focusable="false">${icon}</svg>`
          : nothing
      }</slot
    >`;
  }

  protected override render() {
    const type = oneOf(this, 'type', this.type, BADGE_TYPES, 'digit');
    const label = this.label.trim();
    const hidden = label !== '' || type !== 'digit';
    const content =
      type === 'dot' ? nothing : type === 'icon' ? this.iconTemplate() : this.displayValue || html`<slot></slot>`;
    return html`<span part="base" class="base" aria-hidden=${ifDefined(hidden ? 'true' : undefined)}>${content}</span>${
        label ? html`<span class="visually-hidden">${label}</span>` : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-badge': SugamBadge;
  }
}
