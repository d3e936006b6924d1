/** Whether the browser has CSS anchor positioning; without it, popups are placed by `placePopupByScript()`. */
export const anchorPositioning = typeof CSS !== 'undefined' && CSS.supports('anchor-name', '--a');

export interface ScriptPlacement {
  /** Lined up with the anchor's start or end edge, in the popup's own direction. */
  align: 'start' | 'end';
  /** The side it opens on when there is room (else the other one). Default: bottom. */
  side?: 'bottom' | 'top';
  /** At least as wide as the anchor. */
  matchWidth?: boolean;
}

/** The popup's own direction, as `:dir()` in its styles sees it (its computed `direction` where `:dir()` is missing). */
function isRtl(element: HTMLElement): boolean {
  try {
    return element.matches(':dir(rtl)');
  } catch {
    return getComputedStyle(element).direction === 'rtl';
  }
}

/** An open popup placed by script, how to place it again, and where its anchor was then. */
interface Placed {
  anchor: HTMLElement;
  place: () => void;
  top: number;
  left: number;
}

const placed = new Map<HTMLElement, Placed>();
let followFrame = 0;

/**
 * Popups placed by script follow their anchor: when the page (or any box around the anchor) scrolls, or the window
 * is resized, every one still open whose anchor moved is placed again, once per frame. One pair of listeners for
 * all of them, there only while one is open.
 */
function follow(popup: HTMLElement, anchor: HTMLElement, place: () => void): void {
  const rect = anchor.getBoundingClientRect();
  if (!placed.size) {
    addEventListener('scroll', onPageMove, { capture: true, passive: true });
    addEventListener('resize', onPageMove, { passive: true });
  }
  placed.set(popup, { anchor, place, top: rect.top, left: rect.left });
}

function onPageMove(): void {
  cancelAnimationFrame(followFrame);
  // This frame and the next: a submenu's item sits in a menu that CSS anchor positioning moves a frame later.
  followFrame = requestAnimationFrame(() => {
    placeMoved();
    followFrame = requestAnimationFrame(placeMoved);
  });
}

function placeMoved(): void {
  for (const [popup, entry] of placed) {
    if (!popup.isConnected || !popup.matches(':popover-open')) {
      placed.delete(popup);
      continue;
    }
    const rect = entry.anchor.getBoundingClientRect();
    if (rect.top !== entry.top || rect.left !== entry.left) entry.place();
  }
  if (!placed.size) {
    removeEventListener('scroll', onPageMove, { capture: true });
    removeEventListener('resize', onPageMove);
  }
}

/**
 * Browsers without CSS anchor positioning: places a shown popup (a fixed popover in the top layer) against its
 * anchor (and again when the page scrolls, see `follow`), as `popupPlacement()` in popup-styles.ts does with CSS:
 * on `side` of the anchor (the other side when there is more room there), lined up with the anchor's start or end
 * edge in the popup's own direction (never the page root's), kept inside the viewport. Physical `left`/`top` from
 * the viewport, set through the CSSOM (allowed under a strict style-src). Adds the class `no-anchor`, which turns
 * the CSS placement off.
 */
export function placePopupByScript(popup: HTMLElement, anchor: HTMLElement, placement: ScriptPlacement): void {
  const { align, side = 'bottom', matchWidth = false } = placement;
  popup.classList.add('no-anchor');
  const rect = anchor.getBoundingClientRect();
  if (matchWidth) popup.style.setProperty('min-inline-size', `${rect.width}px`);
  const viewportWidth = document.documentElement.clientWidth;
  const viewportHeight = document.documentElement.clientHeight;
  const width = popup.offsetWidth;
  const height = popup.offsetHeight;
  // The gap between anchor and popup is the popup's block margin.
  const gap = parseFloat(getComputedStyle(popup).marginTop) || 0;
  // Start in left-to-right text and end in right-to-left text line up the left edges.
  const leftEdges = (align === 'start') !== isRtl(popup);
  const left = leftEdges ? rect.left : rect.right - width;
  const above = rect.top - 2 * gap;
  const below = viewportHeight - rect.bottom - 2 * gap;
  const onTop = side === 'top' ? above >= height || above > below : below < height && above > below;
  popup.style.setProperty('left', `${Math.max(0, Math.min(left, viewportWidth - width))}px`);
  popup.style.setProperty('top', `${onTop ? rect.top - height - 2 * gap : rect.bottom}px`);
  follow(popup, anchor, () => placePopupByScript(popup, anchor, placement));
}

/**
 * Places a popup just shown against its anchor: by CSS anchor positioning (`popupPlacement()`) where the browser has
 * it and the popup and the page are both left to right; else by script (`placePopupByScript()`). Right to left,
 * engines disagree on the physical `position-area` keywords (Firefox 153 puts an Urdu menu a whole menu's width
 * away from its trigger), so the script, which lines up the edges itself, places every right-to-left popup.
 */
export function placePopup(popup: HTMLElement, anchor: HTMLElement, placement: ScriptPlacement): void {
  if (anchorPositioning && !isRtl(popup) && !isRtl(document.documentElement)) {
    popup.classList.remove('no-anchor');
    for (const property of ['left', 'top', 'min-inline-size']) popup.style.removeProperty(property);
    placed.delete(popup);
    return;
  }
  placePopupByScript(popup, anchor, placement);
}

