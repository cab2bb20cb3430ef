import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evidenceHttpsLint, parsedUrlProblem, plainHttpsHost, publicHttpsUrlProblem } from "../../../src/validate/lints/evidence-https.js";
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

describe("plain https links, checked without the URL parser", () => {
  it("get exactly the answer the WHATWG parser gives", () => {
    const label = fc.stringMatching(/^[a-z0-9-]{1,8}$/);
    const host = fc.oneof(fc.array(label, { minLength: 1, maxLength: 4 }).map((l) => l.join(".")), fc.constantFrom("localhost", "a.localhost", "x.local", "db.internal", "10.0.0.1", "1.2.3.4", "xn--nxasmq6b.example", "a.xn--zz", "a.0x1", "a.123", "0x10.example", "-a-.example", "a--b.example"));
    const path = fc.oneof(fc.constant(""), fc.stringMatching(/^\/[A-Za-z0-9._~/-]{0,12}$/), fc.constantFrom("/..", "/./a", "//x", "/a/../../b"));
    fc.assert(
      fc.property(host, path, (h, p) => {
        const url = `https://${h}${p}`;
        if (plainHttpsHost(url) === undefined) return;
        expect(publicHttpsUrlProblem(url, "evidence URL"), url).toEqual(parsedUrlProblem(url, "evidence URL"));
        expect(plainHttpsHost(url), url).toBe(new URL(url).hostname);
      }),
      { numRuns: 5000 },
    );
  });

  it("leave anything else to the parser", () => {
    for (const url of ["https://Firm.example/", "https://firm.example:8443/", "https://u:p@firm.example/", "https://firm.example/?q=1", "https://firm.example/#x", "https://a.1/", "https://xn--zz.example/", "https://firm.example/%41", "http://firm.example/"]) {
      expect(plainHttpsHost(url), url).toBeUndefined();
    }
  });
});
