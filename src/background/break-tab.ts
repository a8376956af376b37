/**
 * The break page's tab, watched from the background. The page reports an
 * early leave itself (pagehide → 'break/partial'), but a message sent while a
 * page is being torn down can be lost, and the break would then last until
 * its end alarm. A tab's removal is a browser event, delivered even to a
 * background that was asleep: if the timer is still on that break a moment
 * later, the break ends there, as a partial one.
 */
import { breakTabItem, readItem, timerItem, writeItem, type BreakTab } from '../shared/storage';
import type { TimerState } from '../shared/timer';
import { runEvent } from './engine';
import { breakPageTab } from './pages';

/** Time for the page's own report (it knows how long was stretched) to arrive first. */
const PAGE_REPORT_GRACE_MS = 1500;

/** tabs.onRemoved: the tab pages.ts stored in breakTabItem when it opened the break page. */
export async function onTabRemoved(tabId: number): Promise<void> {
  // Stretched until now, when the tab went (not until after the grace below).
  const closedAt = Date.now();
  const recorded = await readItem(breakTabItem);
  if (recorded?.tabId !== tabId || recorded.closedAt !== null) return;
  // Kept, with the time: the removal may have woken the background, whose start-up
  // check (lifecycle.ts) finds the page gone too and knows only when it last looked.
  await writeItem(breakTabItem, { ...recorded, closedAt } satisfies BreakTab);
  await endBreakWithoutItsPage((await readItem(timerItem)).state, closedAt);
}

/**
 * Ends the break in `seen` as a partial one, its page gone without a word
 * (closed, or the browser quit), once the page's own report has had its
 * grace: the report knows how long was stretched, and may be on its way (it
 * may be what woke the background). Nothing happens if the timer is by then
 * off that break (reported, or a new one started by "Stretch now" say).
 * Stretched: from the break's start until its tab was seen closing, else
 * `until` (default: the end of the grace), up to its planned length, the
 * best guess without the page.
 */
export async function endBreakWithoutItsPage(seen: TimerState, until?: number): Promise<void> {
  if (seen.phase !== 'on-break' || seen.breakId === null) return;
  await new Promise((done) => setTimeout(done, PAGE_REPORT_GRACE_MS));
  const { state } = await readItem(timerItem);
  if (state.phase !== 'on-break' || state.breakId !== seen.breakId || state.breakStartedAt === null) return;
  // The break's page was opened again meanwhile ("Back to the break"): it will report.
  if (typeof (await breakPageTab(state.breakId)) === 'number') return;
  // When its tab was seen closing is known better than any guess the caller had.
  const recorded = await readItem(breakTabItem);
  const end = (recorded?.breakId === state.breakId ? recorded.closedAt : null) ?? until ?? Date.now();
  // Times from the state as it is now: a clock set back meanwhile has moved them.
  const planned = Math.max(0, (state.breakEndsAt ?? state.breakStartedAt) - state.breakStartedAt);
  const elapsed = Math.min(Math.max(0, end - state.breakStartedAt), planned);
  await runEvent({ type: 'break-partial', secondsStretched: Math.round(elapsed / 1000), breakId: state.breakId });
}
