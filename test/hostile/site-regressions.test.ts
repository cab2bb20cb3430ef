/**
 * Problems the hostile suite found, each pinned by a test that failed before its fix.
 */
import { join } from "node:path";
import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { renderMarkdown } from "../../src/site/markdown.js";
import { lineOf, profileText, validateTexts, validProfile } from "../helpers.js";
import { build, tempRoot, writeProfiles } from "./site-harness.js";

const root = tempRoot("regressions");
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Each passes the schema's `uri` format (and the website pattern), yet the WHATWG URL parser — the one browsers and the build use — refuses it. */
const UNPARSEABLE = ["https://port-firm.example:99999", "https://port-firm.example:65536/cases", "https://1.2.3.4.5", "https://xn--a.example", "https://firm.example%00"];

const withEvidenceUrl = (url: string) =>
  validProfile({ signals: { testing: { evidence: [{ kind: "article", title: "A case study", url, date: "2026-01-01", level: "sourced" }] } } });

describe("URLs the schema accepts but a browser cannot open", () => {
  it.each(UNPARSEABLE)("refuses %s as a website with a positioned message", (url) => {
    const text = profileText(validProfile({ website: url }));
    const { profiles, diagnostics } = validateTexts({ "content/profiles/example-python-works.md": text });
    expect(profiles).toEqual([]);
    expect(diagnostics).toContainEqual(expect.objectContaining({ rule: "website-url", severity: "error", line: lineOf(text, "website:"), message: expect.stringContaining("not a URL") }));
  });

  it.each(UNPARSEABLE)("refuses %s as an evidence URL instead of silently dropping the link", (url) => {
    const text = profileText(withEvidenceUrl(url));
    const { profiles, diagnostics } = validateTexts({ "content/profiles/example-python-works.md": text });
    expect(profiles).toEqual([]);
    expect(diagnostics).toContainEqual(expect.objectContaining({ rule: "evidence-https", severity: "error", line: lineOf(text, "url:"), message: expect.stringContaining("not a URL") }));
  });

  it.each(["https://user:secret@firm.example", "https://firm.localhost", "https://192.168.1.20.example.internal"])("refuses credentials and private hosts in the website, as it does for evidence: %s", (url) => {
    const { profiles, diagnostics } = validateTexts({ "content/profiles/example-python-works.md": profileText(validProfile({ website: url })) });
    expect(profiles).toEqual([]);
    expect(diagnostics.map((d) => d.rule)).toContain("website-url");
  });

  it("stops the build with the validator's message, not a template crash (the website used to reach `new URL()` in the profile template)", async () => {
    const dir = writeProfiles(join(root, "bad-port", "profiles"), { "port-firm.md": profileText(validProfile({ website: UNPARSEABLE[0] })) });
    const { result, log } = await build(dir, join(root, "bad-port", "site"));
    expect(result.ok).toBe(false);
    expect(result.error).toBeUndefined();
    expect(log.join("\n")).toMatch(/port-firm\.md:\d+:\d+: error: .*not a URL/);
  });
});

describe("YAML that used to cost too much or lose data", () => {
  it("refuses a 30,000-key mapping quickly, listing 50 errors and a count (the duplicate-key check was quadratic: 10 s a file)", () => {
    const keys = Array.from({ length: 30_000 }, (_, i) => `x${i.toString(36)}: 1`).join("\n");
    const text = profileText(validProfile()).replace(/^---\n/, `---\n${keys}\n`);
    expect(text.length).toBeLessThan(256 * 1024);
    const started = performance.now();
    const { profiles, diagnostics } = validateTexts({ "content/profiles/example-python-works.md": text });
    expect(performance.now() - started).toBeLessThan(4000);
    expect(profiles).toEqual([]);
    expect(diagnostics).toHaveLength(51);
    expect(diagnostics[0]).toMatchObject({ line: 1, column: 1, message: "29950 more schema errors not listed" });
    expect(diagnostics[1]).toMatchObject({ line: 2, column: 1, message: "unknown field `x0`" });
  });

  it("refuses `1:` and `\"1\":` in one mapping (the second used to overwrite the first without a word)", () => {
    const text = profileText(validProfile()).replace("track_record:\n", 'track_record:\n  1: first\n  "1": second\n');
    const { profiles, diagnostics } = validateTexts({ "content/profiles/example-python-works.md": text });
    expect(profiles).toEqual([]);
    expect(diagnostics).toContainEqual(expect.objectContaining({ rule: "yaml-duplicate-key", line: lineOf(text, '"1": second'), column: 3 }));
  });

  it("lists at most 50 findings of one lint per file, then a count", () => {
    const data = { ...validProfile(), ...Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, "\u0001"])) };
    const { diagnostics } = validateTexts({ "content/profiles/example-python-works.md": profileText(data) });
    const control = diagnostics.filter((d) => d.rule === "control-characters");
    expect(control).toHaveLength(51);
    expect(control[0]).toMatchObject({ line: 1, message: "450 more `control-characters` findings not listed", severity: "error" });
  });
});

describe("contributed Markdown", () => {
  it("renders table column alignment as a class, never as an inline style (the CSP forbids inline styles)", () => {
    const out = String(renderMarkdown("| a | b | c |\n| :-- | :-: | --: |\n| 1 | 2 | 3 |\n"));
    expect(out).not.toContain("style=");
    expect(out).toContain('<th class="align-left">a</th>');
    expect(out).toContain('<td class="align-center">2</td>');
    expect(out).toContain('<td class="align-right">3</td>');
  });

  it("makes only https:// links into links: http:// stays text (no mixed content), and the validator says so", () => {
    const out = String(renderMarkdown("[site](http://firm.example/cases) and <http://plain.example/> and [ok](https://firm.example/)"));
    expect(out).not.toContain('href="http:');
    expect(out).toContain("[site](http://firm.example/cases)");
    expect(out).toContain('href="https://firm.example/"');
    const body = "Intro.\n\nSee [our cases](http://firm.example/cases) and [this](javascript:alert(1)).\n";
    const text = profileText(validProfile(), body);
    const { profiles, diagnostics } = validateTexts({ "content/profiles/example-python-works.md": text });
    expect(profiles).toHaveLength(1); // a warning, not an error
    const warnings = diagnostics.filter((d) => d.rule === "body-links");
    expect(warnings).toEqual([
      expect.objectContaining({ severity: "warning", line: lineOf(text, "See [our cases]"), message: expect.stringContaining("http://firm.example/cases"), hint: expect.stringContaining("https://firm.example/cases") }),
      expect.objectContaining({ severity: "warning", line: lineOf(text, "See [our cases]"), message: expect.stringContaining("javascript:alert(1)") }),
    ]);
  });
});
