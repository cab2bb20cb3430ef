import type { Finding, ProfileLint } from "./types.js";
import { EVIDENCE_SECTIONS, evidenceList } from "./evidence-lists.js";

function future(out: Finding[], today: string, pointer: string, what: string, value: string): void {
  out.push({ pointer, severity: "error", message: `${what} ${value} is in the future (today is ${today})`, hint: "use the date the thing actually happened" });
}

export const futureDatesLint: ProfileLint = {
  name: "no-future-dates",
  description: "No date (evidence, verification, last review, founding year) may lie after today; a verification cannot predate its evidence.",
  check({ data }, { today }) {
    const out: Finding[] = [];
    if (data.last_reviewed && data.last_reviewed > today) future(out, today, "/last_reviewed", "last_reviewed", data.last_reviewed);
    if (typeof data.founded === "number" && data.founded > Number(today.slice(0, 4))) future(out, today, "/founded", "founded year", String(data.founded));
    for (const section of EVIDENCE_SECTIONS) {
      const list = evidenceList(data, section);
      for (let i = 0; i < list.length; i++) {
        const item = list[i]!;
        if (item.date > today) future(out, today, `${section.prefix}${i}/date`, "evidence date", item.date);
        if (item.verified_on && item.verified_on > today) future(out, today, `${section.prefix}${i}/verified_on`, "verified_on", item.verified_on);
        if (item.verified_on && item.verified_on < item.date) {
          out.push({ pointer: `${section.prefix}${i}/verified_on`, severity: "error", message: `verified_on ${item.verified_on} is before the evidence date ${item.date}`, hint: "a maintainer can only verify evidence that already exists" });
        }
      }
    }
    return out;
  },
};
