/**
 * The popup's timer card in real Chromium: it starts the reminders, counts
 * down live from the stored times, pauses with a choice and resumes, and
 * renders the stored state in its first frame. Also: it fits 360 × 600.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchLimber, type Limber } from './fixtures';

const MINUTE = 60_000;

async function stored<T>(page: Page, key: string): Promise<T> {
  return page.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key) as Promise<T>;
}

/** "44:59" → seconds. */
function seconds(text: string | null): number {
  const parts = (text ?? '').trim().split(':').map(Number);
  return parts.reduce((total, n) => total * 60 + n, 0);
}

describe('popup timer card', () => {
  let limber: Limber;
  let popup: Page;
  beforeAll(async () => {
    limber = await launchLimber();
    popup = await limber.context.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.goto(limber.url('popup.html'));
  });
  afterAll(async () => {
    await limber?.close();
  });

  it('shows the stopped state with Start, and no countdown', async () => {
    await expect.poll(() => popup.getByTestId('timer-status').textContent()).toBe('Reminders are off.');
    expect(await popup.getByRole('button', { name: 'Start' }).isVisible()).toBe(true);
    expect(await popup.getByTestId('break-countdown').count()).toBe(0);
  });

  it('starts the timer and the countdown moves every second', async () => {
    await popup.getByRole('button', { name: 'Start' }).click();
    const countdown = popup.getByTestId('break-countdown');
    await expect.poll(() => countdown.textContent()).toMatch(/^4[45]:\d\d$/);
    const first = seconds(await countdown.textContent());
    const firstAt = Date.now();
    await popup.waitForTimeout(2200);
    const later = seconds(await countdown.textContent());
    const elapsed = (Date.now() - firstAt) / 1000;
    expect(first - later).toBeGreaterThanOrEqual(2);
    // In step with the clock (the machine may be slow to read it back, hence the slack).
    expect(Math.abs(first - later - elapsed)).toBeLessThanOrEqual(1.5);
    expect(seconds(await popup.getByTestId('posture-countdown').textContent())).toBeGreaterThan(19 * 60);
    expect(await popup.getByTestId('timer-status').textContent()).toMatch(/^Running · break at /);
    // The countdown is the stored absolute time minus now, not a counter of its own.
    const timer = await stored<{ phase: string; nextBreakAt: number }>(popup, 'timer');
    expect(timer.phase).toBe('running');
    const shown = seconds(await countdown.textContent());
    expect(Math.abs(shown - Math.ceil((timer.nextBreakAt - Date.now()) / 1000))).toBeLessThanOrEqual(2);
    // Keyboard focus stayed in the card after the buttons changed.
    expect(await popup.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(/^Pause/);
  });

  it('pauses for 30 minutes from the keyboard and says until when, then resumes', async () => {
    const pause = popup.getByRole('button', { name: 'Pause' });
    await pause.focus();
    await popup.keyboard.press('Enter');
    expect(await pause.getAttribute('aria-expanded')).toBe('true');
    // Focus moved to the first choice; Escape closes and returns to Pause.
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe('30 minutes');
    await popup.keyboard.press('Escape');
    expect(await popup.getByRole('button', { name: '30 minutes' }).count()).toBe(0);
    await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('false');
    // Escape also closes it with focus back on the toggle.
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe('30 minutes');
    await pause.focus();
    await popup.keyboard.press('Escape');
    await expect.poll(() => pause.getAttribute('aria-expanded')).toBe('false');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe('30 minutes');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByTestId('timer-status').textContent()).toMatch(/^Paused until /);
    // The menu and its choice are gone: focus is on the card's first button, not dropped to the page.
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Resume');
    const timer = await stored<{ phase: string; pausedUntil: number }>(popup, 'timer');
    expect(timer.phase).toBe('paused');
    expect(Math.abs(timer.pausedUntil - (Date.now() + 30 * MINUTE))).toBeLessThan(10_000);
    // A clock time, and the day too when the pause ends tomorrow (after 23:30: "Paused until Sun 12:25 AM.").
    const endsTomorrow = new Date(timer.pausedUntil).toDateString() !== new Date().toDateString();
    expect(await popup.getByTestId('timer-status').textContent()).toMatch(endsTomorrow ? /^Paused until [A-Za-z]+ \d{1,2}:\d\d/ : /^Paused until \d{1,2}:\d\d/);
    await popup.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(() => popup.getByTestId('timer-status').textContent()).toMatch(/^Running/);
  });

  it('pauses until resumed and says so', async () => {
    await popup.getByRole('button', { name: 'Pause' }).click();
    await popup.getByRole('button', { name: 'Until I resume' }).click();
    await expect.poll(() => popup.getByTestId('timer-status').textContent()).toBe('Paused until you resume.');
    await popup.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(() => popup.getByTestId('timer-status').textContent()).toMatch(/^Running/);
  });

  it('offers Snooze and Skip only while a break alert is waiting, and snoozing moves the break', async () => {
    expect(await popup.getByRole('button', { name: /^Snooze/ }).count()).toBe(0);
    const worker = await limber.serviceWorker();
    await worker.evaluate(async () => {
      const { timer } = (await chrome.storage.local.get('timer')) as { timer: Record<string, unknown> };
      await chrome.storage.local.set({ timer: { ...timer, alertPendingSince: Date.now() } });
    });
    await expect.poll(() => popup.getByTestId('timer-status').textContent()).toBe('Time for a stretch break!');
    await popup.getByRole('button', { name: 'Snooze 10 min' }).focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByRole('button', { name: /^Snooze/ }).count()).toBe(0);
    // The pressed button is gone; keyboard focus stays in the card.
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(/^Pause/);
    const timer = await stored<{ nextBreakAt: number; snoozeCount: number }>(popup, 'timer');
    expect(timer.snoozeCount).toBe(1);
    expect(Math.abs(timer.nextBreakAt - (Date.now() + 10 * MINUTE))).toBeLessThan(10_000);
    await expect.poll(async () => seconds(await popup.getByTestId('break-countdown').textContent())).toBeLessThanOrEqual(600);
  });

  it('renders the stored state in its first frame (no empty shell)', async () => {
    const page = await limber.context.newPage();
    // Record what the first painted frame holds.
    await page.addInitScript(() => {
      const w = window as unknown as { firstFrame?: string };
      const look = (): void => {
        const root = document.getElementById('root');
        if (root && root.childElementCount > 0) w.firstFrame = root.textContent ?? '';
        else requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.goto(limber.url('popup.html'));
    await expect.poll(() => page.evaluate(() => (window as unknown as { firstFrame?: string }).firstFrame)).toMatch(/Running/);
    const first = await page.evaluate(() => (window as unknown as { firstFrame?: string }).firstFrame ?? '');
    expect(first).toMatch(/Stretch break in\s*\d+:\d\d/);
    expect(first).not.toMatch(/Reminders are off/);
    await page.close();
  });

  it('fits 360 × 600 without scrolling, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      await popup.reload();
      await expect.poll(() => popup.getByTestId('timer-status').textContent()).toMatch(/Running/);
      const size = await popup.evaluate(() => ({ w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight }));
      expect(size.w).toBeLessThanOrEqual(360);
      expect(size.h).toBeLessThanOrEqual(600);
    }
  });

  it('keeps the Today figures inside the popup when they grow (10 of 10 breaks, a 30-day streak)', async () => {
    await popup.evaluate(async () => {
      const key = (offset: number): string => {
        const d = new Date();
        d.setDate(d.getDate() - offset);
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      };
      const days: Record<string, unknown> = {};
      for (let i = 0; i < 30; i++) days[key(i)] = { completed: 10, partial: 0, skipped: 0, snoozed: 0, postureShown: 0, minutesStretched: 50 };
      const { settings } = (await chrome.storage.local.get('settings')) as { settings?: Record<string, unknown> };
      await chrome.storage.local.set({ stats: { version: 1, days }, settings: { version: 1, ...settings, dailyGoal: 10 } });
    });
    await popup.reload();
    await expect.poll(() => popup.getByTestId('today-breaks').textContent()).toMatch(/^10\/10/);
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const overflowing = await popup.evaluate(() => {
      const card = document.querySelector('.today')?.getBoundingClientRect();
      return [...document.querySelectorAll('.today-stats li')].filter((li) => card && li.getBoundingClientRect().right > card.right + 0.5).length;
    });
    expect(overflowing).toBe(0);
  });

  it('never shows more than the interval right after Start (the countdown reads the clock when it is drawn)', async () => {
    await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'timer/stop', payload: {} }));
    await expect.poll(() => popup.getByRole('button', { name: 'Start' }).count()).toBe(1);
    const first = await popup.evaluate(async () => {
      // Start late in a second: the last whole-second refresh of the clock is then over half a second old.
      while (Date.now() % 1000 < 500 || Date.now() % 1000 > 700) await new Promise((r) => setTimeout(r, 5));
      [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Start')?.click();
      for (;;) {
        const text = document.querySelector('[data-testid=break-countdown]')?.textContent;
        if (text) return text;
        await new Promise((r) => requestAnimationFrame(r));
      }
    });
    expect(seconds(first)).toBeLessThanOrEqual(45 * 60);
    expect(seconds(first)).toBeGreaterThanOrEqual(45 * 60 - 2);
  });

  it('Restart starts the intervals again from now (the alert-free running state offers it)', async () => {
    const before = await stored<{ phase: string; nextBreakAt: number }>(popup, 'timer');
    expect(before.phase).toBe('running');
    await popup.waitForTimeout(1100);
    const pressedAt = Date.now();
    await popup.getByRole('button', { name: 'Restart' }).click();
    await expect.poll(async () => (await stored<{ nextBreakAt: number }>(popup, 'timer')).nextBreakAt).toBeGreaterThan(before.nextBreakAt);
    const after = await stored<{ nextBreakAt: number }>(popup, 'timer');
    expect(after.nextBreakAt).toBeGreaterThanOrEqual(pressedAt + 45 * MINUTE);
    await expect.poll(() => popup.getByTestId('break-countdown').textContent()).toMatch(/^4[45]:\d\d$/);
  });

  it('logged no errors in any extension context', () => {
    expect(limber.errors).toEqual([]);
  });
});
