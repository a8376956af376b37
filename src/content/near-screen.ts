/**
 * Tells which blocks are on or near the screen, cheaply enough for pages with
 * tens of thousands of blocks.
 *
 * An IntersectionObserver's cost grows with the number of observed elements
 * (Chromium recomputes every target after each layout change, so a page that
 * changes a word per frame pays it every frame), so blocks are not observed
 * one by one. Siblings are grouped, in the order they were added, into chunks
 * of up to CHUNK_SIZE, and only the first and the last block of each chunk
 * are observed. Siblings in normal flow lie between the two, so a chunk is
 * near the screen unless both ends are above it or both are below it.
 *
 * A chunk is large, so that a huge page has few of them; while it is near,
 * it is cut into slices of SLICE_SIZE blocks, judged the same way by their
 * own two ends, observed only then. Whole slices are shown or hidden
 * together, so few blocks beyond the near area carry ranges (each one costs
 * Chromium repaint work at every DOM change).
 *
 * Three things keep that reasoning true on real pages:
 * - a chunk's members are always in page order: a block read out of order
 *   (a block the page replaced near the top, or one read exactly after the
 *   blocks below it) starts a chunk of its own. (Sorting a chunk instead
 *   cost up to 50 ms at once on the benchmark's 5 MB page: Chromium answers
 *   compareDocumentPosition for two siblings by walking the sibling list,
 *   and that page has 12,000 paragraphs side by side.);
 * - an end whose place is unknown (no box: hidden or `display: contents`), or
 *   that is level with the screen but clipped (a carousel, a scrolling box),
 *   counts as near: a chunk or slice is hidden only when both its ends are
 *   known to be on the same side;
 * - the observer reports only when a target enters or leaves the near area,
 *   so a jump past the whole area (a link to an anchor, Home, End, a dragged
 *   scroll bar) would leave stale sides: a scroll that moves a page or a box
 *   by a screen's height or more in one frame has every end measured again.
 */

/**
 * Measured on the benchmark's 5 MB page (10,000 blocks with terms) while it
 * changes a word per frame: with one level of chunks of 12, observing their
 * 1,700 ends cost about 2 ms a frame; two levels observe about 250.
 */
export const CHUNK_SIZE = 96;
/** Blocks shown or hidden together inside a near chunk. */
export const SLICE_SIZE = 6;
/** How far beyond the viewport (above and below) counts as near, as a share of its height. */
const NEAR_MARGIN_SHARE = 0.5;
/** The same, as the observer's root margin. */
export const NEAR_MARGIN = `${NEAR_MARGIN_SHARE * 100}% 0px ${NEAR_MARGIN_SHARE * 100}% 0px`;

/** Where an end is: 'near' also stands for "not known to be off screen" (see above). */
type Side = 'above' | 'near' | 'below';

/** A run of blocks judged by its two observed ends. */
interface Span {
  first: Element | null;
  last: Element | null;
  near: boolean;
}

interface Slice<T> extends Span {
  readonly chunk: Chunk<T>;
  readonly members: readonly T[];
  /** False once its chunk was cut again or went far: late reports about it are ignored. */
  live: boolean;
}

interface Chunk<T> extends Span {
  readonly parent: Node;
  /** In page order (see add). */
  readonly members: { member: T; target: Element }[];
  /** Members added since the last flush. */
  fresh: T[];
  /** Cut while the chunk is near; empty while it is far. */
  slices: Slice<T>[];
}

