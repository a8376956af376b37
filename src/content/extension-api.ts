/**
 * The content script's door to the extension API: the browser's own API
 * (Firefox's `browser`, Chrome's `chrome`; in Manifest V3 both return
 * promises for these calls), not webextension-polyfill, which every other
 * surface uses through shared/browser.ts.
 *
 * Why: the content script starts on every page a person opens, and most
 * pages have no term on them, so its start-up cost is most of what Limber
 * costs a page. Importing the polyfill walks every API namespace once
 * (about 2 ms a page on the benchmark machine, `npm run bench`). The few
 * calls made here need no polyfill.
 */
import type { MessageKey } from '../shared/i18n';
import type { Message, MessageName, RequestOf, ResponseOf } from '../shared/messages';
import { readItemFrom, watchItemOn, type StorageAreaLike, type StorageChangedEventLike, type StorageItem } from '../shared/storage-items';

type MessageListener = (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => boolean | undefined;

/** The parts of the native API used here, as both browsers provide them. */
interface NativeApi {
  readonly runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    readonly onMessage: { addListener(listener: MessageListener): void };
    readonly onConnect: { addListener(listener: (port: { readonly name: string; postMessage(message: unknown): void }) => void): void };
  };
  readonly storage: { readonly local: StorageAreaLike; readonly onChanged: StorageChangedEventLike };
  readonly i18n: { getMessage(key: string, substitutions?: string | string[]): string };
}

const scope = globalThis as { browser?: NativeApi; chrome?: NativeApi };

/** Firefox defines `browser` (and `chrome`); Chrome defines `chrome`, and recent versions `browser` too. */
function api(): NativeApi {
  const found = scope.browser ?? scope.chrome;
  if (!found) throw new Error('Limber: no extension API in this context');
  return found;
}

export function readStored<T>(item: StorageItem<T>): Promise<T> {
  return readItemFrom(api().storage.local, item);
}

export function watchStored<T>(item: StorageItem<T>, onChange: (value: T) => void): () => void {
  return watchItemOn(api().storage.onChanged, item, onChange);
}

/** Sends a message of the typed protocol to the background and returns its answer. */
export async function send<N extends MessageName>(type: N, payload: RequestOf<N>): Promise<ResponseOf<N>> {
  const message: Message<N> = { type, payload };
  return (await api().runtime.sendMessage(message)) as ResponseOf<N>;
}

/**
 * Answers messages: `answer` returns a promise of the reply, or undefined for
 * messages it leaves to others. (A listener returning a promise is not
 * understood by every Chrome version; sendResponse is.)
 */
export function onMessage(answer: (message: unknown) => Promise<unknown> | undefined): void {
  api().runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const reply = answer(message);
    if (!reply) return false;
    reply.then(sendResponse, () => sendResponse(undefined));
    return true;
  });
}

/** Calls `onOpen` with a way to reply each time the extension opens a port named `name` to this document. */
export function onPortOpened(name: string, onOpen: (post: (message: unknown) => void) => void): void {
  api().runtime.onConnect.addListener((port) => {
    if (port.name === name) onOpen((message) => port.postMessage(message));
  });
}

/** The localised string for `key` (see shared/i18n.ts). */
export function t(key: MessageKey): string {
  return api().i18n.getMessage(key) || key;
}
