import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { LocalizeController, registerStrings } from '@sugam/i18n';
import { common } from '@sugam/i18n/en';
import { oneOf } from './enum.js';
import * as ICONS from './icon-set.js';
import { focusRing } from './styles.js';
// Types of the events it shares with other components (in HTMLElementEventMap).
import './events.js';

registerStrings({ common });

export const MODAL_SIZES = ['s', 'm', 'l'] as const;
export type ModalSize = (typeof MODAL_SIZES)[number];
export const MODAL_BACKDROPS = ['dark', 'medium', 'light', 'blur'] as const;
export type ModalBackdrop = (typeof MODAL_BACKDROPS)[number];

/** Why a modal asks to close: Escape (or another platform close request), a backdrop click, the × button. */
export type CloseReason = 'escape' | 'backdrop' | 'close-button';

export interface RequestCloseDetail {
  reason: CloseReason;
}
export interface CloseDetail {
  returnValue: string;
}

/** Elements that take focus by themselves (a custom element counts when its shadow root delegates focus). */
const FOCUSABLE =
  'a[href], area[href], button, input:not([type="hidden"]), select, textarea, iframe, summary, ' +
  '[tabindex], [contenteditable]:not([contenteditable="false"]), audio[controls], video[controls]';

function isFocusCandidate(element: Element): element is HTMLElement {
  if (!(element instanceof HTMLElement) || element.getAttribute('tabindex') === '-1') return false;
  if (!element.matches(FOCUSABLE) && !element.shadowRoot?.delegatesFocus) return false;
  return element.checkVisibility?.() ?? true;
}

/**
 * Focuses the first element in tree order (the roots and their descendants) that takes focus, trying each
 * candidate so disabled, inert or hidden ones are skipped the way the browser skips them. Returns the success.
 */
export function focusFirst(roots: readonly Element[]): boolean {
  for (const root of roots) {
    for (const element of [root, ...root.querySelectorAll('*')]) {
      if (!isFocusCandidate(element)) continue;
      element.focus();
      if (element.matches(':focus, :focus-within')) return true;
    }
  }
  return false;
}

/** The element that has focus, looking into open shadow roots. */
export function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

// --- Page scroll lock ---------------------------------------------------------------------------------------------
// One lock for all open modals (they stack); the page's own inline values come back exactly when the last closes.
let scrollLocks = 0;
let savedScroll: { name: string; value: string; priority: string }[] = [];

export function lockPageScroll(): void {
  if (scrollLocks++ > 0) return;
  const root = document.documentElement;
  const style = root.style;
  // Keep the scrollbar's room so the page does not shift sideways when its scrollbar goes away.
  const hadScrollbar = window.innerWidth > root.clientWidth;
  const names = hadScrollbar ? ['overflow', 'scrollbar-gutter'] : ['overflow'];
  savedScroll = names.map((name) => ({
    name,
    value: style.getPropertyValue(name),
    priority: style.getPropertyPriority(name),
  }));
  style.setProperty('overflow', 'hidden', 'important');
  if (hadScrollbar && getComputedStyle(root).scrollbarGutter === 'auto')
    style.setProperty('scrollbar-gutter', 'stable');
}

export function unlockPageScroll(): void {
  if (scrollLocks === 0 || --scrollLocks > 0) return;
  const style = document.documentElement.style;
  for (const { name, value, priority } of savedScroll) {
    if (value) style.setProperty(name, value, priority);
    else style.removeProperty(name);
  }
  savedScroll = [];
}

/** Milliseconds of a duration token on an element (`150ms`, `0.2s`), or the fallback. */
function durationOf(element: Element, token: string, fallback: number): number {
  const value = getComputedStyle(element).getPropertyValue(token).trim();
  const number = Number.parseFloat(value);
  if (Number.isNaN(number)) return fallback;
  return value.endsWith('ms') ? number : value.endsWith('s') ? number * 1000 : fallback;
}

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/**
 * The modal machinery shared by `<sugam-dialog>` and `<sugam-drawer>`, on the platform's `<dialog>` with
 * `showModal()`: the top layer, an inert page, and the platform's close requests. On top of it: focus moved in
 * (to an `autofocus` element, else the first focusable content, else the dialog itself, which is named by its
 * heading) and back to the opener; the cancelable `sugam-request-close`; the page's scroll locked; motion that
 * follows `prefers-reduced-motion`; the localized close button. Subclasses give their styles and motion.
 */
