/**
 * The only import of webextension-polyfill: every surface talks to the
 * browser through this module, so Chrome and Firefox differences stay here.
 */
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Storage, Tabs, Alarms, Notifications, Windows, Idle } from 'webextension-polyfill';
