/**
 * The Pagefind search index, fed while the site renders. Each profile page is handed to
 * Pagefind's indexer (a separate process) as soon as Eleventy has rendered it, so that
 * indexing runs on another core alongside the render rather than after it, and Pagefind
 * never has to read the thousands of pages that are not for search.
 *
 * Pages are added in the order given (the site data's profile order), whatever order they
 * are rendered in, so the index is byte-for-byte reproducible. At most `maxInFlight` pages
 * wait for Pagefind at once: a slow indexer slows the render instead of piling pages up in
 * memory.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as pagefind from "pagefind";

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>["index"]>;

export class SearchIndexer {
  private readonly position: ReadonlyMap<string, number>;
  private readonly waiting = new Map<number, string>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly errors: string[] = [];
  private next = 0;
  private added = 0;
  private closed = false;

  private constructor(
    private readonly index: PagefindIndex,
    private readonly urls: readonly string[],
    private readonly maxInFlight: number,
  ) {
    this.position = new Map(urls.map((u, i) => [u, i]));
  }

  /** Starts Pagefind for the pages at `urls` (site paths such as /profiles/x/), in that order. */
  static async start(urls: readonly string[], options: { maxInFlight?: number } = {}): Promise<SearchIndexer> {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
    if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
    return new SearchIndexer(index, urls, options.maxInFlight ?? 32);
  }

  /** True when the page at `url` is one of the pages to index. */
  wants(url: string): boolean {
    return this.position.has(url);
  }

  /** Hands over a rendered page; resolves once there is room for more. Pages not in `urls` are ignored. */
  async add(url: string, html: string): Promise<void> {
    const at = this.position.get(url);
    if (at === undefined || this.closed) return;
    this.waiting.set(at, html);
    while (this.waiting.has(this.next)) {
      const page = this.waiting.get(this.next)!;
      this.waiting.delete(this.next);
      this.send(this.urls[this.next]!, page);
      this.next++;
    }
    while (this.inFlight.size >= this.maxInFlight) await Promise.race(this.inFlight);
  }

  private send(url: string, html: string): void {
    const done: Promise<void> = this.index.addHTMLFile({ url, content: html }).then(
      (r) => {
        if (r.errors.length) this.errors.push(...r.errors);
        else this.added++;
      },
      (error: unknown) => {
        this.errors.push(String(error));
      },
    );
    const tracked = done.finally(() => this.inFlight.delete(tracked));
    this.inFlight.add(tracked);
  }

  /** Waits for every page, writes the index to `outputPath`, and returns how many pages it holds. */
  async finish(outputPath: string): Promise<number> {
    // Pages that never arrived leave a gap; add what did arrive, in order.
    for (const at of [...this.waiting.keys()].sort((a, b) => a - b)) {
      this.send(this.urls[at]!, this.waiting.get(at)!);
      this.waiting.delete(at);
    }
    await Promise.all(this.inFlight);
    if (this.errors.length) throw new Error(`pagefind: ${this.errors.slice(0, 5).join("; ")}`);
    const written = await this.index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join("; ")}`);
    // The entry file counts the pages Pagefind indexed (those with data-pagefind-body).
    const entry = JSON.parse(readFileSync(join(outputPath, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    if (indexed !== this.added) throw new Error(`pagefind: ${this.added} pages handed over, ${indexed} indexed`);
    return indexed;
  }

  /** Stops the indexer process (always call it, also after a failure). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.allSettled(this.inFlight);
    await this.index.deleteIndex().catch(() => {});
    await pagefind.close();
  }
}
