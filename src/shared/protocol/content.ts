/**
 * Messages the extension sends *to a tab's content script* (tabs.sendMessage).
 * Kept apart from the background protocol: a content script only answers these.
 */

/** One glossary concept found on the page, and how often it occurs. */
export interface PageTermCount {
  /** GlossaryConcept id. */
  readonly id: string;
  readonly count: number;
}

export interface ContentProtocol {
  'content/ping': { request: Record<string, never>; response: { ok: true; url: string } };
  /**
   * Which glossary terms are on this page? Distinct concepts (of the categories
   * the person chose to highlight) with their counts across the whole page,
   * most frequent first; `total` is the sum of the counts. When highlighting is
   * off for this site (or everywhere), `highlightingOn` is false and `terms` is empty.
   * `complete` is false while a large page is still being read.
   */
  'content/terms': {
    request: Record<string, never>;
    response: { host: string; terms: PageTermCount[]; total: number; highlightingOn: boolean; complete: boolean };
  };
}
/** The order 'content/terms' promises: most frequent first, ties by id (so a list does not reshuffle between asks). */
export function byFrequency(a: PageTermCount, b: PageTermCount): number {
  return b.count - a.count || a.id.localeCompare(b.id);
}

export const CONTENT_MESSAGES = ['content/ping', 'content/terms'] as const satisfies readonly (keyof ContentProtocol)[];

/**
 * The popup's question to embedded frames. A tab answers a message once (the
 * top document's answer to 'content/terms'), so frames are asked over a port
 * the popup opens to every frame of the tab (tabs.connect with no frameId):
 * each embedded frame's content script posts its FrameTerms once, and the
 * popup adds them to the page's.
 */
export const FRAME_TERMS_PORT = 'limber/frame-terms';

export interface FrameTerms {
  /** The frame's terms, as in 'content/terms'. */
  readonly terms: PageTermCount[];
  /** False while the frame is still being read. */
  readonly complete: boolean;
}

