import { LitElement, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { oneOf } from '../internal/enum.js';
import { ITEM_TOGGLED, type SugamAccordionItem } from './accordion-item.js';
import { accordionStyles } from './accordion.styles.js';

export const ACCORDION_VARIANTS = ['default', 'bordered'] as const;
export const ACCORDION_ICON_POSITIONS = ['start', 'end'] as const;
export type AccordionVariant = (typeof ACCORDION_VARIANTS)[number];
export type AccordionIconPosition = (typeof ACCORDION_ICON_POSITIONS)[number];

/**
 * A stack of collapsible sections following the WAI-ARIA Authoring Practices accordion pattern. Each
 * `<sugam-accordion-item>` has a heading (level 3 unless `heading-level` says otherwise) holding a button with
 * `aria-expanded` and `aria-controls`, and a panel region labelled by that button. Enter or Space toggles a
 * section; Down/Up Arrow move between the headers (wrapping), Home/End go to the first/last.
 *
 * Only one section is open at a time unless `multiple` is set. Closed panels are `hidden="until-found"` where the
 * browser supports it, so find-in-page opens the section holding the match.
 *
 * @summary Accordion (APG): heading buttons, single or multiple open, bordered variant, chevron at start or end.
 * @status stable
 * @since 0.1.0
 *
 * @slot - `<sugam-accordion-item>` elements.
 *
 * @csspart base - The wrapper of the items.
 *
 * @cssprop --sugam-accordion-radius - Corner radius of bordered items. Defaults to `--sugam-radius-md`.
 *
 * @event sugam-show - Bubbles from an item before it opens through the user. Cancelable.
 * @event sugam-hide - Bubbles from an item before it closes through the user. Cancelable.
 */
export class SugamAccordion extends LitElement {
  static override styles = accordionStyles;

  /** Allows several sections to be open at once. */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor multiple = false;

  /** `default` (sections separated by rules) or `bordered` (each section in its own box). */
  @property({ reflect: true, useDefault: true }) accessor variant: AccordionVariant = 'default';

  /** Where the chevron sits in each header: `end` (default) or `start`. */
  @property({ attribute: 'icon-position', reflect: true, useDefault: true })
  accessor iconPosition: AccordionIconPosition = 'end';

  /** Heading level (1–6) of every item's header, to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level', reflect: true }) accessor headingLevel = 3;

  constructor() {
    super();
    this.addEventListener('keydown', this.handleKeydown);
    this.addEventListener(ITEM_TOGGLED, this.handleItemToggled);
  }

  /** The items, in order. */
  get items(): SugamAccordionItem[] {
    return [...this.children].filter(
      (child): child is SugamAccordionItem => child.localName === 'sugam-accordion-item',
    );
  }

  private readonly handleItemToggled = (event: Event): void => {
    const item = event.target as SugamAccordionItem;
    if (this.multiple || item.parentElement !== this || !item.open) return;
    for (const other of this.items) if (other !== item && other.open) other.toggle(false);
  };

  private readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
    // Only when focus is on a header button of one of this accordion's own items (not in a panel, not nested).
    const item = event.target as SugamAccordionItem;
    if (item.parentElement !== this || item.localName !== 'sugam-accordion-item') return;
    const button = event.composedPath()[0] as Element | undefined;
    if (button?.localName !== 'button' || button.getRootNode() !== item.shadowRoot) return;
    const items = this.items.filter((i) => !i.disabled);
    if (items.length === 0) return;
    const index = items.indexOf(item);
    let target: SugamAccordionItem;
    if (event.key === 'Home') target = items[0];
    else if (event.key === 'End') target = items[items.length - 1];
    else {
      const step = event.key === 'ArrowDown' ? 1 : -1;
      target = items[(index + step + items.length) % items.length];
    }
    event.preventDefault();
    target.focus();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('variant')) oneOf(this, 'variant', this.variant, ACCORDION_VARIANTS, 'default');
    if (changed.has('iconPosition')) oneOf(this, 'icon-position', this.iconPosition, ACCORDION_ICON_POSITIONS, 'end');
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) for (const item of this.items) item.requestUpdate();
    if (changed.has('multiple') && !this.multiple) this.closeExtra();
  }

  /** In single mode, keeps only the first open item open. */
  private closeExtra(): void {
    if (this.multiple) return;
    const open = this.items.filter((item) => item.open);
    for (const item of open.slice(1)) item.open = false;
  }

  protected override render() {
    return html`<div part="base" class="base"><slot @slotchange=${() => this.closeExtra()}></slot></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-accordion': SugamAccordion;
  }
}
