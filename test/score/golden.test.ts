/**
 * Golden scorecards: three sample profiles scored for 2026-11-24 must match the JSON in
 * test/score/golden/ exactly. After a deliberate change to the rubric, the scorer or these
 * samples, regenerate with `UPDATE_GOLDEN=1 npx vitest run test/score/golden.test.ts`, read
 * the diff, and commit it with the change that caused it.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../src/paths.js";
import { score } from "../../src/score/index.js";
import { market, rubric, sample, TODAY } from "./setup.js";

/** The strongest, a middling and the weakest-evidenced sample. */
export const GOLDEN_SLUGS = ["copperline-python-works", "ipe-roxo-software", "lotus-quay-software"];

const goldenDir = join(repoRoot, "test/score/golden");

describe.each(GOLDEN_SLUGS)("the golden scorecard of %s", (slug) => {
  it("is reproduced exactly for today = 2026-11-24", () => {
    const card = score(sample(slug), rubric(), market(), TODAY);
    const path = join(goldenDir, `${slug}.json`);
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(path, JSON.stringify(card, null, 2) + "\n");
    expect(existsSync(path), `${path} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
    expect(card).toEqual(JSON.parse(readFileSync(path, "utf8")));
  });
});
