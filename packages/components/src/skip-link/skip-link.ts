import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizeController, registerStrings } from '@sugam/i18n';
import { skipLink } from '@sugam/i18n/en';
import { hostStyles } from '../internal/styles.js';
import { skipLinkStyles } from './skip-link.styles.js';
import { safeUrl } from '../internal/url.js';

registerStrings({ skipLink });

/**
 * A "Skip to main content" link (WCAG 2.4.1, GIGW 3.0): put it first in the page, or in the `skip-link` slot of
 * `<sugam-identity-bar>`, so it is the first thing Tab reaches. It is hidden until focused, then shown at the top
 * of the viewport. Activating it moves keyboard focus to the target (not only the scroll position, which is all a
 * plain in-page link does in some browsers): the element whose id `href` names, else the page's `<main>` (or
 * `role="main"`) landmark. A target that cannot take focus gets `tabindex="-1"`.
 *
 * @summary Skip link: hidden until focused; moves focus and scroll to the main content.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The link text. Defaults to a localized "Skip to main content".
 *
 * @csspart link - The `<a>` element.
 *
 * @event sugam-skip - Fired on the link after focus has moved to the target; `detail.target` is that element.
 */
export class SugamSkipLink extends LitElement {
  static override styles = [hostStyles, skipLinkStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** The target: an in-page fragment (`#content`). When no element has that id, the `<main>` landmark is used. */
  @property() accessor href = '#main';

  private readonly localize = new LocalizeController(this);

  /** The element the link leads to, or null when the page has none. */
  get target(): HTMLElement | null {
    const href = this.safeHref;
    if (href && !href.startsWith('#')) return null;
    let id = href.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      // Keep the raw id.
    }
    const byId = id ? this.ownerDocument.getElementById(id) : null;
    return byId ?? this.ownerDocument.querySelector<HTMLElement>('main:not([hidden]), [role="main"]');
  }

  /** The href to use: `#main` when empty or a `javascript:` URL (which would run code when followed). */
  private get safeHref(): string {
    return safeUrl(this.href) ?? '#main';
  }

  private readonly handleClick = (event: MouseEvent): void => {
    const href = this.safeHref;
    // Links to other pages keep their default behaviour.
    if (href && !href.startsWith('#')) return;
    const target = this.target;
    if (!target) {
      console.warn(`[sugam] <sugam-skip-link> found no element "${href}" and no <main> landmark to skip to.`);
      return;
    }
    event.preventDefault();
    if (!target.hasAttribute('tabindex') && target.tabIndex < 0) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
    this.dispatchEvent(new CustomEvent('sugam-skip', { bubbles: true, composed: true, detail: { target } }));
  };

  protected override render() {
    return html`<a part="link" class="link" href=${this.safeHref} @click=${this.handleClick}
      ><slot>${this.localize.t('skipLink.label')}</slot></a
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-skip-link': SugamSkipLink;
  }
  interface HTMLElementEventMap {
    'sugam-skip': CustomEvent<{ target: HTMLElement }>;
  }
}
