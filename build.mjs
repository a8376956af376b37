#!/usr/bin/env node
/**
 * Builds Limber into two unpacked extensions, dist/chrome and dist/firefox.
 *
 *   node build.mjs            production build (minified)
 *   node build.mjs --dev      keeps source maps, not minified
 *   node build.mjs --watch    rebuilds on change (implies nothing else)
 *   node build.mjs --package  also writes store-ready zips into dist/
 *
 * Entry points are found by convention, so a new page needs no edit here:
 *   src/background/index.ts          -> background.js
 *   src/content/index.ts             -> content.js
 *   src/<any>/<name>.html + index.ts(x) beside it -> <name>.html, <name>.js (+ <name>.css)
 * The JavaScript is identical for both browsers; the manifest differs, and
 * so does content.css (see widenHighlightRules).
 */
import * as esbuild from 'esbuild';
import { cp, mkdir, readdir, readFile, rm, writeFile, stat } from 'node:fs/promises';
import { existsSync, watch as fsWatch } from 'node:fs';
import { dirname, join, relative, basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateRawSync, crc32 } from 'node:zlib';

const ROOT = dirname(fileURLToPath(import.meta.url));
const SRC = join(ROOT, 'src');
const DIST = join(ROOT, 'dist');
const BROWSERS = /** @type {const} */ (['chrome', 'firefox']);

const args = new Set(process.argv.slice(2));
const dev = args.has('--dev');
const watching = args.has('--watch');
const packaging = args.has('--package');

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** Finds every bundle to build and every HTML page to copy. */
async function findEntries() {
  const entryPoints = [
    { in: join(SRC, 'background/index.ts'), out: 'background' },
    { in: join(SRC, 'content/index.ts'), out: 'content' },
  ];
  const pages = [];
  for await (const path of walk(SRC)) {
    if (!path.endsWith('.html')) continue;
    const name = basename(path, '.html');
    const script = ['index.tsx', 'index.ts'].map((f) => join(dirname(path), f)).find((f) => existsSync(f));
    if (!script) throw new Error(`${relative(ROOT, path)} has no index.ts(x) beside it`);
    entryPoints.push({ in: script, out: name });
    pages.push({ path, name });
  }
  const outs = entryPoints.map((e) => e.out);
  const clash = outs.find((o, i) => outs.indexOf(o) !== i);
  if (clash) throw new Error(`two entry points would both write ${clash}.js`);
  return { entryPoints, pages };
}

/**
 * Preact supports `dangerouslySetInnerHTML`, which Limber never uses and
 * forbids. This removes the one innerHTML write from Preact's bundle, so no
 * HTML sink ships at all (and addons-linter has nothing to warn about). If a
 * Preact upgrade changes that code, the build fails here instead of shipping it.
 */
const noInnerHtml = {
  name: 'no-inner-html',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const sink = /\b(\w+)\.innerHTML=(\w+)\.__html\b/g;
      const found = source.match(sink)?.length ?? 0;
      if (found !== 1) throw new Error(`expected one innerHTML write in ${path}, found ${found}: update the no-inner-html plugin`);
      const contents = source.replace(sink, 'void (()=>{throw new Error("Limber does not set innerHTML")})()');
      return { contents, loader: 'js' };
    });
  },
};

function esbuildOptions(entryPoints, outdir) {
  return {
    entryPoints,
    outdir,
    bundle: true,
    format: 'iife',
    target: ['chrome120', 'firefox140'],
    minify: !dev,
    sourcemap: dev ? 'linked' : false,
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    charset: 'utf8',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production') },
    loader: { '.svg': 'text' },
    plugins: [noInnerHtml],
  };
}