const isSlice = <T>(span: Chunk<T> | Slice<T>): span is Slice<T> => 'chunk' in span;

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
  /** Observed targets: the chunks and slices each one bounds, and where it last was. */
  const watching = new Map<Element, Set<Chunk<T> | Slice<T>>>();
  const sides = new Map<Element, Side>();
  const dirty = new Set<Chunk<T>>();

  /** Made when the first block is watched: most pages have no term, and nothing to watch. */
  let observer: IntersectionObserver | undefined;
  let jumps: ScrollJumps | undefined;
  const observe = (target: Element): void => {
    if (!observer) {
      observer = new IntersectionObserver(onRecords, { rootMargin: NEAR_MARGIN });
      jumps = watchScrollJumps(target.ownerDocument, remeasure);
    }
    observer.observe(target);
    const side = measuredSide(target);
    if (side) sides.set(target, side);
  };
  function onRecords(records: IntersectionObserverEntry[]): void {
    const chunks = new Set<Chunk<T>>();
    const slices = new Set<Slice<T>>();
    for (const record of records) {
      sides.set(record.target, reportedSide(record));
      for (const span of watching.get(record.target) ?? []) {
        if (isSlice(span)) slices.add(span);
        else chunks.add(span);
      }
    }
    // Chunks first: one coming near is cut into slices judged with today's sides.
    for (const chunk of chunks) updateChunk(chunk);
    for (const slice of slices) updateSlice(slice);
  }

  /** After a jump: every end measured again, every chunk and slice decided again. */
  function remeasure(): void {
    for (const target of watching.keys()) {
      const side = measuredSide(target);
      if (side) sides.set(target, side);
    }
    for (const list of chunksByParent.values()) {
      for (const chunk of list) {
        updateChunk(chunk);
        for (const slice of chunk.slices) updateSlice(slice);
      }
    }
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
    return 'near';
  }

  function watch(target: Element, span: Chunk<T> | Slice<T>): void {
    const set = watching.get(target);
    if (set) set.add(span);
    else {
      watching.set(target, new Set([span]));
      observe(target);
    }
  }

  function unwatch(target: Element | null, span: Chunk<T> | Slice<T>): void {
    if (!target) return;
    const set = watching.get(target);
    if (!set) return;
    set.delete(span);
    if (set.size === 0) {
      watching.delete(target);
      sides.delete(target);
      observer?.unobserve(target);
    }
  }

  /** Whether a span is near, from its ends; undefined until both have been placed. */
  function endsNear(span: Span): boolean | undefined {
    if (!span.first || !span.last) return undefined;
    const a = sides.get(span.first);
    const b = sides.get(span.last);
    if (a === undefined || b === undefined) return undefined; // not reported yet (a hidden block is reported with no box)
    return !(a === 'above' && b === 'above') && !(a === 'below' && b === 'below');
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
  }

  /**
   * Cuts a near chunk into slices again (or drops the slices of a far one)
   * and tells which members were shown or hidden by it. `fresh` members were
   * never shown, whatever an old slice said of them.
   */
  function reslice(chunk: Chunk<T>, fresh: ReadonlySet<T>): void {
    const shownBefore = new Set<T>();
    for (const slice of chunk.slices) if (slice.near) for (const member of slice.members) if (!fresh.has(member)) shownBefore.add(member);
    const old = chunk.slices;
    const next: Slice<T>[] = [];
    if (chunk.near) {
      for (let i = 0; i < chunk.members.length; i += SLICE_SIZE) {
        const part = chunk.members.slice(i, i + SLICE_SIZE);
        const slice: Slice<T> = {
          chunk,
          members: part.map((m) => m.member),
          first: part[0]?.target ?? null,
          last: part[part.length - 1]?.target ?? null,
          near: false,
          live: true,
        };
        // Watched before the old slices are let go: an end they share stays observed.
        if (slice.first) watch(slice.first, slice);
        if (slice.last) watch(slice.last, slice);
        // An end not placed yet (no box) counts as near, as for chunks; the
        // observer's report corrects it a frame later.
        slice.near = endsNear(slice) ?? true;
        next.push(slice);
      }
    }
    release(old);
    chunk.slices = next;
    const shown: T[] = [];
    const hidden: T[] = [];
    for (const slice of next) {
      for (const member of slice.members) {
        const before = shownBefore.delete(member);
        if (slice.near && !before) shown.push(member);
        else if (!slice.near && before) hidden.push(member);
      }
    }
    // Still members, no longer in a near slice (the chunk went far).
    for (const { member } of chunk.members) if (shownBefore.has(member)) hidden.push(member);
    if (hidden.length > 0) onChange(hidden, false);
    if (shown.length > 0) onChange(shown, true);
  }

  function updateChunk(chunk: Chunk<T>): void {
    const near = endsNear(chunk);
    if (near === undefined || near === chunk.near) return;
    chunk.near = near;
    reslice(chunk, new Set());
  }

  function updateSlice(slice: Slice<T>): void {
    if (!slice.live) return;
    const near = endsNear(slice);
    if (near === undefined || near === slice.near) return;
    slice.near = near;
    onChange(slice.members, near);
  }

  /** Lets slices go: their ends unobserved (unless something else bounds them), their late reports ignored. */
  function release(slices: readonly Slice<T>[]): void {
    for (const slice of slices) {
      slice.live = false;
      unwatch(slice.first, slice);
      unwatch(slice.last, slice);
    }
  }

  function dropChunk(chunk: Chunk<T>): void {
    release(chunk.slices);
    chunk.slices = [];
    unwatch(chunk.first, chunk);
    unwatch(chunk.last, chunk);
    const list = chunksByParent.get(chunk.parent) ?? [];
    const rest = list.filter((c) => c !== chunk);
    if (rest.length === 0) chunksByParent.delete(chunk.parent);
    else chunksByParent.set(chunk.parent, rest);
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
      if (!chunk || chunk.members.length >= CHUNK_SIZE || !follows(chunk.members[chunk.members.length - 1]?.target, target)) {
        chunk = { parent, members: [], first: null, last: null, near: false, fresh: [], slices: [] };
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
          dropChunk(chunk);
          continue;
        }
        const fresh = new Set(chunk.fresh);
        chunk.fresh = [];
        rebound(chunk);
        chunk.near = endsNear(chunk) ?? chunk.near;
        reslice(chunk, fresh);
      }
      dirty.clear();
    },
    isNear(member) {
      const chunk = chunkOf.get(member);
      if (!chunk?.near) return false;
      return chunk.slices.some((slice) => slice.near && slice.members.includes(member));
    },
    disconnect() {
      observer?.disconnect();
      jumps?.stop();
      chunksByParent.clear();
      chunkOf.clear();
      watching.clear();
      sides.clear();
      dirty.clear();
    },
  };
}

