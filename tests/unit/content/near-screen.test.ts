import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHUNK_SIZE, SLICE_SIZE, nearScreen } from '../../../src/content/near-screen';

/** An in-memory IntersectionObserver: the test says where each target is. */
class FakeObserver {
  static last: FakeObserver | undefined;
  readonly observed = new Set<Element>();
  observeCalls = 0;
  constructor(readonly callback: IntersectionObserverCallback) {
    FakeObserver.last = this;
  }
  observe(target: Element): void {
    this.observeCalls++;
    this.observed.add(target);
  }
  unobserve(target: Element): void {
    this.observed.delete(target);
  }
  disconnect(): void {
    this.observed.clear();
  }
  /**
   * Reports targets as above the near area, in it, or below it; 'clipped' is
   * level with it but not intersecting (a carousel card), 'hidden' has no box.
   */
  report(sides: [Element, 'above' | 'in' | 'below' | 'clipped' | 'hidden'][]): void {
    const rootBounds = { top: -400, bottom: 1200 } as DOMRectReadOnly;
    const boxes = {
      above: { top: -900, bottom: -800, width: 600, height: 100 },
      below: { top: 1500, bottom: 1600, width: 600, height: 100 },
      in: { top: 100, bottom: 120, width: 600, height: 20 },
      clipped: { top: 100, bottom: 120, width: 300, height: 20 },
      hidden: { top: 0, bottom: 0, width: 0, height: 0 },
    };
    const records = sides.map(([target, side]) => ({
      target,
      isIntersecting: side === 'in',
      // Chromium reports an empty root for a target with no box.
      rootBounds: side === 'hidden' ? boxes.hidden : rootBounds,
      boundingClientRect: boxes[side],
    })) as unknown as IntersectionObserverEntry[];
    this.callback(records, this as unknown as IntersectionObserver);
  }
}

const DOCUMENT_POSITION_PRECEDING = 2;
const DOCUMENT_POSITION_FOLLOWING = 4;

const realObserver = globalThis.IntersectionObserver;
beforeEach(() => {
  globalThis.IntersectionObserver = FakeObserver as unknown as typeof IntersectionObserver;
  // Node's constants, as a browser has them.
  (globalThis as { Node?: unknown }).Node ??= { ELEMENT_NODE: 1, DOCUMENT_POSITION_FOLLOWING };
  frames = [];
  scroller.scrollTop = 0;
});
afterEach(() => {
  globalThis.IntersectionObserver = realObserver;
});

/** Animation frames asked for, run by the test. */
let frames: (() => void)[] = [];
const view = {
  innerHeight: 800,
  requestAnimationFrame: (run: () => void) => frames.push(run),
  cancelAnimationFrame: () => undefined,
};
function runFrames(): void {
  const due = frames;
  frames = [];
  for (const run of due) run();
}
/** The page's scrolling element and the scroll listener the tracker adds. */
const scroller = { nodeType: 1, scrollTop: 0 };
let onScroll: ((event: Event) => void) | undefined;
const page = {
  defaultView: view,
  scrollingElement: scroller,
  addEventListener: (_type: string, listener: (event: Event) => void) => (onScroll = listener),
  removeEventListener: () => (onScroll = undefined),
};
/** Scrolls the page to `y`, as the browser would tell the tracker. */
function scrollPageTo(y: number): void {
  scroller.scrollTop = y;
  onScroll?.({ target: page } as unknown as Event);
  runFrames();
}

/** Elements made by the test are in page order: each one after the one made before. */
let made = 0;
/** A block; `box` is what measuring it gives (no size: hidden, so only the observer tells). */
function element(parent: object, box = { top: 0, bottom: 0, width: 0, height: 0 }): Element & { box: typeof box } {
  const order = made++;
  const el = {
    order,
    box,
    parentNode: parent,
    ownerDocument: page,
    getBoundingClientRect: () => el.box,
    compareDocumentPosition: (other: { order: number }) => (other.order > order ? DOCUMENT_POSITION_FOLLOWING : DOCUMENT_POSITION_PRECEDING),
  };
  return el as unknown as Element & { box: typeof box };
}

