/**
 * The content script: a guest on someone else's page. It runs once per
 * document, never changes the page's DOM, text, layout or selection, and
 * answers the extension's questions about the page.
 */
import browser from '../shared/browser';
import { isContentMessage } from '../shared/messages';

// A second injection into the same isolated world (extension reload, a
// programmatic inject) must not start a second copy.
const GUARD = Symbol.for('limber.content');
const scope = globalThis as typeof globalThis & { [GUARD]?: true };

if (!scope[GUARD]) {
  scope[GUARD] = true;
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isContentMessage(message) && message.type === 'content/ping') {
      return Promise.resolve({ ok: true, url: location.href });
    }
    return undefined;
  });
}
