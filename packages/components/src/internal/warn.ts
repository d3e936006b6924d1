const warned = new WeakMap<Element, Set<string>>();

/** Logs `[sugam] <tag> message` once per element and `key` (a misuse is reported once, not on every render). */
export function warnOnce(element: Element, key: string, message: string): void {
  const seen = warned.get(element) ?? new Set<string>();
  if (seen.has(key)) return;
  seen.add(key);
  warned.set(element, seen);
  console.warn(`[sugam] <${element.localName}> ${message}`);
}
