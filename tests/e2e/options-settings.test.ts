/**
 * The options page in real Chromium: saving as you go (and the background
 * rescheduling), validation beside the field with storage keeping the last
 * valid value, the site list, corrupt stored settings, reset, the history chart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchLimber, type Limber } from './fixtures';
import { alarms, sendMessage, storedTimer } from './timer-helpers';

const MINUTE = 60_000;

async function settings(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(async () => ((await chrome.storage.local.get('settings'))['settings'] ?? {}) as Record<string, unknown>);
}

describe('options page', () => {
  let limber: Limber;
  let options: Page;

  /**
   * Stores `value` as the settings with no options page open (an open one
   * repairs damage at once), then opens the page onto it; it becomes `options`.
   */
  async function openOnto(value: unknown): Promise<Page> {
    await options.close();
    const control = await limber.openExtensionPage('popup.html');
    await control.evaluate((v) => chrome.storage.local.set({ settings: v }), value);
    await control.close();
    options = await limber.openExtensionPage('options.html');
    return options;
  }
  beforeAll(async () => {
    limber = await launchLimber();
    options = await limber.openExtensionPage('options.html');
    await options.getByRole('heading', { level: 1 }).waitFor();
  });
  afterAll(async () => {
    await limber?.close();
  });

  it('shows every group of settings', async () => {
    const headings = await options.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings).toEqual([
      'Reminders',
      'Schedule',
      'Away from the computer',
      'Back-pain terms on web pages',
      'Toolbar badge',
      'Your last 30 days',
      'Export and import',
      'Reset',
    ]);
    expect(await options.getByLabel('Stretch break every').inputValue()).toBe('45');
  });

  it('saves a new interval as you go, says "Saved", and the background reschedules the alarm', async () => {
    await sendMessage(options, 'timer/start');
    await expect.poll(async () => (await alarms(options))['limber-break']).toBeGreaterThan(Date.now() + 40 * MINUTE);
    const field = options.getByLabel('Stretch break every');
    await field.fill('30');
    await field.press('Tab');
    await expect.poll(async () => (await settings(options))['breakIntervalMin']).toBe(30);
    await expect.poll(() => options.getByRole('status').first().textContent()).toBe('Saved');
    await expect.poll(async () => (await alarms(options))['limber-break']).toBeLessThanOrEqual(Date.now() + 30 * MINUTE);
    const due = (await alarms(options))['limber-break'] ?? 0;
    expect(due).toBeGreaterThan(Date.now() + 29 * MINUTE);
    expect((await storedTimer(options)).nextBreakAt).toBe(due);
    // "Saved" is quiet: it goes away by itself.
    await expect.poll(() => options.getByRole('status').first().textContent(), { timeout: 5000 }).toBe('');
  });

  it('refuses an invalid interval: message beside the field, storage keeps the last valid value', async () => {
    const field = options.getByLabel('Stretch break every');
    const before = (await alarms(options))['limber-break'];
    await field.fill('2');
    await field.press('Enter');
    const error = options.locator('#breakIntervalMin-error');
    await expect.poll(() => error.textContent()).toBe('Enter a whole number from 5 to 240.');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect((await field.getAttribute('aria-describedby'))?.split(' ')).toContain('breakIntervalMin-error');
    await options.waitForTimeout(300);
    expect((await settings(options))['breakIntervalMin']).toBe(30);
    expect((await alarms(options))['limber-break']).toBe(before);
    // Too large, and not a whole number, are refused the same way.
    await field.fill('241');
    await field.press('Tab');
    await expect.poll(() => error.textContent()).toBe('Enter a whole number from 5 to 240.');
    await field.fill('12.5');
    await field.press('Tab');
    expect((await settings(options))['breakIntervalMin']).toBe(30);
    // Fixing it clears the message and saves.
    await field.fill('40');
    await field.press('Tab');
    await expect.poll(async () => (await settings(options))['breakIntervalMin']).toBe(40);
    expect(await error.textContent()).toBe('');
    expect(await field.getAttribute('aria-invalid')).toBe('false');
  });

  it('saves switches, choices and work hours', async () => {
    await options.getByLabel('Toolbar badge').getByLabel('Show minutes to the next stretch break on the toolbar button').uncheck();
    await options.getByLabel('A new tab').check();
    await options.getByLabel('Soft background').check();
    await options.getByLabel('Only the first of each term').check();
    await options.getByLabel('Medicines').uncheck();
    await options.getByLabel('Only remind me during work hours').check();
    await options.getByLabel('Saturday').check();
    await options.getByLabel('Start', { exact: true }).fill('08:15');
    await options.getByLabel('Not before').selectOption('6');
    await expect
      .poll(async () => {
        const s = await settings(options);
        return [s['badgeEnabled'], s['breakOpenMode'], s['highlightStyle'], s['highlightAll'], s['workHoursEnabled'], s['workStartMin'], s['morningHour']];
      })
      .toEqual([false, 'tab', 'background', false, true, 8 * 60 + 15, 6]);
    const s = await settings(options);
    expect(s['workDays']).toEqual([1, 2, 3, 4, 5, 6]);
    expect(s['highlightCategories']).not.toContain('medication');
    expect(s['breakIntervalMin']).toBe(40);
  });

  it('adds sites by name or pasted address, refuses non-sites beside the field, removes them', async () => {
    const entry = options.getByLabel('Site to add');
    await entry.fill('https://News.Example.com/some/article?id=3');
    await options.getByRole('button', { name: 'Add site' }).click();
    await expect.poll(async () => (await settings(options))['disabledSites']).toEqual(['news.example.com']);
    expect(await entry.inputValue()).toBe('');
    await entry.fill('not a site');
    await entry.press('Enter');
    await expect
      .poll(() => options.locator('#site-entry-error').textContent())
      .toBe('“not a site” is not a site name. Type one like example.com, or paste the page\'s address.');
    expect(await entry.getAttribute('aria-invalid')).toBe('true');
    await entry.fill('news.example.com');
    await entry.press('Enter');
    await expect.poll(() => options.locator('#site-entry-error').textContent()).toBe('news.example.com is already in the list.');
    expect((await settings(options))['disabledSites']).toEqual(['news.example.com']);
    // A browser's own pages are not sites, whatever their address looks like.
    for (const address of ['chrome://extensions', 'chrome://settings/privacy', 'edge://newtab', 'about:addons']) {
      await entry.fill(address);
      await entry.press('Enter');
      await expect
        .poll(() => options.locator('#site-entry-error').textContent())
        .toBe(`“${address}” is not a site name. Type one like example.com, or paste the page's address.`);
    }
    expect((await settings(options))['disabledSites']).toEqual(['news.example.com']);
    await options.getByRole('button', { name: 'Remove news.example.com' }).click();
    await expect.poll(async () => (await settings(options))['disabledSites']).toEqual([]);
  });

  it('shows an international site as it is written, storing its ASCII form', async () => {
    const entry = options.getByLabel('Site to add');
    await entry.fill('bücher.de');
    await entry.press('Enter');
    await expect.poll(async () => (await settings(options))['disabledSites']).toEqual(['xn--bcher-kva.de']);
    await expect.poll(() => options.locator('.sites .site-name').allTextContents()).toEqual(['bücher.de']);
    await entry.fill('https://bücher.de/angebote');
    await entry.press('Enter');
    await expect.poll(() => options.locator('#site-entry-error').textContent()).toBe('bücher.de is already in the list.');
    await options.getByRole('button', { name: 'Remove bücher.de' }).click();
    await expect.poll(async () => (await settings(options))['disabledSites']).toEqual([]);
  });

  it('keeps keyboard focus in the site list as sites are removed', async () => {
    const entry = options.getByLabel('Site to add');
    for (const site of ['one.com', 'two.com', 'three.com']) {
      await entry.fill(site);
      await entry.press('Enter');
    }
    await expect.poll(async () => (await settings(options))['disabledSites']).toEqual(['one.com', 'two.com', 'three.com']);
    const focused = () => options.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id ?? document.activeElement?.tagName);
    // The middle one: focus moves to the next site's button; the last: to the one before; the only one: to the entry.
    await options.getByRole('button', { name: 'Remove two.com' }).focus();
    await options.keyboard.press('Enter');
    await expect.poll(focused).toBe('Remove three.com');
    await options.keyboard.press('Enter');
    await expect.poll(focused).toBe('Remove one.com');
    await options.keyboard.press('Enter');
    await expect.poll(focused).toBe('site-entry');
    await expect.poll(async () => (await settings(options))['disabledSites']).toEqual([]);
  });

  it('explains equal work start and end times as all day, and an end before the start as past midnight', async () => {
    const hint = options.locator('section[aria-labelledby="schedule-title"] > .field-hint');
    const end = options.getByLabel('End', { exact: true });
    await end.fill('08:15');
    await end.press('Tab');
    await expect.poll(() => hint.allTextContents()).toEqual(['Start and end are the same: reminders run all day on work days.']);
    await end.fill('07:00');
    await end.press('Tab');
    await expect.poll(() => hint.allTextContents()).toEqual(['The end is before the start, so your hours run past midnight.']);
    await end.fill('17:30');
    await end.press('Tab');
    await expect.poll(() => hint.allTextContents()).toEqual([]);
    expect((await settings(options))['workEndMin']).toBe(17 * 60 + 30);
  });

  it('keeps every step of fast keyboard changes to a number', async () => {
    const field = options.getByLabel('Daily goal');
    const start = Number(await field.inputValue());
    await field.focus();
    // At machine speed: a person holding the key down comes close.
    for (let i = 0; i < 10; i++) await options.keyboard.press('ArrowUp', { delay: 0 });
    await expect.poll(async () => (await settings(options))['dailyGoal']).toBe(start + 10);
    expect(await field.inputValue()).toBe(String(start + 10));
    for (let i = 0; i < 10; i++) await options.keyboard.press('ArrowDown', { delay: 0 });
    await expect.poll(async () => (await settings(options))['dailyGoal']).toBe(start);
  });

  it('follows changes made elsewhere (the popup) without reload', async () => {
    await options.evaluate(async () => {
      const { settings: s } = (await chrome.storage.local.get('settings')) as { settings: Record<string, unknown> };
      await chrome.storage.local.set({ settings: { ...s, snoozeMin: 15, highlightEnabled: false } });
    });
    await expect.poll(() => options.getByLabel('Snooze for').inputValue()).toBe('15');
    expect(await options.getByLabel('Highlight back-pain terms').isChecked()).toBe(false);
  });

  it('resets to defaults only after confirming, keeping keyboard focus sensible', async () => {
    await options.getByRole('button', { name: 'Reset to defaults…' }).click();
    await expect.poll(() => options.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await options.keyboard.press('Enter');
    expect((await settings(options))['snoozeMin']).toBe(15);
    await expect.poll(() => options.evaluate(() => document.activeElement?.textContent)).toBe('Reset to defaults…');
    await options.getByRole('button', { name: 'Reset to defaults…' }).click();
    await options.getByRole('button', { name: 'Reset settings' }).click();
    await expect.poll(async () => (await settings(options))['snoozeMin']).toBe(10);
    const s = await settings(options);
    expect([s['breakIntervalMin'], s['highlightEnabled'], s['workHoursEnabled'], s['badgeEnabled']]).toEqual([45, true, false, true]);
    expect(await options.getByText('All settings are back to their defaults.').isVisible()).toBe(true);
    await expect.poll(() => options.getByLabel('Stretch break every').inputValue()).toBe('45');
  });

  it('clears an invalid entry on screen when a reset brings back the value it replaced, and Escape cancels the question', async () => {
    const field = options.getByLabel('Stretch break every');
    await field.fill('2');
    await field.press('Tab');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    expect((await settings(options))['breakIntervalMin']).toBe(45);
    await options.getByRole('button', { name: 'Reset to defaults…' }).click();
    await expect.poll(() => options.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await options.keyboard.press('Escape');
    await expect.poll(() => options.evaluate(() => document.activeElement?.textContent)).toBe('Reset to defaults…');
    expect(await options.getByRole('button', { name: 'Reset settings' }).count()).toBe(0);
    await options.getByRole('button', { name: 'Reset to defaults…' }).click();
    await options.getByRole('button', { name: 'Reset settings' }).click();
    await expect.poll(() => options.getByLabel('Stretch break every').inputValue()).toBe('45');
    expect(await options.getByLabel('Stretch break every').getAttribute('aria-invalid')).not.toBe('true');
  });

  it('tells once when stored settings were damaged, keeping the valid fields', async () => {
    const page = await openOnto({ version: 1, breakIntervalMin: 'lots', snoozeMin: 5, workDays: 'weekdays' });
    const notice = page.getByRole('alert');
    await expect.poll(() => notice.textContent()).toContain('could not be read');
    expect(await notice.getByRole('listitem').allTextContents()).toEqual(['Stretch break every', 'Work days']);
    expect(await page.getByLabel('Snooze for').inputValue()).toBe('5');
    expect(await page.getByLabel('Stretch break every').inputValue()).toBe('45');
    // The repaired settings are stored, so the next visit has nothing to report.
    await expect.poll(async () => (await settings(page))['breakIntervalMin']).toBe(45);
    expect((await settings(page))['snoozeMin']).toBe(5);
    await page.reload();
    await expect.poll(() => page.getByLabel('Snooze for').inputValue()).toBe('5');
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('keeps the valid entries of a stored list with one damaged entry, saying what it left out', async () => {
    const page = await openOnto({
      version: 1,
      disabledSites: ['127.0.0.1', 'news.example', 'forum.example', 42],
      highlightCategories: ['exercise', 'medication', 'not-a-category'],
    });
    const notice = page.getByRole('alert');
    await expect.poll(() => notice.getByRole('listitem').allTextContents()).toEqual([
      'Kinds of terms: left out “not-a-category”; the rest of the list is kept',
      'Sites where highlighting is off: left out “42”; the rest of the list is kept',
    ]);
    expect(await page.locator('.sites .site-name').allTextContents()).toEqual(['127.0.0.1', 'news.example', 'forum.example']);
    await expect.poll(async () => (await settings(page))['disabledSites']).toEqual(['127.0.0.1', 'news.example', 'forum.example']);
    expect((await settings(page))['highlightCategories']).toEqual(['medication', 'exercise']);
    expect(await page.getByLabel('Exercises', { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Parts of the back', { exact: true }).isChecked()).toBe(false);
    await page.evaluate(() => chrome.storage.local.remove('settings'));
  });

  it('tells at once when stored settings are damaged while it is open, and a reset clears the notice', async () => {
    await options.evaluate(async () => {
      const { settings: s } = (await chrome.storage.local.get('settings')) as { settings: Record<string, unknown> };
      await chrome.storage.local.set({ settings: { ...s, snoozeMin: 22, headsUp: true } });
    });
    await expect.poll(() => options.getByLabel('Snooze for').inputValue()).toBe('22');
    await options.evaluate(async () => {
      const { settings: s } = (await chrome.storage.local.get('settings')) as { settings: Record<string, unknown> };
      await chrome.storage.local.set({ settings: { ...s, snoozeMin: 'lots' } });
    });
    const notice = options.getByRole('alert');
    await expect.poll(() => notice.getByRole('listitem').allTextContents()).toEqual(['Snooze for']);
    // The valid values stay, and the repaired settings are stored.
    expect(await options.getByLabel('Snooze for').inputValue()).toBe('10');
    await expect.poll(async () => (await settings(options))['snoozeMin']).toBe(10);
    expect((await settings(options))['headsUp']).toBe(true);
    // Not a settings object at all: said too.
    await options.evaluate(() => chrome.storage.local.set({ settings: 'garbage' }));
    await expect.poll(() => notice.getByRole('listitem').allTextContents()).toEqual(['All settings (the stored data was damaged)']);
    await options.getByRole('button', { name: 'Reset to defaults…' }).click();
    await options.getByRole('button', { name: 'Reset settings' }).click();
    await expect.poll(() => options.getByRole('alert').count()).toBe(0);
  });

  it('repairs a damaged version number once, saying only that, and keeps every value', async () => {
    const page = await openOnto({ version: 'x', breakIntervalMin: 30, snoozeMin: 5 });
    const notice = page.getByRole('alert');
    await expect.poll(() => notice.textContent()).toContain('could not be read');
    expect(await notice.getByRole('listitem').allTextContents()).toEqual(["The settings' version number (repaired; your values are kept)"]);
    expect(await page.getByLabel('Stretch break every').inputValue()).toBe('30');
    await expect.poll(async () => (await settings(page))['version']).toBe(1);
    await page.reload();
    await expect.poll(() => page.getByLabel('Stretch break every').inputValue()).toBe('30');
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('reads settings from a newer Limber without calling them damaged, and leaves them stored as they are', async () => {
    const page = await openOnto({ version: 9, breakIntervalMin: 40, futureSetting: true });
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'newer version of Limber' }).count()).toBe(1);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.getByLabel('Stretch break every').inputValue()).toBe('40');
    expect((await settings(page))['futureSetting']).toBe(true);
    // Once this version has written them (any change), they are its own: the notice goes.
    await page.getByLabel('Daily goal').fill('6');
    await page.getByLabel('Daily goal').press('Enter');
    await expect.poll(async () => (await settings(page))['dailyGoal']).toBe(6);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'newer version of Limber' }).count()).toBe(0);
    expect((await settings(page))['version']).toBe(1);
    expect(await page.getByLabel('Stretch break every').inputValue()).toBe('40');
    await options.evaluate(() => chrome.storage.local.remove('settings'));
  });

  it('draws the last 30 days with the goal line and a text alternative', async () => {
    await options.evaluate(() => {
      const now = new Date();
      const key = (offset: number): string => {
        const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset, 12);
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      };
      const day = (completed: number) => ({ completed, partial: 0, skipped: 0, snoozed: 0, postureShown: 2, minutesStretched: completed * 2 });
      // Today 5 (goal met), yesterday 2, 40 days ago 9 (outside the window).
      return chrome.storage.local.set({ stats: { version: 1, days: { [key(0)]: day(5), [key(-1)]: day(2), [key(-40)]: day(9) } } });
    });
    const chart = options.getByRole('img', { name: /Stretch breaks completed per day, last 30 days/ });
    await expect.poll(() => options.locator('.history-chart .bar--met').count()).toBe(1);
    expect(await options.locator('.history-chart rect').count()).toBe(30);
    expect(await options.locator('.history-chart .goal-line').count()).toBe(1);
    const summary = '7 breaks completed; goal of 4 met on 1 of 30 days; best day 5 breaks; 14 minutes stretched.';
    expect(await chart.getAttribute('aria-labelledby')).toBe('history-chart-title history-chart-desc');
    expect(await options.locator('#history-chart-desc').textContent()).toBe(summary);
    expect(await options.locator('.history figcaption').textContent()).toBe(summary);
    await options.getByText('Show the numbers as a table').click();
    const rows = options.locator('.history-table tbody tr');
    expect(await rows.count()).toBe(30);
    expect(await rows.first().locator('td').allTextContents()).toEqual(['5 (goal met)', '10']);
  });

  it('says "1 break" and "1 minute", not "1 breaks"', async () => {
    await options.evaluate(() => {
      const d = new Date();
      const key = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      return chrome.storage.local.set({ stats: { version: 1, days: { [key]: { completed: 1, partial: 0, skipped: 0, snoozed: 0, postureShown: 0, minutesStretched: 1 } } } });
    });
    await expect
      .poll(() => options.locator('#history-chart-desc').textContent())
      .toBe('1 break completed; goal of 4 met on 0 of 30 days; best day 1 break; 1 minute stretched.');
  });

  it('logged no errors in any extension context', () => {
    expect(limber.errors).toEqual([]);
  });
});
