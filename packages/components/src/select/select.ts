import { LitElement, html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ValidationProblem } from '../internal/form-control.js';
import * as ICONS from '../internal/icon-set.js';
import { describedBy, fieldDescriptions, fieldLabel, fieldStyles } from '../internal/field.js';
import { hostStyles } from '../internal/styles.js';
import { listboxStyles } from './listbox.styles.js';
import { prefixMatch, syncPopup, type OptionData } from './option.js';
import { OptionListControl } from './option-list.js';
import { selectStyles } from './select.styles.js';
import { TypeaheadBuffer } from '../internal/typeahead.js';
import { registerStrings } from '@sugam/i18n';
import { select } from '@sugam/i18n/en';

registerStrings({ select });

/** Typed characters older than this start a new typeahead search. */
const TYPEAHEAD_MS = 600;

/**
 * A single-choice list that submits like a native `<select>`, following the WAI-ARIA "select-only combobox"
 * pattern: a button-like combobox that opens a listbox.
 *
 * Options are its `<sugam-option value="…">Label</sugam-option>` children, or native `<option>` children; they
 * are read (and re-read when they change) and drawn inside the control's shadow root. Unlike a native select it
 * starts with no choice, showing a placeholder ("Select an option" in the reader's language, or `placeholder`),
 * unless `value` or an option's `selected` says otherwise; an option with `value=""` acts as an explicit
 * "no choice" entry. `required` means a non-empty value.
 *
 * Keyboard (closed): Down, Up, Enter, Space, Alt+Down, Home, End open the list; typing a label's first letters
 * opens it on the first match. Open: Up/Down move, Home/End, Page Up/Down jump, Enter/Space/Alt+Up choose and
 * close, Tab chooses and moves on, Escape closes without choosing. Typeahead compares whole user-perceived
 * characters (NFC), so क् then ष reaches क्षेत्र, and a typed क prefers कमल over क्षेत्र; digits match in any
 * Indian script.
 *
 * @summary Single choice from a list (select-only combobox + listbox); label, hint, validation, sizes.
 * @status stable
 * @since 0.1.0
 *
 * @slot - `<sugam-option>` or `<option>` elements (read as data; not shown in place).
 *
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart message - The error, success or warning message.
 * @csspart box - The bordered combobox showing the chosen label.
 * @csspart listbox - The popup holding the options.
 * @csspart option - Each option in the popup.
 *
 * @cssprop --sugam-select-max-block-size - Tallest the open list gets before it scrolls (default `min(20rem, 50vh)`).
 *
 * @event input - When the user chooses another option.
 * @event change - When the user chooses another option.
 */
