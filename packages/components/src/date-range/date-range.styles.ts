import { css } from 'lit';
import { bareFieldset } from '../internal/styles.js';

/** A fieldset without the browser's frame: the legend as the label, the hint, then the two date fields side by side. */
export const dateRangeStyles = css`
  :host {
    display: block;
  }
  fieldset {
    ${bareFieldset}
  }
  /* The question above the two fields' own labels: one step larger, as GOV.UK's fieldset legends. */
  legend {
    padding: 0;
    margin-block-end: var(--sugam-space-50, 4px);
    font-size: var(--sugam-font-size-lg, 18px);
  }
  .hint {
    margin-block-end: var(--sugam-space-100, 8px);
  }
  /* Side by side while they fit; one above the other on a narrow screen. */
  .fields {
    display: flex;
    flex-wrap: wrap;
    gap: var(--sugam-space-200, 16px) var(--sugam-space-300, 24px);
    align-items: start;
  }
  .duration {
    margin: var(--sugam-space-100, 8px) 0 0;
    font-weight: var(--sugam-font-weight-semibold, 600);
  }
  .duration:empty {
    margin: 0;
  }
`;
