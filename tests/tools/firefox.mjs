/**
 * Launches Firefox ESR headless through puppeteer-core over WebDriver BiDi
 * (no geckodriver), with Limber's dist/firefox installed as a temporary
 * add-on at a pinned UUID, and no outside connections at all.
 * Recipe: ../shared/docs/FIREFOX-E2E.md.
 */
import puppeteer from 'puppeteer-core';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
export const FIREFOX_UUID = '5e1c7a3b-6d2f-4b8e-9a41-0c7e2d9f1b63';

export function firefoxPath() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) throw new Error('No Firefox found. Install it (Debian: `sudo apt-get install -y firefox-esr`) or set FIREFOX_PATH.');
  return found;
}

/**
 * Starts Firefox and installs the extension. `idleTimeoutMs` sets how soon
 * Firefox suspends an idle event page (to test waking by alarms).
 * `extensionDir` installs an unpacked build temporarily (gone when Firefox
 * closes); `extensionArchive` installs a packaged zip permanently into the
 * profile (`userDataDir`), as a store install would; with neither, a profile
 * that already holds the add-on is relaunched as it is.
 */
export async function launchFirefoxWithExtension({ extensionDir, extensionArchive, geckoId, idleTimeoutMs = 30_000, userDataDir }) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir,
    args: ['--remote-allow-system-access'],
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_UUID }),
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'alerts.useSystemBackend': false,
      'extensions.background.idle.timeout': idleTimeoutMs,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      // Lets the unsigned package install permanently (ESR honours this; temporary installs need no signature).
      'xpinstall.signatures.required': false,
    },
  });
  try {
    const id = extensionArchive
      ? await installPermanently(browser, extensionArchive)
      : extensionDir
        ? await browser.installExtension(extensionDir)
        : geckoId;
    if (id !== geckoId) throw new Error(`installed add-on id ${id}, expected ${geckoId}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return { browser, base: `moz-extension://${FIREFOX_UUID}` };
}

/** WebDriver BiDi's webExtension.install with Firefox's `moz:permanent` (puppeteer only installs temporarily). */
async function installPermanently(browser, archivePath) {
  const response = await browser.connection.send('webExtension.install', {
    extensionData: { type: 'archivePath', path: archivePath },
    'moz:permanent': true,
  });
  return (response.result ?? response).extension;
}
