/**
 * Pages whose layout moves, hides or layers their terms, shared by the
 * Chromium and Firefox content tests: each was a place where a term on screen
 * went unmarked, or its tooltip could not be used.
 */

/** `count` paragraphs with ids `${prefix}0…`, each `height` px tall, each with a term. */
function paragraphs(prefix: string, count: number, height: number): string {
  return Array.from({ length: count }, (_, i) => `<p id="${prefix}${i}" style="height: ${height}px; margin: 0">Part ${i}: living with sciatica.</p>`).join('\n');
}

const page = (body: string, head = ''): string => `<!doctype html><html><head><meta charset="utf-8"><title>Layout</title>${head}</head><body style="margin: 0">${body}</body></html>`;

export const LAYOUT_PAGES = {
  /** A table of contents linking far down a long article: the page jumps past the whole near area. */
  jump: page(`<p><a id="toc" href="#p30">Part 30</a></p>${paragraphs('p', 40, 400)}`),
  /** A horizontal carousel, scrolled sideways: the cards in view are marked. */
  carousel: page(
    `<div id="row" style="display: flex; width: 900px; overflow-x: auto">${Array.from({ length: 12 }, (_, i) => `<div id="c${i}" style="flex: 0 0 300px">Card ${i}: lumbar stretch tips.</div>`).join('')}</div>`,
  ),
  /** Text right inside a `display: contents` element, as a component host often is. */
  contents: page(`<style>my-text { display: contents }</style><div><my-text id="mt">Living with sciatica is hard.</my-text></div>`),
  /** A long article whose first block the page replaces after it was read (hydration, a live update). */
  replaced: page(paragraphs('r', 30, 300)),
  /** A term in a modal dialog. */
  dialog: page(`<p>Page text.</p><dialog id="d"><p id="dp">Many adults get sciatica at some point.</p></dialog><script>document.getElementById('d').showModal();</script>`),
  /** A paragraph to drag-select across a term. */
  select: page(
    `<p id="s1" style="font: 16px/1.5 sans-serif; width: 600px">Start of the text to select, then a term: sciatica is the word here, and the selection goes on past it.</p><p id="s2" style="font: 16px/1.5 sans-serif">Plain words follow.</p>`,
  ),
  /** A page that writes itself anew after load. */
  rewritten: page(
    `<p id="old">Old text about sciatica.</p><script>addEventListener('load', () => setTimeout(() => { document.open(); document.write('<!doctype html><p id="new">New text: lower back pain and ibuprofen.</p>'); document.close(); }, 300));</script>`,
  ),
  /** A paragraph that becomes editable. */
  editable: page(`<p id="ed">Notes on sciatica.</p><p id="other">Other notes on the spine.</p>`),
  /** A page with its own find-in-page that clears the whole highlight registry (window.clearHighlights, called by the test once marks are seen). */
  clears: page(`<p id="c">Sciatica and ibuprofen.</p><script>window.clearHighlights = () => CSS.highlights.clear();</script>`),
  /** Inline tags laid out as blocks or flex items, with no space between their words. */
  cards: page(
    `<a id="card" href="#"><span style="display: block">Sciatica</span><span style="display: block">Nerve pain explained</span></a><div id="flex" style="display: flex; gap: 8px"><span>Kyphosis</span><span>Scoliosis</span></div>`,
  ),
  /** A paragraph that a script adds an inline element to, then rewrites (as frameworks do). */
  inlineAdded: page(`<p id="status">Status: </p><p id="swap">Nothing yet.</p>`),
  /** Terms in the light DOM and in a shadow root, the shadow one first in reading order. */
  shadowFirst: page(
    `<div id="host"></div><p id="light">Light DOM, later: sciatica.</p><script>document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = '<p id="shadowed">In the shadow root, first: sciatica.</p>';</script>`,
  ),
  /** A word in a window too short for the tooltip above or below it. */
  short: page(`<div style="height: 70px"></div><p id="short">A herniated disc can cause pain.</p>`),
  /** A transformed root element, scrolled: fixed positions are no longer the viewport's. */
  transformed: page(`<div style="height: 1300px"></div><p id="t">A word on sciatica.</p><div style="height: 1500px"></div>`, '<style>html { transform: translateX(0) }</style>'),
};
