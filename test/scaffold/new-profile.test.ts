import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runNew } from "../../src/cli/new.js";
import { validateTexts } from "../helpers.js";

let dir: string;
let stderr: string[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "shortlist-new-"));
  stderr = [];
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => (stderr.push(String(chunk)), true));
  vi.spyOn(process.stdout, "write").mockImplementation(() => true);
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

/** What a contributor does: fill in the blanks they need and delete the optional ones they don't. */
function fillIn(text: string): string {
  const answers: Record<string, string> = {
    "website:": "website: https://zoe-muller.example",
    "summary:": "summary: Independent Python engineer building tested FastAPI services for small teams.",
    "  country:": "  country: PT",
    "  city:": "  city: Porto",
    "services: []": "services: [web-api]",
    "stack: []": "stack: [fastapi, pytest]",
    "  - model:": "  - model: staff-augmentation",
    "      currency:": "      currency: EUR",
    "      min:": "      min: 70",
    "      max:": "      max: 95",
    "      per:": "      per: hour",
    "  offered:": "  offered: false",
    "  submitted_by:": "  submitted_by: self",
    "  paid_relationship:": "  paid_relationship: false",
    "last_reviewed:": "last_reviewed: 2026-11-20",
  };
  const [, front, body] = text.split(/^---$/m);
  const lines = front!.split("\n").flatMap((line) => {
    if (answers[line]) return [answers[line]!];
    const parent = /^(signals|track_record|disclosure|headquarters|paid_trial|engagement_models|    rate|  (business_discovery|maintained_systems|testing|tradeoffs|modern_python|ai_integration)):\s*$/;
    if (/^\s*[a-z_]+:\s*$/.test(line) && !parent.test(line)) return [];
    return [line];
  });
  const narrative = body!.replace(/Replace this paragraph[^\n]*/g, "I build and maintain FastAPI services with thorough tests.");
  return `---${lines.join("\n")}---${narrative}`;
}

describe("npm run new", () => {
  it("writes a profile named after a clean slug, with every top-level field present", () => {
    expect(runNew(["--name", "Zoë Müller", "--kind", "freelancer"], dir)).toBe(0);
    const text = readFileSync(join(dir, "zoe-muller.md"), "utf8");
    for (const field of ["name", "kind", "website", "summary", "headquarters", "services", "stack", "engagement_models", "paid_trial", "signals", "track_record", "disclosure", "last_reviewed"]) {
      expect(text).toMatch(new RegExp(`^${field}:`, "m"));
    }
    expect(text).toContain('name: "Zoë Müller"');
    expect(text).toContain("team_size: 1");
  });

  it("leaves a file that validate rejects with one message per blank, and that passes once filled in", () => {
    runNew(["--name", "Zoë Müller", "--kind", "freelancer"], dir);
    const path = "content/profiles/zoe-muller.md";
    const blank = readFileSync(join(dir, "zoe-muller.md"), "utf8");
    const before = validateTexts({ [path]: blank }).diagnostics;
    expect(before.length).toBeGreaterThan(10);
    expect(before.map((d) => d.message)).toContain("`website` is blank: fill it in, or delete the line if the field is optional");
    expect(before.map((d) => d.rule)).toContain("scaffold-leftover");

    const filled = fillIn(blank);
    expect(validateTexts({ [path]: filled }).diagnostics).toEqual([]);
  });

  it("refuses to overwrite an existing profile or reuse a name", () => {
    expect(runNew(["--name", "Zoë Müller", "--kind", "freelancer"], dir)).toBe(0);
    const first = readFileSync(join(dir, "zoe-muller.md"), "utf8");
    expect(runNew(["--name", "Zoë Müller", "--kind", "firm"], dir)).toBe(1);
    expect(runNew(["--name", "zoë  müller!", "--kind", "firm", "--slug", "other"], dir)).toBe(1);
    expect(stderr.join("")).toMatch(/already exists[\s\S]*already has the name/);
    expect(readFileSync(join(dir, "zoe-muller.md"), "utf8")).toBe(first);
  });

  it.each([
    [["--name", "!!!", "--kind", "firm"], "leaves no letters or digits"],
    [["--name", "Acme", "--kind", "agency"], "--kind must be firm or freelancer"],
    [["--kind", "firm"], "--name is required"],
    [["--name", "Acme", "--kind", "firm", "--slug", "Bad Slug"], "must be lower-case kebab-case"],
  ])("refuses %j with a one-line error and writes nothing", (args, message) => {
    expect(runNew(args, dir)).toBe(1);
    expect(stderr.join("")).toContain(message);
  });

  it("refuses an unknown option with the usage and exit code 2, like every other command", () => {
    expect(runNew(["--name", "Acme", "--knid", "firm"], dir)).toBe(2);
    expect(stderr.join("")).toMatch(/^error: .*'--knid'[\s\S]*usage: npm run new/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("derives slugs from non-Latin names", () => {
    expect(runNew(["--name", "Пайтон Девелопмент", "--kind", "firm"], dir)).toBe(0);
    expect(readFileSync(join(dir, "payton-development.md"), "utf8")).toContain("Пайтон Девелопмент");
  });
});
