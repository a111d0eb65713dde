/**
 * Imports and undos are written one after the other: each waits for the one before it. Kept on
 * globalThis because Next may load this module once per route bundle.
 */
const state = globalThis as unknown as { keelWriteQueue?: Promise<unknown> };

export function queueWrite<T>(task: () => Promise<T> | T): Promise<T> {
  const previous = state.keelWriteQueue ?? Promise.resolve();
  const run = previous.then(task, task);
  state.keelWriteQueue = run.catch(() => undefined);
  return run;
}
