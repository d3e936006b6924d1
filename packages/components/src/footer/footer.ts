import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LocalizeController, registerStrings } from '@sugam/i18n';
import { footer } from '@sugam/i18n/en';
import { oneOf } from '../internal/enum.js';
import { footerStyles } from './footer.styles.js';
import { safeUrl, warnScriptUrl } from '../internal/url.js';

registerStrings({ footer });

export const FOOTER_VARIANTS = ['dark', 'light', 'primary'] as const;
export const FOOTER_DATE_LABELS = ['updated', 'reviewed'] as const;
export type FooterVariant = (typeof FOOTER_VARIANTS)[number];
export type FooterDateLabel = (typeof FOOTER_DATE_LABELS)[number];

/** The GIGW footer links, in the order they are shown: [property, string key]. */
const FOOTER_LINKS = [
  ['hyperlinkingHref', 'footer.hyperlinking'],
  ['privacyHref', 'footer.privacy'],
  ['termsHref', 'footer.terms'],
  ['accessibilityHref', 'footer.accessibility'],
  ['helpHref', 'footer.help'],
  ['sitemapHref', 'footer.sitemap'],
  ['feedbackHref', 'footer.feedback'],
  ['contactHref', 'footer.contact'],
] as const;

/** A placeholder value that no translation contains: the translated sentence is split around it. */
const MARK = '\uE000';

/**
 * The page footer of a government website, with what GIGW 3.0 asks of it: copyright, hyperlinking, privacy and
 * terms policies, accessibility statement, help, sitemap, feedback and contact links (each shown when its `*-href`
 * is set, with a localized default text), who owns the content, the department's lineage and the date the page
 * was last updated or reviewed, formatted in the page's language and digits.
 *
 * It renders a `<footer>`: placed outside `<main>`, `<article>`, `<aside>`, `<nav>` and `<section>` (normally at
 * the end of `<body>`) it is the page's one `contentinfo` landmark. Use one per page.
 *
 * Variants follow DBIM: `dark` (default) uses the darkest shade of the site's colour group, `primary` its primary
 * shade, `light` a neutral surface. On `dark` a slotted emblem image is turned white; an inline SVG drawn with
 * `currentColor` follows the footer's text colour in every variant.
 *
 * @summary GIGW page footer: policies, ownership, lineage and a localized "last updated" date.
 * @status stable
 * @since 0.1.0
 *
 * @slot - Extra columns (e.g. a heading with a list of links each); they sit in a responsive grid.
 * @slot emblem - The State Emblem or department logo (an `<img>` with alt text or an SVG with `role="img"`).
 * @slot lineage - The department's lineage, e.g. "Department of Posts, Ministry of Communications, Government of India".
 * @slot links - Extra `<a>` elements shown after the standard policy links.
 *
 * @csspart base - The `<footer>` element.
 * @csspart links - The list of policy links.
 * @csspart meta - The ownership, date and copyright lines.
 *
 * @cssprop --sugam-footer-background - Background colour (overrides the variant's).
 * @cssprop --sugam-footer-color - Text colour (overrides the variant's).
 * @cssprop --sugam-footer-link-color - Link colour. Defaults to the text colour on dark and primary footers.
 * @cssprop --sugam-footer-max-width - Width of the content column. Defaults to 75rem.
 * @cssprop --sugam-footer-padding-inline - Space at the start and end. Defaults to `--sugam-space-200`.
 * @cssprop --sugam-footer-emblem-size - Maximum height of the emblem. Defaults to 64px.
 * @cssprop --sugam-footer-emblem-filter - Filter that turns an emblem image white on the dark variant.
 */
export class SugamFooter extends LitElement {
  static override styles = footerStyles;

  /** Colour scheme: `dark` (DBIM: darkest shade of the brand group), `primary` or `light`. */
  @property({ reflect: true, useDefault: true }) accessor variant: FooterVariant = 'dark';

  /** Who owns the content (and holds the copyright), e.g. "Ministry of Electronics and Information Technology". */
  @property() accessor owner: string | undefined;

  /** The language of `owner` when it differs from the page's (e.g. `en` on a Hindi page). */
  @property({ attribute: 'owner-lang' }) accessor ownerLang: string | undefined;

  /** The year of the copyright line. Defaults to the current year. */
  @property({ type: Number, attribute: 'copyright-year' }) accessor copyrightYear: number | undefined;

  /** The date the content was last updated or reviewed, as an ISO date: attribute `updated="2026-11-20"`. */
  @property({ attribute: 'updated' }) accessor lastUpdated: string | undefined;

  /** Whether the date line reads "Last updated" or "Last reviewed". */
  @property({ attribute: 'updated-label', reflect: true, useDefault: true }) accessor updatedLabel: FooterDateLabel =
    'updated';

