/**
 * Launches Debian's Chromium (or CHROME_PATH) with the built extension
 * loaded, through playwright-core. Shared by the e2e fixture, `npm start`,
 * the icon rasteriser and the benchmark, so all of them run the same way.
 */
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-for-testing', '/usr/bin/google-chrome'];

/** The browser binary to use, or a clear error saying how to get one. */
export function chromiumPath() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH to a Chromium or Chrome for Testing binary.',
    );
  }
  return found;
}

/** Flags that keep Chromium quiet on a closed network and let it load an unpacked extension. */
export function chromiumArgs(extensionDir) {
  const args = [
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--disable-gpu',
    '--disable-features=DialMediaRouteProvider,MediaRouter,OptimizationHints',
  ];
  // Root cannot use Chromium's sandbox; ordinary users keep it.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  return args;
}

/**
 * Starts a persistent context (extensions need one) and resolves once the
 * extension's service worker is up. Returns the context and the extension id.
 */
export async function launchWithExtension({ extensionDir, userDataDir, headless = true, viewport = { width: 1280, height: 800 } }) {
  const dir = userDataDir ?? (await mkdtemp(join(tmpdir(), 'limber-profile-')));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless,
    viewport,
    args: chromiumArgs(extensionDir),
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
  });
  let worker = extensionDir ? context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) : undefined;
  if (extensionDir && !worker) {
    worker = await context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith('chrome-extension://'),
      timeout: 20_000,
    });
  }
  const extensionId = worker ? new URL(worker.url()).host : undefined;
  return { context, extensionId, worker, userDataDir: dir };
}
