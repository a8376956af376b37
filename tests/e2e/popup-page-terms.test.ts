/**
 * The popup's "On this page" in real Chromium: the terms the content script
 * found in the active tab, each explained in the popup on click, and the
 * switches for this site and all sites (written to settings, followed by the
 * page live). Pages without a content script say so plainly.
 *
 * The popup page is opened in a tab of the same window and the served page is
 * brought to the front, so the popup's "active tab in the current window" is
 * the served page, as when the toolbar button is clicked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchLimber, type Limber } from './fixtures';
import { sciatica } from './popup-fixtures';

const PAGE = `<!doctype html><html lang="en"><title>Back pain forum</title>
<main>
  <p>My sciatica started after a long drive. The doctor said a herniated disc presses on the nerve.</p>
  <p>Sciatica is worse in the morning. A hamstring stretch helps, and so does sciatica advice from my cousin.</p>
</main></html>`;

async function settings(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(async () => ((await chrome.storage.local.get('settings'))['settings'] ?? {}) as Record<string, unknown>);
}

/**
 * Presses a control from the keyboard. The popup tab is in the background here
 * (the served page is in front), where Chromium pauses animation frames, so
 * pointer clicks would wait for a stability check that never comes quickly.
 */
async function press(locator: Locator, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await locator.focus();
  await locator.press(key);
}

