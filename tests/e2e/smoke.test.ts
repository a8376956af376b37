import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchLimber, type Limber } from './fixtures';

describe('Limber loads in real Chromium', () => {
  let limber: Limber;
  beforeAll(async () => {
    limber = await launchLimber();
  });
  afterAll(async () => {
    await limber?.close();
  });

  it('starts its service worker and answers a ping', async () => {
    const worker = await limber.serviceWorker();
    expect(worker.url()).toBe(limber.url('background.js'));
    const page = await limber.openExtensionPage('popup.html');
    const answer = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'app/ping', payload: {} }));
    expect(answer).toEqual({ ok: true });
    await page.close();
  });

  it('renders the popup with its heading', async () => {
    const page = await limber.openExtensionPage('popup.html');
    await expect.poll(() => page.locator('h1').first().textContent()).toBe('Limber');
    await page.close();
  });

  it('renders the options page', async () => {
    const page = await limber.openExtensionPage('options.html');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Limber settings');
    await page.close();
  });

  it('runs the content script on a served page', async () => {
    const url = limber.server.route('/smoke.html', '<!doctype html><title>Smoke</title><p>Lower back stiffness after sleeping.</p>');
    const page = await limber.openWebPage(url);
    await expect
      .poll(async () => (await limber.messageContentScripts({ type: 'content/ping', payload: {} })) as { url: string }[])
      .toContainEqual(expect.objectContaining({ url }));
    await page.close();
  });

  it('ignores messages that are not Limber protocol', async () => {
    const page = await limber.openExtensionPage('popup.html');
    const answer = await page.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'evil/do', payload: {} }).then(
        (value: unknown) => ({ value }),
        (error: Error) => ({ error: error.message }),
      ),
    );
    // No listener answers: Chromium reports that nobody received it.
    expect(answer).not.toEqual({ value: { ok: true } });
    await page.close();
  });

  it('logged no errors in any extension context', () => {
    expect(limber.errors).toEqual([]);
  });
});
