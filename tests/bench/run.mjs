#!/usr/bin/env node
/**
 * `npm run bench`: what Limber's content script costs a page, measured in real
 * Chromium, side by side with no extension and with a bare TreeWalker
 * reference extension (reads every text node once: the floor any highlighter
 * pays), runs interleaved, medians printed. No assertions: a table and the
 * targets of issue 4, each marked met or not.
 *
 * Pages: a sample of the corpus (CORPUS_DIR or ../shared/corpus/readability;
 * BENCH_PAGES pages, the largest first, default 10), a generated 5 MB page
 * with ~27,000 terms, and a generated endless page (200 paragraphs appended
 * every 100 ms for 5 s; old ones removed). BENCH_RUNS runs each (default 3;
 * the endless page BENCH_ENDLESS_RUNS, default 7: its timing is the noisiest).
 *
 * A third reference, on the corpus pages only, is what issue 4 calls a
 * straightforward Highlight-API implementation: it answers messages and reads
 * its settings like any extension of this kind must, then runs one regular
 * expression of every form over each text node and registers every range at
 * once. The issue measured it at about 2× the floor; printing it beside Limber
 * shows what 2× means on the machine at hand.
 *
 * Figures per page and variant:
 *   ext JS     ms of V8 samples (100 µs profiler) with a chrome-extension:// frame
 *   ext max    longest unbroken run of such samples (≈ longest task the extension caused)
 *   main +ms   extra main-thread time (CDP Performance TaskDuration) over no extension:
 *              the median of per-run differences (each run measures every variant back to back);
 *              on the endless page from loads without the profiler, whose own cost grows with
 *              the JS it samples (elsewhere it is measured with the profiler running)
 *   LoAF       longest long animation frame after DOMContentLoaded (main world observer)
 *   frames     frames rendered in 2 s while the page changes one word per frame (5 MB page)
 *   restyle    one full style recalculation of the 5 MB page (a style rule changed that
 *              matches every paragraph), median of 7 in the page: what the page pays
 *              for Limber's style sheet whenever its styles change
 *   ranges     ranges registered in CSS.highlights (limber-term)
 *   heap       JS heap used after a forced GC (MB)
 */
import { createServer } from 'node:http';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile, mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve, dirname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension } from '../tools/chromium.mjs';
import { benchMatcher, loadModules } from './matcher.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS_DIR = resolve(ROOT, process.env.CORPUS_DIR ?? '../shared/corpus/readability');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ENDLESS_RUNS = Number(process.env.BENCH_ENDLESS_RUNS ?? Math.max(RUNS, 7));
const PAGES = Number(process.env.BENCH_PAGES ?? 10);
const VIEWPORT = { width: 1280, height: 800 };
const SETTLE_MS = { corpus: 1500, big: 4000, endless: 5600 };
const startedAt = performance.now();

// ---------------------------------------------------------------- pages

const WORDS = 'the a of and to in is was for on that with as it by at from this be are or an which you one had not but what all were when there can more if no out so up said about into than them only other new some could time these two may then first any my now such like our over man me even most made after also did many before must through years where much your way well down should because each just those people how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three'.split(' ');
const TERMS = ['lower back pain', 'sciatica', 'herniated disc', 'spine', 'muscle spasm', 'poor posture', 'physiotherapy', 'ibuprofen', 'glute stretch', 'standing desk', 'morning stiffness', 'lumbar support'];

