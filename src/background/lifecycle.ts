/**
 * Wake-ups: browser start, install/update, every service-worker start, alarms,
 * settings changes and window focus. Each one reconciles the stored state
 * with the clock and the alarms, so nothing depends on the worker staying alive.
 */
import browser from '../shared/browser';
import type { Runtime } from '../shared/browser';
import { parseSettings } from '../shared/settings';
import { breakTabItem, readItem, settingsItem, timerItem, writeItem } from '../shared/storage';
import { endBreakWithoutItsPage } from './break-tab';
import { breakPageTab } from './pages';
import { ALARM_TICK, IDLE_DETECTION_SEC } from '../shared/timer';
import { finishUnfinishedEffects, runAlarm, runEvent } from './engine';
import { markOfferedToday, maybeOfferMorning } from './morning';
import { serially } from './serial';

/**
 * Every start of the background: finish what the last run left undone (the
 * browser stopped it mid-step), end a break whose page is gone, fire what is
 * overdue (once), recreate missing alarms, refresh the badge.
 */
export async function reconcile(): Promise<void> {
  // Queued first, before any event this start brings (all run one at a time).
  await finishUnfinishedEffects();
  await endBreakWithNoPage();
  await runEvent({ type: 'tick' });
}

/** A break page may take this long to open after its break began. */
const PAGE_OPENING_MS = 10_000;

/**
 * The browser quit during a break (the break page went with it), or the
 * page's report and its tab's removal were both lost: the break ends as a
 * partial one, as closing the page would have done, and the schedule runs
 * again. Without this it would wait for its end alarm and be dropped
 * unlogged. Stretched until Limber last saw the clock, unless the tab's
 * removal was heard after all (it may be what woke the background): then
 * until the tab closed (break-tab.ts).
 */
async function endBreakWithNoPage(): Promise<void> {
  const { state } = await readItem(timerItem);
  if (state.phase !== 'on-break' || state.breakId === null || state.breakStartedAt === null) return;
  if (Date.now() - state.breakStartedAt < PAGE_OPENING_MS) return;
  // Where the browser cannot list pages, the break is left to its end alarm.
  if ((await breakPageTab(state.breakId)) !== null) return;
  await endBreakWithoutItsPage(state, state.lastSeenAt > state.breakStartedAt ? state.lastSeenAt : undefined);
}

export async function onAlarm(alarm: { name: string; scheduledTime: number }): Promise<void> {
  // The periodic tick looks for a break whose page is gone too: a background
  // that started while its break was young (the browser relaunched seconds
  // into it) and then stayed awake would otherwise never look again.
  if (alarm.name === ALARM_TICK) await endBreakWithNoPage();
  await runAlarm(alarm.name, alarm.scheduledTime);
  // The periodic tick also notices the day's first use when no window event did.
  if (alarm.name === ALARM_TICK && (await browser.idle.queryState(IDLE_DETECTION_SEC)) === 'active') {
    await serially(() => maybeOfferMorning(Date.now()));
  }
}

export async function onStartup(): Promise<void> {
  // Tab ids start again with the browser: a remembered break tab would name some other tab.
  await writeItem(breakTabItem, null);
  await serially(() => maybeOfferMorning(Date.now()));
}

export async function onTimerInstalled(details: Runtime.OnInstalledDetailsType): Promise<void> {
  // A person who just installed Limber is not offered a morning routine on the spot.
  if (details.reason === 'install') await serially(() => markOfferedToday(Date.now()));
}

/** Someone focused a browser window: that may be the day's first use. */
export async function onFocusChanged(windowId: number): Promise<void> {
  if (windowId === browser.windows.WINDOW_ID_NONE) return;
  const idleState = await browser.idle.queryState(IDLE_DETECTION_SEC);
  if (idleState === 'active') await serially(() => maybeOfferMorning(Date.now()));
}

/**
 * The options page (or an import) changed the settings: re-plan what no
 * longer fits. Something damaged the stored timer while the background was
 * awake: repair it now (a step stores the repaired state), not at the next
 * periodic tick, so the popup never shows the damage for half a minute.
 */
export async function onStorageChanged(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string): Promise<void> {
  if (area !== 'local') return;
  const timerChange = changes[timerItem.key];
  if (timerChange && timerItem.parse(timerChange.newValue).problems.length > 0) await runEvent({ type: 'tick' });
  const change = changes[settingsItem.key];
  if (!change) return;
  await runEvent({ type: 'settings-changed', previous: parseSettings(change.oldValue).settings });
}
