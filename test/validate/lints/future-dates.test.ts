import { describe, expect, it } from "vitest";
import { futureDatesLint } from "../../../src/validate/lints/future-dates.js";
import { lintContext, subject, validProfile } from "../../helpers.js";

const withEvidence = (date: string, verified_on?: string) =>
  validProfile({
    signals: { testing: { evidence: [{ kind: "repository", title: "CI with coverage", url: "https://code.example/x", date, level: verified_on ? "verified" : "sourced", ...(verified_on ? { verified_on } : {}) }] } },
  });

describe("no-future-dates", () => {
  it("accepts dates up to and including today", () => {
    expect(futureDatesLint.check(subject(withEvidence("2026-11-24", "2026-11-24")), lintContext())).toEqual([]);
  });

  it("reports an evidence date after today", () => {
    expect(futureDatesLint.check(subject(withEvidence("2026-11-25")), lintContext())).toEqual([expect.objectContaining({ pointer: "/signals/testing/evidence/0/date" })]);
  });

  it("reports a verification before the evidence existed", () => {
    expect(futureDatesLint.check(subject(withEvidence("2026-05-01", "2026-04-01")), lintContext())).toEqual([expect.objectContaining({ pointer: "/signals/testing/evidence/0/verified_on", message: expect.stringContaining("before the evidence date") })]);
  });

  it("reports last_reviewed and founded in the future", () => {
    const findings = futureDatesLint.check(subject(validProfile({ last_reviewed: "2027-01-01", founded: 2027 })), lintContext());
    expect(findings.map((f) => f.pointer)).toEqual(["/last_reviewed", "/founded"]);
  });
});
