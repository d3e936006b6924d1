import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LocalizeController, registerStrings } from '@sugam/i18n';
import { feedback } from '@sugam/i18n/en';
import { oneOf } from '../internal/enum.js';
import * as ICONS from '../internal/icon-set.js';
import { alertStyles } from './alert.styles.js';
import { hasFocus, rescueFocus } from './focus.js';
// Types of the events it shares with other components (in HTMLElementEventMap).
import '../internal/events.js';

registerStrings({ feedback });

export const ALERT_VARIANTS = ['info', 'success', 'warning', 'error'] as const;
export const ALERT_LIVE = ['off', 'polite', 'assertive'] as const;
export type AlertVariant = (typeof ALERT_VARIANTS)[number];
export type AlertLive = (typeof ALERT_LIVE)[number];

/**
 * A message box in UX4G's four feedback colours: success, info, warning and error. The type is never told by
 * colour alone: each variant has its own icon and a visually hidden, localized prefix ("Error:", "त्रुटि:") that
 * screen readers read before the message.
 *
 * **Announcements.** An alert that is part of the page when it loads must not interrupt, so by default
 * (`live="off"`) it is plain content. For an alert that appears because of something the user did, set
 * `live="assertive"` (role `alert`, read at once: use it for errors that block the user) or `live="polite"`
 * (role `status`, read when the screen reader is idle). A live alert fills its live region one frame after it
 * is connected or shown again (`hidden` removed), so the message is announced as new content even when the
 * element was created together with it. The most reliable pattern is to keep the alert in the page with
 * `hidden` and remove `hidden` when there is something to say.
 *
 * **Dismissing.** With `dismissible`, a close button (its name is the localized "Close message") fires a
 * cancelable `sugam-close`; unless a listener calls `preventDefault()`, the alert hides itself (sets `hidden`)
 * and fires `sugam-after-close`. If focus was inside the alert, it first moves to the next focusable element
 * after the alert (else the previous one), so it never stays on a hidden node; a `sugam-after-close` listener
 * may move it elsewhere. Show the alert again by removing `hidden` (or calling `show()`).
 *
 * @summary Success, info, warning or error message box; optional heading, dismissible, opt-in live announcement.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The message. Links and short lists are fine; keep it brief.
 * @slot heading - A heading (overrides the `heading` attribute). Put a real `<h2>`…`<h6>` here when the alert
 *   should appear in the page's outline.
 * @slot icon - Replaces the variant's icon (decorative: it is hidden from screen readers).
 *
 * @csspart base - The box.
 * @csspart icon - The icon wrapper.
 * @csspart content - The wrapper of prefix, heading and message (the live region when `live` is not `off`).
 * @csspart heading - The heading wrapper.
 * @csspart message - The message wrapper.
 * @csspart close-button - The close button.
 *
 * @cssprop --sugam-alert-radius - Corner radius. Defaults to `--sugam-radius-md`.
 * @cssprop --sugam-alert-accent-width - Width of the coloured start edge. Defaults to 4px.
 * @cssprop --sugam-alert-wide-max-width - The width a `wide` alert's content is centred in. Defaults to 75rem.
 *
 * @event sugam-close - The close button was pressed (or `hide()` called). Cancelable: `preventDefault()` keeps the alert shown.
 * @event sugam-after-close - The alert has been hidden.
 *
 * @attribute hidden - The global `hidden` attribute: set it to hide the alert; removing it shows the alert again, and
 *   a live alert then announces its message.
 */
export class SugamAlert extends LitElement {
  static override styles = alertStyles;

  /** The kind of message: its colour, icon and spoken prefix. */
  @property({ reflect: true, useDefault: true }) accessor variant: AlertVariant = 'info';

  /** A short heading shown above the message (the `heading` slot overrides it). */
  @property() accessor heading = '';

  /** Shows a close button. */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor dismissible = false;

  /**
   * A site-wide banner across the page (a notice above the header): no side borders or rounded corners, a coloured
   * bottom edge, and its content centred within `--sugam-alert-wide-max-width`.
   */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor wide = false;

