/**
 * Export and import of settings in real Chromium, with real files chosen in
 * the file input: a bad file is explained and changes nothing; a valid older
 * version is migrated; an exported file imports back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { launchLimber, type Limber } from './fixtures';

async function settings(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(async () => ((await chrome.storage.local.get('settings'))['settings'] ?? {}) as Record<string, unknown>);
}

const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

describe('options: export and import', () => {
  let limber: Limber;
  let options: Page;
  let before: Record<string, unknown>;

  beforeAll(async () => {
    limber = await launchLimber();
    options = await limber.openExtensionPage('options.html');
    await options.getByRole('heading', { level: 1 }).waitFor();
    // Start from settings that differ from the defaults, so "nothing changed" means something.
    await options.evaluate(async () => {
      await chrome.storage.local.set({ settings: { version: 1, breakIntervalMin: 50, snoozeMin: 5, disabledSites: ['example.org'] } });
    });
    await options.reload();
    await options.getByRole('heading', { level: 1 }).waitFor();
    before = await settings(options);
  });
  afterAll(async () => {
    await limber?.close();
  });

  /** Chooses a file in the import field and returns what the page says once the import has finished. */
  async function importFile(name: string, text: string): Promise<string> {
    const outcome = options.locator('#import-outcome');
    const before = Number(await outcome.getAttribute('data-attempts'));
    await options.getByLabel('Import settings from a file').setInputFiles(file(name, text));
    await expect.poll(async () => Number(await outcome.getAttribute('data-attempts'))).toBe(before + 1);
    return (await outcome.textContent()) ?? '';
  }

  it.each([
    ['not JSON', 'broken.json', '{"version": 1, "breakIntervalMin": 30', /^This file is not valid JSON, so it cannot be a Limber settings file\. Nothing was changed\./],
    ['another program’s JSON', 'other.json', '{"theme": "dark", "fontSize": 14}', /^This file is not a Limber settings file\. Nothing was changed\.$/],
    ['a newer version', 'future.json', '{"format": "limber-settings", "settings": {"version": 99, "breakIntervalMin": 30}}', /^These settings come from a newer version of Limber \(version 99\)\. Update Limber, then import again\. Nothing was changed\.$/],
    ['a version that is not a number', 'odd.json', '{"format": "limber-settings", "settings": {"version": "one", "breakIntervalMin": 30}}', /^The file's settings version is not a whole number/],
    ['an empty file', 'empty.json', '', /^This file is empty\. Nothing was changed\.$/],
    ['settings with no version and only a typo', 'typo.json', '{"format": "limber-settings", "settings": {"breakInterval": 30}}', /^The file has settings Limber does not know \(a typo\?\)\. Nothing was changed\.breakInterval$/],
    ['empty settings', 'nothing.json', '{"format": "limber-settings", "settings": {}}', /^The file names no settings, so there is nothing to import\. Nothing was changed\.$/],
  ])('refuses %s and changes nothing', async (_label, name, text, message) => {
    const outcome = await importFile(name, text);
    expect(outcome).toMatch(message);
    expect(await options.locator('#import-outcome').getAttribute('role')).toBe('alert');
    expect(await settings(options)).toEqual(before);
  });

  it('refuses a binary file with a plain message, quoting none of its bytes', async () => {
    const outcome = await importFile('photo.json', '\u0000\u0001\u00ff\ufffd{PNG\u0002');
    expect(outcome).toBe('This file is not valid JSON, so it cannot be a Limber settings file. Nothing was changed.');
    expect(await settings(options)).toEqual(before);
  });

  it('refuses wrong types, naming each setting, and changes nothing', async () => {
    const bad = JSON.stringify({
      format: 'limber-settings',
      settings: { version: 1, breakIntervalMin: '30 minutes', badgeEnabled: 'yes', snoozeMin: 0, highlightStyle: 'bold' },
    });
    const outcome = await importFile('wrong-types.json', bad);
    expect(outcome).toContain('Some values in the file are not valid. Nothing was changed.');
    const items = await options.locator('#import-outcome li').allTextContents();
    expect(items.sort()).toEqual(
      [
        'Stretch break every: Enter a whole number from 5 to 240.',
        'Show minutes to the next stretch break on the toolbar button: Choose on or off.',
        'Snooze for: Enter a whole number from 1 to 60.',
        'Style: Choose one of the offered options.',
      ].sort(),
    );
    expect(await settings(options)).toEqual(before);
    // The field on the page still shows the stored value.
    expect(await options.getByLabel('Stretch break every').inputValue()).toBe('50');
  });

  it('refuses more than 1000 sites for that reason, and a list with one bad entry naming it', async () => {
    const many = Array.from({ length: 1001 }, (_, i) => `site${i}.example.com`);
    await importFile('many-sites.json', JSON.stringify({ format: 'limber-settings', settings: { version: 1, disabledSites: many } }));
    expect(await options.locator('#import-outcome li').allTextContents()).toEqual([
      'Sites where highlighting is off: Lists 1001 sites, but Limber keeps at most 1000.',
    ]);
    await importFile('one-bad.json', JSON.stringify({ format: 'limber-settings', settings: { version: 1, disabledSites: ['a.com', 'chrome://extensions'] } }));
    expect(await options.locator('#import-outcome li').allTextContents()).toEqual([
      'Sites where highlighting is off: Not a site name (like example.com): “chrome://extensions”.',
    ]);
    expect(await settings(options)).toEqual(before);
  });

  it('refuses a file over 100 KB without reading it', async () => {
    const huge = JSON.stringify({ format: 'limber-settings', settings: { version: 1 }, padding: 'x'.repeat(150 * 1024) });
    const outcome = await importFile('huge.json', huge);
    expect(outcome).toMatch(/^This file is 151 KB, but Limber settings files are never larger than 100 KB\. Nothing was changed\.$/);
    expect(await settings(options)).toEqual(before);
  });

  it('imports a file without a version as a current one, without calling it older, and the page shows the new values', async () => {
    // No version (version 0, never released): a hand-written file. Settings it does not mention keep their current values.
    const old = JSON.stringify({ format: 'limber-settings', settings: { breakIntervalMin: 25, highlightStyle: 'background', disabledSites: ['https://Forum.Example.com/thread'] } });
    const outcome = await importFile('limber-settings-old.json', old);
    expect(outcome).toBe('Imported the settings from limber-settings-old.json. Settings the file does not mention were kept as they were.');
    expect(await options.locator('#import-outcome').getAttribute('role')).toBe('status');
    const after = await settings(options);
    expect(after).toMatchObject({ version: 1, breakIntervalMin: 25, highlightStyle: 'background', disabledSites: ['forum.example.com'], snoozeMin: 5 });
    await expect.poll(() => options.getByLabel('Stretch break every').inputValue()).toBe('25');
    expect(await options.getByLabel('Soft background').isChecked()).toBe(true);
  });

  it('exports a file that imports back unchanged', async () => {
    const current = await settings(options);
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export settings' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^limber-settings-\d{4}-\d\d-\d\d\.json$/);
    const text = await readFile((await download.path()) ?? '', 'utf8');
    const json = JSON.parse(text) as { format: string; settings: unknown };
    expect(json.format).toBe('limber-settings');
    expect(json.settings).toEqual(current);
    // Change something, then import the export: back to what was exported.
    await options.evaluate(async () => {
      const { settings: s } = (await chrome.storage.local.get('settings')) as { settings: Record<string, unknown> };
      await chrome.storage.local.set({ settings: { ...s, dailyGoal: 9 } });
    });
    const outcome = await importFile(download.suggestedFilename(), text);
    expect(outcome).toBe(`Imported the settings from ${download.suggestedFilename()}.`);
    expect(await settings(options)).toEqual(current);
  });

  it('logged no errors in any extension context', () => {
    expect(limber.errors).toEqual([]);
  });
});
