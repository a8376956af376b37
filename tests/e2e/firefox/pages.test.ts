/**
 * Limber's own pages in real Firefox: each renders its content, axe-core
 * finds no accessibility violation, the popup's links open the article and
 * the settings, the popup handles Firefox's opt-in page access (through
 * Firefox's own permission prompt), and no page logs an error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchLimberFirefox, type LimberFirefox } from './fixtures';
import { answerPermissionPrompt, axeViolations, closeTabs, highlighted, setColorScheme, setPrefs, sleep, tabUrls, type Api } from './helpers';

const ORIGINS = ['http://*/*', 'https://*/*'];

const PAGES = [
  { path: 'popup.html', heading: 'Limber', ready: 'main.popup' },
  { path: 'options.html', heading: 'Limber settings', ready: 'input, select' },
  { path: 'article.html', heading: undefined, ready: 'section#glossary' },
  { path: 'break.html?routine=desk-2', heading: undefined, ready: '.break__steps li' },
  { path: 'welcome.html', heading: undefined, ready: '.page-access' },
] as const;

async function heading(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('h1')?.textContent?.trim() ?? '');
}

describe("Limber's pages in Firefox", () => {
  let limber: LimberFirefox;
  /** An extension page kept open to ask the browser about tabs. */
  let probe: Page;
  beforeAll(async () => {
    limber = await launchLimberFirefox();
    probe = await limber.openExtensionPage('welcome.html');
  });
  afterAll(async () => {
    await limber?.close();
  });

  for (const { path, heading: expected, ready } of PAGES) {
    it(`${path} renders and passes axe, light and dark`, async () => {
      const page = await limber.openExtensionPage(path);
      await page.waitForSelector(ready, { timeout: 10_000 });
      const title = await heading(page);
      if (expected) expect(title).toBe(expected);
      else expect(title.length).toBeGreaterThan(0);
      for (const scheme of ['light', 'dark'] as const) {
        await setColorScheme(limber.browser, scheme);
        await expect.poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
        expect(await axeViolations(page), scheme).toEqual([]);
      }
      await setColorScheme(limber.browser, 'light');
      await page.close();
    });
  }

  it('the break page shows the first stretch of the routine with its steps and controls', async () => {
    const page = await limber.openExtensionPage('break.html?routine=desk-2');
    await page.waitForSelector('.break__steps li', { timeout: 10_000 });
    const view = await page.evaluate(() => ({
      progress: document.querySelector('.break__progress')?.textContent ?? '',
      steps: document.querySelectorAll('.break__steps li').length,
      controls: [...document.querySelectorAll('.break__controls button')].map((b) => b.textContent?.trim()),
    }));
    expect(view.progress).toMatch(/\b1\b\D+[2-9]/);
    expect(view.steps).toBeGreaterThan(0);
    expect(view.controls).toContain('Pause');
    await page.close();
  });

  it("the popup's links open the article and the settings", async () => {
    const popup = await limber.openExtensionPage('popup.html');
    const links = await popup.waitForSelector('nav .link-button', { timeout: 10_000 });
    expect(links).not.toBeNull();
    const buttons = await popup.$$('nav .link-button');
    for (const button of buttons) await button.click();
    await expect.poll(() => tabUrls(probe), { timeout: 10_000 }).toEqual(expect.arrayContaining([limber.url('article.html'), limber.url('options.html')]));
    await closeTabs(probe, limber.url('article.html'));
    await closeTabs(probe, limber.url('options.html'));
    await popup.close();
  });

  it('options: exporting saves a settings file that imports back unchanged', async () => {
    const downloads = mkdtempSync(join(tmpdir(), 'limber-firefox-downloads-'));
    try {
      await setPrefs(limber.browser, {
        'browser.download.folderList': 2,
        'browser.download.dir': downloads,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.alwaysOpenPanel': false,
      });
      const options = await limber.openExtensionPage('options.html');
      const stored = (): Promise<Record<string, unknown>> =>
        options.evaluate(async () => ((await (globalThis as unknown as { browser: Api }).browser.storage.local.get('settings')) as { settings: Record<string, unknown> }).settings);
      await options.evaluate(() => (globalThis as unknown as { browser: Api }).browser.storage.local.set({ settings: { version: 1, breakIntervalMin: 50, snoozeMin: 5 } }));
      await options.waitForSelector('#import-file', { timeout: 10_000 });
      const exported = await stored();
      await options.click('::-p-text(Export settings)');
      const saved = async (): Promise<string | undefined> => readdirSync(downloads).find((name) => /^limber-settings-\d{4}-\d\d-\d\d\.json$/.test(name));
      await expect.poll(saved, { timeout: 10_000 }).toBeDefined();
      const name = (await saved()) ?? '';
      const text = readFileSync(join(downloads, name), 'utf8');
      const file = JSON.parse(text) as { format: string; settings: Record<string, unknown> };
      expect(file).toMatchObject({ format: 'limber-settings', settings: exported });

      await options.evaluate(() => (globalThis as unknown as { browser: Api }).browser.storage.local.set({ settings: { version: 1, dailyGoal: 9 } }));
      await expect.poll(() => options.evaluate(() => (document.getElementById('breakIntervalMin') as HTMLInputElement).value)).toBe('45');
      const input = await options.$('#import-file');
      await (input as ElementHandle<HTMLInputElement> | null)?.uploadFile(join(downloads, name));
      await expect.poll(() => options.evaluate(() => document.getElementById('import-outcome')?.textContent ?? '')).toBe(`Imported the settings from ${name}.`);
      expect(await stored()).toEqual(file.settings);
      await expect.poll(() => options.evaluate(() => (document.getElementById('breakIntervalMin') as HTMLInputElement).value)).toBe('50');
      await options.close();
    } finally {
      rmSync(downloads, { recursive: true, force: true });
    }
  });

  // Last: it takes access away, as a person can in Firefox's add-on manager.
  it('options: quick changes in a row all land, and every control shows what is stored', async () => {
    const page = await limber.openExtensionPage('options.html');
    await page.waitForSelector('#dailyGoal', { timeout: 10_000 });
    const stored = (): Promise<Record<string, unknown>> =>
      page.evaluate(async () => {
        const api = (globalThis as unknown as { browser: Api }).browser;
        return ((await api.storage.local.get('settings'))['settings'] ?? {}) as Record<string, unknown>;
      });
    const onScreen = (): Promise<Record<string, unknown>> =>
      page.evaluate(() => ({
        headsUp: (document.getElementById('headsUp') as HTMLInputElement).checked,
        requireInteraction: (document.getElementById('requireInteraction') as HTMLInputElement).checked,
        badgeEnabled: (document.getElementById('badgeEnabled') as HTMLInputElement).checked,
        dailyGoal: Number((document.getElementById('dailyGoal') as HTMLInputElement).value),
      }));
    const before = await onScreen();
    const expected = {
      headsUp: !before['headsUp'],
      requireInteraction: !before['requireInteraction'],
      badgeEnabled: !before['badgeEnabled'],
      dailyGoal: Number(before['dailyGoal']) + 5,
    };
    // Three switches clicked one after another, then the goal raised by keys, without waiting between.
    for (const id of ['headsUp', 'requireInteraction', 'badgeEnabled']) await page.click(`#${id}`);
    await page.focus('#dailyGoal');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowUp');
    await expect.poll(stored).toMatchObject(expected);
    expect(await onScreen()).toEqual(expected);
    await page.evaluate(() => (globalThis as unknown as { browser: Api }).browser.storage.local.remove('settings'));
    await page.close();
  });

  it('the popup says when Limber may not run on pages; its button asks Firefox, and pages opened once allowed are explained', async () => {
    const revoke = await limber.openExtensionPage('welcome.html');
    expect(await revoke.evaluate((origins) => (globalThis as unknown as { browser: Api }).browser.permissions.remove({ origins }), ORIGINS)).toBe(true);
    await revoke.close();
    const url = limber.server.route('/access.html', '<!doctype html><title>Access</title><p>Sciatica and lumbar pain.</p>');
    const ping = async (): Promise<string[]> =>
      ((await limber.messageContentScripts({ type: 'content/ping', payload: {} })) as { url: string }[]).map((a) => a.url);

    const popup = await limber.openExtensionPage('popup.html');
    const notice = (): Promise<string> => popup.evaluate(() => document.querySelector('.page-access p')?.textContent ?? '');
    await popup.waitForSelector('.page-access button', { timeout: 10_000 });
    expect(await notice()).toContain('not allowed to run on web pages');
    expect(await axeViolations(popup)).toEqual([]);

    // Declined: the popup says so and keeps the button.
    await popup.click('.page-access button');
    await expect.poll(() => answerPermissionPrompt(limber.browser, 'deny'), { timeout: 10_000 }).toBe(true);
    await expect.poll(notice).not.toContain('not allowed to run on web pages');
    expect(await popup.$('.page-access button')).not.toBeNull();
    const before = await limber.openWebPage(url);
    await sleep(1000);
    expect(await ping()).not.toContain(url);
    await before.close();

    // Allowed: confirmed at once, and the next page opened is explained.
    await popup.click('.page-access button');
    await expect.poll(() => answerPermissionPrompt(limber.browser, 'allow'), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => popup.evaluate(() => document.querySelector('.page-access')?.textContent ?? '')).toContain('Limber now explains');
    const after = await limber.openWebPage(`${url}?allowed`);
    await expect.poll(ping, { timeout: 10_000 }).toContain(`${url}?allowed`);
    await expect.poll(() => highlighted(after), { timeout: 10_000 }).toEqual(['Sciatica', 'lumbar pain']);
    await after.close();
    await popup.close();
  });

  it('logged no errors in any extension page', () => {
    expect(limber.errors).toEqual([]);
  });
});
