/**
 * Matcher engines side by side: Limber's two-stage matcher (a regular
 * expression of the forms' first words, then the forms compared in code;
 * src/content/matcher.ts) against a hand-written trie walk over the same
 * glossary, on the text of the corpus pages. Both must find the same matches;
 * prints median times. Run by tests/bench/run.mjs, or alone:
 *   node tests/bench/matcher.mjs
 */
import * as esbuild from 'esbuild';
import { readFile, readdir, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Bundles the TypeScript modules the benchmark needs into one ES module and imports it. */
export async function loadModules() {
  const dir = await mkdtemp(join(tmpdir(), 'limber-bench-'));
  const entry = join(dir, 'entry.ts');
  const { writeFile } = await import('node:fs/promises');
  await writeFile(
    entry,
    `export { compileMatcher, normaliseForm } from ${JSON.stringify(join(ROOT, 'src/content/matcher.ts'))};\n` +
      `export { glossary } from ${JSON.stringify(join(ROOT, 'src/knowledge/glossary.ts'))};\n`,
  );
  const out = join(dir, 'bundle.mjs');
  await esbuild.build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'error' });
  const mod = await import(pathToFileURL(out).href);
  await rm(dir, { recursive: true, force: true });
  return mod;
}

const WORD = /[\p{L}\p{N}\p{M}]/u;
const SEP = /[\s\u2010\u2011-]/u;
const APOS = /['\u2018\u2019\u02bc`\u00b4]/;

/** The alternative engine: a character trie walked from every word start, longest match kept. */
function compileTrie(glossary, normaliseForm) {
  const root = new Map();
  const END = Symbol('end');
  for (const concept of glossary) {
    for (const form of concept.forms) {
      const key = normaliseForm(form);
      let node = root;
      for (const ch of key) {
        if (!node.has(ch)) node.set(ch, new Map());
        node = node.get(ch);
      }
      if (!node.has(END)) node.set(END, concept.id);
    }
  }
  const canon = (ch) => (SEP.test(ch) ? '\u0001' : APOS.test(ch) ? '\u0002' : ch.toLowerCase());
  return {
    find(text) {
      const out = [];
      let i = 0;
      while (i < text.length) {
        if (i > 0 && WORD.test(text[i - 1])) {
          i++;
          continue;
        }
        let node = root;
        let j = i;
        let best = -1;
        let bestId;
        while (j < text.length) {
          const ch = canon(text[j]);
          const next = node.get(ch);
          if (!next) break;
          node = next;
          j++;
          if (ch === '\u0001') while (j < text.length && SEP.test(text[j])) j++;
          if (node.has(END) && !(j < text.length && WORD.test(text[j]))) {
            best = j;
            bestId = node.get(END);
          }
        }
        if (best > 0) {
          out.push({ start: i, end: best, id: bestId });
          i = best;
        } else i++;
      }
      return out;
    },
  };
}

/** Visible-ish text of a saved page: tags, scripts and styles stripped. */
function textOf(html) {
  return html
    .replace(/<(script|style|noscript)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&');
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export async function benchMatcher(corpusDir, runs = 5) {
  const { compileMatcher, normaliseForm, glossary } = await loadModules();
  const compileStart = performance.now();
  const regex = compileMatcher(glossary);
  const compileMs = performance.now() - compileStart;
  const trie = compileTrie(glossary, normaliseForm);
  const texts = [];
  if (existsSync(corpusDir)) {
    for (const file of (await readdir(corpusDir)).filter((f) => f.endsWith('.html')).sort()) texts.push(textOf(await readFile(join(corpusDir, file), 'utf8')));
  } else {
    texts.push('Lower back pain and sciatica after a night on a sagging mattress. '.repeat(20000));
  }
  const chars = texts.reduce((n, t) => n + t.length, 0);
  // Same answers first.
  let regexMatches = 0;
  let disagreements = 0;
  for (const text of texts) {
    const a = regex.find(text);
    const b = trie.find(text);
    regexMatches += a.length;
    if (JSON.stringify(a) !== JSON.stringify(b)) disagreements++;
  }
  const time = (engine) => {
    const samples = [];
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      for (const text of texts) engine.find(text);
      samples.push(performance.now() - t0);
    }
    return median(samples);
  };
  const regexMs = time(regex);
  const trieMs = time(trie);
  return { chars, pages: texts.length, forms: regex.formCount, matches: regexMatches, disagreements, compileMs, regexMs, trieMs };
}

const runDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runDirectly) {
  const corpus = resolve(ROOT, process.env.CORPUS_DIR ?? '../shared/corpus/readability');
  const r = await benchMatcher(corpus);
  console.log(r);
}
