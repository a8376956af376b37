/** Messages any surface may send to the background about the app itself. */
export interface AppProtocol {
  /** Liveness check used by tests and by pages that wake the background. */
  'app/ping': { request: Record<string, never>; response: { ok: true } };
}
export const APP_MESSAGES = ['app/ping'] as const satisfies readonly (keyof AppProtocol)[];
