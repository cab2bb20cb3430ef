import { lstatSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ramScratch } from "../../src/util/ram-scratch.js";

const root = mkdtempSync(join(tmpdir(), "shortlist-ram-scratch-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const uid = process.getuid?.() ?? -1;
const fallback = join(root, "disk-scratch");

describe.runIf(process.platform !== "win32" && uid >= 0)("ramScratch", () => {
  it("uses this user's own folder, mode 700, in a writable tmpfs", () => {
    const tmpfs = join(root, "shm-a");
    mkdirSync(tmpfs);
    const dir = ramScratch(fallback, {}, tmpfs);
    expect(dir).toBe(join(tmpfs, `shortlist-${uid}`));
    const stat = lstatSync(dir);
    expect(stat.isDirectory()).toBe(true);
    expect(stat.mode & 0o777).toBe(0o700);
    expect(ramScratch(fallback, {}, tmpfs), "the same folder next time").toBe(dir);
  });

  it("falls back to the folder on disk when there is no tmpfs", () => {
    expect(ramScratch(fallback, {}, join(root, "no-such-folder"))).toBe(fallback);
  });

  it("falls back to the folder on disk with SHORTLIST_RAM_SCRATCH=0", () => {
    const tmpfs = join(root, "shm-b");
    mkdirSync(tmpfs);
    expect(ramScratch(fallback, { SHORTLIST_RAM_SCRATCH: "0" }, tmpfs)).toBe(fallback);
  });

  it("uses the folder SHORTLIST_RAM_SCRATCH names instead of the tmpfs", () => {
    const chosen = join(root, "chosen");
    mkdirSync(chosen);
    expect(ramScratch(fallback, { SHORTLIST_RAM_SCRATCH: chosen }, join(root, "no-such-folder"))).toBe(join(chosen, `shortlist-${uid}`));
  });

  it("does not follow a link planted where its folder would be", () => {
    const tmpfs = join(root, "shm-c");
    const elsewhere = join(root, "elsewhere");
    mkdirSync(tmpfs);
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, join(tmpfs, `shortlist-${uid}`));
    expect(ramScratch(fallback, {}, tmpfs)).toBe(fallback);
  });

  it("uses a tmpfs reached through a link (/dev/shm → /run/shm)", () => {
    const real = join(root, "shm-real");
    mkdirSync(real);
    const link = join(root, "shm-link");
    symlinkSync(real, link);
    expect(ramScratch(fallback, {}, link)).toBe(join(link, `shortlist-${uid}`));
    expect(lstatSync(join(real, `shortlist-${uid}`)).isDirectory()).toBe(true);
  });
});
