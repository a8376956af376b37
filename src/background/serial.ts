/**
 * Runs background tasks one after another. Every task reads state from
 * storage, changes it and writes it back; two at once (an alarm and a click
 * arriving together) could both read the old state and both fire an alert.
 * This is ordering only: nothing here is state that must survive a restart.
 */
let tail: Promise<unknown> = Promise.resolve();

export function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = tail.then(task, task);
  tail = run.catch(() => undefined);
  return run;
}