function setup(count: number) {
  const parent = {};
  const changes: { members: number[]; near: boolean }[] = [];
  const tracker = nearScreen<number>((members, near) => changes.push({ members: [...members], near }));
  const targets = Array.from({ length: count }, () => element(parent));
  targets.forEach((target, i) => tracker.add(i, target));
  tracker.flush();
  const io = FakeObserver.last;
  if (!io) throw new Error('no observer');
  return { tracker, targets, io, changes, parent };
}

describe('near-screen tracking in chunks of siblings', () => {
  it('observes once per flush: many blocks added in one slice cost one observe per chunk end', () => {
    const { io } = setup(CHUNK_SIZE);
    expect(io.observeCalls).toBe(2);
  });

  it('observes only the first and last block of each chunk', () => {
    const { io, targets } = setup(CHUNK_SIZE * 2 + 2);
    expect(io.observed.size).toBe(6);
    expect(io.observed.has(targets[0] as Element)).toBe(true);
    expect(io.observed.has(targets[CHUNK_SIZE - 1] as Element)).toBe(true);
    expect(io.observed.has(targets[1] as Element)).toBe(false);
  });

  it('shows a chunk when either end is near, or when its ends straddle the screen', () => {
    const { io, targets, changes, tracker } = setup(CHUNK_SIZE);
    const first = targets[0] as Element;
    const last = targets[CHUNK_SIZE - 1] as Element;
    io.report([[first, 'above'], [last, 'above']]);
    expect(changes).toEqual([]);
    io.report([[last, 'in']]);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toEqual({ members: Array.from({ length: CHUNK_SIZE }, (_, i) => i), near: true });
    expect(tracker.isNear(5)).toBe(true);
    io.report([[last, 'below']]); // a chunk taller than the near area
    expect(changes).toHaveLength(1);
    io.report([[first, 'below']]);
    expect(changes.at(-1)?.near).toBe(false);
    expect(tracker.isNear(5)).toBe(false);
  });

  it('waits until both ends have been reported', () => {
    const { io, targets, changes } = setup(3);
    io.report([[targets[0] as Element, 'in']]);
    expect(changes).toEqual([]);
    io.report([[targets[2] as Element, 'in']]);
    expect(changes).toEqual([{ members: [0, 1, 2], near: true }]);
  });

  it('shows a block added to a chunk that is already near at once', () => {
    const { io, targets, changes, tracker, parent } = setup(2);
    io.report([[targets[0] as Element, 'in'], [targets[1] as Element, 'in']]);
    const added = element(parent);
    tracker.add(2, added);
    expect(changes).toHaveLength(1); // nothing until the flush
    tracker.flush();
    expect(changes.at(-1)).toEqual({ members: [2], near: true });
    expect(io.observed.has(added)).toBe(true); // the new last block
    expect(io.observed.has(targets[1] as Element)).toBe(false);
  });

  it('re-picks the observed ends when an end block is removed, and stops observing an emptied chunk', () => {
    const { io, targets, tracker } = setup(3);
    tracker.remove(0);
    tracker.flush();
    expect(io.observed.has(targets[0] as Element)).toBe(false);
    expect(io.observed.has(targets[1] as Element)).toBe(true);
    tracker.remove(1);
    tracker.remove(2);
    tracker.flush();
    expect(io.observed.size).toBe(0);
    expect(tracker.isNear(2)).toBe(false);
  });

  it('hides the rest of a chunk when removing an end leaves both new ends off screen', () => {
    const { io, targets, tracker, changes } = setup(3);
    io.report([[targets[0] as Element, 'in'], [targets[2] as Element, 'above']]);
    expect(changes.at(-1)?.near).toBe(true);
    io.report([[targets[1] as Element, 'above']]); // not observed yet: ignored by chunks
    tracker.remove(0);
    tracker.flush();
    io.report([[targets[1] as Element, 'above']]);
    expect(changes.at(-1)).toEqual({ members: [1, 2], near: false });
  });

  it('makes no observer until there is a block to watch (most pages have none)', () => {
    FakeObserver.last = undefined;
    const tracker = nearScreen<string>(() => undefined);
    tracker.flush();
    expect(FakeObserver.last).toBeUndefined();
    tracker.disconnect();
  });

  it('keeps chunks per parent', () => {
    const tracker = nearScreen<string>(() => undefined);
    tracker.add('a', element({}));
    tracker.add('b', element({}));
    tracker.flush();
    const io = FakeObserver.last as FakeObserver;
    expect(io.observed.size).toBe(2);
    tracker.disconnect();
    expect(io.observed.size).toBe(0);
  });

  it('shows a chunk measured on screen at once, without waiting for the observer (it reports a frame later)', () => {
    const parent = {};
    const changes: { members: string[]; near: boolean }[] = [];
    const tracker = nearScreen<string>((members, near) => changes.push({ members: [...members], near }));
    tracker.add('a', element(parent, { top: 100, bottom: 140, width: 600, height: 40 }));
    tracker.add('b', element(parent, { top: 160, bottom: 200, width: 600, height: 40 }));
    tracker.flush();
    expect(changes).toEqual([{ members: ['a', 'b'], near: true }]);
    expect(tracker.isNear('a')).toBe(true);
    tracker.disconnect();
  });

  it('leaves a chunk measured far off screen hidden, and lets the observer correct a guess', () => {
    const parent = {};
    const changes: { members: string[]; near: boolean }[] = [];
    const tracker = nearScreen<string>((members, near) => changes.push({ members: [...members], near }));
    // 800 px viewport, half of it as margin: 1200 px down is the edge of "near".
    const first = element(parent, { top: 1250, bottom: 1290, width: 600, height: 40 });
    const last = element(parent, { top: 5000, bottom: 5040, width: 600, height: 40 });
    tracker.add('a', first);
    tracker.add('b', last);
    tracker.flush();
    expect(changes).toEqual([]);
    // The page scrolled before the observer's first report: it wins.
    (FakeObserver.last as FakeObserver).report([[first, 'in']]);
    expect(changes).toEqual([{ members: ['a', 'b'], near: true }]);
    tracker.disconnect();
  });
  it('keeps a chunk shown when an end is level with the screen but clipped sideways (a carousel scrolled)', () => {
    const { io, targets, changes } = setup(CHUNK_SIZE);
    io.report([[targets[0] as Element, 'clipped'], [targets[CHUNK_SIZE - 1] as Element, 'clipped']]);
    expect(changes).toEqual([{ members: Array.from({ length: CHUNK_SIZE }, (_, i) => i), near: true }]);
  });

  it('does not hide a chunk because one end has no box (hidden, or display: contents)', () => {
    const { io, targets, changes, tracker } = setup(CHUNK_SIZE);
    io.report([[targets[0] as Element, 'above'], [targets[CHUNK_SIZE - 1] as Element, 'hidden']]);
    expect(changes.at(-1)?.near).toBe(true);
    expect(tracker.isNear(5)).toBe(true);
  });

  it('gives a block that arrives out of page order a chunk of its own, so each chunk is still judged by the two ends that bracket it', () => {
    const parent = {};
    const changes: { members: string[]; near: boolean }[] = [];
    const tracker = nearScreen<string>((members, near) => changes.push({ members: [...members], near }));
    const top = element(parent); // made first: first in the page
    const middle = element(parent);
    const filler = element(parent);
    const bottom = element(parent);
    tracker.add('middle', middle);
    tracker.add('filler', filler);
    tracker.add('bottom', bottom);
    tracker.add('top', top); // a block the page replaced near the top, read last
    tracker.flush();
    const io = FakeObserver.last as FakeObserver;
    expect([top, middle, bottom].every((end) => io.observed.has(end))).toBe(true);
    expect(io.observed.has(filler)).toBe(false);
    // Scrolled past the top: the first chunk's ends straddle the screen, the top's own chunk is above it.
    io.report([[top, 'above'], [middle, 'above'], [bottom, 'below']]);
    expect(changes.at(-1)).toEqual({ members: ['middle', 'filler', 'bottom'], near: true });
    expect(tracker.isNear('top')).toBe(false);
    // Back at the top.
    io.report([[top, 'in'], [bottom, 'below']]);
    expect(tracker.isNear('top')).toBe(true);
    tracker.disconnect();
  });

  it('compares each block read with only the one read before it (no sorting: on a parent with thousands of children each comparison walks its siblings)', () => {
    const parent = {};
    let comparisons = 0;
    const tracker = nearScreen<number>(() => undefined);
    const targets = Array.from({ length: 40 }, () => element(parent));
    for (const target of targets) {
      const compare = target.compareDocumentPosition.bind(target);
      target.compareDocumentPosition = (other: Node) => (comparisons++, compare(other));
    }
    // In page order, then the first ten again after being replaced (out of order).
    targets.slice(10).forEach((target, i) => tracker.add(i + 10, target));
    targets.slice(0, 10).forEach((target, i) => tracker.add(i + 100, target));
    tracker.flush();
    expect(comparisons).toBe(39);
    tracker.disconnect();
  });

  it('measures every end again when the page jumps by a screen or more (the observer reports no jump past the near area)', () => {
    const parent = {};
    const changes: { members: string[]; near: boolean }[] = [];
    const tracker = nearScreen<string>((members, near) => changes.push({ members: [...members], near }));
    const first = element(parent, { top: 2000, bottom: 2400, width: 600, height: 400 });
    const last = element(parent, { top: 6400, bottom: 6800, width: 600, height: 400 });
    tracker.add('first', first);
    tracker.add('last', last);
    tracker.flush();
    expect(changes).toEqual([]);
    // A link to an anchor between them: the first end jumps from below the near area to above it.
    first.box = { top: -2400, bottom: -2000, width: 600, height: 400 };
    last.box = { top: 2000, bottom: 2400, width: 600, height: 400 };
    scrollPageTo(4400);
    expect(changes).toEqual([{ members: ['first', 'last'], near: true }]);
    tracker.disconnect();
  });

  it('leaves ordinary scrolling to the observer: a step under a screen measures nothing', () => {
    const parent = {};
    const changes: { members: string[]; near: boolean }[] = [];
    const tracker = nearScreen<string>((members, near) => changes.push({ members: [...members], near }));
    const first = element(parent, { top: 2000, bottom: 2400, width: 600, height: 400 });
    const last = element(parent, { top: 2500, bottom: 2900, width: 600, height: 400 });
    tracker.add('first', first);
    tracker.add('last', last);
    tracker.flush();
    first.box = { top: 1300, bottom: 1700, width: 600, height: 400 };
    last.box = { top: 1800, bottom: 2200, width: 600, height: 400 };
    let measured = 0;
    const measure = first.getBoundingClientRect;
    first.getBoundingClientRect = () => (measured++, measure());
    scrollPageTo(700);
    expect(measured).toBe(0);
    scrollPageTo(1500); // 800 px more in one frame: a jump
    expect(measured).toBe(1);
    tracker.disconnect();
  });

  describe('slices inside a near chunk', () => {
    it('observes two ends per chunk while far, and the slice ends too only while the chunk is near', () => {
      const { io, targets } = setup(CHUNK_SIZE * 3);
      expect(io.observed.size).toBe(6);
      io.report([[targets[0] as Element, 'in'], [targets[CHUNK_SIZE - 1] as Element, 'below']]);
      const slices = CHUNK_SIZE / SLICE_SIZE;
      expect(io.observed.size).toBe(6 + slices * 2 - 2);
      expect(io.observed.has(targets[SLICE_SIZE] as Element)).toBe(true);
      io.report([[targets[0] as Element, 'below']]);
      expect(io.observed.size).toBe(6);
      expect(io.observed.has(targets[SLICE_SIZE] as Element)).toBe(false);
    });

    it('shows only the slices on or near the screen, and hides a slice scrolled away', () => {
      const { io, targets, changes, tracker } = setup(CHUNK_SIZE);
      const at = (i: number) => targets[i] as Element;
      const lastOfChunk = CHUNK_SIZE - 1;
      // The chunk straddles the screen; its first slice is on it, the rest below.
      const below: [Element, 'below'][] = [];
      for (let i = SLICE_SIZE; i < CHUNK_SIZE; i += SLICE_SIZE) below.push([at(i), 'below'], [at(i + SLICE_SIZE - 1), 'below']);
      io.report([[at(0), 'in'], [at(lastOfChunk), 'below']]);
      io.report(below);
      io.report([[at(SLICE_SIZE - 1), 'in']]);
      const shown = new Set<number>();
      for (const change of changes) for (const m of change.members) change.near ? shown.add(m) : shown.delete(m);
      expect([...shown].sort((a, b) => a - b)).toEqual(Array.from({ length: SLICE_SIZE }, (_, i) => i));
      expect(tracker.isNear(0)).toBe(true);
      expect(tracker.isNear(SLICE_SIZE)).toBe(false);
      // Scrolled down by a slice: the first slice goes above, the second comes near.
      changes.length = 0;
      io.report([[at(0), 'above'], [at(SLICE_SIZE - 1), 'above'], [at(SLICE_SIZE), 'in']]);
      expect(changes).toEqual([
        { members: Array.from({ length: SLICE_SIZE }, (_, i) => i), near: false },
        { members: Array.from({ length: SLICE_SIZE }, (_, i) => SLICE_SIZE + i), near: true },
      ]);
    });

    it('hides every shown member when the whole chunk goes far', () => {
      const { io, targets, changes, tracker } = setup(CHUNK_SIZE);
      io.report([[targets[0] as Element, 'in'], [targets[CHUNK_SIZE - 1] as Element, 'in']]);
      expect(tracker.isNear(CHUNK_SIZE - 1)).toBe(true);
      io.report([[targets[0] as Element, 'above'], [targets[CHUNK_SIZE - 1] as Element, 'above']]);
      expect(changes.at(-1)).toEqual({ members: Array.from({ length: CHUNK_SIZE }, (_, i) => i), near: false });
      expect(tracker.isNear(CHUNK_SIZE - 1)).toBe(false);
    });

    it('shows a block added to a near slice, and not one added to a slice below the screen', () => {
      const parent = {};
      const changes: { members: string[]; near: boolean }[] = [];
      const tracker = nearScreen<string>((members, near) => changes.push({ members: [...members], near }));
      const onScreen = { top: 100, bottom: 140, width: 600, height: 40 };
      const farBelow = { top: 5000, bottom: 5040, width: 600, height: 40 };
      const names = Array.from({ length: SLICE_SIZE }, (_, i) => `top${i}`);
      for (const name of names) tracker.add(name, element(parent, onScreen));
      tracker.flush();
      expect(changes).toEqual([{ members: names, near: true }]);
      tracker.add('next', element(parent, farBelow)); // starts a second slice, far below
      tracker.flush();
      expect(changes).toHaveLength(1);
      expect(tracker.isNear('next')).toBe(false);
      tracker.disconnect();
    });

    it('keeps a shown slice shown when its chunk is cut again, without telling it twice', () => {
      const parent = {};
      const changes: { members: string[]; near: boolean }[] = [];
      const tracker = nearScreen<string>((members, near) => changes.push({ members: [...members], near }));
      const onScreen = { top: 100, bottom: 140, width: 600, height: 40 };
      tracker.add('a', element(parent, onScreen));
      tracker.add('b', element(parent, onScreen));
      tracker.flush();
      tracker.add('c', element(parent, onScreen));
      tracker.flush();
      expect(changes).toEqual([
        { members: ['a', 'b'], near: true },
        { members: ['c'], near: true },
      ]);
      tracker.disconnect();
    });
  });
});

