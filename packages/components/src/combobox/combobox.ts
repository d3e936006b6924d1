import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { FormValue, ValidationProblem } from '../internal/form-control.js';
import { describedBy, fieldDescriptions, fieldLabel, boxInputStyles, fieldStyles } from '../internal/field.js';
import { hostStyles } from '../internal/styles.js';
import { listboxStyles } from '../select/listbox.styles.js';
import { collatorFor, fold, syncPopup, type OptionData } from '../select/option.js';
import { OptionListControl } from '../select/option-list.js';
import * as ICONS from '../internal/icon-set.js';
import { removeButtonStyles } from '../chip/chip.styles.js';
import { comboboxStyles } from './combobox.styles.js';
import { registerStrings } from '@sugam/i18n';
import { combobox, feedback } from '@sugam/i18n/en';

registerStrings({ combobox, feedback });

/**
 * A text box with a list of suggestions that narrows as the user types (WAI-ARIA combobox with list
 * autocomplete, manual selection). It submits the chosen option's value, like a `<select>`; with `allow-custom`,
 * text that matches no option is submitted as typed.
 *
 * Options are `<sugam-option value="…">Label</sugam-option>` or native `<option>` children, listed in the
 * reader's alphabetical order (`Intl.Collator` of the control's language; a language the browser has no
 * collation for uses the first of its fallback chain that it has, e.g. Maithili sorts as Hindi). `preserve-order`
 * keeps the source order.
 *
 * Matching: an option is listed when its label contains the typed text, compared after folding both: Unicode
 * compatibility normalisation (NFKD, so NFC and NFD spellings, ligatures and full-width forms are equal), Latin
 * accents dropped (Bihar = Bihār), case ignored, zero-width joiners ignored, digits of every Indian script equal
 * to ASCII. Indic vowel signs, viramas and nuktas are kept, so दिल matches दिल्ली but not दल; there is no
 * transliteration, so "dilli" does not match दिल्ली unless an option's label holds both. Typing a label exactly
 * chooses that option.
 *
 * Keyboard: Down/Up open the list and move through it (wrapping), Alt+Down opens without moving, Enter chooses,
 * Escape closes (or, when closed, clears the text), Alt+Up closes; Home, End and the arrows left/right edit the
 * text. The number of matches ("5 results available", "No results") is announced politely as the list narrows.
 * The text is never rewritten while an input method is composing.
 *
 * With `multiple`, the user chooses several options (a `<select multiple>` that can be searched). The chosen
 * ones show as chips in the box, each with a "Remove <label>" button; each is submitted under `name`, in the
 * order chosen. The text box only narrows the list: Enter (or a click) adds the active option, or removes it
 * when it is chosen already, and the list stays open for the next one; Backspace in the empty box removes the
 * last chip, and Delete or Backspace on a chip's button removes that chip. The chips are one Tab stop: the arrows
 * move between them (Left from the start of the text box reaches the last one; mirrored right to left), Home and
 * End go to the first and last. "Bihar added" and "Bihar removed"
 * are announced, and the box's description reads what is chosen. With `allow-custom`, Enter adds the typed
 * text. `values` holds the chosen values; `value` is the first of them, as on a native multiple select.
 *
 * @summary Searchable single choice: a text box whose list narrows as you type; label, hint, validation, sizes.
 * @status stable
 * @since 0.1.0
 *
 * @slot - `<sugam-option>` or `<option>` elements (read as data; not shown in place).
 *
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart message - The error, success or warning message.
 * @csspart box - The bordered box around the text box and its button.
 * @csspart input - The native `<input>`.
 * @csspart button - The button that opens the list.
 * @csspart listbox - The popup holding the options.
 * @csspart option - Each option in the popup.
 * @csspart chips - The list of chosen options (with `multiple`).
 * @csspart chip - Each chosen option's chip.
 * @csspart remove-button - The remove button of each chip.
 *
 * @cssprop --sugam-select-max-block-size - Tallest the open list gets before it scrolls (default `min(20rem, 50vh)`).
 *
 * @event input - When the text changes (from the inner input) or an option is chosen (or, with `multiple`, removed).
 * @event change - When the submitted value changes: an option is chosen (with `multiple`: added or removed), or the text is committed on leaving.
 */
