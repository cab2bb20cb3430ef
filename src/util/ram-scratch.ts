/**
 * A scratch folder in memory, for files that live only while a build runs: the search
 * documents Pagefind reads (10,000 at 10k profiles, deleted once read).
 *
 * Why: on this machine's disk (ext4 without a journal), creating a file costs 60–250 µs of
 * kernel time, and for minutes after many files were deleted every new file costs more: the
 * kernel skips the inodes deleted in the last 60 s, or 6 minutes while their inode table
 * block is dirty (`recently_deleted`, half of the kernel time in a `perf` profile of the
 * site's writes). Writing 10,000 search documents took
 * 0.6–1.0 s of system time there against 0.05 s in /dev/shm (tmpfs), and deleting them
 * slowed every file the build created after.
 *
 * The folder is `<tmpfs>/shortlist-<uid>` (mode 700), used only when /dev/shm is a folder we
 * may write to with at least MIN_FREE_BYTES free; otherwise, or with SHORTLIST_RAM_SCRATCH=0,
 * the caller's folder on disk. SHORTLIST_RAM_SCRATCH=<folder> names another one. Builds name
 * their folders in it after their process id, as in .shortlist-tmp/, so that the folders of
 * a killed build are swept by the next one (stale-scratch.ts). The per-user folder itself is
 * left in place, empty: removing it while another build is about to write into it would let
 * that build re-create it without mode 700.
 */
import { accessSync, constants, lstatSync, mkdirSync, statfsSync, statSync } from "node:fs";
import { userInfo } from "node:os";
import { join } from "node:path";

/** Less free memory than this in the tmpfs, and the disk is used (10,000 documents take ~40 MB). */
export const MIN_FREE_BYTES = 1024 * 1024 * 1024;

const DEFAULT_TMPFS = "/dev/shm";

/** Whether `dir` is a folder (or a link to one: /dev/shm is /run/shm on some systems) we may write into, with `minFree` bytes free. */
function usable(dir: string, minFree: number): boolean {
  try {
    const stat = statSync(dir);
    if (!stat.isDirectory()) return false;
    accessSync(dir, constants.W_OK | constants.X_OK);
    const fs = statfsSync(dir);
    return fs.bavail * fs.bsize >= minFree;
  } catch {
    return false;
  }
}

/** This user's folder in `root`, made if missing; undefined if it is not ours or not a folder. */
function ownFolder(root: string): string | undefined {
  const uid = process.getuid?.() ?? -1;
  const name = `shortlist-${uid >= 0 ? uid : userInfo().username}`;
  const dir = join(root, name);
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") return undefined;
  }
  try {
    const stat = lstatSync(dir);
    if (!stat.isDirectory() || (uid >= 0 && stat.uid !== uid)) return undefined;
  } catch {
    return undefined;
  }
  return dir;
}

/**
 * The in-memory scratch folder to use, or `fallback` (a folder on disk) when there is none.
 * `env` and `tmpfs` are for tests.
 */
export function ramScratch(fallback: string, env: NodeJS.ProcessEnv = process.env, tmpfs = DEFAULT_TMPFS): string {
  const setting = env.SHORTLIST_RAM_SCRATCH;
  if (setting === "0" || process.platform === "win32") return fallback;
  const root = setting || tmpfs;
  if (!usable(root, setting ? 0 : MIN_FREE_BYTES)) return fallback;
  return ownFolder(root) ?? fallback;
}
