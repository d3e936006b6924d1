import type { AccordionToggleDetail } from '../accordion/accordion-item.js';
import type { CloseDetail } from './modal.js';
import type { SugamToast, ToastCloseReason } from '../toast/toast.js';

/** `sugam-toggle`: a header navigation item's or a side-nav group's submenu opened or closed. */
export interface ToggleDetail {
  open: boolean;
  /** The side-nav group element that opened or closed (side-nav only). */
  group?: Element;
}

/**
 * The events several components fire under one name, typed once here (a name can be declared only once in
 * `HTMLElementEventMap`); each detail is the union of what the components send, `null` where they send none.
 * Events of one component only are declared beside it.
 */
declare global {
  interface HTMLElementEventMap {
    /** Opened: accordion item (`{ open: true }`), dialog, drawer, menu, tooltip (`null`). */
    'sugam-show': CustomEvent<AccordionToggleDetail | null>;
    /** Closed: accordion item (`{ open: false }`), menu, tooltip (`null`). */
    'sugam-hide': CustomEvent<AccordionToggleDetail | null>;
    /** About to close: dialog and drawer (`returnValue`), toast (`reason`, cancelable), alert (`null`, cancelable). */
    'sugam-close': CustomEvent<CloseDetail | { reason: ToastCloseReason } | null>;
    /** Closed and gone from view: dialog, drawer, alert (`null`), toast (`reason` and the toast). */
    'sugam-after-close': CustomEvent<{ reason: ToastCloseReason; toast: SugamToast } | null>;
    'sugam-toggle': CustomEvent<ToggleDetail>;
    /** The header's menu button opened or closed the navigation on a narrow screen. */
    'sugam-menu-toggle': CustomEvent<{ open: boolean }>;
    /** A chip's remove button was pressed (cancelable). */
    'sugam-remove': CustomEvent<null>;
    /** A toast's action button was pressed (cancelable: the toast then stays). */
    'sugam-action': CustomEvent<null>;
  }
}
