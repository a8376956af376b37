/**
 * Messages the extension sends *to a tab's content script* (tabs.sendMessage).
 * Kept apart from the background protocol: a content script only answers these.
 */
export interface ContentProtocol {
  'content/ping': { request: Record<string, never>; response: { ok: true; url: string } };
}
export const CONTENT_MESSAGES = ['content/ping'] as const satisfies readonly (keyof ContentProtocol)[];
