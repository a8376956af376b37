/**
 * The browser events that steer the timer, in real Chromium: coming back
 * after being away (a natural break), the keyboard shortcuts from the
 * manifest, and the morning routine offered on the day's first use.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchLimber, type Limber } from './fixtures';
import { badgeText, breakPageOpenedBy, closeBreakPageEarly, controlPage, dispatchInWorker, notificationIds, sendMessage, storedTimer, type StoredTimer } from './timer-helpers';

const MINUTE = 60_000;

describe('events that steer the timer', () => {
  let limber: Limber;
  beforeAll(async () => {
    limber = await launchLimber();
  });
  afterAll(async () => {
    await limber?.close();
  });

  it('declares its shortcuts with descriptions', async () => {
    const page = await controlPage(limber);
    const commands = await page.evaluate(() => chrome.commands.getAll());
    expect(commands.map((c) => [c.name, c.description])).toEqual(
      expect.arrayContaining([
        ['toggle-timer', 'Start or pause the stretch-break timer'],
        ['stretch-now', 'Start a stretch break now'],
      ]),
    );
    await page.close();
  });

  it('the start/pause shortcut starts, pauses and resumes the timer', async () => {
    const page = await controlPage(limber);
    await dispatchInWorker(limber, 'commands.onCommand', 'toggle-timer');
    await expect.poll(async () => (await storedTimer(page)).phase).toBe('running');
    await dispatchInWorker(limber, 'commands.onCommand', 'toggle-timer');
    await expect.poll(async () => (await storedTimer(page)).phase).toBe('paused');
    await expect.poll(() => badgeText(page)).toBe('||');
    await dispatchInWorker(limber, 'commands.onCommand', 'toggle-timer');
    await expect.poll(async () => (await storedTimer(page)).phase).toBe('running');
    await page.close();
  });

  it('the stretch-now shortcut opens the break page', async () => {
    const page = await controlPage(limber);
    const breakPage = await breakPageOpenedBy(limber, () => dispatchInWorker(limber, 'commands.onCommand', 'stretch-now'), 'Shoulder rolls');
    await closeBreakPageEarly(breakPage, page);
    await page.close();
  });

  it('away for at least the break length is a natural break: the schedule restarts from the return', async () => {
    const page = await controlPage(limber);
    await page.evaluate(() => chrome.storage.local.set({ settings: { version: 1, breakLengthMin: 1 } }));
    await sendMessage<{ state: StoredTimer }>(page, 'timer/reset');
    // "idle" is reported a minute after the last input: a one-minute break is already covered.
    await dispatchInWorker(limber, 'idle.onStateChanged', 'idle');
    await expect.poll(async () => (await storedTimer(page)) as unknown as { idleSince: number | null }).toMatchObject({ idleSince: expect.any(Number) });
    const back = Date.now();
    await dispatchInWorker(limber, 'idle.onStateChanged', 'active');
    await expect.poll(async () => ((await storedTimer(page)) as unknown as { idleSince: number | null }).idleSince).toBeNull();
    const state = await storedTimer(page);
    expect(state.nextBreakAt! - back).toBeGreaterThanOrEqual(45 * MINUTE);
    expect(state.nextBreakAt! - Date.now()).toBeLessThanOrEqual(45 * MINUTE);
    expect(await notificationIds(page)).not.toContain('limber-break');
    await page.evaluate(() => chrome.storage.local.remove('settings'));
    await page.close();
  });

  it('offers the morning routine once on the day’s first use (not on the day of install), and it opens', async () => {
    const page = await controlPage(limber);
    await dispatchInWorker(limber, 'runtime.onStartup');
    await page.waitForTimeout(500);
    // Installed today: nothing offered yet.
    expect(await notificationIds(page)).not.toContain('limber-morning');
    // A new day (the stored day is yesterday's), after the morning hour (0 here, so any time of day).
    await page.evaluate(() => chrome.storage.local.set({ morning: '2000-01-01', settings: { version: 1, morningHour: 0 } }));
    await dispatchInWorker(limber, 'runtime.onStartup');
    await expect.poll(() => notificationIds(page)).toContain('limber-morning');
    await page.evaluate(() => chrome.notifications.clear('limber-morning'));
    await dispatchInWorker(limber, 'runtime.onStartup');
    await page.waitForTimeout(500);
    expect(await notificationIds(page)).not.toContain('limber-morning');
    const breakPage = await breakPageOpenedBy(limber, () => dispatchInWorker(limber, 'notifications.onClicked', 'limber-morning'), 'Knee-to-chest stretch');
    expect(new URL(breakPage.url()).searchParams.get('routine')).toBe('morning-5');
    await breakPage.close();
    await page.evaluate(() => chrome.storage.local.remove('settings'));
    await page.close();
  });

  it('logged no errors in any extension context', () => {
    expect(limber.errors).toEqual([]);
  });
});
