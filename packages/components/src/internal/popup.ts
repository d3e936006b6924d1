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

/**
 * Browsers without CSS anchor positioning: places a shown popup (a fixed popover in the top layer) once against its
 * anchor, as `popupPlacement()` in popup-styles.ts does with CSS: on `side` of the anchor (the other side when
 * there is more room there), lined up with the anchor's start or end edge in the popup's own direction (never the
 * page root's), kept inside the viewport. Physical `left`/`top` from the viewport, set through the CSSOM (allowed
 * under a strict style-src). Adds the class `no-anchor`, which turns the CSS placement off.
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
}
