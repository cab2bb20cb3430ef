import { describe, expect, it } from "vitest";
import { websiteUrlLint } from "../../../src/validate/lints/website-url.js";
import { lintContext, subject, validProfile } from "../../helpers.js";

const check = (website: string) => websiteUrlLint.check(subject(validProfile({ website })), lintContext());

describe("website-url", () => {
  it("accepts a public https website", () => {
    expect(check("https://python-works.example/en/")).toEqual([]);
  });

  it("leaves what the schema's pattern refuses (http, no scheme) to the schema", () => {
    expect(check("http://python-works.example")).toEqual([]);
    expect(check("python-works.example")).toEqual([]);
  });

  it.each(["https://python-works.example:99999", "https://xn--a.example", "https://1.2.3.4.5"])("reports %s, which no browser can open", (url) => {
    expect(check(url)).toEqual([expect.objectContaining({ pointer: "/website", severity: "error", message: "website is not a URL a browser can open" })]);
  });

  it.each(["https://user:pw@python-works.example", "https://intranet.local", "https://10.0.0.1.example.internal"])("reports credentials or a private host in %s", (url) => {
    expect(check(url)).toHaveLength(1);
  });
});
