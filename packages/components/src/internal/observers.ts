import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Re-renders a component that builds its shadow content from its light-DOM children (a breadcrumb trail, a side
 * navigation tree) whenever those change: children added or removed, text edited, or one of `attributes`
 * changed on any descendant. Observes while the host is connected. Call it in the constructor.
 */
export function observeLightDom(host: Host, attributes: string[]): void {
  new LightDomController(host, attributes);
}

class LightDomController implements ReactiveController {
  private readonly observer: MutationObserver;

  constructor(
    private readonly host: Host,
    private readonly attributes: string[],
  ) {
    this.observer = new MutationObserver(() => host.requestUpdate());
    host.addController(this);
  }

  hostConnected(): void {
    this.observer.observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: this.attributes,
    });
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }
}

/**
 * Whether the host is narrower than a width (in CSS px, read each time it resizes), for layouts that change with
 * the component's own width rather than the viewport's. `narrow` is false until the first measurement and while
 * the host has no width (not rendered); a change re-renders the host on the next frame (changing the layout
 * inside the observer's callback would resize the host again at once).
 */
export class NarrowController implements ReactiveController {
  narrow = false;
  private readonly observer =
    typeof ResizeObserver === 'undefined'
      ? undefined
      : new ResizeObserver((entries) => {
          const width = entries[entries.length - 1]?.contentRect.width ?? 0;
          const narrow = width > 0 && width < this.below();
          if (narrow !== this.narrow) {
            requestAnimationFrame(() => {
              if (narrow === this.narrow) return;
              this.narrow = narrow;
              this.host.requestUpdate();
            });
          }
        });

  constructor(
    private readonly host: Host,
    private readonly below: () => number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer?.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}

/** The root element's font size in px (what `rem` is), 16 when it cannot be read. */
export function rootRem(): number {
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}
