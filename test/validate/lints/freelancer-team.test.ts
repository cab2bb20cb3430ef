import { describe, expect, it } from "vitest";
import { freelancerTeamLint } from "../../../src/validate/lints/freelancer-team.js";
import { lintContext, subject, validProfile } from "../../helpers.js";

describe("freelancer-team-size", () => {
  it("reports a freelancer with a team", () => {
    expect(freelancerTeamLint.check(subject(validProfile({ kind: "freelancer", team_size: 4 })), lintContext())).toEqual([expect.objectContaining({ pointer: "/team_size" })]);
  });

  it("accepts a freelancer of one and a firm of any size", () => {
    expect(freelancerTeamLint.check(subject(validProfile({ kind: "freelancer", team_size: 1 })), lintContext())).toEqual([]);
    expect(freelancerTeamLint.check(subject(validProfile({ kind: "firm", team_size: 40 })), lintContext())).toEqual([]);
  });
});
