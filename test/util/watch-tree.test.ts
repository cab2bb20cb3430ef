import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { watchTree, type TreeWatcher } from "../../src/util/watch-tree.js";
import { tempRoot } from "../hostile/site-harness.js";

let watcher: TreeWatcher | undefined;
const roots: string[] = [];

afterEach(() => {
  watcher?.close();
  watcher = undefined;
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

/** A temporary folder (with what `prepare` puts in it before watching starts), watched. */
function setUp(prepare: (root: string) => void = () => {}): { root: string; seen: string[]; waitFor: (path: string) => Promise<void> } {
  const root = tempRoot("watch");
  roots.push(root);
  prepare(root);
  const seen: string[] = [];
  let wake: (() => void) | undefined;
  watcher = watchTree(root, (path) => {
    seen.push(path);
    wake?.();
  });
  /** Waits until a change of `path` is reported, then lets the rest of that write's events pass, so that none of them is taken for the next write's. */
  const waitFor = async (path: string) => {
    const deadline = Date.now() + 5000;
    while (!seen.includes(path)) {
      if (Date.now() > deadline) throw new Error(`no change reported for ${path}; seen: ${seen.join(", ")}`);
      await new Promise<void>((done) => {
        wake = done;
        setTimeout(done, 50);
      });
    }
    await new Promise((done) => setTimeout(done, 150));
    seen.length = 0;
  };
  return { root, seen, waitFor };
}

describe("watchTree", () => {
  it("reports an edit saved by renaming a new file over the old one, and every edit after it", async () => {
    // The file is there before watching starts, as profiles are when `npm start` starts.
    const { root, waitFor } = setUp((r) => {
      mkdirSync(join(r, "profiles"));
      writeFileSync(join(r, "profiles", "firm.md"), "zero");
    });
    const file = join(root, "profiles", "firm.md");
    writeFileSync(file, "one");
    await waitFor(file);
    // How sed -i, git checkout and editors that save atomically write a file.
    writeFileSync(join(root, "profiles", "sedTmp123"), "two");
    renameSync(join(root, "profiles", "sedTmp123"), file);
    await waitFor(file);
    // fs.watch(dir, { recursive: true }) in Node 20 on Linux reports nothing from here on.
    writeFileSync(file, "three");
    await waitFor(file);
    writeFileSync(file, "four");
    await waitFor(file);
  }, 20_000);

  it("watches the folders already there, and those made later with what is written in them", async () => {
    const root = tempRoot("watch-existing");
    roots.push(root);
    mkdirSync(join(root, "a", "b"), { recursive: true });
    watcher = watchTree(root, () => {});
    expect(watcher.folders()).toEqual([root, join(root, "a"), join(root, "a", "b")]);
    watcher.close();

    const { root: fresh, waitFor } = setUp();
    mkdirSync(join(fresh, "later"));
    await waitFor(join(fresh, "later"));
    writeFileSync(join(fresh, "later", "page.ts"), "x");
    await waitFor(join(fresh, "later", "page.ts"));
  });

  it("stops watching a folder that was deleted, and close() stops the rest", async () => {
    const { root, waitFor } = setUp();
    mkdirSync(join(root, "gone"));
    await waitFor(join(root, "gone"));
    expect(watcher!.folders()).toContain(join(root, "gone"));
    rmSync(join(root, "gone"), { recursive: true });
    await waitFor(join(root, "gone"));
    expect(watcher!.folders()).toEqual([root]);
    watcher!.close();
    expect(watcher!.folders()).toEqual([]);
  });
});
