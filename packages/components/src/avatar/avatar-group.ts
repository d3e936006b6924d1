import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizeController, registerStrings } from '@sugam/i18n';
import { avatar } from '@sugam/i18n/en';
import { oneOf } from '../internal/enum.js';
import { hostStyles } from '../internal/styles.js';
import { AVATAR_SIZES, type AvatarSize } from './avatar.js';
import { avatarGroupStyles } from './avatar.styles.js';

registerStrings({ avatar });

/**
 * A row of overlapping `<sugam-avatar>`s, such as the people working on an application. With `max`, only the
 * first `max` pictures show, followed by a "+3" bubble whose accessible name says "3 more people" in the page's
 * language. Give the group a `label` ("Reviewers") to name it for screen readers.
 *
 * @summary A row of overlapping avatars with a localized "+N more" overflow.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The `<sugam-avatar>` elements (give them the same `size` as the group).
 *
 * @csspart base - The group.
 * @csspart more - The "+N" bubble.
 */
export class SugamAvatarGroup extends LitElement {
  static override styles = [hostStyles, avatarGroupStyles];

  /** The group's accessible name. */
  @property() accessor label: string | undefined;

  /** The most pictures shown; the rest are counted in a "+N" bubble. */
  @property({ type: Number }) accessor max: number | undefined;

  /** The size of the "+N" bubble and of the overlap: match the avatars' `size`. */
  @property({ reflect: true, useDefault: true }) accessor size: AvatarSize = 'md';

  @state() private accessor count = 0;

  private readonly localize = new LocalizeController(this);
  /** Hides avatars past `max` without touching the page's elements, and without inline styles (strict CSP). */
  private readonly limitSheet = new CSSStyleSheet();

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.shadowRoot && !this.shadowRoot.adoptedStyleSheets.includes(this.limitSheet)) {
      this.shadowRoot.adoptedStyleSheets = [...this.shadowRoot.adoptedStyleSheets, this.limitSheet];
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('size')) oneOf(this, 'size', this.size, AVATAR_SIZES, 'md');
  }

  private get shown(): number {
    const max = Number(this.max);
    return Number.isFinite(max) && max >= 1 ? Math.floor(max) : Infinity;
  }

  protected override updated(): void {
    const shown = this.shown;
    this.limitSheet.replaceSync(
      Number.isFinite(shown) ? `::slotted(:nth-child(n + ${shown + 1})) { display: none; }` : '',
    );
  }

  private readonly handleSlotChange = (event: Event): void => {
    this.count = (event.target as HTMLSlotElement).assignedElements().length;
  };

  protected override render() {
    const hidden = Math.max(0, this.count - this.shown);
    const label = this.label?.trim();
    return html`<div part="base" class="base" role=${label ? 'group' : nothing} aria-label=${label || nothing}>
      <slot @slotchange=${this.handleSlotChange}></slot>
      ${
        hidden
          ? html`<span
              part="more"
              class="more"
              role="img"
              aria-label=${this.localize.t('avatar.more', { count: hidden })}
              >+${this.localize.formatNumber(hidden)}</span
            >`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-avatar-group': SugamAvatarGroup;
  }
}
