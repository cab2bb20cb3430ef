/** Site test fixtures: site data from the samples, or from in-memory profiles. */
import { buildSiteData, loadSiteData, type SiteData } from "../../src/site/data/site-data.js";
import type { Profile } from "../../src/generated/profile.js";
import { profileText, referenceData, TODAY, validateTexts } from "../helpers.js";

let samples: SiteData | undefined;

/** Site data built from content/profiles, as the real build does. */
export function sampleSite(): SiteData {
  if (samples) return samples;
  const result = loadSiteData({ today: TODAY });
  if (!result.ok) throw new Error(`samples do not validate: ${JSON.stringify(result.diagnostics.slice(0, 3))}`);
  samples = result.data;
  return samples;
}

/** Site data from profiles given as data (with an optional Markdown body each). */
export function siteFrom(profiles: Record<string, Profile | { data: Profile; body: string }>): SiteData {
  const files = Object.fromEntries(
    Object.entries(profiles).map(([slug, p]) => {
      const text = "data" in p && "body" in p ? profileText(p.data, p.body) : profileText(p);
      return [`content/profiles/${slug}.md`, text];
    }),
  );
  const result = validateTexts(files);
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  if (errors.length) throw new Error(`fixture profiles invalid: ${JSON.stringify(errors)}`);
  return buildSiteData({ profiles: result.profiles, reference: referenceData(), today: TODAY });
}
