const warned = new WeakMap<Element, Set<string>>();

/**
 * Returns `value` when it is one of `allowed`, else `fallback`, warning once per element and attribute value.
 * Components keep their default styles when an attribute holds an unknown value.
 */
export function oneOf<T extends string>(
  element: Element,
  attribute: string,
  value: string | undefined | null,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value == null || (allowed as readonly string[]).includes(value)) return (value as T | null) ?? fallback;
  const seen = warned.get(element) ?? new Set<string>();
  const key = `${attribute}=${value}`;
  if (!seen.has(key)) {
    seen.add(key);
    warned.set(element, seen);
    console.warn(
      `[sugam] <${element.localName}> ${attribute}="${value}" is not one of ${allowed.join(', ')}; using "${fallback}".`,
    );
  }
  return fallback;
}
