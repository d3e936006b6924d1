import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LocalizeController, registerStrings } from '@sugam/i18n';
import { feedback } from '@sugam/i18n/en';
import { oneOf } from '../internal/enum.js';
import * as ICONS from '../internal/icon-set.js';
import { focusNear } from '../alert/focus.js';
import { chipStyles } from './chip.styles.js';
// Types of the events it shares with other components (in HTMLElementEventMap).
import '../internal/events.js';

registerStrings({ feedback });

export const CHIP_TYPES = ['filter', 'choice', 'input'] as const;
export const CHIP_SIZES = ['sm', 'md'] as const;
export type ChipType = (typeof CHIP_TYPES)[number];
export type ChipSize = (typeof CHIP_SIZES)[number];

/**
 * A compact option the user turns on or off, or an item they can remove. UX4G's three kinds:
 *
 * - `filter` (default): a toggle button (`aria-pressed`) that shows a check mark when on, for filters that can
 *   be combined ("Hindi", "English", "Open now").
 * - `choice`: a toggle button too; choice chips with the same `name` and the same parent are exclusive: turning
 *   one on turns the others off.
 * - `input`: an item the user entered or picked (a recipient, a selected district), with a remove button whose
 *   name is the localized "Remove <label>". Pressing it, or Delete or Backspace while it has focus, fires a
 *   cancelable `sugam-remove`. Unless a listener cancels it, the chip moves focus to the next chip (else the
 *   previous one, else the next focusable element) and removes itself. A page that renders chips from data (React,
 *   Vue, Angular) should cancel the event and drop the item from its data instead.
 *
 * Enter and Space toggle filter and choice chips (they are real buttons). A disabled chip cannot be focused.
 * Group chips in an element with a label (`role="group"` and `aria-label`, or a `<fieldset>`).
 *
 * @summary Filter, choice (toggle buttons) or input chip (removable, with a localized "Remove <label>").
 * @status stable
 * @since 0.1.0
 *
 * @slot - The label.
 * @slot start - An icon before the label (decorative).
 *
 * @csspart base - The button (filter, choice) or the wrapper (input).
 * @csspart label - The label wrapper.
 * @csspart check - The check mark of a selected filter chip.
 * @csspart remove-button - The remove button of an input chip.
 *
 * @event change - A filter or choice chip was turned on or off by the user.
 * @event sugam-remove - The remove button (or Delete/Backspace) was used on an input chip. Cancelable: `preventDefault()` keeps the chip.
 */
export class SugamChip extends LitElement {
  static override styles = chipStyles;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** What the chip does. */
  @property({ reflect: true, useDefault: true }) accessor type: ChipType = 'filter';

  /** Whether a filter or choice chip is on. */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor selected = false;

  /** Disables the chip. */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor disabled = false;

  /** Minimum height 24 or 32 px. */
  @property({ reflect: true, useDefault: true }) accessor size: ChipSize = 'md';

  /** Groups choice chips: among siblings with the same name, only one is on. */
  @property({ reflect: true }) accessor name = '';

  /** A value the page can read (e.g. the filter's key). */
  @property() accessor value = '';

  @state() private accessor text = '';

  private readonly localize = new LocalizeController(this);
  private readonly observer = new MutationObserver(() => this.readText());

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer.observe(this, { childList: true, characterData: true, subtree: true });
    this.readText();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
  }

  private readText(): void {
    this.text = (this.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  /**
   * Removes an input chip as its remove button does: fires `sugam-remove` (cancelable), then moves focus to a
   * neighbouring chip if the chip had it, and removes the chip. Returns false when cancelled or disabled.
   */
  requestRemove(): boolean {
    if (this.disabled) return false;
    const proceed = this.dispatchEvent(
      new CustomEvent('sugam-remove', { bubbles: true, composed: true, cancelable: true }),
    );
    if (!proceed) return false;
    if (this.matches(':focus-within')) this.focusNeighbour();
    this.remove();
    return true;
  }

  private focusNeighbour(): void {
    const chips = [...(this.parentElement?.children ?? [])].filter(
      (element): element is SugamChip => element instanceof SugamChip && !element.disabled,
    );
    const index = chips.indexOf(this);
    for (const chip of [...chips.slice(index + 1), ...chips.slice(0, index).reverse()]) {
      chip.focus();
      if (chip.matches(':focus-within')) return;
    }
    if (!focusNear(this)) (document.activeElement as HTMLElement | null)?.blur();
  }

  private handleToggle(): void {
    if (this.disabled) return;
    this.selected = !this.selected;
    if (this.selected && this.type === 'choice' && this.name) {
      for (const sibling of this.parentElement?.children ?? []) {
        if (
          sibling !== this &&
          sibling instanceof SugamChip &&
          sibling.type === 'choice' &&
          sibling.name === this.name
        ) {
          sibling.selected = false;
        }
      }
    }
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  private handleRemoveKey(event: KeyboardEvent): void {
    if (event.key !== 'Delete' && event.key !== 'Backspace') return;
    event.preventDefault();
    this.requestRemove();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('type')) oneOf(this, 'type', this.type, CHIP_TYPES, 'filter');
    if (changed.has('size')) oneOf(this, 'size', this.size, CHIP_SIZES, 'md');
  }

  protected override render() {
    const type = oneOf(this, 'type', this.type, CHIP_TYPES, 'filter');
    const label = html`<slot name="start"></slot><span part="label" class="label"><slot></slot></span>`;
    if (type === 'input') {
      // aria-disabled tells assistive technology (and contrast checkers) the whole chip is disabled, not only its button.
      return html`<span part="base" class="base" aria-disabled=${ifDefined(this.disabled ? 'true' : undefined)}>
        ${label}
        <button
          part="remove-button"
          class="remove"
          type="button"
          ?disabled=${this.disabled}
          aria-label=${this.localize.t('feedback.remove', { label: this.text })}
          @click=${() => this.requestRemove()}
          @keydown=${this.handleRemoveKey}
        >
          <svg viewBox="0 0 24 24" fill="currentColor" aria-hidden="true" focusable="false">${ICONS.close()}</svg>
        </button>
      </span>`;
    }
    return html`<button
      part="base"
      class="base"
      type="button"
      aria-pressed=${this.selected ? 'true' : 'false'}
      ?disabled=${this.disabled}
      @click=${this.handleToggle}
    >
      ${
        type === 'filter' && this.selected
          ? html`<svg
              part="check"
              class="check"
              viewBox="0 0 24 24"
              fill="currentColor"
              aria-hidden="true"
              focusable="false"
            >
              ${ICONS.check()}
            </svg>`
          : nothing
      }
      ${label}
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-chip': SugamChip;
  }
}
