import { describe, expect, it } from "vitest";
import { timezonesLint } from "../../../src/validate/lints/timezones.js";
import { lintContext, subject, validProfile } from "../../helpers.js";

describe("known-timezone", () => {
  it("accepts IANA names", () => {
    expect(timezonesLint.check(subject(validProfile({ timezones: ["Europe/Berlin", "America/Sao_Paulo", "UTC"] })), lintContext())).toEqual([]);
  });

  it("accepts current IANA names that Node lists under an older alias", () => {
    expect(timezonesLint.check(subject(validProfile({ timezones: ["Asia/Kolkata", "Europe/Kyiv", "Asia/Ho_Chi_Minh", "America/Argentina/Cordoba"] })), lintContext())).toEqual([]);
  });

  it("rejects a zone spelt in the wrong case", () => {
    expect(timezonesLint.check(subject(validProfile({ timezones: ["europe/berlin"] })), lintContext())).toHaveLength(1);
  });

  it("reports a misspelt zone with the closest name", () => {
    expect(timezonesLint.check(subject(validProfile({ timezones: ["Europe/Berln"] })), lintContext())).toEqual([expect.objectContaining({ pointer: "/timezones/0", hint: "did you mean `Europe/Berlin`?" })]);
  });
});
