import { ModalElement, type RequestCloseDetail } from '../internal/modal.js';
import { dialogStyles } from './dialog.styles.js';

export type { CloseReason, ModalSize as DialogSize, RequestCloseDetail, CloseDetail } from '../internal/modal.js';

/**
 * A modal dialog on the platform's `<dialog>` (`showModal()`): the page behind is inert and the dialog sits in
 * the top layer. Focus moves in when it opens (to an element marked `autofocus`, else the first focusable
 * content, else the dialog itself, which announces its heading), stays in, and returns to the element that opened
 * it. Escape, the localized × button and (with `light-dismiss`) a backdrop click fire a cancelable
 * `sugam-request-close`; preventing it keeps the dialog open. The page does not scroll while it is open. A
 * `<form method="dialog">` inside closes it with the submitter's value as `returnValue`, as in a native dialog.
 *
 * Every dialog needs a heading (its accessible name): `label`, or a heading element in the `heading` slot.
 *
 * @summary A modal dialog with a heading, a close button and a footer of actions.
 * @status stable
 * @since 0.1.0
 *
 * @attr {boolean} open - Whether it is open; setting it opens or closes it (also `show()` and `close(returnValue?)`).
 * @attr {string} label - The heading, and so the accessible name (or slot a heading into `heading`). Required.
 * @attr {'s' | 'm' | 'l'} size - The size; m by default.
 * @attr {boolean} light-dismiss - A click on the backdrop asks to close too (reason `backdrop`).
 * @attr {'dark' | 'medium' | 'light' | 'blur'} backdrop - How strongly the page behind is dimmed (UX4G's 75, 50 and
 *   25 % backdrops, and blur); `dark`, the theme's scrim, by default. The high-contrast theme keeps its strong scrim.
 *
 * @slot - The content.
 * @slot heading - A heading element (e.g. `<h2>`) instead of `label`.
 * @slot footer - Actions, e.g. buttons, aligned to the end.
 *
 * @csspart dialog - The `<dialog>` panel.
 * @csspart header - The row of the heading and the close button.
 * @csspart title - The heading's wrapper (the dialog's accessible name).
 * @csspart close-button - The × button.
 * @csspart body - The wrapper of the content.
 * @csspart footer - The wrapper of the actions.
 *
 * @cssprop --sugam-modal-backdrop-blur - How much `backdrop="blur"` blurs the page. Defaults to 4px.
 * @cssprop --sugam-dialog-width-s - Width of `size="s"`. Defaults to 24rem.
 * @cssprop --sugam-dialog-width-m - Width of `size="m"`. Defaults to 36rem.
 * @cssprop --sugam-dialog-width-l - Width of `size="l"`. Defaults to 52rem.
 * @cssprop --sugam-dialog-radius - Corner radius. Defaults to `--sugam-radius-lg`.
 *
 * @event sugam-request-close - Escape, × or a backdrop click asks to close; `detail.reason` is `escape`,
 * `close-button` or `backdrop`. Cancelable: `preventDefault()` keeps it open.
 * @event sugam-show - It starts opening.
 * @event sugam-after-show - It is open and its motion has ended.
 * @event sugam-close - It starts closing; `detail.returnValue` is the value given to `close()`.
 * @event sugam-after-close - It is closed and focus is back on the opener.
 */
export class SugamDialog extends ModalElement {
  static override styles = dialogStyles;

  protected enterKeyframes(): Keyframe[] {
    return [
      { opacity: 0, transform: 'translateY(1rem) scale(0.98)' },
      { opacity: 1, transform: 'none' },
    ];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-dialog': SugamDialog;
  }
  interface HTMLElementEventMap {
    'sugam-request-close': CustomEvent<RequestCloseDetail>;
  }
}
