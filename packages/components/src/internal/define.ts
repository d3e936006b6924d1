/**
 * Registers a custom element once. A page that loads Sugam twice (e.g. the CDN file and an npm build) keeps
 * the first definition and gets one console warning instead of a DOMException.
 */
export function define(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) customElements.define(tag, constructor);
  else if (existing !== constructor) console.warn(`[sugam] <${tag}> is already defined; keeping the first definition.`);
}
