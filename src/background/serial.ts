/**
 * Runs background tasks one after another. Every task reads state from
 * storage, changes it and writes it back; two at once (an alarm and a click
 * arriving together) could both read the old state and both fire an alert.
 * This is ordering only: nothing here is state that must survive a restart.
 */

/** A queue of its own: the tasks given to the function it returns run one after another. */
export function taskQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

/** The timer's queue: every step, and every start-up and alarm task around it. */
export const serially = taskQueue();
