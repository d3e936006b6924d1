import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizeController, registerStrings, resolveDirection, resolveLanguage } from '@sugam/i18n';
import { feedback } from '@sugam/i18n/en';
import { define } from '../internal/define.js';
import { oneOf } from '../internal/enum.js';
import * as ICONS from '../internal/icon-set.js';
import { focusNear } from '../alert/focus.js';
import { SugamToastRegion, TOAST_POSITIONS, type ToastPosition } from './toast-region.js';
import { toastStyles } from './toast.styles.js';
// Types of the events it shares with other components (in HTMLElementEventMap).
import '../internal/events.js';

registerStrings({ feedback });

export const TOAST_VARIANTS = ['info', 'success', 'warning', 'error'] as const;
export type ToastVariant = (typeof TOAST_VARIANTS)[number];

/** How long a toast stays when nothing says otherwise (info, success and warning without an action). */
export const DEFAULT_TOAST_DURATION = 5000;

export type ToastCloseReason = 'timeout' | 'close-button' | 'escape' | 'action' | 'api';

/**
 * A short message that appears in a corner of the screen (a `sugam-toast-region`) and goes away by itself.
 * Use the `toast()` function rather than creating toasts by hand.
 *
 * **Timing (WCAG 2.2.1, 2.2.2).** Info, success and warning toasts close after `duration` (5 s by default).
 * Error toasts and toasts with an action stay until the user closes them, unless `duration` is set: an error or
 * an "Undo" must not vanish before the user could read or reach it. The timer pauses while the pointer is over
 * the toast or focus is inside it, and while the page is hidden, and then restarts with the time that was left.
 * A thin bar along its bottom edge shows the time left and stops while the timer is paused (not shown with reduced
 * motion). A toast that never closes by itself always has a close button.
 *
 * **Keyboard.** Tab reaches the action and close buttons; Escape closes the focused toast. When a toast that
 * has focus closes, focus moves to the next toast, else the previous one, else back to where it was before it
 * entered the toasts (else to the next focusable element), never to a removed node.
 *
 * **Screen readers.** The region announces each toast once when it arrives ("Error: Payment failed"), politely
 * or, for errors, assertively. The message is plain text: `toast()` never renders HTML.
 *
 * @summary A self-dismissing message in a corner of the screen, announced by its region; timer pauses on hover and focus.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The message (text).
 *
 * @csspart base - The toast's box.
 * @csspart icon - The variant's icon.
 * @csspart message - The message wrapper.
 * @csspart action - The action button.
 * @csspart close-button - The close button.
 * @csspart timer - The bar along the bottom edge showing the time left before the toast closes by itself; it stops
 *   while the timer is paused and is not shown with reduced motion or on toasts that stay until closed.
 *
 * @cssprop --sugam-toast-radius - Corner radius. Defaults to `--sugam-radius-md`.
 *
 * @event sugam-action - The action button was pressed. The toast then closes (`reason: 'action'`) unless this is cancelled.
 * @event sugam-close - The toast is about to close; `detail.reason` says why (`timeout`, `close-button`, `escape`, `action`, `api`). Cancelable: `preventDefault()` keeps it.
 * @event sugam-after-close - The toast has closed and been removed from the page.
 */
export class SugamToast extends LitElement {
  static override styles = toastStyles;

  /** The kind of message: colour, icon, spoken prefix and how urgently it is announced. */
  @property({ reflect: true, useDefault: true }) accessor variant: ToastVariant = 'info';

  /**
   * Milliseconds before it closes by itself; `0` never. Unset: 5000, or never for errors and toasts with an action.
   */
  @property({ type: Number }) accessor duration: number | undefined;

  /** Shows a close button. A toast that never closes by itself shows one anyway. */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor dismissible = false;

  /** The label of an action button ("Undo", "View"); pressing it fires `sugam-action`. */
  @property({ attribute: 'action-label' }) accessor actionLabel = '';

  @state() private accessor closing = false;

  private readonly localize = new LocalizeController(this);
  private timer: ReturnType<typeof setTimeout> | undefined;
  private remaining = 0;
  private startedAt = 0;
  private hovered = false;
  private announced = false;
  /** The timer bar's shrinking, which follows the timer (paused with it). */
  private bar: Animation | undefined;

  constructor() {
    super();
    this.addEventListener('keydown', this.handleKeyDown);
    this.addEventListener('pointerenter', this.handlePointerEnter);
    this.addEventListener('pointerleave', this.handlePointerLeave);
    this.addEventListener('focusin', this.pause);
    this.addEventListener('focusout', this.handleFocusOut);
  }

