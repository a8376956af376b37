/**
 * Whether Limber may run on web pages. Chrome grants the content script's
 * hosts at install; Firefox MV3 treats them as the user's choice, which can be
 * declined or revoked later. One place asks and one place requests, so every
 * surface says the same thing.
 */
import browser from './browser';

/** The pages the content script runs on (the manifest's content_scripts matches). */
export const PAGE_ORIGINS = ['http://*/*', 'https://*/*'];

export async function hasPageAccess(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: PAGE_ORIGINS });
  } catch {
    // A browser that cannot answer has not restricted us.
    return true;
  }
}

/** Asks the person for access; must run in a click handler of an extension page. */
export async function requestPageAccess(): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: PAGE_ORIGINS });
  } catch {
    return false;
  }
}
