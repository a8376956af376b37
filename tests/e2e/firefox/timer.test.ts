/**
 * The timer in real Firefox, where the background is an event page that
 * Firefox suspends when idle (here after 2 s). Started from the popup's
 * Start button; then the event page is seen suspended (it leaves the
 * extension's views) and forced alarms (the stored due times and the
 * browser's alarms moved a few seconds ahead, as the background itself plans
 * them) must wake it and deliver each alert exactly once, as Firefox
 * notifications without buttons whose text says to click; clicking Firefox's
 * alert window then wakes it again and opens the guided break.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { launchLimberFirefox, type LimberFirefox } from './fixtures';
import { clickFirefoxAlert, firefoxAlerts, sleep, type Api } from './helpers';

const IDLE_TIMEOUT_MS = 2000;
/** How far ahead the forced alarms are set: time for the event page to fall asleep first. */
const LEAD_MS = IDLE_TIMEOUT_MS + 6000;
/** Between the posture check and the break: wide enough that a slow wake-up does not see both due at once (the check would fold into the break alert). */
const GAP_MS = 5000;

interface Stored {
  timer?: { phase: string; lastSeenAt?: number; nextBreakAt: number | null; nextPostureAt: number | null; alertPendingSince: number | null; breakId?: number | null };
  stats?: { days: Record<string, { postureShown: number; completed: number; partial: number }> };
  settings?: Record<string, unknown>;
}

interface Snapshot {
  /** Whether the event page is alive (Firefox lists it among the extension's views). */
  background: boolean;
  stored: Stored;
  notifications: Record<string, { title?: string; message?: string; buttons?: unknown; requireInteraction?: unknown }>;
  alarms: { name: string; scheduledTime: number }[];
}

/**
 * What Limber's background has done, read from an open probe page that does
 * not message (and so does not wake) the event page. An open extension page
 * does not keep Firefox's event page alive, but opening a fresh probe tab
 * every half second did, in practice; so one probe stays open.
 */
function snapshot(probe: Page): Promise<Snapshot> {
  return probe.evaluate(async () => {
    const api = (globalThis as unknown as { browser: Api }).browser;
    const views = (api.extension.getViews() as Window[]).map((view) => view.location.pathname);
    const [stored, notifications, alarms] = await Promise.all([
      api.storage.local.get(['timer', 'stats', 'settings']),
      api.notifications.getAll(),
      api.alarms.getAll(),
    ]);
    return {
      background: views.includes('/_generated_background_page.html'),
      stored,
      notifications,
      alarms: alarms.map(({ name, scheduledTime }) => ({ name, scheduledTime })),
    } as unknown as Snapshot;
  });
}

function countToday(stored: Stored, field: 'postureShown' | 'completed' | 'partial'): number {
  return Object.values(stored.stats?.days ?? {}).reduce((sum, day) => sum + day[field], 0);
}
const postureShownToday = (stored: Stored): number => countToday(stored, 'postureShown');
const completedToday = (stored: Stored): number => countToday(stored, 'completed');
const partialToday = (stored: Stored): number => countToday(stored, 'partial');

