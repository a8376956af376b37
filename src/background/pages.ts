/** Opens Limber's own pages for the other surfaces (content scripts cannot). */
import browser from '../shared/browser';
import { breakTabItem, readItem, settingsItem, writeItem } from '../shared/storage';
import type { RequestOf, ResponseOf } from '../shared/messages';

const ANCHOR = /^[a-z0-9-]{1,80}$/;

export async function openArticle({ anchor }: RequestOf<'page/open-article'>): Promise<ResponseOf<'page/open-article'>> {
  const hash = typeof anchor === 'string' && ANCHOR.test(anchor) ? `#${anchor}` : '';
  await browser.tabs.create({ url: browser.runtime.getURL(`article.html${hash}`) });
  return { ok: true };
}

export async function openBreak({ routineId, stretchId }: RequestOf<'page/open-break'>): Promise<ResponseOf<'page/open-break'>> {
  const params = new URLSearchParams();
  if (typeof routineId === 'string' && ANCHOR.test(routineId)) params.set('routine', routineId);
  if (typeof stretchId === 'string' && ANCHOR.test(stretchId)) params.set('stretch', stretchId);
  const query = params.size > 0 ? `?${params.toString()}` : '';
  const url = browser.runtime.getURL(`break.html${query}`);
  const { settings } = await readItem(settingsItem);
  if (settings.breakOpenMode === 'window') {
    // New windows are focused by default; Firefox warns about an explicit `focused`.
    const win = await browser.windows.create({ url, type: 'popup', width: 480, height: 680 });
    // Remembered so that closing it ends the break even if the page's own report is lost (break-tab.ts).
    await writeItem(breakTabItem, win.tabs?.[0]?.id ?? null);
  } else {
    const tab = await browser.tabs.create({ url });
    await writeItem(breakTabItem, tab.id ?? null);
  }
  return { ok: true };
}
