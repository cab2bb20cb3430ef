import { describe, expect, it } from "vitest";
import { splitFrontmatter } from "../../src/load/frontmatter.js";

describe("splitFrontmatter", () => {
  it("splits fields from the Markdown body and knows where the body starts", () => {
    const result = splitFrontmatter("---\nname: A\nkind: firm\n---\n# Body\n");
    expect(result).toMatchObject({ ok: true, yaml: "name: A\nkind: firm\n", yamlOffset: 4, body: "# Body\n", bodyLine: 5 });
  });

  it("accepts CRLF line endings and a `...` closing fence", () => {
    expect(splitFrontmatter("---\r\nname: A\r\n---\r\nbody")).toMatchObject({ ok: true, yaml: "name: A\r\n", body: "body" });
    expect(splitFrontmatter("---\nname: A\n...\nbody")).toMatchObject({ ok: true, body: "body" });
  });

  it("reports a file that does not open with `---`", () => {
    expect(splitFrontmatter("name: A\n---\n")).toMatchObject({ ok: false, rule: "frontmatter-missing", line: 1 });
    expect(splitFrontmatter(" ---\nname: A\n---\n")).toMatchObject({ ok: false, rule: "frontmatter-missing" });
  });

  it("reports frontmatter that is never closed", () => {
    expect(splitFrontmatter("---\nname: A\nkind: firm\n")).toMatchObject({ ok: false, rule: "frontmatter-unterminated", line: 1 });
    expect(splitFrontmatter("---")).toMatchObject({ ok: false, rule: "frontmatter-unterminated" });
  });

  it("reports empty frontmatter", () => {
    expect(splitFrontmatter("---\n\n---\nbody")).toMatchObject({ ok: false, rule: "frontmatter-empty", line: 2 });
  });

  it("does not take a `----` line or an indented fence as the end", () => {
    expect(splitFrontmatter("---\na: 1\n----\n  ---\n")).toMatchObject({ ok: false, rule: "frontmatter-unterminated" });
  });
});
