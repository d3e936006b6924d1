import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LocalizeController, registerStrings } from '@sugam/i18n';
import { link } from '@sugam/i18n/en';
import * as ICONS from '../internal/icon-set.js';
import { hostStyles } from '../internal/styles.js';
import { isScriptUrl, warnScriptUrl } from '../internal/url.js';
import { linkStyles } from './link.styles.js';

registerStrings({ link });

/**
 * A link in UX4G's link colours, with distinct visited, hover and focus styles. Inline links (the default) are
 * always underlined, so colour is never the only cue; `standalone` links (in lists, cards, footers) are bolder
 * and underline on hover and focus.
 *
 * With `external` the link opens in a new tab (`target="_blank"`, `rel="noopener noreferrer"`), shows an icon and
 * tells screen-reader users "(opens in a new tab)" in the page's language; the same happens for
 * `target="_blank"`. With `download` it shows a download icon and says "(downloads a file)". A `javascript:` URL
 * is never rendered: the text shows without a link and a warning is logged.
 *
 * @summary A text link: inline or standalone, external (new tab) and download, with localized cues.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The link text.
 *
 * @csspart base - The inner `<a>` element.
 * @csspart icon - The external-link or download icon.
 *
 * @cssprop --sugam-color-link-default - Link colour.
 * @cssprop --sugam-color-link-hover - Colour on hover.
 * @cssprop --sugam-color-link-visited - Colour of visited links.
 */
export class SugamLink extends LitElement {
  static override styles = [hostStyles, linkStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** The URL. */
  @property() accessor href: string | undefined;

  /** The browsing context. `_blank` behaves like `external`. */
  @property() accessor target: string | undefined;

  /** The link's `rel`. New-tab links always add `noopener noreferrer`. */
  @property() accessor rel: string | undefined;

  /** Makes the link download its target; the value is the suggested file name (may be empty). */
  @property() accessor download: string | undefined;

  /** The language of the linked page (`hreflang`), e.g. `hi` for a link to the Hindi version. */
  @property() accessor hreflang: string | undefined;

  /** Opens the link in a new tab, with an icon and a localized "(opens in a new tab)" for screen readers. */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor external = false;

  /** A link on its own (in a list, card or footer) rather than in a sentence: bolder, underlined on hover. */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor standalone = false;

  private readonly localize = new LocalizeController(this);

  override focus(options?: FocusOptions): void {
    this.shadowRoot?.querySelector<HTMLElement>('a')?.focus(options);
  }

  override blur(): void {
    this.shadowRoot?.querySelector<HTMLElement>('a')?.blur();
  }

  protected override render() {
    const newTab = this.external || this.target === '_blank';
    const downloads = this.download !== undefined && this.download !== null;
    const icon = newTab ? ICONS.externalLink() : downloads ? ICONS.download() : undefined;
    const content = html`<slot></slot>${
        icon
          ? html`<svg
              part="icon"
              class="icon"
              viewBox="0 0 24 24"
              fill="currentColor"
              aria-hidden="true"
              focusable="false"
            >
              ${icon}
            </svg>`
          : nothing
      }${
        newTab ? html`<span class="visually-hidden"> ${this.localize.t('link.newTab')}</span>` : nothing
      }${downloads ? html`<span class="visually-hidden"> ${this.localize.t('link.download')}</span>` : nothing}`;

    if (!this.href || isScriptUrl(this.href)) {
      if (this.href) warnScriptUrl(this, 'its text without a link');
      return html`<span part="base" class="base">${content}</span>`;
    }
    const rel = newTab
      ? [...new Set([...(this.rel ?? '').split(/\s+/).filter(Boolean), 'noopener', 'noreferrer'])].join(' ')
      : this.rel;
    return html`<a
      part="base"
      class="base"
      href=${this.href}
      target=${ifDefined(newTab ? '_blank' : this.target)}
      rel=${ifDefined(rel || undefined)}
      download=${ifDefined(downloads ? this.download : undefined)}
      hreflang=${ifDefined(this.hreflang)}
      >${content}</a
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-link': SugamLink;
  }
}