/**
 * Places a shown submenu (a fixed popover in the top layer) beside its item: at the item's end side in the
 * submenu's own direction (right in left-to-right text), or the start side when that has more room, its first item
 * level with the item, kept inside the viewport. Where neither side has room (a phone), it opens below the item
 * (above, when there is more room there), indented from the item's start edge, so the item it belongs to and the
 * items before it stay in sight.
 */
export function placeSubmenu(popup: HTMLElement, item: HTMLElement): void {
  const rect = item.getBoundingClientRect();
  const width = popup.offsetWidth;
  const height = popup.offsetHeight;
  const viewportWidth = document.documentElement.clientWidth;
  const viewportHeight = document.documentElement.clientHeight;
  const rtl = isRtl(popup);
  const endRoom = rtl ? rect.left : viewportWidth - rect.right;
  const startRoom = rtl ? viewportWidth - rect.right : rect.left;
  let left: number;
  let top: number;
  const beside = Math.max(endRoom, startRoom) >= width;
  // The class lets the item turn its chevron to point down.
  popup.classList.toggle('below', !beside);
  if (beside) {
    const toRight = (endRoom >= width || endRoom >= startRoom) !== rtl;
    left = toRight ? rect.right : rect.left - width;
    top = rect.top - (parseFloat(getComputedStyle(popup).paddingTop) || 0);
  } else {
    const indent = parseFloat(getComputedStyle(item).fontSize) || 16;
    left = rtl ? rect.right - indent - width : rect.left + indent;
    const below = viewportHeight - rect.bottom;
    top = below >= height || below >= rect.top ? rect.bottom : rect.top - height;
  }
  popup.style.setProperty('left', `${Math.max(0, Math.min(left, viewportWidth - width))}px`);
  popup.style.setProperty('top', `${Math.max(0, Math.min(top, viewportHeight - height))}px`);
  follow(popup, item, () => placeSubmenu(popup, item));
}

/** A point on screen, in CSS pixels from the viewport's top left. */
export interface Point {
  x: number;
  y: number;
}

/**
 * Whether a pointer moving from `from` to `to` is heading for a box beside it: `to` lies in the triangle between
 * `from` and the box's near edge (the "safe triangle" that lets a mouse cut across other items to reach a submenu).
 */
export function headsInto(from: Point, to: Point, box: DOMRect): boolean {
  const edge = box.left >= from.x ? box.left : box.right <= from.x ? box.right : undefined;
  if (edge === undefined) return false;
  const corners: Point[] = [
    { x: edge, y: box.top },
    { x: edge, y: box.bottom },
  ];
  const side = (a: Point, b: Point, p: Point) => (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x);
  const signs = [side(from, corners[0], to), side(corners[0], corners[1], to), side(corners[1], from, to)];
  return signs.every((sign) => sign >= 0) || signs.every((sign) => sign <= 0);
}

/** A side of an anchor, in the page's physical terms (after flipping). */
export type PhysicalSide = 'top' | 'bottom' | 'left' | 'right';
/** A preferred side in logical terms: start is the right side in right-to-left text. */
export type LogicalSide = 'top' | 'bottom' | 'start' | 'end';

const GAP_PX = 8;
const MARGIN_PX = 8;

/**
 * Places a shown fixed popup (a popover in the top layer) beside its anchor: on the preferred side, or the opposite
 * one when that has no room (a side popup with room on neither side goes below, or above), centred on the anchor
 * and kept inside the viewport. Physical `left`/`top` through the CSSOM (allowed under a strict style-src); the
 * side it took is returned and written to `data-side`. Tooltips and toggletips use it.
 */
export function placeBeside(
  popup: HTMLElement,
  anchor: Element,
  preferredSide: LogicalSide,
  rtl: boolean,
): PhysicalSide {
  const a = anchor.getBoundingClientRect();
  const width = popup.offsetWidth;
  const height = popup.offsetHeight;
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  const preferred: PhysicalSide =
    preferredSide === 'start'
      ? rtl
        ? 'right'
        : 'left'
      : preferredSide === 'end'
        ? rtl
          ? 'left'
          : 'right'
        : preferredSide;
  const room = {
    top: a.top - GAP_PX - MARGIN_PX >= height,
    bottom: vh - a.bottom - GAP_PX - MARGIN_PX >= height,
    left: a.left - GAP_PX - MARGIN_PX >= width,
    right: vw - a.right - GAP_PX - MARGIN_PX >= width,
  };
  const opposite = { top: 'bottom', bottom: 'top', left: 'right', right: 'left' } as const;
  let side = preferred;
  if (!room[side]) {
    if (room[opposite[side]]) side = opposite[side];
    else if (side === 'left' || side === 'right') side = room.bottom || !room.top ? 'bottom' : 'top';
  }
  let left: number;
  let top: number;
  if (side === 'top' || side === 'bottom') {
    left = a.left + a.width / 2 - width / 2;
    top = side === 'top' ? a.top - GAP_PX - height : a.bottom + GAP_PX;
  } else {
    top = a.top + a.height / 2 - height / 2;
    left = side === 'left' ? a.left - GAP_PX - width : a.right + GAP_PX;
  }
  left = Math.max(MARGIN_PX, Math.min(left, vw - MARGIN_PX - width));
  top = Math.max(MARGIN_PX, Math.min(top, vh - MARGIN_PX - height));
  popup.dataset.side = side;
  popup.style.setProperty('left', `${left}px`);
  popup.style.setProperty('top', `${top}px`);
  return side;
}