describe('timer and alerts in Firefox, with the event page suspended', () => {
  let limber: LimberFirefox;
  let forcedAt = 0;
  let probe: Page;

  beforeAll(async () => {
    limber = await launchLimberFirefox({ idleTimeoutMs: IDLE_TIMEOUT_MS });
    probe = await limber.openExtensionPage('welcome.html');
  });
  afterAll(async () => {
    await limber?.close();
  });

  it('starts from the popup, which then counts down to the next break, as does the badge', async () => {
    const popup = await limber.openExtensionPage('popup.html');
    const start = await popup.waitForSelector('::-p-text(Start)', { timeout: 10_000 });
    await start?.click();
    await expect.poll(async () => (await snapshot(probe)).stored.timer?.phase, { timeout: 10_000 }).toBe('running');
    await expect.poll(() => popup.evaluate(() => document.querySelector('[data-testid="break-countdown"]')?.textContent ?? '')).toMatch(/^4[45]:\d\d$/);
    // It fits the popup panel, Firefox's fonts and all.
    await popup.setViewport({ width: 360, height: 600 });
    const size = await popup.evaluate(() => ({ w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight }));
    expect(size.w).toBeLessThanOrEqual(360);
    expect(size.h).toBeLessThanOrEqual(600);
    await popup.close();
    const { alarms } = await snapshot(probe);
    expect(alarms.map((a) => a.name).sort()).toEqual(['limber-break', 'limber-posture', 'limber-tick']);
    // The toolbar badge shows the minutes to the break.
    expect(await probe.evaluate(() => (globalThis as unknown as { browser: Api }).browser.action.getBadgeText({}))).toBe('45m');
  });

  it('lets Firefox suspend its event page once nothing happens', async () => {
    await expect.poll(async () => (await snapshot(probe)).background, { timeout: 10_000, interval: 500 }).toBe(false);
  });

  it('a forced alarm wakes the suspended event page and delivers each alert once, with click-to-start text', async () => {
    // Move the posture check and the stretch break a few seconds ahead, in
    // storage and in the browser's alarms, as the background would plan them.
    forcedAt = await probe.evaluate(
      async ([leadMs, gapMs]) => {
        const api = (globalThis as unknown as { browser: Api }).browser;
        const { timer } = (await api.storage.local.get('timer')) as { timer: Record<string, unknown> };
        const now = Date.now();
        await api.storage.local.set({ timer: { ...timer, nextPostureAt: now + leadMs, nextBreakAt: now + leadMs + gapMs } });
        await api.alarms.create('limber-posture', { when: now + leadMs });
        await api.alarms.create('limber-break', { when: now + leadMs + gapMs });
        return now;
      },
      [LEAD_MS, GAP_MS] as const,
    );
    // Before the alarms are due, the event page is (still or again) asleep:
    // what follows is the alarm waking it, not a page that kept it running.
    await expect.poll(async () => (await snapshot(probe)).background, { timeout: LEAD_MS - 1000, interval: 200 }).toBe(false);
    expect(Date.now()).toBeLessThan(forcedAt + LEAD_MS);
    expect(Object.keys((await snapshot(probe)).notifications)).toEqual([]);

    await expect.poll(async () => Object.keys((await snapshot(probe)).notifications).sort(), { timeout: 15_000 }).toEqual([
      'limber-break',
      'limber-posture',
    ]);
    const { notifications, stored, alarms } = await snapshot(probe);
    const alert = notifications['limber-break'];
    expect(alert?.title).toBe('Time for a stretch break');
    // Firefox has no buttons: the text tells the person what a click does.
    expect(alert?.message).toMatch(/Click to start\.$/);
    expect(alert?.buttons ?? null).toBeNull();
    expect(alert?.requireInteraction ?? null).toBeNull();
    expect(notifications['limber-posture']?.title).toBe('Posture check');
    // Firefox shows no context line: the tip itself says what it is.
    expect(notifications['limber-posture']?.message).toMatch(/\. General tip, not medical advice\.$/);
    expect(postureShownToday(stored)).toBe(1);
    // The break alert is pending, and the next break is a full interval after it.
    const pending = stored.timer?.alertPendingSince ?? 0;
    expect(pending).toBeGreaterThanOrEqual(forcedAt + LEAD_MS + GAP_MS - 50);
    expect((stored.timer?.nextBreakAt ?? 0) - pending).toBe(45 * 60_000);
    expect(alarms.find((a) => a.name === 'limber-break')?.scheduledTime).toBe(stored.timer?.nextBreakAt);
  });

  it('fires nothing twice: after the event page sleeps and wakes again, the alerts and counts are unchanged', async () => {
    await expect.poll(async () => (await snapshot(probe)).background, { timeout: 10_000, interval: 500 }).toBe(false);
    const before = await snapshot(probe);
    // A wake-up (any message) reconciles the stored state with the clock: nothing is due any more.
    await probe.evaluate(() => (globalThis as unknown as { browser: Api }).browser.runtime.sendMessage({ type: 'app/ping', payload: {} }));
    const seen = async (): Promise<number> => (await snapshot(probe)).stored.timer?.lastSeenAt ?? 0;
    await expect.poll(seen).toBeGreaterThan(before.stored.timer?.lastSeenAt ?? 0);
    await sleep(1000);
    const after = await snapshot(probe);
    expect(postureShownToday(after.stored)).toBe(1);
    // The wake-up did reconcile (it saw a later clock) and changed nothing else.
    const { lastSeenAt: seenBefore = 0, ...restBefore } = before.stored.timer ?? {};
    const { lastSeenAt: seenAfter = 0, ...restAfter } = after.stored.timer ?? {};
    expect(seenAfter).toBeGreaterThan(seenBefore);
    expect(restAfter).toEqual(restBefore);
    expect(Object.keys(after.notifications).sort()).toEqual(['limber-break', 'limber-posture']);
  });

  it('the alerts are on screen; a click on the break alert wakes the sleeping event page and opens the guided break', async () => {
    const alerts = await firefoxAlerts(limber.browser);
    const alert = alerts.find((a) => a.title === 'Time for a stretch break');
    expect(alert?.text).toMatch(/Click to start\.$/);
    expect(alerts.map((a) => a.title)).toContain('Posture check');
    await expect.poll(async () => (await snapshot(probe)).background, { timeout: 10_000, interval: 500 }).toBe(false);
    if (!alert) throw new Error('no break alert on screen');
    await clickFirefoxAlert(limber.browser, alert);
    const breakWindow = (): Promise<{ type: string | undefined; url: string | undefined } | undefined> =>
      probe.evaluate(async (prefix) => {
        const windows = await (globalThis as unknown as { browser: Api }).browser.windows.getAll({ populate: true });
        for (const win of windows) {
          const tab = win.tabs?.find((t) => (t.url ?? '').startsWith(prefix));
          if (tab) return { type: win.type, url: tab.url };
        }
        return undefined;
      }, limber.url('break.html'));
    // Opened as a small window (the default), on the routine for the break length, naming the break it is for.
    await expect.poll(async () => (await breakWindow())?.type, { timeout: 10_000 }).toBe('popup');
    const { stored, notifications } = await snapshot(probe);
    expect(stored.timer?.phase).toBe('on-break');
    expect((await breakWindow())?.url).toBe(limber.url(`break.html?routine=desk-2&break=${String(stored.timer?.breakId)}`));
    expect(Object.keys(notifications)).not.toContain('limber-break');
  });

  it('"Back to the break" brings the open break window back rather than opening a second one', async () => {
    const breakTabs = (): Promise<number> =>
      probe.evaluate(async (prefix) => {
        const api = (globalThis as unknown as { browser: Api }).browser;
        const windows = await api.windows.getAll({ populate: true });
        return windows.flatMap((win) => win.tabs ?? []).filter((t) => (t.url ?? '').startsWith(prefix)).length;
      }, limber.url('break.html'));
    expect(await breakTabs()).toBe(1);
    // What the popup's button sends.
    await probe.evaluate(() =>
      (globalThis as unknown as { browser: Api }).browser.runtime.sendMessage({ type: 'page/open-break', payload: { routineId: 'desk-2' } }),
    );
    await sleep(1500);
    expect(await breakTabs()).toBe(1);
    // The background tells an open break page from a gone one this way (lifecycle.ts): it must see this one.
    const seen = await probe.evaluate(async (prefix) => {
      const api = (globalThis as unknown as { browser: Api }).browser;
      const contexts = await api.runtime.getContexts({ contextTypes: ['TAB' as chrome.runtime.ContextType] });
      return contexts.some((c) => (c.documentUrl ?? '').startsWith(prefix));
    }, limber.url('break.html'));
    expect(seen).toBe(true);
  });

  it('the guided break, finished with Done, logs a completed break and the timer runs again', async () => {
    // A page for the break that is on (its address names it), as the alert opened.
    const breakId = (await snapshot(probe)).stored.timer?.breakId;
    expect(breakId).toEqual(expect.any(Number));
    const page = await limber.openExtensionPage(`break.html?routine=desk-2&break=${String(breakId)}`);
    const button = async (label: string): Promise<ElementHandle<HTMLButtonElement> | undefined> => {
      for (const handle of await page.$$('.break__controls button')) {
        if ((await handle.evaluate((b) => b.textContent?.trim())) === label) return handle;
      }
      return undefined;
    };
    await page.waitForSelector('.break__controls button', { timeout: 10_000 });
    for (let i = 0; i < 10 && !(await button('Done')); i++) {
      const before = await page.evaluate(() => document.querySelector('h1')?.textContent);
      await (await button('Next'))?.click();
      await expect.poll(() => page.evaluate(() => document.querySelector('h1')?.textContent)).not.toBe(before);
    }
    await (await button('Done'))?.click();
    await expect.poll(() => page.evaluate(() => document.querySelector('h1')?.textContent)).toBe('Well done');
    await expect.poll(async () => completedToday((await snapshot(probe)).stored)).toBe(1);
    expect((await snapshot(probe)).stored.timer?.phase).toBe('running');
    await page.close();
  });

  it('a break page closed before the end logs a partial break, sent as Firefox closes it', async () => {
    // A routine page while the timer runs would be a break that already ended (its late report is not logged):
    // with reminders off, a routine opened by hand is logged as it ends.
    await probe.evaluate(() =>
      (globalThis as unknown as { browser: Api }).browser.runtime.sendMessage({ type: 'timer/stop', payload: {} }),
    );
    const page = await limber.openExtensionPage('break.html?routine=morning-5');
    await page.waitForSelector('.break__controls button', { timeout: 10_000 });
    await sleep(1500);
    await page.close();
    await expect.poll(async () => partialToday((await snapshot(probe)).stored), { timeout: 5000 }).toBe(1);
  });

  it('logged no errors in any extension page', () => {
    expect(limber.errors).toEqual([]);
  });
});