/**
 * Whether `later` comes after `earlier` in the page (or is the same box: a
 * shadow root's block and its host's own text share one). For siblings in
 * order, Chromium's cost grows with the distance between them: blocks read
 * one after another are usually close.
 */
function follows(earlier: Element | undefined, later: Element): boolean {
  return earlier === undefined || earlier === later || (earlier.compareDocumentPosition(later) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/**
 * Where the observer says a target is. Not intersecting but level with the
 * near area means clipped sideways or by a scrolling box (a carousel card):
 * near, as is a target with no box, whose place is unknown.
 */
function reportedSide(record: IntersectionObserverEntry): Side {
  if (record.isIntersecting) return 'near';
  const box = record.boundingClientRect;
  if (box.width === 0 && box.height === 0) return 'near';
  const top = record.rootBounds?.top ?? 0;
  const bottom = record.rootBounds?.bottom ?? top;
  if (box.bottom <= top) return 'above';
  if (box.top >= bottom) return 'below';
  return 'near';
}

interface ScrollJumps {
  stop(): void;
}

/**
 * Calls `onJump` when the page, or a box in it, scrolls by a screen's height
 * or more between two frames (the near area is twice that, so smaller steps
 * always pass a target through it, where the observer sees it). A box seen
 * scrolling for the first time counts as a jump: its last position is unknown.
 */
function watchScrollJumps(doc: Document, onJump: () => void): ScrollJumps {
  const win = doc.defaultView;
  if (!win) return { stop: () => undefined };
  const last = new WeakMap<Element, number>();
  const scrolled = new Set<Element>();
  let frame: number | undefined;
  const page = (): Element | null => doc.scrollingElement ?? doc.documentElement;
  const start = page();
  if (start) last.set(start, start.scrollTop);

  const check = (): void => {
    frame = undefined;
    let jumped = false;
    for (const box of scrolled) {
      const y = box.scrollTop;
      const before = last.get(box);
      last.set(box, y);
      if (before === undefined || Math.abs(y - before) >= win.innerHeight) jumped = true;
    }
    scrolled.clear();
    if (jumped) onJump();
  };
  const onScroll = (event: Event): void => {
    const box = event.target === doc ? page() : (event.target as Node | null);
    if (box?.nodeType !== Node.ELEMENT_NODE) return;
    scrolled.add(box as Element);
    frame ??= win.requestAnimationFrame(check);
  };
  doc.addEventListener('scroll', onScroll, { capture: true, passive: true });
  return {
    stop() {
      doc.removeEventListener('scroll', onScroll, { capture: true });
      if (frame !== undefined) win.cancelAnimationFrame(frame);
      scrolled.clear();
    },
  };
}
