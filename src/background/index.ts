/**
 * The background entry: a service worker in Chrome, an event page in Firefox.
 * It keeps no memory between wake-ups, so every listener is registered
 * synchronously here, before any await, and state lives in storage.
 */
import browser from '../shared/browser';
import { isMessage, type Message, type ResponseOf } from '../shared/messages';

async function handle(message: Message): Promise<ResponseOf<typeof message.type>> {
  switch (message.type) {
    case 'app/ping':
      return { ok: true };
  }
}

browser.runtime.onMessage.addListener((message: unknown) => {
  // Strangers (other extensions' formats, garbage) are ignored, not answered.
  if (!isMessage(message)) return undefined;
  return handle(message);
});
