/**
 * Watches a folder and every folder under it, one plain (non-recursive) fs.watch per folder,
 * and calls `onChange` with the path of whatever changed in one of them.
 *
 * Why not fs.watch(dir, { recursive: true }): on Linux, Node 20 implements it by watching
 * each file, and a file replaced by a rename — how sed -i, `git checkout` and editors that
 * save atomically write — is then lost: the edit itself is reported, and no later edit of
 * that file is. A watch on the folder sees every name in it, however the file was written.
 *
 * Folders made later are watched from when they appear; a folder that goes away stops its
 * own watch. The folders under `dir` are few here (content/, src/site/, schemas/).
 */
import { existsSync, readdirSync, statSync, watch, type FSWatcher } from "node:fs";
import { join } from "node:path";

export interface TreeWatcher {
  close(): void;
  /** The folders watched now (for tests). */
  folders(): string[];
}

export function watchTree(dir: string, onChange: (path: string) => void): TreeWatcher {
  const watchers = new Map<string, FSWatcher>();
  let closed = false;

  const unwatch = (folder: string) => {
    for (const [path, watcher] of watchers) {
      if (path === folder || path.startsWith(folder + "/") || path.startsWith(folder + "\\")) {
        watcher.close();
        watchers.delete(path);
      }
    }
  };

  const add = (folder: string) => {
    if (closed || watchers.has(folder)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(folder, (event, name) => {
        const path = name ? join(folder, String(name)) : folder;
        // Only a "rename" can be a folder appearing or going away: a "change" (every edit) needs no stat.
        if (event === "rename" && name) {
          if (watchers.has(path) && !isFolder(path)) unwatch(path); // a watched folder went away
          else if (!watchers.has(path) && isFolder(path)) add(path); // a new folder: watch it and what it holds
        }
        onChange(path);
      });
    } catch {
      return; // gone already, or unreadable: nothing to watch
    }
    watcher.on("error", () => unwatch(folder));
    watchers.set(folder, watcher);
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) if (entry.isDirectory()) add(join(folder, entry.name));
  };

  if (existsSync(dir)) add(dir);
  return {
    close() {
      closed = true;
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
    folders: () => [...watchers.keys()].sort(),
  };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
