/**
 * The one message protocol between Limber's surfaces. Each domain declares
 * its messages in protocol/<domain>.ts (name `noun/verb` -> request and
 * response types); this module joins them and guards what arrives. Pure:
 * sending lives in messenger.ts.
 */
import { APP_MESSAGES, type AppProtocol } from './protocol/app';
import { PAGES_MESSAGES, type PagesProtocol } from './protocol/pages';
import { TIMER_MESSAGES, type TimerProtocol } from './protocol/timer';
import { CONTENT_MESSAGES, type ContentProtocol } from './protocol/content';

/** Messages the background answers. */
export interface Protocol extends AppProtocol, PagesProtocol, TimerProtocol {}

export type MessageName = keyof Protocol;
export type RequestOf<N extends MessageName> = Protocol[N]['request'];
export type ResponseOf<N extends MessageName> = Protocol[N]['response'];

export interface Message<N extends MessageName = MessageName> {
  readonly type: N;
  readonly payload: RequestOf<N>;
}

const NAMES: ReadonlySet<string> = new Set<MessageName>([...APP_MESSAGES, ...PAGES_MESSAGES, ...TIMER_MESSAGES]);

function hasShape(value: unknown, names: ReadonlySet<string>): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { type, payload } = value as { type?: unknown; payload?: unknown };
  return typeof type === 'string' && names.has(type) && typeof payload === 'object' && payload !== null && !Array.isArray(payload);
}

/** True for a well-formed message to the background; anything else is a stranger to ignore. */
export function isMessage(value: unknown): value is Message {
  return hasShape(value, NAMES);
}

/** Messages a content script answers. */
export type ContentMessageName = keyof ContentProtocol;
export interface ContentMessage<N extends ContentMessageName = ContentMessageName> {
  readonly type: N;
  readonly payload: ContentProtocol[N]['request'];
}
export type ContentResponseOf<N extends ContentMessageName> = ContentProtocol[N]['response'];

const CONTENT_NAMES: ReadonlySet<string> = new Set<ContentMessageName>(CONTENT_MESSAGES);

export function isContentMessage(value: unknown): value is ContentMessage {
  return hasShape(value, CONTENT_NAMES);
}
