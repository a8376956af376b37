// @vitest-environment happy-dom
/**
 * A timer command whose answer is lost (the browser stopped the background
 * mid-command): the popup says it failed only if nothing changed. A command
 * carried out before the answer was lost shows its result, not an error.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { INITIAL_TIMER_STATE, type TimerState } from '../../../src/shared/timer';

const messenger = vi.hoisted(() => ({ reject: (): void => undefined }));

vi.mock('../../../src/shared/browser', () => ({
  default: { i18n: { getMessage: (key: string) => key } },
}));
vi.mock('../../../src/shared/messenger', () => ({
  send: () =>
    new Promise((_, reject) => {
      messenger.reject = () => reject(new Error('The message port closed before a response was received.'));
    }),
}));

const { TimerCard, LOST_ANSWER_WAIT_MS } = await import('../../../src/popup/TimerCard');

const NOW = new Date(2026, 5, 15, 10).getTime();
let root: HTMLElement;

function show(state: TimerState): void {
  render(<TimerCard state={state} settings={DEFAULT_SETTINGS} now={NOW} onState={() => undefined} />, root);
}

const errorShown = (): boolean => root.querySelector('[role=alert]') !== null;
const startButton = (): HTMLButtonElement => [...root.querySelectorAll('button')].find((b) => b.textContent === 'popupStart') as HTMLButtonElement;

beforeEach(() => {
  vi.useFakeTimers();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.useRealTimers();
});

describe('a timer command whose answer is lost', () => {
  it('shows no error when storage reports that the command was carried out', async () => {
    show(INITIAL_TIMER_STATE);
    await act(() => startButton().click());
    // The background stored the started timer, then was stopped before answering.
    show({ ...INITIAL_TIMER_STATE, phase: 'running', nextBreakAt: NOW + 45 * 60_000, nextPostureAt: NOW + 20 * 60_000 });
    await act(async () => {
      messenger.reject();
      await vi.advanceTimersByTimeAsync(LOST_ANSWER_WAIT_MS + 10);
    });
    expect(errorShown()).toBe(false);
  });

  it('says it failed when nothing changed (a tick that only stored the time it ran is no change)', async () => {
    show(INITIAL_TIMER_STATE);
    await act(() => startButton().click());
    show({ ...INITIAL_TIMER_STATE, lastSeenAt: NOW });
    await act(async () => {
      messenger.reject();
      await vi.advanceTimersByTimeAsync(LOST_ANSWER_WAIT_MS + 10);
    });
    expect(errorShown()).toBe(true);
  });
});
