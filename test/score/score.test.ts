import { describe, expect, it } from "vitest";
import type { EvidenceItem, Profile } from "../../src/generated/profile.js";
import { ageFactor, weigh } from "../../src/score/evidence-worth.js";
import { rubricWeights, weightedDelivery } from "../../src/score/index.js";
import { getValidator } from "../../src/validate/ajv.js";
import { validProfile } from "../helpers.js";
import { rubric, scoreProfile, TODAY } from "./setup.js";

const item = (overrides: Partial<EvidenceItem> = {}): EvidenceItem => ({
  kind: "case-study",
  title: "A delivered system with its tests",
  url: "https://evidence.example/case",
  date: "2026-06-01",
  level: "sourced",
  ...overrides,
});

/** A profile with only the given signals and a bare track record. */
function bare(overrides: Partial<Profile> = {}): Profile {
  return validProfile({ signals: {}, track_record: {}, due_diligence: {}, ...overrides });
}

describe("evidence worth", () => {
  it("weights a fresh item by its level: verified 1.0, sourced 0.7, claimed 0.25", () => {
    expect(weigh(item({ level: "verified", verified_on: "2026-07-01" }), rubric(), TODAY).worth).toBe(1);
    expect(weigh(item({ level: "sourced" }), rubric(), TODAY).worth).toBe(0.7);
    expect(weigh(item({ level: "claimed" }), rubric(), TODAY).worth).toBe(0.25);
  });

  it("keeps full worth for 24 months, then decays linearly to 30% at 60 months and stays there", () => {
    const decay = rubric().evidence.decay;
    expect(ageFactor(0, decay)).toBe(1);
    expect(ageFactor(24, decay)).toBe(1);
    expect(ageFactor(42, decay)).toBeCloseTo(0.65, 10);
    expect(ageFactor(60, decay)).toBe(0.3);
    expect(ageFactor(200, decay)).toBe(0.3);
    expect(weigh(item({ date: "2016-01-01" }), rubric(), TODAY).worth).toBeCloseTo(0.21, 10);
  });

  it("treats evidence dated after today as fresh, never as worth more", () => {
    expect(weigh(item({ date: "2027-05-01" }), rubric(), TODAY).worth).toBe(0.7);
  });
});

describe("signal scores", () => {
  it("gives every point a reason naming its rubric rule and the evidence it used", () => {
    const card = scoreProfile(bare({ signals: { testing: { coverage_target: 85, evidence: [item({ kind: "repository" })] } } }));
    const testing = card.signals.find((s) => s.id === "testing")!;
    expect(testing.reasons.map((r) => r.rule)).toEqual(["testing.evidence", "testing.public-code", "testing.coverage-target"]);
    expect(testing.reasons[0]).toMatchObject({ points: 2.1, evidence: [{ title: "A delivered system with its tests", level: "sourced", date: "2026-06-01", worth: 0.7 }] });
    expect(testing.score).toBe(4.2); // 2.1 + 1.05 + 1 = 4.15, published to one decimal
    expect(testing.backed).toBe(3.2);
  });

  it("caps self-description at 4 points in a section without sourced or verified evidence", () => {
    const testing = {
      statement: "Every merge is gated on unit, integration and end-to-end tests.",
      frameworks: ["pytest", "hypothesis", "playwright"],
      levels: ["unit", "integration", "end-to-end", "property-based", "contract"],
      coverage_target: 90,
      practices: ["ci-gates", "regression-tests-for-bugs", "test-review", "tdd"],
      evidence: [item({ level: "claimed", url: undefined })],
    };
    const card = scoreProfile(bare({ signals: { testing } }));
    const s = card.signals.find((x) => x.id === "testing")!;
    expect(s.score).toBe(4);
    expect(s.backed).toBe(0);
    const cap = s.reasons.find((r) => r.rule === "limit.claims-cap")!;
    expect(cap.points).toBeLessThan(0);
    expect(cap.text).toMatch(/limited to 4 of/);
    expect(card.warnings.map((w) => w.rule)).toContain("warning.claims-only");
  });

  it("lifts the cap as sourced evidence adds up to the unlock worth of 1.4", () => {
    const facts = { levels: ["unit", "integration", "end-to-end", "property-based", "contract"], coverage_target: 90, practices: ["ci-gates", "regression-tests-for-bugs", "test-review", "tdd"], frameworks: ["pytest"] };
    const one = scoreProfile(bare({ signals: { testing: { ...facts, evidence: [item()] } } })).signals.find((x) => x.id === "testing")!;
    const two = scoreProfile(bare({ signals: { testing: { ...facts, evidence: [item(), item({ title: "Another delivered system" })] } } })).signals.find((x) => x.id === "testing")!;
    // one sourced item (0.7) lifts the limit half-way: 4 + 6 × 0.5 = 7; facts earn 4.5
    expect(one.reasons.find((r) => r.rule === "limit.claims-cap")).toBeUndefined();
    expect(one.score).toBe(2.1 + 4.5);
    expect(two.score).toBe(4.2 + 4.5);
  });

  it("cuts points above 10 with a signal-max reason", () => {
    const evidence = [1, 2, 3].map((n) => item({ title: `Verified case study ${n}`, level: "verified", verified_on: "2026-07-01" }));
    const maintained = { statement: "We run what we build.", longest_maintained_years: 8, systems_in_maintenance: 12, practices: ["dependency-updates", "security-patching", "monitoring"], evidence };
    const card = scoreProfile(bare({ signals: { maintained_systems: maintained } }));
    const s = card.signals.find((x) => x.id === "maintained_systems")!;
    expect(s.score).toBe(10);
    // evidence 6 + longest 2 + in maintenance 1 + practices 1.5 + statement 0.5 = 11
    expect(s.reasons.at(-1)).toMatchObject({ rule: "limit.signal-max", points: -1 });
  });

  it("scores a signal that is left out as 0 with no reasons", () => {
    const card = scoreProfile(bare());
    expect(card.signals.every((s) => s.score === 0 && s.reasons.length === 0)).toBe(true);
    expect(card.delivery.score).toBe(0);
    expect(card.delivery.confidence).toBe("low");
  });

  it("counts case studies anywhere in the profile as track record", () => {
    const card = scoreProfile(bare({ signals: { ai_integration: { evidence: [item({ level: "verified", verified_on: "2026-07-01" })] } } }));
    expect(card.delivery.track_record.reasons[0]).toMatchObject({ rule: "track_record.delivered-work", points: 1.5 });
  });
});

