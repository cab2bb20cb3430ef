/**
 * The benchmark's fast-edit timing (`npm run bench -- --edit`), run small: `npm start` over 30
 * synthetic profiles, two edits (one saved in place, one by a rename). It must time each edit
 * at its three moments, in order; how fast is BENCHMARKS.md's business.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeCorpus } from "../../src/bench/corpus.js";
import { measureEditLatency } from "../../src/bench/edit-latency.js";
import { TODAY } from "../helpers.js";

const work = mkdtempSync(join(tmpdir(), "shortlist-edit-latency-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the benchmark's edit timing", () => {
  it("times each edit until its page, then the whole site, then the search index are served", async () => {
    const corpus = writeCorpus(join(work, "corpus"), 30);
    const slugs = ["synthetic-3", "synthetic-17"];
    const outDir = join(work, "site");
    const lines: string[] = [];
    const result = await measureEditLatency({ profilesDir: corpus.profilesDir, outDir, today: TODAY, slugs, log: (l) => lines.push(l) });

    expect(result.firstBuildMs).toBeGreaterThan(0);
    for (const series of [result.pageMs, result.siteMs, result.searchMs]) expect(series).toHaveLength(slugs.length);
    for (let i = 0; i < slugs.length; i++) {
      expect(result.pageMs[i]).toBeGreaterThan(0);
      expect(result.siteMs[i]).toBeGreaterThanOrEqual(result.pageMs[i]!);
      expect(result.searchMs[i]).toBeGreaterThanOrEqual(result.siteMs[i]!);
    }
    expect(lines).toEqual([expect.stringMatching(/^edit 1 \(saved in place\): page served after \d+ ms, whole site after \d+ ms, search index after \d+ ms$/), expect.stringMatching(/^edit 2 \(saved by a rename\): /)]);
    // The server is gone, and what it left is the edited site.
    const summary = /^summary: (.*)$/m.exec(readFileSync(join(corpus.profilesDir, "synthetic-17.md"), "utf8"))![1]!;
    expect(summary).toContain("edit check 2");
    expect(readFileSync(join(outDir, "profiles", "synthetic-17", "index.html"), "utf8")).toContain(summary);
    expect(readFileSync(join(outDir, "profiles", "index.html"), "utf8")).toContain(summary);
  }, 180_000);
});