export abstract class ModalElement extends LitElement {
  /** Whether the modal is open. Setting it (or the attribute) opens or closes it. */
  @property({ type: Boolean, reflect: true }) accessor open = false;

  /** The heading, and so the accessible name. Or slot a heading element into `heading`. One of them is required. */
  @property() accessor label = '';

  /** s, m (default) or l. */
  @property({ reflect: true, useDefault: true }) accessor size: ModalSize = 'm';

  /**
   * How strongly the page behind is dimmed: `dark` (default, the theme's scrim), `medium` (about half), `light`
   * (about a quarter) or `blur` (light, and the page blurred). The high-contrast theme keeps its strong scrim.
   */
  @property({ reflect: true, useDefault: true }) accessor backdrop: ModalBackdrop = 'dark';

  /** A click on the backdrop asks to close (reason `backdrop`). Off by default: only Escape and × close. */
  @property({ type: Boolean, reflect: true, useDefault: true, attribute: 'light-dismiss' }) accessor lightDismiss =
    false;

  /** The value given to `close(returnValue)` (like `HTMLDialogElement.returnValue`); emptied when it opens. */
  returnValue = '';

  @state() private accessor hasFooter = false;
  @query('dialog') protected accessor dialog!: HTMLDialogElement;

  protected readonly localize = new LocalizeController(this);
  private opener: HTMLElement | null = null;
  private transition = 0;
  private animations: Animation[] = [];
  private active = false;
  private backdropPointer = false;
  private warnedName = false;

  constructor() {
    super();
    // <form method="dialog"> inside works as in a native dialog: submitting closes it with the submitter's value.
    this.addEventListener('submit', (event: SubmitEvent) => {
      const form = event.target as HTMLFormElement;
      if (event.defaultPrevented || form.method !== 'dialog' || form.closest(this.localName) !== this) return;
      event.preventDefault();
      const submitter = event.submitter as HTMLButtonElement | HTMLInputElement | null;
      this.close(submitter?.value ?? '');
    });
  }

  /** Opens the modal. */
  show(): void {
    this.open = true;
  }

  /** Closes the modal; `returnValue` (if given) is kept in `returnValue` and sent with `sugam-close`. */
  close(returnValue?: string): void {
    if (returnValue !== undefined) this.returnValue = returnValue;
    this.open = false;
  }

  /** Asks to close, as the × button, Escape and the backdrop do: fires `sugam-request-close`, then closes unless prevented. */
  requestClose(reason: CloseReason): void {
    const event = new CustomEvent<RequestCloseDetail>('sugam-request-close', {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: { reason },
    });
    if (this.dispatchEvent(event)) this.close();
  }

