/**
 * The Firefox package, as a store would receive it: `npm run package` writes
 * dist/limber-firefox-<version>.zip, a valid zip holding exactly dist/firefox;
 * Firefox installs it permanently (like a store install, not a temporary
 * add-on), and after a browser restart Limber is still there with the
 * settings chosen in its options page and the running timer's alarms back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import type { Page } from 'puppeteer-core';
import { FIREFOX_DIST, launchLimberFirefox, type LimberFirefox } from './fixtures';
import type { Api } from './helpers';

const ROOT = join(FIREFOX_DIST, '..', '..');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { version: string }).version;
const ZIP = join(ROOT, 'dist', `limber-firefox-${VERSION}.zip`);

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * Reads a zip through its central directory, checking each entry's local
 * header, method, sizes and CRC; returns name → contents. Throws on anything
 * a strict reader (the add-on stores, Firefox) would reject.
 */
function readZip(zip: Buffer): Map<string, Buffer> {
  const endAt = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0 || endAt !== zip.length - 22) throw new Error('no end-of-central-directory record at the end');
  const count = zip.readUInt16LE(endAt + 10);
  const centralSize = zip.readUInt32LE(endAt + 12);
  let at = zip.readUInt32LE(endAt + 16);
  if (at + centralSize !== endAt) throw new Error('central directory size does not add up');
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central header ${i}`);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const packedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localAt = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    if (zip.readUInt32LE(localAt) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
    const localName = zip.subarray(localAt + 30, localAt + 30 + zip.readUInt16LE(localAt + 26)).toString('utf8');
    if (localName !== name) throw new Error(`local name ${localName} differs from ${name}`);
    const dataAt = localAt + 30 + zip.readUInt16LE(localAt + 26) + zip.readUInt16LE(localAt + 28);
    const packed = zip.subarray(dataAt, dataAt + packedSize);
    const data = method === 8 ? inflateRawSync(packed) : method === 0 ? Buffer.from(packed) : null;
    if (!data) throw new Error(`${name}: unknown compression method ${method}`);
    if (data.length !== size) throw new Error(`${name}: ${data.length} bytes, header says ${size}`);
    if (crc32(data) !== crc) throw new Error(`${name}: CRC mismatch`);
    if (name.startsWith('/') || name.includes('..') || name.includes('\\')) throw new Error(`unsafe entry name ${name}`);
    files.set(name, data);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => relative(dir, join(dir, path)).split('\\').join('/'))
    .sort();
}

describe('the Firefox package', () => {
  let files: Map<string, Buffer>;
  beforeAll(() => {
    execFileSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: 'pipe' });
    files = readZip(readFileSync(ZIP));
  });

  it('is a valid zip holding exactly the built extension, without source maps', () => {
    const expected = filesUnder(FIREFOX_DIST).filter((path) => !path.endsWith('.map'));
    expect([...files.keys()].sort()).toEqual(expected);
    for (const path of expected) expect(files.get(path)?.equals(readFileSync(join(FIREFOX_DIST, path))), path).toBe(true);
  });

  it('carries the same manifest.json as dist/firefox', () => {
    const packed = JSON.parse(files.get('manifest.json')?.toString('utf8') ?? 'null') as unknown;
    expect(packed).toEqual(JSON.parse(readFileSync(join(FIREFOX_DIST, 'manifest.json'), 'utf8')));
    expect(packed).toMatchObject({ version: VERSION, browser_specific_settings: { gecko: { strict_min_version: '142.0' } } });
  });
});

describe('installed from the package, across a browser restart', () => {
  let profile: string;
  let limber: LimberFirefox | undefined;

  beforeAll(() => {
    profile = mkdtempSync(join(tmpdir(), 'limber-firefox-profile-'));
  });
  afterAll(async () => {
    await limber?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  async function optionsField(page: Page, id: string): Promise<{ value: string; checked: boolean }> {
    await page.waitForSelector(`#${id}`, { timeout: 10_000 });
    return page.evaluate((sel) => {
      const input = document.getElementById(sel) as HTMLInputElement;
      return { value: input.value, checked: input.checked };
    }, id);
  }

  it('installs permanently in Firefox; the options page saves settings and the timer starts', async () => {
    if (!statSync(ZIP, { throwIfNoEntry: false })) execFileSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: 'pipe' });
    limber = await launchLimberFirefox({ userDataDir: profile, extensionArchive: ZIP });
    const options = await limber.openExtensionPage('options.html');
    expect(await optionsField(options, 'breakIntervalMin')).toMatchObject({ value: '45' });
    await options.click('#breakIntervalMin', { count: 3 });
    await options.keyboard.type('50');
    await options.keyboard.press('Tab');
    await options.click('#headsUp');
    const stored = (): Promise<unknown> =>
      options.evaluate(async () => ((await (globalThis as unknown as { browser: Api }).browser.storage.local.get('settings')) as { settings?: unknown }).settings);
    await expect.poll(stored).toMatchObject({ breakIntervalMin: 50, headsUp: true });
    const reply = await options.evaluate(() => (globalThis as unknown as { browser: Api }).browser.runtime.sendMessage({ type: 'timer/start', payload: {} }));
    expect(reply).toMatchObject({ ok: true, state: { phase: 'running' } });
    await options.close();
    expect(limber.errors).toEqual([]);
    await limber.close();
    limber = undefined;
  });

  it('after a restart, Limber is still installed with those settings, and the timer is still running with its alarms', async () => {
    limber = await launchLimberFirefox({ userDataDir: profile, alreadyInstalled: true });
    const options = await limber.openExtensionPage('options.html');
    expect(await optionsField(options, 'breakIntervalMin')).toMatchObject({ value: '50' });
    expect(await optionsField(options, 'headsUp')).toMatchObject({ checked: true });
    // Whatever Firefox kept of the alarms, the background's start-up (runtime.onStartup wakes it) makes them match the stored state.
    const timer = (): Promise<{ phase?: string; nextBreakAt?: number; alarms: Record<string, number> }> =>
      options.evaluate(async () => {
        const api = (globalThis as unknown as { browser: Api }).browser;
        const { timer: state } = (await api.storage.local.get('timer')) as { timer?: { phase: string; nextBreakAt: number } };
        const alarms = Object.fromEntries((await api.alarms.getAll()).map((a) => [a.name, a.scheduledTime]));
        return { phase: state?.phase, nextBreakAt: state?.nextBreakAt, alarms };
      });
    await expect.poll(async () => Object.keys((await timer()).alarms).sort(), { timeout: 15_000 }).toEqual(
      expect.arrayContaining(['limber-break', 'limber-posture', 'limber-tick']),
    );
    const after = await timer();
    expect(after.phase).toBe('running');
    expect(after.alarms['limber-break']).toBe(after.nextBreakAt);
    await options.close();
    expect(limber.errors).toEqual([]);
  });
});
