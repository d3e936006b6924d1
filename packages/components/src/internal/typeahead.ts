/** What a type-ahead search looks for after a key. */
export interface TypeaheadQuery {
  /** The text to match at the start of each item's name. */
  query: string;
  /** The same character typed again and again: cycle through the items starting with it (`query` is that character). */
  repeating: boolean;
  /** The first character of a new search. */
  first: boolean;
}

/**
 * The characters of a list's type-ahead search (APG listbox and menu): keys typed within `timeout` ms of each other
 * add up to one search; after a pause a new search starts.
 */
export class TypeaheadBuffer {
  private typed = '';
  private typedAt = 0;

  constructor(private readonly timeout: number) {}

  /** Adds a typed character and says what to search for. */
  add(key: string): TypeaheadQuery {
    const now = Date.now();
    if (now - this.typedAt > this.timeout) this.typed = '';
    this.typedAt = now;
    this.typed += key;
    const chars = [...this.typed];
    const repeating = chars.length > 1 && chars.every((c) => c === chars[0]);
    return { query: repeating ? chars[0] : this.typed, repeating, first: chars.length === 1 };
  }

  /** Whether a search is under way, so that a space is part of it rather than a key that selects. */
  get typing(): boolean {
    return this.typed !== '' && Date.now() - this.typedAt <= this.timeout;
  }
}
