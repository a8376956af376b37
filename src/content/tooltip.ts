/**
 * The term tooltip: built with DOM APIs (never innerHTML) in a closed shadow
 * root on a host attached to the document root only while it is open. A term
 * in the top layer (a modal dialog, an open popover, a fullscreen element)
 * has the host attached there instead: anything outside is drawn beneath it,
 * and a modal dialog makes it inert. The card itself is shown as a manual
 * popover, in the top layer, so no transform, zoom or overflow of what holds
 * the host can squeeze or clip it; being inside the closed shadow root, its
 * popover events and backdrop are out of the page's reach. `all: initial` on
 * the host keeps page CSS out; the shadow root keeps ours in.
 */
import { OWN_HOST_TAG, parentAcrossShadow } from './blocks';
import { TOOLTIP_CSS } from './tooltip-css';

export interface TooltipContent {
  readonly term: string;
  readonly category: string;
  /** Set when the explanation is Limber's general guidance: the mark shown beside the category. */
  readonly generalLabel?: string | undefined;
  readonly summary: string;
  readonly tip?: string | undefined;
  readonly caution?: string | undefined;
  readonly tipLabel: string;
  readonly cautionLabel: string;
  readonly readMoreLabel: string;
  readonly tryItLabel?: string | undefined;
  /** The not-medical-advice line, under the explanation. */
  readonly disclaimer: string;
  onReadMore(): void;
  onTryIt?: (() => void) | undefined;
}

export interface Tooltip {
  /** Opens beside `anchor` (the word's box in viewport coordinates) of the term at `node`, replacing what was shown. */
  show(content: TooltipContent, anchor: DOMRect, node?: Node): void;
  /** Moves the open tooltip beside `anchor` (its word moved), as it is. */
  moveTo(anchor: DOMRect): void;
  hide(): void;
  readonly isOpen: boolean;
  /** True when `target` (an event target in the page) is the tooltip. */
  owns(target: EventTarget | null): boolean;
}

const GAP_PX = 6;
const EDGE_PX = 8;
/** How far the card is moved to learn how its coordinates map to the screen. */
const PROBE_PX = 100;
/** Elements drawn in the top layer, above the rest of the page. */
const TOP_LAYER = ':modal, :popover-open, :fullscreen';

/** The innermost top-layer element holding `node`, across shadow roots. */
function topLayerHolding(node: Node | undefined): Element | null {
  for (let n: Node | null = node ?? null; n; n = parentAcrossShadow(n)) {
    if (n.nodeType !== Node.ELEMENT_NODE) continue;
    try {
      if ((n as Element).matches(TOP_LAYER)) return n as Element;
    } catch {
      return null; // a browser without one of these selectors
    }
  }
  return null;
}

/** Which side of the word the card is on. */
export type CardSide = 'below' | 'above' | 'beside';

export interface CardPlace {
  readonly top: number;
  readonly left: number;
  readonly side: CardSide;
  /** Set when the card is taller than the room it gets: it scrolls. */
  readonly maxHeight?: number;
}

/**
 * Where the card goes: below the word if it fits, else above, else beside
 * it (a short window, a small frame), else in the taller of the spaces above
 * and below, scrolling. Never over the word; always inside the viewport.
 */
