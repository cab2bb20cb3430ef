import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { discoverProfiles, openProfiles, READ_AHEAD_FROM } from "../../src/load/discover.js";
import { ReadAhead } from "../../src/load/read-ahead.js";
import { validateAll } from "../../src/validate/validate-all.js";
import { ValidationCache, validateProfiles } from "../../src/validate/validate-profiles.js";
import { compareDiagnostics } from "../../src/diagnostics.js";
import { profileText, referenceData, TODAY, validProfile } from "../helpers.js";

const root = mkdtempSync(join(tmpdir(), "shortlist-read-ahead-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A content/profiles folder with `count` small profiles and a few of every kind of problem among them. */
function folder(name: string, count: number): string {
  const content = join(root, name, "content");
  const dir = join(content, "profiles");
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const slug = `firm-${String(i).padStart(5, "0")}`;
    writeFileSync(join(dir, `${slug}.md`), profileText(validProfile({ name: `Firm ${i}`, website: `https://${slug}.example` })));
  }
  const fd = openSync(join(dir, "firm-00100-huge.md"), "w");
  ftruncateSync(fd, 1024 * 1024);
  closeSync(fd);
  writeFileSync(join(dir, "firm-00200-empty.md"), "");
  writeFileSync(join(dir, "firm-00300-notes.txt"), "not a profile");
  mkdirSync(join(dir, "firm-00400-folder"));
  writeFileSync(join(content, "outside.md"), profileText(validProfile()));
  symlinkSync(join(content, "outside.md"), join(dir, "firm-00500-link.md"));
  return dir;
}

describe("reading profiles ahead in a worker thread", () => {
  const many = folder("many", READ_AHEAD_FROM + 20);

  it("gives the sources and diagnostics, in the same order, that reading them one by one gives", () => {
    const files = openProfiles(many);
    const sources = [...files.sources];
    const once = discoverProfiles(many);
    expect(sources.length).toBe(READ_AHEAD_FROM + 22); // the empty file and the link are read; the huge one is not
    expect(sources.map((s) => s.file)).toEqual(once.sources.map((s) => s.file));
    for (let i = 0; i < sources.length; i++) expect(Buffer.compare(sources[i]!.bytes, once.sources[i]!.bytes), sources[i]!.file).toBe(0);
    expect(files.diagnostics).toEqual(once.diagnostics);
    expect(files.diagnostics.map((d) => d.rule)).toEqual(["file-too-large", "profiles-not-markdown", "profiles-nested"]);
  });

  it("gives validateAll the same result as reading without the worker", () => {
    const ahead = validateAll({ today: TODAY, dir: many });
    const once = discoverProfiles(many);
    const checked = validateProfiles(once.sources, { today: TODAY, tables: referenceData().tables });
    expect(ahead.checked).toBe(once.sources.length + once.diagnostics.length);
    expect(ahead.profiles).toEqual(checked.profiles);
    expect(ahead.diagnostics).toEqual([...once.diagnostics, ...checked.diagnostics].sort(compareDiagnostics));
    expect(ahead.profiles.length).toBe(READ_AHEAD_FROM + 21);
  });

  it("keeps in the validation cache copies of the bytes, not views of the slabs they were read into", () => {
    const cache = new ValidationCache();
    validateAll({ today: TODAY, dir: many, cache });
    expect(cache.files.size).toBeGreaterThan(READ_AHEAD_FROM);
    for (const entry of cache.files.values()) expect(entry.bytes.byteLength).toBe(entry.bytes.buffer.byteLength);
  });

  it("hands a file back to the caller when the worker cannot read it", () => {
    const dir = join(root, "gone");
    mkdirSync(dir);
    const paths = [join(dir, "a.md"), join(dir, "missing.md"), join(dir, "b.md")];
    writeFileSync(paths[0]!, "alpha");
    writeFileSync(paths[2]!, "beta");
    const ahead = new ReadAhead(paths, { room: 5 });
    expect(ahead.take(0)).toBeUndefined(); // five bytes fill the room: too large, for the caller to report
    expect(ahead.take(1)).toBeUndefined(); // not there
    expect(ahead.take(2)?.toString()).toBe("beta");
    ahead.close();
  });

  it("lets the caller read everything itself when the worker does not answer in time", () => {
    const ahead = new ReadAhead([join(root, "many", "content", "outside.md")], { room: 1024, patienceMs: 0 });
    // With no patience at all, the worker (which takes tens of milliseconds to start) is not waited for.
    expect(ahead.take(0)).toBeUndefined();
    ahead.close();
  });
});
