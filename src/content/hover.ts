/**
 * Hover intent and hit-testing. Highlights have no events, so the pointer's
 * position is turned into a text position (caretPositionFromPoint, or
 * caretRangeFromPoint in older Chromium) at most once per frame and looked up
 * among the drawn terms. A tooltip opens after the pointer rests on a term
 * for HOVER_INTENT_MS; it stays while the pointer is on the term or on the
 * tooltip (WCAG 1.4.13: hoverable, dismissible with Escape, persistent).
 * Pointer listeners are passive and never stop or prevent anything, so links
 * and buttons under a term work as before; the one event taken from the page
 * is the Escape that closes an open tooltip. The tooltip closes when the word
 * scrolls (the page, or a box holding it), not when another box scrolls, and
 * when the page moves the word in any other way.
 */
import { parentAcrossShadow } from './blocks';
import type { DrawnTerm } from './highlighter';

export const HOVER_INTENT_MS = 300;
/** Time to move the pointer from the word into the tooltip. */
export const CLOSE_GRACE_MS = 250;

export interface HoverTarget {
  termAt(node: Node, offset: number): DrawnTerm | null;
  /** False when nothing is drawn: then pointer moves cost nothing. */
  hasDrawn(): boolean;
  /** Puts the highlights back if the page cleared the highlight registry. */
  keepRegistered(): void;
}

export interface HoverCallbacks {
  open(term: DrawnTerm, anchor: DOMRect): void;
  /** The open tooltip's word moved to `anchor`: the tooltip goes with it. */
  move(anchor: DOMRect): void;
  close(): void;
  isOpen(): boolean;
  /** True when the event target is Limber's tooltip. */
  ownsTarget(target: EventTarget | null): boolean;
}

interface CaretDocument {
  caretPositionFromPoint?(x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

/** Nested shadow trees looked into at most (a page cannot make the hit test loop). */
const MAX_SHADOW_DEPTH = 16;

/** The open shadow roots under a point, outermost first: the host hit, then any host hit inside its tree, and so on. */
function openShadowRootsAt(doc: Document, x: number, y: number): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  let element = doc.elementFromPoint(x, y);
  while (element?.shadowRoot && roots.length < MAX_SHADOW_DEPTH) {
    const root = element.shadowRoot;
    roots.push(root);
    const inner = root.elementFromPoint(x, y);
    if (inner === element) break;
    element = inner;
  }
  return roots;
}

/** The text position under a point, in whichever way this browser offers. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as unknown as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    let pos = d.caretPositionFromPoint(x, y);
    // Over text in a shadow tree, Chromium answers with the host's place in
    // its parent unless told which shadow roots it may look into. (Firefox
    // looks in anyway.) Only then is the point hit-tested again.
    if (pos && pos.offsetNode.nodeType !== Node.TEXT_NODE) {
      const shadowRoots = openShadowRootsAt(doc, x, y);
      if (shadowRoots.length > 0) pos = d.caretPositionFromPoint(x, y, { shadowRoots }) ?? pos;
    }
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** A short-lived live Range over a term, only to measure; null when the range no longer fits its text. */
function measurable(doc: Document, term: StaticRange): Range | null {
  const range = doc.createRange();
  try {
    range.setStart(term.startContainer, term.startOffset);
    range.setEnd(term.endContainer, term.endOffset);
  } catch {
    return null;
  }
  return range;
}

/** The line box of the term that holds the point, if the point really is on the word. */
function rectAt(doc: Document, term: StaticRange, x: number, y: number): DOMRect | null {
  for (const rect of measurable(doc, term)?.getClientRects() ?? []) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return rect;
  }
  return null;
}

/** Where a term's text is now (its whole box), or null when its range no longer fits its text. */
function boxOf(doc: Document, term: StaticRange): DOMRect | null {
  return measurable(doc, term)?.getBoundingClientRect() ?? null;
}

/** How far the word may move (layout rounding, a caret blink) before the tooltip no longer belongs to it. */
const MOVED_PX = 2;

/** Does the scrolled target (the document, or an element) hold `node`, across shadow roots? */
function holds(target: EventTarget | null, node: Node): boolean {
  const scroller = target as Node | null;
  if (!scroller || scroller.nodeType !== Node.ELEMENT_NODE) return true; // the document itself scrolled
  for (let n: Node | null = node; n; n = parentAcrossShadow(n)) {
    if (n === scroller) return true;
  }
  return false;
}

