/**
 * /api/directory.json — the compact index directory.js filters and sorts in the browser.
 * Each row carries its facet values, sort keys and its list-item HTML (made by our own
 * escaping template, so the client never builds markup from data).
 */
import type { SiteData } from "../data/site-data.js";
import { PAGE_SIZE } from "../config.js";
import { FACETS, SORTS, type FacetKey } from "./directory.js";
import { facetValues } from "./directory.js";
import type { ProfileSummary } from "./summary.js";

export interface DirectoryIndex {
  pageSize: number;
  sorts: Array<{ key: string; label: string; note: string }>;
  facets: Array<{ key: FacetKey; label: string; options: Array<{ value: string; label: string }> }>;
  rows: Array<{
    slug: string;
    name: string;
    score: number;
    /** Hourly-equivalent USD for the unfiltered rate sort. */
    rate: number | null;
    /** Lowest USD rate per model, for the rate sort under a model filter. */
    modelRates: Record<string, number | null>;
    facets: Record<FacetKey, string[]>;
    html: string;
  }>;
}

export function directoryIndex(site: SiteData, rowHtml: (p: ProfileSummary) => string): DirectoryIndex {
  return {
    pageSize: PAGE_SIZE,
    sorts: SORTS.map((s) => ({ ...s })),
    facets: site.facets.map((f) => ({ key: f.key, label: FACETS.find((x) => x.key === f.key)!.label, options: f.options.map((o) => ({ value: o.value, label: o.label })) })),
    rows: site.profiles.map((p) => ({
      slug: p.slug,
      name: p.name,
      score: p.score,
      rate: p.hourlyEquivalentUsd ?? null,
      modelRates: Object.fromEntries(p.models.map((m) => [m.model, m.usd?.min ?? null])),
      facets: Object.fromEntries(FACETS.map((f) => [f.key, facetValues(p, f.key)])) as Record<FacetKey, string[]>,
      html: rowHtml(p),
    })),
  };
}
