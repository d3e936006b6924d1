import type { ReactiveElement } from 'lit';

/**
 * Registers a custom element once. A page that loads Sugam twice (e.g. the CDN file and an npm build) keeps
 * the first definition and gets one console warning instead of a DOMException.
 */
export function define(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
    // (No document where a server imports the module: nothing rendered yet, nothing to check.)
    if (typeof document !== 'undefined') {
      for (const element of document.querySelectorAll(tag)) warnLostProps(tag, constructor, element);
    }
  } else if (existing !== constructor)
    console.warn(`[sugam] <${tag}> is already defined; keeping the first definition.`);
}

/**
 * An element a framework rendered before it was registered got its props as attributes (React 19 does this):
 * `columns={[…]}` as `columns="[object Object]"`, `hourCycle="h23"` as `hourcycle`. Such an attribute sets
 * nothing, so say so, once per element, with the fix.
 */
function warnLostProps(tag: string, constructor: CustomElementConstructor, element: Element): void {
  const { elementProperties } = constructor as unknown as typeof ReactiveElement;
  for (const [name, options] of elementProperties ?? []) {
    if (typeof name !== 'string' || options.state) continue;
    const lower = name.toLowerCase();
    const attribute =
      options.attribute === false ? '' : typeof options.attribute === 'string' ? options.attribute : lower;
    if (attribute === lower || !element.hasAttribute(lower)) continue;
    console.warn(
      `[sugam] <${tag}>: the attribute "${lower}" sets nothing (${attribute ? `use "${attribute}"` : `${name} is a property`}). Register Sugam before a framework renders it.`,
    );
  }
}
