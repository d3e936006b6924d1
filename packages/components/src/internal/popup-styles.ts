import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The surface of a popup list in the top layer (the list box of select and combobox, the menus of menu button and
 * language switcher): fixed, for anchor positioning, a small gap from its trigger, scrolling on its own, on a raised
 * surface with a shadow, above the page. Declarations, for a rule that adds the anchor, placement, sizes and
 * border.
 */
export const popupSurface = css`
  position: fixed;
  inset: auto;
  margin: 0;
  margin-block: var(--sugam-space-50, 4px);
  overflow-y: auto;
  overscroll-behavior: contain;
  padding: var(--sugam-space-50, 4px);
  border-radius: var(--sugam-radius-md, 8px);
  background: var(--sugam-color-surface-raised, #ffffff);
  color: var(--sugam-color-text-default, #171717);
  box-shadow: var(--sugam-shadow-3, 0 6px 16px 0 #17171729);
  z-index: var(--sugam-z-index-dropdown, 1000);
`;

/**
 * Places a popup in the top layer against its anchor (CSS anchor positioning): on the `side` of the anchor, lined up
 * with the anchor's start or end edge (`align`) in the popup's **own** direction, growing towards the other edge.
 *
 * Physical `position-area` keywords, chosen by `:dir()`: logical ones (`span-inline-end`) resolve against the
 * containing block, which for a fixed popup is the viewport, in the direction of the page's root, so an Urdu
 * (right-to-left) section of a Hindi page, or an English section of an Urdu page, would get its popup on the wrong
 * side. A popup placed by script (class `no-anchor`, see internal/popup.ts) gets no area.
 *
 * `popup` is the popup's selector, a literal chosen by the component (e.g. `.menu` or
 * `:host([placement='top-end']) .menu`), never user input; the element it selects must take its direction from the
 * component (no `dir` of its own other than the component's).
 */
export function popupPlacement(popup: string, align: 'start' | 'end', side: 'bottom' | 'top' = 'bottom'): CSSResult {
  const selector = unsafeCSS(`${popup}:not(.no-anchor)`);
  const block = unsafeCSS(side);
  // Lined up with the left edge it grows to the right (span-right), and the reverse.
  const ltr = unsafeCSS(align === 'start' ? 'span-right' : 'span-left');
  const rtl = unsafeCSS(align === 'start' ? 'span-left' : 'span-right');
  return css`
    ${selector}:dir(ltr) {
      position-area: ${block} ${ltr};
    }
    ${selector}:dir(rtl) {
      position-area: ${block} ${rtl};
    }
  `;
}
