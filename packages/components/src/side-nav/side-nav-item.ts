import { LitElement, css } from 'lit';
import { property } from 'lit/decorators.js';

/**
 * A link of a `<sugam-side-nav>`: its text is the link text. It renders nothing itself; the side navigation draws
 * every link in its own list. `lang` and `dir` attributes are kept on the link.
 *
 * @summary A link in a side navigation.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The link text, as plain text.
 */
export class SugamSideNavItem extends LitElement {
  static override styles = css`
    :host {
      display: none;
    }
  `;

  /** The link's address. */
  @property() accessor href: string | undefined;

  /** Marks the page being shown: `aria-current="page"`, a bar and bold text; its group opens by default. */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor current = false;
}

/**
 * A section of a `<sugam-side-nav>` that holds items and further groups behind a disclosure button named `label`.
 * It is open when it has the `open` attribute or holds the current page (until the visitor closes it).
 *
 * @summary A collapsible section of a side navigation.
 * @status stable
 * @since 0.1.0
 *
 * @slot - `<sugam-side-nav-item>` and `<sugam-side-nav-group>` elements.
 */
export class SugamSideNavGroup extends LitElement {
  static override styles = css`
    :host {
      display: none;
    }
  `;

  /** The section's name, shown on its disclosure button. */
  @property() accessor label = '';

  /** Whether the section is expanded. Reflects the visitor's choice. */
  @property({ type: Boolean, reflect: true }) accessor open = false;
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-side-nav-item': SugamSideNavItem;
    'sugam-side-nav-group': SugamSideNavGroup;
  }
}
