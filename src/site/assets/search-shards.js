// One search over the shards of the Pagefind index (/pagefind/, /pagefind-2/, …; how the
// build splits it: src/site/search-shards.ts). The page names its shards in
// data-search-indexes. Each shard is its own Pagefind bundle, loaded from its own folder.
// resultData(result) reads a result with `url` set to the profile page: the indexed documents
// were scratch files that name their page in the "url" meta.
//
// The profile of rank r (0 = highest delivery score) is in shard r mod K, and each document
// carries its rank as the "rank" sort key. Sorted by rank, Pagefind scores the result at
// position p of its shard's ranked list -p, so a result of shard s has rank s + K·p: the
// merged order is exact. Best-match results are merged by Pagefind's relevance score, which
// is comparable because every shard holds the same mix of profiles.

/** The shard paths a page names, e.g. data-search-indexes="/pagefind/ /pagefind-2/". */
export function shardPathsOf(element) {
  const paths = (element?.dataset.searchIndexes || "/pagefind/").split(/\s+/).filter(Boolean);
  return paths.filter((p) => /^\/pagefind(-\d+)?\/$/.test(p));
}

/**
 * Opens the shards: returns { search(term, { filters, byRank }), preload(term), warm(count) }. search
 * resolves to { results }: Pagefind's results in merged order (read each with resultData,
 * not data()).
 */
export async function openSearch(paths, options = {}) {
  const shards = await Promise.all(
    paths.map(async (path) => {
      const pagefind = await import(`${path}pagefind.js`);
      // On the page's thread: Pagefind's web worker copies every result of a search across
      // (thousands for a common word), which cost more than the search it moves off the page.
      await pagefind.options({ noWorker: true, ...options });
      await pagefind.init();
      return pagefind;
    }),
  );
  return {
    /**
     * Runs the blank search once and reads the first `count` results of each shard. A page's
     * first search pays once for Pagefind's code paths (its WebAssembly compiles lazily;
     * fragments are fetched and inflated by JavaScript, which gets fast only after a few runs):
     * ~150 ms at 10,000 profiles. Called while the visitor types, it is out of the way. Reading
     * as many fragments as a search shows first matters: with one per shard, the first search
     * of a word took ~25 ms longer (BENCHMARKS.md, item 32).
     */
    async warm(count) {
      const found = await Promise.all(shards.map((pagefind) => pagefind.search(null, { sort: { rank: "asc" } })));
      await Promise.all(found.flatMap((search) => (search?.results ?? []).slice(0, count).map((result) => result.data())));
    },
    async preload(term) {
      await Promise.all(shards.map((pagefind) => pagefind.preload(term)));
    },
    async search(term, { filters = {}, byRank = false } = {}) {
      const searchOptions = byRank ? { filters, sort: { rank: "asc" } } : { filters };
      const found = await Promise.all(shards.map((pagefind) => pagefind.search(term, searchOptions)));
      return { results: merge(found.map((search) => search?.results ?? []), byRank) };
    },
  };
}

/**
 * Merges the shards' result lists, each already in order, without copying a result: by rank
 * (the rank of a shard's k-th result is shard + k·K, from its score −k), or by relevance
 * (higher first). Ties go to the result higher in its own shard, then to the lower shard.
 */
function merge(lists, byRank) {
  if (lists.length === 1) return lists[0];
  const count = lists.length;
  const key = (shard, result) => (byRank ? shard + count * Math.round(-result.score) : -result.score);
  const next = lists.map(() => 0);
  const total = lists.reduce((n, list) => n + list.length, 0);
  const out = new Array(total);
  for (let i = 0; i < total; i++) {
    let best = -1;
    let bestKey = 0;
    for (let shard = 0; shard < count; shard++) {
      const list = lists[shard];
      if (next[shard] >= list.length) continue;
      const k = key(shard, list[next[shard]]);
      if (best === -1 || k < bestKey || (k === bestKey && next[shard] < next[best])) {
        best = shard;
        bestKey = k;
      }
    }
    out[i] = lists[best][next[best]++];
  }
  return out;
}

/** A result's data, with `url` set to the profile page it stands for (its "url" meta). */
export async function resultData(result) {
  const data = await result.data();
  return typeof data.meta?.url === "string" && data.meta.url.startsWith("/profiles/") ? { ...data, url: data.meta.url } : data;
}
