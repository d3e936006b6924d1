import { LitElement, html, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { LocalizeController } from '@sugam/i18n';
import { oneOf } from '../internal/enum.js';
import { placeBeside } from '../internal/popup.js';
import { tooltipStyles } from './tooltip.styles.js';
// Types of the events it shares with other components (in HTMLElementEventMap).
import '../internal/events.js';

export const TOOLTIP_PLACEMENTS = ['top', 'bottom', 'start', 'end'] as const;
export type TooltipPlacement = (typeof TOOLTIP_PLACEMENTS)[number];

const SHOW_DELAY_MS = 300;
const HIDE_DELAY_MS = 200;

let nextId = 0;

type Reflecting = HTMLElement & { ariaDescribedByElements?: Element[] | null };

/**
 * A short description of a control, shown while the pointer rests on it or it has keyboard focus (after a short
 * delay on hover, at once on focus). It stays while the pointer is over the tooltip itself, Escape dismisses it
 * without moving focus, and it never covers its anchor (WCAG 1.4.13). The anchor is the element in the default slot,
 * or the element whose id is in `for`.
 *
 * The anchor gets `aria-describedby` pointing at the tooltip's text, which lives in the light DOM next to the
 * anchor (a `slot="content"` element: yours, or one the tooltip writes from `content`), because an id reference
 * cannot cross into a shadow root. When the anchor is a Sugam component whose focus goes to a control inside its
 * shadow root (like `<sugam-button>`), that inner control gets the description by element reference.
 *
 * A tooltip is never the only carrier of information: what it says must be available some other way (visible text,
 * a label), since touch users without a keyboard, and some assistive technologies, never see it. Put nothing
 * interactive in it.
 *
 * @summary A hover and focus description for a control, in the top layer.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The anchor: one focusable element (a button, a link, an input).
 * @slot content - The tooltip's text, when it needs markup (instead of `content`). Plain text only: no links or buttons.
 *
 * @csspart tooltip - The `role="tooltip"` popup.
 *
 * @cssprop --sugam-tooltip-max-inline-size - Maximum width. Defaults to 20rem.
 *
 * @event sugam-show - The tooltip was shown.
 * @event sugam-hide - The tooltip was hidden.
 */
export class SugamTooltip extends LitElement {
  static override styles = tooltipStyles;

  /** The tooltip's text (plain text). Or put an element with `slot="content"` inside. */
  @property() accessor content = '';

  /** The id of the anchor element, when it is not inside the tooltip (same document or shadow root). */
  @property() accessor for = '';

  /** Preferred side: top (default), bottom, start or end (logical: start is the right side in right-to-left text). */
  @property({ reflect: true, useDefault: true }) accessor placement: TooltipPlacement = 'top';

  /** Whether it is shown. */
  @property({ type: Boolean, reflect: true }) accessor open = false;

  /** Never show. */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor disabled = false;

  @query('.tooltip') private accessor popup!: HTMLElement;

  private readonly localize = new LocalizeController(this);
  private anchorElement: HTMLElement | null = null;
  private describedTarget: Reflecting | null = null;
  /**
   * Watches the inner control's own `aria-describedby` (a field's hint and message). Setting the element list
   * empties that attribute, and the component writing it again (a new error message) drops the list, tooltip
   * included: the tooltip then links again, with the field's current descriptions first.
   */
  private readonly relink = new MutationObserver(() => {
    const inner = this.describedTarget;
    if (inner && inner.getAttribute('aria-describedby')) this.describeAnchor();
  });
  private ownText: HTMLElement | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pointerOnAnchor = false;
  private pointerOnTooltip = false;

  /** The side the tooltip is actually on (after flipping when there is no room): top, bottom, left or right. */
  side: 'top' | 'bottom' | 'left' | 'right' = 'top';

  /** Shows the tooltip. */
  show(): void {
    if (!this.disabled) this.open = true;
  }

  /** Hides the tooltip. */
  hide(): void {
    this.open = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.updateComplete.then(() => this.connectAnchor());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.disconnectAnchor();
    this.stopTracking();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('placement')) oneOf(this, 'placement', this.placement, TOOLTIP_PLACEMENTS, 'top');
    if (changed.has('disabled') && this.disabled) this.open = false;
    if (changed.has('content')) this.syncOwnText();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('for')) this.connectAnchor();
    if (changed.has('open')) {
      this.syncPopup();
      if (changed.get('open') !== undefined || this.open)
        this.dispatchEvent(
          this.open
            ? new CustomEvent('sugam-show', { bubbles: true, composed: true })
            : new CustomEvent('sugam-hide', { bubbles: true, composed: true }),
        );
    } else if (this.open && (changed.has('placement') || changed.has('content'))) {
      this.position();
    }
  }

  /** The text elements that describe the anchor: the `slot="content"` children (the tooltip writes one from `content`). */
  private textElements(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>(':scope > [slot="content"]')];
  }

  /** Keeps the light-DOM text element that carries `content` (written as text, never as HTML). */
  private syncOwnText(): void {
    if (!this.content) {
      this.ownText?.remove();
      this.ownText = null;
    } else {
      if (!this.ownText) {
        this.ownText = document.createElement('span');
        this.ownText.slot = 'content';
        this.ownText.setAttribute('data-sugam-tooltip-text', '');
      }
      this.ownText.textContent = this.content;
      if (!this.ownText.isConnected) this.append(this.ownText);
    }
    if (this.isConnected) void this.updateComplete.then(() => this.describeAnchor());
  }

  private findAnchor(): HTMLElement | null {
    if (this.for) {
      const root = this.getRootNode() as Document | ShadowRoot;
      return (root.getElementById?.(this.for) as HTMLElement | null) ?? null;
    }
    const slot = this.renderRoot.querySelector<HTMLSlotElement>('slot:not([name])');
    return (slot?.assignedElements({ flatten: true })[0] as HTMLElement | undefined) ?? null;
  }

  private connectAnchor(): void {
    const anchor = this.isConnected ? this.findAnchor() : null;
    if (anchor === this.anchorElement) {
      this.describeAnchor();
      return;
    }
    this.disconnectAnchor();
    this.anchorElement = anchor;
    if (!anchor) return;
    anchor.addEventListener('pointerenter', this.handleAnchorEnter);
    anchor.addEventListener('pointerleave', this.handleAnchorLeave);
    anchor.addEventListener('focusin', this.handleFocusIn);
    anchor.addEventListener('focusout', this.handleFocusOut);
    anchor.addEventListener('click', this.handleAnchorClick);
    this.describeAnchor();
    // Opened before its anchor was known (an `open` attribute in the markup).
    if (this.open) this.syncPopup();
  }

  private disconnectAnchor(): void {
    const anchor = this.anchorElement;
    if (!anchor) return;
    anchor.removeEventListener('pointerenter', this.handleAnchorEnter);
    anchor.removeEventListener('pointerleave', this.handleAnchorLeave);
    anchor.removeEventListener('focusin', this.handleFocusIn);
    anchor.removeEventListener('focusout', this.handleFocusOut);
    anchor.removeEventListener('click', this.handleAnchorClick);
    this.undescribe();
    this.anchorElement = null;
  }

  /**
   * Ties the anchor to the text: `aria-describedby` with the text elements' ids (same tree: the light DOM), kept
   * alongside any ids the page put there. A component that delegates focus into its shadow root gets the reference
   * on the control inside it, by element reflection (allowed from a shadow root to its host's tree).
   */
  private describeAnchor(): void {
    const anchor = this.anchorElement;
    if (!anchor) return;
    this.undescribe();
    const texts = this.textElements();
    if (!texts.length) return;
    for (const text of texts) if (!text.id) text.id = `sugam-tooltip-${++nextId}`;
    const ids = new Set((anchor.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean));
    for (const text of texts) ids.add(text.id);
    anchor.setAttribute('aria-describedby', [...ids].join(' '));
    const inner = innerControl(anchor);
    if (inner && 'ariaDescribedByElements' in inner) {
      inner.ariaDescribedByElements = [...(inner.ariaDescribedByElements ?? []), ...texts];
      this.describedTarget = inner;
      this.relink.observe(inner, { attributes: true, attributeFilter: ['aria-describedby'] });
    }
  }

  private undescribe(): void {
    const anchor = this.anchorElement;
    if (!anchor) return;
    const own = new Set(this.textElements().map((text) => text.id));
    const kept = (anchor.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id && !own.has(id));
    if (kept.length) anchor.setAttribute('aria-describedby', kept.join(' '));
    else anchor.removeAttribute('aria-describedby');
    const inner = this.describedTarget;
    if (inner) {
      this.relink.disconnect();
      const texts = new Set<Element>(this.textElements());
      const rest = (inner.ariaDescribedByElements ?? []).filter((element) => !texts.has(element));
      inner.ariaDescribedByElements = rest.length ? rest : null;
      this.describedTarget = null;
    }
  }

  private schedule(open: boolean, delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (open ? this.show() : this.hide()), delay);
  }

  private readonly handleAnchorEnter = (): void => {
    this.pointerOnAnchor = true;
    if (this.open) clearTimeout(this.timer);
    else this.schedule(true, SHOW_DELAY_MS);
  };

  private readonly handleAnchorLeave = (): void => {
    this.pointerOnAnchor = false;
    if (!this.hasFocus()) this.schedule(false, HIDE_DELAY_MS);
  };

  private readonly handleTooltipEnter = (): void => {
    // Hoverable: the pointer may move onto the tooltip (e.g. to magnify it) and it stays.
    this.pointerOnTooltip = true;
    clearTimeout(this.timer);
  };

  private readonly handleTooltipLeave = (): void => {
    this.pointerOnTooltip = false;
    if (!this.pointerOnAnchor && !this.hasFocus()) this.schedule(false, HIDE_DELAY_MS);
  };

  private readonly handleFocusIn = (): void => {
    clearTimeout(this.timer);
    this.show();
  };

  private readonly handleFocusOut = (): void => {
    if (!this.pointerOnAnchor && !this.pointerOnTooltip) {
      clearTimeout(this.timer);
      this.hide();
    }
  };

  private readonly handleAnchorClick = (): void => {
    // A press on the anchor is about its action: the pending hover tooltip is not needed.
    if (!this.hasFocus()) clearTimeout(this.timer);
  };

  private hasFocus(): boolean {
    return !!this.anchorElement?.matches(':focus-within');
  }

  private readonly handleKeydown = (event: KeyboardEvent): void => {
    // Dismissible (WCAG 1.4.13): Escape hides it and focus stays where it is. Consumed, so a dialog around stays open.
    if (event.key !== 'Escape' || !this.open || event.defaultPrevented) return;
    event.preventDefault();
    clearTimeout(this.timer);
    this.hide();
  };

  private readonly handleViewportChange = (): void => {
    if (this.open) this.position();
  };

  private startTracking(): void {
    document.addEventListener('keydown', this.handleKeydown, true);
    window.addEventListener('scroll', this.handleViewportChange, { capture: true, passive: true });
    window.addEventListener('resize', this.handleViewportChange, { passive: true });
  }

  private stopTracking(): void {
    document.removeEventListener('keydown', this.handleKeydown, true);
    window.removeEventListener('scroll', this.handleViewportChange, true);
    window.removeEventListener('resize', this.handleViewportChange);
  }

  private syncPopup(): void {
    const popup = this.popup;
    if (!popup?.isConnected) return;
    const shown = popup.matches(':popover-open');
    if (this.open && this.anchorElement && !shown) {
      popup.showPopover();
      this.position();
      this.startTracking();
    } else if (!this.open && shown) {
      popup.hidePopover();
      this.stopTracking();
    }
  }

  /** Places the tooltip on its preferred side, or the opposite one when that has no room, kept inside the viewport. */
  private position(): void {
    const anchor = this.anchorElement;
    const popup = this.popup;
    if (!anchor || !popup) return;
    const placement = oneOf(this, 'placement', this.placement, TOOLTIP_PLACEMENTS, 'top');
    this.side = placeBeside(popup, anchor, placement, this.localize.dir === 'rtl');
  }

  protected override render() {
    return html`<slot @slotchange=${() => this.connectAnchor()}></slot>
      <div
        part="tooltip"
        class="tooltip"
        role="tooltip"
        popover="manual"
        dir=${this.localize.dir}
        @pointerenter=${this.handleTooltipEnter}
        @pointerleave=${this.handleTooltipLeave}
      >
        <slot name="content" @slotchange=${() => this.describeAnchor()}></slot>
      </div>`;
  }
}

/** The control that takes focus inside a component that delegates focus to its (open) shadow root. */
function innerControl(anchor: HTMLElement): Reflecting | null {
  const root = anchor.shadowRoot;
  if (!root?.delegatesFocus) return null;
  return root.querySelector<HTMLElement>(
    'button, a[href], input, select, textarea, [tabindex]:not([tabindex="-1"])',
  ) as Reflecting | null;
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-tooltip': SugamTooltip;
  }
}
