import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The chevron of a disclosure (a navigation group, a menu or list box trigger): 1.25em, turned upside down while
 * `open` matches, without the turn's animation under reduced motion. `open` is the selector of the open trigger
 * (e.g. `.toggle[aria-expanded='true']`), a literal chosen by the component, never user input.
 */
export function disclosureChevron(open: string): CSSResult {
  const expanded = unsafeCSS(open);
  return css`
    .chevron {
      flex: none;
      inline-size: 1.25em;
      block-size: 1.25em;
      transition: transform var(--sugam-duration-fast, 150ms) ease;
    }
    ${expanded} .chevron {
      transform: rotate(180deg);
    }
    @media (prefers-reduced-motion: reduce) {
      .chevron {
        transition: none;
      }
    }
  `;
}

/**
 * A content row of the page chrome (identity bar, header): a wrapping flex row, items at both ends, centred in
 * `--sugam-chrome-max-width` so the rows of the identity bar and the header line up. Declarations, for a rule
 * that adds its own gap and block padding.
 */
export const chromeRow = css`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  max-inline-size: var(--sugam-chrome-max-width, 80rem);
  margin-inline: auto;
  padding-inline: var(--sugam-space-200, 16px);
`;

/**
 * A row of a navigation list that may be a link or a disclosure button, reset so both look alike: full width, text
 * at the start, wrapping anywhere, no button chrome or underline. Declarations, first in a rule that adds the
 * row's gap, size, padding, the bar of the current item (after this `border: 0`) and the font size and weight
 * (after this `font: inherit`).
 */
export const navRow = css`
  display: flex;
  align-items: center;
  inline-size: 100%;
  margin: 0;
  border: 0;
  background: transparent;
  font: inherit;
  text-align: start;
  text-decoration: none;
  overflow-wrap: anywhere;
  cursor: pointer;
`;
