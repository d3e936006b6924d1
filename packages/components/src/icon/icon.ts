import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { oneOf } from '../internal/enum.js';
import { ICONS, ICON_NAMES, type IconName } from '../internal/icons.js';
import { iconSvg } from '../internal/icon-svg.js';
import { warnOnce } from '../internal/warn.js';
import { hostStyles } from '../internal/styles.js';
import { iconStyles } from './icon.styles.js';

export { ICON_NAMES, DIRECTIONAL_ICONS, type IconName } from '../internal/icons.js';

export const ICON_SIZES = ['sm', 'md', 'lg', 'xl'] as const;
export type IconSize = (typeof ICON_SIZES)[number];

/** Whether `name` is one of the bundled icons. */
export function isIconName(name: string | undefined | null): name is IconName {
  return !!name && Object.prototype.hasOwnProperty.call(ICONS, name);
}

/**
 * An icon from Sugam's bundled set, or the page's own inline `<svg>`. It takes the text colour (`currentColor`)
 * and, without a `size`, the font size (`1em`), so it sits in a line of text. Icons that point along the reading
 * direction (`chevron-start`, `arrow-end`, `first-page`…) mirror in right-to-left text.
 *
 * With `label` the icon means something: it gets `role="img"` and that accessible name (write the label in the
 * page's language). Without `label` it is decorative and hidden from assistive technology. An unknown `name`
 * renders nothing and warns once in the console.
 *
 * @summary An icon from the bundled set or a custom inline SVG; decorative or labelled; mirrors in RTL.
 * @status stable
 * @since 0.1.0
 *
 * @slot - A custom icon: an inline `<svg>` the page provides (used when `name` is not set).
 *
 * @csspart svg - The bundled icon's `<svg>`.
 *
 * @cssprop --sugam-icon-size - The icon's width and height when no `size` is set. Defaults to `1em`.
 */
export class SugamIcon extends LitElement {
  static override styles = [hostStyles, iconStyles];

  /** The bundled icon to show (see `ICON_NAMES`). Leave it unset to show a custom `<svg>` from the default slot. */
  @property({ reflect: true }) accessor name: string | undefined;

  /** The icon's accessible name. Without it the icon is decorative (`aria-hidden="true"`). */
  @property() accessor label: string | undefined;

  /** 16, 24, 32 or 48 px. Unset, the icon follows `--sugam-icon-size`, else the font size. */
  @property({ reflect: true }) accessor size: IconSize | undefined;

  private roleApplied = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('size') && this.size != null) oneOf(this, 'size', this.size, ICON_SIZES, 'md');
    if (changed.has('name') && this.name && !isIconName(this.name)) {
      warnOnce(
        this,
        `name=${this.name}`,
        `has no icon named "${this.name}"; it renders nothing. Known icons: ${ICON_NAMES.join(', ')}.`,
      );
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.roleApplied && !changed.has('label')) return;
    this.roleApplied = true;
    // The name and role sit on the host, which is what the page places in its content.
    const label = this.label?.trim();
    if (label) {
      this.setAttribute('role', 'img');
      this.setAttribute('aria-label', label);
      this.removeAttribute('aria-hidden');
    } else {
      this.removeAttribute('role');
      this.removeAttribute('aria-label');
      this.setAttribute('aria-hidden', 'true');
    }
  }

  protected override render() {
    if (!this.name) return html`<slot></slot>`;
    if (!isIconName(this.name)) return nothing;
    return iconSvg(this.name, 'svg', 'svg');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-icon': SugamIcon;
  }
}
