/**
 * Finds glossary terms in a run of text. Pure: no DOM, compiled once from the
 * glossary and then reused for every block of every page.
 *
 * Rules (each unit-tested):
 * - case-insensitive; whole words only, with Unicode-aware boundaries: a
 *   match may not touch a letter, digit or combining mark (\p{L}\p{N}\p{M})
 *   on either side ("spine" not in "spineless", "disc" not in "discs" unless
 *   the glossary lists "discs");
 * - where several forms start at the same place, the longest wins
 *   ("lower back pain" over "lower back"); matches never overlap, and the
 *   leftmost one wins;
 * - a space or hyphen in a form matches any run of white space (non-breaking
 *   spaces and line breaks included) and hyphens (-, ‐, ‑) in the text, so
 *   "low back pain", "low-back pain" and "low\u00a0back\npain" are one term;
 * - an apostrophe in a form matches ' ’ ‘ ʼ ` and ´.
 *
 * Technique: the forms are put in a trie, and the trie is written out as one
 * regular expression (shared prefixes are factored, so the engine never
 * retries hundreds of alternatives at a position). A greedy optional group
 * at each node makes the longest form win; the right boundary is a
 * look-ahead, so a too-long candidate backtracks to a shorter form. The left
 * boundary is checked in code, which lets V8 keep its fast first-character
 * scan. The text is lower-cased before matching rather than matched with the
 * `i` flag, which is several times slower in V8 with Unicode patterns.
 * tests/bench/matcher.mjs compares this with a hand-written trie walk
 * (the regular expression is about 8× faster on the corpus text).
 */

export interface MatcherTerm {
  readonly id: string;
  /** Lower-case surface forms. */
  readonly forms: readonly string[];
}

export interface TermMatch {
  /** UTF-16 offsets into the searched text; `end` is exclusive. */
  readonly start: number;
  readonly end: number;
  readonly id: string;
}

export interface Matcher {
  /** Every match in `text`, in order, never overlapping. */
  find(text: string): TermMatch[];
  /** The number of distinct normalised forms compiled in. */
  readonly formCount: number;
}

const SEPARATOR = '\u0001';
const APOSTROPHE = '\u0002';
const SEPARATOR_SOURCE = '[\\s\\u2010\\u2011-]+';
const APOSTROPHE_SOURCE = "['\\u2018\\u2019\\u02bc`\\u00b4]";
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const EDGE_SEPARATORS = new RegExp(`^${SEPARATOR}|${SEPARATOR}$`, 'g');

