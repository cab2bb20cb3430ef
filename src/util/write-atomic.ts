/**
 * Writes a file through a temporary file beside it and a rename, so that a reader (the preview
 * server, a second build) sees the old file or the new one, never part of one. On failure the
 * temporary file is removed and the error thrown.
 */
import { renameSync, rmSync, writeFileSync } from "node:fs";

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
