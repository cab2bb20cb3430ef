import { listOf } from "./list-of.js";
import type { Finding, ProfileLint } from "./types.js";

/** The unit each engagement model is priced in, so that rates compare with the market bands. */
export const PERIOD_FOR_MODEL = { dedicated: "month", "project-based": "project", "staff-augmentation": "hour" } as const;

export const ratePeriodLint: ProfileLint = {
  name: "rate-period",
  description: "Each engagement model is priced in its own unit: dedicated per month, project-based per project, staff-augmentation per hour.",
  check({ data }) {
    const out: Finding[] = [];
    const models = listOf(data.engagement_models, "engagement_models");
    for (let i = 0; i < models.length; i++) {
      const m = models[i]!;
      const expected = PERIOD_FOR_MODEL[m.model];
      if (!m.rate || m.rate.per === expected) continue;
      out.push({ pointer: `/engagement_models/${i}/rate/per`, severity: "error", message: `a ${m.model} rate is priced per ${expected}, not per ${m.rate.per}`, hint: `write \`per: ${expected}\` and convert the figures (e.g. a month is about 160 working hours)` });
    }
    return out;
  },
};
