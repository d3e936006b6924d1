import { property } from 'lit/decorators.js';
import type { PropertyValues } from 'lit';
import { oneOf } from '../internal/enum.js';
import { ModalElement } from '../internal/modal.js';
import { drawerStyles } from './drawer.styles.js';

export type { CloseReason, ModalSize as DrawerSize, RequestCloseDetail, CloseDetail } from '../internal/modal.js';

export const DRAWER_PLACEMENTS = ['start', 'end', 'top', 'bottom'] as const;
export type DrawerPlacement = (typeof DRAWER_PLACEMENTS)[number];

/**
 * A modal panel that slides in from an edge of the viewport: the same modal machinery as `<sugam-dialog>`
 * (native `<dialog>` with `showModal()`, focus moved in and back, Escape, the cancelable `sugam-request-close`,
 * page scroll locked, reduced motion). `start` and `end` are logical: in right-to-left text, `start` is the right
 * edge. Needs a heading (`label` or the `heading` slot), which names it.
 *
 * @summary A modal side or top/bottom panel, e.g. for filters or navigation on small screens.
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
 * @csspart title - The heading's wrapper (the drawer's accessible name).
 * @csspart close-button - The × button.
 * @csspart body - The wrapper of the content.
 * @csspart footer - The wrapper of the actions.
 *
 * @cssprop --sugam-modal-backdrop-blur - How much `backdrop="blur"` blurs the page. Defaults to 4px.
 * @cssprop --sugam-drawer-size-s - Width (start/end) or maximum height (top/bottom) of `size="s"`. Defaults to 20rem.
 * @cssprop --sugam-drawer-size-m - The same for `size="m"`. Defaults to 28rem.
 * @cssprop --sugam-drawer-size-l - The same for `size="l"`. Defaults to 40rem.
 *
 * @event sugam-request-close - Escape, × or a backdrop click asks to close; `detail.reason` is `escape`,
 * `close-button` or `backdrop`. Cancelable: `preventDefault()` keeps it open.
 * @event sugam-show - It starts opening.
 * @event sugam-after-show - It is open and its motion has ended.
 * @event sugam-close - It starts closing; `detail.returnValue` is the value given to `close()`.
 * @event sugam-after-close - It is closed and focus is back on the opener.
 */
export class SugamDrawer extends ModalElement {
  static override styles = drawerStyles;

  /** The edge it comes from: end (default), start, top or bottom. */
  @property({ reflect: true, useDefault: true }) accessor placement: DrawerPlacement = 'end';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('placement')) oneOf(this, 'placement', this.placement, DRAWER_PLACEMENTS, 'end');
  }

  protected enterKeyframes(): Keyframe[] {
    const placement = oneOf(this, 'placement', this.placement, DRAWER_PLACEMENTS, 'end');
    const rtl = this.localize.dir === 'rtl';
    const from = {
      start: `translateX(${rtl ? '' : '-'}100%)`,
      end: `translateX(${rtl ? '-' : ''}100%)`,
      top: 'translateY(-100%)',
      bottom: 'translateY(100%)',
    }[placement];
    return [{ transform: from }, { transform: 'none' }];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-drawer': SugamDrawer;
  }
}