export class SugamCombobox extends OptionListControl {
  static override styles = [hostStyles, fieldStyles, boxInputStyles, listboxStyles, removeButtonStyles, comboboxStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /**
   * The submitted value: the chosen option's value ('' for none), or the typed text with `allow-custom`. With
   * `multiple`, the first chosen value; setting it chooses that one value alone, as on a native multiple select.
   */
  @property() accessor value = '';

  /** Let the user choose several options, shown as chips and each submitted under `name`. */
  @property({ type: Boolean, reflect: true }) accessor multiple = false;

  /**
   * With `multiple`: the chosen values, in the order chosen. Setting it replaces the choice. Without a value
   * from the page, options marked `selected` give the initial choice.
   */
  @property({ attribute: false }) accessor values: string[] = [];

  /** The value restored by a form reset. Set from the `value` attribute (else an option's `selected`). */
  @property({ attribute: 'default-value' }) accessor defaultValue = '';

  /** Text shown in the empty box. */
  @property() accessor placeholder = '';

  /** Accept text that is not one of the options (submitted as typed). */
  @property({ type: Boolean, attribute: 'allow-custom' }) accessor allowCustom = false;

  /** List the options in source order instead of the reader's alphabetical order. */
  @property({ type: Boolean, attribute: 'preserve-order' }) accessor preserveOrder = false;

  /** Autofill hint, as on `<input>` (e.g. `address-level1`, `country-name`). Off by default. */
  @property() accessor autocomplete: string | undefined;

  /** Whether the list is showing. */
  @property({ type: Boolean, reflect: true }) accessor open = false;

  /** What the text box holds. */
  @state() private accessor text = '';
  /** Whether the list is narrowed by the text (not right after opening it on a chosen value). */
  @state() private accessor filtering = false;
  @state() private accessor activeIndex = -1;
  /** What the live region says. */
  @state() private accessor announcement = '';

  @query('input') private accessor input!: HTMLInputElement;
  @query('.box') private accessor box!: HTMLElement;
  @query('#popup') private accessor popup!: HTMLElement;

  /** The value last reported by a change event. */
  private committed = '';
  /** Set while the value follows the text, so the text is not rewritten from the value. */
  private fromText = false;
  /** The list was opened by the user (keyboard, button, typing), not by the `open` attribute. */
  private openedHere = false;
  private sorted: OptionData[] = [];
  private sortedFor = '';

  /** The chip to focus after the next render (a chip was removed with its button). */
  private focusChipAt = -1;
  /** The chip whose button is the chip list's one Tab stop (-1: the last chip, next to the text box). */
  private chipStop = -1;

  protected override syncOptions(): void {
    super.syncOptions();
    this.sortedFor = '';
    if (this.multiple) {
      if (!this.dirty && !this.defaultValue) this.values = this.options.filter((o) => o.selected).map((o) => o.value);
      return;
    }
    // Labels may arrive (or change) after the value: show the chosen option's label; typed text stays.
    const chosen = this.selectedOption;
    if (chosen && !this.open) this.text = chosen.label;
  }

  /** With `multiple`, the values that count: those of options, and any text with `allow-custom`. */
  private get chosenValues(): string[] {
    return this.allowCustom ? this.values : this.values.filter((v) => this.options.some((o) => o.value === v));
  }

  /** The values a form reset returns to: the `value` attribute's, else those of `selected` options. */
  private get resetValues(): string[] {
    if (this.defaultValue) return [this.defaultValue];
    return this.options.filter((o) => o.selected).map((o) => o.value);
  }

  /** The text that shows a value: its option's label, else (free text) the value itself. */
  private textFor(value: string): string {
    const option = this.options.find((o) => o.value === value);
    return option ? option.label : this.allowCustom ? value : '';
  }

  /** The option whose label the text is (after folding), if any. */
  private exactMatch(text: string): OptionData | undefined {
    const folded = fold(text.trim());
    return folded ? this.options.find((o) => !o.disabled && fold(o.label) === folded) : undefined;
  }

  /** The options in the reader's order, narrowed by the text while filtering. */
  private get visibleOptions(): OptionData[] {
    const key = `${this.localize.lang}|${this.preserveOrder}`;
    if (this.sortedFor !== key) {
      const collator = collatorFor(this.localize.lang);
      this.sorted = this.preserveOrder
        ? [...this.options]
        : [...this.options].sort((a, b) => collator.compare(a.label, b.label));
      this.sortedFor = key;
    }
    const query = fold(this.text.trim());
    return this.filtering && query ? this.sorted.filter((o) => fold(o.label).includes(query)) : this.sorted;
  }

  protected formValue(): FormValue {
    if (this.multiple) {
      // A list of entries is submitted as it is, without the name: like a native control, none without one.
      if (!this.name) return null;
      const data = new FormData();
      for (const value of this.chosenValues) data.append(this.name, value);
      return data;
    }
    if (this.selectedOption) return this.value;
    return this.allowCustom ? this.value : '';
  }

  protected override formState(): FormValue {
    if (!this.multiple) return super.formState();
    const data = new FormData();
    for (const value of this.values) data.append('values', value);
    return data;
  }

  override formStateRestoreCallback(state: unknown): void {
    if (this.multiple && state instanceof FormData) {
      this.dirty = true;
      this.values = state.getAll('values').filter((v): v is string => typeof v === 'string');
    } else super.formStateRestoreCallback(state);
  }

  protected validationAnchor() {
    return this.input;
  }

  formResetCallback(): void {
    this.dirty = false;
    if (this.multiple) {
      this.values = this.resetValues;
      this.text = '';
    } else {
      this.value = this.resetValue;
      this.text = this.textFor(this.value);
    }
    this.committed = this.value;
    this.touched = false;
    this.open = false;
  }

  protected validate(): ValidationProblem | undefined {
    if (this.multiple) {
      // The text only narrows the list; what counts is what is chosen.
      return this.required && this.chosenValues.length === 0
        ? { flag: 'valueMissing', key: 'selectValueMissing' }
        : undefined;
    }
    const empty = this.text.trim() === '';
    if (this.required && empty) {
      return { flag: 'valueMissing', key: this.allowCustom ? 'valueMissing' : 'selectValueMissing' };
    }
    if (!empty && !this.allowCustom && !this.selectedOption) return { flag: 'badInput', key: 'comboboxNoMatch' };
    if (this.required && this.formValue() === '') return { flag: 'valueMissing', key: 'selectValueMissing' };
    return undefined;
  }

  override focus(options?: FocusOptions): void {
    if (!this.isDisabled) this.input?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.multiple) this.syncValues(changed);
    super.willUpdate(changed);
    if (changed.has('value')) {
      if (changed.get('value') !== undefined) this.dirty = true;
      if (!this.fromText && !this.multiple) this.text = this.textFor(this.value);
      if (!this.hasUpdated) this.committed = this.value;
    }
    if (this.open && (this.isDisabled || this.readonly)) this.open = false;
    // Opened by the page (the `open` attribute): every option, starting on the chosen one.
    if (changed.has('open') && this.open && !this.openedHere) {
      const chosen = this.selectedOption;
      if (chosen && !chosen.disabled) this.activeIndex = chosen.index;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.fromText = false;
    if (this.focusChipAt >= 0) {
      const buttons = this.shadowRoot!.querySelectorAll<HTMLButtonElement>('.chip button');
      (buttons[Math.min(this.focusChipAt, buttons.length - 1)] ?? this.input).focus();
      this.focusChipAt = -1;
    }
    syncPopup(this.popup, this.box, this.open && this.options.length > 0);
    if (this.open && ((changed as PropertyValues).has('activeIndex') || changed.has('open'))) {
      this.shadowRoot!.getElementById(`option-${this.activeIndex}`)?.scrollIntoView({ block: 'nearest' });
    }
  }

  /**
   * Keeps `value` the first of `values` (multiple): a new `values` sets `value`; a `value` set on its own (the
   * attribute, a script, a restore) chooses that value alone.
   */
  private syncValues(changed: PropertyValues<this>): void {
    const first = this.values[0] ?? '';
    if (this.value === first) return;
    const valuesSet = changed.has('values') && (this.hasUpdated || this.values.length > 0);
    if (valuesSet) this.value = first;
    else this.values = this.value ? [this.value] : [];
  }

  private show(active?: 'first' | 'last' | 'none'): void {
    if (this.isDisabled || this.readonly) return;
    // Opening on a chosen value shows every option; opening on typed text shows its matches.
    this.filtering = this.text.trim() !== '' && !this.exactMatch(this.text);
    const visible = this.visibleOptions.filter((o) => !o.disabled);
    const chosen = visible.find((o) => o.value === this.value && this.selectedOption === o);
    this.activeIndex =
      active === 'none'
        ? -1
        : active === 'last'
          ? (visible.at(-1)?.index ?? -1)
          : active === 'first'
            ? (visible[0]?.index ?? -1)
            : ((chosen ?? visible[0])?.index ?? -1);
    this.openedHere = true;
    this.open = true;
  }

  private close(): void {
    this.open = false;
    this.openedHere = false;
    this.activeIndex = -1;
    this.announcement = '';
  }

  private choose(option: OptionData | undefined): void {
    if (!option || option.disabled) return;
    if (this.multiple) {
      this.toggleValue(option.value, option.label);
      return;
    }
    this.value = option.value;
    this.text = option.label;
    this.dirty = true;
    this.filtering = false;
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.commit();
  }

  /** With `multiple`: adds the value, or removes it when it is chosen already; says so; fires input and change. */
  private toggleValue(value: string, label: string): void {
    const chosen = this.values.includes(value);
    this.values = chosen ? this.values.filter((v) => v !== value) : [...this.values, value];
    this.dirty = true;
    this.text = '';
    this.filtering = false;
    this.announcement = this.localize.t(chosen ? 'combobox.removed' : 'combobox.added', { label });
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** A chip's remove button (click, Delete or Backspace): removes its value; focus goes to the next chip or the box. */
  private removeChip(value: string, label: string, index: number): void {
    if (this.isDisabled || this.readonly) return;
    this.focusChipAt = index;
    this.toggleValue(value, label);
  }

  /** Makes a chip's button the list's Tab stop (on the buttons directly: focus alone needs no new render). */
  private moveChipStop(index: number): void {
    this.chipStop = index;
    this.chipButtons.forEach((button, i) => (button.tabIndex = i === index ? 0 : -1));
  }

  /** The chips' remove buttons, in order. */
  private get chipButtons(): HTMLButtonElement[] {
    return [...this.shadowRoot!.querySelectorAll<HTMLButtonElement>('.chip button')];
  }

  /**
   * On a chip's button: Delete or Backspace removes the chip; the arrows move between chips (mirrored right to left),
   * forward past the last one into the text box; Home and End go to the first and last chip.
   */
  private handleChipKeydown(event: KeyboardEvent, value: string, label: string, index: number): void {
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      this.removeChip(value, label, index);
      return;
    }
    const buttons = this.chipButtons;
    const rtl = this.localize.dir === 'rtl';
    const targets: Record<string, number> = {
      [rtl ? 'ArrowLeft' : 'ArrowRight']: index + 1,
      [rtl ? 'ArrowRight' : 'ArrowLeft']: Math.max(0, index - 1),
      Home: 0,
      End: buttons.length - 1,
    };
    const target = targets[event.key];
    if (target === undefined) return;
    event.preventDefault();
    (buttons[target] ?? this.input).focus();
  }

  /** Fires change when the submitted value differs from the one last reported. */
  private commit(): void {
    if (this.value === this.committed) return;
    this.committed = this.value;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private move(step: 1 | -1): void {
    const visible = this.visibleOptions.filter((o) => !o.disabled);
    if (visible.length === 0) return;
    const position = visible.findIndex((o) => o.index === this.activeIndex);
    const next =
      position === -1 ? (step === 1 ? 0 : visible.length - 1) : (position + step + visible.length) % visible.length;
    this.activeIndex = visible[next].index;
  }

  private announce(): void {
    const count = this.visibleOptions.length;
    this.announcement =
      count === 0 ? this.localize.t('combobox.noResults') : this.localize.t('combobox.results', { count });
  }

  private handleInput(event: Event): void {
    this.text = this.input.value;
    if (this.multiple) {
      // The text only narrows the list; it becomes active on the option it spells, but chooses nothing.
      this.filtering = true;
      if (!this.open && !this.readonly) {
        this.openedHere = true;
        this.open = true;
      }
      this.activeIndex = this.exactMatch(this.text)?.index ?? -1;
      this.announce();
      if (!event.composed) this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      return;
    }
    // The value follows the text: an exact label chooses its option; other text is free text or nothing.
    const match = this.exactMatch(this.text);
    this.fromText = true;
    this.value = match ? match.value : this.allowCustom ? this.text : '';
    this.dirty = true;
    this.filtering = true;
    if (!this.open && !this.readonly) {
      this.openedHere = true;
      this.open = true;
    }
    // Manual selection: typing never moves the active option, except onto the option the text spells.
    this.activeIndex = match ? match.index : -1;
    this.announce();
    // Native input events are composed; only re-dispatch what does not already cross the shadow boundary.
    if (!event.composed) this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  private handleKeydown(event: KeyboardEvent): void {
    // Keys that finish an input method's composition belong to the input method.
    if (event.isComposing || event.keyCode === 229 || this.isDisabled || this.readonly) return;
    const { key, altKey } = event;
    switch (key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.open) this.show(altKey ? 'none' : undefined);
        else if (!altKey) this.move(1);
        return;
      case 'ArrowUp':
        event.preventDefault();
        if (altKey) {
          if (this.open && this.activeIndex >= 0 && !this.multiple) this.choose(this.options[this.activeIndex]);
          this.close();
        } else if (!this.open) this.show('last');
        else this.move(-1);
        return;
      case 'Enter':
        if (this.multiple) {
          const typed = this.text.trim();
          if (this.open && this.activeIndex >= 0) {
            event.preventDefault();
            this.choose(this.options[this.activeIndex]);
          } else if (this.allowCustom && typed) {
            event.preventDefault();
            const option = this.exactMatch(typed);
            if (option) this.choose(option);
            else if (!this.values.includes(typed)) this.toggleValue(typed, typed);
            else this.text = '';
          }
          return;
        }
        if (this.open && this.activeIndex >= 0) {
          event.preventDefault();
          this.choose(this.options[this.activeIndex]);
          this.close();
        }
        return;
      case 'ArrowLeft':
      case 'ArrowRight': {
        // Back from the start of the text box, to the last chip (Left, or Right in a right-to-left language).
        const back = this.localize.dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
        const buttons = this.multiple ? this.chipButtons : [];
        if (key === back && buttons.length > 0 && this.input.selectionStart === 0 && this.input.selectionEnd === 0) {
          event.preventDefault();
          buttons.at(-1)!.focus();
          return;
        }
        this.activeIndex = -1;
        return;
      }
      case 'Backspace':
        if (this.multiple && this.text === '' && this.values.length > 0) {
          event.preventDefault();
          const last = this.values.at(-1)!;
          this.toggleValue(last, this.textFor(last) || last);
        }
        return;
      case 'Escape':
        event.preventDefault();
        if (this.open) this.close();
        else if (this.multiple) this.text = '';
        else if (this.text) {
          this.text = '';
          this.fromText = true;
          this.value = '';
          this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        }
        return;
      case 'Home':
      case 'End':
        this.activeIndex = -1;
    }
  }

  private handleBlur(): void {
    this.close();
    this.touched = true;
    if (this.multiple) {
      // What was typed only searched: it goes, what was chosen stays.
      this.text = '';
      this.filtering = false;
      return;
    }
    // Free text that spells an option's label (in another case or normalisation) becomes that option.
    const match = this.exactMatch(this.text);
    if (match && match.value !== this.value) {
      this.value = match.value;
    }
    if (match) this.text = match.label;
    this.commit();
  }

  /** A press on the box around the chips and the text box goes to the text box, not to the first chip. */
  private handleBoxMousedown(event: MouseEvent): void {
    const target = event.composedPath()[0] as Element;
    if (target === this.input || target.closest('button')) return;
    event.preventDefault();
    this.focus();
  }

  private toggle(): void {
    if (this.open) this.close();
    else this.show();
    this.input.focus();
  }

  private handleOptionClick(option: OptionData): void {
    if (option.disabled) return;
    this.choose(option);
    if (this.multiple) this.activeIndex = option.index;
    else this.close();
    this.input.focus();
  }

  /** The chosen options as chips (multiple), in the order chosen; removable unless disabled or read-only. */
  private renderChips(chips: { value: string; label: string; lang?: string }[]) {
    if (chips.length === 0) return nothing;
    const removable = !this.isDisabled && !this.readonly;
    // One Tab stop for the whole list (the chip last focused, else the last chip); the arrows move between them.
    const stop = this.chipStop >= 0 && this.chipStop < chips.length ? this.chipStop : chips.length - 1;
    // Disabled: the chips are part of an inactive control (their dimmed text is exempt from contrast, WCAG 1.4.3).
    return html`<ul
      part="chips"
      class="chips"
      aria-labelledby="label"
      aria-disabled=${ifDefined(this.isDisabled ? 'true' : undefined)}
    >
      ${chips.map(
        ({ value, label, lang }, index) =>
          html`<li part="chip" class="chip" lang=${ifDefined(lang)}>
            <span class="chip-label">${label}</span>${
              removable
                ? html`<button
                    part="remove-button"
                    class="remove"
                    type="button"
                    aria-label=${this.localize.t('feedback.remove', { label })}
                    tabindex=${index === stop ? '0' : '-1'}
                    @focus=${() => this.moveChipStop(index)}
                    @click=${() => this.removeChip(value, label, index)}
                    @keydown=${(event: KeyboardEvent) => this.handleChipKeydown(event, value, label, index)}
                  >
                    <svg viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">${ICONS.close()}</svg>
                  </button>`
                : nothing
            }
          </li>`,
      )}
    </ul>`;
  }

  protected override render() {
    const texts = this.fieldTexts;
    const disabled = this.isDisabled;
    const visible = this.open ? this.visibleOptions : [];
    const chosen = this.selectedOption;
    const multiple = this.multiple;
    const chips = multiple
      ? this.chosenValues.map((value) => {
          const option = this.options.find((o) => o.value === value);
          return { value, label: option?.label ?? value, lang: option?.lang };
        })
      : [];
    const isChosen = (option: OptionData) => (multiple ? this.values.includes(option.value) : option === chosen);
    const description = [describedBy(texts), chips.length ? 'selected' : ''].filter(Boolean).join(' ');
    const active = this.open && visible.some((o) => o.index === this.activeIndex) ? `option-${this.activeIndex}` : '';
    const expanded = this.open && this.options.length > 0;
    return html`<div class="field ${classMap({ invalid: this.showsError })}">
      ${fieldLabel(texts, 'input')}
      <div class="anchor">
        <div part="box" class=${classMap({ box: true, disabled, multiple })} @mousedown=${this.handleBoxMousedown}>
          ${this.renderChips(chips)}
          <input
            part="input"
            id="input"
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-controls="listbox"
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-activedescendant=${ifDefined(active || undefined)}
            aria-invalid=${this.showsError ? 'true' : 'false'}
            aria-describedby=${ifDefined(description || undefined)}
            autocomplete=${ifDefined((this.autocomplete ?? 'off') as AutoFill)}
            spellcheck="false"
            .value=${live(this.text)}
            placeholder=${ifDefined(this.placeholder || undefined)}
            ?disabled=${disabled}
            ?readonly=${this.readonly}
            ?required=${this.required}
            @input=${this.handleInput}
            @keydown=${this.handleKeydown}
            @blur=${this.handleBlur}
          />
          <button
            part="button"
            class="toggle"
            type="button"
            tabindex="-1"
            aria-label=${this.localize.t('combobox.showOptions')}
            aria-controls="listbox"
            aria-expanded=${expanded ? 'true' : 'false'}
            ?disabled=${disabled || this.readonly}
            @mousedown=${(event: Event) => event.preventDefault()}
            @click=${this.toggle}
          >
            <svg class="chevron" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">${ICONS.chevronDown()}</svg>
          </button>
        </div>
        <div
          id="popup"
          class="popup"
          part="listbox"
          popover="manual"
          @mousedown=${(event: Event) => event.preventDefault()}
        >
          <div
            role="listbox"
            id="listbox"
            aria-labelledby="label"
            aria-multiselectable=${ifDefined(multiple ? 'true' : undefined)}
            ?hidden=${visible.length === 0}
          >
            ${visible.map(
              (option) =>
                html`<div
                  part="option"
                  role="option"
                  id="option-${option.index}"
                  class=${classMap({ active: option.index === this.activeIndex })}
                  lang=${ifDefined(option.lang)}
                  aria-selected=${isChosen(option) ? 'true' : 'false'}
                  aria-disabled=${ifDefined(option.disabled ? 'true' : undefined)}
                  @click=${() => this.handleOptionClick(option)}
                >
                  <svg class="check" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">${ICONS.check()}</svg>
                  <span>${option.label}</span>
                </div>`,
            )}
          </div>
          ${
            this.open && visible.length === 0
              ? html`<div class="empty">${this.localize.t('combobox.noResults')}</div>`
              : nothing
          }
        </div>
      </div>
      ${fieldDescriptions(texts)}
      ${
        chips.length
          ? html`<div id="selected" class="visually-hidden">
              ${this.localize.t('combobox.selected', { list: this.localize.formatList(chips.map((c) => c.label)) })}
            </div>`
          : nothing
      }
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-combobox': SugamCombobox;
  }
}
