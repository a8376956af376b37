import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchLimberFirefox, type LimberFirefox } from './fixtures';

describe('Limber loads in real Firefox', () => {
  let limber: LimberFirefox;
  beforeAll(async () => {
    limber = await launchLimberFirefox();
  });
  afterAll(async () => {
    await limber?.close();
  });

  it('wakes its event page, which answers a ping', async () => {
    const page = await limber.openExtensionPage('popup.html');
    const answer = await page.evaluate(() =>
      (globalThis as unknown as { browser: typeof chrome }).browser.runtime.sendMessage({ type: 'app/ping', payload: {} }),
    );
    expect(answer).toEqual({ ok: true });
    await page.close();
  });

  it('renders the popup with its heading', async () => {
    const page = await limber.openExtensionPage('popup.html');
    await expect.poll(() => page.evaluate(() => document.querySelector('h1')?.textContent)).toBe('Limber');
    await page.close();
  });

  it('renders the options page', async () => {
    const page = await limber.openExtensionPage('options.html');
    await expect.poll(() => page.evaluate(() => document.querySelector('h1')?.textContent)).toBe('Limber settings');
    await page.close();
  });

  it('runs the content script on a served page', async () => {
    const url = limber.server.route('/smoke.html', '<!doctype html><title>Smoke</title><p>Lower back stiffness after sleeping.</p>');
    const page = await limber.openWebPage(url);
    await expect
      .poll(async () => (await limber.messageContentScripts({ type: 'content/ping', payload: {} })) as { url: string }[], { timeout: 10_000 })
      .toContainEqual(expect.objectContaining({ url }));
    await page.close();
  });

  it('logged no errors in any extension page', () => {
    expect(limber.errors).toEqual([]);
  });
});
