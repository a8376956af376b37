/** First-run care: if the browser withheld access to web pages, say so once. */
import browser from '../shared/browser';
import type { Runtime } from '../shared/browser';
import { hasPageAccess } from '../shared/page-access';

export async function onInstalled(details: Runtime.OnInstalledDetailsType): Promise<void> {
  if (details.reason !== 'install') return;
  if (!(await hasPageAccess())) await browser.tabs.create({ url: browser.runtime.getURL('welcome.html') });
}
