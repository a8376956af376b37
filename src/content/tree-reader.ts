/**
 * Reads the text of whole subtrees (a page, added content, an open shadow
 * root) and finds their terms. (blocks.ts reads one block's own text exactly;
 * it is used again here where a term may cross text nodes.)
 *
 * Why this shape: most pages have no term at all, so reading is nearly all the
 * content script does there, and its cost is the number of calls into the DOM
 * and into JavaScript per node. So the reader only asks a native TreeWalker
 * for text nodes and joins their text with a break mark between nodes, the
 * way a bare "read every text node" loop would; one regular expression then
 * searches the joined text (matcher.ts, findAcrossBreaks). The structure of
 * the page (which block a node belongs to, whether it is in a skipped region)
 * is looked up only where a term is found, and a block where a term may cross
 * text nodes (`lower <b>back</b> pain`) is read exactly with blocks.ts.
 *
 * Reading is resumable: text is read in chunks, so a 5 MB page is read over
 * several idle slices. If the page removes the node the reader stopped at,
 * it goes back over the nearest ancestor still in the page.
 */
import { blockOf, isInSkippedRegion, type Block, type BlockMatch } from './blocks';
import { NODE_BREAK, type Matcher } from './matcher';

export interface TextReadSink {
  /** Terms found, each inside one text node of `block`. A block may be reported more than once. */
  found(block: Block, matches: BlockMatch[]): void;
  /** A block to read exactly with blocks.ts: a term there may cross its text nodes. */
  unsure(block: Block): void;
  /** The reader goes back over `subtree` (the page removed the node it stopped at): what it finds there replaces what it found before. */
  rereading(subtree: Node): void;
  /** An open shadow root in a subtree read (on a custom element or a built-in host), to be read in turn. */
  shadowRoot(root: ShadowRoot): void;
  /**
   * A custom element with no shadow root yet: the page may define it later,
   * and the definition may attach one (nothing in the DOM announces that).
   */
  noShadowYet(element: Element): void;
}

export interface TextReader {
  /** Queues a subtree (an element or a shadow root) to be read. */
  add(root: Block): void;
  /** Reads on while `hasTime()` says so; true once everything queued has been read. */
  step(hasTime: () => boolean): boolean;
  /** Forgets everything queued and half read. */
  clear(): void;
}

/** Text nodes read between two looks at the clock. */
const NODES_PER_CLOCK_CHECK = 128;
/**
 * Characters searched at once: bounded, so one search (and what it finds)
 * never becomes a long task. On the benchmark's 5 MB page, dense with terms,
 * 200,000 took up to 50 ms on a busy machine; a search stays cheap to start
 * well below this size.
 */
const CHUNK_CHARS = 64_000;
/** Elements looked at for an open shadow root between two looks at the clock. */
const ELEMENTS_PER_CLOCK_CHECK = 1024;
/** Elements whose text is code or markup, never page text. */
const RAW_TEXT_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template']);
/**
 * A text node longer than this has its parent looked at, so big inline
 * scripts and style sheets are not searched. Shorter ones are searched
 * like any text (cheaper than a look per node); what is found in them is
 * dropped when its place turns out to be a skipped region.
 */
const RAW_TEXT_CHECK_CHARS = 2000;

/**
 * Custom elements not defined yet (built-in elements are always defined):
 * the ones whose definition may still attach a shadow root.
 */
const UNDEFINED_ELEMENTS = ':not(:defined)';

interface Place {
  readonly block: Block | null;
  readonly skipped: boolean;
}

