/** Messages between the UI (popup, options, break page) and the background's timer. */
export interface TimerProtocol {}
export const TIMER_MESSAGES = [] as const satisfies readonly (keyof TimerProtocol)[];
