/**
 * One break, one page, one entry in the stats, in real Chromium: "Back to the
 * break" brings the open break page back instead of opening a second one
 * (each page logs the break when it ends), and a break started just after
 * another's page was closed is not ended by that closed page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Limber } from './fixtures';
import { breakPageOpenedBy, dayStats, firePeriodicTick, firstStretchOf as firstOf, launchWithBreakTabs, sendMessage, silenceBreakPage, storedTimer } from './timer-helpers';

const breakPages = (limber: Limber): Page[] => limber.context.pages().filter((p) => p.url().startsWith(limber.url('break.html')));

describe('one break page per break', () => {
  let limber: Limber;
  let control: Page;
  beforeAll(async () => {
    ({ limber, control } = await launchWithBreakTabs());
  });
  afterAll(async () => {
    await limber?.close();
  });

  it('"Back to the break" shows the open break page instead of opening a second one, and the break is logged once', async () => {
    const before = await dayStats(control);
    const popup = await limber.openExtensionPage('popup.html');
    const breakPage = await breakPageOpenedBy(limber, () => popup.getByRole('button', { name: 'Stretch now' }).click(), firstOf('desk-2'));
    await popup.reload();
    await popup.getByRole('button', { name: 'Back to the break' }).click();
    await popup.waitForTimeout(1500);
    expect(breakPages(limber)).toHaveLength(1);
    // Done on the one page: one completed break, and closing it adds nothing.
    for (let i = 0; i < 10 && (await breakPage.getByRole('button', { name: 'Done' }).count()) === 0; i++) await breakPage.getByRole('button', { name: 'Next' }).click();
    await breakPage.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => dayStats(control)).toMatchObject({ completed: (before['completed'] ?? 0) + 1 });
    await breakPage.close();
    await popup.waitForTimeout(2500);
    expect(await dayStats(control)).toMatchObject({ completed: (before['completed'] ?? 0) + 1, partial: before['partial'] ?? 0 });
    await popup.close();
  });

  it('a break started just after another break page was closed stays on', async () => {
    const before = await dayStats(control);
    const first = await breakPageOpenedBy(limber, () => sendMessage(control, 'timer/stretch-now'), firstOf('desk-2'));
    await first.waitForTimeout(2000);
    await first.close();
    await expect.poll(async () => (await storedTimer(control)).phase, { timeout: 5000 }).toBe('running');
    // At once, within the background's grace for the closed page's own report.
    const second = await breakPageOpenedBy(limber, () => sendMessage(control, 'timer/stretch-now'), firstOf('desk-2'));
    await second.waitForTimeout(3000);
    expect((await storedTimer(control)).phase).toBe('on-break');
    expect((await dayStats(control))['partial']).toBe((before['partial'] ?? 0) + 1);
    await second.close();
  });

  it("a late report from an earlier break's page cannot end the break now on", async () => {
    await expect.poll(async () => (await storedTimer(control)).phase).toBe('running');
    const first = await breakPageOpenedBy(limber, () => sendMessage(control, 'timer/stretch-now'), firstOf('desk-2'));
    // The page's address names its break.
    const firstId = Number(new URL(first.url()).searchParams.get('break'));
    expect(firstId).toBe((await storedTimer(control)).breakId);
    // Its own report is held up (a busy machine); the tab's removal ends the break instead.
    await silenceBreakPage(first);
    await first.close();
    await expect.poll(async () => (await storedTimer(control)).phase, { timeout: 10_000 }).toBe('running');
    const second = await breakPageOpenedBy(limber, () => sendMessage(control, 'timer/stretch-now'), firstOf('desk-2'));
    const before = await dayStats(control);
    // Now the first page's report arrives, late: it must not end the second break, nor count again.
    await sendMessage(control, 'break/partial', { breakId: firstId, secondsStretched: 3 });
    expect((await storedTimer(control)).phase).toBe('on-break');
    expect(await dayStats(control)).toEqual(before);
    await second.close();
    await expect.poll(async () => (await storedTimer(control)).phase).toBe('running');
    await expect.poll(async () => (await dayStats(control))['partial']).toBe((before['partial'] ?? 0) + 1);
  });

  it('a break whose page is open survives the worker restarting; one whose page is gone ends as partial when the worker next starts', async () => {
    // The previous case's page, closed as it ended, is logged first.
    await expect.poll(async () => (await storedTimer(control)).phase, { timeout: 5000 }).toBe('running');
    await control.waitForTimeout(2000);
    const before = await dayStats(control);
    /** Stops the worker and wakes a new one, which starts by reconciling (lifecycle.ts). */
    const restartWorker = async (): Promise<void> => {
      await limber.stopServiceWorker();
      await sendMessage(control, 'app/ping');
    };
    const breakPage = await breakPageOpenedBy(limber, () => sendMessage(control, 'timer/stretch-now'), firstOf('desk-2'));
    await breakPage.waitForTimeout(10_500); // past the moment a page may still be opening
    await restartWorker();
    await control.waitForTimeout(2500); // past the grace for a page's own report
    expect((await storedTimer(control)).phase).toBe('on-break');
    // The page goes, with neither its report nor its tab's removal heard (as when the browser quits).
    await limber.stopServiceWorker();
    await control.evaluate(() => chrome.storage.local.set({ breakTab: null }));
    await silenceBreakPage(breakPage);
    await breakPage.close();
    await restartWorker();
    await expect.poll(async () => (await storedTimer(control)).phase, { timeout: 10_000 }).toBe('running');
    expect((await dayStats(control))['partial']).toBe((before['partial'] ?? 0) + 1);
  });

  it('"Stretch now" twice in quick succession (the shortcut pressed twice) opens one page for the break', async () => {
    await expect.poll(async () => (await storedTimer(control)).phase, { timeout: 10_000 }).toBe('running');
    const worker = await limber.serviceWorker();
    const opened = limber.context.waitForEvent('page', { predicate: (p) => p.url().startsWith(limber.url('break.html')) });
    await worker.evaluate(() => {
      const press = (): void => (chrome.commands.onCommand as unknown as { dispatch(name: string): void }).dispatch('stretch-now');
      // The second press arrives as the first break's tab is created, before its page has loaded.
      const again = (): void => {
        chrome.tabs.onCreated.removeListener(again);
        press();
      };
      chrome.tabs.onCreated.addListener(again);
      press();
    });
    const page = await opened;
    await page.waitForTimeout(3000);
    expect(breakPages(limber)).toHaveLength(1);
    expect(new URL(page.url()).searchParams.get('break')).toBe(String((await storedTimer(control)).breakId));
    await page.close();
    await expect.poll(async () => (await storedTimer(control)).phase, { timeout: 10_000 }).toBe('running');
  });

  it('a break page closed while the worker is asleep, its report lost, counts the minutes until it closed', async () => {
    await expect.poll(async () => (await storedTimer(control)).phase, { timeout: 10_000 }).toBe('running');
    await control.waitForTimeout(2000); // the previous pages' reports are in
    const before = await dayStats(control);
    const breakPage = await breakPageOpenedBy(limber, () => sendMessage(control, 'timer/stretch-now'), firstOf('desk-2'));
    const { breakStartedAt } = await storedTimer(control);
    // The background last looks at the clock early in the break (the periodic tick, due any moment, is held off).
    await firePeriodicTick(limber);
    await expect.poll(async () => (await storedTimer(control)).lastSeenAt).toBeGreaterThan(breakStartedAt!);
    await control.evaluate(() => chrome.alarms.clear('limber-tick'));
    await breakPage.waitForTimeout(Math.max(0, breakStartedAt! + 30_000 - Date.now()));
    await silenceBreakPage(breakPage);
    await limber.stopServiceWorker();
    await control.waitForTimeout(500);
    const closedAt = Date.now();
    // The tab's removal wakes the worker, whose start-up check finds the page gone too.
    await breakPage.close();
    await expect.poll(async () => (await storedTimer(control)).phase, { timeout: 10_000 }).toBe('running');
    const after = await dayStats(control);
    expect(after['partial']).toBe((before['partial'] ?? 0) + 1);
    const minutes = (after['minutesStretched'] ?? 0) - (before['minutesStretched'] ?? 0);
    expect(minutes).toBeGreaterThanOrEqual(Math.floor((closedAt - breakStartedAt!) / 6000) / 10 - 0.1);
  });

  it('logged no errors in any extension context', () => {
    expect(limber.errors).toEqual([]);
  });
});
