import { describe, expect, it } from "vitest";
import { evidenceHttpsLint } from "../../../src/validate/lints/evidence-https.js";
import { lintContext, subject, validProfile } from "../../helpers.js";

const withUrl = (url: string) =>
  validProfile({ track_record: { evidence: [{ kind: "case-study", title: "Claims platform rebuild", url, date: "2026-01-01", level: "sourced" }] } });

describe("evidence-https", () => {
  it("accepts a public https URL", () => {
    expect(evidenceHttpsLint.check(subject(withUrl("https://firm.example/cases/claims")), lintContext())).toEqual([]);
  });

  it("reports http and suggests the https form", () => {
    const [finding] = evidenceHttpsLint.check(subject(withUrl("http://firm.example/case")), lintContext());
    expect(finding).toMatchObject({ pointer: "/track_record/evidence/0/url", hint: "use `https://firm.example/case`" });
  });

  it.each(["javascript:alert(1)", "ftp://firm.example/x", "data:text/html,hi"])("reports the non-https scheme in %s", (url) => {
    expect(evidenceHttpsLint.check(subject(withUrl(url)), lintContext())).toHaveLength(1);
  });

  it.each(["https://user:pw@firm.example/", "https://localhost/x", "https://10.0.0.1/x", "https://[::1]/x"])("reports credentials or a private host in %s", (url) => {
    expect(evidenceHttpsLint.check(subject(withUrl(url)), lintContext())).toHaveLength(1);
  });
});
