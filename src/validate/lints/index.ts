/** The registry of lints run after schema validation, in the order they report. */
import { bodyLinksLint } from "./body-links.js";
import { controlCharactersLint } from "./control-characters.js";
import { evidenceHttpsLint } from "./evidence-https.js";
import { freelancerTeamLint } from "./freelancer-team.js";
import { futureDatesLint } from "./future-dates.js";
import { paidTrialLint } from "./paid-trial.js";
import { ratePeriodLint } from "./rate-period.js";
import { rateRangeLint } from "./rate-range.js";
import { scaffoldLeftoverLint } from "./scaffold-leftover.js";
import { slugLint } from "./slug.js";
import { staleReviewLint } from "./stale-review.js";
import { timezonesLint } from "./timezones.js";
import type { CollectionLint, ProfileLint } from "./types.js";
import { uniqueIdentityLint } from "./unique-identity.js";
import { uniqueModelsLint } from "./unique-models.js";
import { vocabularyLint } from "./vocabulary.js";
import { websiteUrlLint } from "./website-url.js";

export const profileLints: readonly ProfileLint[] = [
  slugLint,
  controlCharactersLint,
  vocabularyLint,
  rateRangeLint,
  ratePeriodLint,
  uniqueModelsLint,
  paidTrialLint,
  futureDatesLint,
  evidenceHttpsLint,
  websiteUrlLint,
  timezonesLint,
  freelancerTeamLint,
  staleReviewLint,
  scaffoldLeftoverLint,
  bodyLinksLint,
];

export const collectionLints: readonly CollectionLint[] = [uniqueIdentityLint];
