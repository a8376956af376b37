/**
 * Asks the active tab's content script which back-pain terms are on the page,
 * and its embedded frames' content scripts which are in them (added to the
 * page's list). No "tabs" permission: the host comes from the content
 * script's answer, and a tab where none answers (browser pages, the web
 * store, PDFs) is "unavailable".
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from '../shared/browser';
import type { ContentMessage, ContentResponseOf } from '../shared/messages';
import { FRAME_TERMS_PORT, type FrameTerms } from '../shared/protocol/content';
import { isFrameTerms, isTermCount, withFrameTerms } from './frame-terms';

export type PageTerms =
  | { readonly status: 'loading' }
  | { readonly status: 'unavailable' }
  | ({ readonly status: 'ready' } & ContentResponseOf<'content/terms'>);

/** How long to wait for a content script before saying it cannot run there. */
const ANSWER_TIMEOUT_MS = 1500;
/** While a big page is still being read, ask again this often. */
const RETRY_MS = 700;
/** A tab that did not answer may still be loading (Limber starts once it has): ask again this often. */
const UNAVAILABLE_RETRY_MS = 1000;

/** Settings reach the content script through storage: the time given it to apply them before asking again. */
const SETTLE_MS = 150;

/** How long embedded frames have to report their terms (they answer within milliseconds). */
const FRAMES_WAIT_MS = 150;

/**
 * The terms of the tab's embedded frames: a port to every frame of the tab,
 * whose frames each post their terms once (FRAME_TERMS_PORT). A tab with no
 * embedded frame running Limber simply posts nothing.
 */
function askFrames(tabId: number): Promise<FrameTerms[]> {
  return new Promise((resolve) => {
    const reports: FrameTerms[] = [];
    let port: ReturnType<typeof browser.tabs.connect>;
    try {
      port = browser.tabs.connect(tabId, { name: FRAME_TERMS_PORT });
    } catch {
      resolve(reports);
      return;
    }
    port.onMessage.addListener((message: unknown) => {
      if (isFrameTerms(message)) reports.push({ terms: message.terms.filter(isTermCount), complete: message.complete });
    });
    const timer = setTimeout(() => {
      port.disconnect();
      resolve(reports);
    }, FRAMES_WAIT_MS);
    // No frame listening (a page without embedded frames) closes the port at
    // once: nothing to wait for. The error that comes with it is expected;
    // reading it keeps Chromium from logging it as unchecked.
    port.onDisconnect.addListener(() => {
      void browser.runtime.lastError;
      clearTimeout(timer);
      resolve(reports);
    });
  });
}

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
  const [answer, frames] = await Promise.all([
    Promise.race([browser.tabs.sendMessage(tab.id, message).catch(() => undefined), timeout]) as Promise<unknown>,
    askFrames(tab.id),
  ]);
  if (!isTermsAnswer(answer)) return { status: 'unavailable' };
  // Frames follow their own site's switch; when it is off for this page, the page's list stays empty.
  const terms = answer.highlightingOn ? withFrameTerms(answer.terms.filter(isTermCount), frames) : [];
  return {
    status: 'ready',
    ...answer,
    terms,
    total: terms.reduce((sum, term) => sum + term.count, 0),
    complete: answer.complete && frames.every((frame) => frame.complete),
  };
}

/** A page that has not yet taken up changed settings is asked again, this many times at most. */
const MAX_STALE_RETRIES = 10;

/**
 * `refreshKey` changes (e.g. settings were edited) ask again. `expectedOn`
 * says whether highlighting should be on for a host by the popup's settings:
 * a page answering otherwise has not applied them yet, and is asked again.
 */
export function usePageTerms(refreshKey: unknown, expectedOn: (host: string) => boolean): PageTerms {
  const [state, setState] = useState<PageTerms>({ status: 'loading' });
  const first = useRef(true);
  const expected = useRef(expectedOn);
  expected.current = expectedOn;
  useEffect(() => {
    let live = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let staleAnswers = 0;
    const ask = (): void => {
      askActiveTab()
        .catch((): PageTerms => ({ status: 'unavailable' }))
        .then((result) => {
          if (!live) return;
          const stale = result.status === 'ready' && result.highlightingOn !== expected.current(result.host) && staleAnswers++ < MAX_STALE_RETRIES;
          // A stale answer is not shown: its switch would contradict the one just flipped.
          if (!stale) setState(result);
          if (stale) retry = setTimeout(ask, SETTLE_MS);
          else if (result.status === 'ready' && !result.complete) retry = setTimeout(ask, RETRY_MS);
          else if (result.status === 'unavailable') retry = setTimeout(ask, UNAVAILABLE_RETRY_MS);
        });
    };
    retry = setTimeout(ask, first.current ? 0 : SETTLE_MS);
    first.current = false;
    return () => {
      live = false;
      clearTimeout(retry);
    };
  }, [refreshKey]);
  return state;
}
