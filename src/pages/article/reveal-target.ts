/**
 * Scrolls to the element named by the URL hash and marks it for a moment,
 * so a reader who followed "Read more" sees where to look. Focus moves there
 * too, so keyboard and screen-reader users land on the same spot.
 */
const REVEALED = 'is-revealed';
const REVEAL_MS = 2000;

/** The id in `#…`, or '' for no hash or a malformed escape. */
export function hashId(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return '';
  }
}

/**
 * `smooth` is for jumps within the open page; on first load the reader
 * expects to arrive at once, and a long smooth glide would only delay them.
 */
export function revealHashTarget(doc: Document, win: Window, smooth: boolean): void {
  const id = hashId(win.location.hash);
  const target = id === '' ? null : doc.getElementById(id);
  if (!target) return;
  const reduceMotion = win.matchMedia('(prefers-reduced-motion: reduce)').matches;
  // 'instant', not 'auto': 'auto' would follow the stylesheet's smooth scroll-behavior.
  target.scrollIntoView({ block: 'start', behavior: smooth && !reduceMotion ? 'smooth' : 'instant' });
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  // The page never re-renders after load, so toggling a class here cannot
  // fight Preact. Removing it first restarts the mark on a repeated click.
  target.classList.remove(REVEALED);
  void target.offsetWidth;
  target.classList.add(REVEALED);
  win.setTimeout(() => target.classList.remove(REVEALED), REVEAL_MS);
}
