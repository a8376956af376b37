/**
 * Reads the text of a page block by block, the way a reader sees it: text
 * inside inline elements (`<b>`, `<a>`, `<em>` …) joins the text around it, so
 * `Lower <b>back</b> pain` is one run; a nested block, a `<br>` or an image
 * ends a run. Skipped regions (code, form fields, editable areas, scripts,
 * Limber's own UI …) are never read. Reads only: nothing here changes the DOM.
 */
import type { Matcher } from './matcher';

/** A block is an element, or an open shadow root read as its host's inner block. */
export type Block = Element | ShadowRoot;

/** One term found in a block, as DOM positions (text nodes it spans, in order). */
export interface BlockMatch {
  readonly id: string;
  readonly nodes: readonly Text[];
  readonly startOffset: number;
  readonly endOffset: number;
}

/** Elements whose content is never highlighted (the subtree is skipped). */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'optgroup',
  'button',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
  // Ruby annotations (pronunciation over a word), not part of the text they annotate.
  'rt',
  'rp',
]);

/** Elements that flow inside a line: their text joins the text around them. */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'q',
  'rb',
  'ruby',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'nobr',
  'wbr',
]);

/** The tag name of Limber's own tooltip host, skipped like a form field. */
export const OWN_HOST_TAG = 'limber-tooltip';

function isEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** True when nothing inside `el` may be highlighted. */
export function isSkippedElement(el: Element): boolean {
  return SKIPPED_TAGS.has(el.localName) || el.localName === OWN_HOST_TAG || isEditable(el);
}

function isInline(el: Element): boolean {
  return INLINE_TAGS.has(el.localName);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * True when the page's CSS lays an inline element out as a block (a flex
 * item, `display: block` …): its text does not join the text beside it.
 * Asked only where word characters meet across an element's edge, as in
 * `<span>Sciatica</span><span>Nerve pain</span>` in a flex row: in prose
 * there is a space or a punctuation mark, and the style is never looked up.
 */
function isLaidOutAsBlock(el: Element): boolean {
  const display = el.ownerDocument.defaultView?.getComputedStyle(el).display ?? '';
  // '' where there is no layout to ask (an element not rendered, or outside a browser).
  return display !== '' && !(display.startsWith('inline') || display === 'contents' || display === 'none' || display.startsWith('ruby'));
}

function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in node;
}

/** The parent of `node`, crossing from a shadow root to its host (a shadow root's own parent is its host). */
export function parentAcrossShadow(node: Node): Node | null {
  if (isShadowRoot(node)) return node.host;
  const parent = node.parentNode;
  return parent && isShadowRoot(parent) ? parent.host : parent;
}

/** `node`, then each shadow host it sits in, out to the document's own tree; outermost first. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); isShadowRoot(root); root = root.host.getRootNode()) chain.push(root.host);
  return chain.reverse();
}

/**
 * True when `a` comes before `b` in reading order, across shadow roots: a
 * shadow tree reads where its host is. (compareDocumentPosition answers
 * arbitrarily for nodes in different trees.)
 */