  /** URL of the hyperlinking policy. */
  @property({ attribute: 'hyperlinking-href' }) accessor hyperlinkingHref: string | undefined;
  /** URL of the privacy policy. */
  @property({ attribute: 'privacy-href' }) accessor privacyHref: string | undefined;
  /** URL of the terms and conditions. */
  @property({ attribute: 'terms-href' }) accessor termsHref: string | undefined;
  /** URL of the accessibility statement. */
  @property({ attribute: 'accessibility-href' }) accessor accessibilityHref: string | undefined;
  /** URL of the help page. */
  @property({ attribute: 'help-href' }) accessor helpHref: string | undefined;
  /** URL of the sitemap. */
  @property({ attribute: 'sitemap-href' }) accessor sitemapHref: string | undefined;
  /** URL of the feedback page or form. */
  @property({ attribute: 'feedback-href' }) accessor feedbackHref: string | undefined;
  /** URL of the contact page. */
  @property({ attribute: 'contact-href' }) accessor contactHref: string | undefined;

  @state() private accessor filled = { emblem: false, lineage: false, columns: false, links: false };

  private readonly localize = new LocalizeController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('variant')) oneOf(this, 'variant', this.variant, FOOTER_VARIANTS, 'dark');
    if (changed.has('updatedLabel')) oneOf(this, 'updated-label', this.updatedLabel, FOOTER_DATE_LABELS, 'updated');
  }

  private readonly handleSlotChange = (event: Event): void => {
    const slot = event.target as HTMLSlotElement;
    if (!slot.isConnected) return;
    const key = (slot.name || 'columns') as keyof typeof this.filled;
    const has = slot
      .assignedNodes({ flatten: true })
      .some((node) => node.nodeType === Node.ELEMENT_NODE || node.textContent?.trim());
    if (this.filled[key] !== has) this.filled = { ...this.filled, [key]: has };
  };

  /** A translated sentence with `value` inserted as isolated text (never HTML), e.g. an English name in Urdu. */
  private sentence(key: string, name: string, value: TemplateResult, options: Record<string, unknown> = {}) {
    const [before = '', after = ''] = this.localize.t(key, { ...options, [name]: MARK }).split(MARK);
    return html`${before}${value}${after}`;
  }

  private renderDate() {
    if (!this.lastUpdated) return nothing;
    const text = this.localize.formatDate(this.lastUpdated, { style: 'long' });
    if (!text) return nothing;
    const label = oneOf(this, 'updated-label', this.updatedLabel, FOOTER_DATE_LABELS, 'updated');
    const key = label === 'reviewed' ? 'footer.lastReviewed' : 'footer.lastUpdated';
    return html`<p class="updated">
      ${this.sentence(key, 'date', html`<time datetime=${this.lastUpdated}>${text}</time>`)}
    </p>`;
  }

  protected override render() {
    const owner = this.owner?.trim();
    const ownerName = html`<bdi lang=${ifDefined(this.ownerLang || undefined)}>${owner}</bdi>`;
    const year = this.localize.formatNumber(
      Number.isInteger(this.copyrightYear) ? this.copyrightYear! : new Date().getFullYear(),
      { useGrouping: false },
    );
    const links = FOOTER_LINKS.filter(([prop]) => linkable(this, this[prop]));
    const hasIdentity = this.filled.emblem || this.filled.lineage;
    const date = this.renderDate();

    return html`<footer part="base" class="base">
      <div class="inner">
        <div class="identity" ?hidden=${!hasIdentity}>
          <div class="emblem"><slot name="emblem" @slotchange=${this.handleSlotChange}></slot></div>
          <div class="lineage"><slot name="lineage" @slotchange=${this.handleSlotChange}></slot></div>
        </div>
        <div class="columns" ?hidden=${!this.filled.columns}>
          <slot @slotchange=${this.handleSlotChange}></slot>
        </div>
        <ul
          part="links"
          class="links"
          aria-label=${this.localize.t('footer.linksLabel')}
          ?hidden=${!links.length && !this.filled.links}
        >
          ${links.map(([prop, key]) => html`<li><a href=${this[prop]!}>${this.localize.t(key)}</a></li>`)}
          <li class="extra" ?hidden=${!this.filled.links}>
            <slot name="links" @slotchange=${this.handleSlotChange}></slot>
          </li>
        </ul>
        <div part="meta" class="meta" ?hidden=${!owner && date === nothing}>
          ${owner ? html`<p class="owner">${this.sentence('footer.contentOwner', 'owner', ownerName)}</p>` : nothing}
          ${date}
          ${
            owner
              ? html`<p class="copyright">${this.sentence('footer.copyright', 'owner', ownerName, { year })}</p>`
              : nothing
          }
        </div>
      </div>
    </footer>`;
  }
}

/** Whether an href may be rendered: set, and not a `javascript:` URL (which is dropped with one warning). */
function linkable(element: Element, url: string | undefined): boolean {
  if (!url) return false;
  if (safeUrl(url)) return true;
  warnScriptUrl(element, 'no link');
  return false;
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-footer': SugamFooter;
  }
}
