/**
 * The timer in real Chromium: starting schedules the right alarms and badge;
 * a stretch break that falls due shows a notification that leads into the
 * break page; a killed service worker still delivers the alert, exactly once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchLimber, type Limber } from './fixtures';
import type { Page } from 'playwright-core';
import {
  alarms,
  badgeText,
  breakPageOpenedBy,
  closeBreakPageEarly,
  controlPage,
  dispatchInWorker,
  forceBreakDue,
  notificationIds,
  sendMessage,
  showBreakAlert,
  silenceBreakPage,
  storedTimer,
  type StoredTimer,
} from './timer-helpers';

const MINUTE = 60_000;

describe('the stretch-break timer in Chromium', () => {
  let limber: Limber;
  beforeAll(async () => {
    limber = await launchLimber();
  });
  afterAll(async () => {
    await limber?.close();
  });

  it('starts from the popup page: break and posture alarms at the stored times, badge in minutes', async () => {
    const page = await controlPage(limber);
    const before = Date.now();
    const reply = await sendMessage<{ ok: boolean; state: StoredTimer }>(page, 'timer/start');
    expect(reply.ok).toBe(true);
    expect(reply.state.phase).toBe('running');
    const state = await storedTimer(page);
    expect(state.nextBreakAt! - before).toBeGreaterThanOrEqual(45 * MINUTE);
    expect(state.nextBreakAt! - Date.now()).toBeLessThanOrEqual(45 * MINUTE);
    expect(state.nextPostureAt! - state.nextBreakAt!).toBe(-25 * MINUTE);
    const scheduled = await alarms(page);
    expect(scheduled['limber-break']).toBe(state.nextBreakAt);
    expect(scheduled['limber-posture']).toBe(state.nextPostureAt);
    expect(scheduled).toHaveProperty('limber-tick');
    await expect.poll(() => badgeText(page)).toBe('45m');
    await page.close();
  });

  it('shows the stretch-break notification when the break falls due', async () => {
    const page = await controlPage(limber);
    const due = await forceBreakDue(limber, 1500);
    await expect.poll(() => notificationIds(page), { timeout: 15_000 }).toContain('limber-break');
    const state = await storedTimer(page);
    expect(state.alertPendingSince).toBeGreaterThanOrEqual(due);
    // The schedule goes on: the next break is one interval after this alert.
    expect(state.nextBreakAt! - state.alertPendingSince!).toBe(45 * MINUTE);
    expect((await alarms(page))['limber-break']).toBe(state.nextBreakAt);
    await page.close();
  });

  it('the alert has the right title, text and buttons (Chrome)', async () => {
    const page = await controlPage(limber);
    const worker = await limber.serviceWorker();
    // Record what the background asks Chromium to show (test instrumentation, in this worker only).
    await worker.evaluate(() => {
      const scope = self as unknown as { created: unknown[] };
      scope.created = [];
      const original = chrome.notifications.create.bind(chrome.notifications);
      (chrome.notifications as { create: unknown }).create = (id: string, options: unknown, ...rest: unknown[]) => {
        scope.created.push({ id, options });
        return (original as (...args: unknown[]) => unknown)(id, options, ...rest);
      };
    });
    await forceBreakDue(limber, 1000);
    await expect.poll(() => worker.evaluate(() => (self as unknown as { created: unknown[] }).created.length), { timeout: 15_000 }).toBe(1);
    const [created] = (await worker.evaluate(() => (self as unknown as { created: unknown[] }).created)) as {
      id: string;
      options: { title: string; message: string; buttons: { title: string }[]; requireInteraction: boolean; iconUrl: string };
    }[];
    expect(created?.id).toBe('limber-break');
    expect(created?.options.title).toBe('Time for a stretch break');
    expect(created?.options.message).toMatch(/^2-minute desk break, starting with Shoulder rolls\.$/i);
    expect(created?.options.buttons.map((b) => b.title)).toEqual(['Start stretch', 'Snooze 10 min']);
    expect(created?.options.requireInteraction).toBe(true);
    expect(created?.options.iconUrl).toBe(limber.url('icons/icon-128.png'));
    await page.close();
  });

  it('"Stretch now" (what the alert and its Start button do) opens the break page on the first stretch', async () => {
    const page = await controlPage(limber);
    let reply: unknown;
    const breakPage = await breakPageOpenedBy(limber, async () => (reply = await sendMessage(page, 'timer/stretch-now')), 'Shoulder rolls');
    expect(reply).toMatchObject({ ok: true, state: { phase: 'on-break', breakRoutineId: 'desk-2' } });
    expect(new URL(breakPage.url()).searchParams.get('routine')).toBe('desk-2');
    // Closing the page early logs a partial break and the schedule restarts.
    await closeBreakPageEarly(breakPage, page);
    await page.close();
  });

  /** Shows the break alert and clicks it; returns the control page and the break page it opened, on the break. */
  async function breakFromAlertClick(): Promise<{ page: Page; breakPage: Page }> {
    const page = await controlPage(limber);
    await showBreakAlert(limber, page);
    // Chromium's extension events can be dispatched from inside the worker: this
    // runs the listener the background registered, as a click on the alert would.
    const breakPage = await breakPageOpenedBy(limber, () => dispatchInWorker(limber, 'notifications.onClicked', 'limber-break'), 'Shoulder rolls');
    expect((await storedTimer(page)).phase).toBe('on-break');
    return { page, breakPage };
  }

  it('clicking the alert opens the break page on the first stretch (the real onClicked listener)', async () => {
    const { page, breakPage } = await breakFromAlertClick();
    // Answering the alert took it away.
    expect(await notificationIds(page)).not.toContain('limber-break');
    await closeBreakPageEarly(breakPage, page);
    await page.close();
  });

  it('closing the break page ends the break even when its own report is lost, with the worker asleep', async () => {
    const { page, breakPage } = await breakFromAlertClick();
    // The page's pagehide report never leaves, as when a closing page's message is dropped.
    await silenceBreakPage(breakPage);
    await limber.stopServiceWorker();
    await breakPage.close();
    // The tab's removal wakes the background, which ends the break after a short grace for the page's report.
    await expect.poll(async () => (await storedTimer(page)).phase, { timeout: 10_000 }).toBe('running');
    await page.close();
  });

  it('the alert\'s buttons: "Snooze" snoozes, "Start stretch" starts', async () => {
    const page = await controlPage(limber);
    await showBreakAlert(limber, page);
    const before = Date.now();
    await dispatchInWorker(limber, 'notifications.onButtonClicked', 'limber-break', 1);
    await expect.poll(async () => (await storedTimer(page)).snoozeCount).toBe(1);
    const snoozed = await storedTimer(page);
    expect(snoozed.nextBreakAt! - before).toBeGreaterThanOrEqual(10 * MINUTE);
    expect(snoozed.nextBreakAt! - Date.now()).toBeLessThanOrEqual(10 * MINUTE);
    // The alert is taken away after the new state is stored.
    await expect.poll(() => notificationIds(page)).not.toContain('limber-break');
    const breakPage = await breakPageOpenedBy(limber, () => dispatchInWorker(limber, 'notifications.onButtonClicked', 'limber-break', 0), 'Shoulder rolls');
    await closeBreakPageEarly(breakPage, page);
    await page.close();
  });

  it('snooze moves the break and is refused after three in a row, and with no break due', async () => {
    const page = await controlPage(limber);
    for (let i = 1; i <= 3; i++) {
      await showBreakAlert(limber, page);
      const before = Date.now();
      const reply = await sendMessage<{ ok: boolean; state: StoredTimer }>(page, 'timer/snooze', { minutes: 5 });
      expect(reply.ok).toBe(true);
      expect(reply.state.snoozeCount).toBe(i);
      expect(reply.state.nextBreakAt! - before).toBeGreaterThanOrEqual(5 * MINUTE);
      expect(reply.state.nextBreakAt! - Date.now()).toBeLessThanOrEqual(5 * MINUTE);
    }
    expect(await notificationIds(page)).not.toContain('limber-break');
    // No alert waiting: a snooze would bring the break nearer.
    const early = await sendMessage<{ ok: boolean; reason: string; state: StoredTimer }>(page, 'timer/snooze', { minutes: 1 });
    expect(early).toMatchObject({ ok: false, reason: 'no-break-due' });
    expect(early.state.nextBreakAt! - Date.now()).toBeGreaterThan(MINUTE);
    await showBreakAlert(limber, page);
    const refused = await sendMessage<{ ok: boolean; reason: string }>(page, 'timer/snooze', {});
    expect(refused).toMatchObject({ ok: false, reason: 'snooze-limit' });
    expect((await sendMessage<{ ok: boolean; state: StoredTimer }>(page, 'timer/skip')).state.snoozeCount).toBe(0);
    await page.close();
  });

  it('a killed service worker still delivers the alert, exactly once', async () => {
    const page = await controlPage(limber);
    await page.evaluate(() => chrome.notifications.clear('limber-break'));
    const due = await forceBreakDue(limber, 4000);
    await limber.stopServiceWorker();
    await expect.poll(() => notificationIds(page), { timeout: 20_000 }).toContain('limber-break');
    const first = await storedTimer(page);
    expect(first.alertPendingSince).toBeGreaterThanOrEqual(due);
    // Take the alert away; nothing may bring it back (a second firing would).
    await page.evaluate(() => chrome.notifications.clear('limber-break'));
    await limber.stopServiceWorker();
    await limber.serviceWorker(); // a fresh start reconciles: nothing is overdue now
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await notificationIds(page)).not.toContain('limber-break');
    expect((await storedTimer(page)).alertPendingSince).toBe(first.alertPendingSince);
    await page.close();
  });

  it('an alert the worker recorded but was stopped before showing is shown when it starts again', async () => {
    const page = await controlPage(limber);
    const unfinished = () => page.evaluate(async () => (await chrome.storage.local.get('timerEffects'))['timerEffects']);
    // Alerts shown normally leave nothing to finish.
    expect(await unfinished()).toEqual([]);
    await page.evaluate(() => chrome.notifications.clear('limber-break'));
    await forceBreakDue(limber, 60_000);
    await limber.stopServiceWorker();
    // What the worker stores in the step that makes the alert, had it been stopped right after.
    await page.evaluate(async (now) => {
      const { timer } = (await chrome.storage.local.get('timer')) as { timer: Record<string, unknown> };
      await chrome.storage.local.set({
        timer: { ...timer, nextBreakAt: now, alertPendingSince: now },
        timerEffects: [{ type: 'notify', kind: 'break', snoozesLeft: 3, quiet: false }],
      });
    }, Date.now());
    await limber.serviceWorker();
    await expect.poll(() => notificationIds(page), { timeout: 15_000 }).toContain('limber-break');
    await expect.poll(unfinished).toEqual([]);
    await page.evaluate(() => chrome.notifications.clear('limber-break'));
    await page.close();
  });

  it('turning stretch breaks off, or changing work hours, takes a waiting alert off the screen', async () => {
    const page = await controlPage(limber);
    /** What the settings page writes when a setting changes. */
    const setSettings = (patch: Record<string, unknown>): Promise<void> =>
      page.evaluate(async (p) => {
        const { settings } = (await chrome.storage.local.get('settings')) as { settings?: Record<string, unknown> };
        await chrome.storage.local.set({ settings: { version: 1, ...settings, ...p } });
      }, patch);
    await sendMessage(page, 'timer/start');
    await showBreakAlert(limber, page);
    await setSettings({ breakEnabled: false });
    await expect.poll(async () => (await storedTimer(page)).nextBreakAt).toBeNull();
    await expect.poll(() => notificationIds(page)).not.toContain('limber-break');
    expect((await storedTimer(page)).alertPendingSince).toBeNull();

    await setSettings({ breakEnabled: true });
    await expect.poll(async () => (await storedTimer(page)).nextBreakAt).not.toBeNull();
    await showBreakAlert(limber, page);
    await setSettings({ workHoursEnabled: true });
    await expect.poll(async () => (await storedTimer(page)).alertPendingSince).toBeNull();
    await expect.poll(() => notificationIds(page)).not.toContain('limber-break');
    await setSettings({ workHoursEnabled: false });
    await page.close();
  });

  it('pause: the badge goes grey, alarms are cleared; resume schedules again', async () => {
    const page = await controlPage(limber);
    const paused = await sendMessage<{ ok: boolean; state: StoredTimer & { pausedUntil: number } }>(page, 'timer/pause', { choice: '30m' });
    expect(paused.state.phase).toBe('paused');
    const scheduled = await alarms(page);
    expect(scheduled).not.toHaveProperty('limber-break');
    expect(scheduled['limber-resume']).toBe(paused.state.pausedUntil);
    await expect.poll(() => badgeText(page)).toBe('||');
    const colour = await page.evaluate(() => chrome.action.getBadgeBackgroundColor({}));
    expect(colour.slice(0, 3)).toEqual([0x7a, 0x7f, 0x85]);
    const resumed = await sendMessage<{ ok: boolean; state: StoredTimer }>(page, 'timer/resume');
    expect(resumed.state.phase).toBe('running');
    expect((await alarms(page))['limber-break']).toBe(resumed.state.nextBreakAt);
    await expect.poll(() => badgeText(page)).toBe('45m');
    await sendMessage(page, 'timer/stop');
    await expect.poll(() => badgeText(page)).toBe('');
    expect(Object.keys(await alarms(page)).filter((name) => name.startsWith('limber-'))).toEqual([]);
    await page.close();
  });

  it('logged no errors in any extension context', () => {
    expect(limber.errors).toEqual([]);
  });
});
