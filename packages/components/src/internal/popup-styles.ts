import { css } from 'lit';

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