/**
 * The same occurrence: the same term at the same place. A block read again
 * may draw it with a new range; the word under the pointer is still the one
 * shown (or dismissed).
 */
export function sameTerm(a: DrawnTerm | null, b: DrawnTerm | null): boolean {
  if (a === null || b === null) return false;
  if (a.range === b.range) return true;
  const x = a.range;
  const y = b.range;
  return (
    a.id === b.id &&
    x.startContainer === y.startContainer &&
    x.startOffset === y.startOffset &&
    x.endContainer === y.endContainer &&
    x.endOffset === y.endOffset
  );
}

/** Starts listening; returns a function that removes every listener and timer. */
export function startHover(doc: Document, target: HoverTarget, ui: HoverCallbacks): () => void {
  const win = doc.defaultView ?? window;
  let x = 0;
  let y = 0;
  let frame: number | undefined;
  let overTooltip = false;
  /** The term under the pointer now, the one waiting for intent, and the one shown. */
  let pending: DrawnTerm | null = null;
  let shown: DrawnTerm | null = null;
  /** Escape dismisses this term until the pointer leaves it. */
  let dismissed: DrawnTerm | null = null;
  let intentTimer: number | undefined;
  let closeTimer: number | undefined;

  /** Where the shown term's word was when its tooltip opened, and the frame that checks it. */
  let shownBox: DOMRect | null = null;
  let placeFrame: number | undefined;

  /**
   * While a tooltip is open, its word is looked at once a frame: if the page
   * moved it without scrolling (an image or an ad loading above it, a counter
   * before it growing), the tooltip would no longer sit beside it, and might
   * cover it: it moves with the word. (If the word left the pointer, the next
   * pointer move closes the tooltip as usual.) A word gone closes it.
   */
  function watchShownPlace(): void {
    placeFrame = undefined;
    if (!shown || !shownBox || !ui.isOpen()) return;
    const now = boxOf(doc, shown.range);
    if (!now || (now.width === 0 && now.height === 0)) {
      close();
      return;
    }
    if (Math.abs(now.top - shownBox.top) > MOVED_PX || Math.abs(now.left - shownBox.left) > MOVED_PX) {
      shownBox = now;
      ui.move(now);
    }
    placeFrame = win.requestAnimationFrame(watchShownPlace);
  }

  /** The shadow roots around the watched term, and the node they were found for. */
  let scrollRoots: ShadowRoot[] = [];
  let scrollRootsOf: Node | null = null;

  /**
   * A box scrolling inside a shadow tree sends its scroll event only as far
   * as the shadow root (it is not composed), so the document's listener
   * never hears it: while a term in a shadow tree waits or is shown, its
   * shadow roots are listened to as well.
   */
  function watchShadowScrolls(): void {
    const node = (shown ?? pending)?.range.startContainer ?? null;
    if (node === scrollRootsOf) return;
    for (const root of scrollRoots) root.removeEventListener('scroll', onScroll, passive);
    scrollRoots = [];
    scrollRootsOf = node;
    for (let root = node?.getRootNode(); root && root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in root; root = (root as ShadowRoot).host.getRootNode()) {
      scrollRoots.push(root as ShadowRoot);
      root.addEventListener('scroll', onScroll, passive);
    }
  }

  const clearIntent = (): void => {
    if (intentTimer !== undefined) win.clearTimeout(intentTimer);
    intentTimer = undefined;
    pending = null;
    watchShadowScrolls();
  };
  const clearClose = (): void => {
    if (closeTimer !== undefined) win.clearTimeout(closeTimer);
    closeTimer = undefined;
  };
  /** Closes the tooltip; a term waiting for hover intent keeps waiting. */
  const hideShown = (): void => {
    clearClose();
    shown = null;
    shownBox = null;
    if (placeFrame !== undefined) win.cancelAnimationFrame(placeFrame);
    placeFrame = undefined;
    if (ui.isOpen()) ui.close();
    watchShadowScrolls();
  };
  const close = (): void => {
    clearIntent();
    hideShown();
  };

  /**
   * Is the event on the tooltip? Its host may sit in a shadow tree (a modal
   * dialog there), where the document sees the event retargeted to the
   * outer host: the event's path tells. (The path stops at the host: the
   * tooltip's own shadow root is closed.)
   */
  function onTooltip(event: Event): boolean {
    if (!ui.isOpen()) return false;
    if (ui.ownsTarget(event.target)) return true;
    return event.composedPath().some((node) => ui.ownsTarget(node));
  }

  function hitTest(): { term: DrawnTerm; rect: DOMRect } | null {
    const caret = caretAt(doc, x, y);
    if (!caret) return null;
    const term = target.termAt(caret.node, caret.offset) ?? (caret.offset > 0 ? target.termAt(caret.node, caret.offset - 1) : null);
    if (!term) return null;
    const rect = rectAt(doc, term.range, x, y);
    return rect ? { term, rect } : null;
  }

  function tick(): void {
    frame = undefined;
    target.keepRegistered();
    if (overTooltip) {
      clearClose();
      return;
    }
    // The tooltip may have been closed by its own buttons.
    if (shown && !ui.isOpen()) {
      shown = null;
      watchShadowScrolls();
    }
    const hit = hitTest();
    const term = hit?.term ?? null;
    if (dismissed && !sameTerm(dismissed, term)) dismissed = null;
    if (sameTerm(term, shown)) {
      clearClose();
      return;
    }
    if (shown && closeTimer === undefined) closeTimer = win.setTimeout(hideShown, CLOSE_GRACE_MS);
    if (!hit || !term || sameTerm(term, dismissed)) {
      clearIntent();
      return;
    }
    if (sameTerm(term, pending)) return;
    clearIntent();
    pending = term;
    watchShadowScrolls();
    intentTimer = win.setTimeout(() => {
      intentTimer = undefined;
      // Still resting on it? Re-check where the word is now.
      const again = hitTest();
      if (!again || !sameTerm(again.term, pending)) return;
      clearClose();
      shown = again.term;
      pending = null;
      watchShadowScrolls();
      ui.open(again.term, again.rect);
      shownBox = boxOf(doc, again.term.range);
      if (placeFrame === undefined) placeFrame = win.requestAnimationFrame(watchShownPlace);
    }, HOVER_INTENT_MS);
  }

  const onMove = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') return;
    x = event.clientX;
    y = event.clientY;
    overTooltip = onTooltip(event);
    // A button held down is a selection being dragged (or a drag and drop):
    // a tooltip opening under it would take the selection into itself.
    if (event.buttons !== 0 && !overTooltip) {
      if (pending !== null) clearIntent();
      return;
    }
    if (!target.hasDrawn() && !ui.isOpen() && pending === null) return;
    if (frame === undefined) frame = win.requestAnimationFrame(tick);
  };
  /**
   * Escape closes the tooltip, and only the tooltip: the page does not also
   * see it (it would close a dialog the term sits in), as the browser's own
   * popovers take the Escape that closes them. With no tooltip open, Escape
   * is the page's.
   */
  const onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !ui.isOpen()) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    dismissed = shown;
    close();
  };
  const onScroll = (event: Event): void => {
    const term = shown ?? pending;
    if (!term) {
      if (ui.isOpen()) close();
      return;
    }
    // A box elsewhere scrolling (a carousel, a chat pane) leaves the word where it was.
    if (!holds(event.target, term.range.startContainer)) return;
    close();
  };
  const onDown = (event: PointerEvent): void => {
    if (onTooltip(event)) return;
    if (ui.isOpen()) close();
    else clearIntent();
  };
  const onLeave = (event: PointerEvent): void => {
    // The pointer left the window (the root element's own pointerleave; a
    // capture listener also hears every element's, the tooltip's included).
    if (event.target !== doc.documentElement) return;
    clearIntent();
    if (ui.isOpen() && closeTimer === undefined) closeTimer = win.setTimeout(hideShown, CLOSE_GRACE_MS);
  };

  const passive = { capture: true, passive: true } as const;
  doc.addEventListener('pointermove', onMove, passive);
  doc.addEventListener('pointerdown', onDown, passive);
  // On the window, in the capture phase: before any listener of the page.
  win.addEventListener('keydown', onKey, true);
  doc.documentElement.addEventListener('pointerleave', onLeave, passive);
  doc.addEventListener('scroll', onScroll, passive);

  return () => {
    close();
    if (frame !== undefined) win.cancelAnimationFrame(frame);
    doc.removeEventListener('pointermove', onMove, passive);
    doc.removeEventListener('pointerdown', onDown, passive);
    win.removeEventListener('keydown', onKey, true);
    doc.documentElement.removeEventListener('pointerleave', onLeave, passive);
    doc.removeEventListener('scroll', onScroll, passive);
  };
}
