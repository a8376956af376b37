/** Typed sending over the protocol in messages.ts (browser glue only). */
import browser from './browser';
import type { MessageName, RequestOf, ResponseOf, Message } from './messages';

/** Sends a message to the background and returns its typed answer. */
export async function send<N extends MessageName>(type: N, payload: RequestOf<N>): Promise<ResponseOf<N>> {
  const message: Message<N> = { type, payload };
  return (await browser.runtime.sendMessage(message)) as ResponseOf<N>;
}
