/**
 * Robustness over real saved web pages (the Readability test corpus): every
 * page is loaded in Chromium with Limber and in a plain Chromium without it,
 * side by side, and must come out the same: the same `document.body.innerText`,
 * the same bounding box for every element (empty 0×0 ones compared as a set:
 * see comparableBoxes), the same errors from the page's own scripts, and no
 * error from Limber.
 *
 * The corpus is not part of the repo. It is read from CORPUS_DIR, or from
 * ../shared/corpus/readability beside the repo; when neither exists this test
 * says so and does not run (CI sets CORPUS_DIR).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../tools/chromium.mjs';
import { launchLimber, ROOT, type Limber } from './fixtures';

const CORPUS_DIR = resolve(ROOT, process.env.CORPUS_DIR ?? '../shared/corpus/readability');
const available = existsSync(CORPUS_DIR);
const pages = available ? readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.html')).sort() : [];
if (!available) {
  console.warn(`content-corpus: NOT RUN. No page corpus at ${CORPUS_DIR}; set CORPUS_DIR to a folder of saved .html pages to run it.`);
}

const VIEWPORT = { width: 1280, height: 800 };

interface Snapshot {
  text: string;
  /** "tag x y w h" per element of body, in the order they are compared (comparableBoxes). */
  boxes: string[];
  pageErrors: string[];
}

function isLoopback(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:' || protocol === 'chrome-extension:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost';
}

/** Quiet time that counts as "the page's scripts are done": short, and longer for the second try of a page that differed. */
const QUIET_MS = 200;
const QUIET_AGAIN_MS = 1000;

async function snapshot(page: Page, quietMs: number): Promise<Omit<Snapshot, 'pageErrors'>> {
  return page.evaluate(async (quiet) => {
    // Wait for the page's own scripts to stop changing the DOM (`quiet` ms of
    // quiet, 3 s at most), then for an idle moment (Limber reads pages in idle slices).
    await new Promise<void>((resolve) => {
      let timer = setTimeout(done, quiet);
      const cap = setTimeout(done, 3000 + quiet);
      const observer = new MutationObserver(() => {
        clearTimeout(timer);
        timer = setTimeout(done, quiet);
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      function done(): void {
        observer.disconnect();
        clearTimeout(timer);
        clearTimeout(cap);
        resolve();
      }
    });
    await new Promise((r) => requestIdleCallback(() => r(null), { timeout: 1000 }));
    const boxes: string[] = [];
    for (const el of document.body?.querySelectorAll('*') ?? []) {
      const r = el.getBoundingClientRect();
      boxes.push(`${el.localName} ${Math.round(r.x)} ${Math.round(r.y)} ${Math.round(r.width)} ${Math.round(r.height)}`);
    }
    return { text: document.body?.innerText ?? '', boxes };
  }, quietMs);
}

/** Loads `url`, collecting errors of the page's own scripts and of Limber's content script. */
async function load(context: BrowserContext, url: string, limberErrors: string[], extensionId?: string, quietMs = QUIET_MS): Promise<Snapshot> {
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => {
    const where = `${error.stack ?? ''}`;
    if (extensionId && where.includes(`chrome-extension://${extensionId}/`)) limberErrors.push(`${url}: ${error.message}`);
    else pageErrors.push(error.message);
  });
  page.on('console', (msg) => {
    // Errors thrown or logged by Limber's content script (not a page's own failed request to some other extension).
    if (msg.type() !== 'error' || msg.text().startsWith('Failed to load resource')) return;
    if (extensionId && msg.location().url.startsWith(`chrome-extension://${extensionId}/`)) limberErrors.push(`${url}: ${msg.text()}`);
  });
  try {
    // Every page starts from a clean origin: the corpus shares one origin, and
    // ad scripts read what earlier pages stored (cookies, localStorage).
    await context.clearCookies();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(url).origin, storageTypes: 'all' });
    await cdp.detach();
    await page.goto(url, { waitUntil: 'load', timeout: 20_000 }).catch(() => page.waitForLoadState('domcontentloaded'));
    const snap = await snapshot(page, quietMs);
    return { text: snap.text, boxes: comparableBoxes(snap.boxes), pageErrors: pageErrors.sort() };
  } finally {
    await page.close();
  }
}

/**
 * The boxes as compared: elements with a size in document order, then the
 * empty (0×0) ones sorted. A page's scripts may insert invisible elements (a
 * tracking iframe, an empty ad slot) in an order that depends on timing, which
 * any extension's work at load can tip; where something with a size sits is
 * compared exactly.
 */
