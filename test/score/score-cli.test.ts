import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import type { Scorecard } from "../../src/generated/scorecard.js";
import { bar } from "../../src/cli/score.js";
import { repoRoot } from "../../src/paths.js";
import { getValidator } from "../../src/validate/ajv.js";
import { sampleProfiles } from "./setup.js";

function run(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli/score.ts", ...args], {
    cwd: repoRoot,
    encoding: "utf8",
    env: { ...process.env, SHORTLIST_TODAY: "2026-11-24", NO_COLOR: "1" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run score", () => {
  it("prints a breakdown of every profile: header with bar and confidence, seven sections, engagement, improvements", () => {
    const { code, stdout, stderr } = run();
    expect(code).toBe(0);
    const count = sampleProfiles().length;
    expect(stderr).toContain(`${count} profile(s) scored with rubric 2026.11 for 2026-11-24`);
    expect(stdout.match(/^ {2}Delivery +\d+\.\d\/100 +[█▏▎▍▌▋▊▉·]{20} +confidence (high|medium|low) /gm)).toHaveLength(count);
    expect(stdout).toMatch(/^ {2}Testing without being asked +\d+\.\d [█▏▎▍▌▋▊▉·]{10} +weight 16 · backed \d+\.\d$/m);
    expect(stdout).toMatch(/^ {2}Track record +\d+\.\d /m);
    expect(stdout).toMatch(/^ {4}staff-augmentation \((offshore|onshore)\) +\d+\/100 .* USD\/hour vs band .* USD\/hour → (below|within|above)$/m);
    expect(stdout).toContain("What would raise the delivery score");
  });

  it("limits the output to the named slugs and takes --today", () => {
    const { code, stdout } = run("lotus-quay-software", "--today", "2027-06-01");
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toBe("Lotus Quay Software · firm · lotus-quay-software");
    expect(stdout.match(/^\S.* · (firm|freelancer) · /gm)).toHaveLength(1);
  });

  it("prints an array of schema-valid scorecards with --json", () => {
    const { code, stdout } = run("--json", "copperline-python-works", "lotus-quay-software");
    expect(code).toBe(0);
    const cards = JSON.parse(stdout) as Scorecard[];
    expect(cards.map((c) => c.slug)).toEqual(["copperline-python-works", "lotus-quay-software"]);
    const validate = getValidator("scorecard.schema.json");
    for (const card of cards) {
      expect(validate(card)).toBe(true);
      expect(Object.keys(card)).toEqual(expect.arrayContaining(["slug", "name", "kind", "delivery", "signals", "engagement", "warnings"]));
      expect(card.today).toBe("2026-11-24");
    }
  });

  it("exits 1 with a did-you-mean for an unknown slug", () => {
    const { code, stdout, stderr } = run("copperline");
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("error: no profile `copperline` in content/profiles/ — did you mean `copperline-python-works`?");
  });

  it("exits 2 on a malformed --today", () => {
    const { code, stderr } = run("--today", "24.11.2026");
    expect(code).toBe(2);
    expect(stderr).toMatch(/YYYY-MM-DD/);
  });
});

describe("the terminal bar", () => {
  it("fills in eighths of a cell and pads with dots", () => {
    expect(bar(0, 10, 10)).toBe("··········");
    expect(bar(10, 10, 10)).toBe("██████████");
    expect(bar(4.5, 10, 10)).toBe("████▌·····");
    expect(bar(150, 100, 4)).toBe("████");
  });
});
