import { LitElement, html, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { LocalizeController } from '@sugam/i18n';
import { oneOf } from '../internal/enum.js';
import * as ICONS from '../internal/icon-set.js';
import { SugamMenuItem } from './menu-item.js';
import { menuStyles } from './menu.styles.js';
import { headsInto, placePopup, type Point } from '../internal/popup.js';
// Types of the events it shares with other components (in HTMLElementEventMap).
import '../internal/events.js';

export * from './menu-item.js';

export const MENU_PLACEMENTS = ['bottom-start', 'bottom-end', 'top-start', 'top-end'] as const;
export type MenuPlacement = (typeof MENU_PLACEMENTS)[number];

export interface MenuSelectDetail {
  item: SugamMenuItem;
  value: string;
  /** For checkbox and radio items: the checked state after the activation. */
  checked?: boolean;
}

const TYPEAHEAD_RESET_MS = 700;
/** How long a mouse resting on another item, on its way to an open submenu, waits before that submenu closes. */
const SUBMENU_SWITCH_MS = 300;

/** Folds text for type-ahead: canonical Unicode (a nukta letter typed precomposed or not), no case, no edge spaces. */
export function foldForTypeahead(text: string, lang: string): string {
  let folded = text.normalize('NFC');
  try {
    folded = folded.toLocaleLowerCase(lang);
  } catch {
    folded = folded.toLowerCase();
  }
  return folded.trimStart();
}

/** Whether a key produced one user-perceived character (an Indic key may insert several code points). */
function isCharacterKey(event: KeyboardEvent, lang: string): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing || !event.key) return false;
  if (!/^[^\p{C}]/u.test(event.key)) return false;
  if (event.key.length === 1) return true;
  // Named keys (ArrowDown, Enter, F1…) are several graphemes; a typed character is one.
  const segments = [...new Intl.Segmenter(lang, { granularity: 'grapheme' }).segment(event.key)];
  return segments.length === 1 && !/^[A-Z][A-Za-z0-9]+$/.test(event.key);
}

/**
 * A menu button (the WAI-ARIA APG menu button pattern): a trigger button with `aria-haspopup="menu"` and
 * `aria-expanded`, and a `role="menu"` of `<sugam-menu-item>`s in the top layer (a `popover`), placed against the
 * trigger and flipped when there is no room.
 *
 * Keyboard: on the trigger, Enter, Space or ↓ opens the menu on its first item, ↑ on its last. In the menu, ↓ and ↑
 * move (wrapping), Home and End go to the first and last item, typing a character moves to the next item
 * starting with it (compared as Unicode text in any script, without case), Enter or Space activates, Escape
 * closes and returns to the trigger, Tab closes and moves on. Activating an item fires the cancelable
 * `sugam-select` with the item's value; a link item then follows its link.
 *
 * Submenus: an item with items in its `submenu` slot opens them beside itself. → (← right to left), Enter or Space
 * opens it on its first item; ← (→ right to left) or Escape closes it and returns to its item; the mouse opens it
 * by pointing. Items of a submenu move, type-ahead and activate like the menu's own; choosing one closes every
 * level and returns to the trigger. Radio items form one set per level.
 *
 * The trigger is a button rendered from `label`, or your own `<button slot="trigger">` (it gets the ARIA
 * attributes; it must be a native button or an element with a button role that takes focus itself).
 *
 * @summary A menu button: a button that opens a list of actions or links.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The `<sugam-menu-item>`s (and `<hr>` separators).
 * @slot trigger - A button of your own instead of the rendered one.
 *
 * @csspart trigger - The rendered trigger button.
 * @csspart trigger-icon - The chevron of the rendered trigger.
 * @csspart menu - The `role="menu"` popup.
 *
 * @cssprop --sugam-menu-min-inline-size - Minimum width of the popup. Defaults to 12rem.
 *
 * @event sugam-select - An item was activated; `detail` is `{ item, value, checked? }`. Cancelable:
 * `preventDefault()` keeps a link item from being followed and a checkbox or radio item unchanged.
 * @event sugam-show - The menu opened.
 * @event sugam-hide - The menu closed.
 */
export class SugamMenu extends LitElement {
  static override styles = menuStyles;

  /** The text of the rendered trigger button (and the menu's name). */
  @property() accessor label = '';

  /** Whether the menu is open. */
  @property({ type: Boolean, reflect: true }) accessor open = false;

