import type { ProfileLint } from "./types.js";

export const freelancerTeamLint: ProfileLint = {
  name: "freelancer-team-size",
  description: "A freelancer works alone: team_size, when given, is 1.",
  check({ data }) {
    if (data.kind === "freelancer" && typeof data.team_size === "number" && data.team_size !== 1) {
      return [{ pointer: "/team_size", severity: "error", message: `a freelancer has team_size 1, not ${data.team_size}`, hint: "set `kind: firm` if several people deliver the work" }];
    }
    return [];
  },
};
