import { mkdirSync, mkdtempSync, openSync, closeSync, ftruncateSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { discoverProfiles } from "../../src/load/discover.js";
import { validateProfiles } from "../../src/validate/validate-profiles.js";
import { namedProfileText, profileText, referenceData, TODAY, validateTexts, validProfile } from "../helpers.js";

const root = mkdtempSync(join(tmpdir(), "shortlist-hostile-"));
const content = join(root, "content");
const profiles = join(content, "profiles");
mkdirSync(profiles, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

function check() {
  const discovery = discoverProfiles(profiles);
  const result = validateProfiles(discovery.sources, { today: TODAY, tables: referenceData().tables });
  return { valid: result.profiles.map((p) => p.slug), diagnostics: [...discovery.diagnostics, ...result.diagnostics] };
}

describe("hostile files in content/profiles", () => {
  writeFileSync(join(profiles, "good-one.md"), namedProfileText("Good One", "good-one"));
  writeFileSync(join(profiles, "good-two.md"), namedProfileText("Good Two", "good-two"));

  it("refuses a 10 MB file without reading it, and still validates the others", () => {
    const fd = openSync(join(profiles, "huge.md"), "w");
    ftruncateSync(fd, 10 * 1024 * 1024);
    closeSync(fd);
    const { valid, diagnostics } = check();
    expect(valid).toEqual(["good-one", "good-two"]);
    expect(diagnostics).toContainEqual(expect.objectContaining({ file: expect.stringContaining("huge.md"), rule: "file-too-large", line: 1 }));
    rmSync(join(profiles, "huge.md"));
  });

  it("refuses a symbolic link that points outside content/ but follows one inside it", () => {
    writeFileSync(join(root, "secret.md"), namedProfileText("Secret", "secret"));
    symlinkSync(join(root, "secret.md"), join(profiles, "escape.md"));
    mkdirSync(join(content, "shared"), { recursive: true });
    writeFileSync(join(content, "shared", "inside.md"), namedProfileText("Inside Link", "inside-link"));
    symlinkSync(join(content, "shared", "inside.md"), join(profiles, "inside-link.md"));
    symlinkSync(join(root, "nowhere.md"), join(profiles, "broken.md"));
    const { valid, diagnostics } = check();
    expect(valid).toEqual(["good-one", "good-two", "inside-link"]);
    expect(diagnostics.map((d) => d.rule).sort()).toEqual(["symlink-broken", "symlink-outside-content"]);
    for (const f of ["escape.md", "inside-link.md", "broken.md"]) rmSync(join(profiles, f));
  });

  it("names file names with spaces or unicode and suggests the slug to use", () => {
    writeFileSync(join(profiles, "Café Zoë.md"), namedProfileText("Cafe Zoe", "cafe-zoe"));
    writeFileSync(join(profiles, "my profile.md"), namedProfileText("My Profile", "my-profile"));
    const { diagnostics } = check();
    expect(diagnostics.filter((d) => d.rule === "slug-format").map((d) => d.hint)).toEqual(["rename the file to `cafe-zoe.md`", "rename the file to `my-profile.md`"]);
    rmSync(join(profiles, "Café Zoë.md"));
    rmSync(join(profiles, "my profile.md"));
  });

  it("refuses folders and non-Markdown files in content/profiles", () => {
    mkdirSync(join(profiles, "nested"));
    writeFileSync(join(profiles, "logo.png"), new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    const { diagnostics, valid } = check();
    expect(diagnostics.map((d) => d.rule).sort()).toEqual(["profiles-nested", "profiles-not-markdown"]);
    expect(valid).toHaveLength(2);
    rmSync(join(profiles, "nested"), { recursive: true });
    rmSync(join(profiles, "logo.png"));
  });
});

describe("hostile bytes and shapes", () => {
  const text = namedProfileText("Shape Test", "shape-test");

  it("accepts a byte-order mark and CRLF line endings, with the right positions", () => {
    const crlf = "\uFEFF" + text.replace(/\n/g, "\r\n").replace("kind: firm", "kind: agency");
    const { diagnostics } = validateTexts({ "content/profiles/shape-test.md": crlf });
    const line = text.split("\n").findIndex((l) => l.startsWith("kind:")) + 1;
    expect(diagnostics).toEqual([expect.objectContaining({ rule: "schema", line, column: 7 })]);
  });

  it("refuses NUL bytes, non-UTF-8 bytes and binary files with a position", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const { diagnostics, profiles } = validateTexts({
      "content/profiles/a.md": text.replace("Shape Test", "Shape\u0000Test"),
      "content/profiles/b.md": new Uint8Array([...new TextEncoder().encode("---\nname: "), 0xff, 0xfe, 0x0a]),
      "content/profiles/c.md": png,
    });
    expect(profiles).toEqual([]);
    expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([["binary-file", 2], ["not-utf8", 2], ["binary-file", 3]]);
  });

  it("refuses a 10,000-item list with one message, quickly", () => {
    const data = validProfile({ stack: Array.from({ length: 10_000 }, (_, i) => `tool-${i}`) });
    const started = performance.now();
    const { diagnostics } = validateTexts({ "content/profiles/shape-test.md": profileText(data) });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(diagnostics.filter((d) => d.rule === "schema").map((d) => d.message)).toEqual(["`stack` has more than 60 items"]);
  });
});
