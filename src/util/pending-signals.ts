/**
 * Lets the handlers of signals that have arrived (Ctrl-C) run before going on. Node reads
 * signals in the event loop's poll phase; two turns of setImmediate pass through it whatever
 * phase this is called from (one alone can run in the check phase that follows this one).
 */
export async function readPendingSignals(): Promise<void> {
  await new Promise((next) => setImmediate(next));
  await new Promise((next) => setImmediate(next));
}
