import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { oneOf } from '../internal/enum.js';
import { hostStyles } from '../internal/styles.js';
import { isScriptUrl, warnScriptUrl } from '../internal/url.js';
import { cardStyles } from './card.styles.js';

export const CARD_VARIANTS = ['solid', 'outline'] as const;
export const CARD_ORIENTATIONS = ['vertical', 'horizontal'] as const;
export type CardVariant = (typeof CARD_VARIANTS)[number];
export type CardOrientation = (typeof CARD_ORIENTATIONS)[number];

type SlotName = 'image' | 'tag' | 'heading' | 'footer';

/**
 * A card: a picture, a tag, a heading, some text and actions, grouped in a box. `solid` cards are raised with a
 * shadow, `outline` cards have a border. `horizontal` cards put the picture beside the text (and stack it on top
 * again when the card is narrower than 30rem).
 *
 * With `href` the whole card is clickable, done accessibly: the heading is the one link (its text is the link's
 * name, so a screen reader's list of links reads "Apply for a ration card", not "Read more" or the whole card);
 * a stretched click area makes the rest of the card follow it too, and buttons or links in the `footer` stay
 * separately clickable above it. The focus ring goes around the whole card. Give the heading with the `heading`
 * attribute (at `heading-level`, 3 by default) or as a heading element in the `heading` slot.
 *
 * @summary A content card: solid or outline, vertical or horizontal, image, tag, heading, body, actions, link.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The card's text.
 * @slot image - A picture (`<img alt="…">`, or `alt=""` when it is decorative) at the top or start.
 * @slot tag - A tag or badge above the heading.
 * @slot heading - The heading, when it needs more than the `heading` attribute (use a heading element).
 * @slot footer - Actions: buttons or links, kept clickable on a linked card.
 *
 * @csspart base - The card's box.
 * @csspart image - The picture's wrapper.
 * @csspart content - The wrapper of everything but the picture.
 * @csspart heading - The heading's wrapper.
 * @csspart link - The heading's link (with `href`).
 * @csspart body - The text's wrapper.
 * @csspart footer - The actions' wrapper.
 *
 * @cssprop --sugam-card-padding - Space inside the card. Defaults to `--sugam-space-200`.
 * @cssprop --sugam-card-radius - Corner radius. Defaults to `--sugam-radius-lg`.
 * @cssprop --sugam-card-image-ratio - Aspect ratio of the picture. Defaults to `16 / 9`.
 */
export class SugamCard extends LitElement {
  static override styles = [hostStyles, cardStyles];

  /** `solid` (raised, with a shadow) or `outline` (a border). */
  @property({ reflect: true, useDefault: true }) accessor variant: CardVariant = 'solid';

  /** `vertical` (picture on top) or `horizontal` (picture at the start). */
  @property({ reflect: true, useDefault: true }) accessor orientation: CardOrientation = 'vertical';

  /** The heading's text. */
  @property() accessor heading: string | undefined;

  /** The level of the `heading` (2 to 6). */
  @property({ type: Number, attribute: 'heading-level' }) accessor headingLevel = 3;

  /** Makes the heading a link to this URL, and the whole card clickable. */
  @property() accessor href: string | undefined;

  /** The link's browsing context (with `href`). */
  @property() accessor target: string | undefined;

  @state() private accessor filled: ReadonlySet<string> = new Set();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('variant')) oneOf(this, 'variant', this.variant, CARD_VARIANTS, 'solid');
    if (changed.has('orientation')) oneOf(this, 'orientation', this.orientation, CARD_ORIENTATIONS, 'vertical');
    if (changed.has('headingLevel') && !(this.headingLevel >= 2 && this.headingLevel <= 6)) {
      oneOf(this, 'heading-level', String(this.headingLevel), ['2', '3', '4', '5', '6'], '3');
    }
  }

  private readonly handleSlotChange = (event: Event): void => {
    const slot = event.target as HTMLSlotElement;
    const has = slot
      .assignedNodes()
      .some((node) => node.nodeType === Node.ELEMENT_NODE || (node.textContent ?? '').trim() !== '');
    const name = slot.name;
    if (has !== this.filled.has(name)) {
      const next = new Set(this.filled);
      if (has) next.add(name);
      else next.delete(name);
      this.filled = next;
    }
  };

  private get link(): string | undefined {
    if (!this.href) return undefined;
    if (isScriptUrl(this.href)) {
      warnScriptUrl(this, 'a card without a link');
      return undefined;
    }
    return this.href;
  }

  protected override render() {
    const href = this.link;
    const level = this.headingLevel >= 2 && this.headingLevel <= 6 ? Math.round(this.headingLevel) : 3;
    const rel = this.target === '_blank' ? 'noopener noreferrer' : nothing;
    const linked = (content: unknown) =>
      href
        ? html`<a part="link" class="link" href=${href} target=${this.target ?? nothing} rel=${rel}>${content}</a>`
        : content;
    const slotted = (name: SlotName) => html`<slot name=${name} @slotchange=${this.handleSlotChange}></slot>`;
    const showHeading = !!this.heading?.trim() || this.filled.has('heading');

    return html`<div part="base" class=${classMap({ base: true, linked: !!href })}>
      <div part="image" class="image" ?hidden=${!this.filled.has('image')}>${slotted('image')}</div>
      <div part="content" class="content">
        <div class="tag" ?hidden=${!this.filled.has('tag')}>${slotted('tag')}</div>
        <div part="heading" class="heading" ?hidden=${!showHeading}>
          ${
            this.heading?.trim()
              ? html`<div role="heading" aria-level=${level} class="heading-text">${linked(this.heading)}</div>`
              : linked(slotted('heading'))
          }
        </div>
        <div part="body" class="body"><slot></slot></div>
        <div part="footer" class="footer" ?hidden=${!this.filled.has('footer')}>${slotted('footer')}</div>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-card': SugamCard;
  }
}
