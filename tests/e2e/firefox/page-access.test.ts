/**
 * Firefox lets a person withhold or revoke Limber's access to web pages.
 * Limber must then say so plainly and offer the button that asks again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchLimberFirefox, type LimberFirefox } from './fixtures';

const ORIGINS = ['http://*/*', 'https://*/*'];
type Api = typeof chrome;

describe('page access in Firefox', () => {
  let limber: LimberFirefox;
  beforeAll(async () => {
    limber = await launchLimberFirefox();
  });
  afterAll(async () => {
    await limber?.close();
  });

  it('welcome page confirms access while it is granted', async () => {
    const page = await limber.openExtensionPage('welcome.html');
    await expect.poll(() => page.evaluate(() => document.querySelector('.page-access')?.textContent ?? '')).toContain('Limber now explains');
    await page.close();
  });

  it('after access is revoked, the content script stops and the welcome page offers the button', async () => {
    const ext = await limber.openExtensionPage('welcome.html');
    const removed = await ext.evaluate(
      (origins) => (globalThis as unknown as { browser: Api }).browser.permissions.remove({ origins }),
      ORIGINS,
    );
    expect(removed).toBe(true);
    await ext.close();

    const url = limber.server.route('/revoked.html', '<!doctype html><p>Sciatica and lumbar pain.</p>');
    const web = await limber.openWebPage(url);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const answers = (await limber.messageContentScripts({ type: 'content/ping', payload: {} })) as { url: string }[];
    expect(answers.map((a) => a.url)).not.toContain(url);
    await web.close();

    const welcome = await limber.openExtensionPage('welcome.html');
    await expect.poll(() => welcome.evaluate(() => document.querySelector('.page-access')?.textContent ?? '')).toContain('not allowed to run on web pages');
    const button = await welcome.evaluate(() => document.querySelector('.page-access button')?.textContent);
    expect(button).toBe('Allow Limber on web pages');
    await welcome.close();
  });

  it('the popup gives one reason: its access notice, and "On this page" points to it', async () => {
    const popup = await limber.openExtensionPage('popup.html');
    await expect.poll(() => popup.evaluate(() => document.querySelector('.page-access')?.textContent ?? '')).toContain('not allowed to run on web pages');
    await expect
      .poll(() => popup.evaluate(() => document.querySelector('[data-testid="terms-unavailable"]')?.textContent ?? ''))
      .toBe('Allow Limber on web pages (above) to see the back-pain terms here.');
    await popup.close();
  });

  it('logged no errors in any extension page', () => {
    expect(limber.errors).toEqual([]);
  });
});
