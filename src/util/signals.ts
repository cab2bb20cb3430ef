/**
 * Ctrl-C for the long-running commands (`npm run build`, `npm run bench`, `npm start`): the first
 * Ctrl-C (or SIGTERM) asks the work to stop and clean up after itself; a second one quits at
 * once. Ctrl-C in a terminal reaches every process of the command (its process group), so
 * the children (Pagefind, the benchmark's builds) stop at the same moment.
 */
export interface Interrupt {
  /** Aborted by the first Ctrl-C or SIGTERM. */
  signal: AbortSignal;
  /** 130 after Ctrl-C, 143 after SIGTERM: what a shell reports for a command they stopped. */
  exitCode(): number;
  /** Takes the handlers away again. */
  dispose(): void;
}

/** 130 after Ctrl-C (SIGINT), 143 after SIGTERM: the exit code a shell reports for a command either stopped. */
export function signalExitCode(name: NodeJS.Signals): number {
  return name === "SIGTERM" ? 143 : 130;
}

/**
 * Handles Ctrl-C and SIGTERM until disposed; `stopping` says what the first one does
 * ("stopping the build and …"). `beforeQuit` runs when the second one quits at once (the dev
 * server kills its builder there).
 */
export function interruptOnSignals(stopping: string, beforeQuit?: () => void): Interrupt {
  const controller = new AbortController();
  let code = 130;
  const onSignal = (name: NodeJS.Signals) => {
    code = signalExitCode(name);
    if (controller.signal.aborted) {
      beforeQuit?.();
      process.exit(code);
    }
    process.stderr.write(`\n${name === "SIGINT" ? "Ctrl-C" : name}: ${stopping} (again to quit at once)…\n`);
    controller.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    signal: controller.signal,
    exitCode: () => code,
    dispose() {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    },
  };
}

/**
 * Lets the handlers of signals that have arrived run before going on. Node reads signals in
 * the event loop's poll phase; two turns of setImmediate pass through it whatever phase this
 * is called from (one alone can run in the check phase that follows this one).
 */
export async function readPendingSignals(): Promise<void> {
  await new Promise((next) => setImmediate(next));
  await new Promise((next) => setImmediate(next));
}