export function createTextReader(matcher: Matcher, sink: TextReadSink): TextReader {
  const roots: Block[] = [];
  let walker: TreeWalker | null = null;
  /** Ancestors of the node the reader stopped at, nearest first. */
  let stoppedIn: Node[] = [];
  /** The chunk read so far: its text nodes and their texts (as read), joined only to search. */
  let nodes: Text[] = [];
  let parts: string[] = [];
  /** Characters in the chunk, breaks included. */
  let chars = 0;
  /** Where each node's text starts in the joined chunk: worked out only when something was found. */
  let starts: number[] = [];
  /** Where each parent node's text belongs, found on first need (for one chunk). */
  const places = new Map<Node, Place>();
  /** Whether a node is in a skipped region, for the nodes looked at in this slice (they share ancestors). */
  const skipped = new Map<Node, boolean>();
  /**
   * Elements of the subtrees read, still to be looked at for an open shadow
   * root, and how far each list has been looked at. (A static list: what the
   * page adds meanwhile reaches the highlighter as a mutation.) A 5 MB page
   * has 12,000 elements: looked at all at once, they could take 30 ms.
   */
  const shadowScans: { readonly elements: ArrayLike<Element>; at: number }[] = [];

  function placeOf(node: Text): Place {
    const parent = node.parentNode;
    if (!parent) return { block: null, skipped: true };
    let place = places.get(parent);
    if (!place) {
      place = { block: blockOf(node), skipped: isInSkippedRegion(parent, skipped) };
      places.set(parent, place);
    }
    return place;
  }

  function indexOf(offset: number): number {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Searches the chunk read so far and reports what it found. */
  function searchChunk(): void {
    if (nodes.length === 0) return;
    // Joined here, once, natively: cheaper per node than building the string while walking.
    parts.push('');
    const { matches, unsure } = matcher.findAcrossBreaks(parts.join(NODE_BREAK));
    if (matches.length > 0 || unsure.length > 0) {
      let at = 0;
      starts = parts.map((part) => {
        const start = at;
        at += part.length + 1;
        return start;
      });
    }
    const unsureBlocks = new Set<Block>();
    for (const offset of unsure) {
      const node = nodes[indexOf(offset)];
      if (!node?.isConnected) continue;
      const place = placeOf(node);
      if (place.block && !place.skipped) unsureBlocks.add(place.block);
    }
    const byBlock = new Map<Block, BlockMatch[]>();
    /**
     * A node read twice in one chunk (a queued subtree inside another one
     * read with it) reports its terms once. Matches come in text order, so
     * within one reading of a node each starts past the last one reported:
     * a start at or before it is the second reading. (One number per node,
     * not a set: an endless feed brings tens of thousands of terms.)
     */
    const lastReported = new Map<Text, number>();
    for (const match of matches) {
      const index = indexOf(match.start);
      const node = nodes[index];
      if (!node?.isConnected) continue;
      const place = placeOf(node);
      if (!place.block || place.skipped || unsureBlocks.has(place.block)) continue;
      const start = starts[index] ?? 0;
      const offset = match.start - start;
      if (offset <= (lastReported.get(node) ?? -1)) continue;
      lastReported.set(node, offset);
      const found: BlockMatch = { id: match.id, nodes: [node], startOffset: offset, endOffset: match.end - start };
      const list = byBlock.get(place.block);
      if (list) list.push(found);
      else byBlock.set(place.block, [found]);
    }
    for (const block of unsureBlocks) sink.unsure(block);
    for (const [block, found] of byBlock) sink.found(block, found);
    resetChunk();
  }

  function resetChunk(): void {
    nodes = [];
    parts = [];
    chars = 0;
    starts = [];
    places.clear();
  }

  /** Hands on an element's open shadow root, if it has one (an element's own text is read by the walker). */
  function reportShadowRoot(el: Element): void {
    const shadow = el.shadowRoot;
    if (shadow) sink.shadowRoot(shadow);
    else if (el.localName.includes('-')) sink.noShadowYet(el);
  }

  /**
   * Every open shadow root inside `root` (not `root`'s own), on custom and
   * built-in elements alike, and the custom elements still undefined. The
   * shadow roots are looked for in one pass over a native list of every
   * element, made now and looked at in slices (scanForShadowRoots). One such
   * pass, made all at once, cost less than an XPath query for custom elements
   * plus a list per built-in host tag (Limber's JS time on the benchmark's
   * corpus pages went down 8%, `npm run bench` pages, 5 runs interleaved,
   * medians); the slices came later, to bound the longest task.
   */
  function reportShadowRootsIn(root: Block): void {
    shadowScans.push({ elements: root.querySelectorAll('*'), at: 0 });
    const waiting = root.querySelectorAll(UNDEFINED_ELEMENTS);
    for (let i = 0, count = waiting.length; i < count; i++) {
      const el = waiting[i] as Element;
      // (The name check is for DOM implementations that count built-in elements as undefined.)
      if (!el.shadowRoot && el.localName.includes('-')) sink.noShadowYet(el);
    }
  }

  /** Looks for open shadow roots in the lists left, while there is time; true once all are looked at. */
  function scanForShadowRoots(hasTime: () => boolean): boolean {
    for (let scan = shadowScans[0]; scan; scan = shadowScans[0]) {
      const { elements } = scan;
      const end = Math.min(elements.length, scan.at + ELEMENTS_PER_CLOCK_CHECK);
      for (let i = scan.at; i < end; i++) {
        const shadow = (elements[i] as Element).shadowRoot;
        if (shadow) sink.shadowRoot(shadow);
      }
      scan.at = end;
      if (end >= elements.length) shadowScans.shift();
      if (!hasTime()) return shadowScans.length === 0;
    }
    return true;
  }

  /** Adds a text node to the chunk (searching the chunk when it is full). */
  function take(node: Text, data: string): void {
    nodes.push(node);
    parts.push(data);
    chars += data.length + 1;
    if (chars >= CHUNK_CHARS) searchChunk();
  }

  /**
   * Starts on the next queued root that is still in the page: a TreeWalker
   * over it, or, for an element with no element inside (an endless feed's
   * post), its text children read at once. False when none is left.
   */
  function openNextRoot(): boolean {
    for (let root = roots.shift(); root; root = roots.shift()) {
      // Removed since it was queued, or inside a code sample, a form field, an editable area…
      if (!root.isConnected || isInSkippedRegion(root, skipped)) continue;
      const isElement = root.nodeType === Node.ELEMENT_NODE;
      if (isElement) reportShadowRoot(root as Element);
      if (isElement && !(root as Element).firstElementChild) {
        // No walker, no custom-element query: an endless feed adds hundreds of these at a time.
        for (let child = root.firstChild; child; child = child.nextSibling) {
          if (child.nodeType === Node.TEXT_NODE && (child as Text).data !== '') take(child as Text, (child as Text).data);
        }
        return true;
      }
      walker = (root.ownerDocument ?? document).createTreeWalker(root, NodeFilter.SHOW_TEXT);
      reportShadowRootsIn(root);
      return true;
    }
    return false;
  }

  return {
    add(root) {
      roots.push(root);
    },
    clear() {
      roots.length = 0;
      shadowScans.length = 0;
      walker = null;
      resetChunk();
    },
    step(hasTime) {
      // The page may have changed since the last slice.
      skipped.clear();
      if (walker && !walker.currentNode.isConnected) {
        const from = stoppedIn.find((node) => node.isConnected);
        if (from) {
          sink.rereading(from);
          walker.currentNode = from;
        } else walker = null;
      }
      let sinceCheck = 0;
      while (walker || openNextRoot()) {
        const current = walker;
        if (!current) {
          // openNextRoot read a root without a walker.
          if (++sinceCheck >= NODES_PER_CLOCK_CHECK) {
            sinceCheck = 0;
            if (!hasTime()) {
              searchChunk();
              stoppedIn = [];
              return false;
            }
          }
          continue;
        }
        // The loop every page pays for: kept to a few calls per text node.
        for (let node = current.nextNode() as Text | null; node !== null; node = current.nextNode() as Text | null) {
          const data = node.data;
          const length = data.length;
          if (length === 0) continue;
          if (length > RAW_TEXT_CHECK_CHARS) {
            const parent = node.parentNode;
            if (parent?.nodeType === Node.ELEMENT_NODE && RAW_TEXT_ELEMENTS.has((parent as Element).localName)) continue;
          }
          take(node, data);
          if (++sinceCheck >= NODES_PER_CLOCK_CHECK) {
            sinceCheck = 0;
            if (!hasTime()) {
              searchChunk();
              stoppedIn = [];
              for (let a = node.parentNode; a; a = a.parentNode) {
                stoppedIn.push(a);
                if (a === current.root) break;
              }
              return false;
            }
          }
        }
        walker = null;
      }
      searchChunk();
      // (A sink may queue the shadow roots found straight back here: then there is more to read.)
      return scanForShadowRoots(hasTime) && roots.length === 0;
    },
  };
}
