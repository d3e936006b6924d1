import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { tabPanelStyles } from './tabs.styles.js';

let nextId = 0;

/**
 * The content shown for one tab of a `<sugam-tabs>` (role `tabpanel`, labelled by its tab through
 * `aria-labelledby`, both ids in the page's light DOM). Hidden unless its tab is selected. It is focusable
 * (`tabindex="0"`), so Tab moves from the tab list into the panel even when the panel holds only text.
 * On paper every panel prints, under its tab's name, and the tab list does not.
 *
 * @summary A panel of `<sugam-tabs>`.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The panel's content.
 *
 * @csspart base - The box around the content.
 */
export class SugamTabPanel extends LitElement {
  static override styles = tabPanelStyles;

  /** The name a `<sugam-tab panel="…">` refers to. */
  @property({ reflect: true }) accessor name = '';

  /** Whether this panel is showing. Set by `<sugam-tabs>`. */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor active = false;

  /** Its tab's text, printed above it (every panel prints, under its tab's name). Set by `<sugam-tabs>`. */
  @property({ attribute: false }) accessor label = '';

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.id) this.id = `sugam-tab-panel-${++nextId}`;
    this.setAttribute('role', 'tabpanel');
    if (!this.hasAttribute('tabindex')) this.tabIndex = 0;
  }

  protected override render() {
    return html`<div class="print-label" aria-hidden="true">${this.label}</div
      ><div part="base" class="base"><slot></slot></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-tab-panel': SugamTabPanel;
  }
}
