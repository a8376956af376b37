import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHUNK_SIZE, nearScreen } from '../../../src/content/near-screen';

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
  /** Reports targets as above the near area, in it, or below it. */
  report(sides: [Element, 'above' | 'in' | 'below'][]): void {
    const rootBounds = { top: -400, bottom: 1200 } as DOMRectReadOnly;
    const records = sides.map(([target, side]) => ({
      target,
      isIntersecting: side === 'in',
      rootBounds,
      boundingClientRect: { top: side === 'above' ? -900 : side === 'below' ? 1500 : 100, bottom: side === 'above' ? -800 : side === 'below' ? 1600 : 120 },
    })) as unknown as IntersectionObserverEntry[];
    this.callback(records, this as unknown as IntersectionObserver);
  }
}

const realObserver = globalThis.IntersectionObserver;
beforeEach(() => {
  globalThis.IntersectionObserver = FakeObserver as unknown as typeof IntersectionObserver;
});
afterEach(() => {
  globalThis.IntersectionObserver = realObserver;
});

const view = { innerHeight: 800 };
/** A block; `box` is what measuring it gives (no size: hidden, so only the observer tells). */
function element(parent: object, box = { top: 0, bottom: 0, width: 0, height: 0 }): Element {
  return { parentNode: parent, ownerDocument: { defaultView: view }, getBoundingClientRect: () => box } as unknown as Element;
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
});
