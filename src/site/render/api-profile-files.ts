/**
 * /api/profiles/<slug>.json — each profile as submitted, its Markdown body and its full
 * scorecard, one compact JSON file per profile (fetched by the compare page; indentation
 * would add about 40%).
 *
 * Written directly rather than as an Eleventy template: they are data files with nothing to
 * lay out, and at 10,000 profiles Eleventy's per-page work (pagination clone, permalink,
 * output bookkeeping) took 3.5 s for what a loop of writes does in well under one.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { apiProfilePath, type ApiProfileRecord } from "../view/api.js";

export function writeApiProfileFiles(siteDir: string, records: readonly ApiProfileRecord[]): void {
  const folder = join(siteDir, "api", "profiles");
  mkdirSync(folder, { recursive: true });
  for (const record of records) writeFileSync(join(siteDir, apiProfilePath(record.slug)), JSON.stringify(record) + "\n");
}
