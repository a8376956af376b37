/** Opens Limber's own pages for the other surfaces (content scripts cannot). */
import browser from '../shared/browser';
import { breakTabItem, readItem, settingsItem, timerItem, writeItem } from '../shared/storage';
import type { RequestOf, ResponseOf } from '../shared/messages';

const ANCHOR = /^[a-z0-9-]{1,80}$/;

export async function openArticle({ anchor }: RequestOf<'page/open-article'>): Promise<ResponseOf<'page/open-article'>> {
  const hash = typeof anchor === 'string' && ANCHOR.test(anchor) ? `#${anchor}` : '';
  await browser.tabs.create({ url: browser.runtime.getURL(`article.html${hash}`) });
  return { ok: true };
}

/**
 * Brings the open break page to the front. True if there was one: a second
 * page for the same break would log it twice (each page reports its end).
 */
async function showOpenBreakPage(): Promise<boolean> {
  const tabId = await readItem(breakTabItem);
  if (tabId === null) return false;
  try {
    const tab = await browser.tabs.update(tabId, { active: true });
    if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
    return true;
  } catch {
    return false; // closed meanwhile
  }
}

/**
 * 'page/open-break': "Back to the break" (a routine) shows the break page
 * already open, if any; "Try it now" (one stretch) opens a page of its own.
 */
export async function openBreak(request: RequestOf<'page/open-break'>): Promise<ResponseOf<'page/open-break'>> {
  if (request.stretchId === undefined && (await showOpenBreakPage())) return { ok: true };
  // A new page for the break in progress ("Back to the break" after its page was closed) reports on that break.
  const { state } = await readItem(timerItem);
  const current = state.phase === 'on-break' && request.stretchId === undefined && request.routineId === state.breakRoutineId;
  await openBreakPage(request, current ? (state.breakStartedAt ?? undefined) : undefined);
  return { ok: true };
}

/**
 * Opens a new break page: a routine (a break starting) or one stretch to try.
 * `breakId` (the timer's break, by its start time) goes in the URL, and the
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
  // A routine's page is remembered, so that closing it ends the break even if
  // the page's own report is lost (break-tab.ts), and "Back to the break" finds it.
  if (stretchId === undefined) await writeItem(breakTabItem, tabId ?? null);
}
