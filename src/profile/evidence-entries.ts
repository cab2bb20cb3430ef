/** Every evidence item of a profile with where it sits, for lints, scoring and pages. */
import type { EvidenceItem, Profile } from "../generated/profile.js";

export const SIGNAL_IDS = ["business_discovery", "maintained_systems", "testing", "tradeoffs", "modern_python", "ai_integration"] as const;
export type SignalId = (typeof SIGNAL_IDS)[number];

export interface EvidenceEntry {
  /** A signal id, or "track_record". */
  section: SignalId | "track_record";
  index: number;
  pointer: string;
  item: EvidenceItem;
}

export function evidenceEntries(profile: Profile): EvidenceEntry[] {
  const out: EvidenceEntry[] = [];
  for (const id of SIGNAL_IDS) {
    (profile.signals?.[id]?.evidence ?? []).forEach((item, index) => out.push({ section: id, index, pointer: `/signals/${id}/evidence/${index}`, item }));
  }
  (profile.track_record?.evidence ?? []).forEach((item, index) => out.push({ section: "track_record", index, pointer: `/track_record/evidence/${index}`, item }));
  return out;
}
