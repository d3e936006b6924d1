import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { SugamButton } from '../button/button.js';
import { buttonStyles } from '../button/button.styles.js';
import { isIconName } from '../icon/icon.js';
import { ICON_NAMES } from '../internal/icons.js';
import { iconSvg } from '../internal/icon-svg.js';
import { warnOnce } from '../internal/warn.js';
import { iconButtonStyles } from './icon-button.styles.js';

/**
 * A button (or, with `href`, a link) that shows only an icon. Because nothing visible names it, the `label`
 * attribute is required: it is the accessible name ("Close", "Search", "Print this page"), written in the page's
 * language. Without it the button still renders, nameless, and warns in the console: the icon's name ("close")
 * is never used as a fallback, since it is an English identifier, not a label.
 *
 * It is a `<sugam-button>` underneath: the same variants (`solid`, `outline`, `text`, `tonal`; UX4G's name
 * `primary` is read as `solid`), intents, sizes, disabled and loading states, links with `href`, and form behaviour
 * (`type="submit"`). The square box is 24, 32, 40, 48 or 56 px; `pill` rounds it.
 *
 * @summary An icon-only button or link with a required accessible name: solid, outline, text or tonal; xs to xl.
 * @status stable
 * @since 0.1.0
 *
 * @slot - A custom icon (an inline `<svg>`), used when `icon` is not set.
 *
 * @csspart base - The inner `<button>` or `<a>` element.
 * @csspart icon - The bundled icon's `<svg>`.
 * @csspart spinner - The loading spinner.
 *
 * @cssprop --sugam-button-radius - Corner radius (ignored with `pill`). Defaults to `--sugam-radius-md`.
 * @cssprop --sugam-icon-button-icon-size - The icon's size. Defaults to 16–28 px by `size`.
 *
 * @event click - Fired when activated by pointer, Enter or Space; never while disabled or loading.
 */
export class SugamIconButton extends SugamButton {
  static override styles = [...buttonStyles, iconButtonStyles];

  /** The bundled icon to show (see `ICON_NAMES`). */
  @property({ reflect: true }) accessor icon: string | undefined;

  /** Fully rounded corners. */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor pill = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // UX4G calls the filled icon button "primary": read it as `solid`, without a warning.
    if ((this.variant as string) === 'primary') this.variant = 'solid';
    super.willUpdate(changed);
    if ((!this.hasUpdated || changed.has('label')) && !this.label?.trim()) {
      warnOnce(this, 'label', 'needs a label: an icon-only button has no other accessible name.');
    }
    if (changed.has('icon') && this.icon && !isIconName(this.icon)) {
      warnOnce(this, `icon=${this.icon}`, `has no icon named "${this.icon}". Known icons: ${ICON_NAMES.join(', ')}.`);
    }
  }

  protected override renderContent() {
    if (this.loading) return html`<span part="spinner" class="spinner" aria-hidden="true"></span>`;
    if (!this.icon) return html`<slot></slot>`;
    if (!isIconName(this.icon)) return html``;
    return iconSvg(this.icon, 'icon', 'icon');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-icon-button': SugamIconButton;
  }
}