export class SugamSelect extends OptionListControl {
  static override styles = [hostStyles, fieldStyles, listboxStyles, selectStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** The chosen option's value ('' for none). */
  @property() accessor value = '';

  /** The value restored by a form reset. Set from the `value` attribute (else an option's `selected`). */
  @property({ attribute: 'default-value' }) accessor defaultValue = '';

  /** Text shown while nothing is chosen. Defaults to "Select an option" in the reader's language. */
  @property() accessor placeholder = '';

  /** Whether the list is showing. */
  @property({ type: Boolean, reflect: true }) accessor open = false;

  @state() private accessor activeIndex = -1;

  @query('#combo') private accessor combo!: HTMLElement;
  @query('#popup') private accessor popup!: HTMLElement;

  private readonly typeaheadBuffer = new TypeaheadBuffer(TYPEAHEAD_MS);

  protected formValue(): string {
    return this.selectedOption?.value ?? '';
  }

  protected validationAnchor() {
    return this.combo;
  }

  formResetCallback(): void {
    this.dirty = false;
    this.value = this.resetValue;
    this.touched = false;
    this.open = false;
  }

  protected validate(): ValidationProblem | undefined {
    if (this.required && this.formValue() === '') return { flag: 'valueMissing', key: 'selectValueMissing' };
    return undefined;
  }

  override focus(options?: FocusOptions): void {
    if (!this.isDisabled) this.combo?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('value') && changed.get('value') !== undefined) this.dirty = true;
    if (this.open && (this.isDisabled || this.readonly)) this.open = false;
    // Opened by the page (the `open` attribute): start on the chosen option, as the keyboard does.
    if (changed.has('open') && this.open && !this.options[this.activeIndex]) {
      const chosen = this.selectedOption;
      this.activeIndex = chosen && !chosen.disabled ? chosen.index : (this.enabledIndexes()[0] ?? -1);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    syncPopup(this.popup, this.combo, this.open);
    if (this.open && ((changed as PropertyValues).has('activeIndex') || changed.has('open'))) {
      this.shadowRoot!.getElementById(`option-${this.activeIndex}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  private enabledIndexes(): number[] {
    return this.options.filter((o) => !o.disabled).map((o) => o.index);
  }

  /** Opens the list with an option active: the chosen one, else the first (or the one asked for). */
  private show(active?: 'first' | 'last'): void {
    if (this.isDisabled || this.readonly) return;
    const enabled = this.enabledIndexes();
    const chosen = this.selectedOption;
    this.activeIndex =
      active === 'first'
        ? (enabled[0] ?? -1)
        : active === 'last'
          ? (enabled.at(-1) ?? -1)
          : chosen && !chosen.disabled
            ? chosen.index
            : (enabled[0] ?? -1);
    this.open = true;
  }

  private close(): void {
    this.open = false;
  }

  /** Makes an option the value, firing input and change when it differs. */
  private choose(index: number): void {
    const option = this.options[index];
    if (!option || option.disabled) return;
    const changed = option.value !== this.value;
    this.value = option.value;
    this.dirty = true;
    if (changed) {
      this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      this.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }

  private move(step: number): void {
    const enabled = this.enabledIndexes();
    if (enabled.length === 0) return;
    const position = enabled.indexOf(this.activeIndex);
    const next = position === -1 ? 0 : Math.min(Math.max(position + step, 0), enabled.length - 1);
    this.activeIndex = enabled[next];
  }

  /**
   * Moves to the next option whose label starts with the typed text. Typing one character again and again cycles
   * through the options starting with it; otherwise options whose whole leading characters were typed win over
   * those where the typing ends inside a conjunct (क finds कमल before क्षेत्र).
   */
  private typeahead(key: string): void {
    const { query, repeating, first } = this.typeaheadBuffer.add(key);
    const enabled = this.options.filter((o) => !o.disabled);
    if (enabled.length === 0) return;
    const current = enabled.findIndex((o) => o.index === (this.open ? this.activeIndex : this.selectedOption?.index));
    // A first or repeated character looks from the next option on; a longer search may stay on the current one.
    const from = first || repeating || current === -1 ? current + 1 : current;
    const ordered = [...enabled.slice(from), ...enabled.slice(0, from)];
    const lang = this.localize.lang;
    const scored = ordered.map((o) => ({ o, score: prefixMatch(o.label, query, o.lang ?? lang) }));
    const found = repeating
      ? scored.find((s) => s.score > 0)
      : (scored.find((s) => s.score === 2) ?? scored.find((s) => s.score === 1));
    if (!found) return;
    if (!this.open) this.show();
    this.activeIndex = found.o.index;
  }

  private handleKeydown(event: KeyboardEvent): void {
    if (this.isDisabled || event.isComposing) return;
    const { key, altKey, ctrlKey, metaKey } = event;
    const printable = [...key].length === 1 && !ctrlKey && !metaKey && !altKey;
    if (this.readonly) return;
    if (!this.open) {
      if (['ArrowDown', 'ArrowUp', 'Enter', ' ', 'Home', 'End'].includes(key)) {
        event.preventDefault();
        this.show(key === 'Home' ? 'first' : key === 'End' ? 'last' : undefined);
      } else if (printable) {
        event.preventDefault();
        this.typeahead(key);
      }
      return;
    }
    const typing = this.typeaheadBuffer.typing;
    switch (key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!altKey) this.move(1);
        return;
      case 'ArrowUp':
        event.preventDefault();
        if (altKey) {
          this.choose(this.activeIndex);
          this.close();
        } else this.move(-1);
        return;
      case 'Home':
        event.preventDefault();
        this.move(-Infinity);
        return;
      case 'End':
        event.preventDefault();
        this.move(Infinity);
        return;
      case 'PageDown':
        event.preventDefault();
        this.move(10);
        return;
      case 'PageUp':
        event.preventDefault();
        this.move(-10);
        return;
      case 'Escape':
        event.preventDefault();
        this.close();
        return;
      case 'Tab':
        this.choose(this.activeIndex);
        this.close();
        return;
      case 'Enter':
        event.preventDefault();
        this.choose(this.activeIndex);
        this.close();
        return;
      case ' ':
        if (!typing) {
          event.preventDefault();
          this.choose(this.activeIndex);
          this.close();
          return;
        }
    }
    if (printable) {
      event.preventDefault();
      this.typeahead(key);
    }
  }

  private handleClick(): void {
    if (this.open) this.close();
    else this.show();
  }

  private handleBlur(): void {
    this.close();
    this.touched = true;
  }

  private handleOptionClick(option: OptionData): void {
    if (option.disabled) return;
    this.choose(option.index);
    this.close();
    this.combo.focus();
  }

  protected override render() {
    const texts = this.fieldTexts;
    const disabled = this.isDisabled;
    const chosen = this.selectedOption;
    const shown = chosen ? chosen.label : this.placeholder || this.localize.t('select.placeholder');
    const active = this.open && this.options[this.activeIndex] ? `option-${this.activeIndex}` : undefined;
    return html`<div class="field ${classMap({ invalid: this.showsError })}">
      <div
        class="label-wrap"
        @click=${(event: Event) => {
          if ((event.target as Element).closest('label')) this.focus();
        }}
      >
        ${fieldLabel(texts, 'combo')}
      </div>
      <div class="anchor">
        <div
          part="box"
          class=${classMap({ box: true, disabled })}
          id="combo"
          role="combobox"
          tabindex=${ifDefined(disabled ? undefined : '0')}
          aria-labelledby="label"
          aria-controls="popup"
          aria-haspopup="listbox"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-activedescendant=${ifDefined(active)}
          aria-invalid=${this.showsError ? 'true' : 'false'}
          aria-required=${this.required ? 'true' : 'false'}
          aria-disabled=${ifDefined(disabled ? 'true' : undefined)}
          aria-readonly=${ifDefined(this.readonly ? 'true' : undefined)}
          aria-describedby=${ifDefined(describedBy(texts) || undefined)}
          @keydown=${this.handleKeydown}
          @click=${this.handleClick}
          @blur=${this.handleBlur}
        >
          <span class=${classMap({ value: true, placeholder: !chosen })} lang=${ifDefined(chosen?.lang)}>${shown}</span>
          <svg class="chevron" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">${ICONS.chevronDown()}</svg>
        </div>
        <div
          id="popup"
          class="popup"
          part="listbox"
          popover="manual"
          role="listbox"
          aria-labelledby="label"
          @mousedown=${(event: Event) => event.preventDefault()}
        >
          ${this.options.map(
            (option) =>
              html`<div
                part="option"
                role="option"
                id="option-${option.index}"
                class=${classMap({ active: option.index === this.activeIndex })}
                lang=${ifDefined(option.lang)}
                aria-selected=${option === chosen ? 'true' : 'false'}
                aria-disabled=${ifDefined(option.disabled ? 'true' : undefined)}
                @click=${() => this.handleOptionClick(option)}
              >
                <svg class="check" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">${ICONS.check()}</svg>
                <span>${option.label}</span>
              </div>`,
          )}
        </div>
      </div>
      ${fieldDescriptions(texts)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-select': SugamSelect;
  }
}
