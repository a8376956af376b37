// @vitest-environment happy-dom
/**
 * Custom elements the page defines after Limber read them: their shadow
 * roots are found by looking again, a few times, further apart each time.
 * (happy-dom has no `:defined`, so letting go of an element defined without
 * a shadow root is not tested here; real browsers answer `:defined`.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHECK_DELAYS_MS, MAX_WAITING, watchLateShadowRoots, type LateShadowRoots } from '../../../src/content/late-shadow-roots';

const total = (delays: readonly number[]): number => delays.reduce((sum, d) => sum + d, 0);

describe('custom elements defined after they were read', () => {
  let found: ShadowRoot[];
  let watch: LateShadowRoots;

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.replaceChildren();
    found = [];
    watch = watchLateShadowRoots((root) => found.push(root), window);
  });
  afterEach(() => {
    watch.stop();
    vi.useRealTimers();
  });

  const element = (name: string): Element => document.body.appendChild(document.createElement(name));

  it('hands on a shadow root attached a while after the element was read', () => {
    const card = element('x-card');
    watch.add(card);
    vi.advanceTimersByTime(CHECK_DELAYS_MS[0] ?? 0);
    expect(found).toEqual([]);
    const root = card.attachShadow({ mode: 'open' });
    vi.advanceTimersByTime(CHECK_DELAYS_MS[1] ?? 0);
    expect(found).toEqual([root]);
    // Once found, it is not handed on again.
    vi.advanceTimersByTime(total(CHECK_DELAYS_MS));
    expect(found).toEqual([root]);
  });

  it('stops looking after the last delay, and at an element that was removed', () => {
    const late = element('x-late');
    const gone = element('x-gone');
    watch.add(late);
    watch.add(gone);
    gone.remove();
    vi.advanceTimersByTime(total(CHECK_DELAYS_MS));
    expect(vi.getTimerCount()).toBe(0);
    late.attachShadow({ mode: 'open' });
    gone.attachShadow({ mode: 'open' });
    vi.advanceTimersByTime(total(CHECK_DELAYS_MS));
    expect(found).toEqual([]);
    // Given up on, not held: a later arrival does not bring them back.
    const next = element('x-next');
    watch.add(next);
    vi.advanceTimersByTime(CHECK_DELAYS_MS[0] ?? 0);
    expect(found).toEqual([]);
    const root = next.attachShadow({ mode: 'open' });
    vi.advanceTimersByTime(CHECK_DELAYS_MS[1] ?? 0);
    expect(found).toEqual([root]);
  });

  it('looks soon again at elements added late, even while a long wait was due', () => {
    watch.add(element('x-first'));
    vi.advanceTimersByTime(total(CHECK_DELAYS_MS.slice(0, 4)));
    const second = element('x-second');
    watch.add(second);
    const root = second.attachShadow({ mode: 'open' });
    vi.advanceTimersByTime(CHECK_DELAYS_MS[0] ?? 0);
    expect(found).toEqual([root]);
  });

  it('watches at most MAX_WAITING elements, and none after stop', () => {
    const many = Array.from({ length: MAX_WAITING + 5 }, () => element('x-many'));
    for (const el of many) watch.add(el);
    for (const el of many) el.attachShadow({ mode: 'open' });
    vi.advanceTimersByTime(CHECK_DELAYS_MS[0] ?? 0);
    expect(found.length).toBe(MAX_WAITING);

    const after = element('x-after');
    watch.add(after);
    watch.stop();
    after.attachShadow({ mode: 'open' });
    vi.advanceTimersByTime(total(CHECK_DELAYS_MS));
    expect(found.length).toBe(MAX_WAITING);
    expect(vi.getTimerCount()).toBe(0);
  });
});
