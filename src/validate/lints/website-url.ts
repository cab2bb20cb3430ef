import { publicHttpsUrlProblem } from "./evidence-https.js";
import type { ProfileLint } from "./types.js";

export const websiteUrlLint: ProfileLint = {
  name: "website-url",
  description: "The website is an https:// URL a browser can open, with no credentials and a public host (the same rules as evidence URLs).",
  check({ data }) {
    // Anything not starting with https:// breaks the schema's pattern, which reports it.
    if (typeof data.website !== "string" || !data.website.startsWith("https://")) return [];
    const problem = publicHttpsUrlProblem(data.website, "website");
    return problem ? [{ pointer: "/website", severity: "error", ...problem }] : [];
  },
};
