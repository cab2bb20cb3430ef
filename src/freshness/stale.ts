/**
 * Freshness: which profiles are past their review horizon, and which evidence items are
 * old enough to have started losing worth in the score. Oldest first.
 */
import { evidenceEntries } from "../profile/evidence-entries.js";
import { daysBetween } from "../util/dates.js";
import type { ValidProfile } from "../validate/validate-profiles.js";

export interface StaleProfile {
  slug: string;
  file: string;
  name: string;
  last_reviewed: string;
  days: number;
}

export interface StaleEvidence {
  slug: string;
  file: string;
  section: string;
  title: string;
  level: string;
  /** The date the age is counted from: verified_on for verified items, else date. */
  since: string;
  days: number;
}

export interface StaleReport {
  today: string;
  profileDays: number;
  evidenceDays: number;
  profiles: StaleProfile[];
  evidence: StaleEvidence[];
}

export interface StaleOptions {
  today: string;
  /** A profile is stale when last_reviewed is more than this many days ago. */
  profileDays: number;
  /** Evidence is stale when its date (or verification) is more than this many days ago. */
  evidenceDays: number;
}

const oldestFirst = (a: { days: number; slug: string }, b: { days: number; slug: string }) => b.days - a.days || a.slug.localeCompare(b.slug);

export function staleReport(profiles: readonly ValidProfile[], options: StaleOptions): StaleReport {
  const stale: StaleProfile[] = [];
  const evidence: StaleEvidence[] = [];
  for (const p of profiles) {
    const days = daysBetween(p.data.last_reviewed, options.today);
    if (days > options.profileDays) stale.push({ slug: p.slug, file: p.file, name: p.data.name, last_reviewed: p.data.last_reviewed, days });
    for (const { section, item } of evidenceEntries(p.data)) {
      const since = item.verified_on ?? item.date;
      const age = daysBetween(since, options.today);
      if (age > options.evidenceDays) evidence.push({ slug: p.slug, file: p.file, section, title: item.title, level: item.level, since, days: age });
    }
  }
  return { today: options.today, profileDays: options.profileDays, evidenceDays: options.evidenceDays, profiles: stale.sort(oldestFirst), evidence: evidence.sort(oldestFirst) };
}

export function formatStaleReport(report: StaleReport): string {
  const lines: string[] = [];
  lines.push(`Profiles not reviewed for more than ${report.profileDays} days (today ${report.today}): ${report.profiles.length}`);
  for (const p of report.profiles) lines.push(`  ${String(p.days).padStart(5)} days  ${p.file}  last reviewed ${p.last_reviewed}  ${p.name}`);
  lines.push("");
  lines.push(`Evidence older than ${report.evidenceDays} days (it has started to lose worth in the score): ${report.evidence.length}`);
  for (const e of report.evidence) lines.push(`  ${String(e.days).padStart(5)} days  ${e.file}  ${e.section}  [${e.level}, ${e.since}]  ${e.title}`);
  return lines.join("\n");
}
