import { LitElement, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { tabStyles } from './tabs.styles.js';

let nextId = 0;

/**
 * One tab of a `<sugam-tabs>`. It is the tab itself (role `tab` on the element, so its `id`, `aria-selected` and
 * `aria-controls` live in the page's light DOM beside its panel's id and the relationship holds in the
 * accessibility tree). Its parent sets `selected`, the roving `tabindex` and `aria-controls`.
 *
 * @summary A tab of `<sugam-tabs>`: its label, selected and disabled states.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The tab's label.
 * @slot start - An icon before the label (decorative).
 * @slot end - A badge or icon after the label.
 *
 * @csspart base - The box holding the label.
 */
export class SugamTab extends LitElement {
  static override styles = tabStyles;

  /** The `name` of the `<sugam-tab-panel>` this tab shows. Without it, tabs and panels pair up in order. */
  @property({ reflect: true }) accessor panel = '';

  /** Whether this tab is the selected one. Set by `<sugam-tabs>`; set `active` on `<sugam-tabs>` to choose. */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor selected = false;

  /** Disables the tab: arrow keys skip it and it cannot be selected. */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor disabled = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.id) this.id = `sugam-tab-${++nextId}`;
    if (!this.hasAttribute('slot')) this.slot = 'tab';
    this.setAttribute('role', 'tab');
    if (!this.hasAttribute('tabindex')) this.tabIndex = -1;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('selected')) this.setAttribute('aria-selected', String(this.selected));
    if (changed.has('disabled')) {
      if (this.disabled) this.setAttribute('aria-disabled', 'true');
      else this.removeAttribute('aria-disabled');
    }
  }

  protected override render() {
    return html`<span part="base" class="base"
      ><slot name="start"></slot><span class="label"><slot></slot></span><slot name="end"></slot
    ></span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-tab': SugamTab;
  }
}
