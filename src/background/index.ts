/**
 * The background entry: a service worker in Chrome, an event page in Firefox.
 * It keeps no memory between wake-ups, so every listener is registered
 * synchronously here, before any await, and state lives in storage.
 */
import browser from '../shared/browser';
import { isMessage, type Message, type MessageName, type RequestOf, type ResponseOf } from '../shared/messages';
import type { Runtime } from '../shared/browser';
import { openArticle, openBreak } from './pages';
import { onTabRemoved } from './break-tab';
import { onInstalled } from './install';
import { timerHandlers } from './timer-handlers';
import { onAlarm, onFocusChanged, onStartup, onStorageChanged, onTimerInstalled, reconcile } from './lifecycle';
import { onNotificationButton, onNotificationClicked } from './notification-clicks';
import { onCommand } from './commands';
import { onIdleChanged, setUpIdleDetection } from './idle';

type Handlers = { [N in MessageName]: (payload: RequestOf<N>, sender: Runtime.MessageSender) => Promise<ResponseOf<N>> };

/** Every message the background answers, by name: the compiler insists each has a handler. */
const handlers: Handlers = {
  'app/ping': async () => ({ ok: true }),
  'page/open-article': openArticle,
  'page/open-break': openBreak,
  ...timerHandlers,
};

function dispatch<N extends MessageName>(message: Message<N>, sender: Runtime.MessageSender): Promise<ResponseOf<N>> {
  return handlers[message.type](message.payload, sender);
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Strangers (other extensions' formats, garbage) are ignored, not answered.
  if (!isMessage(message)) return undefined;
  return dispatch(message, sender);
});

browser.runtime.onInstalled.addListener((details) => {
  void onInstalled(details);
  void onTimerInstalled(details);
});

// The timer: alarms are its clock, storage its memory (see lifecycle.ts).
browser.runtime.onStartup.addListener(() => void onStartup());
browser.alarms.onAlarm.addListener((alarm) => void onAlarm(alarm));
browser.storage.onChanged.addListener((changes, area) => void onStorageChanged(changes, area));
browser.notifications.onClicked.addListener((id) => void onNotificationClicked(id));
// Firefox has no notification buttons (the event may be missing there).
browser.notifications.onButtonClicked?.addListener((id, index) => void onNotificationButton(id, index));
browser.commands.onCommand.addListener((name) => void onCommand(name));
browser.idle.onStateChanged.addListener((state) => void onIdleChanged(state));
browser.windows.onFocusChanged.addListener((windowId) => void onFocusChanged(windowId));
// A closed break page ends its break even if the page's own message was lost (break-tab.ts).
browser.tabs.onRemoved.addListener((tabId) => void onTabRemoved(tabId));
setUpIdleDetection();
void reconcile();
