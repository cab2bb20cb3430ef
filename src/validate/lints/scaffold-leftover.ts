import { BODY_PLACEHOLDER } from "../../scaffold/profile-template.js";
import type { Finding, ProfileLint } from "./types.js";

export const scaffoldLeftoverLint: ProfileLint = {
  name: "scaffold-leftover",
  description: "The placeholder paragraphs written by `npm run new` have been replaced with the real narrative.",
  check({ body }) {
    // A line holding the placeholder means the body holds it: one search settles most files.
    if (!body.includes(BODY_PLACEHOLDER)) return [];
    const out: Finding[] = [];
    body.split("\n").forEach((line, i) => {
      if (line.includes(BODY_PLACEHOLDER)) {
        out.push({ pointer: "", bodyLine: i + 1, severity: "error", message: "the Markdown body still has a placeholder paragraph from `npm run new`", hint: "replace it with your own text" });
      }
    });
    return out;
  },
};