  /** The message as plain text. */
  get message(): string {
    return (this.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  /** The time it stays, in ms, after the defaults are applied; 0 means until closed. */
  get effectiveDuration(): number {
    const value = Number(this.duration);
    if (this.duration != null && Number.isFinite(value)) return Math.max(0, value);
    return this.variant === 'error' || this.actionLabel ? 0 : DEFAULT_TOAST_DURATION;
  }

  /** Whether its timer is currently paused (pointer over it, focus inside it, or page hidden). */
  get paused(): boolean {
    return this.timer === undefined && this.remaining > 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.handleVisibility);
    const region = this.region;
    if (region && !this.announced) {
      this.announced = true;
      // Read when the announcement is written, so a toast written in HTML has its text parsed by then.
      region.announce(
        () =>
          this.message
            ? `${this.localize.t(`feedback.${oneOf(this, 'variant', this.variant, TOAST_VARIANTS, 'info')}`)} ${this.message}`
            : '',
        this.variant === 'error' ? 'assertive' : 'polite',
        // A toast in another language than its region (`from` an Urdu section) is read with that language's voice.
        this.lang || undefined,
      );
    }
    this.remaining = this.effectiveDuration;
    if (!this.matches(':hover, :focus-within')) this.resume();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.handleVisibility);
    this.stopTimer();
  }

  private get region(): SugamToastRegion | null {
    return this.parentElement instanceof SugamToastRegion ? this.parentElement : null;
  }

  /**
   * Closes the toast: fires `sugam-close` (cancelable), moves focus away if it was inside, plays the exit
   * animation (none with reduced motion), removes the toast and fires `sugam-after-close`.
   */
  async dismiss(reason: ToastCloseReason = 'api'): Promise<boolean> {
    if (this.closing) return true;
    const proceed = this.dispatchEvent(
      new CustomEvent('sugam-close', { bubbles: true, composed: true, cancelable: true, detail: { reason } }),
    );
    if (!proceed) {
      // Kept: it stays until the user closes it.
      this.stopTimer();
      this.remaining = 0;
      return false;
    }
    this.stopTimer();
    if (this.matches(':focus-within')) this.moveFocusAway();
    this.closing = true;
    await this.updateComplete;
    await this.exitAnimation();
    this.remove();
    this.dispatchEvent(
      new CustomEvent('sugam-after-close', { bubbles: true, composed: true, detail: { reason, toast: this } }),
    );
    return true;
  }

  private moveFocusAway(): void {
    const siblings = [...(this.parentElement?.children ?? [])].filter(
      (element): element is SugamToast => element instanceof SugamToast && element !== this && !element.closing,
    );
    const index = [...(this.parentElement?.children ?? [])].indexOf(this);
    const after = siblings.filter((toast) => [...toast.parentElement!.children].indexOf(toast) > index);
    const before = siblings.filter((toast) => [...toast.parentElement!.children].indexOf(toast) < index).reverse();
    for (const toast of [...after, ...before]) {
      const button = toast.shadowRoot?.querySelector<HTMLElement>('button');
      if (button) {
        button.focus();
        if (toast.matches(':focus-within')) return;
      }
    }
    const back = this.region?.focusReturnTarget;
    if (back) {
      back.focus();
      if (back.matches(':focus-within')) return;
    }
    if (!focusNear(this.region ?? this)) (document.activeElement as HTMLElement | null)?.blur();
  }

  private exitAnimation(): Promise<void> {
    const base = this.shadowRoot?.querySelector('.base');
    const animations = base?.getAnimations() ?? [];
    if (animations.length === 0) return Promise.resolve();
    return Promise.race([
      Promise.all(animations.map((animation) => animation.finished.catch(() => undefined))).then(() => undefined),
      new Promise<void>((resolve) => setTimeout(resolve, 1000)),
    ]);
  }

