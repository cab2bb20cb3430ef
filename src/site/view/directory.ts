/**
 * The directory as static pages, so that it works without JavaScript: the whole list under
 * every sort order, every single filter (one facet value) by delivery score, and each
 * engagement model by its own rate, all paginated. Any other filter under another sort, and
 * several filters at once, are the client-side enhancement's job (directory.js over the same
 * rows, see directoryIndex). This keeps the number of pages linear in the number of profiles
 * — about (sorts + facet values per profile + models per profile) × N / PAGE_SIZE — instead
 * of multiplying every filter by every sort.
 */
import { PAGE_SIZE } from "../config.js";
import { compareNames } from "./format.js";
import type { ProfileSummary } from "./summary.js";

export type SortKey = "score" | "name" | "rate";
export type FacetKey = "model" | "kind" | "country" | "region" | "service";

export const SORTS: ReadonlyArray<{ key: SortKey; label: string; note: string }> = [
  { key: "score", label: "Delivery score", note: "Highest delivery score first." },
  { key: "name", label: "Name", note: "Alphabetical by name." },
  { key: "rate", label: "Rate", note: "Lowest published rate first, as US dollars per hour (monthly rates ÷ 160 hours); profiles with project pricing only or rates on request come last." },
];

export const FACETS: ReadonlyArray<{ key: FacetKey; label: string; plural: string }> = [
  { key: "model", label: "Engagement model", plural: "Engagement models" },
  { key: "kind", label: "Kind", plural: "Kinds" },
  { key: "country", label: "Country", plural: "Countries" },
  { key: "region", label: "Region served", plural: "Regions served" },
  { key: "service", label: "Service", plural: "Services" },
];

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  path: string;
}

export interface Facet {
  key: FacetKey;
  label: string;
  options: FacetOption[];
}

export interface ActiveFilter {
  facet: FacetKey;
  facetLabel: string;
  value: string;
  label: string;
}

export interface DirectoryPage {
  path: string;
  sort: SortKey;
  filter?: ActiveFilter;
  rows: ProfileSummary[];
  /** 1-based. */
  page: number;
  pageCount: number;
  total: number;
  /** Index of the first row on this page among all matching rows, 0-based. */
  offset: number;
  prevPath?: string;
  nextPath?: string;
  /**
   * Links to each sort order: of the same list where that page exists (the whole list under
   * every sort; a filter by score), else of the whole list (`wholeList`).
   */
  sortLinks: Array<{ key: SortKey; label: string; path: string; current: boolean; wholeList: boolean }>;
  facets: Facet[];
  title: string;
}

/** Values of a facet for one profile (ids). */
export function facetValues(p: ProfileSummary, facet: FacetKey): string[] {
  switch (facet) {
    case "model":
      return p.models.map((m) => m.model);
    case "kind":
      return [p.kind];
    case "country":
      return [p.country.id];
    case "region":
      return p.regions.map((r) => r.id);
    case "service":
      return p.services.map((s) => s.id);
  }
}

/** The id in URLs: country codes lower-case, everything else as is. */
export function facetSlug(facet: FacetKey, value: string): string {
  return facet === "country" ? value.toLowerCase() : value;
}

export function listingPath(sort: SortKey, filter?: { facet: FacetKey; value: string }, page = 1): string {
  let path = "/profiles/";
  if (filter) path += `${filter.facet}/${facetSlug(filter.facet, filter.value)}/`;
  if (sort !== "score") path += `sort/${sort}/`;
  if (page > 1) path += `page/${page}/`;
  return path;
}

/**
 * `rows` in the order of `sort` (ties by name, then slug). `nameRank`, each row's place in a
 * name-sorted list that holds them all, gives the same order without the collator.
 */
export function sortRows(rows: readonly ProfileSummary[], sort: SortKey, model?: string, nameRank?: ReadonlyMap<ProfileSummary, number>): ProfileSummary[] {
  const byName = nameRank ? (a: ProfileSummary, b: ProfileSummary) => nameRank.get(a)! - nameRank.get(b)! : (a: ProfileSummary, b: ProfileSummary) => compareNames(a.name, b.name) || (a.slug < b.slug ? -1 : 1);
  const copy = [...rows];
  if (sort === "name") return copy.sort(byName);
  if (sort === "score") return copy.sort((a, b) => b.score - a.score || byName(a, b));
  // Each row's rate looked up once, not at every comparison.
  const keys = new Map(rows.map((p) => [p, rateKey(p, model)]));
  return copy.sort((a, b) => {
    const ka = keys.get(a);
    const kb = keys.get(b);
    if (ka === undefined && kb === undefined) return byName(a, b);
    if (ka === undefined) return 1;
    if (kb === undefined) return -1;
    return ka - kb || byName(a, b);
  });
}

const wholeLists = new WeakMap<readonly ProfileSummary[], Map<SortKey, readonly ProfileSummary[]>>();

/**
 * The whole list under one sort, made once per list: the directory pages and the directory
 * index (directory-index.ts) both need it by score and by name, and at 10,000 profiles each
 * sort costs ~0.15 s (the name collator runs on every tie).
 */
