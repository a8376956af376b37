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
 * Technique, in two stages, chosen by measurement (tests/bench): the content
 * script starts cold on every page, so what a page pays is mostly the cost of
 * getting ready, not of matching.
 * 1. One regular expression of the forms' distinct *first words* (about 280,
 *    written as a trie so shared prefixes are factored) finds where a term may
 *    start. V8 compiles it in well under a millisecond; the full 580-form
 *    pattern took about 3 ms per page, more than reading the page's text.
 * 2. At each such place (a few dozen per page), the forms that begin with that
 *    word are compared character by character, longest first, with exact
 *    Unicode word boundaries.
 * The text is lower-cased before matching (forms are lower case), which keeps
 * the expression free of the slow case-insensitive Unicode mode.
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
  /**
   * Searches the texts of many nodes at once, joined with NODE_BREAK between
   * them (a page reader does not know, while joining, which nodes flow
   * together). `matches` are the terms whose finding no break could change:
   * each lies inside one node, and its boundaries are words apart in any
   * flow. `unsure` are offsets (ascending) where a term may begin but the
   * answer depends on how the nodes around flow: the caller reads those
   * nodes' blocks exactly instead.
   */
  findAcrossBreaks(joined: string): { matches: TermMatch[]; unsure: number[] };
  /** The number of distinct normalised forms compiled in. */
  readonly formCount: number;
}

/** Between two nodes' texts in a joined text (see Matcher.findAcrossBreaks). */
export const NODE_BREAK = '\u0000';
const BREAK_CODE = 0;

/**
 * What compiling the glossary produces, independent of the page. It is
 * generated ahead of time for the real glossary (glossary-pattern.ts), so a
 * page never builds it.
 */
export interface PrecompiledMatcher {
  readonly formCount: number;
  /** Regex source matching any first word (then not followed by a word character). */
  readonly firstWords: string;
  /**
   * First-word key → the JSON of its FormList. Strings, each parsed when its
   * word is first met: as object literals, ~600 entries would be built on
   * every page at start-up, and a page meets only a few first words.
   */
  readonly forms: Readonly<Record<string, string>>;
}

/** [form key, concept id] pairs, longest key first. Keys are normaliseForm() output. */
export type FormList = readonly (readonly [string, string])[];

/** In a normalised key: any run of white space or hyphens. */
const SEPARATOR = '\u0001';
/** In a normalised key: any apostrophe. */
const APOSTROPHE = '\u0002';
const SEPARATOR_CODE = 1;
const APOSTROPHE_CODE = 2;
const APOSTROPHES = /['\u2018\u2019\u02bc`\u00b4]/g;
const APOSTROPHE_SOURCE = "['\\u2018\\u2019\\u02bc`\\u00b4]";
const EDGE_SEPARATORS = new RegExp(`^${SEPARATOR}|${SEPARATOR}$`, 'g');

/** The canonical key of a form or of matched text: lower case, one separator mark, one apostrophe mark. */
export function normaliseForm(text: string): string {
  return text
    .toLowerCase()
    .replace(APOSTROPHES, APOSTROPHE)
    .replace(/[\s\u2010\u2011-]+/gu, SEPARATOR)
    .replace(EDGE_SEPARATORS, '');
}

/**
 * Letters, digits and marks that the first-word pattern's right-boundary
 * check knows about: a subset of [\p{L}\p{N}\p{M}] (Latin, Greek, Cyrillic,
 * Hebrew, Arabic, kana, CJK, Hangul). It only has to be a subset: the exact
 * boundary is checked in code. Unicode property classes are slow to compile.
 */
const KNOWN_WORD_CHARS =
  'a-z0-9\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02af\\u0300-\\u036f\\u0386\\u0388-\\u03f5\\u03f7-\\u0481\\u048a-\\u052f' +
  '\\u05d0-\\u05ea\\u0620-\\u064a\\u3041-\\u3096\\u30a1-\\u30fa\\u4e00-\\u9fff\\uac00-\\ud7a3';

/**
 * Blocks with no letter, digit or mark (checked against every code point in
 * the unit tests): the punctuation, symbols and emoji that sit beside words
 * in Latin-script text (’ “ — … • € → ✓ 🙂), so such a page never compiles
 * the Unicode patterns below.
 */
const NON_WORD_BLOCKS: readonly (readonly [number, number])[] = [
  [0x2000, 0x206f], // general punctuation: spaces, dashes, quotes, ellipsis, bullets
  [0x20a0, 0x20cf], // currency signs
  [0x2190, 0x23ff], // arrows, mathematical operators, technical symbols
  [0x2500, 0x2775], // box drawing, shapes, miscellaneous symbols, dingbats
  [0xd800, 0xdfff], // a lone surrogate
  [0xe000, 0xf8ff], // private use (icon fonts)
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xff0f], // full-width punctuation
  [0x1f000, 0x1f0ff], // game symbols
  [0x1f10d, 0x1faff], // emoji and pictographs
];

