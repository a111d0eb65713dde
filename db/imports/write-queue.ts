/**
 * Imports and undos are written one after the other: each waits for the one before it. Kept on
 * globalThis because Next may load this module once per route bundle.
 */
const state = globalThis as unknown as { keelWriteQueue?: Promise<unknown> };

/** A write that answers before it has finished: the import worker answers, then brings derived facts up to date. */
export class QueuedWrite<T> {
  constructor(
    readonly answer: Promise<T>,
    readonly finished: Promise<unknown>,
  ) {}
}

/** Starts `start` once every earlier write has finished; resolves with its answer, and holds the queue until it has finished. */
export function queueWrite<T>(start: () => QueuedWrite<T> | Promise<T> | T): Promise<T> {
  const previous = state.keelWriteQueue ?? Promise.resolve();
  const begun = previous.then(start, start);
  state.keelWriteQueue = begun.then((w) => (w instanceof QueuedWrite ? w.finished : w)).catch(() => undefined);
  return begun.then((w) => (w instanceof QueuedWrite ? w.answer : w));
}
