import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseName, uniqueIdentityLint } from "../../../src/validate/lints/unique-identity.js";
import { lintContext, subject, validProfile } from "../../helpers.js";

describe("unique-identity", () => {
  it("reports two profiles whose names differ only in case and punctuation, on both files", () => {
    const a = subject(validProfile({ name: "Python Works" }), "python-works");
    const b = subject(validProfile({ name: "python-works!", website: "https://other.example" }), "pyworks");
    const findings = uniqueIdentityLint.check([a, b], lintContext());
    expect(findings.map((f) => [f.subject.slug, f.pointer])).toEqual([["python-works", "/name"], ["pyworks", "/name"]]);
  });

  it("treats www. and a trailing slash as the same website", () => {
    const a = subject(validProfile({ name: "A Works", website: "https://www.works.example/" }), "a-works");
    const b = subject(validProfile({ name: "B Works", website: "https://works.example" }), "b-works");
    expect(uniqueIdentityLint.check([a, b], lintContext()).map((f) => f.pointer)).toEqual(["/website", "/website"]);
  });

  it("accepts distinct profiles", () => {
    const a = subject(validProfile({ name: "A Works", website: "https://a.example" }), "a-works");
    const b = subject(validProfile({ name: "B Works", website: "https://b.example" }), "b-works");
    expect(uniqueIdentityLint.check([a, b], lintContext())).toEqual([]);
  });
});

describe("unique-identity keys", () => {
  it("normalise an ASCII name as the Unicode rule does", () => {
    const unicodeRule = (name: string) => name.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[\x00-\x7f]{0,30}$/), fc.string({ unit: "grapheme", maxLength: 12 })), (name) => {
        expect(normaliseName(name), JSON.stringify(name)).toBe(unicodeRule(name));
      }),
      { numRuns: 5000 },
    );
  });

  it("treat plain and parsed websites alike", () => {
    const pairs = [
      ["https://www.works.example/", "https://works.example"],
      ["https://works.example/a/b/", "https://WORKS.example/a/b"],
      ["https://works.example/a/./b", "https://works.example/a/b"],
      ["https://works.example/A", "https://works.example/a"],
    ];
    for (const [a, b] of pairs) {
      const subjects = [subject(validProfile({ name: "A Works", website: a }), "a-works"), subject(validProfile({ name: "B Works", website: b }), "b-works")];
      expect(uniqueIdentityLint.check(subjects, lintContext()).map((f) => f.pointer), `${a} ${b}`).toEqual(["/website", "/website"]);
    }
  });
});
