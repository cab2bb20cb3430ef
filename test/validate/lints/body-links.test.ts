import { describe, expect, it } from "vitest";
import { bodyLinksLint } from "../../../src/validate/lints/body-links.js";
import { lintContext, subject, validProfile } from "../../helpers.js";

const check = (body: string) => bodyLinksLint.check(subject(validProfile(), "example-python-works", body), lintContext());

describe("body-links", () => {
  it("accepts https links and text without links", () => {
    expect(check("Plain text.\n\nSee [our cases](https://firm.example/cases) or <https://firm.example/>.\n")).toEqual([]);
  });

  it("warns, on the line of the link, about each link the site will show as plain text", () => {
    const findings = check("# About\n\nOne [old](http://firm.example/x).\n\nTwo [bad](javascript:alert(1)) and [here](/profiles/).\n\n[ref]: http://firm.example/ref\n\nThree [ref].\n");
    expect(findings.map((f) => [f.bodyLine, f.severity, f.hint])).toEqual([
      [3, "warning", "use `https://firm.example/x`"],
      [5, "warning", "link to a full https:// address, or remove the link"],
      [5, "warning", "link to a full https:// address, or remove the link"],
      [9, "warning", "use `https://firm.example/ref`"],
    ]);
    expect(findings[1]!.message).toContain("javascript:alert(1)");
  });
});
