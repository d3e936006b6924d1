import { LitElement, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LocalizeController, registerStrings } from '@sugam/i18n';
import { feedback } from '@sugam/i18n/en';
import { oneOf } from '../internal/enum.js';
import { toastRegionStyles } from './toast.styles.js';

registerStrings({ feedback });

export const TOAST_POSITIONS = [
  'top-start',
  'top-center',
  'top-end',
  'bottom-start',
  'bottom-center',
  'bottom-end',
] as const;
export type ToastPosition = (typeof TOAST_POSITIONS)[number];

/** How long an announcement stays in the hidden live region (then it is cleared, so it is not read twice). */
const ANNOUNCEMENT_LIFETIME = 7000;
/** Delay before writing an announcement: screen readers must have seen the (possibly new) live region first. */
export const TOAST_ANNOUNCE_DELAY = 150;

interface Announcement {
  id: number;
  text: string;
  lang?: string;
}

let nextId = 0;

/**
 * The corner of the screen where toasts appear, and the live region that announces them.
 *
 * `toast()` creates one in `document.body` when the page has none; a page that shows toasts often should put
 * `<sugam-toast-region>` in its HTML so the live regions exist from the start, which is what makes screen
 * readers announce the first toast reliably. The region reads each new toast once ("Success: Application
 * saved"), politely, or assertively for errors, from visually hidden live regions that exist before any text is
 * put in them; the toasts themselves are not live, so their buttons are not read out with the message. While it
 * holds toasts it is a landmark named by the localized "Notifications", so screen reader users can find them.
 *
 * Toasts stack in the order they arrived (oldest first). `position` uses logical sides: `start` is the left in
 * left-to-right languages and the right in Urdu, Kashmiri and Sindhi. On narrow screens toasts take the full width.
 *
 * @summary Fixed corner of the screen that stacks toasts and announces them through a live region.
 * @status stable
 * @since 0.1.0
 *
 * @slot - `sugam-toast` elements (added by `toast()` or by the page).
 *
 * @csspart base - The landmark holding the stack.
 *
 * @cssprop --sugam-toast-region-inset - Distance from the edges of the viewport. Defaults to `--sugam-space-200`.
 * @cssprop --sugam-toast-region-width - Maximum width of the stack. Defaults to 28rem.
 */
export class SugamToastRegion extends LitElement {
  static override styles = toastRegionStyles;

  /** Where the toasts appear. */
  @property({ reflect: true, useDefault: true }) accessor position: ToastPosition = 'bottom-end';

  @state() private accessor polite: Announcement[] = [];
  @state() private accessor assertive: Announcement[] = [];
  @state() private accessor count = 0;

  private readonly localize = new LocalizeController(this);
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  /** The element that had focus before focus entered a toast: it gets focus back when the last toast goes. */
  private returnFocusTo: HTMLElement | null = null;

  constructor() {
    super();
    this.addEventListener('focusin', this.handleFocusIn);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.polite = [];
    this.assertive = [];
  }

  /**
   * Reads `text` to screen reader users through the region's live regions: `assertive` interrupts, `polite`
   * waits. The text (or a function returning it when it is written) is plain text. Sugam toasts call this themselves.
   * `lang`, when the text is in another language than the region's, lets the screen reader pick the right voice.
   */
  announce(text: string | (() => string), politeness: 'polite' | 'assertive' = 'polite', lang?: string): void {
    const later = (fn: () => void, ms: number) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        fn();
      }, ms);
      this.timers.add(timer);
    };
    later(() => {
      const message = (typeof text === 'function' ? text() : text).replace(/\s+/g, ' ').trim();
      if (!message) return;
      const entry: Announcement = { id: nextId++, text: message, lang };
      if (politeness === 'assertive') this.assertive = [...this.assertive, entry];
      else this.polite = [...this.polite, entry];
      later(() => {
        this.polite = this.polite.filter((item) => item !== entry);
        this.assertive = this.assertive.filter((item) => item !== entry);
      }, ANNOUNCEMENT_LIFETIME);
    }, TOAST_ANNOUNCE_DELAY);
  }

  /** @internal Where focus goes after the toast holding it is dismissed and no other toast can take it. */
  get focusReturnTarget(): HTMLElement | null {
    const target = this.returnFocusTo;
    return target?.isConnected && !this.contains(target) ? target : null;
  }

  private readonly handleFocusIn = (event: FocusEvent): void => {
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && !this.contains(from) && from !== this) this.returnFocusTo = from;
  };

  private readonly handleSlotChange = (event: Event): void => {
    const slot = event.target as HTMLSlotElement;
    this.count = slot.assignedElements().length;
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('position')) oneOf(this, 'position', this.position, TOAST_POSITIONS, 'bottom-end');
  }

  protected override render() {
    const announcements = (items: Announcement[]) =>
      repeat(
        items,
        (item) => item.id,
        (item) => html`<p lang=${ifDefined(item.lang)}>${item.text}</p>`,
      );
    return html`<section
        part="base"
        class="base"
        aria-label=${ifDefined(this.count > 0 ? this.localize.t('feedback.notifications') : undefined)}
      >
        <slot @slotchange=${this.handleSlotChange}></slot>
      </section>
      <div class="visually-hidden" role="status" aria-live="polite">${announcements(this.polite)}</div>
      <div class="visually-hidden" aria-live="assertive">${announcements(this.assertive)}</div> `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-toast-region': SugamToastRegion;
  }
}