describe("delivery score and confidence", () => {
  it("is the weighted sum of the six signals and the track record, with weights adding up to 100", () => {
    const weights = rubricWeights(rubric());
    expect(Object.values(weights).reduce((a, b) => a + b, 0)).toBe(100);
    const card = scoreProfile(validProfile());
    const scores = Object.fromEntries([...card.signals.map((s) => [s.id, s.score]), ["track_record", card.delivery.track_record.score]]);
    expect(card.delivery.score).toBe(weightedDelivery(scores, weights));
  });

  it("confidence follows the backed share: high from 0.5, medium from 0.25", () => {
    const verified = (title: string) => item({ title, level: "verified", verified_on: "2026-07-01" });
    const backed = scoreProfile(bare({ signals: { testing: { evidence: [verified("One"), verified("Two")] } } }));
    expect(backed.delivery.backed_share).toBe(1);
    expect(backed.delivery.confidence).toBe("high");
    const claimed = scoreProfile(bare({ signals: { testing: { coverage_target: 90, evidence: [item({ level: "claimed" })] } } }));
    expect(claimed.delivery.backed_share).toBe(0);
    expect(claimed.delivery.confidence).toBe("low");
  });
});

describe("weightedDelivery", () => {
  it("adds exactly a section's weight when it scores 10", () => {
    expect(weightedDelivery({ testing: 10 }, { testing: 16, tradeoffs: 84 })).toBe(16);
  });

  it("re-ranks with other weights, normalising them to 100", () => {
    expect(weightedDelivery({ a: 10, b: 0 }, { a: 1, b: 1 })).toBe(50);
    expect(weightedDelivery({ a: 7.3, b: 2.1 }, { a: 3, b: 1 })).toBe(60);
  });

  it("counts a missing or non-finite score as 0 and ignores non-positive weights", () => {
    expect(weightedDelivery({ a: Number.NaN }, { a: 50, b: 50 })).toBe(0);
    expect(weightedDelivery({ a: 10 }, { a: 50, b: 0, c: -5 })).toBe(100);
    expect(weightedDelivery({}, {})).toBe(0);
  });
});

