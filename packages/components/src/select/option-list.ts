import { state } from 'lit/decorators.js';
import { FormControl, type FormValue } from '../internal/form-control.js';
import { readOptions, watchOptions, type OptionData } from './option.js';

/**
 * What `<sugam-select>` and `<sugam-combobox>` share about their option children: reading them now and whenever
 * they change, letting a `selected` option give the initial value until the user or a script chooses one, and
 * the form lifecycle around that value (restore, reset value). Each control declares its own documented
 * properties (`value`, `defaultValue`, `open`).
 */
export abstract class OptionListControl extends FormControl {
  abstract value: string;
  abstract defaultValue: string;
  abstract open: boolean;

  @state() protected accessor options: OptionData[] = [];

  /** The user (or a script) chose a value: a late `selected` option no longer decides it. */
  protected dirty = false;
  private stopWatching?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) {
      this.defaultValue ||= this.getAttribute('value') ?? '';
      this.dirty = this.hasAttribute('value');
    }
    this.syncOptions();
    this.stopWatching = watchOptions(this, () => this.syncOptions());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching?.();
    this.open = false;
  }

  /** Reads the options again; until a value is chosen, an option marked `selected` gives it. */
  protected syncOptions(): void {
    this.options = readOptions(this);
    if (!this.dirty && !this.defaultValue) {
      const initial = this.options.find((o) => o.selected);
      if (initial) this.value = initial.value;
    }
  }

  /** The option whose value is the current value. */
  protected get selectedOption(): OptionData | undefined {
    return this.options.find((o) => o.value === this.value);
  }

  /** The value a form reset returns to: the `value` attribute's, else a `selected` option's. */
  protected get resetValue(): string {
    return this.defaultValue || (this.options.find((o) => o.selected)?.value ?? '');
  }

  protected override formState(): FormValue {
    return this.value;
  }

  formStateRestoreCallback(state: unknown): void {
    if (typeof state === 'string') {
      this.dirty = true;
      this.value = state;
    }
  }
}
