import { slugify } from "../../util/slugify.js";
import type { ProfileLint } from "./types.js";

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const slugLint: ProfileLint = {
  name: "slug-format",
  description: "The file name is the profile's slug (its URL): lower-case kebab-case, e.g. nordlicht-data.md.",
  check({ slug, data }) {
    if (KEBAB.test(slug) && slug.length <= 60) return [];
    const suggestion = slugify(slug) || slugify(data.name ?? "");
    return [
      {
        pointer: "",
        severity: "error",
        message: `file name \`${slug}.md\` is not a valid slug (lower-case letters, digits and single hyphens, at most 60 characters)`,
        ...(suggestion ? { hint: `rename the file to \`${suggestion}.md\`` } : {}),
      },
    ];
  },
};
