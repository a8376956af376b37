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

function isWordAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  // A low surrogate: look at the whole code point it ends.
  if (code >= 0xdc00 && code <= 0xdfff && index > 0) {
    const cp = text.codePointAt(index - 1);
    return cp !== undefined && cp > 0xffff && WORD_CHAR.test(String.fromCodePoint(cp));
  }
  return WORD_CHAR.test(text[index] ?? '');
}

export function compileMatcher(terms: readonly MatcherTerm[]): Matcher {
  const byForm = new Map<string, string>();
  const root: TrieNode = { end: false, next: new Map() };
  for (const term of terms) {
    for (const form of term.forms) {
      const key = normaliseForm(form);
      if (key === '' || byForm.has(key)) continue;
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
  if (byForm.size === 0) return { find: () => [], formCount: 0 };
  const source = `${toSource(root)}(?![\\p{L}\\p{N}\\p{M}])`;
  // The forms are lower-case, so lower-cased text needs no case-insensitive
  // flag (which makes V8's Unicode matching several times slower). Text whose
  // length changes when lower-cased (a few letters such as İ) is matched as is,
  // case-insensitively, so offsets stay true.
  const pattern = new RegExp(source, 'gu');
  let caseless: RegExp | undefined;

  return {
    formCount: byForm.size,
    find(text) {
      const out: TermMatch[] = [];
      const lower = text.toLowerCase();
      const sameLength = lower.length === text.length;
      const subject = sameLength ? lower : text;
      const re = sameLength ? pattern : (caseless ??= new RegExp(source, 'giu'));
      re.lastIndex = 0;
      for (let m = re.exec(subject); m !== null; m = re.exec(subject)) {
        const start = m.index;
        if (isWordAt(text, start - 1)) {
          // Not a word start: try again one character on.
          re.lastIndex = start + 1;
          continue;
        }
        const id = byForm.get(normaliseForm(m[0]));
        // Case folding can, in rare scripts, match what lower-casing does not map back.
        if (id !== undefined) out.push({ start, end: start + m[0].length, id });
        else re.lastIndex = start + 1;
      }
      return out;
    },
  };
}