export function readsBefore(a: Node, b: Node): boolean {
  const chainA = hostChain(a);
  const chainB = hostChain(b);
  for (let level = 0; ; level++) {
    const x = chainA[level];
    const y = chainB[level];
    if (x === undefined) return y !== undefined; // `a` is a host `b` sits in: it starts first
    if (y === undefined) return false;
    // Equal so far: both are in the same tree at this level.
    if (x !== y) return (x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  }
}

/**
 * True when `node` (itself included) lies inside a skipped region, across
 * shadow boundaries, or is detached. With `memo`, answers for `node` and the
 * ancestors looked at are kept there, so nodes that share ancestors (a page
 * reader's finds) do not walk up to the document each time.
 */
export function isInSkippedRegion(node: Node, memo?: Map<Node, boolean>): boolean {
  const walked: Node[] = [];
  let skipped = true; // detached, unless the document is reached
  for (let n: Node | null = node; n; n = parentAcrossShadow(n)) {
    const known = memo?.get(n);
    if (known !== undefined) {
      skipped = known;
      break;
    }
    if (memo) walked.push(n);
    if (n.nodeType === Node.ELEMENT_NODE && isSkippedElement(n as Element)) break;
    if (n.nodeType === Node.DOCUMENT_NODE) {
      skipped = false;
      break;
    }
  }
  for (const n of walked) memo?.set(n, skipped);
  return skipped;
}

/**
 * The block whose own text contains `node`: the nearest ancestor (or `node`
 * itself when it is an element) that is not inline. Null for the document.
 */
export function blockOf(node: Node): Block | null {
  let n: Node | null = node.nodeType === Node.ELEMENT_NODE ? node : node.parentNode;
  while (n && n.nodeType === Node.ELEMENT_NODE && isInline(n as Element)) n = n.parentNode;
  if (!n) return null;
  if (n.nodeType === Node.ELEMENT_NODE) return n as Element;
  if (isShadowRoot(n)) return n;
  return null;
}

/** The element whose box stands for `block` (a shadow root's host). */
export function blockElement(block: Block): Element {
  return isShadowRoot(block) ? block.host : block;
}

/** Text read in flow: the text nodes, where each starts in `text`, and their joined text. */
export interface Run {
  nodes: Text[];
  starts: number[];
  text: string;
}

/** Adds the terms found in `run` to `out`, as DOM positions. */
export function matchRun(run: Run, matcher: Matcher | null, out: BlockMatch[]): void {
  if (run.text.length === 0 || !matcher) return;
  for (const m of matcher.find(run.text)) {
    // Nodes are few per run; a linear walk is cheaper than a binary search here.
    let first = 0;
    while (first + 1 < run.nodes.length && (run.starts[first + 1] ?? Infinity) <= m.start) first++;
    let last = first;
    while (last + 1 < run.nodes.length && (run.starts[last + 1] ?? Infinity) < m.end) last++;
    out.push({
      id: m.id,
      nodes: run.nodes.slice(first, last + 1),
      startOffset: m.start - (run.starts[first] ?? 0),
      endOffset: m.end - (run.starts[last] ?? 0),
    });
  }
}

/**
 * Finds the terms in the block's own text (not in nested blocks). Each nested
 * block, and each open shadow root met, is handed to `onNested` so a caller
 * can read it in turn. With no matcher, only finds the nested blocks.
 */
export function scanBlock(block: Block, matcher: Matcher | null, onNested?: (nested: Block) => void): BlockMatch[] {
  const out: BlockMatch[] = [];
  let run: Run = { nodes: [], starts: [], text: '' };
  const endRun = (): void => {
    if (run.nodes.length === 0) return;
    matchRun(run, matcher, out);
    run = { nodes: [], starts: [], text: '' };
  };
  /** Inline elements entered or left since the last text. */
  const crossed: Element[] = [];
  if (!isShadowRoot(block) && block.shadowRoot && onNested) onNested(block.shadowRoot);
  let node: Node | null = block.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length > 0) {
        if (crossed.length > 0 && WORD_CHAR.test(run.text.slice(-1)) && WORD_CHAR.test(data.charAt(0)) && crossed.some(isLaidOutAsBlock)) endRun();
        crossed.length = 0;
        run.nodes.push(node as Text);
        run.starts.push(run.text.length);
        run.text += data;
      }
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      if (isSkippedElement(el)) endRun();
      else if (isInline(el)) {
        if (el.shadowRoot && onNested) onNested(el.shadowRoot);
        descend = el.firstChild !== null;
        if (descend) crossed.push(el);
      } else {
        endRun();
        if (onNested && (el.firstChild !== null || el.shadowRoot)) onNested(el);
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== block && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== block) crossed.push(node as Element);
    }
    node = node && node !== block ? node.nextSibling : null;
  }
  endRun();
  return out;
}
