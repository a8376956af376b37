/**
 * Changes to the registered highlight ranges, gathered and applied together
 * in one animation frame.
 *
 * Why: every change to a registered Highlight makes Chromium take all its
 * ranges out of the page's markers and put them back, and repaint what they
 * mark, in the next frame. Applied as they come (a block read in an idle
 * slice, a chunk scrolling away), changes cost frames of their own: on an
 * endless feed, two or three extra frames for each batch of posts, about
 * 300 ms of main-thread time in 5 s (`npm run bench`). A page that changes
 * its DOM re-marks in that frame anyway, so changes applied in the same frame
 * cost nearly nothing extra.
 *
 * So a change waits, at most LATER_MS, for a frame that is being made anyway
 * (the highlighter applies at the end of the slice it runs in a frame after
 * a DOM change), unless it is asked for `soon` (a term scrolled into view).
 * Ranges that only went off screen can always wait: a hidden underline costs
 * nothing to keep for a moment.
 */

/** The part of a Highlight used here (a Set of ranges). */
export interface RangeSet {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): unknown;
}

export interface HighlightBatch {
  add(range: AbstractRange): void;
  delete(range: AbstractRange): void;
  /** True when changes are waiting. */
  readonly pending: boolean;
  /** Applies the waiting changes at the next animation frame. */
  soon(): void;
  /** Applies them within LATER_MS, or earlier if a frame applies them first. */
  later(): void;
  /** Applies them now. */
  apply(): void;
  /** Drops them, and any frame or timer asked for. */
  cancel(): void;
}

/** The longest a change waits for a frame the page makes anyway. */
export const LATER_MS = 150;

/**
 * `target` gives the Highlight to change (made on first need: a page with
 * no term never registers one); it is called only when there is a change.
 */
export function highlightBatch(target: () => RangeSet, win: Window = window): HighlightBatch {
  const adds = new Set<AbstractRange>();
  const deletes = new Set<AbstractRange>();
  let frame: number | undefined;
  let timer: number | undefined;
  const hasChanges = (): boolean => adds.size > 0 || deletes.size > 0;

  function cancelScheduled(): void {
    if (frame !== undefined) win.cancelAnimationFrame(frame);
    if (timer !== undefined) win.clearTimeout(timer);
    frame = undefined;
    timer = undefined;
  }

  function apply(): void {
    cancelScheduled();
    if (!hasChanges()) return;
    const set = target();
    for (const range of deletes) set.delete(range);
    for (const range of adds) set.add(range);
    adds.clear();
    deletes.clear();
  }

  function soon(): void {
    if (frame !== undefined || !hasChanges()) return;
    // A hidden tab draws no frames (and would wait for one forever): nothing to merge with, so apply now.
    if (win.document?.hidden) return apply();
    frame = win.requestAnimationFrame(() => {
      frame = undefined;
      apply();
    });
  }

  return {
    add(range) {
      if (!deletes.delete(range)) adds.add(range);
    },
    delete(range) {
      // A range never applied is simply forgotten.
      if (!adds.delete(range)) deletes.add(range);
    },
    get pending() {
      return hasChanges();
    },
    soon,
    later() {
      if (timer !== undefined || frame !== undefined || !hasChanges()) return;
      timer = win.setTimeout(() => {
        timer = undefined;
        soon();
      }, LATER_MS);
    },
    apply,
    cancel() {
      cancelScheduled();
      adds.clear();
      deletes.clear();
    },
  };
}
