import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizeController, registerStrings } from '@sugam/i18n';
import { avatar } from '@sugam/i18n/en';
import { oneOf } from '../internal/enum.js';
import * as ICONS from '../internal/icon-set.js';
import { hostStyles } from '../internal/styles.js';
import { warnOnce } from '../internal/warn.js';
import { avatarStyles } from './avatar.styles.js';
import { initialsOf } from './initials.js';

registerStrings({ avatar });

export { initialsOf } from './initials.js';

export const AVATAR_SIZES = ['xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl'] as const;
export const AVATAR_SHAPES = ['circle', 'square'] as const;
export const AVATAR_STATUSES = ['online', 'offline', 'busy', 'away'] as const;
export type AvatarSize = (typeof AVATAR_SIZES)[number];
export type AvatarShape = (typeof AVATAR_SHAPES)[number];
export type AvatarStatus = (typeof AVATAR_STATUSES)[number];

/**
 * A person's picture, or their initials when there is no picture (or it fails to load), or a person icon when
 * there is no name either. The `name` is required: it is the accessible name of the picture (`role="img"`).
 * Initials come from the first letter of the first and last word of the name, as grapheme clusters, so Indic
 * conjuncts stay whole ("श्री", "க்ஷ"). An avatar with neither name nor `decorative` warns in the console.
 *
 * A `status` shows a dot (online, offline, busy, away), each with its own shape as well as colour, and tells
 * screen-reader users the status in words in the page's language.
 *
 * @summary A person's picture, initials or icon, xs to 3xl, circle or square, with a localized status.
 * @status stable
 * @since 0.1.0
 *
 * @csspart base - The round or square box.
 * @csspart image - The `<img>`.
 * @csspart initials - The initials.
 * @csspart status - The status dot.
 *
 * @cssprop --sugam-avatar-size - The box's size, overriding `size`.
 * @cssprop --sugam-avatar-background - Background of the initials and icon. Defaults to the brand's subtle surface.
 * @cssprop --sugam-avatar-color - Colour of the initials and icon. Defaults to `--sugam-color-text-brand`.
 */
export class SugamAvatar extends LitElement {
  static override styles = [hostStyles, avatarStyles];

  /** The person's name: the accessible name, and the source of the initials. */
  @property() accessor name: string | undefined;

  /** The picture's URL. Without it, or when it fails to load, the initials show. */
  @property() accessor src: string | undefined;

  /** Initials to show instead of those computed from `name` (e.g. a preferred short form). */
  @property() accessor initials: string | undefined;

  /** 24, 32, 40, 48, 56, 64 or 80 px. */
  @property({ reflect: true, useDefault: true }) accessor size: AvatarSize = 'md';

  /** `circle` or `square` (rounded corners). */
  @property({ reflect: true, useDefault: true }) accessor shape: AvatarShape = 'circle';

  /** A presence status, shown as a dot and told to screen readers in words. */
  @property({ reflect: true }) accessor status: AvatarStatus | undefined;

  /** Hides the avatar from assistive technology when the name is already next to it. */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor decorative = false;

  @state() private accessor failed = false;

  private readonly localize = new LocalizeController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('size')) oneOf(this, 'size', this.size, AVATAR_SIZES, 'md');
    if (changed.has('shape')) oneOf(this, 'shape', this.shape, AVATAR_SHAPES, 'circle');
    if (changed.has('status') && this.status != null) oneOf(this, 'status', this.status, AVATAR_STATUSES, 'online');
    if (changed.has('src')) this.failed = false;
    if (!this.name?.trim() && !this.decorative) {
      warnOnce(this, 'name', 'needs a name: it is the accessible name of the picture (or set decorative).');
    }
  }

  protected override render() {
    const name = this.name?.trim() ?? '';
    const lang = this.localize.lang;
    const initials = (this.initials?.trim() || initialsOf(name, lang)) ?? '';
    const status =
      this.status && (AVATAR_STATUSES as readonly string[]).includes(this.status) ? this.status : undefined;
    const named = !!name && !this.decorative;

    let content;
    if (this.src && !this.failed) {
      content = html`<img part="image" class="image" src=${this.src} alt="" @error=${() => (this.failed = true)} />`;
    } else if (initials) {
      content = html`<span part="initials" class="initials" aria-hidden="true">${initials}</span>`;
    } else {
      content = html`<svg class="icon" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true" focusable="false">
        ${ICONS.person()}
      </svg>`;
    }

    return html`<span
        part="base"
        class="base"
        role=${named ? 'img' : 'presentation'}
        aria-label=${named ? name : nothing}
        aria-hidden=${this.decorative ? 'true' : nothing}
        >${content}</span
      >${
        status
          ? html`<span part="status" class="status ${status}" aria-hidden="true"></span
              >${this.decorative ? nothing : html`<span class="visually-hidden">${this.localize.t(`avatar.${status}`)}</span>`}`
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-avatar': SugamAvatar;
  }
}