/** A deterministic ~5 MB article with about 27,000 glossary terms in ~10,000 paragraphs. */
function bigPage() {
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const paragraphs = [];
  let size = 0;
  let terms = 0;
  while (size < 5_000_000) {
    const words = [];
    for (let i = 0; i < 80; i++) {
      if (rand() < 0.034) {
        words.push(TERMS[Math.floor(rand() * TERMS.length)]);
        terms++;
      } else words.push(WORDS[Math.floor(rand() * WORDS.length)]);
    }
    const p = `<p>${words.join(' ')}.</p>`;
    paragraphs.push(p);
    size += p.length;
  }
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Big</title></head><body><h1>A 5 MB page</h1>
<p id="churn">This word changes every frame: <span id="word">0</span>.</p>
${paragraphs.join('\n')}
</body></html>`;
  return { html, terms };
}

const ENDLESS = `<!doctype html><html><head><meta charset="utf-8"><title>Endless</title></head><body><main id="feed"></main><script>
const feed = document.getElementById('feed');
const words = ${JSON.stringify(WORDS.slice(0, 60))};
const terms = ${JSON.stringify(TERMS)};
let n = 0;
function paragraph() {
  const p = document.createElement('p');
  const w = [];
  for (let i = 0; i < 40; i++) w.push(i % 13 === 5 ? terms[(n + i) % terms.length] : words[(n * 7 + i) % words.length]);
  p.textContent = 'Post ' + (n++) + ': ' + w.join(' ') + '.';
  return p;
}
window.addEventListener('load', () => {
  const started = performance.now();
  const timer = setInterval(() => {
    const batch = document.createDocumentFragment();
    for (let i = 0; i < 200; i++) batch.append(paragraph());
    feed.append(batch);
    // An endless feed keeps what is near the reader and drops the rest.
    while (feed.childElementCount > 1000) feed.firstElementChild.remove();
    window.scrollTo(0, document.documentElement.scrollHeight);
    if (performance.now() - started >= 5000) { clearInterval(timer); window.endlessDone = true; }
  }, 100);
});
</script></body></html>`;

/** Main-world observer for long animation frames and long tasks after DOMContentLoaded. */
const OBSERVER = `(() => {
  const longest = { loaf: 0, loafExt: 0, task: 0 };
  window.__bench = longest;
  const after = () => performance.getEntriesByType('navigation')[0]?.domContentLoadedEventStart ?? 0;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.startTime < after()) continue;
        longest.loaf = Math.max(longest.loaf, e.duration);
        if ((e.scripts ?? []).some((s) => (s.sourceURL ?? '').startsWith('chrome-extension://'))) longest.loafExt = Math.max(longest.loafExt, e.duration);
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.startTime >= after()) longest.task = Math.max(longest.task, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

// ---------------------------------------------------------------- server

async function startServer(routes) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (routes.has(path)) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(routes.get(path));
      return;
    }
    if (path.startsWith('/corpus/')) {
      const file = normalize(join(CORPUS_DIR, path.slice('/corpus/'.length)));
      if (file.startsWith(CORPUS_DIR)) {
        try {
          const data = await readFile(file);
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(data);
          return;
        } catch {
          /* fall through */
        }
      }
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => (server.closeAllConnections(), server.close(r))) };
}

// ---------------------------------------------------------------- browsers

