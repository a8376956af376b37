/**
 * The one message protocol between Limber's surfaces. Each entry maps a
 * message name (`noun/verb`) to its request and response types. Pure: the
 * guard below validates a message where it arrives; sending lives in
 * messenger.ts.
 */

export interface Protocol {
  /** Liveness check used by tests and by pages that wake the background. */
  'app/ping': { request: Record<string, never>; response: { ok: true } };
}

export type MessageName = keyof Protocol;
export type RequestOf<N extends MessageName> = Protocol[N]['request'];
export type ResponseOf<N extends MessageName> = Protocol[N]['response'];

export interface Message<N extends MessageName = MessageName> {
  readonly type: N;
  readonly payload: RequestOf<N>;
}

const NAMES: readonly MessageName[] = ['app/ping'] satisfies readonly MessageName[];

/** True for a well-formed Limber message; anything else is a stranger to ignore. */
export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const { type, payload } = value as { type?: unknown; payload?: unknown };
  return (
    typeof type === 'string' &&
    (NAMES as readonly string[]).includes(type) &&
    typeof payload === 'object' &&
    payload !== null &&
    !Array.isArray(payload)
  );
}