/** Copies pages, icons and locales, then writes each browser's manifest. */
async function finish(pages, staging) {
  for (const { path, name } of pages) await cp(path, join(staging, `${name}.html`));
  await mkdir(join(staging, 'icons'), { recursive: true });
  for (const file of await readdir(join(ROOT, 'icons'))) {
    if (file.endsWith('.png')) await cp(join(ROOT, 'icons', file), join(staging, 'icons', file));
  }
  await cp(join(SRC, '_locales'), join(staging, '_locales'), { recursive: true });
  const base = JSON.parse(await readFile(join(ROOT, 'manifest.json'), 'utf8'));
  for (const browser of BROWSERS) {
    const out = join(DIST, browser);
    await rm(out, { recursive: true, force: true });
    await cp(staging, out, { recursive: true });
    if (browser === 'firefox') await widenHighlightRules(join(out, 'content.css'));
    const manifest = deriveManifest(base, browser);
    await writeFile(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  }
}

/**
 * content.css puts its highlight rules on the root element, which Chromium
 * needs (see the comment there). Firefox does not inherit highlight styles,
 * so a rule there must match the element around the text: its copy uses the
 * universal `::highlight()` form.
 */
async function widenHighlightRules(file) {
  const css = await readFile(file, 'utf8');
  const universal = css.replaceAll(':root::highlight(', '::highlight(');
  if (universal === css) throw new Error(`${relative(ROOT, file)} has no :root::highlight( rule to widen for Firefox`);
  await writeFile(file, universal);
}

/**
 * Marks a script for V8's explicit compile hint (Chromium 136+; other engines
 * read it as a comment). The content script starts on every page, and nearly
 * all of its start-up path runs at once: compiled lazily, each function is
 * pre-parsed with the script and then parsed again on its first call. Eagerly,
 * it is parsed once, with the script. Measured with the benchmark pages
 * (Limber's JS time and the page's total main-thread time both drop by a few
 * ms a page); note that compile time spent with the script is no longer
 * counted as the extension's JS by the profiler, only in the main-thread total.
 */
async function compileEagerly(file) {
  await writeFile(file, `//# allFunctionsCalledOnLoad\n${await readFile(file, 'utf8')}`);
}

async function buildOnce() {
  const started = performance.now();
  const { entryPoints, pages } = await findEntries();
  const staging = join(DIST, '.staging');
  await rm(staging, { recursive: true, force: true });
  await esbuild.build(esbuildOptions(entryPoints, staging));
  // Not in dev builds: a line added above the code would shift their source maps.
  if (!dev) await compileEagerly(join(staging, 'content.js'));
  await finish(pages, staging);
  await rm(staging, { recursive: true, force: true });
  const ms = Math.round(performance.now() - started);
  console.log(`Built dist/chrome and dist/firefox${dev ? ' (dev)' : ''} in ${ms} ms`);
}

async function packageZips() {
  const { version } = JSON.parse(await readFile(join(ROOT, 'manifest.json'), 'utf8'));
  for (const browser of BROWSERS) {
    const dir = join(DIST, browser);
    const files = [];
    for await (const path of walk(dir)) {
      if (path.endsWith('.map')) continue;
      files.push({ name: relative(dir, path).split('\\').join('/'), data: await readFile(path) });
    }
    const zip = join(DIST, `limber-${browser}-${version}.zip`);
    await writeFile(zip, writeZip(files));
    console.log(`Wrote ${relative(ROOT, zip)} (${(await stat(zip)).size} bytes, ${files.length} files)`);
  }
}

async function watchMode() {
  await buildOnce();
  let timer;
  let running = Promise.resolve();
  const rebuild = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(buildOnce).catch((error) => console.error(error.message));
    }, 100);
  };
  for (const dir of [SRC, join(ROOT, 'icons')]) fsWatch(dir, { recursive: true }, rebuild);
  fsWatch(join(ROOT, 'manifest.json'), rebuild);
  console.log('Watching src/, icons/ and manifest.json for changes (Ctrl+C to stop)');
}

export const GECKO_ID = 'limber@limber-extension.org';

/**
 * Derives one browser's manifest from the root manifest.json. Chrome runs the
 * background as a service worker; Firefox as an event page, with its own id,
 * minimum version and data-collection statement, and without Chrome-only keys.
 */
export function deriveManifest(base, browser) {
  const manifest = structuredClone(base);
  if (browser === 'chrome') return manifest;
  const { service_worker: script, ...background } = manifest.background ?? {};
  manifest.background = { ...background, scripts: [script] };
  delete manifest.minimum_chrome_version;
  manifest.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: '142.0',
      data_collection_permissions: { required: ['none'] },
    },
  };
  return manifest;
}

/** A minimal zip writer (deflate, no extras): store packages need nothing more. */
export function writeZip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  // A fixed timestamp keeps packages reproducible: 2026-01-01 00:00 in DOS format.
  const dosTime = 0;
  const dosDate = ((2026 - 1980) << 9) | (1 << 5) | 1;
  for (const { name, data } of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

const runDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runDirectly) {
  if (watching) await watchMode();
  else {
    await buildOnce();
    if (packaging) await packageZips();
  }
}