export function placeCard(
  anchor: { top: number; bottom: number; left: number; right: number },
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): CardPlace {
  const roomBelow = viewport.height - EDGE_PX - (anchor.bottom + GAP_PX);
  const roomAbove = anchor.top - GAP_PX - EDGE_PX;
  const maxLeft = Math.max(EDGE_PX, viewport.width - EDGE_PX - card.width);
  const alignedLeft = Math.round(Math.min(Math.max(EDGE_PX, anchor.left), maxLeft));
  if (card.height <= roomBelow) return { top: Math.round(anchor.bottom + GAP_PX), left: alignedLeft, side: 'below' };
  if (card.height <= roomAbove) return { top: Math.round(anchor.top - GAP_PX - card.height), left: alignedLeft, side: 'above' };
  const fitsRight = anchor.right + GAP_PX + card.width <= viewport.width - EDGE_PX;
  const fitsLeft = anchor.left - GAP_PX - card.width >= EDGE_PX;
  if (fitsRight || fitsLeft) {
    const tallest = Math.max(0, viewport.height - 2 * EDGE_PX);
    const height = Math.min(card.height, tallest);
    const top = Math.min(Math.max(EDGE_PX, anchor.top), viewport.height - EDGE_PX - height);
    const left = fitsRight ? anchor.right + GAP_PX : anchor.left - GAP_PX - card.width;
    return { top: Math.round(top), left: Math.round(left), side: 'beside', ...(height < card.height ? { maxHeight: Math.floor(height) } : {}) };
  }
  if (roomBelow >= roomAbove) return { top: Math.round(anchor.bottom + GAP_PX), left: alignedLeft, side: 'below', maxHeight: Math.max(0, Math.floor(roomBelow)) };
  const height = Math.max(0, Math.floor(roomAbove));
  return { top: Math.round(anchor.top - GAP_PX - height), left: alignedLeft, side: 'above', maxHeight: height };
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function createTooltip(doc: Document): Tooltip {
  const host = doc.createElement(OWN_HOST_TAG);
  host.style.setProperty('all', 'initial', 'important');
  host.style.setProperty('position', 'fixed', 'important');
  host.style.setProperty('top', '0', 'important');
  host.style.setProperty('left', '0', 'important');
  host.style.setProperty('z-index', '2147483647', 'important');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = TOOLTIP_CSS;
  const card = el(doc, 'div', 'card');
  card.setAttribute('role', 'tooltip');
  /** The card is a manual popover (no light dismiss, no focus change) where the browser has them. */
  const canPopover = typeof card.showPopover === 'function';
  if (canPopover) card.setAttribute('popover', 'manual');
  shadow.append(style, card);
  let open = false;

  function fill(content: TooltipContent): void {
    const head = el(doc, 'div', 'head');
    head.append(el(doc, 'span', 'term', content.term), el(doc, 'span', 'category', content.category));
    if (content.generalLabel) head.append(el(doc, 'span', 'general', content.generalLabel));
    const parts: HTMLElement[] = [head, el(doc, 'p', 'summary', content.summary)];
    for (const [label, text, kind] of [
      [content.tipLabel, content.tip, 'tip'],
      [content.cautionLabel, content.caution, 'caution'],
    ] as const) {
      if (!text) continue;
      const p = el(doc, 'p', kind);
      p.append(el(doc, 'strong', 'label', `${label} `), doc.createTextNode(text));
      parts.push(p);
    }
    const actions = el(doc, 'div', 'actions');
    const readMore = el(doc, 'button', 'link', content.readMoreLabel);
    readMore.type = 'button';
    readMore.addEventListener('click', () => content.onReadMore());
    actions.append(readMore);
    if (content.onTryIt && content.tryItLabel) {
      const tryIt = el(doc, 'button', 'primary', content.tryItLabel);
      tryIt.type = 'button';
      const onTryIt = content.onTryIt;
      tryIt.addEventListener('click', () => onTryIt());
      actions.append(tryIt);
    }
    parts.push(actions, el(doc, 'p', 'disclaimer', content.disclaimer));
    card.replaceChildren(...parts);
  }

  /** Puts the card beside `anchor`; `entrance` plays the entrance animation (a first showing, not a move). */
  function place(anchor: DOMRect, entrance: boolean): void {
    const { style } = card;
    style.visibility = 'hidden';
    if (entrance) style.animation = 'none'; // measured without the entrance animation's offset
    style.width = '';
    style.maxHeight = '';
    style.top = '0px';
    style.left = '0px';
    const origin = card.getBoundingClientRect();
    style.top = `${PROBE_PX}px`;
    style.left = `${PROBE_PX}px`;
    const probe = card.getBoundingClientRect();
    // Fixed positions are the viewport's unless the page transforms or
    // zooms an ancestor (where the top layer is not available): then they
    // are moved and scaled, as measured here.
    const scaleX = (probe.left - origin.left) / PROBE_PX || 1;
    const scaleY = (probe.top - origin.top) / PROBE_PX || 1;
    const view = doc.documentElement;
    const spot = placeCard(anchor, origin, { width: Math.min(view.clientWidth || innerWidth, innerWidth), height: innerHeight });
    // The width measured with the whole viewport to fill: placed further
    // right, a box sized to fit would shrink to the room left to it.
    style.width = `${origin.width / scaleX}px`;
    if (spot.maxHeight !== undefined) style.maxHeight = `${spot.maxHeight / scaleY}px`;
    style.top = `${(spot.top - origin.top) / scaleY}px`;
    style.left = `${(spot.left - origin.left) / scaleX}px`;
    card.dataset['side'] = spot.side;
    if (entrance) style.animation = '';
    style.visibility = '';
  }

  return {
    get isOpen() {
      return open;
    },
    show(content, anchor, node) {
      fill(content);
      const parent = topLayerHolding(node) ?? doc.fullscreenElement ?? doc.documentElement;
      if (host.parentNode !== parent) parent.append(host);
      // In the top layer, the card is out of reach of whatever holds the host:
      // a transformed dialog or root would otherwise contain and clip it.
      if (canPopover && !card.matches(':popover-open')) {
        try {
          card.showPopover();
        } catch {
          // Not shown as a popover (a document that refuses it): placed as a fixed box below.
        }
      }
      place(anchor, true);
      open = true;
    },
    moveTo(anchor) {
      if (open) place(anchor, false);
    },
    hide() {
      if (!open) return;
      open = false;
      host.remove();
      card.replaceChildren();
    },
    owns(target) {
      return target === host;
    },
  };
}
