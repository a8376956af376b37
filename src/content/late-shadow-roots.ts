/**
 * Custom elements read before the page defined them. A definition usually
 * attaches a shadow root (`this.attachShadow(...)` in the constructor), and
 * nothing in the DOM announces that: no mutation record, no event a content
 * script can hear. So such elements are looked at again a few times, further
 * apart each time, and let go once they are defined, removed or have a
 * shadow root, or after about a minute. (Most undefined names are framework components that are
 * never defined: Angular's, for instance; the checks cost a few property
 * reads each, and stop.)
 */

/** When to look again after elements were added: soon (a module script still loading), then rarely. */
export const CHECK_DELAYS_MS: readonly number[] = [500, 1000, 2000, 4000, 8000, 16_000, 32_000];
/** A page with more undefined elements than this keeps only the first ones watched. */
export const MAX_WAITING = 2000;

export interface LateShadowRoots {
  /** A custom element that had no shadow root when it was read. */
  add(element: Element): void;
  stop(): void;
}

/** `found` gets each shadow root that appears on a watched element. */
export function watchLateShadowRoots(found: (root: ShadowRoot) => void, win: Window = window): LateShadowRoots {
  const waiting = new Set<Element>();
  let timer: number | undefined;
  let step = 0;

  function check(): void {
    timer = undefined;
    for (const element of waiting) {
      const shadow = element.shadowRoot;
      if (shadow) {
        waiting.delete(element);
        found(shadow);
      } else if (!element.isConnected || element.matches(':defined')) waiting.delete(element);
    }
    if (waiting.size === 0) return;
    if (step < CHECK_DELAYS_MS.length) schedule();
    // Given up on: holding them longer would keep removed views alive on a long-lived app.
    else waiting.clear();
  }

  function schedule(): void {
    timer = win.setTimeout(check, CHECK_DELAYS_MS[step++]);
  }

  return {
    add(element) {
      if (waiting.size >= MAX_WAITING || waiting.has(element)) return;
      waiting.add(element);
      // A new arrival (a view the app just rendered) is looked at soon: the
      // schedule starts again unless a look is already due within the first delay.
      if (timer !== undefined && step <= 1) return;
      if (timer !== undefined) win.clearTimeout(timer);
      step = 0;
      schedule();
    },
    stop() {
      if (timer !== undefined) win.clearTimeout(timer);
      timer = undefined;
      waiting.clear();
    },
  };
}
