import { describe, expect, it } from "vitest";
import { uniqueIdentityLint } from "../../../src/validate/lints/unique-identity.js";
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
