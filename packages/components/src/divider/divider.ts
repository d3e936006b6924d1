import { LitElement, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { oneOf } from '../internal/enum.js';
import { hostStyles } from '../internal/styles.js';
import { dividerStyles } from './divider.styles.js';

export const DIVIDER_ORIENTATIONS = ['horizontal', 'vertical'] as const;
export type DividerOrientation = (typeof DIVIDER_ORIENTATIONS)[number];

/**
 * A line that separates content, horizontal (between sections) or vertical (between items in a row).
 *
 * It is a `role="separator"` with `aria-orientation`, so screen readers announce the break. `decorative` hides it
 * from assistive technology when the break is only visual. With `label` (or text in the default slot, such as
 * "or" between two sign-in options) the text sits in the middle of a horizontal line and is read as plain text
 * (the lines are then decorative, since a separator's content is not read).
 *
 * @summary A horizontal or vertical separator, semantic or decorative, with optional text in the middle.
 * @status stable
 * @since 0.1.0
 *
 * @slot - Text in the middle of the line (instead of `label`).
 *
 * @csspart line - Each line segment.
 * @csspart label - The text in the middle.
 *
 * @cssprop --sugam-divider-color - The line's colour. Defaults to `--sugam-color-border-default`.
 * @cssprop --sugam-divider-width - The line's thickness. Defaults to `--sugam-border-width-thin`.
 * @cssprop --sugam-divider-spacing - Space before and after the line. Defaults to `--sugam-space-200`.
 */
export class SugamDivider extends LitElement {
  static override styles = [hostStyles, dividerStyles];

  /** `horizontal` (a full-width line) or `vertical` (a full-height line in a row). */
  @property({ reflect: true, useDefault: true }) accessor orientation: DividerOrientation = 'horizontal';

  /** Hides the divider from assistive technology: the break is visual only. */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor decorative = false;

  /** Text shown in the middle of a horizontal line. */
  @property() accessor label: string | undefined;

  private hasSlotText = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('orientation')) oneOf(this, 'orientation', this.orientation, DIVIDER_ORIENTATIONS, 'horizontal');
  }

  protected override updated(): void {
    const orientation = oneOf(this, 'orientation', this.orientation, DIVIDER_ORIENTATIONS, 'horizontal');
    const labelled = !!this.label?.trim() || this.hasSlotText;
    this.toggleAttribute('data-labelled', labelled);
    if (this.decorative || labelled) {
      // A decorative line is hidden; a labelled one leaves its text to be read as text.
      this.setAttribute('role', labelled && !this.decorative ? 'none' : 'presentation');
      this.removeAttribute('aria-orientation');
      if (this.decorative) this.setAttribute('aria-hidden', 'true');
      else this.removeAttribute('aria-hidden');
    } else {
      this.setAttribute('role', 'separator');
      this.setAttribute('aria-orientation', orientation);
      this.removeAttribute('aria-hidden');
    }
  }

  private readonly handleSlotChange = (event: Event): void => {
    const slot = event.target as HTMLSlotElement;
    const text = slot
      .assignedNodes()
      .some((node) => node.nodeType === Node.ELEMENT_NODE || (node.textContent ?? '').trim() !== '');
    if (text !== this.hasSlotText) {
      this.hasSlotText = text;
      this.requestUpdate();
    }
  };

  protected override render() {
    return html`<span part="line" class="line" aria-hidden="true"></span
      ><span part="label" class="label"><slot @slotchange=${this.handleSlotChange}>${this.label ?? ''}</slot></span
      ><span part="line" class="line end" aria-hidden="true"></span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-divider': SugamDivider;
  }
}