/**
 * One pattern per property, each compiled on first need: V8 compiles a class
 * uniting the three several times slower (about 1 ms) than the three apart.
 */
let letterPattern: RegExp | undefined;
let numberPattern: RegExp | undefined;
let markPattern: RegExp | undefined;

/** Is the code point a letter, digit or combining mark (\p{L}\p{N}\p{M})? Latin and common punctuation fast, the rest exactly. */
export function isWordCodePoint(cp: number): boolean {
  if (cp < 0x80) return (cp >= 48 && cp <= 57) || (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
  if (cp < 0xc0) return cp === 0xaa || cp === 0xb5 || cp === 0xba || cp === 0xb2 || cp === 0xb3 || cp === 0xb9 || (cp >= 0xbc && cp <= 0xbe);
  if (cp <= 0x2c1) return cp !== 0xd7 && cp !== 0xf7; // Latin-1 letters, Latin Extended, IPA
  if (cp >= 0x300 && cp <= 0x36f) return true;
  for (const [from, to] of NON_WORD_BLOCKS) if (cp >= from && cp <= to) return false;
  const ch = String.fromCodePoint(cp);
  return (letterPattern ??= /\p{L}/u).test(ch) || (numberPattern ??= /\p{N}/u).test(ch) || (markPattern ??= /\p{M}/u).test(ch);
}

/** Is the character at `index` (or the code point it is part of) a letter, digit or mark? False outside the text. */
function isWordAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code >= 0xdc00 && code <= 0xdfff && index > 0) return isWordCodePoint(text.codePointAt(index - 1) ?? code);
  if (code >= 0xd800 && code <= 0xdbff) return isWordCodePoint(text.codePointAt(index) ?? code);
  return isWordCodePoint(code);
}

/** \s as JavaScript defines it, plus the hyphens a separator also covers. */
function isSeparatorCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return c === 0x2d;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2010 ||
    c === 0x2011 ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isApostropheCode(c: number): boolean {
  return c === 0x27 || c === 0x2018 || c === 0x2019 || c === 0x2bc || c === 0x60 || c === 0xb4;
}

const NOT_THERE = -1;
/** The key would go on past a node break or the end of a joined text: only the page can tell. */
const PAST_BREAK = -2;

/** Where `key` ends when read from `start` in `lower`: an index, NOT_THERE, or (with `breaks`) PAST_BREAK. */
function keyEnd(lower: string, start: number, key: string, breaks: boolean): number {
  let i = start;
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(k);
    if (breaks && (i >= lower.length || lower.charCodeAt(i) === BREAK_CODE)) return PAST_BREAK;
    if (c === SEPARATOR_CODE) {
      const from = i;
      while (i < lower.length && isSeparatorCode(lower.charCodeAt(i))) i++;
      if (i === from) return NOT_THERE;
    } else if (c === APOSTROPHE_CODE) {
      if (!isApostropheCode(lower.charCodeAt(i))) return NOT_THERE;
      i++;
    } else if (lower.charCodeAt(i) === c) i++;
    else return NOT_THERE;
  }
  return i;
}

/** Is there a word boundary before `start`? Undefined when a node break hides it (see findAcrossBreaks). */
function boundaryBefore(text: string, start: number, breaks: boolean): boolean | undefined {
  const i = start - 1;
  if (i < 0) return breaks ? undefined : true;
  if (breaks && text.charCodeAt(i) === BREAK_CODE) return i === 0 || isWordAt(text, i - 1) ? undefined : true;
  return !isWordAt(text, i);
}

/** Is there a word boundary at `end`? Undefined when a node break hides it. */
function boundaryAfter(text: string, end: number, breaks: boolean): boolean | undefined {
  if (end >= text.length) return breaks ? undefined : true;
  if (breaks && text.charCodeAt(end) === BREAK_CODE) return end + 1 >= text.length || isWordAt(text, end + 1) ? undefined : true;
  return !isWordAt(text, end);
}

