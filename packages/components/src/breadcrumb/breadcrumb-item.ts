import { LitElement, css } from 'lit';
import { property } from 'lit/decorators.js';

/**
 * One level of a `<sugam-breadcrumb>`: its text is the link text, `href` its address. It renders nothing itself;
 * the breadcrumb draws the whole trail in its own list, so every level is a real list item and link. The last
 * item is the current page. `lang` and `dir` attributes on an item are kept on its link.
 *
 * @summary One level of a breadcrumb trail.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The level's name, as plain text.
 */
export class SugamBreadcrumbItem extends LitElement {
  static override styles = css`
    :host {
      display: none;
    }
  `;

  /** The level's address. The last item may leave it out (the current page needs no link). */
  @property() accessor href: string | undefined;

  /** The visible name, read from the item's text. */
  get label(): string {
    return (this.textContent ?? '').replace(/\s+/g, ' ').trim();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-breadcrumb-item': SugamBreadcrumbItem;
  }
}
