/**
 * The evidence lists of a profile, for lints that look at every evidence item. The same
 * items in the same order as evidenceEntries() (src/profile/evidence-entries.ts), but
 * without an entry object and a JSON pointer per item: lints run on every profile, and
 * only the rare item they report needs its pointer (`prefix` + index).
 */
import type { EvidenceItem, Profile } from "../../generated/profile.js";
import { SIGNAL_IDS, type SignalId } from "../../profile/evidence-entries.js";
import { listOf } from "./list-of.js";

export interface EvidenceSection {
  section: SignalId | "track_record";
  /** JSON pointer of the list, with a trailing slash: the item's index completes it. */
  prefix: string;
}

export const EVIDENCE_SECTIONS: readonly EvidenceSection[] = [
  ...SIGNAL_IDS.map((id) => ({ section: id, prefix: `/signals/${id}/evidence/` })),
  { section: "track_record", prefix: "/track_record/evidence/" },
];

/**
 * The list of one section; none when it is missing. Like evidenceEntries(), it throws on
 * a list that is not a list (the lint runner then drops the lint's findings for a profile
 * the schema already refuses).
 */
export function evidenceList(profile: Profile, { section }: EvidenceSection): readonly EvidenceItem[] {
  return listOf(section === "track_record" ? profile.track_record?.evidence : profile.signals?.[section]?.evidence, `evidence of ${section}`);
}