interface TrieNode {
  end: boolean;
  readonly next: Map<string, TrieNode>;
}

function escapeChar(ch: string): string {
  if (ch === APOSTROPHE) return APOSTROPHE_SOURCE;
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}

/** Writes a trie node's continuations as a regex source; longer continuations are tried first. */
function toSource(node: TrieNode): string {
  const branches = [...node.next].map(([ch, child]) => escapeChar(ch) + toSource(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
  if (!node.end) return body;
  // Greedy optional: the longer word is tried first, then this one.
  return branches.length === 1 && (body.length === 1 || /^\\.$/.test(body)) ? `${body}?` : `(?:${branches.join('|')})?`;
}

/** The first word of a normalised key: everything before its first separator. */
function firstWordOf(key: string): string {
  const at = key.indexOf(SEPARATOR);
  return at < 0 ? key : key.slice(0, at);
}

export function precompileMatcher(terms: readonly MatcherTerm[]): PrecompiledMatcher {
  const byKey = new Map<string, string>();
  for (const term of terms) {
    for (const form of term.forms) {
      const key = normaliseForm(form);
      // The first concept to list a form keeps it.
      if (key !== '' && !byKey.has(key)) byKey.set(key, term.id);
    }
  }
  const forms: Record<string, [string, string][]> = {};
  const root: TrieNode = { end: false, next: new Map() };
  for (const [key, id] of byKey) {
    const first = firstWordOf(key);
    const list = Object.hasOwn(forms, first) ? (forms[first] ?? []) : (forms[first] = []);
    if (list.length === 0) {
      let node = root;
      for (const ch of first) {
        let child = node.next.get(ch);
        if (!child) {
          child = { end: false, next: new Map() };
          node.next.set(ch, child);
        }
        node = child;
      }
      node.end = true;
    }
    list.push([key, id]);
  }
  for (const list of Object.values(forms)) list.sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
  // The look-behind skips most places inside words in the engine itself (the
  // exact left boundary is checked in code): a few times fewer places to look at.
  const firstWords = `(?<![a-z0-9])${toSource(root)}(?![${KNOWN_WORD_CHARS}])`;
  const encoded: Record<string, string> = {};
  for (const [word, list] of Object.entries(forms)) encoded[word] = JSON.stringify(list);
  return { formCount: byKey.size, firstWords: byKey.size === 0 ? '' : firstWords, forms: encoded };
}

/**
 * Lower case with the same length as `text`, so offsets stay true: the rare
 * letter whose lower case is longer (İ) is kept as it is (it is a letter, so
 * it still bounds words).
 */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Only a-z and 0-9? (Then no shorter first word can end inside it, and no apostrophe needs normalising.) */
function isPlainWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/** A matcher from precompiled data (glossary-pattern.ts for the real glossary). */
export function matcherFrom(pre: PrecompiledMatcher): Matcher {
  /** Compiled on the first search, so a page where highlighting is off never pays for it. */
  let firstWords: RegExp | undefined;
  const firstWordsPattern = (): RegExp => (firstWords ??= new RegExp(pre.firstWords, 'g'));
  /** A letter or digit, a node break, a letter or digit: where a word may be split between two nodes. */
  const splitWord = /[a-z0-9]\u0000(?=[a-z0-9])/g;
  const parsed = new Map<string, FormList>();
  /** The forms that begin with `word`, if any begins with it. */
  function formsStartingWith(word: string): FormList | undefined {
    let list = parsed.get(word);
    if (!list && Object.hasOwn(pre.forms, word)) {
      list = JSON.parse(pre.forms[word] ?? '[]') as FormList;
      parsed.set(word, list);
    }
    return list;
  }

  /**
   * The longest form starting at `start`, whose first word the first-word
   * pattern read as `word`; 'unsure' when a node break hides the answer.
   */
  function longestAt(lower: string, text: string, start: number, word: string, breaks: boolean): { end: number; id: string } | 'unsure' | undefined {
    const plain = isPlainWord(word);
    const key = plain ? word : word.replace(APOSTROPHES, APOSTROPHE);
    let best: { end: number; id: string } | undefined;
    // The pattern reads the longest first word; a form may begin with a
    // shorter one that ends at punctuation ("child" in "child's", "a" in "a.b").
    for (let cut = key.length; cut > 0; cut--) {
      if (cut < key.length && (plain || isPlainWord(key.charAt(cut)))) continue;
      const prefix = cut === key.length ? key : key.slice(0, cut);
      for (const [form, id] of formsStartingWith(prefix) ?? []) {
        const end = keyEnd(lower, start, form, breaks);
        if (end === PAST_BREAK) return 'unsure';
        if (end <= (best?.end ?? start)) continue;
        const after = boundaryAfter(text, end, breaks);
        if (after === undefined) return 'unsure';
        if (after) best = { end, id };
      }
    }
    return best;
  }

  function search(text: string, breaks: boolean): { matches: TermMatch[]; unsure: number[] } {
    const matches: TermMatch[] = [];
    const unsure: number[] = [];
    if (pre.formCount === 0) return { matches, unsure };
    const lower = lowerSameLength(text);
    // A first search on a long text lets V8 compile straight to machine code
    // (a short one is interpreted first, then compiled again).
    const re = firstWordsPattern();
    re.lastIndex = 0;
    for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
      const start = m.index;
      const before = boundaryBefore(text, start, breaks);
      const hit = before === false ? undefined : longestAt(lower, text, start, m[0], breaks);
      if (hit === 'unsure' || (before === undefined && hit !== undefined)) {
        unsure.push(start);
        re.lastIndex = start + 1;
      } else if (hit) {
        matches.push({ start, end: hit.end, id: hit.id });
        re.lastIndex = hit.end;
      } else re.lastIndex = start + 1;
    }
    if (breaks) findSplitWords(text, lower, unsure);
    return { matches, unsure };
  }

  /** The first words, sorted (code unit order), for prefix look-ups. */
  let sortedFirstWords: string[] | undefined;
  /**
   * Does some first word start with `part`, and go on past it? A word split
   * by a break matters only then. (A binary search: building a set of every
   * prefix cost more than a typical page's whole search.)
   */
  function isFirstWordPrefix(part: string): boolean {
    const words = (sortedFirstWords ??= Object.keys(pre.forms).sort());
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((words[mid] ?? '') <= part) lo = mid + 1;
      else hi = mid;
    }
    // words[lo] is the first word sorting after `part`: if any word extends `part`, this one does.
    return words[lo]?.startsWith(part) ?? false;
  }

  /** Adds to `unsure` the starts of words split by a node break that may begin with a first word. */
  function findSplitWords(text: string, lower: string, unsure: number[]): void {
    const found: number[] = [];
    splitWord.lastIndex = 0;
    for (let m = splitWord.exec(lower); m !== null; m = splitWord.exec(lower)) {
      let from = m.index;
      while (from > 0 && (isWordAt(text, from - 1) || text.charCodeAt(from - 1) === BREAK_CODE)) from--;
      if (found[found.length - 1] === from) continue;
      // Most such places are words side by side in a menu ("Home|News"): cheap to rule out.
      if (!isFirstWordPrefix(lower.slice(from, m.index + 1).replaceAll(NODE_BREAK, ''))) continue;
      // The word as it would read if the nodes flowed together.
      let word = '';
      for (let i = from; i < lower.length && word.length < 48; i++) {
        const c = lower.charCodeAt(i);
        if (c !== BREAK_CODE && !isWordAt(text, i)) break;
        if (c !== BREAK_CODE) word += lower[i];
      }
      // The word is all word characters, so a term can begin with it only if
      // it is a first word itself. (Asking the first-word pattern instead cost
      // a second compile of it on most pages: V8 compiles a pattern apart for
      // one-byte and two-byte strings, and a page's text is usually two-byte.)
      if (Object.hasOwn(pre.forms, word)) found.push(from);
    }
    if (found.length === 0) return;
    const merged = [...new Set([...unsure, ...found])].sort((a, b) => a - b);
    unsure.splice(0, unsure.length, ...merged);
  }

  return {
    formCount: pre.formCount,
    find: (text) => search(text, false).matches,
    findAcrossBreaks: (joined) => search(joined, true),
  };
}

/** Compiles a matcher from the terms themselves (tests and tools; pages use the precompiled glossary). */
export function compileMatcher(terms: readonly MatcherTerm[]): Matcher {
  return matcherFrom(precompileMatcher(terms));
}
