/**
 * Marks glossary terms on a page with the CSS Custom Highlight API, without
 * touching the page's DOM.
 *
 * - Reading: the page's text is read and matched in idle slices (cheap; it
 *   also gives the page-wide counts for the popup): whole subtrees with
 *   tree-reader.ts, a changed block's own text with blocks.ts. A
 *   MutationObserver only queues what changed; the queue is read in the next
 *   slices. Nothing is registered with CSS.highlights until there is a term
 *   to draw, so a page without terms costs only the reading.
 * - Registering: Ranges are made only for blocks on or near the screen
 *   (near-screen.ts), and dropped when they scroll away, so a huge page
 *   never carries tens of thousands of live ranges (each DOM change would
 *   otherwise make Chromium rebuild every highlight marker).
 * - Removed blocks are forgotten, so memory does not grow on endless pages.
 */
import { blockElement, blockOf, isInSkippedRegion, scanBlock, type Block, type BlockMatch, INLINE_TAGS, OWN_HOST_TAG } from './blocks';
import { createTextReader } from './tree-reader';
import { frameRunner, idleRunner, type SliceRunner } from './idle';
import { highlightBatch } from './highlight-batch';
import { nearScreen } from './near-screen';
import { firstOccurrences } from './first-occurrences';
import { watchLateShadowRoots } from './late-shadow-roots';
import type { Matcher } from './matcher';
import type { HighlightStyle } from '../shared/settings';
import { byFrequency } from '../shared/protocol/content';

/** The registry names, one per style; content.css styles both. */
export const HIGHLIGHT_NAMES: Readonly<Record<HighlightStyle, string>> = {
  underline: 'limber-term',
  background: 'limber-term-background',
};

export interface HighlightOptions {
  /** Concept ids that may be highlighted (the categories the person chose). */
  readonly allowed: (id: string) => boolean;
  /** Every occurrence, or only the first of each term on the page. */
  readonly all: boolean;
  readonly style: HighlightStyle;
}

/**
 * A term currently drawn on screen. Its range is a StaticRange: live Ranges
 * are updated by the browser on every DOM change, which on a busy page (an
 * endless feed) costs more than everything else Limber does. A changed block
 * is re-read and redrawn instead.
 */
export interface DrawnTerm {
  readonly id: string;
  readonly range: StaticRange;
}

export interface TermCount {
  readonly id: string;
  readonly count: number;
}

export interface PageHighlighter {
  setOptions(options: HighlightOptions): void;
  /** The drawn term covering a text position, if any. */
  termAt(node: Node, offset: number): DrawnTerm | null;
  /** True when any term is drawn (hover hit-testing is skipped otherwise). */
  hasDrawn(): boolean;
  /** Registers the highlight again if the page took it out of the registry (it is the page's too). */
  keepRegistered(): void;
  /** Distinct allowed concepts found on the page (drawn or not), most frequent first. */
  counts(): TermCount[];
  /** True once the first full read of the page has finished. */
  readonly ready: boolean;
  stop(): void;
}

interface Drawn extends DrawnTerm {
  readonly nodes: readonly Text[];
}

interface Entry {
  readonly block: Block;
  readonly target: Element;
  matches: readonly BlockMatch[];
  /** Null while off screen. */
  drawn: Drawn[] | null;
}

