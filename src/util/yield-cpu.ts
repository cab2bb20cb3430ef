/**
 * Lowers this process's CPU priority (niceness +10) for the rest of its life, so that a
 * child process started before — Pagefind's indexer — gets the cores first when both are
 * busy. The search index is the longest task of a large build; the render has time to spare.
 *
 * Linux applies a priority per thread: every thread of this process is lowered (the main
 * thread, V8's garbage-collection helpers, libuv's file-system threads); threads started
 * later inherit it. A priority cannot be raised again without privileges, so call this only
 * in a process that builds and exits, or where a lower priority is fine.
 */
import { readdirSync } from "node:fs";
import { setPriority } from "node:os";

export const BACKGROUND_NICENESS = 10;

export function yieldCpuToChildren(niceness = BACKGROUND_NICENESS): void {
  let threads: number[];
  try {
    threads = readdirSync("/proc/self/task").map(Number);
  } catch {
    threads = [0]; // not Linux: the calling thread
  }
  for (const thread of threads) {
    try {
      setPriority(thread, niceness);
    } catch {
      // a thread that has exited, or a platform that refuses: leave it
    }
  }
}
