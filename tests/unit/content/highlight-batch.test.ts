import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { highlightBatch, LATER_MS, type RangeSet } from '../../../src/content/highlight-batch';

/** A Highlight stand-in that records what reached it, in order. */
function recordingSet() {
  const ranges = new Set<AbstractRange>();
  const calls: string[] = [];
  const set: RangeSet = {
    add: (range) => (calls.push(`add ${name(range)}`), ranges.add(range)),
    delete: (range) => (calls.push(`delete ${name(range)}`), ranges.delete(range)),
  };
  return { set, ranges, calls };
}

const names = new WeakMap<AbstractRange, string>();
const name = (range: AbstractRange): string => names.get(range) ?? '?';
function range(label: string): AbstractRange {
  const r = {} as AbstractRange;
  names.set(r, label);
  return r;
}

/** A window whose frames and timers the test runs by hand. */
function fakeWindow() {
  let frames: FrameRequestCallback[] = [];
  const win = {
    requestAnimationFrame: (cb: FrameRequestCallback) => frames.push(cb),
    cancelAnimationFrame: (id: number) => {
      frames[id - 1] = () => undefined;
    },
    setTimeout: (cb: () => void, ms: number) => setTimeout(cb, ms),
    clearTimeout: (id: number) => clearTimeout(id),
  } as unknown as Window;
  const runFrame = (): void => {
    const due = frames;
    frames = [];
    for (const cb of due) cb(0);
  };
  return { win, runFrame, frameCount: () => frames.length };
}

/** A batch over a recording Highlight, in a window whose frames the test runs. */
function setup() {
  const recording = recordingSet();
  const frames = fakeWindow();
  return { ...recording, ...frames, batch: highlightBatch(() => recording.set, frames.win) };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('highlight changes gathered for one frame', () => {
  it('changes nothing until applied, then applies deletes and adds together', () => {
    const { batch, ranges, calls } = setup();
    const a = range('a');
    const b = range('b');
    batch.add(a);
    batch.add(b);
    expect(ranges.size).toBe(0);
    expect(batch.pending).toBe(true);
    batch.apply();
    expect([...ranges]).toEqual([a, b]);
    batch.delete(a);
    batch.add(range('c'));
    batch.apply();
    expect(calls).toEqual(['add a', 'add b', 'delete a', 'add c']);
    expect(batch.pending).toBe(false);
  });

  it('never registers a range added and deleted before a frame, and keeps one deleted and added back', () => {
    const { batch, calls } = setup();
    const a = range('a');
    const b = range('b');
    batch.add(a);
    batch.delete(a);
    batch.add(b);
    batch.apply();
    batch.delete(b);
    batch.add(b);
    batch.apply();
    expect(calls).toEqual(['add b']);
  });

  it('applies at the next frame when asked for soon, once however often asked', () => {
    const { batch, ranges, runFrame, frameCount } = setup();
    batch.soon();
    expect(frameCount()).toBe(0); // nothing waiting, no frame asked for
    batch.add(range('a'));
    batch.soon();
    batch.soon();
    expect(frameCount()).toBe(1);
    runFrame();
    expect(ranges.size).toBe(1);
  });

  it('lets a change that can wait be applied by an earlier frame, or within LATER_MS', () => {
    const { batch, ranges, runFrame } = setup();
    const a = range('a');
    batch.add(a);
    batch.later();
    vi.advanceTimersByTime(LATER_MS - 1);
    expect(ranges.size).toBe(0);
    // A frame the page makes anyway applies it (the highlighter's frame slice).
    batch.apply();
    expect(ranges.size).toBe(1);
    // The timer was dropped with it: nothing more happens.
    vi.advanceTimersByTime(LATER_MS * 2);
    runFrame();
    batch.delete(a);
    batch.later();
    vi.advanceTimersByTime(LATER_MS);
    runFrame();
    expect(ranges.size).toBe(0);
  });

  it('applies at once in a hidden tab, which draws no frames', () => {
    const { set, ranges } = recordingSet();
    const { win, frameCount } = fakeWindow();
    const hidden = Object.assign(Object.create(win) as Window, { document: { hidden: true } });
    const batch = highlightBatch(() => set, hidden);
    batch.add(range('a'));
    batch.soon();
    expect(ranges.size).toBe(1);
    expect(frameCount()).toBe(0);
    batch.delete([...ranges][0] as AbstractRange);
    batch.later();
    vi.advanceTimersByTime(LATER_MS);
    expect(ranges.size).toBe(0);
  });

  it('drops waiting changes on cancel (highlighting turned off)', () => {
    const { batch, ranges, runFrame } = setup();
    batch.add(range('a'));
    batch.soon();
    batch.later();
    batch.cancel();
    vi.advanceTimersByTime(LATER_MS * 2);
    runFrame();
    expect(ranges.size).toBe(0);
    expect(batch.pending).toBe(false);
  });

  it('makes the Highlight only when there is something to apply', () => {
    const target = vi.fn(() => recordingSet().set);
    const { win } = fakeWindow();
    const batch = highlightBatch(target, win);
    batch.apply();
    expect(target).not.toHaveBeenCalled();
    batch.add(range('a'));
    batch.apply();
    expect(target).toHaveBeenCalledTimes(1);
  });
});