/** One regular expression of every glossary form, longest first, as a straightforward implementation would write it. */
async function allFormsPattern() {
  const { glossary } = await loadModules();
  const forms = [...new Set(glossary.flatMap((concept) => concept.forms.map((form) => form.toLowerCase())))].sort((a, b) => b.length - a.length);
  const escaped = forms.map((form) => form.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&').replace(/ /g, '[\\s-]+'));
  return `\\b(?:${escaped.join('|')})\\b`;
}

/** A reference extension in a temporary folder: one content script on every web page, run at document_idle. */
async function referenceExtension({ name, permissions = [], script }) {
  const dir = await mkdtemp(join(tmpdir(), 'limber-reference-'));
  const manifest = {
    manifest_version: 3,
    name,
    version: '1.0',
    permissions,
    background: { service_worker: 'sw.js' },
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_idle', all_frames: true }],
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(dir, 'sw.js'), '');
  await writeFile(join(dir, 'content.js'), script);
  return dir;
}

/** The floor: reads every text node once. */
const floorExtension = () =>
  referenceExtension({
    name: 'TreeWalker floor',
    script: `(() => {
  const root = document.body ?? document.documentElement;
  if (!root) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let chars = 0;
  while (walker.nextNode()) chars += walker.currentNode.data.length;
  globalThis.__limberFloor = chars;
})();`,
  });

/** The straightforward implementation of issue 4 (see the top of this file). */
const straightforwardExtension = async () =>
  referenceExtension({
    name: 'Straightforward highlighter',
    permissions: ['storage'],
    script: `(() => {
  chrome.runtime.onMessage.addListener(() => false);
  chrome.storage.local.get('settings').then(() => {
    const root = document.body ?? document.documentElement;
    if (!root) return;
    const pattern = new RegExp(${JSON.stringify(await allFormsPattern())}, 'gi');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const ranges = [];
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const text = node.data;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        ranges.push(new StaticRange({ startContainer: node, startOffset: m.index, endContainer: node, endOffset: m.index + m[0].length }));
      }
    }
    CSS.highlights.set('straightforward-term', new Highlight(...ranges));
  });
})();`,
  });

const isLoopback = (url) => {
  const { protocol, hostname } = new URL(url);
  return protocol !== 'http:' && protocol !== 'https:' ? true : hostname === '127.0.0.1' || hostname === 'localhost';
};

async function launchVariants() {
  const refDir = await floorExtension();
  const simpleDir = await straightforwardExtension();
  const limber = await launchWithExtension({ extensionDir: join(ROOT, 'dist/chrome'), viewport: VIEWPORT });
  const floor = await launchWithExtension({ extensionDir: refDir, viewport: VIEWPORT });
  const simple = await launchWithExtension({ extensionDir: simpleDir, viewport: VIEWPORT });
  // The same browser set-up with no extension. (A plain launch with a fresh
  // browser context is not comparable: it spent 400 to 600 ms more main-thread
  // time on the endless page, most of it in layout, than a persistent profile
  // launched like the others, with or without an extension.)
  const plain = await launchWithExtension({ viewport: VIEWPORT });
  const variants = { none: plain.context, floor: floor.context, straightforward: simple.context, limber: limber.context };
  for (const context of Object.values(variants)) {
    await context.route('**/*', (route) => (isLoopback(route.request().url()) ? route.continue() : route.abort()));
    await context.addInitScript(OBSERVER);
  }
  let simpleOpen = true;
  /** The straightforward reference is only for the corpus pages: closed before the others, so it runs nothing beside them. */
  const closeStraightforward = async () => {
    if (!simpleOpen) return;
    simpleOpen = false;
    await simple.context.close();
    await rm(simple.userDataDir, { recursive: true, force: true });
    await rm(simpleDir, { recursive: true, force: true });
  };
  return {
    variants,
    closeStraightforward,
    async close() {
      await closeStraightforward();
      await limber.context.close();
      await floor.context.close();
      await plain.context.close();
      await rm(plain.userDataDir, { recursive: true, force: true });
      await rm(limber.userDataDir, { recursive: true, force: true });
      await rm(floor.userDataDir, { recursive: true, force: true });
      await rm(refDir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------- measuring

/** Extension JS time and its longest unbroken run, from a V8 CPU profile. */
function extensionTime(profile) {
  const parent = new Map();
  const byId = new Map();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const isExt = new Map();
  const ext = (id) => {
    if (isExt.has(id)) return isExt.get(id);
    const node = byId.get(id);
    const mine = (node?.callFrame?.url ?? '').startsWith('chrome-extension://');
    const p = parent.get(id);
    const value = mine || (p !== undefined && ext(p));
    isExt.set(id, value);
    return value;
  };
  let total = 0;
  let run = 0;
  let longest = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const dt = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    if (ext(samples[i])) {
      total += dt;
      run += dt;
      longest = Math.max(longest, run);
    } else run = 0;
  }
  return { total, longest };
}

/** One load of `url`; with `profiling`, V8's sampling profiler runs until the page has settled. */
async function measure(context, url, kind, profiling = true) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (profiling) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 }).catch(() => undefined);
  let frames;
  let heapMidMB;
  if (kind === 'endless') {
    await page.waitForTimeout(2600);
    // The heap is read from the profiled load only: the forced collection
    // would add its own main-thread time to the unprofiled one, whose
    // main-thread time is what is reported (and it costs more with a bigger heap).
    if (profiling) {
      await cdp.send('HeapProfiler.collectGarbage');
      heapMidMB = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6;
    }
    await page.waitForFunction(() => window.endlessDone === true, null, { timeout: 20_000 }).catch(() => undefined);
    await page.waitForTimeout(400);
  } else await page.waitForTimeout(SETTLE_MS[kind]);
  const profile = profiling ? (await cdp.send('Profiler.stop')).profile : undefined;
  const { metrics } = await cdp.send('Performance.getMetrics');
  const taskMs = (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  if (kind === 'big') {
    frames = await page.evaluate(
      () =>
        new Promise((done) => {
          const word = document.getElementById('word');
          let count = 0;
          const start = performance.now();
          const tick = (now) => {
            if (now - start >= 2000) return done(count);
            count++;
            word.textContent = String(count);
            requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        }),
    );
  }
  const restyleMs =
    kind === 'big'
      ? await page.evaluate(() => {
          const rule = document.head.appendChild(document.createElement('style'));
          const times = [];
          for (let i = 0; i < 7; i++) {
            rule.textContent = `p { --bench-restyle: ${i}; }`;
            const start = performance.now();
            void document.body.offsetHeight;
            times.push(performance.now() - start);
          }
          rule.remove();
          return times.sort((a, b) => a - b)[3];
        })
      : undefined;
  const ranges = await page.evaluate(() =>
    ['limber-term', 'limber-term-background', 'straightforward-term'].reduce((sum, name) => sum + (CSS.highlights.get(name)?.size ?? 0), 0),
  );
  const longest = await page.evaluate(() => window.__bench ?? { loaf: 0, loafExt: 0, task: 0 });
  await cdp.send('HeapProfiler.collectGarbage');
  const heapMB = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6;
  const ext = profile ? extensionTime(profile) : { total: undefined, longest: undefined };
  await page.close();
  return { extMs: ext.total, extMaxMs: ext.longest, taskMs, loafMs: longest.loaf, loafExtMs: longest.loafExt, frames, restyleMs, ranges, heapMB, heapMidMB };
}

// ---------------------------------------------------------------- report

const median = (xs) => {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  return v.length === 0 ? undefined : v[Math.floor(v.length / 2)];
};
const fmt = (x, digits = 0) => (x === undefined ? '–' : x.toFixed(digits));

function table(rows, columns) {
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? '').length)));
  const line = (cells) => cells.map((c, i) => String(c ?? '').padStart(widths[i] ?? 0)).join('  ');
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(columns.map((c) => r[c])))].join('\n');
}