  private resume(): void {
    this.stopTimer();
    if (this.remaining <= 0 || this.closing || !this.region || document.visibilityState === 'hidden') return;
    this.startedAt = performance.now();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.remaining = 0;
      void this.dismiss('timeout');
    }, this.remaining);
    this.syncTimerBar();
  }

  /** Shrinks the timer bar from the share of time left to nothing, or holds it while the timer is paused. */
  private syncTimerBar(): void {
    const bar = this.renderRoot?.querySelector<HTMLElement>('.timer');
    if (!bar || typeof bar.animate !== 'function') return;
    if (this.timer === undefined) {
      this.bar?.pause();
      return;
    }
    this.bar?.cancel();
    const left = Math.max(0, this.remaining - (performance.now() - this.startedAt));
    const from = Math.min(1, left / (this.effectiveDuration || left || 1));
    this.bar = bar.animate([{ transform: `scaleX(${from})` }, { transform: 'scaleX(0)' }], {
      duration: left,
      easing: 'linear',
      fill: 'forwards',
    });
  }

  private readonly pause = (): void => {
    if (this.timer === undefined) return;
    this.stopTimer();
    this.remaining = Math.max(0, this.remaining - (performance.now() - this.startedAt));
    // Never restart with a sliver of time: the user who paused to read gets at least a second and a half.
    this.remaining = Math.max(this.remaining, 1500);
    this.syncTimerBar();
  };

  private stopTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private readonly handlePointerEnter = (): void => {
    this.hovered = true;
    this.pause();
  };

  private readonly handlePointerLeave = (): void => {
    this.hovered = false;
    if (!this.matches(':focus-within')) this.resume();
  };

  private readonly handleFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (next && (this.contains(next) || this.shadowRoot?.contains(next))) return;
    if (!this.hovered) this.resume();
  };

  private readonly handleVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.pause();
    else if (!this.hovered && !this.matches(':focus-within')) this.resume();
  };

  private readonly handleKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    event.stopPropagation();
    void this.dismiss('escape');
  };

  private handleAction(): void {
    const proceed = this.dispatchEvent(
      new CustomEvent('sugam-action', { bubbles: true, composed: true, cancelable: true }),
    );
    if (proceed) void this.dismiss('action');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('variant')) oneOf(this, 'variant', this.variant, TOAST_VARIANTS, 'info');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The bar is rendered only after the timer started (on connect): start its shrinking then.
    if (!this.bar || this.bar.playState === 'idle') this.syncTimerBar();
  }

  protected override render() {
    const variant = oneOf(this, 'variant', this.variant, TOAST_VARIANTS, 'info');
    const closable = this.dismissible || this.effectiveDuration === 0;
    return html`<div part="base" class="base ${this.closing ? 'closing' : ''}">
      <svg part="icon" class="icon" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true" focusable="false">
        ${ICONS.statusIcon(variant)}
      </svg>
      <div part="message" class="message">
        <span class="visually-hidden">${this.localize.t(`feedback.${variant}`)} </span><slot></slot>
      </div>
      ${
        this.actionLabel
          ? html`<button part="action" class="action" type="button" @click=${this.handleAction}>
              ${this.actionLabel}
            </button>`
          : nothing
      }
      ${this.effectiveDuration > 0 ? html`<div part="timer" class="timer" aria-hidden="true"></div>` : nothing}
      ${
        closable
          ? html`<button
              part="close-button"
              class="close"
              type="button"
              aria-label=${this.localize.t('feedback.close')}
              @click=${() => void this.dismiss('close-button')}
            >
              <svg viewBox="0 0 24 24" fill="currentColor" aria-hidden="true" focusable="false">${ICONS.close()}</svg>
            </button>`
          : nothing
      }
    </div>`;
  }
}

export interface ToastOptions {
  /** success, info (default), warning or error. */
  variant?: ToastVariant;
  /** Milliseconds before it closes by itself; 0 never. Default 5000, never for errors and toasts with an action. */
  duration?: number;
  /** Show a close button (default true). Toasts that never close by themselves always have one. */
  dismissible?: boolean;
  /** An action button: its label and what it does. The toast closes after it runs. */
  action?: { label: string; onAction?: (toast: SugamToast) => void };
  /** Where the toast appears: picks (or creates) the region with this position. */
  position?: ToastPosition;
  /** The region to use (default: the page's first `sugam-toast-region`, created in `document.body` if absent). */
  region?: SugamToastRegion;
  /**
   * The element the toast is about (usually the control that caused it): the toast takes the language and direction
   * in effect there, so a toast from an Urdu section of an English page reads right to left, with its close button
   * named in Urdu. Without it the toast follows its region, which follows the page.
   */
  from?: Element;
}

/** Registers both elements if this module was imported without its `index.js`. */
function ensureDefined(): void {
  define('sugam-toast-region', SugamToastRegion);
  define('sugam-toast', SugamToast);
}

function findRegion(position?: ToastPosition): SugamToastRegion {
  const valid = position && (TOAST_POSITIONS as readonly string[]).includes(position) ? position : undefined;
  const regions = [...document.querySelectorAll('sugam-toast-region')];
  const found = valid ? regions.find((region) => region.position === valid) : regions[0];
  if (found) return found;
  const region = document.createElement('sugam-toast-region');
  if (valid) region.position = valid;
  document.body.append(region);
  return region;
}

/**
 * Shows a toast and returns it (call `.dismiss()` on it to close it early).
 *
 * ```js
 * import { toast } from '@sugam/components/toast';
 * toast('Application saved', { variant: 'success' });
 * toast('Payment failed. Try again.', { variant: 'error' });
 * toast('Draft deleted', { action: { label: 'Undo', onAction: restoreDraft } });
 * ```
 *
 * The message is set as text, never parsed as HTML. The action's label and the message are shown as given:
 * pass them in the language of the page, or of the section named by `from`
 * (`toast(message, { from: button })`).
 */
export function toast(message: string, options: ToastOptions = {}): SugamToast {
  ensureDefined();
  const element = document.createElement('sugam-toast');
  element.textContent = String(message ?? '');
  if (options.variant) element.variant = options.variant;
  if (options.duration !== undefined) element.duration = options.duration;
  element.dismissible = options.dismissible ?? true;
  if (options.from) {
    element.lang = resolveLanguage(options.from);
    element.dir = resolveDirection(options.from);
  }
  if (options.action?.label) {
    element.actionLabel = options.action.label;
    const onAction = options.action.onAction;
    if (onAction) element.addEventListener('sugam-action', () => onAction(element));
  }
  (options.region ?? findRegion(options.position)).append(element);
  return element;
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-toast': SugamToast;
  }
}
