/**
 * Tells which blocks are on or near the screen, cheaply enough for pages with
 * tens of thousands of blocks.
 *
 * An IntersectionObserver's cost grows with the number of observed elements
 * (Chromium recomputes every target after each layout change), so blocks are
 * not observed one by one: siblings are grouped, in the order they were
 * added, into chunks of up to CHUNK_SIZE, and only the first and the last
 * block of each chunk are observed. Siblings in normal flow lie between the
 * two, so a chunk is near the screen unless both ends are above it or both
 * are below it. Whole chunks are shown or hidden together.
 */

/**
 * Measured on the benchmark's pages: smaller chunks mean more observed
 * targets, larger ones more ranges registered off screen, and Chromium
 * re-marks and repaints every registered range at each DOM change. 12 cost
 * the endless feed 50 to 100 ms less main-thread time in 5 s than 24 (three
 * interleaved traces), with the same frames on the 5 MB page's churn test.
 */
export const CHUNK_SIZE = 12;
/** How far beyond the viewport (above and below) counts as near, as a share of its height. */
const NEAR_MARGIN_SHARE = 0.5;
/** The same, as the observer's root margin. */
export const NEAR_MARGIN = `${NEAR_MARGIN_SHARE * 100}% 0px ${NEAR_MARGIN_SHARE * 100}% 0px`;

type Side = 'above' | 'in' | 'below';

interface Chunk<T> {
  readonly parent: Node;
  readonly members: { member: T; target: Element }[];
  first: Element | null;
  last: Element | null;
  near: boolean;
  /** Members added since the last flush. */
  fresh: T[];
}

export interface NearScreen<T> {
  /** Starts tracking `member`, whose box is `target`'s. Takes effect at the next flush. */
  add(member: T, target: Element): void;
  remove(member: T): void;
  /** Applies the adds and removes since the last flush (observes the chunks' new ends once). */
  flush(): void;
  isNear(member: T): boolean;
  disconnect(): void;
}

