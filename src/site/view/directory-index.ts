/**
 * What directory.js needs to combine filters, and to sort a filtered list, in the browser.
 * It loads nothing until the visitor uses the filter form (or opens an address with a query,
 * such as a shared link); then:
 *
 * - /api/directory.json, the index: every profile's facet values and sort keys, in columns,
 *   without names or markup (96 KB gzip at 10,000 profiles), once;
 * - /api/directory/rows/<n>.json, the list-item markup of ROWS_PER_FILE rows each, in the
 *   index's order, fetched only for the rows on show. The markup is made by our own escaping
 *   template (the same row the static pages show), so the client never builds markup from data.
 */
import type { SiteData } from "../data/site-data.js";
import { PAGE_SIZE } from "../config.js";
import { FACETS, facetValues, SORTS, sortedList, type FacetKey } from "./directory.js";
import type { ProfileSummary } from "./summary.js";

/**
 * Rows per markup file (about 2 KB gzip each). A filtered page's rows are scattered over the
 * index, so smaller files waste less on rows that are not shown, but each file is one more
 * page for Eleventy to write (a few milliseconds each): at 10,000 profiles, 500 files, and a
 * page of 50 filtered rows costs 15–120 KB gzip.
 */
export const ROWS_PER_FILE = 20;

export function rowsFilePath(file: number): string {
  return `/api/directory/rows/${file}.json`;
}

export interface DirectoryIndex {
  pageSize: number;
  /** Number of profiles: rows are numbered 0 … count − 1, highest delivery score first (ties by name). */
  count: number;
  /** Row i's markup is item i % rowsPerFile of the file rowsFilePath(⌊i / rowsPerFile⌋). */
  rowsPerFile: number;
  sorts: Array<{ key: string; label: string; note: string }>;
  /** Each facet's options, and for every row the indices (into options) of the values it has. */
  facets: Array<{ key: FacetKey; label: string; options: Array<{ value: string; label: string }>; rows: number[][] }>;
  /** For every row, its place in name order (0 first): the name sort, and every tie-break. */
  nameOrder: number[];
  /** For every row, the hourly-equivalent USD rate the unfiltered rate sort uses, or null. */
  rate: Array<number | null>;
  /**
   * For every row, the lowest USD rate of each engagement model it offers, in the order of its
   * values in the "model" facet; null for a rate on request. The rate sort under a model filter.
   */
  modelRates: Array<Array<number | null>>;
}

/** The index's row order: the static pages' delivery-score order. Computed once per site. */
export function directoryOrder(site: SiteData): readonly ProfileSummary[] {
  return sortedList(site.profiles, "score");
}

export function directoryIndex(site: SiteData): DirectoryIndex {
  const rows = directoryOrder(site);
  const nameOrder = new Array<number>(rows.length);
  const position = new Map(rows.map((p, i) => [p, i]));
  sortedList(site.profiles, "name").forEach((p, place) => (nameOrder[position.get(p)!] = place));
  return {
    pageSize: PAGE_SIZE,
    count: rows.length,
    rowsPerFile: ROWS_PER_FILE,
    sorts: SORTS.map((s) => ({ ...s })),
    facets: site.facets.map((f) => {
      const optionIndex = new Map(f.options.map((o, i) => [o.value, i]));
      return {
        key: f.key,
        label: FACETS.find((x) => x.key === f.key)!.label,
        options: f.options.map((o) => ({ value: o.value, label: o.label })),
        rows: rows.map((p) => facetValues(p, f.key).map((v) => optionIndex.get(v)!)),
      };
    }),
    nameOrder,
    rate: rows.map((p) => p.hourlyEquivalentUsd ?? null),
    // The "model" facet values of a profile are its models, in order (see facetValues).
    modelRates: rows.map((p) => p.models.map((m) => m.usd?.min ?? null)),
  };
}

/** The markup files: each holds the list items of ROWS_PER_FILE consecutive rows of the index. */
export function directoryRowFiles(site: SiteData): Array<{ path: string; from: number; to: number }> {
  const count = directoryOrder(site).length;
  return Array.from({ length: Math.ceil(count / ROWS_PER_FILE) }, (_, file) => ({
    path: rowsFilePath(file),
    from: file * ROWS_PER_FILE,
    to: Math.min(count, (file + 1) * ROWS_PER_FILE),
  }));
}

/** One markup file's content: a JSON array of list items. */
export function directoryRows(site: SiteData, from: number, to: number, rowHtml: (p: ProfileSummary) => string): string {
  return JSON.stringify(directoryOrder(site).slice(from, to).map(rowHtml));
}
