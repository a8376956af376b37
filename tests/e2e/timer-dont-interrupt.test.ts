/**
 * "Don't interrupt" in real Chromium: a stretch break that falls due while the
 * active tab is a video call, or while the window is fullscreen, is held, with no notification, and delivered
 * once the call is no longer in front. The call page is Google Meet's address
 * answered locally by the test (nothing leaves the machine), so the content
 * script really runs on a meet.google.com meeting URL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchLimber, type Limber } from './fixtures';
import { controlPage, forceBreakDue, sendMessage } from './timer-helpers';

const MEETING = 'https://meet.google.com/abc-defg-hij';

describe("don't interrupt a video call or fullscreen", () => {
  let limber: Limber;
  let control: Page;
  beforeAll(async () => {
    limber = await launchLimber();
    // Registered after the fixture's catch-all, so it answers first.
    await limber.context.route(`${MEETING}**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Meeting</title><p>In a call about lower back pain.</p>' }),
    );
    control = await controlPage(limber);
    await sendMessage(control, 'timer/start');
  });
  afterAll(async () => {
    await limber?.close();
  });

  /** Reads storage and notifications from the service worker, so no tab comes to the front. */
  const inWorker = async (): Promise<{ held: unknown; notifications: string[] }> => {
    const worker = await limber.serviceWorker();
    return worker.evaluate(async () => ({
      held: ((await chrome.storage.local.get('timer'))['timer'] as { held: unknown }).held,
      notifications: Object.keys(await chrome.notifications.getAll()),
    }));
  };

  it('holds a break that falls due during the call, then delivers it once when the call is left', async () => {
    const call = await limber.openWebPage(MEETING);
    await call.bringToFront();
    // The content script must be up to tell the background where the tab is.
    await expect.poll(async () => (await limber.messageContentScripts({ type: 'content/ping', payload: {} })).length).toBeGreaterThan(0);
    await call.bringToFront();

    await forceBreakDue(limber, 1000);
    await expect.poll(async () => (await inWorker()).held, { timeout: 15_000 }).toMatchObject({ kind: 'break' });
    expect((await inWorker()).notifications).not.toContain('limber-break');

    // Leave the call; the next periodic tick delivers what was held.
    await call.close();
    await control.bringToFront();
    const worker = await limber.serviceWorker();
    await worker.evaluate(() => chrome.alarms.create('limber-tick', { when: Date.now() + 500 }));
    await expect.poll(async () => (await inWorker()).notifications, { timeout: 15_000 }).toContain('limber-break');
    expect((await inWorker()).held).toBeNull();
  });

  it('holds a break while the browser window is fullscreen, and delivers it after', async () => {
    await control.evaluate(() => chrome.notifications.clear('limber-break'));
    await sendMessage(control, 'timer/skip');
    const setState = (state: 'fullscreen' | 'normal'): Promise<unknown> =>
      control.evaluate(async (s) => {
        const win = await chrome.windows.getLastFocused();
        return chrome.windows.update(win.id ?? -1, { state: s });
      }, state);
    await setState('fullscreen');
    await expect.poll(() => control.evaluate(async () => (await chrome.windows.getLastFocused()).state)).toBe('fullscreen');

    await forceBreakDue(limber, 1000);
    await expect.poll(async () => (await inWorker()).held, { timeout: 15_000 }).toMatchObject({ kind: 'break' });
    expect((await inWorker()).notifications).not.toContain('limber-break');

    await setState('normal');
    await expect.poll(() => control.evaluate(async () => (await chrome.windows.getLastFocused()).state)).not.toBe('fullscreen');
    const worker = await limber.serviceWorker();
    await worker.evaluate(() => chrome.alarms.create('limber-tick', { when: Date.now() + 500 }));
    await expect.poll(async () => (await inWorker()).notifications, { timeout: 15_000 }).toContain('limber-break');
  });

  it('logged no errors in any extension context', () => {
    expect(limber.errors).toEqual([]);
  });
});
