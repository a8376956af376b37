/**
 * Browser differences the background cares about, detected in one place.
 * Firefox's notifications have no buttons and no `requireInteraction`;
 * Firefox alone has `runtime.getBrowserInfo`.
 */
import browser from '../shared/browser';

export function isFirefox(): boolean {
  return typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';
}

/** Whether notifications have Chrome's extras: buttons, a context line, `silent`, staying until answered (Chrome: yes; Firefox: no). */
export function notificationsHaveButtons(): boolean {
  return !isFirefox();
}
