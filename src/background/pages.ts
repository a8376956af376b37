/** Opens Limber's own pages for the other surfaces (content scripts cannot). */
import browser from '../shared/browser';
import { breakTabItem, readItem, settingsItem, timerItem, writeItem, type BreakTab } from '../shared/storage';
import { taskQueue } from './serial';
import type { RequestOf, ResponseOf } from '../shared/messages';
import type { RoutineId } from '../knowledge/types';

const ANCHOR = /^[a-z0-9-]{1,80}$/;

export async function openArticle({ anchor }: RequestOf<'page/open-article'>): Promise<ResponseOf<'page/open-article'>> {
  const hash = typeof anchor === 'string' && ANCHOR.test(anchor) ? `#${anchor}` : '';
  await browser.tabs.create({ url: browser.runtime.getURL(`article.html${hash}`) });
  return { ok: true };
}

/**
 * The tab showing the page of break `breakId` (its URL names the break), from
 * runtime.getContexts; 'unknown' where the browser cannot list pages.
 */
export async function breakPageTab(breakId: number): Promise<number | null | 'unknown'> {
  if (typeof browser.runtime.getContexts !== 'function') return 'unknown';
  try {
    const contexts = await browser.runtime.getContexts({ contextTypes: ['TAB'] });
    const page = browser.runtime.getURL('break.html');
    const found = contexts.find((context) => {
      const url = context.documentUrl ?? '';
      return url.startsWith(page) && new URL(url).searchParams.get('break') === String(breakId);
    });
    return found?.tabId ?? null;
  } catch {
    return 'unknown';
  }
}

/** Brings a tab and its window to the front; false if it is gone. */
async function showTab(tabId: number): Promise<boolean> {
  try {
    const tab = await browser.tabs.update(tabId, { active: true });
    if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
    return true;
  } catch {
    return false; // closed meanwhile
  }
}

/** Break pages open one at a time, so that the second of two quick "Stretch now" finds the first's tab recorded. */
const oneOpeningAtATime = taskQueue();

/**
 * Shows the page of the timer's break `breakId` if one is open, else opens
 * one. One break, one page: each page logs the break as it ends.
 */
export function showBreakPage(routineId: RoutineId, breakId: number): Promise<void> {
  return oneOpeningAtATime(async () => {
    const found = await breakPageTab(breakId);
    if (typeof found === 'number' && (await showTab(found))) return;
    // A page still loading is not listed yet (nor anything, where pages cannot be
    // listed): the tab recorded when this break's page was opened stands in.
    const recorded = await readItem(breakTabItem);
    if (recorded !== null && recorded.breakId === breakId && recorded.closedAt === null && (await showTab(recorded.tabId))) return;
    await openBreakPage({ routineId }, breakId);
  });
}

/**
 * 'page/open-break': "Back to the break" (the routine of the break on) shows
 * that break's page, or opens it again; anything else (the morning routine,
 * "Try it now") opens a page of its own, outside the timer's breaks.
 */
export async function openBreak(request: RequestOf<'page/open-break'>): Promise<ResponseOf<'page/open-break'>> {
  const { state } = await readItem(timerItem);
  const { routineId, stretchId } = request;
  const breakOn = state.phase === 'on-break' ? state.breakId : null;
  if (breakOn !== null && stretchId === undefined && routineId !== undefined && routineId === state.breakRoutineId) await showBreakPage(routineId, breakOn);
  else await openBreakPage(request);
  return { ok: true };
}

/**
 * Opens a new break page: a routine (a break starting) or one stretch to try.
 * `breakId` (the timer's break, see TimerState) goes in the URL, and the
 * page's report names it, so a late report can end no other break.
 */
export async function openBreakPage({ routineId, stretchId }: RequestOf<'page/open-break'>, breakId?: number): Promise<void> {
  const params = new URLSearchParams();
  if (typeof routineId === 'string' && ANCHOR.test(routineId)) params.set('routine', routineId);
  if (typeof stretchId === 'string' && ANCHOR.test(stretchId)) params.set('stretch', stretchId);
  if (breakId !== undefined) params.set('break', String(breakId));
  const query = params.size > 0 ? `?${params.toString()}` : '';
  const url = browser.runtime.getURL(`break.html${query}`);
  const { settings } = await readItem(settingsItem);
  let tabId: number | undefined;
  if (settings.breakOpenMode === 'window') {
    // New windows are focused by default; Firefox warns about an explicit `focused`.
    const win = await browser.windows.create({ url, type: 'popup', width: 480, height: 680 });
    tabId = win.tabs?.[0]?.id;
  } else tabId = (await browser.tabs.create({ url })).id;
  // The page of a timer's break is remembered, so that closing it ends the
  // break even if the page's own report is lost (break-tab.ts).
  if (breakId !== undefined) await writeItem(breakTabItem, tabId === undefined ? null : ({ tabId, breakId, closedAt: null } satisfies BreakTab));
}
