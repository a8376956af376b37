/**
 * "First occurrence only": which block shows each term. The first
 * occurrence a reader can see wins (not one in a closed <details> or a
 * hidden menu), else the first in the page.
 */
import { readsBefore, type BlockMatch } from './blocks';

/** Is the block rendered (not in a closed <details>, not display: none)? Unknown counts as shown. */
function isShown(element: Element): boolean {
  return typeof element.checkVisibility !== 'function' || element.checkVisibility();
}

interface Occurrence<E> {
  readonly entry: E;
  /** The text node where the term's first occurrence in that entry starts. */
  readonly node: Text;
}

/**
 * The entry holding each term's first occurrence a reader can see, else its
 * first in the page. Occurrences are compared by their own text, not by
 * their blocks: a section's heading comes before the section's own text
 * after it, though the section's element starts before the heading's.
 */
export function firstOccurrences<E extends { readonly target: Element; readonly matches: readonly BlockMatch[] }>(entries: Iterable<E>): Map<string, E> {
  const first = new Map<string, Occurrence<E>>();
  const all = new Map<string, Occurrence<E>[]>();
  for (const entry of entries) {
    const seen = new Set<string>();
    for (const match of entry.matches) {
      const node = match.nodes[0];
      if (!node || seen.has(match.id)) continue;
      seen.add(match.id);
      const occurrence = { entry, node };
      const list = all.get(match.id);
      if (list) list.push(occurrence);
      else all.set(match.id, [occurrence]);
      const held = first.get(match.id);
      if (!held || readsBefore(node, held.node)) first.set(match.id, occurrence);
    }
  }
  const owners = new Map<string, E>();
  for (const [id, held] of first) {
    if (isShown(held.entry.target)) {
      owners.set(id, held.entry);
      continue;
    }
    // Rare (a closed FAQ or a hidden menu first): only then are all the term's occurrences ordered.
    const ordered = (all.get(id) ?? []).sort((x, y) => (x === y ? 0 : readsBefore(x.node, y.node) ? -1 : 1));
    owners.set(id, (ordered.find((o) => isShown(o.entry.target)) ?? held).entry);
  }
  return owners;
}
