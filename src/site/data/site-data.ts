/**
 * validate → score → view models, in one pure step. The build CLI, the Eleventy data layer
 * and the tests all call `buildSiteData` (or `loadSiteData`, which validates first).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { countErrors, type Diagnostic } from "../../diagnostics.js";
import { repoRoot } from "../../paths.js";
import type { SafeHtml } from "../html.js";
import { renderRepositoryDoc } from "../view/repository-doc.js";
import type { ReferenceData } from "../../reference/index.js";
import { labelOf } from "../../reference/vocabularies.js";
import { lapTimer } from "../../util/lap-timer.js";
import { validateAll } from "../../validate/validate-all.js";
import type { ValidationCache, ValidProfile } from "../../validate/validate-profiles.js";
import { apiList, apiProfileRecord, type ApiList, type ApiProfileRecord } from "../view/api.js";
import { buildDirectoryPages, buildFacets, type DirectoryPage, type Facet, type FacetKey } from "../view/directory.js";
import { buildEngagementPage, type EngagementPageModel } from "../view/engagement.js";
import { KIND_LABEL, MODEL_ORDER } from "../view/format.js";
import { buildMethodology, type MethodologyModel } from "../view/methodology.js";
import { buildProfilePage, type ProfilePageModel } from "../view/profile.js";
import { summarise, type ProfileSummary } from "../view/summary.js";
import { buildMarketView, type MarketView } from "../view/market.js";
import { searchShardCount, shardPaths } from "../search-shards.js";
import { scoreSite, type ModelId, type Rubric, type ScoreCache, type Scorecard, type SiteScoring } from "./scorecards.js";

export interface SiteInput {
  profiles: readonly ValidProfile[];
  reference: ReferenceData;
  today: string;
  /** CONTRIBUTING.md from the repository, shown at /contribute/. */
  contributing?: string;
  /** Profiles per search index shard (search-shards.ts; tests use small shards). */
  profilesPerSearchShard?: number;
}

export interface SiteData {
  today: string;
  reference: ReferenceData;
  market: MarketView;
  rubric: Rubric;
  modelLabels: ReadonlyMap<ModelId, string>;
  /** Every profile, highest delivery score first. */
  profiles: ProfileSummary[];
  scorecards: ReadonlyMap<string, Scorecard>;
  profilePages: ProfilePageModel[];
  directoryPages: DirectoryPage[];
  /** Facet values with counts over all profiles (directory filters and search filters). */
  facets: Facet[];
  engagementPages: EngagementPageModel[];
  methodology: MethodologyModel;
  apiList: ApiList;
  apiProfiles: ApiProfileRecord[];
  /** Label of a facet value, e.g. ("country", "DE") → "Germany". */
  facetLabel: (facet: FacetKey, value: string) => string;
  /** CONTRIBUTING.md rendered for /contribute/. */
  contributing: SafeHtml;
  /** Site paths of the search index's shards, in shard order: /pagefind/, /pagefind-2/, … */
  searchIndexes: string[];
}

/**
 * Called when the page models of one search shard's profiles exist: `pages` are shard
 * `shard`'s, in rank order (ranks shard, shard + shards, …; search-shards.ts). Shards come in
 * order, and the rest of the site data is built after the last.
 */
export type SearchShardPagesHook = (shard: number, shards: number, pages: readonly ProfilePageModel[]) => void;

