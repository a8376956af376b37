/**
 * Functions that run inside a served page (passed to page.evaluate by both
 * the Playwright/Chromium and the Puppeteer/Firefox rigs), so each browser's
 * tests read the page the same way. Each must be self-contained: it is
 * serialised and run in the page, without this module's scope.
 */

/**
 * The text of every range registered in the document's highlight registry
 * under `name`, sorted. Limber registers StaticRanges (no toString), so each
 * is read through a live Range; one that no longer fits its text reads as
 * "(stale)".
 */
export function highlightTexts(name: string): string[] {
  return [...(CSS.highlights.get(name) ?? [])]
    .map((r) => {
      const live = document.createRange();
      try {
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
      } catch {
        return '(stale)';
      }
      return live.toString();
    })
    .sort();
}
