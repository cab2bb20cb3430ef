import { describe, expect, it } from "vitest";
import { readSource } from "../../src/load/source-file.js";

const read = (text: string) => readSource("p.md", new TextEncoder().encode(text), { format: "frontmatter" });

describe("reading frontmatter YAML", () => {
  it("keeps dates, versions and yes/no words as the strings they look like", () => {
    const { data, diagnostics } = read("---\nlast_reviewed: 2024-01-15\nv: '3.12'\nanswer: yes\nn: 12\n---\n");
    expect(diagnostics).toEqual([]);
    expect(data).toEqual({ last_reviewed: "2024-01-15", v: "3.12", answer: "yes", n: 12 });
  });

  it("reports a duplicate key at the second occurrence", () => {
    const { diagnostics } = read("---\nname: a\nkind: firm\nname: b\n---\n");
    expect(diagnostics).toEqual([expect.objectContaining({ rule: "yaml-duplicate-key", line: 4, column: 1 })]);
  });

  it("refuses aliases, so an alias bomb is one error and not an expansion", () => {
    const bomb = ["---", "a: &a [x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`), "---", ""].join("\n");
    const started = performance.now();
    const { data, diagnostics } = read(bomb);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(data).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ rule: "yaml-alias", line: 3, column: 8 })]);
  });

  it.each(["__proto__", "constructor", "prototype"])("refuses the key %s", (key) => {
    const { data, diagnostics } = read(`---\nname: a\nsignals:\n  ${key}: {polluted: true}\n---\n`);
    expect(data).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ rule: "yaml-forbidden-key", line: 4, column: 3 })]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses custom and YAML 1.1 tags such as !!binary and !!timestamp", () => {
    const { diagnostics } = read("---\na: !!binary aGVsbG8=\nb: !!timestamp 2020-01-01\nc: !custom x\n---\n");
    expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([["yaml-tag", 2], ["yaml-tag", 3], ["yaml-tag", 4]]);
  });

  it("reports malformed YAML with its position", () => {
    const { diagnostics } = read("---\nname: a\nservices: [web-api\nkind: firm\n---\n");
    expect(diagnostics[0]).toMatchObject({ rule: "yaml-syntax", severity: "error" });
    expect(diagnostics[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it("reports frontmatter that is a list or a scalar rather than a mapping", () => {
    expect(read("---\n- a\n- b\n---\n").diagnostics).toEqual([expect.objectContaining({ rule: "frontmatter-not-mapping", line: 2 })]);
    expect(read("---\njust text\n---\n").diagnostics).toEqual([expect.objectContaining({ rule: "frontmatter-not-mapping", line: 2 })]);
  });

  it("refuses nesting deeper than any profile needs, without overflowing the stack", () => {
    const deep = "---\n" + Array.from({ length: 200 }, (_, i) => `${"  ".repeat(i)}k${i}:`).join("\n") + " x\n---\n";
    const { diagnostics } = read(deep);
    expect(diagnostics).toEqual([expect.objectContaining({ rule: "yaml-too-deep" })]);
    const flow = "---\nk: " + "[".repeat(5000) + "]".repeat(5000) + "\n---\n";
    expect(read(flow).diagnostics.length).toBeGreaterThan(0);
  });

  it("maps a JSON pointer to the line and column of the key or value", () => {
    const text = "---\nname: A\nengagement_models:\n  - model: dedicated\n    rate: { currency: EUR, min: 9, max: 8, per: month }\n---\n";
    const { locate } = read(text);
    expect(locate("/engagement_models/0/rate/min")).toEqual({ line: 5, column: 33 });
    expect(locate("/engagement_models/0/model", "key")).toEqual({ line: 4, column: 5 });
    expect(locate("/engagement_models/0/rate/missing")).toEqual({ line: 5, column: 11 });
  });
});

describe("positions in a file the fast reader accepted", () => {
  it("match the careful reader's positions for top-level keys and nested values", () => {
    const text = "---\nname: A\nlast_reviewed: 2025-01-01\nheadquarters:\n  country: DE\nnotes: # comment\n  x\n---\n";
    const { locate, diagnostics } = read(text);
    expect(diagnostics).toEqual([]);
    expect(locate("/last_reviewed")).toEqual({ line: 3, column: 16 });
    expect(locate("/last_reviewed", "key")).toEqual({ line: 3, column: 1 });
    expect(locate("/headquarters/country")).toEqual({ line: 5, column: 12 });
    expect(locate("/notes")).toEqual({ line: 6, column: 1 });
  });
});

describe("positions, counted or indexed", () => {
  it("are the same for a file's first question (counted) as once its line index is built", () => {
    const text = "---\nname: A\nlast_reviewed: 2025-01-01\nheadquarters:\n  country: DE\n  city: Köln\nstack:\n  - django\n---\nbody\n";
    for (const pointer of ["/name", "/last_reviewed", "/headquarters/country", "/headquarters/city", "/stack/0", "/stack", "/missing", ""]) {
      const counted = read(text).locate(pointer);
      const indexed = read(text);
      indexed.locate("/name");
      indexed.locate("/name"); // the second question builds the index
      expect(indexed.locate(pointer), pointer).toEqual(counted);
    }
  });
});
