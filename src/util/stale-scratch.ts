/**
 * Scratch folders left by builds that were killed (kill -9, a power cut): each build names
 * its folders in .shortlist-tmp/ after its process id (build-<pid>-…, old-<pid>-…,
 * dev-<pid>-…, search-<pid>, index-<pid>-…). A folder whose process no longer exists can
 * never be finished or swapped in, so the next build deletes it. A folder of a live process
 * — another build running now, or an unrelated process that reused the id — is left alone.
 */
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

const OWNED = /^(?:build|old|dev|search|index)-(\d+)(?:-|$)/;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Deletes the scratch folders of processes that are gone; returns their names. */
export function sweepDeadScratch(scratch: string): string[] {
  let names: string[];
  try {
    names = readdirSync(scratch);
  } catch {
    return [];
  }
  const swept: string[] = [];
  for (const name of names) {
    const pid = Number(OWNED.exec(name)?.[1]);
    if (!pid || pid === process.pid || alive(pid)) continue;
    rmSync(join(scratch, name), { recursive: true, force: true });
    swept.push(name);
  }
  return swept;
}
