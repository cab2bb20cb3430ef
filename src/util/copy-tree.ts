/**
 * Copies the folder `from` into `to` (made if missing; files there are overwritten), a few
 * files at a time. For a search index shard staged in memory (ram-scratch.ts): 5,167 files,
 * 25 MB. Copying them onto this machine's ext4 with four copies in flight took 0.23–0.26 s
 * (0.3 s of CPU) against 0.5–1.1 s one at a time and 2.1–2.3 s with fs.promises.cp.
 */
import { copyFile, mkdir, readdir } from "node:fs/promises";
import { join } from "node:path";

export const COPIES_IN_FLIGHT = 4;

export async function copyTree(from: string, to: string, inFlight = COPIES_IN_FLIGHT): Promise<void> {
  const files: Array<[string, string]> = [];
  const walk = async (source: string, target: string): Promise<void> => {
    await mkdir(target, { recursive: true });
    for (const entry of await readdir(source, { withFileTypes: true })) {
      const s = join(source, entry.name);
      const t = join(target, entry.name);
      if (entry.isDirectory()) await walk(s, t);
      else if (entry.isFile()) files.push([s, t]);
      else throw new Error(`copyTree: ${s} is neither a file nor a folder`);
    }
  };
  await walk(from, to);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const [s, t] = files[next++]!;
      await copyFile(s, t);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, inFlight) }, worker));
}