/** The canonical key of a form or of matched text: lower case, one separator mark, one apostrophe mark. */
export function normaliseForm(text: string): string {
  return text
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc`\u00b4]/g, APOSTROPHE)
    .replace(/[\s\u2010\u2011-]+/gu, SEPARATOR)
    .replace(EDGE_SEPARATORS, '');
}

interface TrieNode {
  end: boolean;
  readonly next: Map<string, TrieNode>;
}

function escapeChar(ch: string): string {
  if (ch === SEPARATOR) return SEPARATOR_SOURCE;
  if (ch === APOSTROPHE) return APOSTROPHE_SOURCE;
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}

/** Writes a trie node's continuations as a regex source; longer continuations are tried first. */
function toSource(node: TrieNode): string {
  const branches = [...node.next].map(([ch, child]) => escapeChar(ch) + toSource(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
  if (!node.end) return body;
  // Greedy optional: the longer form is tried first, then this one.
  return branches.length === 1 && (body.length === 1 || /^\\.$/.test(body)) ? `${body}?` : `(?:${branches.join('|')})?`;
}

/**
 * Letters, digits and marks that the fast pattern's right-boundary check
 * knows about: a subset of [\p{L}\p{N}\p{M}] (Latin, Greek, Cyrillic,
 * Hebrew, Arabic, kana, CJK, Hangul). Any other character after a match is
 * checked exactly in code. Unicode property classes cost V8 ~25 ms to compile,
 * on every page, so the pattern run on every block does without them.
 */
const KNOWN_WORD_CHARS =
  'a-z0-9\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02af\\u0300-\\u036f\\u0386\\u0388-\\u03f5\\u03f7-\\u0481\\u048a-\\u052f' +
  '\\u05d0-\\u05ea\\u0620-\\u064a\\u3041-\\u3096\\u30a1-\\u30fa\\u4e00-\\u9fff\\uac00-\\ud7a3';

function isWordAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  let cp: number | undefined = code;
  // A surrogate: look at the whole code point it belongs to.
  if (code >= 0xdc00 && code <= 0xdfff && index > 0) cp = text.codePointAt(index - 1);
  else if (code >= 0xd800 && code <= 0xdbff) cp = text.codePointAt(index);
  return cp !== undefined && WORD_CHAR.test(String.fromCodePoint(cp));
}

/**
 * What compiling the glossary produces, independent of the page: the trie as
 * a regex source, and a lookup from matched text to concept id. It can be
 * generated ahead of time (glossary-pattern.ts), which spares every page the
 * few milliseconds of building it cold.
 */
export interface PrecompiledMatcher {
  /** glossarySignature() of the terms it was compiled from. */
  readonly signature: string;
  readonly trie: string;
  /** Forms as written (lower case), each with its concept id, in glossary order. */
  readonly lookup: readonly (readonly [string, string])[];
  readonly formCount: number;
}

/** A short fingerprint of every id and form (FNV-1a), to tell whether a precompiled pattern is current. */
export function glossarySignature(terms: readonly MatcherTerm[]): string {
  let hash = 0x811c9dc5;
  let length = 0;
  const feed = (text: string): void => {
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 0, 0x01000193);
    length += text.length + 1;
  };
  for (const term of terms) {
    feed(term.id);
    for (const form of term.forms) feed(form);
  }
  return `${(hash >>> 0).toString(16)}-${length}`;
}

export function precompileMatcher(terms: readonly MatcherTerm[]): PrecompiledMatcher {
  const byForm = new Map<string, string>();
  const lookup = new Map<string, string>();
  const root: TrieNode = { end: false, next: new Map() };
  for (const term of terms) {
    for (const form of term.forms) {
      const key = normaliseForm(form);
      if (key === '') continue;
      // Forms as written (lower case): most matched text is one of these, and needs no normalising.
      if (!lookup.has(form)) lookup.set(form, byForm.get(key) ?? term.id);
      if (byForm.has(key)) continue;
      byForm.set(key, term.id);
      let node = root;
      for (const ch of key) {
        let child = node.next.get(ch);
        if (!child) {
          child = { end: false, next: new Map() };
          node.next.set(ch, child);
        }
        node = child;
      }
      node.end = true;
    }
  }
  return { signature: glossarySignature(terms), trie: toSource(root), lookup: [...lookup], formCount: byForm.size };
}

/** Compiles a matcher; uses `precompiled` when it was made from these very terms. */
export function compileMatcher(terms: readonly MatcherTerm[], precompiled?: PrecompiledMatcher): Matcher {
  const pre = precompiled && precompiled.signature === glossarySignature(terms) ? precompiled : precompileMatcher(terms);
  if (pre.formCount === 0) return { find: () => [], formCount: 0 };
  const lookup = new Map(pre.lookup);
  /** Normalised form -> id, built only when some text is spelt unlike any form (odd spacing, curly apostrophe). */
  let normalised: Map<string, string> | undefined;
  const byNormalised = (text: string): string | undefined => {
    if (!normalised) {
      normalised = new Map();
      for (const [form, id] of pre.lookup) {
        const key = normaliseForm(form);
        if (!normalised.has(key)) normalised.set(key, id);
      }
    }
    return normalised.get(normaliseForm(text));
  };
  const idOf = (lowerText: string): string | undefined => lookup.get(lowerText) ?? byNormalised(lowerText);
  const trie = pre.trie;
  const exact = `${trie}(?![\\p{L}\\p{N}\\p{M}])`;
  // The forms are lower-case, so lower-cased text needs no case-insensitive
  // flag (which makes V8's Unicode matching several times slower).
  const fast = new RegExp(`${trie}(?![${KNOWN_WORD_CHARS}])`, 'g');
  /** The exact pattern, tried at one position when a match ends before a letter `fast` does not know. */
  let exactAt: RegExp | undefined;
  /** For text whose length changes when lower-cased (a few letters such as İ): matched as is, so offsets stay true. */
  let caseless: RegExp | undefined;

  function findCaseless(text: string): TermMatch[] {
    const out: TermMatch[] = [];
    const re = (caseless ??= new RegExp(exact, 'giu'));
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = m.index;
      const id = isWordAt(text, start - 1) ? undefined : idOf(m[0].toLowerCase());
      if (id !== undefined) out.push({ start, end: start + m[0].length, id });
      else re.lastIndex = start + 1;
    }
    return out;
  }

  return {
    formCount: pre.formCount,
    find(text) {
      const lower = text.toLowerCase();
      if (lower.length !== text.length) return findCaseless(text);
      const out: TermMatch[] = [];
      fast.lastIndex = 0;
      for (let m = fast.exec(lower); m !== null; m = fast.exec(lower)) {
        const start = m.index;
        if (isWordAt(text, start - 1)) {
          // Not a word start: try again one character on.
          fast.lastIndex = start + 1;
          continue;
        }
        let end = start + m[0].length;
        if (isWordAt(text, end)) {
          exactAt ??= new RegExp(exact, 'uy');
          exactAt.lastIndex = start;
          const shorter = exactAt.exec(lower);
          if (!shorter) {
            fast.lastIndex = start + 1;
            continue;
          }
          end = start + shorter[0].length;
        }
        const id = idOf(lower.slice(start, end));
        if (id !== undefined) out.push({ start, end, id });
        fast.lastIndex = id !== undefined ? end : start + 1;
      }
      return out;
    },
  };
}
