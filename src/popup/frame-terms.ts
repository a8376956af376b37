/**
 * The popup's "On this page" adds the terms of the tab's embedded frames to
 * the page's (use-page-terms.ts asks both). Pure: checks what a content
 * script sent, and sums the counts.
 */
import { byFrequency, type FrameTerms, type PageTermCount } from '../shared/protocol/content';

/** A term count as a content script sends it (anything else is dropped). */
export function isTermCount(term: unknown): term is PageTermCount {
  if (typeof term !== 'object' || term === null) return false;
  const t = term as Record<string, unknown>;
  return typeof t['id'] === 'string' && typeof t['count'] === 'number' && Number.isFinite(t['count']) && t['count'] > 0;
}

/** A frame's report (FRAME_TERMS_PORT); its terms are checked one by one. */
export function isFrameTerms(value: unknown): value is FrameTerms {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return Array.isArray(v['terms']) && typeof v['complete'] === 'boolean';
}

/** The page's counts with its frames' added, in the order the protocol promises. */
export function withFrameTerms(page: readonly PageTermCount[], frames: readonly FrameTerms[]): PageTermCount[] {
  const counts = new Map<string, number>();
  for (const term of [...page, ...frames.flatMap((frame) => frame.terms)]) counts.set(term.id, (counts.get(term.id) ?? 0) + term.count);
  return [...counts].map(([id, count]) => ({ id, count })).sort(byFrequency);
}
