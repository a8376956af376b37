/**
 * Asks the active tab's content script which back-pain terms are on the page.
 * No "tabs" permission: the host comes from the content script's answer, and
 * a tab where none answers (browser pages, the web store, PDFs) is "unavailable".
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from '../shared/browser';
import type { ContentMessage, ContentResponseOf } from '../shared/messages';

export type PageTerms =
  | { readonly status: 'loading' }
  | { readonly status: 'unavailable' }
  | ({ readonly status: 'ready' } & ContentResponseOf<'content/terms'>);

/** How long to wait for a content script before saying it cannot run there. */
const ANSWER_TIMEOUT_MS = 1500;
/** While a big page is still being read, ask again this often. */
const RETRY_MS = 700;

function isTermsAnswer(value: unknown): value is ContentResponseOf<'content/terms'> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v['host'] === 'string' && Array.isArray(v['terms']) && typeof v['highlightingOn'] === 'boolean';
}

async function askActiveTab(): Promise<PageTerms> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { status: 'unavailable' };
  const message: ContentMessage<'content/terms'> = { type: 'content/terms', payload: {} };
  const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ANSWER_TIMEOUT_MS));
  const answer: unknown = await Promise.race([browser.tabs.sendMessage(tab.id, message).catch(() => undefined), timeout]);
  if (!isTermsAnswer(answer)) return { status: 'unavailable' };
  const terms = answer.terms.filter(
    (term): term is { id: string; count: number } =>
      typeof term === 'object' && term !== null && typeof term.id === 'string' && typeof term.count === 'number',
  );
  return { status: 'ready', ...answer, terms };
}

/** `refreshKey` changes (e.g. settings were edited) ask again. */
export function usePageTerms(refreshKey: unknown): PageTerms {
  const [state, setState] = useState<PageTerms>({ status: 'loading' });
  const first = useRef(true);
  useEffect(() => {
    let live = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const ask = (): void => {
      askActiveTab()
        .catch((): PageTerms => ({ status: 'unavailable' }))
        .then((result) => {
          if (!live) return;
          setState(result);
          if (result.status === 'ready' && !result.complete) retry = setTimeout(ask, RETRY_MS);
        });
    };
    // Settings reach the content script through storage; give it a moment to apply them.
    retry = setTimeout(ask, first.current ? 0 : 150);
    first.current = false;
    return () => {
      live = false;
      clearTimeout(retry);
    };
  }, [refreshKey]);
  return state;
}