describe('popup: on this page', () => {
  let limber: Limber;
  let web: Page;
  let popup: Page;

  /** (Re)opens the popup as it would be for the served page. */
  async function openPopupFor(page: Page): Promise<void> {
    await page.bringToFront();
    await popup.reload();
  }

  beforeAll(async () => {
    limber = await launchLimber();
    const url = limber.server.route('/forum.html', PAGE);
    web = await limber.openWebPage(url);
    popup = await limber.context.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.goto(limber.url('popup.html'));
    await openPopupFor(web);
  });
  afterAll(async () => {
    await limber?.close();
  });

  it('lists the distinct terms with counts, most frequent first', async () => {
    await expect.poll(() => popup.getByTestId('terms-summary').textContent()).toBe('5 terms highlighted, 3 different:');
    const chips = popup.getByRole('list', { name: 'Terms on this page' }).getByRole('button');
    const texts = await chips.allTextContents();
    expect(texts[0]).toBe('Sciatica 3 on this page');
    expect(texts.slice(1).sort()).toEqual(['Hamstring stretch 1 on this page', 'Herniated disc 1 on this page']);
    expect(await chips.first().locator('.term-count').textContent()).toBe('3');
  });

  it('explains a term right in the popup and goes back to the list with focus on it', async () => {
    await press(popup.getByRole('button', { name: 'Sciatica 3 on this page' }));
    const detail = popup.getByRole('region', { name: 'Sciatica' });
    await expect.poll(() => detail.textContent()).toContain(sciatica.summary);
    expect(await detail.textContent()).toContain('Conditions · 3 on this page');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('term-detail-title');
    await press(popup.getByRole('button', { name: 'All terms' }));
    await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('data-term'))).toBe('sciatica');
  });

  it('goes back from a term to the list with Escape', async () => {
    await press(popup.getByRole('button', { name: 'Herniated disc 1 on this page' }));
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('term-detail-title');
    await popup.keyboard.press('Escape');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('data-term'))).toBe('herniated-disc');
  });

  it('offers "Try it now" for a stretch term', async () => {
    await press(popup.getByRole('button', { name: 'Hamstring stretch 1 on this page' }));
    expect(await popup.getByRole('button', { name: 'Try it now' }).count()).toBe(1);
    // Its caution carries the label the tooltip and the article use.
    const caution = popup.getByRole('region', { name: 'Hamstring stretch' }).locator('.term-caution');
    expect(await caution.textContent()).toBe('Take care: Move gently and stop if your pain gets worse.');
    await press(popup.getByRole('button', { name: 'All terms' }));
    await press(popup.getByRole('button', { name: 'Sciatica 3 on this page' }));
    expect(await popup.getByRole('button', { name: 'Try it now' }).count()).toBe(0);
    await press(popup.getByRole('button', { name: 'All terms' }));
  });

  it('fits 360 × 600 with the page’s terms listed, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      await openPopupFor(web);
      await expect.poll(() => popup.getByTestId('terms-summary').textContent()).toMatch(/^5 terms/);
      expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(600);
    }
  });

  it('turns highlighting off for this site: settings and the page follow, without reload', async () => {
    const here = popup.getByRole('checkbox', { name: 'Highlight terms on 127.0.0.1' });
    await expect.poll(() => here.isChecked()).toBe(true);
    // Ranges are registered near the viewport, once the page is in front: give it a moment.
    await expect.poll(() => web.evaluate(() => CSS.highlights.get('limber-term')?.size ?? 0)).toBeGreaterThan(0);
    await press(here, 'Space');
    await expect.poll(async () => (await settings(popup))['disabledSites']).toEqual(['127.0.0.1']);
    await expect.poll(() => popup.getByTestId('terms-summary').textContent()).toBe('Highlighting is off on 127.0.0.1.');
    await expect.poll(() => web.evaluate(() => CSS.highlights.get('limber-term')?.size ?? 0)).toBe(0);
    await press(here, 'Space');
    await expect.poll(async () => (await settings(popup))['disabledSites']).toEqual([]);
    await expect.poll(() => popup.getByTestId('terms-summary').textContent()).toMatch(/^5 terms/);
  });

  it('turns highlighting off everywhere with the global switch', async () => {
    const everywhere = popup.getByRole('checkbox', { name: 'Highlight terms on all sites' });
    await press(everywhere, 'Space');
    await expect.poll(async () => (await settings(popup))['highlightEnabled']).toBe(false);
    await expect.poll(() => popup.getByTestId('terms-summary').textContent()).toBe('Highlighting is off on all sites.');
    expect(await popup.getByRole('checkbox', { name: 'Highlight terms on 127.0.0.1' }).count()).toBe(0);
    await press(everywhere, 'Space');
    await expect.poll(() => popup.getByTestId('terms-summary').textContent()).toMatch(/^5 terms/);
  });

  it('names an international site as it is written, storing its ASCII form', async () => {
    // https://bücher.de/ answered here, without the network.
    await limber.context.route(/^https:\/\/xn--bcher-kva\.de\//, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: PAGE }));
    const idn = await limber.openWebPage('https://bücher.de/');
    await openPopupFor(idn);
    const here = popup.getByRole('checkbox', { name: 'Highlight terms on bücher.de' });
    await expect.poll(() => here.isChecked()).toBe(true);
    await press(here, 'Space');
    await expect.poll(async () => (await settings(popup))['disabledSites']).toEqual(['xn--bcher-kva.de']);
    await expect.poll(() => popup.getByTestId('terms-summary').textContent()).toBe('Highlighting is off on bücher.de.');
    await press(here, 'Space');
    await expect.poll(async () => (await settings(popup))['disabledSites']).toEqual([]);
    await idn.close();
    await openPopupFor(web);
  });

  const UNAVAILABLE =
    "Limber can't read this page. Browsers keep extensions out of their own pages, the web store, PDFs and other files. If this is a web page that was open before Limber was installed or updated, reload it.";

  it('says plainly when the tab has no content script (an extension page)', async () => {
    const options = await limber.openExtensionPage('options.html');
    await openPopupFor(options);
    await expect.poll(() => popup.getByTestId('terms-unavailable').textContent()).toBe(UNAVAILABLE);
    expect(await popup.getByRole('checkbox', { name: 'Highlight terms on all sites' }).count()).toBe(1);
    await options.close();
  });

  it('says the same of a file on an ordinary site (a text file), with no switch for the site', async () => {
    const text = await limber.openWebPage(limber.server.route('/notes.txt', 'Notes on sciatica and a herniated disc.', 'text/plain; charset=utf-8'));
    await openPopupFor(text);
    await expect.poll(() => popup.getByTestId('terms-unavailable').textContent()).toBe(UNAVAILABLE);
    expect(await popup.getByRole('checkbox', { name: /^Highlight terms on 127/ }).count()).toBe(0);
    await text.close();
  });

  it('keeps asking while the popup is open: a page that starts answering later (still loading, or reloaded) is listed', async () => {
    const later = await limber.context.newPage();
    await later.goto('about:blank');
    await openPopupFor(later);
    await expect.poll(() => popup.getByTestId('terms-unavailable').count()).toBe(1);
    await later.goto(limber.server.route('/later.html', PAGE));
    await expect.poll(() => popup.getByTestId('terms-summary').textContent(), { timeout: 10_000 }).toBe('5 terms highlighted, 3 different:');
    await later.close();
  });

  it('logged no errors in any extension context', () => {
    expect(limber.errors).toEqual([]);
  });
});
