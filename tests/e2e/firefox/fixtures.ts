/**
 * The Firefox e2e rig: real Firefox ESR, headless, with dist/firefox installed,
 * pages served from 127.0.0.1 only (Firefox itself refuses every other
 * connection), and errors of extension pages collected.
 *
 * Extension pages never fire BiDi load events, so they are opened with a raw
 * `browsingContext.navigate` (wait: complete) instead of page.goto().
 */
import type { Browser, Page } from 'puppeteer-core';
import { fileURLToPath } from 'node:url';
// @ts-expect-error build.mjs is plain JavaScript with no type declarations.
import { GECKO_ID } from '../../../build.mjs';
import { launchFirefoxWithExtension } from '../../tools/firefox.mjs';
import { startServer, type TestServer } from '../server';
import { askEveryTab } from '../page-functions';

export const FIREFOX_DIST = fileURLToPath(new URL('../../../dist/firefox', import.meta.url));

export interface LimberFirefox {
  readonly browser: Browser;
  readonly server: TestServer;
  readonly errors: string[];
  url(path: string): string;
  openExtensionPage(path: string): Promise<Page>;
  openWebPage(url: string): Promise<Page>;
  /** Sends a message to the content script of every tab; returns the answers of those that replied. */
  messageContentScripts(message: unknown): Promise<unknown[]>;
  close(): Promise<void>;
}

/**
 * puppeteer-core's BiDi connection and frame ids are not in its public types,
 * but the raw navigate is the documented way to open moz-extension:// pages
 * (see ../shared/docs/FIREFOX-E2E.md).
 */
interface BidiConnection {
  send(method: 'browsingContext.navigate', params: { context: string; url: string; wait: 'complete' }): Promise<unknown>;
}
const bidi = (browser: Browser): BidiConnection => (browser as unknown as { connection: BidiConnection }).connection;
const frameId = (page: Page): string => (page.mainFrame() as unknown as { _id: string })._id;

export interface FirefoxLaunchOptions {
  idleTimeoutMs?: number;
  /** A profile to use and keep (the caller deletes it), e.g. to restart the same browser. */
  userDataDir?: string;
  /** Install this packaged zip permanently instead of dist/firefox temporarily. */
  extensionArchive?: string;
  /** The profile already holds Limber (installed permanently): install nothing. */
  alreadyInstalled?: boolean;
}

export async function launchLimberFirefox(options: FirefoxLaunchOptions = {}): Promise<LimberFirefox> {
  const server = await startServer();
  const { browser, base } = await launchFirefoxWithExtension({
    extensionDir: options.extensionArchive || options.alreadyInstalled ? undefined : FIREFOX_DIST,
    extensionArchive: options.extensionArchive,
    geckoId: GECKO_ID as string,
    idleTimeoutMs: options.idleTimeoutMs,
    userDataDir: options.userDataDir,
  });
  const errors: string[] = [];
  const watch = (page: Page): void => {
    page.on('console', (msg) => {
      if (msg.type() === 'error' && page.url().startsWith('moz-extension://')) errors.push(`[${page.url()}] ${msg.text()}`);
    });
    page.on('pageerror', (error) => {
      if (page.url().startsWith('moz-extension://')) errors.push(`[${page.url()}] ${String(error)}`);
    });
  };
  const limber: LimberFirefox = {
    browser,
    server,
    errors,
    url: (path) => `${base}/${path.replace(/^\//, '')}`,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      watch(page);
      await bidi(browser).send('browsingContext.navigate', {
        context: frameId(page),
        url: limber.url(path),
        wait: 'complete',
      });
      return page;
    },
    async openWebPage(url) {
      const page = await browser.newPage();
      watch(page);
      await page.goto(url);
      return page;
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
      await browser.close().catch(() => undefined);
      await server.close();
    },
  };
  return limber;
}