  /** Where the menu opens: bottom-start (default), bottom-end, top-start or top-end. It flips when there is no room. */
  @property({ reflect: true, useDefault: true }) accessor placement: MenuPlacement = 'bottom-start';

  @query('.menu') private accessor menu!: HTMLElement;
  @query('slot[name="trigger"]') private accessor triggerSlot!: HTMLSlotElement;

  private readonly localize = new LocalizeController(this);
  private typeahead = '';
  private typeaheadTimer: ReturnType<typeof setTimeout> | undefined;
  /** Where the mouse was at its last movement over the menu. */
  private lastPointer: Point | undefined;
  /** Pending switch to the item a mouse rests on, on its way to an open submenu. */
  private switchTimer: ReturnType<typeof setTimeout> | undefined;

  /** The trigger: your slotted button, else the rendered one. */
  get trigger(): HTMLElement | null {
    const slotted = this.triggerSlot?.assignedElements()[0];
    return (slotted as HTMLElement | undefined) ?? this.renderRoot.querySelector<HTMLElement>('.trigger');
  }

  /** The menu's own items, in order (hidden ones, and the items of submenus, left out). */
  get items(): SugamMenuItem[] {
    return [...this.querySelectorAll('sugam-menu-item')].filter(
      (item) => item.parentElement?.closest('sugam-menu, sugam-menu-item') === this && !item.hidden,
    );
  }

  /** The submenu item an item is in, if it is in a submenu. */
  private parentItem(item: SugamMenuItem): SugamMenuItem | undefined {
    const parent = item.parentElement?.closest('sugam-menu, sugam-menu-item');
    return parent instanceof SugamMenuItem ? parent : undefined;
  }

  /** The items of the level an item is on: the menu's own, or those of the submenu it is in. */
  private levelOf(item: SugamMenuItem): SugamMenuItem[] {
    return this.parentItem(item)?.submenuItems ?? this.items;
  }

  /** Opens a submenu item's submenu on its first item. */
  private openSubmenu(item: SugamMenuItem): void {
    item.showSubmenu();
    if (item.expanded) item.submenuItems[0]?.focus();
  }

  /** Closes the submenu an item opened, and puts focus back on that item. */
  private closeSubmenu(item: SugamMenuItem): void {
    item.hideSubmenu();
    item.focus();
  }

  /** Opens the menu; `focus` puts focus on its first or last item. */
  show(focus: 'first' | 'last' | 'none' = 'first'): void {
    this.open = true;
    void this.updateComplete.then(() => {
      if (!this.open) return;
      const items = this.items;
      if (focus === 'first') items[0]?.focus();
      else if (focus === 'last') items.at(-1)?.focus();
    });
  }

