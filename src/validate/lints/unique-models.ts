import { listOf } from "./list-of.js";
import type { Finding, ProfileLint } from "./types.js";

export const uniqueModelsLint: ProfileLint = {
  name: "engagement-model-unique",
  description: "Each engagement model appears at most once in a profile.",
  check({ data }) {
    const out: Finding[] = [];
    const seen = new Map<string, number>();
    const models = listOf(data.engagement_models, "engagement_models");
    for (let i = 0; i < models.length; i++) {
      const m = models[i]!;
      const first = seen.get(m.model);
      if (first === undefined) {
        seen.set(m.model, i);
        continue;
      }
      out.push({ pointer: `/engagement_models/${i}/model`, severity: "error", message: `engagement model \`${m.model}\` is listed twice (also item ${first + 1})`, hint: "merge the two entries into one; give a rate range that covers both" });
    }
    return out;
  },
};
