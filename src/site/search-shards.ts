/**
 * How the search index is split into shards, and where each shard is published.
 *
 * Pagefind indexes on about one core, and its time and memory grow faster than the number of
 * pages (at 10,000 profiles one index took 16.4 s of CPU and 1.8 GB; two halves took 6.7 s
 * and 0.95 GB each, side by side). So from PROFILES_PER_SHARD profiles on, the index is split
 * into shards that are built in parallel, and the browser searches all of them
 * (assets/search-shards.js) and merges the results.
 *
 * Profiles are dealt to the shards in rank order — rank 0 is the highest delivery score (the
 * directory's order: score, then name, then slug) — so rank r goes to shard r mod K. Two
 * things follow:
 *   - every shard holds the same mix of profiles, so their word statistics, and with them
 *     Pagefind's relevance scores, are comparable across shards;
 *   - sorted by score, the k-th result of shard s (in that shard's own order by the "rank"
 *     sort key) is exactly the profile of rank s + k·K, so the merged order is exact.
 */

/** Profiles per shard before the index is split. */
export const PROFILES_PER_SHARD = 5000;
/** More shards cost the browser a WebAssembly instance and a request each per search. */
export const MAX_SHARDS = 8;

/** The number of shards for `profiles` profiles (at least one, at most MAX_SHARDS). */
export function searchShardCount(profiles: number, perShard: number = PROFILES_PER_SHARD): number {
  if (!Number.isInteger(perShard) || perShard < 1) throw new Error(`profiles per search shard must be a positive integer, got ${perShard}`);
  return Math.min(MAX_SHARDS, Math.max(1, Math.ceil(profiles / perShard)));
}

/** The output folder of shard `k` (0-based), relative to the site root: pagefind, pagefind-2, … */
export function shardFolder(k: number): string {
  return k === 0 ? "pagefind" : `pagefind-${k + 1}`;
}

/** The site paths of `count` shards, in shard order: /pagefind/, /pagefind-2/, … */
export function shardPaths(count: number): string[] {
  return Array.from({ length: count }, (_, k) => `/${shardFolder(k)}/`);
}

/** The shard of the profile at `rank` (0 = highest delivery score). */
export function shardOf(rank: number, count: number): number {
  return rank % count;
}

/** Pagefind sort values are strings: the rank zero-padded, so text order is number order. */
export function rankSortKey(rank: number): string {
  return String(rank).padStart(6, "0");
}
