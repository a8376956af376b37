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
export const CONTENT_MESSAGES = ['content/ping', 'content/terms'] as const satisfies readonly (keyof ContentProtocol)[];
