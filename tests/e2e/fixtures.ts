/**
 * The e2e rig: real Chromium with the built extension (dist/chrome) loaded in
 * a fresh profile, test pages served from 127.0.0.1 only, and every console
 * error of every extension context and page collected, so a test can assert
 * there were none.
 *
 *   const limber = await launchLimber();
 *   const popup = await limber.openExtensionPage('popup.html');
 *   ...
 *   expect(limber.errors).toEqual([]);
 *   await limber.close();
 */
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { rm } from 'node:fs/promises';
import { launchWithExtension } from '../tools/chromium.mjs';
import { startServer, type TestServer } from './server';
import { askEveryTab } from './page-functions';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CHROME_DIST = `${ROOT}dist/chrome`;

export interface Limber {
  readonly context: BrowserContext;
  readonly extensionId: string;
  readonly server: TestServer;
  readonly userDataDir: string;
  /** Console errors and uncaught exceptions from the extension and served pages. */
  readonly errors: string[];
  /** chrome-extension://<id>/<path> */
  url(path: string): string;
  /** Opens an extension page (popup.html, options.html, …) in a new tab and waits for it to load. */
  openExtensionPage(path: string): Promise<Page>;
  /** Opens a served page and waits for it to load. */
  openWebPage(url: string): Promise<Page>;
  /** The extension's current service worker, waking it if the browser stopped it. */
  serviceWorker(): Promise<Worker>;
  /** Stops every service worker, as Chromium does after 30 idle seconds. */
  stopServiceWorker(): Promise<void>;
  /** Sends a message to the content script of every tab; returns the answers of those that replied. */
  messageContentScripts(message: unknown): Promise<unknown[]>;
  /** Closes the browser; the profile is deleted unless `keepProfile` was set. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Reuse a profile (e.g. to relaunch the same browser); it is then kept on close. */
  userDataDir?: string;
  keepProfile?: boolean;
  server?: TestServer;
}

function isAllowed(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'chrome-extension:' || protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost';
}

export async function launchLimber(options: LaunchOptions = {}): Promise<Limber> {
  const server = options.server ?? (await startServer());
  const ownsServer = !options.server;
  const { context, extensionId, userDataDir } = await launchWithExtension({
    extensionDir: CHROME_DIST,
    userDataDir: options.userDataDir,
  });
  if (!extensionId) throw new Error('Limber did not load: no extension service worker started.');
  const errors: string[] = [];
  const keepProfile = options.keepProfile ?? options.userDataDir !== undefined;

  // Nothing leaves this machine: every request that is not to 127.0.0.1 is aborted.
  await context.route('**/*', (route) => (isAllowed(route.request().url()) ? route.continue() : route.abort()));

  const watchWorker = (worker: Worker): void => {
    worker.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`[service worker] ${msg.text()}`);
    });
  };
  context.serviceWorkers().forEach(watchWorker);
  context.on('serviceworker', watchWorker);
  context.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const where = msg.page()?.url() ?? 'unknown';
    // Served pages may log their own errors (failed third-party requests we
    // aborted); only the extension's own pages count here.
    if (where.startsWith('chrome-extension://')) errors.push(`[${where}] ${msg.text()}`);
  });
  context.on('weberror', (error) => {
    const where = error.page()?.url() ?? 'unknown';
    if (where.startsWith('chrome-extension://')) errors.push(`[${where}] ${error.error().message}`);
  });

  let cdp: CDPSession | undefined;
  const limber: Limber = {
    context,
    extensionId,
    server,
    userDataDir,
    errors,
    url: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(limber.url(path));
      return page;
    },
    async openWebPage(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async serviceWorker() {
      const isOurs = (w: Worker): boolean => w.url().startsWith(`chrome-extension://${extensionId}/`);
      const existing = context.serviceWorkers().find(isOurs);
      if (existing) return existing;
      const waiting = context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 });
      // Any extension event wakes the worker; opening an extension page that
      // messages it is the most reliable one.
      const page = await limber.openExtensionPage('popup.html');
      await page.evaluate(() => chrome.runtime.sendMessage({ type: 'app/ping', payload: {} }).catch(() => undefined));
      const worker = await waiting;
      await page.close();
      return worker;
    },
    async stopServiceWorker() {
      if (!cdp) {
        const page = context.pages()[0] ?? (await context.newPage());
        cdp = await context.newCDPSession(page);
      }
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
    },
    async messageContentScripts(message) {
      const page = await limber.openExtensionPage('popup.html');
      try {
        return await page.evaluate(askEveryTab, message);
      } finally {
        await page.close();
      }
    },
    async close() {
      await context.close().catch(() => undefined);
      if (ownsServer) await server.close();
      if (!keepProfile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
  return limber;
}