/** `scoring` may be passed in when the caller has scored the profiles already (the build times the stages apart). */
export function buildSiteData(
  input: SiteInput,
  scoring: SiteScoring = scoreSite(input.profiles, input.reference, input.today),
  onProfilePages?: (pages: readonly ProfilePageModel[]) => void,
  onSearchShard?: SearchShardPagesHook,
): SiteData {
  const { reference, today } = input;
  const market = buildMarketView(scoring.market, reference);
  const modelLabels = new Map(market.models.map((m) => [m.model, m.label] as const));
  const tables = reference.tables;
  const summaries = input.profiles
    .map((p) => summarise(p, scoring.scorecards.get(p.slug)!, tables, modelLabels))
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, "en") || (a.slug < b.slug ? -1 : 1));
  const bySlug = new Map(summaries.map((s) => [s.slug, s]));
  const facetLabel = (facet: FacetKey, value: string): string => {
    switch (facet) {
      case "model":
        return modelLabels.get(value as ModelId) ?? value;
      case "kind":
        return KIND_LABEL[value as "firm" | "freelancer"] ?? value;
      case "country":
        return labelOf(tables, "countries", value);
      case "region":
        return labelOf(tables, "regions", value);
      case "service":
        return labelOf(tables, "services", value);
    }
  };
  const facetOrder = { model: MODEL_ORDER, kind: ["firm", "freelancer"] };
  const rank = new Map(summaries.map((s, i) => [s.slug, i]));
  const sources = [...input.profiles].sort((a, b) => rank.get(a.slug)! - rank.get(b.slug)!);
  // Built one search shard after another (rank r is in shard r mod K), so that the build can
  // index the first shard while the next one's pages are made.
  const shards = searchShardCount(sources.length, input.profilesPerSearchShard);
  const byShard: ProfilePageModel[][] = [];
  for (let k = 0; k < shards; k++) {
    const pages: ProfilePageModel[] = [];
    for (let r = k; r < sources.length; r += shards) {
      const p = sources[r]!;
      pages.push(buildProfilePage(p, scoring.scorecards.get(p.slug)!, bySlug.get(p.slug)!, tables, today));
    }
    byShard.push(pages);
    onSearchShard?.(k, shards, pages);
  }
  const profilePages: ProfilePageModel[] = [];
  for (let r = 0; r < sources.length; r++) profilePages.push(byShard[r % shards]![Math.floor(r / shards)]!);
  onProfilePages?.(profilePages);
  return {
    today,
    reference,
    market,
    rubric: scoring.rubric,
    modelLabels,
    profiles: summaries,
    scorecards: scoring.scorecards,
    profilePages,
    directoryPages: buildDirectoryPages(summaries, facetLabel, facetOrder),
    facets: buildFacets(summaries, facetLabel, facetOrder),
    engagementPages: MODEL_ORDER.flatMap((model) => {
      const m = market.models.find((x) => x.model === model);
      return m ? [buildEngagementPage(m, summaries)] : [];
    }),
    methodology: buildMethodology(scoring.rubric, market, reference),
    apiList: apiList(summaries, scoring.scorecards, today, scoring.rubric.version),
    apiProfiles: sources.map((p) => apiProfileRecord(p, scoring.scorecards.get(p.slug)!)),
    facetLabel,
    contributing: renderRepositoryDoc(input.contributing ?? "", "CONTRIBUTING.md"),
    searchIndexes: shardPaths(shards),
  };
}

export type LoadResult = { ok: true; data: SiteData; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

export interface LoadOptions {
  today: string;
  /** Folder of profiles (default content/profiles). */
  dir?: string;
  /** Folder of reference data (default content/reference). */
  referenceDir?: string;
  /** Filled with the milliseconds each stage took: loadValidate, score, view. */
  timings?: Record<string, number>;
  /** Reference data already loaded (content/reference is then not read). */
  reference?: ReferenceData;
  /** Results kept between builds (the dev server): unchanged files are not validated or scored again. */
  cache?: { validation: ValidationCache; scores: ScoreCache };
  /**
   * Called with the profile page models as soon as they exist, before the rest of the site
   * data (the build starts the search index there). Only when every file is valid.
   */
  onProfilePages?: (pages: readonly ProfilePageModel[]) => void;
  /** Called as each search shard's page models exist (see SearchShardPagesHook); the build writes that shard's search documents and starts indexing it. */
  onSearchShard?: SearchShardPagesHook;
  /** Profiles per search index shard (default PROFILES_PER_SHARD). */
  profilesPerSearchShard?: number;
}

/** Validates, and builds the site data only when there is no error anywhere. */
export function loadSiteData(options: LoadOptions): LoadResult {
  const stages = siteDataStages(options);
  for (;;) {
    const step = stages.next();
    if (step.done) return step.value;
  }
}

/**
 * loadSiteData one stage at a time: it yields the name of each stage it has finished
 * ("validated", "scored") and returns the result after the view models. Each stage is
 * synchronous and takes ~1–2 s at 10,000 profiles; between them, the build lets a Ctrl-C
 * in and stops (buildSite), and the work of the stages not begun is never done.
 */
export function* siteDataStages(options: LoadOptions): Generator<"validated" | "scored", LoadResult, void> {
  const lap = lapTimer(options.timings);
  const result = validateAll({
    today: options.today,
    ...(options.dir ? { dir: options.dir } : {}),
    ...(options.referenceDir ? { referenceDir: options.referenceDir } : {}),
    ...(options.reference ? { reference: options.reference } : {}),
    ...(options.cache ? { cache: options.cache.validation } : {}),
  });
  lap("loadValidate");
  if (!result.reference || countErrors(result.diagnostics) > 0) return { ok: false, diagnostics: result.diagnostics };
  yield "validated";
  const contributing = readFileSync(join(repoRoot, "CONTRIBUTING.md"), "utf8");
  const input: SiteInput = { profiles: result.profiles, reference: result.reference, today: options.today, contributing, ...(options.profilesPerSearchShard ? { profilesPerSearchShard: options.profilesPerSearchShard } : {}) };
  const scoring = scoreSite(input.profiles, input.reference, input.today, options.cache?.scores);
  lap("score");
  yield "scored";
  const data = buildSiteData(input, scoring, options.onProfilePages, options.onSearchShard);
  lap("view");
  return { ok: true, data, diagnostics: result.diagnostics };
}