async function main() {
  console.log(`Limber content-script benchmark — ${RUNS} run(s) per page and variant, interleaved.`);
  const m = await benchMatcher(CORPUS_DIR);
  console.log(
    `\nMatcher (${m.forms} forms) over the corpus text (${(m.chars / 1e6).toFixed(1)} M chars, ${m.pages} pages): ` +
      `Limber's matcher ${m.regexMs.toFixed(0)} ms vs trie walk ${m.trieMs.toFixed(0)} ms (median of 5); ` +
      `building it from the glossary ${m.compileMs.toFixed(0)} ms (pages use it prebuilt); ${m.matches} matches; engines disagree on ${m.disagreements} page(s).`,
  );

  const routes = new Map();
  const big = bigPage();
  routes.set('/big.html', big.html);
  routes.set('/endless.html', ENDLESS);
  routes.set('/warm-up.html', '<!doctype html><html><head><meta charset="utf-8"><title>Warm-up</title></head><body><p>A lower back pain warm-up.</p></body></html>');
  const server = await startServer(routes);
  const corpus = existsSync(CORPUS_DIR)
    ? readdirSync(CORPUS_DIR)
        .filter((f) => f.endsWith('.html'))
        .map((f) => ({ f, size: statSync(join(CORPUS_DIR, f)).size }))
        .sort((a, b) => b.size - a.size)
        .slice(0, PAGES)
        .map(({ f }) => f)
    : [];
  if (corpus.length === 0) console.log(`\nNo corpus at ${CORPUS_DIR}: corpus rows skipped.`);
  const pages = [
    ...corpus.map((f) => ({ name: f, url: `${server.origin}/corpus/${encodeURIComponent(f)}`, kind: 'corpus' })),
    { name: `big.html (${(big.html.length / 1e6).toFixed(1)} MB, ${big.terms} terms)`, url: `${server.origin}/big.html`, kind: 'big' },
    { name: 'endless.html (5 s feed)', url: `${server.origin}/endless.html`, kind: 'endless' },
  ];

  const browsers = await launchVariants();
  const names = Object.keys(browsers.variants);
  // A browser's first page pays its own start-up (processes, caches): each
  // variant loads one unmeasured page first, so no run 1 carries it. It is on
  // another site (localhost, not 127.0.0.1), so no measured page shares its
  // renderer process or whatever that process has compiled.
  const warmUp = server.origin.replace('127.0.0.1', 'localhost');
  for (const context of Object.values(browsers.variants)) {
    const page = await context.newPage();
    const response = await page.goto(`${warmUp}/warm-up.html`, { waitUntil: 'load' }).catch(() => null);
    if (!response?.ok()) console.log(`(warm-up page did not load: ${warmUp})`);
    await page.waitForTimeout(300);
    await page.close();
  }
  /** The straightforward reference is measured on the corpus pages only: the issue gives its cost there. */
  const variantsFor = (page) => names.filter((n) => n !== 'straightforward' || page.kind === 'corpus');
  const results = new Map(); // page -> variant -> samples[]
  for (const page of pages) {
    if (page.kind !== 'corpus') await browsers.closeStraightforward();
    const measured = variantsFor(page);
    const perVariant = Object.fromEntries(measured.map((n) => [n, []]));
    // The endless page's 5 s of main-thread time swings by hundreds of ms from
    // run to run on a shared machine: it gets more runs, so its median holds.
    const runs = page.kind === 'endless' ? ENDLESS_RUNS : RUNS;
    for (let run = 0; run < runs; run++) {
      // Rotate the order each run so no variant always goes first.
      const order = measured.map((_, i) => measured[(i + run) % measured.length]);
      for (const variant of order) {
        const sample = await measure(browsers.variants[variant], page.url, page.kind);
        if (page.kind === 'endless') {
          // The profiler's own cost on the main thread grows with the JS it
          // samples (on this page it added 100 to 300 ms to Limber's 5 s and
          // almost nothing to the others): the page's main-thread time and
          // longest animation frame are taken from a second load, not profiled.
          const unprofiled = await measure(browsers.variants[variant], page.url, page.kind, false);
          sample.taskMs = unprofiled.taskMs;
          sample.loafMs = unprofiled.loafMs;
        }
        perVariant[variant].push(sample);
      }
    }
    results.set(page, perVariant);
    process.stdout.write('.');
  }
  process.stdout.write('\n');
  await browsers.close();
  await server.close();

  const rows = [];
  let corpusLimber = 0;
  let corpusFloor = 0;
  let corpusSimple = 0;
  let worstExtTask = 0;
  let worstExtTaskPage = '';
  const summary = {};
  for (const [page, perVariant] of results) {
    const med = (variant, key) => median(perVariant[variant].map((s) => s[key]));
    /**
     * What a variant adds to the page with no extension: the median of the
     * differences within each run, whose measurements are made back to back,
     * so a slow minute on the machine weighs on both sides of a difference.
     */
    const added = (variant, key) => median(perVariant[variant].map((s, run) => s[key] - (perVariant.none[run]?.[key] ?? NaN)));
    const limberExt = med('limber', 'extMs');
    const floorExt = med('floor', 'extMs');
    if (page.kind === 'corpus') {
      corpusLimber += limberExt ?? 0;
      corpusFloor += floorExt ?? 0;
      corpusSimple += med('straightforward', 'extMs') ?? 0;
    }
    const extMax = med('limber', 'extMaxMs');
    if ((extMax ?? 0) > worstExtTask) {
      worstExtTask = extMax ?? 0;
      worstExtTaskPage = page.name;
    }
    for (const variant of Object.keys(perVariant)) {
      const extMs = med(variant, 'extMs');
      const highlighter = variant === 'limber' || variant === 'straightforward';
      const row = {
        page: variant === names[0] ? page.name.slice(0, 44) : '',
        variant,
        'ext JS ms': variant === 'none' ? '' : fmt(extMs, 1),
        'x floor': highlighter && floorExt ? fmt((extMs ?? 0) / floorExt, 1) : '',
        'ext max ms': variant === 'none' ? '' : fmt(med(variant, 'extMaxMs'), 1),
        'main ms': fmt(med(variant, 'taskMs')),
        'main +ms': variant === 'none' ? '' : fmt(added(variant, 'taskMs')),
        'LoAF ms': fmt(med(variant, 'loafMs')),
        frames: page.kind === 'big' ? fmt(med(variant, 'frames')) : '',
        'restyle ms': page.kind === 'big' ? fmt(med(variant, 'restyleMs')) : '',
        ranges: highlighter ? fmt(med(variant, 'ranges')) : '',
        'heap MB': fmt(med(variant, 'heapMB'), 1),
      };
      rows.push(row);
    }
    if (page.kind === 'big') {
      summary.big = { frames: med('limber', 'frames'), framesNone: med('none', 'frames'), restyle: med('limber', 'restyleMs'), restyleNone: med('none', 'restyleMs') };
    }
    if (page.kind === 'endless') {
      summary.endless = {
        extra: added('limber', 'taskMs') ?? 0,
        runs: perVariant.limber.length,
        growthLimber: (med('limber', 'heapMB') ?? 0) - (med('limber', 'heapMidMB') ?? 0),
        growthNone: (med('none', 'heapMB') ?? 0) - (med('none', 'heapMidMB') ?? 0),
      };
    }
  }
  console.log(`\n${table(rows, Object.keys(rows[0] ?? {}))}`);

  const ratio = corpusFloor > 0 ? corpusLimber / corpusFloor : undefined;
  const mark = (ok) => (ok ? 'met' : 'NOT MET');
  console.log('\nTargets (issue 4):');
  console.log(`- longest unbroken run of extension JS on any page: ${fmt(worstExtTask, 1)} ms (${worstExtTaskPage}) — target under 50 ms: ${mark(worstExtTask < 50)}`);
  if (ratio !== undefined) {
    console.log(`- corpus JS time, sum of medians over ${corpus.length} pages: Limber ${fmt(corpusLimber, 1)} ms vs TreeWalker floor ${fmt(corpusFloor, 1)} ms = ${fmt(ratio, 2)}× — target within 2×: ${mark(ratio <= 2)}`);
    console.log(`  (for scale: the straightforward implementation, which the issue measured at about 2×, ${fmt(corpusSimple, 1)} ms = ${fmt(corpusSimple / corpusFloor, 2)}× here)`);
  }
  if (summary.big) {
    const { frames = 0, framesNone = 0 } = summary.big;
    const share = framesNone > 0 ? frames / framesNone : 0;
    // A machine that cannot render 120 frames in 2 s even without an extension is judged by the same share (100/120).
    const ok = framesNone >= 120 ? frames >= 100 : share >= 100 / 120;
    console.log(
      `- 5 MB page churn: ${fmt(frames)} frames in 2 s with Limber, ${fmt(framesNone)} without (${fmt(share * 100)}%) — target at least 100 of 120 (83%): ${mark(ok)}` +
        (framesNone < 120 ? ' (judged by share: this machine renders fewer than 120 frames even without an extension)' : ''),
    );
    const { restyle = 0, restyleNone = 0 } = summary.big;
    console.log(`  (not a target: one full style recalculation of that page takes ${fmt(restyle)} ms with Limber, ${fmt(restyleNone)} ms without = ${fmt(restyleNone > 0 ? restyle / restyleNone : 0, 2)}×)`);
  }
  if (summary.endless) {
    console.log(
      `- endless page: +${fmt(summary.endless.extra)} ms main-thread time over 5 s (median of ${summary.endless.runs} paired runs) — target at most 350 ms: ${mark(summary.endless.extra <= 350)}`,
    );
    console.log(
      `- endless page heap after GC, growth from 2.6 s to the end: Limber ${fmt(summary.endless.growthLimber, 1)} MB, no extension ${fmt(summary.endless.growthNone, 1)} MB — target no growth beyond the page's own: ${mark(summary.endless.growthLimber - summary.endless.growthNone <= 1)}`,
    );
  }
  console.log(`\nTotal ${((performance.now() - startedAt) / 1000).toFixed(0)} s.`);
}

await main();
