/**
 * The break page's tab, watched from the background. The page reports an
 * early leave itself (pagehide → 'break/partial'), but a message sent while a
 * page is being torn down can be lost, and the break would then last until
 * its end alarm. A tab's removal is a browser event, delivered even to a
 * background that was asleep: if the timer is still on that break a moment
 * later, the break ends there, as a partial one.
 */
import { breakTabItem, readItem, timerItem, writeItem } from '../shared/storage';
import type { TimerState } from '../shared/timer';
import { runEvent } from './engine';

/** Time for the page's own report (it knows how long was stretched) to arrive first. */
export const PAGE_REPORT_GRACE_MS = 1500;

/** tabs.onRemoved: the tab pages.ts stored in breakTabItem when it opened the break page. */
export async function onTabRemoved(tabId: number): Promise<void> {
  if ((await readItem(breakTabItem)) !== tabId) return;
  await writeItem(breakTabItem, null);
  const closed = (await readItem(timerItem)).state;
  if (closed.phase !== 'on-break') return;
  await new Promise((done) => setTimeout(done, PAGE_REPORT_GRACE_MS));
  const { state } = await readItem(timerItem);
  // Still the break whose page was closed (not one started since, by "Stretch now" say)?
  if (state.breakStartedAt !== closed.breakStartedAt) return;
  await endBreakWithoutItsPage(state, Date.now());
}

/**
 * Ends the break in `state` as a partial one, its page gone without a word
 * (closed, or the browser quit). The page would have said how long was
 * stretched; the time from the break's start to `until`, up to its planned
 * length, is the best guess.
 */
export async function endBreakWithoutItsPage(state: TimerState, until: number): Promise<void> {
  if (state.phase !== 'on-break' || state.breakStartedAt === null) return;
  const planned = Math.max(0, (state.breakEndsAt ?? state.breakStartedAt) - state.breakStartedAt);
  const elapsed = Math.min(Math.max(0, until - state.breakStartedAt), planned);
  await runEvent({ type: 'break-partial', secondsStretched: Math.round(elapsed / 1000), ofBreak: true });
}
