/**
 * A break and the pages around it, in real Chromium, in the situations a QA
 * pass found mishandled: a stretch tried by hand during a break, "Stretch now"
 * or the pause shortcut pressed during one, a reloaded break page, "Back to
 * the break" just after closing the page, the morning routine with an old
 * break tab still open, and a break whose page went while the background
 * was starting. Each real break is logged exactly once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Limber } from './fixtures';
import {
  breakPageOpenedBy,
  dayStats,
  dispatchInWorker,
  firePeriodicTick,
  firstStretchOf as firstOf,
  launchWithBreakTabs,
  sendMessage,
  silenceBreakPage,
  storedTimer,
} from './timer-helpers';
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Presses Next until Done shows, then Done, and waits for the finished screen. */
async function finish(page: Page): Promise<void> {
  for (let i = 0; i < 12 && (await page.getByRole('button', { name: 'Done' }).count()) === 0; i++) {
    const before = await heading(page).textContent();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => heading(page).textContent()).not.toBe(before);
  }
  await page.getByRole('button', { name: 'Done' }).click();
  await expect.poll(() => heading(page).textContent()).toBe('Well done');
}

describe('a break and the pages around it', () => {
  let limber: Limber;
  let control: Page;
  const breakPages = (): Page[] => limber.context.pages().filter((p) => p.url().startsWith(limber.url('break.html')));
  const phase = async (): Promise<string> => (await storedTimer(control)).phase;
  const counted = async (): Promise<{ completed: number; partial: number }> => {
    const day = await dayStats(control);
    return { completed: day['completed'] ?? 0, partial: day['partial'] ?? 0 };
  };

  beforeAll(async () => {
    ({ limber, control } = await launchWithBreakTabs());
  });
  afterAll(async () => {
    await limber?.close();
  });

  it('a stretch tried by hand during a break is counted, and leaves the break on; the break then ends with its own page', async () => {
    const before = await counted();
    const breakPage = await breakPageOpenedBy(limber, () => sendMessage(control, 'timer/stretch-now'), firstOf('desk-2'));
    const tried = await breakPageOpenedBy(limber, () => sendMessage(control, 'page/open-break', { stretchId: 'cat-cow' }), 'Cat-cow stretch');
    await tried.waitForTimeout(1000);
    await tried.close();
    await expect.poll(counted).toEqual({ completed: before.completed, partial: before.partial + 1 });
    expect(await phase()).toBe('on-break');
    await finish(breakPage);
    await expect.poll(counted).toEqual({ completed: before.completed + 1, partial: before.partial + 1 });
    expect(await phase()).toBe('running');
    await breakPage.close();
  });

  it('"Stretch now" and the pause shortcut during a break bring its page back: one page, one break', async () => {
    const before = await counted();
    const breakPage = await breakPageOpenedBy(limber, () => sendMessage(control, 'timer/stretch-now'), firstOf('desk-2'));
    await control.bringToFront();
    await dispatchInWorker(limber, 'commands.onCommand', 'stretch-now');
    await dispatchInWorker(limber, 'commands.onCommand', 'toggle-timer');
    await control.waitForTimeout(1000);
    expect(breakPages()).toHaveLength(1);
    expect(await phase()).toBe('on-break');
    await breakPage.waitForTimeout(2000);
    await breakPage.close();
    await expect.poll(counted).toEqual({ completed: before.completed, partial: before.partial + 1 });
    expect(await phase()).toBe('running');
  });

  it('a break page reloaded mid-routine: the break is logged as left, and the routine finished after counts too', async () => {
    const before = await counted();
    const breakPage = await breakPageOpenedBy(limber, () => sendMessage(control, 'timer/stretch-now'), firstOf('desk-2'));
    await breakPage.reload();
    await expect.poll(counted).toEqual({ completed: before.completed, partial: before.partial + 1 });
    await expect.poll(() => heading(breakPage).textContent()).toBe(firstOf('desk-2'));
    await finish(breakPage);
    await expect.poll(counted).toEqual({ completed: before.completed + 1, partial: before.partial + 1 });
    await breakPage.close();
    await control.waitForTimeout(2000);
    expect(await counted()).toEqual({ completed: before.completed + 1, partial: before.partial + 1 });
  });

  it('"Back to the break" just after closing its page: the break goes on with the page opened again', async () => {
    await expect.poll(phase).toBe('running');
    const before = await counted();
    const first = await breakPageOpenedBy(limber, () => sendMessage(control, 'timer/stretch-now'), firstOf('desk-2'));
    // Its own report is lost; the background waits a moment for it before ending the break.
    await silenceBreakPage(first);
    await first.close();
    const again = await breakPageOpenedBy(limber, () => sendMessage(control, 'page/open-break', { routineId: 'desk-2' }), firstOf('desk-2'));
    await again.waitForTimeout(3000); // past that wait
    expect(await phase()).toBe('on-break');
    await finish(again);
    await expect.poll(counted).toEqual({ completed: before.completed + 1, partial: before.partial });
    expect(await phase()).toBe('running');
    await again.close();
  });

  it('the morning routine opens even with an earlier break page still open', async () => {
    const old = await breakPageOpenedBy(limber, () => sendMessage(control, 'timer/stretch-now'), firstOf('desk-2'));
    await finish(old);
    await expect.poll(phase).toBe('running');
    const morning = await breakPageOpenedBy(limber, () => dispatchInWorker(limber, 'notifications.onClicked', 'limber-morning'), firstOf('morning-5'));
    expect(new URL(morning.url()).searchParams.get('routine')).toBe('morning-5');
    await morning.close();
    await old.close();
  });

  it('a break whose page went while the background was starting ends at its next tick, logged as left', async () => {
    await expect.poll(phase).toBe('running');
    await control.waitForTimeout(2000); // the previous pages' reports are in
    const before = await counted();
    const breakPage = await breakPageOpenedBy(limber, () => sendMessage(control, 'timer/stretch-now'), firstOf('desk-2'));
    // The page goes unheard (as when the browser quits), and a new background starts while the break is young.
    await silenceBreakPage(breakPage);
    await limber.stopServiceWorker();
    await control.evaluate(() => chrome.storage.local.set({ breakTab: null }));
    await breakPage.close();
    await sendMessage(control, 'app/ping');
    await control.waitForTimeout(3000);
    expect(await phase()).toBe('on-break');
    // Past the time a page may take to open, the periodic tick looks again.
    await control.waitForTimeout(8000);
    await firePeriodicTick(limber);
    await expect.poll(phase, { timeout: 10_000 }).toBe('running');
    expect(await counted()).toEqual({ completed: before.completed, partial: before.partial + 1 });
  });

  it('the clock set back during a break: the break goes on with its page, and finishing it logs one break', async () => {
    await expect.poll(phase).toBe('running');
    await control.waitForTimeout(2000); // the previous pages' reports are in
    const before = await counted();
    const startedAt = Date.now();
    const first = await breakPageOpenedBy(limber, () => sendMessage(control, 'timer/stretch-now'), firstOf('desk-2'));
    // As if the break had begun on a clock an hour ahead, since set back: its stored times and
    // its page's address (the break's id) are an hour ahead of Date.now(). Its page is that one.
    const HOUR = 60 * 60_000;
    await control.evaluate(async (ahead) => {
      const { timer } = (await chrome.storage.local.get('timer')) as { timer: Record<string, number> };
      const moved = (key: string): number => (timer[key] ?? 0) + ahead;
      await chrome.storage.local.set({
        timer: { ...timer, breakId: moved('breakId'), breakStartedAt: moved('breakStartedAt'), breakEndsAt: moved('breakEndsAt'), lastSeenAt: Date.now() + ahead },
      });
    }, HOUR);
    const breakId = (await storedTimer(control)).breakId!;
    const page = await limber.openExtensionPage(`break.html?routine=desk-2&break=${String(breakId)}`);
    await silenceBreakPage(first);
    await first.close();
    // The first tick sees the clock gone back; ticks from the moment a page may no longer be opening look for its page.
    await firePeriodicTick(limber);
    await control.waitForTimeout(Math.max(0, startedAt + 11_000 - Date.now()));
    await firePeriodicTick(limber);
    await control.waitForTimeout(2500); // past the grace for a page's own report
    expect(await storedTimer(control)).toMatchObject({ phase: 'on-break', breakId });
    expect(await counted()).toEqual(before);
    await finish(page);
    await expect.poll(counted).toEqual({ completed: before.completed + 1, partial: before.partial });
    expect(await phase()).toBe('running');
    await firePeriodicTick(limber);
    await page.close();
    await control.waitForTimeout(2500);
    expect(await counted()).toEqual({ completed: before.completed + 1, partial: before.partial });
  });

  it('logged no errors in any extension context', () => {
    expect(limber.errors).toEqual([]);
  });
});
