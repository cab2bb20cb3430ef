import { listOf } from "./list-of.js";
import type { Finding, ProfileLint } from "./types.js";

export const rateRangeLint: ProfileLint = {
  name: "rate-range",
  description: "A rate's min must not exceed its max.",
  check({ data }) {
    const out: Finding[] = [];
    const models = listOf(data.engagement_models, "engagement_models");
    for (let i = 0; i < models.length; i++) {
      const m = models[i]!;
      if (m.rate && m.rate.min > m.rate.max) {
        out.push({ pointer: `/engagement_models/${i}/rate/min`, severity: "error", message: `rate min ${m.rate.min} is greater than max ${m.rate.max}`, hint: "swap the two values, or set max equal to min for a single price" });
      }
    }
    return out;
  },
};
