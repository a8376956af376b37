/**
 * Runs work in small slices in the browser's idle time (idleRunner), or
 * just before the next frame is drawn (frameRunner), so a long job (reading
 * a 5 MB page) never becomes one long task. `run` is called with a function
 * telling whether the slice still has time, and returns true when more work
 * remains.
 */
export interface SliceRunner {
  /** Asks for a slice soon (no-op when one is already asked for). */
  request(): void;
  cancel(): void;
}

/** Never use more than this per slice, even if the browser offers a longer idle period. */
export const SLICE_BUDGET_MS = 8;
/** Work still runs this soon on a busy page that never goes idle. */
const IDLE_TIMEOUT_MS = 300;

export function idleRunner(run: (hasTime: () => boolean) => boolean, win: Window = window): SliceRunner {
  let handle: number | undefined;
  let usesIdle = typeof win.requestIdleCallback === 'function';
  const slice = (deadline?: IdleDeadline): void => {
    handle = undefined;
    const startedAt = performance.now();
    const hasTime = (): boolean => {
      const spent = performance.now() - startedAt;
      if (spent >= SLICE_BUDGET_MS) return false;
      return deadline === undefined || deadline.didTimeout || deadline.timeRemaining() > 1;
    };
    if (run(hasTime)) request();
  };
  const request = (): void => {
    if (handle !== undefined) return;
    if (usesIdle) handle = win.requestIdleCallback(slice, { timeout: IDLE_TIMEOUT_MS });
    else handle = win.setTimeout(() => slice(), 16);
  };
  return {
    request,
    cancel() {
      if (handle === undefined) return;
      if (usesIdle) win.cancelIdleCallback(handle);
      else win.clearTimeout(handle);
      handle = undefined;
      usesIdle = typeof win.requestIdleCallback === 'function';
    },
  };
}

/** Work done just before a frame is drawn: small, or the frame is late. */
export const FRAME_BUDGET_MS = 4;

/**
 * Runs `run` once at the next animation frame, before the frame is drawn:
 * for work whose result belongs in that frame (see highlight-batch.ts). A
 * hidden tab gets no frames; callers keep an idle runner for that.
 */
export function frameRunner(run: (hasTime: () => boolean) => void, win: Window = window): SliceRunner {
  let handle: number | undefined;
  return {
    request() {
      if (handle !== undefined || typeof win.requestAnimationFrame !== 'function') return;
      handle = win.requestAnimationFrame(() => {
        handle = undefined;
        const startedAt = performance.now();
        run(() => performance.now() - startedAt < FRAME_BUDGET_MS);
      });
    },
    cancel() {
      if (handle !== undefined) win.cancelAnimationFrame(handle);
      handle = undefined;
    },
  };
}
