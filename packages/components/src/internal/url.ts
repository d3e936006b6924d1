/** `javascript:` URLs (however spelled) run code when followed: components never render such an href. */
export function isScriptUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /^javascript:/i.test(url.replace(/[\u0000-\u0020]/g, ''));
}

/** The URL if it may be rendered as an href: set and not a `javascript:` URL; otherwise undefined. */
export function safeUrl(url: string | null | undefined): string | undefined {
  return url && !isScriptUrl(url) ? url : undefined;
}

const warnedScriptUrls = new WeakSet<Element>();

/** Warns once per element that its `javascript:` href was ignored; `instead` says what it renders. */
export function warnScriptUrl(element: Element, instead: string): void {
  if (warnedScriptUrls.has(element)) return;
  warnedScriptUrls.add(element);
  console.warn(`[sugam] <${element.localName}> ignores an href with a javascript: URL; it renders ${instead} instead.`);
}
