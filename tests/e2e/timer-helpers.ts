/** Helpers for the timer e2e tests: talk to the extension the way its own pages do. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { launchLimber, type Limber } from './fixtures';
import { routines, stretches } from '../../src/knowledge';

export interface StoredTimer {
  phase: string;
  nextBreakAt: number | null;
  nextPostureAt: number | null;
  alertPendingSince: number | null;
  snoozeCount: number;
  breakRoutineId: string | null;
  breakId: number | null;
  breakStartedAt: number | null;
  breakEndsAt: number | null;
  lastSeenAt: number;
}

/** An extension page to send messages and read storage from (the popup, as the issue asks). */
export async function controlPage(limber: Limber): Promise<Page> {
  return limber.openExtensionPage('popup.html');
}

export async function sendMessage<T = unknown>(page: Page, type: string, payload: Record<string, unknown> = {}): Promise<T> {
  return page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const) as Promise<T>;
}

export async function storedTimer(page: Page): Promise<StoredTimer> {
  return page.evaluate(async () => (await chrome.storage.local.get('timer'))['timer']) as Promise<StoredTimer>;
}

export async function alarms(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => Object.fromEntries((await chrome.alarms.getAll()).map((a) => [a.name, a.scheduledTime])));
}

export async function notificationIds(page: Page): Promise<string[]> {
  return page.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
}

export async function badgeText(page: Page): Promise<string> {
  return page.evaluate(() => chrome.action.getBadgeText({}));
}

/**
 * Makes the stretch break fall due in `ms`: the stored due time and its alarm
 * are moved together, as if the interval had nearly run out. (An alarm alone
 * moved earlier would be a stale alarm, which the background rightly ignores.)
 */
export async function forceBreakDue(limber: Limber, ms: number): Promise<number> {
  const worker = await limber.serviceWorker();
  return worker.evaluate(async (inMs) => {
    const when = Date.now() + inMs;
    const { timer } = (await chrome.storage.local.get('timer')) as { timer: Record<string, unknown> };
    // Keep posture checks out of the way of this test.
    await chrome.storage.local.set({ timer: { ...timer, nextBreakAt: when, nextPostureAt: when + 30 * 60_000 } });
    await chrome.alarms.create('limber-break', { when });
    await chrome.alarms.create('limber-posture', { when: when + 30 * 60_000 });
    return when;
  }, ms);
}

/** Makes the stretch break fall due now and waits for its notification. */
export async function showBreakAlert(limber: Limber, page: Page): Promise<void> {
  await forceBreakDue(limber, 500);
  await expect.poll(() => notificationIds(page), { timeout: 15_000 }).toContain('limber-break');
}

/** Runs `trigger` and returns the break page it opens, once it shows its first stretch. */
export async function breakPageOpenedBy(limber: Limber, trigger: () => Promise<unknown>, firstStretch: string): Promise<Page> {
  const opened = limber.context.waitForEvent('page', { predicate: (p) => p.url().startsWith(limber.url('break.html')) });
  await trigger();
  const page = await opened;
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(firstStretch);
  return page;
}

/**
 * Makes a break page's own reports never leave, as when a closing page's
 * message is lost. (A capturing pagehide listener cannot do it: on window,
 * listeners run in the order they were added, the page's own first.)
 */
export async function silenceBreakPage(page: Page): Promise<void> {
  const silenced = await page.evaluate(() => {
    const scope = globalThis as unknown as Record<string, { runtime?: { sendMessage: unknown } } | undefined>;
    const quiet = (): Promise<undefined> => Promise.resolve(undefined);
    for (const api of [scope['browser'], scope['chrome']]) if (api?.runtime) api.runtime.sendMessage = quiet;
    return scope['chrome']?.runtime?.sendMessage === quiet;
  });
  if (!silenced) throw new Error('could not silence the break page');
}

/**
 * Closes a break page before its routine ends and waits until the schedule
 * runs again: the page reports the partial break from its pagehide handler,
 * a message across processes that a busy machine took over a second to
 * deliver, so the wait is 5 s.
 */
export async function closeBreakPageEarly(breakPage: Page, control: Page): Promise<void> {
  await breakPage.close();
  await expect.poll(async () => (await storedTimer(control)).phase, { timeout: 5000 }).toBe('running');
  // The alarms are set after the state is stored: wait for them too, so a test moving them next is not overwritten.
  await expect.poll(async () => (await alarms(control))['limber-break'] === (await storedTimer(control)).nextBreakAt).toBe(true);
}

/**
 * Runs the listeners the background registered for a browser event, from
 * inside its worker, as the browser would (a click on an alert, a shortcut,
 * coming back to the computer). `event` is a path under chrome, like 'notifications.onClicked'.
 */
export async function dispatchInWorker(limber: Limber, event: string, ...args: (string | number)[]): Promise<void> {
  const worker = await limber.serviceWorker();
  await worker.evaluate(
    ([path, rest]) => {
      const [api = '', name = ''] = path.split('.');
      const target = (chrome as unknown as Record<string, Record<string, { dispatch(...a: unknown[]): void }>>)[api]?.[name];
      if (!target) throw new Error(`no event chrome.${path}`);
      target.dispatch(...rest);
    },
    [event, args] as const,
  );
}

/** Fires the periodic tick alarm in the worker, as the browser does every 30 seconds. */
export async function firePeriodicTick(limber: Limber): Promise<void> {
  const worker = await limber.serviceWorker();
  await worker.evaluate(() => (chrome.alarms.onAlarm as unknown as { dispatch(a: unknown): void }).dispatch({ name: 'limber-tick', scheduledTime: Date.now() }));
}

/** Today's stats (completed, partial, minutes stretched …), read from storage in an extension page. */
export async function dayStats(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const { stats } = (await chrome.storage.local.get('stats')) as { stats?: { days: Record<string, Record<string, number>> } };
    const d = new Date();
    const key = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    return stats?.days[key] ?? {};
  });
}

/** The name of a routine's first stretch, as its break page's heading shows it. */
export function firstStretchOf(routineId: string): string {
  const id = routines.find((r) => r.id === routineId)?.stretchIds[0];
  return stretches.find((s) => s.id === id)?.name ?? `(no first stretch in ${routineId})`;
}

/**
 * A browser for break-page tests: break pages open as tabs (pages of a popup
 * window are harder to count from here), and the timer runs.
 */
export async function launchWithBreakTabs(): Promise<{ limber: Limber; control: Page }> {
  const limber = await launchLimber();
  const control = await controlPage(limber);
  await control.evaluate(async () => {
    const { settings } = (await chrome.storage.local.get('settings')) as { settings?: Record<string, unknown> };
    await chrome.storage.local.set({ settings: { version: 1, ...settings, breakOpenMode: 'tab' } });
  });
  await sendMessage(control, 'timer/start');
  return { limber, control };
}
