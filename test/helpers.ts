/** Shared test fixtures: a valid profile, validation of in-memory files, git in a test repository. */
import { execFileSync } from "node:child_process";
import { stringify } from "yaml";
import type { Profile } from "../src/generated/profile.js";
import type { ProfileSource } from "../src/load/discover.js";
import { loadReferenceData, type ReferenceData } from "../src/reference/index.js";
import { validateProfiles, type ValidationResult } from "../src/validate/validate-profiles.js";
import type { LintContext, LintSubject } from "../src/validate/lints/types.js";

export const TODAY = "2026-11-24";

/** Runs `git` (or the binary given) in `repo` as a test committer, unsigned; returns its output. */
export function gitIn(repo: string, binary = "git"): (...args: string[]) => string {
  return (...args) => execFileSync(binary, ["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", ...args], { cwd: repo, encoding: "utf8" });
}

let reference: ReferenceData | undefined;
export function referenceData(): ReferenceData {
  if (reference) return reference;
  const result = loadReferenceData();
  if (!result.ok) throw new Error(`reference data invalid: ${JSON.stringify(result.diagnostics)}`);
  reference = result.data;
  return reference;
}

/** A small, complete, valid profile; tests change one thing at a time. */
export function validProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    name: "Example Python Works",
    kind: "firm",
    fictional: true,
    website: "https://python-works.example",
    summary: "A fictional team of eight building Django and FastAPI services for logistics firms.",
    headquarters: { country: "DE", city: "Leipzig" },
    services: ["web-api", "data-pipelines"],
    stack: ["django", "fastapi", "pytest"],
    engagement_models: [
      { model: "dedicated", rate: { currency: "EUR", min: 9000, max: 13000, per: "month" }, minimum_term_months: 3 },
      { model: "staff-augmentation", rate: { currency: "EUR", min: 95, max: 130, per: "hour" } },
    ],
    paid_trial: { offered: true, weeks: 2 },
    signals: {
      testing: {
        coverage_target: 85,
        evidence: [{ kind: "repository", title: "Open-source ingestion toolkit", url: "https://code.example/works/ingest", date: "2026-01-20", level: "sourced" }],
      },
    },
    track_record: { projects_delivered: 20 },
    disclosure: { submitted_by: "self", paid_relationship: false },
    last_reviewed: "2026-10-01",
    ...overrides,
  };
}

export function profileText(data: unknown, body = "A fictional firm used in tests.\n"): string {
  return `---\n${stringify(data)}---\n${body}`;
}

/** The text of a valid profile named `name`, with a website of its own (`https://<slug>.example`). */
export function namedProfileText(name: string, slug: string): string {
  return profileText(validProfile({ name, website: `https://${slug}.example` }));
}

export function source(file: string, text: string | Uint8Array): ProfileSource {
  const slug = file.replace(/^.*\//, "").replace(/\.md$/, "");
  return { file, slug, bytes: typeof text === "string" ? new TextEncoder().encode(text) : text };
}

export function validateTexts(files: Record<string, string | Uint8Array>): ValidationResult {
  return validateProfiles(
    Object.entries(files).map(([file, text]) => source(file, text)),
    { today: TODAY, tables: referenceData().tables },
  );
}

export function lintContext(overrides: Partial<LintContext> = {}): LintContext {
  return { today: TODAY, staleAfterDays: 365, tables: referenceData().tables, ...overrides };
}

export function subject(data: Profile, slug = "example-python-works", body = "A fictional firm.\n"): LintSubject {
  return { slug, file: `content/profiles/${slug}.md`, data, body };
}

/** Line (1-based) of the first line in `text` that contains `needle`. */
export function lineOf(text: string, needle: string, occurrence = 1): number {
  const lines = text.split("\n");
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.includes(needle) && ++seen === occurrence) return i + 1;
  }
  throw new Error(`"${needle}" not found`);
}