export function nearScreen<T>(onChange: (members: readonly T[], near: boolean) => void): NearScreen<T> {
  const chunksByParent = new Map<Node, Chunk<T>[]>();
  const chunkOf = new Map<T, Chunk<T>>();
  /** Observed targets: the chunks each one bounds, and where it last was. */
  const watching = new Map<Element, Set<Chunk<T>>>();
  const sides = new Map<Element, Side>();
  const dirty = new Set<Chunk<T>>();

  /** Made when the first block is watched: most pages have no term, and nothing to watch. */
  let observer: IntersectionObserver | undefined;
  const observe = (target: Element): void => {
    observer ??= new IntersectionObserver(onRecords, { rootMargin: NEAR_MARGIN });
    observer.observe(target);
    const side = measuredSide(target);
    if (side) sides.set(target, side);
  };
  function onRecords(records: IntersectionObserverEntry[]): void {
    const touched = new Set<Chunk<T>>();
    for (const record of records) {
      let side: Side = 'in';
      if (!record.isIntersecting) {
        const top = record.rootBounds?.top ?? 0;
        side = record.boundingClientRect.bottom <= top ? 'above' : 'below';
      }
      sides.set(record.target, side);
      for (const chunk of watching.get(record.target) ?? []) touched.add(chunk);
    }
    for (const chunk of touched) update(chunk);
  }

  /**
   * Where a newly watched target is now, measured at once rather than waiting
   * for the observer's first report, which comes only after the next frame:
   * blocks read just before a frame are then drawn in it (highlight-batch.ts
   * says why that matters). Layout is normally up to date when the reader
   * runs (after the page's own work, or in idle time), so measuring is cheap.
   * The observer's report still follows and corrects the guess; a box with
   * no size (hidden) is left to it.
   */
  function measuredSide(target: Element): Side | undefined {
    const view = target.ownerDocument.defaultView;
    if (!view) return undefined;
    const box = target.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) return undefined;
    const margin = view.innerHeight * NEAR_MARGIN_SHARE;
    if (box.bottom <= -margin) return 'above';
    if (box.top >= view.innerHeight + margin) return 'below';
    return 'in';
  }

  function watch(target: Element, chunk: Chunk<T>): void {
    const set = watching.get(target);
    if (set) set.add(chunk);
    else {
      watching.set(target, new Set([chunk]));
      observe(target);
    }
  }

  function unwatch(target: Element | null, chunk: Chunk<T>): void {
    if (!target) return;
    const set = watching.get(target);
    if (!set) return;
    set.delete(chunk);
    if (set.size === 0) {
      watching.delete(target);
      sides.delete(target);
      observer?.unobserve(target);
    }
  }

  /** Re-picks the chunk's observed ends after its members changed. */
  function rebound(chunk: Chunk<T>): void {
    const first = chunk.members[0]?.target ?? null;
    const last = chunk.members[chunk.members.length - 1]?.target ?? null;
    if (first !== chunk.first) {
      if (chunk.first !== chunk.last) unwatch(chunk.first, chunk);
      chunk.first = first;
    }
    if (last !== chunk.last) {
      if (chunk.last !== chunk.first) unwatch(chunk.last, chunk);
      chunk.last = last;
    }
    if (first) watch(first, chunk);
    if (last) watch(last, chunk);
    update(chunk);
  }

  function update(chunk: Chunk<T>): void {
    if (!chunk.first || !chunk.last) return;
    const a = sides.get(chunk.first);
    const b = sides.get(chunk.last);
    if (a === undefined || b === undefined) return; // not reported yet
    const near = !(a === 'above' && b === 'above') && !(a === 'below' && b === 'below');
    if (near === chunk.near) return;
    chunk.near = near;
    onChange(
      chunk.members.map((m) => m.member),
      near,
    );
  }

  return {
    add(member, target) {
      if (chunkOf.has(member)) return;
      const parent = target.parentNode ?? target;
      let list = chunksByParent.get(parent);
      if (!list) {
        list = [];
        chunksByParent.set(parent, list);
      }
      let chunk = list[list.length - 1];
      if (!chunk || chunk.members.length >= CHUNK_SIZE) {
        chunk = { parent, members: [], first: null, last: null, near: false, fresh: [] };
        list.push(chunk);
      }
      chunk.members.push({ member, target });
      chunk.fresh.push(member);
      chunkOf.set(member, chunk);
      dirty.add(chunk);
    },
    remove(member) {
      const chunk = chunkOf.get(member);
      if (!chunk) return;
      chunkOf.delete(member);
      const at = chunk.members.findIndex((m) => m.member === member);
      if (at >= 0) chunk.members.splice(at, 1);
      const fresh = chunk.fresh.indexOf(member);
      if (fresh >= 0) chunk.fresh.splice(fresh, 1);
      dirty.add(chunk);
    },
    flush() {
      for (const chunk of dirty) {
        if (chunk.members.length === 0) {
          unwatch(chunk.first, chunk);
          unwatch(chunk.last, chunk);
          const list = chunksByParent.get(chunk.parent) ?? [];
          const rest = list.filter((c) => c !== chunk);
          if (rest.length === 0) chunksByParent.delete(chunk.parent);
          else chunksByParent.set(chunk.parent, rest);
          continue;
        }
        const fresh = chunk.fresh;
        chunk.fresh = [];
        const wasNear = chunk.near;
        rebound(chunk);
        // A chunk already near the screen shows its new members at once.
        if (wasNear && chunk.near && fresh.length > 0) onChange(fresh, true);
      }
      dirty.clear();
    },
    isNear(member) {
      return chunkOf.get(member)?.near ?? false;
    },
    disconnect() {
      observer?.disconnect();
      chunksByParent.clear();
      chunkOf.clear();
      watching.clear();
      sides.clear();
      dirty.clear();
    },
  };
}
