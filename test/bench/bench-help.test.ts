/** `npm run bench -- --help`: what each option does, and the synthetic profiles a seed stands for. */
import { describe, expect, it } from "vitest";
import { HELP, OPTIONS } from "../../src/cli/bench.js";
import { syntheticProfile } from "../../src/bench/synthetic.js";

describe("npm run bench -- --help", () => {
  it("describes every option the command accepts, each on a line of its own", () => {
    for (const name of Object.keys(OPTIONS)) {
      expect(HELP.split("\n").some((line) => new RegExp(`^  (-\\w, )?--${name}\\b.* {2,}\\S`).test(line)), `--${name}`).toBe(true);
    }
  });

  it("is right that the same seed writes the same profiles, and another seed other ones", () => {
    const text = (seed: number) => [0, 1, 2].map((i) => JSON.stringify(syntheticProfile(i, seed))).join("\n");
    expect(text(7)).toBe(text(7));
    expect(text(7)).not.toBe(text(8));
  });
});
