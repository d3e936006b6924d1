import { ReactiveElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizeController, registerInlineTranslations } from '@sugam/i18n';

/**
 * Page text translated by Sugam's shared translation instance, for host pages without JavaScript of their own.
 * Declare the page's strings as JSON (inline, or one file per language with `data-src`), then mark each piece
 * of text with its key. The text follows the nearest `lang` live, like every Sugam component, and falls back
 * along the locale's chain; the element's original content is shown until the strings load and whenever a key
 * is missing (so a key is never shown raw). The result is always plain text, never HTML.
 *
 * ```html
 * <script type="application/json" data-sugam-namespace="mohfw">
 *   { "en": { "welcome": "Welcome, {{name}}" }, "hi": { "welcome": "स्वागत है, {{name}}" } }
 * </script>
 * <h1><sugam-text key="mohfw:welcome" data-name="Asha">Welcome, Asha</sugam-text></h1>
 * ```
 *
 * @summary Translated page text from a host namespace: `<sugam-text key="ns:key">fallback</sugam-text>`.
 * @status experimental
 * @since 0.1.0
 *
 * @slot - The text shown before the translation is available and when the key is missing (the fallback).
 */
export class SugamText extends ReactiveElement {
  /** The key to translate, `namespace:key` (a key without namespace reads the library's own `sugam`). */
  @property({ reflect: true }) accessor key = '';

  /** The count for plural keys (`key_one`, `key_other`, …), chosen by the language's plural rules. */
  @property({ type: Number }) accessor count: number | undefined;

  /**
   * Interpolation values. Without JavaScript, give them as `data-*` attributes (`data-name="Asha"` fills
   * `{{name}}`); this property adds to and overrides them.
   */
  @property({ attribute: false }) accessor values: Record<string, unknown> = {};

  private readonly localize = new LocalizeController(this);
  private fallback: string | undefined;

  /** No shadow root: the text is part of the page (found by search, styled by the page, read in order). */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    registerInlineTranslations(document);
    this.fallback ??= this.textContent ?? '';
    super.connectedCallback();
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const text = this.translation();
    if (this.textContent !== text) this.textContent = text;
  }

  private translation(): string {
    const fallback = this.fallback ?? '';
    if (!this.key) return fallback;
    const options: Record<string, unknown> = { ...this.dataset, ...this.values, defaultValue: fallback };
    if (typeof this.count === 'number' && !Number.isNaN(this.count)) options.count = this.count;
    const separator = this.key.indexOf(':');
    if (separator > 0) options.ns = this.key.slice(0, separator);
    const text = this.localize.t(separator > 0 ? this.key.slice(separator + 1) : this.key, options);
    return text === this.key ? fallback : text;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-text': SugamText;
  }
}
