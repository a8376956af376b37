/**
 * The timer survives what browsers do to it: a closed and relaunched browser
 * keeps the same next-break time; damaged stored state is repaired with a
 * warning and the popup still opens; settings changed elsewhere re-plan it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchLimber, type Limber } from './fixtures';
import { alarms, badgeText, controlPage, sendMessage, storedTimer, type StoredTimer } from './timer-helpers';

const MINUTE = 60_000;

describe('the timer across restarts and damage', () => {
  const launched: Limber[] = [];
  let profile = '';
  afterAll(async () => {
    for (const limber of launched) await limber.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it('a closed and relaunched browser resumes with the same next-break time', async () => {
    profile = await mkdtemp(join(tmpdir(), 'limber-restart-'));
    const first = await launchLimber({ userDataDir: profile });
    const page = await controlPage(first);
    const { state } = await sendMessage<{ state: StoredTimer }>(page, 'timer/start');
    expect(state.phase).toBe('running');
    await first.close();

    const second = await launchLimber({ userDataDir: profile });
    launched.push(second);
    const again = await controlPage(second);
    const resumed = await storedTimer(again);
    expect(resumed).toMatchObject({ phase: 'running', nextBreakAt: state.nextBreakAt, nextPostureAt: state.nextPostureAt });
    await expect.poll(() => alarms(again)).toMatchObject({ 'limber-break': state.nextBreakAt, 'limber-posture': state.nextPostureAt });
    await expect.poll(() => badgeText(again)).toMatch(/^(45|44)m$/);
    expect(second.errors).toEqual([]);
    await again.close();
  });

  it('a browser quit during a break ends that break as a partial one when it starts again, and the schedule runs', async () => {
    const quitProfile = await mkdtemp(join(tmpdir(), 'limber-restart-'));
    try {
      const first = await launchLimber({ userDataDir: quitProfile });
      const page = await controlPage(first);
      await sendMessage(page, 'timer/start');
      await sendMessage(page, 'timer/stretch-now');
      await expect.poll(async () => (await storedTimer(page)).phase).toBe('on-break');
      // Past the moment a break page may still be opening (lifecycle.ts).
      await page.waitForTimeout(10_500);
      await first.close();

      const second = await launchLimber({ userDataDir: quitProfile });
      launched.push(second);
      const again = await controlPage(second);
      await expect.poll(async () => (await storedTimer(again)).phase, { timeout: 10_000 }).toBe('running');
      const partial = await again.evaluate(async () => {
        const { stats } = (await chrome.storage.local.get('stats')) as { stats?: { days: Record<string, { partial?: number }> } };
        return Object.values(stats?.days ?? {}).reduce((sum, day) => sum + (day.partial ?? 0), 0);
      });
      expect(partial).toBe(1);
      expect((await storedTimer(again)).nextBreakAt).toBeGreaterThan(Date.now() + 40 * MINUTE);
      await expect.poll(() => badgeText(again)).toMatch(/^(45|44)m$/);
      await again.close();
    } finally {
      await rm(quitProfile, { recursive: true, force: true }).catch(() => undefined);
    }
  });

  it('damaged stored state: the background repairs it, warns, and the popup still opens', async () => {
    const limber = await launchLimber();
    launched.push(limber);
    const page = await controlPage(limber);
    await sendMessage(page, 'timer/start');
    const before = Date.now();
    await page.evaluate(() =>
      chrome.storage.local.set({ timer: { phase: 'running', nextBreakAt: 'soon', nextPostureAt: { x: 1 }, snoozeCount: -3, held: 7, lastSeenAt: null } }),
    );
    await limber.stopServiceWorker();
    // The awake worker repairs the change at once; if it was stopped first, its start-up reconcile does.
    await sendMessage(page, 'app/ping');
    await expect.poll(async () => (await storedTimer(page)).nextBreakAt).toEqual(expect.any(Number));
    const repaired = await storedTimer(page);
    expect(repaired).toMatchObject({ phase: 'running', snoozeCount: 0 });
    expect(repaired.nextBreakAt! - before).toBeGreaterThanOrEqual(45 * MINUTE);
    expect(repaired.nextPostureAt! - before).toBeGreaterThanOrEqual(20 * MINUTE);
    // The alarms follow the stored state.
    await expect.poll(() => alarms(page)).toMatchObject({ 'limber-break': repaired.nextBreakAt, 'limber-posture': repaired.nextPostureAt });

    // The repair is logged as a warning (watched on the live worker this time).
    const worker = await limber.serviceWorker();
    const warnings: string[] = [];
    worker.on('console', (msg) => void (msg.type() === 'warning' && warnings.push(msg.text())));
    await page.evaluate(() => chrome.storage.local.set({ timer: 'garbage {[' }));
    const popup = await limber.openExtensionPage('popup.html');
    await expect.poll(() => popup.locator('h1').first().textContent()).toBe('Limber');
    expect((await sendMessage<{ ok: boolean; state: StoredTimer }>(popup, 'timer/start')).state.phase).toBe('running');
    await expect.poll(() => warnings.join('\n')).toMatch(/timer state was damaged and has been repaired \(timer state is not an object\)/);
    expect(limber.errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('damage written while the worker is awake is repaired at once, not at the next periodic tick', async () => {
    const limber = launched.at(-1)!;
    const page = await controlPage(limber);
    await sendMessage(page, 'timer/start');
    await limber.serviceWorker();
    const before = Date.now();
    await page.evaluate(() => chrome.storage.local.set({ timer: { phase: 'running', nextBreakAt: 'soon', nextPostureAt: null, lastSeenAt: null } }));
    await expect.poll(async () => (await storedTimer(page)).nextBreakAt).toEqual(expect.any(Number));
    expect((await storedTimer(page)).nextBreakAt! - before).toBeGreaterThanOrEqual(45 * MINUTE);
    await page.close();
  });

  it('reschedules when the options page changes an interval', async () => {
    const limber = launched.at(-1)!;
    const page = await controlPage(limber);
    await sendMessage(page, 'timer/reset');
    const before = Date.now();
    await page.evaluate(async () => {
      const { settings } = (await chrome.storage.local.get('settings')) as { settings?: Record<string, unknown> };
      await chrome.storage.local.set({ settings: { ...(settings ?? { version: 1 }), breakIntervalMin: 25, postureEnabled: false } });
    });
    await expect.poll(async () => (await storedTimer(page)).nextPostureAt).toBeNull();
    const state = await storedTimer(page);
    expect(state.nextBreakAt! - before).toBeGreaterThanOrEqual(25 * MINUTE);
    expect(state.nextBreakAt! - Date.now()).toBeLessThanOrEqual(25 * MINUTE);
    await expect.poll(() => alarms(page)).not.toHaveProperty('limber-posture');
    expect((await alarms(page))['limber-break']).toBe(state.nextBreakAt);
    await expect.poll(() => badgeText(page)).toBe('25m');
    await page.evaluate(async () => {
      const { settings } = (await chrome.storage.local.get('settings')) as { settings: Record<string, unknown> };
      await chrome.storage.local.set({ settings: { ...settings, badgeEnabled: false } });
    });
    await expect.poll(() => badgeText(page)).toBe('');
    await page.close();
  });
});
