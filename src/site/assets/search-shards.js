// One search over the shards of the Pagefind index (/pagefind/, /pagefind-2/, …; how the
// build splits it: src/site/search-shards.ts). The page names its shards in
// data-search-indexes. Each shard is its own Pagefind bundle, loaded from its own folder.
// Results' data() have `url` set to the profile page: the indexed documents were scratch
// files that name their page in the "url" meta.
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
 * Opens the shards: returns { search(term, { filters, byRank }), preload(term) }. search
 * resolves to { results, count }, results being Pagefind results (with data()) in merged order.
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
  const count = shards.length;
  return {
    shards: count,
    async preload(term) {
      await Promise.all(shards.map((pagefind) => pagefind.preload(term)));
    },
    async search(term, { filters = {}, byRank = false } = {}) {
      const searchOptions = byRank ? { filters, sort: { rank: "asc" } } : { filters };
      const found = await Promise.all(shards.map((pagefind) => pagefind.search(term, searchOptions)));
      const tagged = found.flatMap((search, shard) =>
        (search?.results ?? []).map((result, position) => ({
          result,
          shard,
          // Sorted: the rank the result has over all shards. Best match: relevance, higher first.
          key: byRank ? shard + count * Math.round(-result.score) : -result.score,
          position,
        })),
      );
      if (count > 1) tagged.sort((a, b) => a.key - b.key || a.shard - b.shard || a.position - b.position);
      return { results: tagged.map((t) => withPageUrl(t.result)), count: tagged.length };
    },
  };
}

/** The result with data() answering the profile page's URL (the "url" meta) as `url`. */
function withPageUrl(result) {
  return {
    ...result,
    async data() {
      const data = await result.data();
      return typeof data.meta?.url === "string" && data.meta.url.startsWith("/profiles/") ? { ...data, url: data.meta.url } : data;
    },
  };
}