  /** Closes the menu; `returnFocus` puts focus back on the trigger. */
  hide(returnFocus = false): void {
    clearTimeout(this.switchTimer);
    this.open = false;
    if (returnFocus) this.trigger?.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.switchTimer);
    document.removeEventListener('pointerdown', this.handleOutsidePointer, true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('placement')) oneOf(this, 'placement', this.placement, MENU_PLACEMENTS, 'bottom-start');
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.syncTrigger();
    if (changed.has('open')) {
      this.syncPopup();
      if (this.open) document.addEventListener('pointerdown', this.handleOutsidePointer, true);
      else document.removeEventListener('pointerdown', this.handleOutsidePointer, true);
      if (changed.get('open') !== undefined || this.open)
        this.dispatchEvent(
          this.open
            ? new CustomEvent('sugam-show', { bubbles: true, composed: true })
            : new CustomEvent('sugam-hide', { bubbles: true, composed: true }),
        );
    }
  }

  private warnedName = false;

  private syncTrigger(): void {
    const trigger = this.trigger;
    if (!trigger) return;
    if (!this.warnedName && this.hasUpdated && !this.triggerSlot?.assignedElements().length && !this.label.trim()) {
      this.warnedName = true;
      console.warn('[sugam] <sugam-menu> needs a label="…" (the button\'s text) or a button in slot="trigger".');
    }
    trigger.setAttribute('aria-haspopup', 'menu');
    trigger.setAttribute('aria-expanded', String(this.open));
    // The menu is named by its trigger; element reflection reaches a trigger in the light DOM from the shadow root.
    if (this.menu && 'ariaLabelledByElements' in this.menu) {
      (this.menu as HTMLElement & { ariaLabelledByElements: Element[] | null }).ariaLabelledByElements = [trigger];
    }
  }

  private syncPopup(): void {
    const menu = this.menu;
    if (!menu?.isConnected) return;
    const shown = menu.matches(':popover-open');
    if (this.open && !shown) {
      menu.showPopover();
      this.place();
    } else if (!this.open && shown) {
      for (const item of this.items) item.hideSubmenu();
      menu.hidePopover();
    }
  }

  /** Against the trigger: by CSS anchor positioning, or by script (right to left, or without it; see `placePopup`). */
  private place(): void {
    const [side, align] = this.placement.split('-') as ['bottom' | 'top', 'start' | 'end'];
    placePopup(this.menu, this.renderRoot.querySelector<HTMLElement>('.anchor')!, { side, align });
  }

  private readonly handleOutsidePointer = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this)) this.hide(false);
  };

  private handleFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (this.open && next && !this.contains(next) && !this.renderRoot.contains(next)) this.hide(false);
  }

  private handleTriggerClick(event: MouseEvent): void {
    // Enter and Space reach here as the button's click, so one path opens the menu however it is pressed.
    if (!this.triggerFrom(event)) return;
    if (this.open) this.hide(false);
    else this.show('first');
  }

  private triggerFrom(event: Event): boolean {
    const trigger = this.trigger;
    return !!trigger && event.composedPath().includes(trigger);
  }

  private handleTriggerKeydown(event: KeyboardEvent): void {
    if (!this.triggerFrom(event)) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.show(event.key === 'ArrowDown' ? 'first' : 'last');
    } else if (event.key === 'Escape' && this.open) {
      event.preventDefault();
      this.hide(true);
    }
  }

  /** Whether an item is this menu's (its own, or in one of its submenus), not a nested menu's. */
  private owns(item: unknown): item is SugamMenuItem {
    return item instanceof SugamMenuItem && item.closest('sugam-menu') === this;
  }

  private focusedItem(): SugamMenuItem | undefined {
    // The items' own tree: a menu inside another component's shadow root has its focus there, not on the document.
    const active = (this.getRootNode() as Document | ShadowRoot).activeElement;
    return this.owns(active) ? active : this.items.find((item) => item.contains(active));
  }

  private handleMenuKeydown(event: KeyboardEvent): void {
    clearTimeout(this.switchTimer);
    const current = this.focusedItem();
    const items = current ? this.levelOf(current) : this.items;
    if (!items.length) return;
    const index = current ? items.indexOf(current) : -1;
    const parent = current && this.parentItem(current);
    const move = (to: number) => {
      event.preventDefault();
      current?.hideSubmenu();
      items[(to + items.length) % items.length]!.focus();
    };
    // Into a submenu towards the end side, out of it towards the start side (mirrored right to left).
    const rtl = this.localize.dir === 'rtl';
    if (event.key === (rtl ? 'ArrowLeft' : 'ArrowRight')) {
      if (current?.submenuItems.length) {
        event.preventDefault();
        this.openSubmenu(current);
      }
      return;
    }
    if (event.key === (rtl ? 'ArrowRight' : 'ArrowLeft')) {
      if (parent) {
        event.preventDefault();
        this.closeSubmenu(parent);
      }
      return;
    }
    switch (event.key) {
      case 'ArrowDown':
        return move(index + 1);
      case 'ArrowUp':
        return move(index < 0 ? -1 : index - 1);
      case 'Home':
      case 'PageUp':
        return move(0);
      case 'End':
      case 'PageDown':
        return move(-1);
      case 'Escape':
        event.preventDefault();
        return parent ? this.closeSubmenu(parent) : this.hide(true);
      case 'Tab':
        // Focus goes back to the trigger first, so the browser's Tab moves on from there (or back, with Shift).
        return this.hide(true);
      case 'Enter':
        event.preventDefault();
        if (current) this.activate(current);
        return;
      case ' ':
        if (this.typeahead) break;
        event.preventDefault();
        if (current) this.activate(current);
        return;
    }
    if (isCharacterKey(event, this.localize.lang)) {
      event.preventDefault();
      this.typeAhead(event.key, items, index);
    }
  }

  /** Moves to the next item whose text starts with what was typed (one character: cycles through the matches). */
  private typeAhead(key: string, items: SugamMenuItem[], index: number): void {
    const lang = this.localize.lang;
    clearTimeout(this.typeaheadTimer);
    this.typeaheadTimer = setTimeout(() => (this.typeahead = ''), TYPEAHEAD_RESET_MS);
    this.typeahead += foldForTypeahead(key, lang);
    const typed = this.typeahead;
    // Typing the same character again cycles through the items starting with it.
    const [first] = new Intl.Segmenter(lang, { granularity: 'grapheme' }).segment(typed);
    const repeated = first && typed.split(first.segment).every((part) => part === '');
    const query = repeated ? first.segment : typed;
    const start = repeated || typed.length === key.length ? index + 1 : Math.max(index, 0);
    for (let step = 0; step < items.length; step++) {
      const item = items[(start + step) % items.length]!;
      if (foldForTypeahead(item.text, lang).startsWith(query)) {
        item.focus();
        return;
      }
    }
  }

  /** The item an event happened on (the innermost, in a submenu too). */
  private itemOf(event: Event): SugamMenuItem | undefined {
    return event.composedPath().find((node): node is SugamMenuItem => this.owns(node));
  }

  private handleMenuClick(event: MouseEvent): void {
    // A submenu item opens its submenu (also when pointing already did): a click never closes what it points at.
    const item = this.itemOf(event);
    if (item) this.activate(item);
  }

  /**
   * A mouse moved onto a submenu item opens its submenu; onto another item of that level, closes it, unless the
   * mouse is heading for that submenu. Movement, not `pointerover`: content appearing under a resting pointer (a
   * submenu opened from the keyboard) must not count as pointing.
   */
  private handleMenuPointerMove(event: PointerEvent): void {
    const item = this.itemOf(event);
    if (event.pointerType !== 'mouse' || !item) return;
    const from = this.lastPointer;
    const to = { x: event.clientX, y: event.clientY };
    this.lastPointer = to;
    clearTimeout(this.switchTimer);
    // Crossing another item on the way to an open submenu keeps it open; resting there switches after a moment.
    const open = this.levelOf(item).find((other) => other !== item && other.expanded);
    const box = open?.submenuBox;
    if (from && box && headsInto(from, to, box)) {
      this.switchTimer = setTimeout(() => {
        if (this.open && item.matches(':hover')) this.pointAt(item);
      }, SUBMENU_SWITCH_MS);
      return;
    }
    this.pointAt(item);
  }

  /** A mouse points at an item: its submenu opens, and those of the other items of its level close. */
  private pointAt(item: SugamMenuItem): void {
    for (const other of this.levelOf(item)) if (other !== item) other.hideSubmenu();
    item.showSubmenu();
  }

  private activate(item: SugamMenuItem): void {
    if (item.disabled) return;
    if (item.submenuItems.length) return this.openSubmenu(item);
    const type = item.type;
    const toggles = type === 'checkbox' || type === 'radio';
    const checked = type === 'checkbox' ? !item.checked : type === 'radio' ? true : undefined;
    const event = new CustomEvent<MenuSelectDetail>('sugam-select', {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: { item, value: item.value || item.text, ...(checked === undefined ? {} : { checked }) },
    });
    if (!this.dispatchEvent(event)) return;
    if (toggles) {
      if (type === 'radio')
        for (const other of this.levelOf(item)) if (other.type === 'radio') other.checked = other === item;
      item.checked = checked!;
      // A checkbox or radio item keeps the menu open, so several can be set in a row.
      return;
    }
    this.hide(true);
    if (item.href) item.followLink();
  }

  protected override render() {
    return html`<span class="anchor" @click=${this.handleTriggerClick} @keydown=${this.handleTriggerKeydown}>
        <slot name="trigger" @slotchange=${() => this.syncTrigger()}>
          <button part="trigger" class="trigger" type="button">
            <span class="trigger-label">${this.label}</span>
            <svg part="trigger-icon" class="trigger-icon" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
              ${ICONS.chevronDown()}
            </svg>
          </button>
        </slot>
      </span>
      <div
        part="menu"
        class="menu"
        role="menu"
        popover="manual"
        dir=${this.localize.dir}
        @keydown=${this.handleMenuKeydown}
        @click=${this.handleMenuClick}
        @pointermove=${this.handleMenuPointerMove}
        @focusout=${this.handleFocusOut}
      >
        <slot></slot>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-menu': SugamMenu;
  }
  interface HTMLElementEventMap {
    'sugam-select': CustomEvent<MenuSelectDetail>;
  }
}