describe("engagement scores", () => {
  it("converts the rate to USD and places its midpoint below, within or above the band", () => {
    const card = scoreProfile(validProfile());
    const [dedicated, augmentation] = card.engagement;
    expect(dedicated).toMatchObject({ model: "dedicated", rate_usd: { min: 9810, max: 14170, per: "month" }, band: { min: 8000, max: 25000, per: "month" }, position: "within" });
    // headquarters DE: onshore band for hourly work
    expect(augmentation).toMatchObject({ model: "staff-augmentation", delivery: "onshore", rate_usd: { min: 104, max: 142, per: "hour" }, band: { min: 100, max: 210 }, position: "within" });
    expect(dedicated!.reasons.map((r) => r.rule)).toEqual([
      "engagement.rate-published",
      "engagement.narrow-range",
      "engagement.band-within",
      "engagement.paid-trial",
      "engagement.minimum-term-stated",
      "engagement.short-minimum-term",
    ]);
    expect(dedicated!.score).toBe(35 + 10 + 15 + 15 + 5 + 10);
  });

  it("picks the offshore band for a headquarters outside the onshore list, unless delivery says otherwise", () => {
    const offshore = scoreProfile(validProfile({ headquarters: { country: "IN" }, engagement_models: [{ model: "staff-augmentation", rate: { currency: "USD", min: 40, max: 60, per: "hour" } }] }));
    expect(offshore.engagement[0]).toMatchObject({ delivery: "offshore", band: { min: 35, max: 90 }, position: "within" });
    const stated = scoreProfile(validProfile({ headquarters: { country: "IN" }, engagement_models: [{ model: "staff-augmentation", delivery: "onshore", rate: { currency: "USD", min: 40, max: 60, per: "hour" } }] }));
    expect(stated.engagement[0]).toMatchObject({ delivery: "onshore", band: { min: 100, max: 210 }, position: "below" });
  });

  it("treats a rate in a currency missing from the table as not comparable, with a warning and no NaN", () => {
    const card = scoreProfile(validProfile({ engagement_models: [{ model: "dedicated", rate: { currency: "XTS", min: 9000, max: 12000, per: "month" } }] }));
    const [e] = card.engagement;
    expect(e!.rate_usd).toBeUndefined();
    expect(e!.position).toBeUndefined();
    expect(e!.band).toMatchObject({ min: 8000, max: 25000 });
    expect(e!.reasons.map((r) => r.rule)).toEqual(["engagement.rate-published", "engagement.narrow-range", "engagement.paid-trial"]);
    expect(card.warnings).toContainEqual({ rule: "warning.unknown-currency", message: expect.stringContaining("XTS") });
    expect(JSON.stringify(card)).not.toMatch(/NaN|null/);
  });

  it("does not compare a rate priced in another unit than its band, and says so", () => {
    const card = scoreProfile(validProfile({ engagement_models: [{ model: "dedicated", rate: { currency: "USD", min: 60, max: 80, per: "hour" } }] }));
    expect(card.engagement[0]!.position).toBeUndefined();
    expect(card.warnings).toContainEqual({ rule: "warning.rate-unit-mismatch", message: expect.stringContaining("per hour") });
  });

  it("scores a model with its rate on request lower than one with a published rate", () => {
    const card = scoreProfile(validProfile({ paid_trial: { offered: false }, engagement_models: [{ model: "project-based", notes: "Priced after a paid discovery week." }, { model: "dedicated", rate: { currency: "USD", min: 9000, max: 12000, per: "month" } }] }));
    expect(card.engagement.map((e) => e.score)).toEqual([10, 60]);
  });
});

describe("warnings", () => {
  it("flags a profile last reviewed more than 365 days ago, and a disclosed paid relationship", () => {
    const card = scoreProfile(validProfile({ last_reviewed: "2025-10-01", disclosure: { submitted_by: "third-party", paid_relationship: true } }));
    expect(card.warnings.slice(0, 2)).toEqual([
      { rule: "warning.stale-profile", message: expect.stringContaining("419 days ago") },
      { rule: "warning.paid-relationship", message: expect.any(String) },
    ]);
  });

  it("flags a section whose evidence is all older than the full-worth horizon", () => {
    const card = scoreProfile(bare({ signals: { tradeoffs: { evidence: [item({ date: "2022-01-10", kind: "article" })] } } }));
    expect(card.warnings).toContainEqual({ rule: "warning.old-evidence", message: "All evidence is more than 24 months old and losing worth for: Trade-off reasoning" });
  });
});

describe("improvements", () => {
  it("lists steps with their exact gain, largest first, and applying one gives that gain", () => {
    const profile = bare({ signals: { testing: { coverage_target: 85, evidence: [item({ level: "claimed" })] } } });
    const card = scoreProfile(profile);
    expect(card.improvements.length).toBe(rubric().improvements.max);
    const points = card.improvements.map((i) => i.points);
    expect([...points].sort((a, b) => b - a)).toEqual(points);
    const source = scoreProfile(bare({ signals: { testing: { coverage_target: 85, evidence: [item({ level: "sourced" })] } } }));
    const step = scoreProfile(profile, "test-profile", TODAY, { ...rubric(), improvements: { ...rubric().improvements, max: 50 } }).improvements.find((i) => i.rule === "improvements.source-claim")!;
    expect(step.text).toMatch(/^Link a public source for “A delivered system with its tests”/);
    expect(step.points).toBeCloseTo(source.delivery.score - card.delivery.score, 5);
  });

  it("suggests nothing for a profile that cannot gain", () => {
    const r = rubric();
    const card = scoreProfile(validProfile(), "x", TODAY, { ...r, improvements: { ...r.improvements, max: 0 } });
    expect(card.improvements).toEqual([]);
  });
});

describe("the scorecard", () => {
  it("matches the published scorecard schema", () => {
    const validate = getValidator("scorecard.schema.json");
    const card = scoreProfile(validProfile(), "example-python-works");
    expect(validate(card), JSON.stringify(validate.errors)).toBe(true);
  });
});