function comparableBoxes(boxes: readonly string[]): string[] {
  const empty = (box: string): boolean => box.endsWith(' 0 0');
  return [...boxes.filter((box) => !empty(box)), ...boxes.filter(empty).sort()];
}

function firstDifference(a: string[], b: string[]): string {
  const at = a.findIndex((x, i) => x !== b[i]);
  const i = at < 0 ? Math.min(a.length, b.length) : at;
  return `element #${i}: without Limber “${a[i] ?? '(none)'}”, with Limber “${b[i] ?? '(none)'}” (${a.length} vs ${b.length} elements)`;
}

describe.skipIf(!available)(`Limber on every page of the corpus (${CORPUS_DIR})`, () => {
  let limber: Limber;
  let plainBrowser: Browser;
  let plain: BrowserContext;
  const limberErrors: string[] = [];
  /** Pages whose own scripts do not render the same twice: compared on what is stable. */
  const unstable: string[] = [];

  beforeAll(async () => {
    limber = await launchLimber();
    limber.server.mount('/corpus/', CORPUS_DIR);
    plainBrowser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs(), headless: true });
    plain = await plainBrowser.newContext({ viewport: VIEWPORT });
    await plain.route('**/*', (route) => (isLoopback(route.request().url()) ? route.continue() : route.abort()));
  }, 60_000);

  afterAll(async () => {
    await plainBrowser?.close();
    await limber?.close();
    if (unstable.length > 0) console.log(`content-corpus: ${unstable.length} page(s) render differently on every load even without Limber: ${unstable.join(', ')}`);
  });

  it.each(pages)('%s: same text, same layout, page scripts unaffected, no Limber error', async (file) => {
    const url = `${limber.server.origin}/corpus/${encodeURIComponent(file)}`;
    const [without, withLimber] = await Promise.all([load(plain, url, []), load(limber.context, url, limberErrors, limber.extensionId)]);
    const same = (a: Snapshot, b: Snapshot): boolean =>
      a.text === b.text && a.boxes.join('\n') === b.boxes.join('\n') && a.pageErrors.join('\n') === b.pageErrors.join('\n');
    let reference = without;
    let withRef = withLimber;
    let again: Snapshot | undefined;
    if (!same(without, withLimber)) {
      // The page's own scripts may vary between loads (clocks, random ids, ad
      // timing) or still be at work on a busy machine: load it again both
      // ways, waiting longer for them; a difference is Limber's only if it
      // shows every time.
      let withAgain: Snapshot;
      [again, withAgain] = await Promise.all([
        load(plain, url, [], undefined, QUIET_AGAIN_MS),
        load(limber.context, url, limberErrors, limber.extensionId, QUIET_AGAIN_MS),
      ]);
      const pairs: [Snapshot, Snapshot][] = [
        [without, withAgain],
        [again, withLimber],
        [again, withAgain],
      ];
      const match = pairs.find(([a, b]) => same(a, b));
      if (match) [reference, withRef] = match;
      else if (!same(again, without)) unstable.push(file);
      else withRef = withAgain;
    }
    if (again && unstable.includes(file)) {
      // Every line both plain loads agree on must be there, in order, with Limber too.
      const agreed = new Set(again.text.split('\n'));
      const stableLines = without.text.split('\n').filter((line) => agreed.has(line));
      const lines = withLimber.text.split('\n');
      let at = 0;
      const missing = stableLines.filter((line) => {
        const found = lines.indexOf(line, at);
        if (found < 0) return true;
        at = found + 1;
        return false;
      });
      expect(missing, 'stable lines of document.body.innerText').toEqual([]);
      expect(limberErrors.filter((e) => e.startsWith(`${url}:`))).toEqual([]);
      return;
    }
    expect(withRef.text, 'document.body.innerText').toBe(reference.text);
    if (reference.boxes.join('\n') !== withRef.boxes.join('\n')) {
      expect.fail(`bounding boxes differ at ${firstDifference(reference.boxes, withRef.boxes)}`);
    }
    expect(withRef.pageErrors, "the page's own script errors").toEqual(reference.pageErrors);
    expect(limberErrors.filter((e) => e.startsWith(`${url}:`))).toEqual([]);
  });

  it('logged no errors in any extension context', () => {
    expect(limber.errors).toEqual([]);
    expect(limberErrors).toEqual([]);
  });
});
