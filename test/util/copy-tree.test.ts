import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { copyTree } from "../../src/util/copy-tree.js";
import { hashTree } from "../hostile/site-harness.js";

const root = mkdtempSync(join(tmpdir(), "shortlist-copy-tree-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("copyTree", () => {
  it("copies every file of nested folders byte for byte, whatever the number in flight", async () => {
    const from = join(root, "from");
    mkdirSync(join(from, "fragment", "deep"), { recursive: true });
    for (let i = 0; i < 57; i++) writeFileSync(join(from, "fragment", `f${i}.pf_fragment`), Buffer.from([i, 0, 255, i * 3]));
    writeFileSync(join(from, "fragment", "deep", "x.json"), "{}");
    writeFileSync(join(from, "pagefind-entry.json"), '{"version":"1"}');
    mkdirSync(join(from, "empty"));
    for (const inFlight of [1, 4, 100]) {
      const to = join(root, `to-${inFlight}`);
      await copyTree(from, to, inFlight);
      expect(hashTree(to)).toEqual(hashTree(from));
      expect(Object.keys(hashTree(to))).toHaveLength(59);
      expect(existsSync(join(to, "empty")), "empty folders too").toBe(true);
    }
  });

  it("overwrites files already at the target", async () => {
    const from = join(root, "from-2");
    const to = join(root, "to-2");
    mkdirSync(from);
    mkdirSync(to);
    writeFileSync(join(from, "a.txt"), "new");
    writeFileSync(join(to, "a.txt"), "old and longer");
    await copyTree(from, to);
    expect(readFileSync(join(to, "a.txt"), "utf8")).toBe("new");
  });

  it.runIf(process.platform !== "win32")("refuses a link instead of copying what it points at", async () => {
    const from = join(root, "from-3");
    mkdirSync(from);
    symlinkSync("/etc/passwd", join(from, "link"));
    await expect(copyTree(from, join(root, "to-3"))).rejects.toThrow(/neither a file nor a folder/);
  });
});
