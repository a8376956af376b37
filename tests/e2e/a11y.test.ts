/**
 * axe-core, injected into Limber's own pages in real Chromium, reports no
 * violations: popup, options, break and article pages, in light and dark,
 * including the states people reach by clicking (pause choices open, a term
 * explained, validation messages shown, import errors listed).
 * Pages that are not built (yet) are skipped by name, so the list stays honest.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CHROME_DIST, launchLimber, type Limber } from './fixtures';

/**
 * axe's source, evaluated through the DevTools protocol: extension pages' CSP
 * (script-src 'self') refuses the inline <script> that page.addScriptTag adds.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SCHEMES = ['light', 'dark'] as const;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe on the page as it is now; returns one readable line per violating node. */
async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return (found as Violation[]).flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')} — ${n.failureSummary ?? ''}`));
}

const built = (name: string): boolean => existsSync(`${CHROME_DIST}/${name}`);

describe('accessibility (axe-core)', () => {
  let limber: Limber;
  beforeAll(async () => {
    limber = await launchLimber();
  });
  afterAll(async () => {
    await limber?.close();
  });

  describe.each(SCHEMES)('%s', (colorScheme) => {
    async function open(path: string, width = 1000, height = 800): Promise<Page> {
      const page = await limber.context.newPage();
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      await page.goto(limber.url(path));
      await page.locator('#root > *').first().waitFor();
      return page;
    }

    it('popup: stopped, then running with the pause choices open', async () => {
      const page = await open('popup.html', 360, 600);
      await page.evaluate(() => chrome.runtime.sendMessage({ type: 'timer/stop', payload: {} }));
      await page.getByText('Reminders are off.').waitFor();
      expect(await violations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByRole('button', { name: 'Pause' }).click();
      await page.getByRole('button', { name: '30 minutes' }).waitFor();
      expect(await violations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Until I resume' }).click();
      await page.getByRole('button', { name: 'Resume' }).click();
      await page.close();
    });

    it('popup: terms on a served page, and one explained', async () => {
      const url = limber.server.route(`/a11y-${colorScheme}.html`, '<!doctype html><html lang="en"><title>t</title><p>Sciatica and a herniated disc; try a hamstring stretch.</p></html>');
      const web = await limber.openWebPage(url);
      const page = await open('popup.html', 360, 600);
      await web.bringToFront();
      await page.reload();
      await page.getByTestId('terms-summary').waitFor();
      expect(await violations(page)).toEqual([]);
      const chip = page.locator('[data-term="sciatica"]');
      await chip.focus();
      await chip.press('Enter');
      await page.getByRole('region', { name: 'Sciatica' }).waitFor();
      expect(await violations(page)).toEqual([]);
      await page.close();
      await web.close();
    });

    it('options: as opened, with a validation message, and with an import error', async () => {
      const page = await open('options.html');
      expect(await violations(page)).toEqual([]);
      const field = page.getByLabel('Stretch break every');
      await field.fill('2');
      await field.press('Tab');
      await page.locator('#breakIntervalMin-error').getByText('Enter a whole number').waitFor();
      const entry = page.getByLabel('Site to add');
      await entry.fill('not a site');
      await entry.press('Enter');
      await page.getByLabel('Import settings from a file').setInputFiles({
        name: 'bad.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify({ format: 'limber-settings', settings: { version: 1, snoozeMin: 0 } })),
      });
      await page.locator('#import-outcome li').first().waitFor();
      await page.getByRole('button', { name: 'Reset to defaults…' }).click();
      await page.getByRole('button', { name: 'Cancel' }).waitFor();
      await page.getByText('Show the numbers as a table').click();
      expect(await violations(page)).toEqual([]);
      await page.close();
    });

    it.runIf(built('break.html'))('break page', async () => {
      const page = await open('break.html');
      expect(await violations(page)).toEqual([]);
      await page.close();
    });

    it.runIf(built('article.html'))('article page', async () => {
      const page = await open('article.html');
      expect(await violations(page)).toEqual([]);
      await page.close();
    });
  });

  it('logged no errors in any extension context', () => {
    expect(limber.errors).toEqual([]);
  });
});
