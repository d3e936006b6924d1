import { LitElement, html, svg, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { LocalizeController, registerStrings } from '@sugam/i18n';
import { link } from '@sugam/i18n/en';
import { oneOf } from '../internal/enum.js';
import * as ICONS from '../internal/icon-set.js';
import { menuItemStyles } from './menu.styles.js';
import { placeSubmenu } from '../internal/popup.js';

registerStrings({ link });

export const MENU_ITEM_TYPES = ['normal', 'checkbox', 'radio'] as const;
export type MenuItemType = (typeof MENU_ITEM_TYPES)[number];

/** A filled dot for a checked radio item (not in the bundled icon set). */
const RADIO_DOT = svg`<circle cx="12" cy="12" r="5" />`;

const ROLES: Record<MenuItemType, string> = {
  normal: 'menuitem',
  checkbox: 'menuitemcheckbox',
  radio: 'menuitemradio',
};

/**
 * One item of a `<sugam-menu>`: a command (`menuitem`), a toggle (`type="checkbox"`, `menuitemcheckbox`) or one
 * of a set of choices (`type="radio"`, `menuitemradio`; the radio items of one menu form one set). With `href` it is
 * a link item: it keeps the `menuitem` role (as in the WAI-ARIA menu button pattern with links) and activating it
 * follows the link (one that opens a new tab says so, in the reader's language). A disabled item can be focused (so it is found) but not activated.
 *
 * Items placed in its `submenu` slot make it a submenu item (`aria-haspopup="menu"`): it opens a menu of them
 * beside itself, at its end side (mirrored right to left; below itself, indented, where neither side has room), instead
 * of being activated. See `<sugam-menu>` for the keys.
 *
 * @summary An item of a menu: a command, a link, a checkbox or a radio choice.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The item's text. Its first letter is what type-ahead matches.
 * @slot start - An icon before the text.
 * @slot end - Content after the text, e.g. a keyboard shortcut hint.
 * @slot submenu - `<sugam-menu-item>`s of a submenu that this item opens.
 *
 * @csspart base - The item's row.
 * @csspart check - The check mark of a checkbox or radio item.
 * @csspart label - The wrapper of the text.
 * @csspart submenu - The `role="menu"` popup of a submenu item.
 */
export class SugamMenuItem extends LitElement {
  static override styles = menuItemStyles;

  /** The value sent with `sugam-select` (the item's text if not set). */
  @property() accessor value = '';

  /** normal (default), checkbox or radio. */
  @property({ reflect: true, useDefault: true }) accessor type: MenuItemType = 'normal';

  /** Whether a checkbox or radio item is checked. */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor checked = false;

  /** Shown but not activatable; still reachable with the arrow keys. */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor disabled = false;

  /** Makes it a link item that goes to this URL. */
  @property() accessor href: string | undefined;

  /** The link's browsing context (with `href`). `_blank` also sets `rel="noopener noreferrer"`. */
  @property() accessor target: string | undefined;

  /** Whether items are slotted in `submenu`. */
  @state() private accessor hasSubmenu = false;
  @query('.submenu') private accessor submenu!: HTMLElement;

  private readonly localize = new LocalizeController(this);

  /** The items of its submenu, in order (hidden ones left out). */
  get submenuItems(): SugamMenuItem[] {
    return [...this.children].filter(
      (child): child is SugamMenuItem => child instanceof SugamMenuItem && child.slot === 'submenu' && !child.hidden,
    );
  }

  /** Whether its submenu is open. */
  get expanded(): boolean {
    return !!this.submenu?.matches(':popover-open');
  }

  /** Where its open submenu is on screen; undefined while closed. */
  get submenuBox(): DOMRect | undefined {
    return this.expanded ? this.submenu.getBoundingClientRect() : undefined;
  }

  /** Opens its submenu (a submenu item only), beside it. */
  showSubmenu(): void {
    if (!this.hasSubmenu || this.disabled || this.expanded) return;
    this.submenu.setAttribute('aria-label', this.text);
    this.submenu.showPopover();
    placeSubmenu(this.submenu, this);
    this.setAttribute('aria-expanded', 'true');
  }

  /** Closes its submenu and any submenu open inside it. */
  hideSubmenu(): void {
    if (!this.expanded) return;
    for (const item of this.submenuItems) item.hideSubmenu();
    this.submenu.hidePopover();
    this.setAttribute('aria-expanded', 'false');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute('tabindex')) this.tabIndex = -1;
  }

  /** The item's text, as read and as matched by type-ahead (its submenu's items left out). */
  get text(): string {
    let text = '';
    for (const node of this.childNodes)
      if (!(node instanceof Element && node.slot === 'submenu')) text += node.textContent;
    return text.replace(/\s+/g, ' ').trim();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('type')) oneOf(this, 'type', this.type, MENU_ITEM_TYPES, 'normal');
  }

  protected override updated(): void {
    const type = oneOf(this, 'type', this.type, MENU_ITEM_TYPES, 'normal');
    this.setAttribute('role', ROLES[type]);
    if (type === 'normal') this.removeAttribute('aria-checked');
    else this.setAttribute('aria-checked', String(this.checked));
    if (this.disabled) this.setAttribute('aria-disabled', 'true');
    else this.removeAttribute('aria-disabled');
    if (!this.hasSubmenu) {
      this.removeAttribute('aria-haspopup');
      this.removeAttribute('aria-expanded');
    } else {
      this.setAttribute('aria-haspopup', 'menu');
      this.setAttribute('aria-expanded', String(this.expanded));
    }
  }

  /** Follows the link of a link item (after `sugam-select` was not prevented). */
  followLink(): void {
    // eslint-disable-next-line no-control-regex
    if (!this.href || /^javascript:/i.test(this.href.replace(/[\s\u0000-\u0020]/g, ''))) return;
    const link = document.createElement('a');
    link.href = this.href;
    if (this.target) link.target = this.target;
    if (this.target === '_blank') link.rel = 'noopener noreferrer';
    link.hidden = true;
    // Its click must not reach the menu, which would take it for a click on this item again (and again: WebKit).
    link.addEventListener('click', (event) => event.stopPropagation());
    this.shadowRoot!.append(link);
    link.click();
    link.remove();
  }

  protected override render() {
    const type = oneOf(this, 'type', this.type, MENU_ITEM_TYPES, 'normal');
    const mark = type === 'radio' ? RADIO_DOT : ICONS.check();
    const newTab = !!this.href && this.target === '_blank';
    return html`<div part="base" class="base">
        ${
          type === 'normal'
            ? null
            : html`<svg part="check" class="check" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
                ${this.checked ? mark : null}
              </svg>`
        }
        <slot name="start"></slot>
        <span part="label" class="label"
          ><slot></slot
          >${newTab ? html`<span class="visually-hidden"> ${this.localize.t('link.newTab')}</span>` : null}</span
        >
        <slot name="end"></slot>
        ${
          newTab
            ? html`<svg class="external" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
                ${ICONS.externalLink()}
              </svg>`
            : null
        }
        ${
          this.hasSubmenu
            ? html`<svg class="chevron" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
                ${ICONS.chevronEnd()}
              </svg>`
            : null
        }
      </div>
      <div part="submenu" class="submenu" role="menu" popover="manual" dir=${this.localize.dir}>
        <slot name="submenu" @slotchange=${() => (this.hasSubmenu = this.submenuItems.length > 0)}></slot>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-menu-item': SugamMenuItem;
  }
}
