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

/**
 * Centre of the first occurrence of `text` inside the element matching
 * `selector` (its open shadow roots included), in viewport pixels (where a
 * person would point at the word).
 */
export function wordCentreIn({ selector, text }: { selector: string; text: string }): { x: number; y: number; left: number; top: number; right: number; bottom: number } {
  const root = document.querySelector(selector);
  if (!root) throw new Error(`no ${selector}`);
  const roots: Node[] = [root];
  for (let next = roots.shift(); next; next = roots.shift()) {
    const walker = document.createTreeWalker(next, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
      const shadow = (node as Element).shadowRoot;
      if (shadow) roots.push(shadow);
      if (node.nodeType !== Node.TEXT_NODE) continue;
      const at = (node as Text).data.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const box = range.getClientRects()[0];
      if (!box) continue;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2, left: box.left, top: box.top, right: box.right, bottom: box.bottom };
    }
  }
  throw new Error(`no “${text}” in ${selector}`);
}

/**
 * Runs in an extension page: sends `message` to the content script of every
 * tab and returns the answers of those that replied (tabs with no content
 * script are skipped). Uses Firefox's `browser` or Chromium's `chrome`.
 */
export async function askEveryTab(message: unknown): Promise<unknown[]> {
  const scope = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
  const api = scope.browser ?? scope.chrome;
  const tabs = await api.tabs.query({});
  const answers = await Promise.allSettled(tabs.map((tab) => api.tabs.sendMessage(tab.id ?? -1, message)));
  return answers.flatMap((a) => (a.status === 'fulfilled' && a.value !== undefined ? [a.value as unknown] : []));
}

/**
 * Scrolls the element with `id` (a box with its own scroll bar) down by
 * `by` pixels and waits for its scroll event; true when it did scroll.
 * (One argument: Playwright passes one to a page function.)
 */
export async function scrollBox({ id, by }: { id: string; by: number }): Promise<boolean> {
  const box = document.getElementById(id);
  if (!box) return false;
  const scrolled = new Promise((resolve) => box.addEventListener('scroll', resolve, { once: true }));
  box.scrollTop += by;
  await scrolled;
  return box.scrollTop > 0;
}

/**
 * The ids of the elements holding the ranges registered under `name` (the
 * nearest ancestor with an id), sorted and distinct: which blocks are marked.
 */
export function highlightedIds(name: string): string[] {
  const ids = new Set<string>();
  for (const range of CSS.highlights.get(name) ?? []) {
    const start = range.startContainer;
    const holder = (start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement)?.closest('[id]');
    if (holder) ids.add(holder.id);
  }
  return [...ids].sort();
}
