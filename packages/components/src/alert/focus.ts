/**
 * Where focus goes when an element that holds it is hidden or removed (a dismissed alert, toast or chip), so it
 * never stays on a node that is gone: the first focusable element after `from` in its tree, else the last one
 * before it. Returns whether focus was moved; when nothing can take it, the caller leaves it to the document body.
 */
const FOCUSABLE = [
  'a[href]',
  'area[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'summary',
  'iframe',
  '[contenteditable]:not([contenteditable="false"])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

function candidates(from: Element): Element[] {
  const root = from.getRootNode() as Document | ShadowRoot;
  // Native focusables plus custom elements that hand focus to their shadow root (Sugam controls).
  return [...root.querySelectorAll('*')].filter(
    (element) =>
      element !== from &&
      !from.contains(element) &&
      (element.matches(FOCUSABLE) || element.shadowRoot?.delegatesFocus === true) &&
      !element.closest('[inert]') &&
      element.checkVisibility(),
  );
}

function tryFocus(element: Element): boolean {
  (element as HTMLElement).focus?.();
  return element.matches(':focus-within');
}

export function focusNear(from: Element): boolean {
  const all = candidates(from);
  const after = all.filter((element) => from.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING);
  const before = all.filter((element) => from.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING);
  for (const element of after) if (tryFocus(element)) return true;
  for (const element of before.reverse()) if (tryFocus(element)) return true;
  return false;
}

/** Whether focus is in `element` or its shadow tree. */
export function hasFocus(element: Element): boolean {
  return element.matches(':focus-within');
}

/** Focus was inside `element`, which is now hidden or gone: it is moved near it, or to the body as a last resort. */
export function rescueFocus(element: Element, anchor: Element = element): void {
  if (focusNear(anchor)) return;
  const active = document.activeElement as HTMLElement | null;
  active?.blur();
}
