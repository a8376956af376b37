/**
 * "Don't interrupt": alerts wait while the focused window is fullscreen, the
 * active tab plays sound, or the active tab is a video call. The background
 * cannot read tab URLs (no `tabs` permission), so it asks the tab's content
 * script where it is ('content/ping').
 */
import browser from '../shared/browser';
import type { ContentMessage, ContentResponseOf } from '../shared/messages';

/** Web apps for video calls, by host (and path where the host also serves other things). */
const CALL_PAGES: readonly { host: string; path?: RegExp }[] = [
  { host: 'meet.google.com', path: /^\/[a-z]{3}-[a-z]{4}-[a-z]{3}/ },
  { host: 'zoom.us', path: /^\/(wc|j)\// },
  { host: 'app.zoom.us', path: /^\/wc\// },
  { host: 'teams.microsoft.com' },
  { host: 'teams.live.com' },
  { host: 'whereby.com', path: /^\/[^/]+/ },
  { host: 'meet.jit.si', path: /^\/[^/]+/ },
];

/** Whether `url` is a video-call page (a meeting, not the product's home page). */
export function isCallUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  const host = parsed.hostname.toLowerCase();
  return CALL_PAGES.some((page) => {
    const hostMatches = host === page.host || host.endsWith(`.${page.host}`);
    return hostMatches && (page.path === undefined || page.path.test(parsed.pathname));
  });
}

async function activeTabUrl(tabId: number): Promise<string | null> {
  const message: ContentMessage<'content/ping'> = { type: 'content/ping', payload: {} };
  try {
    const answer = (await browser.tabs.sendMessage(tabId, message)) as ContentResponseOf<'content/ping'> | undefined;
    return typeof answer?.url === 'string' ? answer.url : null;
  } catch {
    return null; // no content script there (browser pages, the web store)
  }
}

/** Whether the person is in something an alert should not interrupt. */
export async function isBusy(): Promise<boolean> {
  try {
    const win = await browser.windows.getLastFocused();
    if (win.focused && win.state === 'fullscreen') return true;
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    if (!tab || tab.id === undefined) return false;
    if (tab.audible) return true;
    const url = tab.url ?? (await activeTabUrl(tab.id));
    return url !== null && isCallUrl(url);
  } catch {
    return false; // no window at all: nothing to interrupt
  }
}
