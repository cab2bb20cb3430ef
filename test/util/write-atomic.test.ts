import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeFileAtomic } from "../../src/util/write-atomic.js";

const dir = mkdtempSync(join(tmpdir(), "shortlist-write-atomic-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("writeFileAtomic", () => {
  it("replaces a file's content and leaves no temporary file beside it", () => {
    const file = join(dir, "page.html");
    writeFileSync(file, "old");
    writeFileAtomic(file, "new");
    expect(readFileSync(file, "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["page.html"]);
  });

  it("throws when the rename fails, and removes its temporary file", () => {
    // A folder where the file should go: the temporary file is written, the rename over the folder fails.
    const folder = join(dir, "folder");
    mkdirSync(folder);
    writeFileSync(join(folder, "inside"), "");
    expect(() => writeFileAtomic(folder, "data")).toThrow();
    expect(readdirSync(dir).sort()).toEqual(["folder", "page.html"]);
  });

  it("throws when the folder is missing", () => {
    expect(() => writeFileAtomic(join(dir, "missing", "x.html"), "data")).toThrow(/ENOENT/);
  });
});