  /** Keyframes of the panel when it opens (reversed when it closes). */
  protected abstract enterKeyframes(): Keyframe[];

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the document while open: removal took the <dialog> out of the top layer; put it back, modal.
    if (this.hasUpdated && this.open && this.dialog) {
      if (this.dialog.open) this.dialog.close();
      void this.openDialog(false);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Removed while open: the page must not stay locked.
    if (this.active) {
      this.active = false;
      unlockPageScroll();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('size')) oneOf(this, 'size', this.size, MODAL_SIZES, 'm');
    if (changed.has('backdrop')) oneOf(this, 'backdrop', this.backdrop, MODAL_BACKDROPS, 'dark');
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open')) {
      // Open in the page's markup (the first render): it is there from the start, with no motion.
      const initial = changed.get('open') === undefined;
      if (this.open) void this.openDialog(!initial);
      else if (!initial) void this.closeDialog();
    }
    if (changed.has('label') || changed.has('open')) this.checkName();
  }

  private checkName(): void {
    if (!this.open || this.warnedName || this.label.trim()) return;
    const slotted = this.querySelector(':scope > [slot="heading"]');
    if (slotted?.textContent?.trim()) return;
    this.warnedName = true;
    console.warn(`[sugam] <${this.localName}> needs a heading: set label="…" or slot a heading into slot="heading".`);
  }

  private emit<T>(name: string, detail?: T): void {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
  }

  private async openDialog(animate: boolean): Promise<void> {
    const dialog = this.dialog;
    if (!dialog || !this.isConnected) return;
    const token = ++this.transition;
    this.stopAnimations();
    if (!dialog.open) {
      // Kept when it was only moved in the document while open.
      this.opener ??= deepActiveElement();
      this.returnValue = '';
      this.emit('sugam-show');
      if (!this.active) {
        this.active = true;
        lockPageScroll();
      }
      dialog.showModal();
      this.focusInitial();
    }
    if (animate) await this.play(true);
    if (token === this.transition && this.open) this.emit('sugam-after-show');
  }

  private async closeDialog(): Promise<void> {
    const dialog = this.dialog;
    if (!dialog?.open) return;
    const token = ++this.transition;
    this.stopAnimations();
    this.emit<CloseDetail>('sugam-close', { returnValue: this.returnValue });
    await this.play(false);
    if (token !== this.transition || this.open) return;
    dialog.close(this.returnValue);
    this.finishClose();
  }

  /** Cleans up once the `<dialog>` is closed, by us or by the platform (a close request that could not be refused). */
  private finishClose(): void {
    if (!this.active) return;
    this.active = false;
    unlockPageScroll();
    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
    this.emit('sugam-after-close');
  }

  private focusInitial(): void {
    const autofocus = this.querySelector<HTMLElement>('[autofocus]');
    if (autofocus) {
      autofocus.focus();
      if (autofocus.matches(':focus, :focus-within')) return;
    }
    const body = this.renderRoot.querySelector<HTMLSlotElement>('.body slot');
    if (body && focusFirst(body.assignedElements({ flatten: true }))) return;
    // Nothing to focus in the content: the dialog itself, which reads its name (the heading); Tab goes on from there.
    this.dialog.focus();
  }

  private stopAnimations(): void {
    for (const animation of this.animations) animation.cancel();
    this.animations = [];
  }

  private async play(entering: boolean): Promise<void> {
    if (prefersReducedMotion() || typeof this.dialog.animate !== 'function') return;
    const duration = durationOf(
      this,
      entering ? '--sugam-duration-medium' : '--sugam-duration-fast',
      entering ? 250 : 150,
    );
    if (duration <= 0) return;
    const options: KeyframeAnimationOptions = {
      duration,
      easing: entering ? 'cubic-bezier(0, 0, 0, 1)' : 'cubic-bezier(0.3, 0, 1, 1)',
      direction: entering ? 'normal' : 'reverse',
      fill: entering ? 'none' : 'forwards',
    };
    this.animations = [
      this.dialog.animate(this.enterKeyframes(), options),
      this.dialog.animate([{ opacity: 0 }, { opacity: 1 }], { ...options, pseudoElement: '::backdrop' }),
    ];
    try {
      await Promise.all(this.animations.map((animation) => animation.finished));
    } catch {
      // Cancelled: a newer open or close took over.
    }
  }

  private readonly handleKeydown = (event: KeyboardEvent): void => {
    // Escape already handled inside (a menu or tooltip closing) is not ours.
    if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
    // Handled here, not by the platform's close request, so that a refused close can be refused again and again.
    event.preventDefault();
    this.requestClose('escape');
  };

  private readonly handleCancel = (event: Event): void => {
    // Other close requests (e.g. a platform back gesture): the same request, refused if prevented and possible.
    event.preventDefault();
    if (this.open) this.requestClose('escape');
  };

  private readonly handleNativeClose = (): void => {
    // A late event of a close that was followed by a new opening: nothing to do.
    if (this.dialog.open) return;
    // Closed by the platform without asking us (a close request it would not let us refuse).
    if (this.open) {
      this.returnValue = this.dialog.returnValue;
      this.transition++;
      this.open = false;
    }
    this.finishClose();
  };

  private outsidePanel(event: MouseEvent): boolean {
    if (event.target !== this.dialog) return false;
    const rect = this.dialog.getBoundingClientRect();
    return (
      event.clientX < rect.left || event.clientX > rect.right || event.clientY < rect.top || event.clientY > rect.bottom
    );
  }

  private readonly handlePointerDown = (event: PointerEvent): void => {
    this.backdropPointer = this.outsidePanel(event);
  };

  private readonly handleClick = (event: MouseEvent): void => {
    // Both press and release on the backdrop: a text selection dragged out of the panel does not close it.
    const onBackdrop = this.backdropPointer && this.outsidePanel(event);
    this.backdropPointer = false;
    if (onBackdrop && this.lightDismiss) this.requestClose('backdrop');
  };

  private handleFooterSlot(event: Event): void {
    this.hasFooter = (event.target as HTMLSlotElement).assignedNodes({ flatten: true }).length > 0;
  }

  protected override render() {
    const label = this.label.trim();
    return html`<dialog
      part="dialog"
      class="dialog"
      tabindex="-1"
      aria-modal="true"
      aria-labelledby="title"
      dir=${this.localize.dir}
      @keydown=${this.handleKeydown}
      @cancel=${this.handleCancel}
      @close=${this.handleNativeClose}
      @pointerdown=${this.handlePointerDown}
      @click=${this.handleClick}
    >
      <div part="header" class="header">
        <div part="title" class="title" id="title">
          <slot name="heading">${label ? html`<h2 class="heading">${label}</h2>` : nothing}</slot>
        </div>
        <button
          part="close-button"
          class="close"
          type="button"
          aria-label=${this.localize.t('common.close')}
          @click=${() => this.requestClose('close-button')}
        >
          <svg class="icon" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">${ICONS.close()}</svg>
        </button>
      </div>
      <div part="body" class="body"><slot></slot></div>
      <div part="footer" class="footer" ?hidden=${!this.hasFooter}>
        <slot name="footer" @slotchange=${this.handleFooterSlot}></slot>
      </div>
    </dialog>`;
  }
}

