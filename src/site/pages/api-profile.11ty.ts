/** /api/profiles/<slug>.json — the profile as submitted, its Markdown body and its full scorecard. */
import type { TemplateData } from "../render/types.js";
import type { ApiProfileRecord } from "../view/api.js";

export const data = {
  pagination: { data: "shortlist.apiProfiles", size: 1, alias: "record", addAllPagesToCollections: false },
  permalink: (d: { record: ApiProfileRecord }) => `/api/profiles/${d.record.slug}.json`,
  eleventyExcludeFromCollections: true,
};

export function render(d: TemplateData & { record: ApiProfileRecord }): string {
  // Compact: one file per profile, fetched by the compare page; whitespace would add about 40%.
  return JSON.stringify(d.record) + "\n";
}
