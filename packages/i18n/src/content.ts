import { registerNamespace } from './i18n.js';

const seen = new WeakSet<Element>();

/**
 * Registers the translations a plain-HTML page declares, without script of its own (JSON is data, so this works
 * under a strict Content-Security-Policy):
 *
 * ```html
 * <!-- every language inline -->
 * <script type="application/json" data-sugam-namespace="mohfw">
 *   { "en": { "welcome": "Welcome" }, "hi": { "welcome": "स्वागत है" } }
 * </script>
 * <!-- or one file per language, fetched when the page shows that language ({{lng}} is the locale code) -->
 * <script type="application/json" data-sugam-namespace="mohfw" data-src="/i18n/mohfw.{{lng}}.json"></script>
 * ```
 *
 * `<sugam-text>` calls this when it connects; call it yourself after adding such blocks later.
 */
export function registerInlineTranslations(root: ParentNode = document): void {
  for (const block of root.querySelectorAll('script[type="application/json"][data-sugam-namespace]')) {
    if (seen.has(block)) continue;
    seen.add(block);
    const namespace = block.getAttribute('data-sugam-namespace')!;
    const src = block.getAttribute('data-src');
    if (src) {
      void registerNamespace(namespace, (code) =>
        fetch(new URL(src.replace('{{lng}}', encodeURIComponent(code)), document.baseURI)).then((response) =>
          response.ok ? (response.json() as Promise<Record<string, unknown>>) : undefined,
        ),
      );
      continue;
    }
    try {
      const resources = JSON.parse(block.textContent ?? '') as Record<string, Record<string, unknown>>;
      void registerNamespace(namespace, resources);
    } catch (error) {
      console.warn(`[sugam] the translations of "${namespace}" are not valid JSON.`, error);
    }
  }
}