/** The look shared by dialog and drawer: panel, backdrop, header with heading and ×, body, footer of actions. */
export const modalStyles = css`
  :host {
    display: contents;
    --_width: var(--_width-m);
    --_pad: var(--sugam-space-300, 24px);
  }
  :host([size='s']) {
    --_width: var(--_width-s);
  }
  :host([size='l']) {
    --_width: var(--_width-l);
  }
  .dialog {
    padding: 0;
    border: var(--sugam-border-width-thin, 1px) solid var(--sugam-color-border-default, #d9d9d9);
    background: var(--sugam-color-surface-raised, #ffffff);
    color: var(--sugam-color-text-default, #171717);
    box-shadow: var(--sugam-shadow-4, 0 12px 32px 0 #17171733);
    font-size: var(--sugam-font-size-md, 16px);
    line-height: var(--_script-line-height);
    overflow: auto;
    overscroll-behavior: contain;
    overflow-wrap: anywhere;
  }
  /* Focused only as the starting point when the content has nothing to focus (it is not a control): no ring. */
  .dialog:focus {
    outline: none;
  }
  .dialog::backdrop {
    background: var(--sugam-color-surface-overlay, rgb(23 23 23 / 0.7));
  }
  :host([backdrop='medium']) .dialog::backdrop {
    background: var(--sugam-color-surface-overlay-medium, rgb(23 23 23 / 0.5));
  }
  :host(:is([backdrop='light'], [backdrop='blur'])) .dialog::backdrop {
    background: var(--sugam-color-surface-overlay-light, rgb(23 23 23 / 0.25));
  }
  :host([backdrop='blur']) .dialog::backdrop {
    backdrop-filter: blur(var(--sugam-modal-backdrop-blur, 4px));
  }
  .header {
    display: flex;
    align-items: flex-start;
    gap: var(--sugam-space-150, 12px);
    padding: var(--_pad) var(--_pad) 0;
  }
  .title {
    flex: 1 1 auto;
    min-inline-size: 0;
    align-self: center;
    font-family: var(--sugam-font-family-heading, inherit);
    font-size: var(--sugam-font-size-heading-sm, 1.25rem);
    font-weight: var(--sugam-font-weight-semibold, 600);
    line-height: var(--sugam-script-line-height-heading, 1.4);
  }
  .heading,
  .title ::slotted(*) {
    margin: 0;
    font: inherit;
    line-height: inherit;
  }
  .close {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: var(--sugam-control-height-md, 40px);
    block-size: var(--sugam-control-height-md, 40px);
    margin-block-start: calc(-1 * var(--sugam-space-50, 4px));
    margin-inline-end: calc(-1 * var(--sugam-space-100, 8px));
    padding: 0;
    border: var(--sugam-border-width-thin, 1px) solid transparent;
    border-radius: var(--sugam-radius-md, 8px);
    background: transparent;
    color: var(--sugam-color-text-subtle, #404040);
    cursor: pointer;
  }
  .close:hover {
    background: var(--sugam-color-surface-subtle, #f5f5f5);
    color: var(--sugam-color-text-default, #171717);
  }
  .close:focus-visible {
    ${focusRing}
  }
  .close .icon {
    inline-size: 1.5rem;
    block-size: 1.5rem;
  }
  .body {
    padding: var(--sugam-space-200, 16px) var(--_pad);
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--sugam-space-150, 12px);
    padding: 0 var(--_pad) var(--_pad);
  }
  @media (forced-colors: active) {
    .dialog {
      border: var(--sugam-border-width-thick, 2px) solid CanvasText;
    }
    .close {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
`;