  /**
   * How screen readers learn about the alert: `off` (default; static content), `polite` (role `status`) or
   * `assertive` (role `alert`; only for urgent messages that appear after the page has loaded).
   */
  @property({ reflect: true, useDefault: true }) accessor live: AlertLive = 'off';

  @state() private accessor hasHeadingSlot = false;
  /** Live alerts render their content one frame after they appear, so it is announced as an addition. */
  @state() private accessor ready = false;

  private readonly localize = new LocalizeController(this);
  private frame = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    this.hasHeadingSlot = this.querySelector(':scope > [slot="heading"]') !== null;
    this.scheduleReveal();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.frame);
    this.ready = false;
  }

  /** Shows the alert (removes `hidden`); a live alert announces its message again. */
  show(): void {
    this.hidden = false;
  }

  /**
   * Hides the alert as the close button does: fires `sugam-close` (cancelable), then hides it, moving focus out
   * of it first if it had focus, and fires `sugam-after-close`. Returns false when a listener cancelled it.
   */
  hide(): boolean {
    if (this.hidden) return true;
    const proceed = this.dispatchEvent(
      new CustomEvent('sugam-close', { bubbles: true, composed: true, cancelable: true }),
    );
    if (!proceed) return false;
    if (hasFocus(this)) rescueFocus(this);
    this.hidden = true;
    this.dispatchEvent(new CustomEvent('sugam-after-close', { bubbles: true, composed: true }));
    return true;
  }

  private scheduleReveal(): void {
    cancelAnimationFrame(this.frame);
    this.ready = this.live === 'off';
    if (this.ready || this.hidden) return;
    this.frame = requestAnimationFrame(() => {
      this.ready = true;
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('variant')) oneOf(this, 'variant', this.variant, ALERT_VARIANTS, 'info');
    if (changed.has('live')) oneOf(this, 'live', this.live, ALERT_LIVE, 'off');
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // Hidden, shown again, or switched to live: a live alert announces its message afresh when it next shows.
    if (this.isConnected && old !== value && (name === 'hidden' || name === 'live')) {
      this.scheduleReveal();
    }
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'hidden'];
  }

  private readonly handleHeadingSlotChange = (event: Event): void => {
    this.hasHeadingSlot = (event.target as HTMLSlotElement).assignedNodes({ flatten: false }).length > 0;
  };

  protected override render() {
    const variant = oneOf(this, 'variant', this.variant, ALERT_VARIANTS, 'info');
    const live = oneOf(this, 'live', this.live, ALERT_LIVE, 'off');
    const role = live === 'assertive' ? 'alert' : live === 'polite' ? 'status' : undefined;
    const showContent = live === 'off' || this.ready;
    return html`<div part="base" class="base">
      <span part="icon" class="icon" aria-hidden="true"
        ><slot name="icon"
          ><svg viewBox="0 0 24 24" fill="currentColor" aria-hidden="true" focusable="false">
            ${ICONS.statusIcon(variant)}
          </svg></slot
        ></span
      >
      <div part="content" class="content" role=${ifDefined(role)}>
        ${
          showContent
            ? html`<span class="visually-hidden">${this.localize.t(`feedback.${variant}`)} </span>
                <div part="heading" class="heading" ?hidden=${!this.heading && !this.hasHeadingSlot}>
                  <slot name="heading" @slotchange=${this.handleHeadingSlotChange}>${this.heading}</slot>
                </div>
                <div part="message" class="message"><slot></slot></div>`
            : nothing
        }
      </div>
      ${
        this.dismissible
          ? html`<button
              part="close-button"
              class="close"
              type="button"
              aria-label=${this.localize.t('feedback.close')}
              @click=${() => this.hide()}
            >
              <svg viewBox="0 0 24 24" fill="currentColor" aria-hidden="true" focusable="false">${ICONS.close()}</svg>
            </button>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-alert': SugamAlert;
  }
}