export function sortedList(all: readonly ProfileSummary[], sort: SortKey): readonly ProfileSummary[] {
  let bySort = wholeLists.get(all);
  if (!bySort) wholeLists.set(all, (bySort = new Map()));
  let sorted = bySort.get(sort);
  if (!sorted) bySort.set(sort, (sorted = sortRows(all, sort)));
  return sorted;
}

/**
 * The number rate sorting uses: with a model filter, that model's lowest USD rate (so project
 * prices compare with project prices); otherwise the hourly equivalent.
 */
export function rateKey(p: ProfileSummary, model?: string): number | undefined {
  if (model) return p.models.find((m) => m.model === model)?.usd?.min;
  return p.hourlyEquivalentUsd;
}

type Labeller = (facet: FacetKey, value: string) => string;

export function buildFacets(rows: readonly ProfileSummary[], label: Labeller, order: Partial<Record<FacetKey, readonly string[]>> = {}): Facet[] {
  return FACETS.map(({ key, plural }) => {
    const counts = new Map<string, number>();
    for (const p of rows) for (const v of new Set(facetValues(p, key))) counts.set(v, (counts.get(v) ?? 0) + 1);
    const preferred = order[key];
    const options = [...counts.entries()]
      .map(([value, count]) => ({ value, label: label(key, value), count, path: listingPath("score", { facet: key, value }) }))
      .sort((a, b) => {
        if (preferred) return preferred.indexOf(a.value) - preferred.indexOf(b.value);
        return compareNames(a.label, b.label);
      });
    return { key, label: plural, options };
  });
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  if (items.length === 0) return [[]];
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Is there a static page for this filter under this sort? The whole list: every sort; a filter:
 * by score; an engagement model also by its own rate ("cheapest first" on the engagement
 * pages, which must work without JavaScript). So the page count grows with the profiles
 * (times the few models), not with filters × sorts.
 */
export function hasStaticListing(sort: SortKey, filter?: { facet: FacetKey; value: string }): boolean {
  return !filter || sort === "score" || (sort === "rate" && filter.facet === "model");
}

/** Every static directory page: the whole list × each sort × each page, each facet value by score × each page, and each model by its rate × each page. */
export function buildDirectoryPages(all: readonly ProfileSummary[], label: Labeller, order: Partial<Record<FacetKey, readonly string[]>> = {}, pageSize = PAGE_SIZE): DirectoryPage[] {
  const facets = buildFacets(all, label, order);
  const filters: Array<ActiveFilter | undefined> = [undefined];
  for (const f of facets) {
    const facetLabel = FACETS.find((x) => x.key === f.key)!.label;
    for (const o of f.options) filters.push({ facet: f.key, facetLabel, value: o.value, label: o.label });
  }
  // Each facet value's profiles in score order (the one order a filtered listing has), from one
  // pass over the profiles sorted once: a subsequence of a sorted list is itself sorted.
  const byScore = sortedList(all, "score");
  const members = new Map<string, ProfileSummary[]>();
  for (const p of byScore) {
    for (const { key } of FACETS) {
      for (const value of new Set(facetValues(p, key))) {
        const id = `${key}\u0000${value}`;
        const list = members.get(id);
        if (list) list.push(p);
        else members.set(id, [p]);
      }
    }
  }
  let names: Map<ProfileSummary, number> | undefined;
  const nameRank = () => (names ??= new Map(sortedList(all, "name").map((p, i) => [p, i])));
  const pages: DirectoryPage[] = [];
  for (const filter of filters) {
    for (const { key: sort } of SORTS) {
      if (!hasStaticListing(sort, filter)) continue;
      const matching = filter ? (members.get(`${filter.facet}\u0000${filter.value}`) ?? []) : byScore;
      const sorted = sort === "score" ? matching : filter ? sortRows(matching, sort, filter.facet === "model" ? filter.value : undefined, nameRank()) : sortedList(all, sort);
      const chunks = chunk(sorted, pageSize);
      chunks.forEach((rows, i) => {
        const page = i + 1;
        const title = filter ? `${filter.facetLabel}: ${filter.label}` : "All profiles";
        pages.push({
          path: listingPath(sort, filter, page),
          sort,
          ...(filter ? { filter } : {}),
          rows,
          page,
          pageCount: chunks.length,
          total: sorted.length,
          offset: i * pageSize,
          ...(page > 1 ? { prevPath: listingPath(sort, filter, page - 1) } : {}),
          ...(page < chunks.length ? { nextPath: listingPath(sort, filter, page + 1) } : {}),
          sortLinks: SORTS.map((s) => {
            const own = hasStaticListing(s.key, filter);
            return { key: s.key, label: s.label, path: listingPath(s.key, own ? filter : undefined), current: s.key === sort, wholeList: !own };
          }),
          facets,
          title: page > 1 ? `${title} (page ${page})` : title,
        });
      });
    }
  }
  return pages;
}