/** Orders matches as they appear on the page. */
function inPageOrder(a: BlockMatch, b: BlockMatch): number {
  const nodeA = a.nodes[0];
  const nodeB = b.nodes[0];
  if (!nodeA || !nodeB) return 0;
  if (nodeA === nodeB) return a.startOffset - b.startOffset;
  return nodeA.compareDocumentPosition(nodeB) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** Attributes that show or hide what they are on (watched for "first occurrence only"). */
const VISIBILITY_ATTRIBUTES = ['hidden', 'open'];

/** The same terms at the same places in the same text nodes. */
function sameMatches(a: readonly BlockMatch[], b: readonly BlockMatch[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as BlockMatch;
    const y = b[i] as BlockMatch;
    if (x.id !== y.id || x.startOffset !== y.startOffset || x.endOffset !== y.endOffset || x.nodes.length !== y.nodes.length) return false;
    for (let n = 0; n < x.nodes.length; n++) if (x.nodes[n] !== y.nodes[n]) return false;
  }
  return true;
}

/** 'full': the block and everything in it; 'own': only the block's own text (it changed). */
type ScanMode = 'full' | 'own';

/** What the highlighter tells its owner. */
export interface HighlighterEvents {
  /** The first term was drawn (hover handling waits for it: most pages never have a term to hover). */
  onFirstDraw?: () => void;
  /**
   * The page put a new root element in place (`document.open()` and
   * `write()`, or a replaced `<html>`). `document.open()` also removes every
   * event listener on the document: the owner starts again.
   */
  onNewRoot?: () => void;
}

/** Starts highlighting `doc`. */
export function startHighlighter(doc: Document, matcher: Matcher, initial: HighlightOptions, events: HighlighterEvents = {}): PageHighlighter {
  let { onFirstDraw } = events;
  const win = doc.defaultView ?? window;
  let options = initial;
  /** Made and registered on the first term drawn: touching CSS.highlights has a cost every page would pay. */
  let highlight: Highlight | undefined;
  let stopped = false;
  let ready = false;

  function registered(): Highlight {
    if (!highlight) {
      highlight = new Highlight();
      CSS.highlights.set(HIGHLIGHT_NAMES[options.style], highlight);
      onFirstDraw?.();
      onFirstDraw = undefined;
    } else if (CSS.highlights.get(HIGHLIGHT_NAMES[options.style]) !== highlight) {
      // The registry is the page's too: a page that clears it (as a find-in-page
      // script may) loses Limber's terms only until the next change is drawn
      // or the pointer moves (hover.ts).
      CSS.highlights.set(HIGHLIGHT_NAMES[options.style], highlight);
    }
    return highlight;
  }

  /** Puts the highlight back in the registry if it was taken out (nothing is registered before the first term drawn). */
  function keepRegistered(): void {
    if (highlight && !stopped) registered();
  }

  const entries = new Map<Block, Entry>();
  let byNode = new WeakMap<Text, Drawn[]>();
  /** For "first occurrence only": the entry holding each term's first occurrence. */
  let owners = new Map<string, Entry>();
  let ownersStale = false;
  let drawnCount = 0;

  const queue = new Map<Block, ScanMode>();
  /** Subtrees handed to the reader and not read yet. */
  let reading = false;
  /** Blocks stored since the reader last finished: a block it reports again has more text (appended), not new text. */
  const readBlocks = new Set<Block>();
  /** Blocks to be read exactly (their 'own' scan replaces what the reader found). */
  const exactBlocks = new Set<Block>();
  let sweepNeeded = false;
  const mutations: MutationRecord[] = [];

  function enqueue(block: Block | null, mode: ScanMode): void {
    if (!block) return;
    if (block.nodeType === Node.DOCUMENT_FRAGMENT_NODE) watchShadowRoot(block as ShadowRoot);
    const current = queue.get(block);
    if (current === undefined || (current === 'own' && mode !== 'own')) queue.set(block, mode);
  }

  function isAllowed(entry: Entry, index: number): boolean {
    const match = entry.matches[index];
    if (!match || !options.allowed(match.id)) return false;
    if (options.all) return true;
    if (owners.get(match.id) !== entry) return false;
    return entry.matches.findIndex((m) => m.id === match.id) === index;
  }

  function draw(entry: Entry): void {
    if (entry.drawn) return;
    const drawn: Drawn[] = [];
    entry.matches.forEach((match, index) => {
      if (!isAllowed(entry, index)) return;
      const first = match.nodes[0];
      const last = match.nodes[match.nodes.length - 1];
      if (!first || !last) return;
      // The text may have changed since it was read; the queued re-read will redraw it.
      if (match.startOffset > first.length || match.endOffset > last.length || !first.isConnected) return;
      const range = new StaticRange({ startContainer: first, startOffset: match.startOffset, endContainer: last, endOffset: match.endOffset });
      const term: Drawn = { id: match.id, range, nodes: match.nodes };
      batch.add(range);
      drawnCount++;
      drawn.push(term);
      for (const node of match.nodes) {
        const list = byNode.get(node);
        if (list) list.push(term);
        else byNode.set(node, [term]);
      }
    });
    entry.drawn = drawn;
  }

  function erase(entry: Entry): void {
    if (!entry.drawn) return;
    for (const term of entry.drawn) {
      batch.delete(term.range);
      drawnCount--;
      for (const node of term.nodes) {
        const list = byNode.get(node);
        if (!list) continue;
        const at = list.indexOf(term);
        if (at >= 0) list.splice(at, 1);
      }
    }
    entry.drawn = null;
  }

  /** Range changes wait for a frame (see highlight-batch.ts). */
  const batch = highlightBatch(registered, win);

  const near = nearScreen<Entry>((members, isNear) => {
    if (stopped) return;
    for (const entry of members) {
      if (entries.get(entry.block) !== entry) continue;
      if (isNear) draw(entry);
      else erase(entry);
    }
    // Terms coming into view are drawn in the next frame; ranges that went
    // off screen wait for a frame made anyway. (In a frame slice, both are
    // applied at its end.)
    if (isNear) batch.soon();
    else batch.later();
  });

  function forget(entry: Entry): void {
    erase(entry);
    entries.delete(entry.block);
    near.remove(entry);
    if (!options.all) ownersStale = true;
  }

  function store(block: Block, matches: BlockMatch[]): void {
    const old = entries.get(block);
    if (old) {
      // Read again with the same terms in the same places (a ticking clock in
      // the paragraph): the drawn ranges stay, so a tooltip open on one of
      // them stays too, and Chromium has nothing to re-mark.
      if (sameMatches(old.matches, matches)) return;
      const wasDrawn = old.drawn !== null;
      erase(old);
      if (matches.length === 0) {
        forget(old);
        return;
      }
      old.matches = matches;
      if (!options.all) ownersStale = true;
      if (wasDrawn) draw(old);
      return;
    }
    if (matches.length === 0) return;
    const target = blockElement(block);
    const entry: Entry = { block, target, matches, drawn: null };
    entries.set(block, entry);
    near.add(entry, target);
    if (!options.all) ownersStale = true;
  }

  function refreshOwners(): void {
    ownersStale = false;
    const next = firstOccurrences(entries.values());
    const changed = new Set<Entry>();
    for (const [id, entry] of next) {
      const before = owners.get(id);
      if (before !== entry) {
        changed.add(entry);
        if (before) changed.add(before);
      }
    }
    for (const [id, entry] of owners) if (!next.has(id)) changed.add(entry);
    owners = next;
    for (const entry of changed) {
      if (entry.drawn && entries.get(entry.block) === entry) {
        erase(entry);
        draw(entry);
      }
    }
  }

  /** Is `node` an element that is not inline (a block, a <br>, an image): text never flows across it? */
  function isBreak(node: Node | null): boolean {
    return node === null || (node.nodeType === Node.ELEMENT_NODE && !INLINE_TAGS.has((node as Element).localName));
  }

  /** Set when a new root element arrived (see HighlighterEvents.onNewRoot). */
  let newRoot = false;

  function readMutations(): void {
    for (const record of mutations.splice(0)) {
      const target = record.target;
      if (target === doc) {
        for (let i = 0; i < record.addedNodes.length; i++) if (record.addedNodes[i]?.nodeType === Node.ELEMENT_NODE) newRoot = true;
        continue;
      }
      if (record.type === 'characterData') {
        enqueue(blockOf(target), 'own');
        continue;
      }
      if (record.type === 'attributes' && record.attributeName === 'contenteditable') {
        // Editing switched on or off: what it holds is dropped, or read again.
        for (const entry of [...entries.values()]) if (target.contains(entry.target)) forget(entry);
        enqueue(target as Element, 'full');
        enqueue(blockOf(target), 'own');
        continue;
      }
      if (record.type === 'attributes') {
        // Shown or hidden (`hidden`, a <details> opened): the first visible
        // occurrence of a term may be another one now.
        if (!options.all) ownersStale = true;
        continue;
      }
      // (Indexed loops: a NodeList's iterator costs more, and an endless feed sends thousands of records.)
      const removed = record.removedNodes;
      const added = record.addedNodes;
      // Limber's tooltip host coming or going changes no text.
      if (removed.length + added.length === 1 && ((removed[0] ?? added[0]) as Element).localName === OWN_HOST_TAG) continue;
      // Could the target block's own text have changed? Not when only blocks
      // came or went between blocks (an endless feed adding and dropping
      // posts): then re-reading the feed's own text is skipped.
      let ownText = !isBreak(record.previousSibling) || !isBreak(record.nextSibling);
      // Removed text is re-read with its block; a removed element may take whole blocks with it.
      for (let i = 0, count = removed.length; i < count; i++) {
        const node = removed[i] as Node;
        if (!isBreak(node)) ownText = true;
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        const gone = entries.get(node as Element);
        if (gone) forget(gone);
        // Blocks inside it (or in its shadow root) are found by a sweep.
        if ((node as Element).firstElementChild || (node as Element).shadowRoot) sweepNeeded = true;
      }
      for (let i = 0, count = added.length; i < count; i++) {
        const node = added[i] as Node;
        if (node.nodeType !== Node.ELEMENT_NODE) {
          ownText = true;
          continue;
        }
        const el = node as Element;
        const name = el.localName;
        if (name === OWN_HOST_TAG) continue;
        if (INLINE_TAGS.has(name)) {
          // An inline element's text is part of its block (queued below), but
          // it may hold blocks of its own. (Not a block itself: an entry of
          // its own would not be read again when its text changes.)
          ownText = true;
          scanBlock(el, null, (nested) => enqueue(nested, 'full'));
        } else enqueue(el, 'full'); // a block is read with everything in it
      }
      if (ownText) enqueue(blockOf(target), 'own');
    }
  }

  function sweep(): void {
    sweepNeeded = false;
    for (const entry of [...entries.values()]) if (!entry.target.isConnected) forget(entry);
  }

  function work(hasTime: () => boolean): boolean {
    if (stopped) return false;
    if (doc.designMode === 'on') {
      clearAll();
      return false;
    }
    readMutations();
    // A page script may have cleared the registry (it is the page's too): any change the page makes brings the terms back.
    keepRegistered();
    if (newRoot && events.onNewRoot) {
      events.onNewRoot(); // stops this highlighter
      return false;
    }
    if (sweepNeeded) sweep();
    let sinceCheck = 0;
    // The clock is read every few blocks: reading it costs more than a small block.
    while (++sinceCheck % 8 !== 0 || hasTime()) {
      const next = queue.entries().next();
      if (!next.done && next.value[1] === 'full') {
        // Subtrees queued one after another are read together, with one
        // search: an endless feed adds hundreds of posts at a time. (The
        // reader skips one that was removed or sits in a skipped region.)
        queue.delete(next.value[0]);
        reader.add(next.value[0]);
        reading = true;
        continue;
      }
      if (reading) {
        if (!reader.step(hasTime)) break;
        reading = false;
        readBlocks.clear();
        continue;
      }
      if (next.done) break;
      const [block] = next.value;
      queue.delete(block);
      const element = blockElement(block);
      // It may have been removed since it was queued, or sit in a skipped region.
      if (isInSkippedRegion(element)) {
        const old = entries.get(block);
        if (old) forget(old);
        continue;
      }
      exactBlocks.delete(block);
      store(block, scanBlock(block, matcher));
    }
    near.flush();
    const more = queue.size > 0 || mutations.length > 0 || reading;
    if (!more) {
      if (ownersStale) refreshOwners();
      ready = true;
    }
    return more;
  }

  /**
   * A block reported again in the same read: more of its text (a chunk
   * boundary fell inside it), or the same text again (a queued subtree inside
   * another one read with it). Matches already held are not added twice, and
   * the list stays in page order.
   */
  function withMore(held: readonly BlockMatch[], more: readonly BlockMatch[]): BlockMatch[] {
    const merged = [...held];
    const starts = new Map<Node | undefined, Set<number>>();
    for (const m of held) starts.set(m.nodes[0], (starts.get(m.nodes[0]) ?? new Set<number>()).add(m.startOffset));
    for (const match of more) {
      const node = match.nodes[0];
      if (starts.get(node)?.has(match.startOffset)) continue;
      starts.set(node, (starts.get(node) ?? new Set<number>()).add(match.startOffset));
      merged.push(match);
    }
    if (merged.length > held.length && held.length > 0) merged.sort(inPageOrder);
    return merged;
  }

  const reader = createTextReader(matcher, {
    found(block, matches) {
      if (exactBlocks.has(block)) return;
      const before = readBlocks.has(block) ? entries.get(block) : undefined;
      readBlocks.add(block);
      store(block, before ? withMore(before.matches, matches) : matches);
    },
    unsure(block) {
      exactBlocks.add(block);
      enqueue(block, 'own');
    },
    rereading(subtree) {
      for (const block of readBlocks) if (subtree === block || subtree.contains(blockElement(block))) readBlocks.delete(block);
    },
    shadowRoot: (shadow) => enqueue(shadow, 'full'),
    noShadowYet: (element) => lateShadowRoots.add(element),
  });

  const lateShadowRoots = watchLateShadowRoots((shadow) => {
    if (stopped) return;
    enqueue(shadow, 'full');
    runner.request();
  }, win);

  const runner: SliceRunner = idleRunner((hasTime) => {
    const more = work(hasTime);
    batch.later();
    return more;
  }, win);
  /**
   * A DOM change is read just before the next frame, and what it changes on
   * screen is applied in that same frame, which Chromium re-marks anyway
   * (highlight-batch.ts). What does not fit goes on in idle slices.
   */
  const frames: SliceRunner = frameRunner((hasTime) => {
    if (work(hasTime)) runner.request();
    batch.apply();
  }, win);

  const observer = new MutationObserver((records) => {
    if (stopped) return;
    for (const record of records) mutations.push(record);
    frames.request();
    runner.request();
  });
  const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true, attributeFilter: ['contenteditable', ...VISIBILITY_ATTRIBUTES] };
  /** Shadow roots observed (a document observer does not see into them). */
  const observedShadowRoots = new WeakSet<ShadowRoot>();

  /**
   * Watches changes inside an open shadow root, as in the document. (An
   * observer holds observed nodes weakly, per the DOM standard's garbage
   * collection rules: a removed host and its shadow root are still collected.)
   */
  function watchShadowRoot(shadow: ShadowRoot): void {
    if (stopped || observedShadowRoots.has(shadow)) return;
    observedShadowRoots.add(shadow);
    observer.observe(shadow, OBSERVED);
  }

  function clearAll(): void {
    for (const entry of [...entries.values()]) forget(entry);
    near.flush();
    queue.clear();
    reader.clear();
    reading = false;
    mutations.length = 0;
    batch.apply();
  }

  const root = doc.body ?? doc.documentElement;
  if (root) {
    enqueue(root, 'full');
    // The document itself, not its root element: a page may replace that.
    observer.observe(doc, OBSERVED);
    runner.request();
  }

  return {
    get ready() {
      return ready;
    },
    setOptions(next) {
      const styleChanged = next.style !== options.style;
      const filterChanged = next.all !== options.all || next.allowed !== options.allowed;
      if (styleChanged && highlight) {
        CSS.highlights.delete(HIGHLIGHT_NAMES[options.style]);
        CSS.highlights.set(HIGHLIGHT_NAMES[next.style], highlight);
      }
      options = next;
      if (!filterChanged) return;
      if (!options.all) refreshOwners();
      for (const entry of entries.values()) {
        if (!entry.drawn) continue;
        erase(entry);
        draw(entry);
      }
      batch.soon();
    },
    hasDrawn: () => drawnCount > 0,
    keepRegistered,
    termAt(node, offset) {
      if (node.nodeType !== Node.TEXT_NODE) return null;
      for (const term of byNode.get(node as Text) ?? []) {
        const range = term.range;
        // Inside the term, not just at its end's outer edge.
        if (node === range.startContainer && offset < range.startOffset) continue;
        if (node === range.endContainer && offset >= range.endOffset) continue;
        return { id: term.id, range };
      }
      return null;
    },
    counts() {
      const counts = new Map<string, number>();
      for (const entry of entries.values()) {
        for (const match of entry.matches) {
          if (options.allowed(match.id)) counts.set(match.id, (counts.get(match.id) ?? 0) + 1);
        }
      }
      return [...counts].map(([id, count]) => ({ id, count })).sort(byFrequency);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      runner.cancel();
      frames.cancel();
      batch.cancel();
      observer.disconnect();
      lateShadowRoots.stop();
      near.disconnect();
      drawnCount = 0;
      if (highlight) {
        highlight.clear();
        CSS.highlights.delete(HIGHLIGHT_NAMES[options.style]);
        highlight = undefined;
      }
      entries.clear();
      owners = new Map();
      byNode = new WeakMap();
      queue.clear();
      reader.clear();
      reading = false;
      mutations.length = 0;
    },
  };
}
