/**
 * Property tests on random profiles: the scorer stays in range, is monotone in evidence,
 * loses all confidence without evidence, and does not care about evidence order.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EvidenceItem, Profile } from "../../src/generated/profile.js";
import type { Scorecard } from "../../src/generated/scorecard.js";
import { SIGNAL_IDS } from "../../src/profile/evidence-entries.js";
import { syntheticProfile } from "../../src/bench/synthetic.js";
import { scoreCore } from "../../src/score/index.js";
import { suggestImprovements } from "../../src/score/improvements.js";
import { fillTemplate } from "../../src/score/templates.js";
import { getValidator } from "../../src/validate/ajv.js";
import { referenceData } from "../helpers.js";
import { market, rubric, sampleProfiles, scoreProfile, TODAY } from "./setup.js";

const RUNS = { numRuns: 120 };
const ref = referenceData();
const terms = (vocabulary: string) => [...(ref.tables.get(vocabulary)?.keys() ?? [])];
const SECTIONS = [...SIGNAL_IDS, "track_record"] as const;
type SectionKey = (typeof SECTIONS)[number];

const START = Date.parse("2014-01-01T00:00:00Z");
const END = Date.parse(`${TODAY}T00:00:00Z`);
const dateArb = fc.integer({ min: 0, max: Math.round((END - START) / 86_400_000) }).map((d) => new Date(START + d * 86_400_000).toISOString().slice(0, 10));

const evidenceArb: fc.Arbitrary<EvidenceItem> = fc
  .record({
    kind: fc.constantFrom(...terms("evidence_kinds")),
    title: fc.constantFrom("Case study of a claims pipeline", "Reference from a logistics CTO", "Public repository with CI", "Talk on choosing Postgres", "Review on an independent site", "Audit of an LLM gateway"),
    n: fc.nat({ max: 999 }),
    date: dateArb,
    level: fc.constantFrom("claimed", "sourced", "verified") as fc.Arbitrary<EvidenceItem["level"]>,
  })
  .map(({ n, ...e }) => ({ ...e, title: `${e.title} #${n}`, url: `https://evidence.example/${n}`, ...(e.level === "verified" ? { verified_on: e.date } : {}) }));

const evidenceList = fc.array(evidenceArb, { maxLength: 5 });
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const statement = opt(fc.constant("In our own words, how we work for this signal."));

const signalsArb = fc.record(
  {
    business_discovery: fc.record({ statement, practices: fc.subarray(terms("discovery_practices")), evidence: evidenceList }),
    maintained_systems: fc.record({
      statement,
      longest_maintained_years: opt(fc.integer({ min: 0, max: 40 }).map((h) => h / 2)),
      systems_in_maintenance: opt(fc.integer({ min: 0, max: 30 })),
      practices: fc.subarray(terms("maintenance_practices")),
      evidence: evidenceList,
    }),
    testing: fc.record({
      statement,
      frameworks: fc.subarray(["pytest", "hypothesis", "playwright", "locust", "mypy"]),
      levels: fc.subarray(terms("testing_levels")),
      coverage_target: opt(fc.integer({ min: 0, max: 100 })),
      practices: fc.subarray(terms("testing_practices")),
      evidence: evidenceList,
    }),
    tradeoffs: fc.record({ statement, practices: fc.subarray(terms("tradeoff_practices")), evidence: evidenceList }),
    modern_python: fc.record({ statement, practices: fc.subarray(terms("modern_python_practices")), python_versions: fc.subarray(["3.9", "3.10", "3.11", "3.12", "3.13", "3.14"]), evidence: evidenceList }),
    ai_integration: fc.record({ statement, capabilities: fc.subarray(terms("ai_capabilities")), frameworks: fc.subarray(["langgraph", "mlflow", "pgvector", "openai-api", "pytorch"]), evidence: evidenceList }),
  },
  { requiredKeys: [] },
);

const rateArb = fc.record({
  currency: fc.constantFrom("USD", "EUR", "GBP", "INR", "PLN", "XTS"),
  a: fc.double({ min: 1, max: 400_000, noNaN: true }),
  b: fc.double({ min: 1, max: 400_000, noNaN: true }),
  per: fc.constantFrom("hour", "month", "project") as fc.Arbitrary<"hour" | "month" | "project">,
});

const engagementArb = fc
  .subarray(["dedicated", "project-based", "staff-augmentation"] as const, { minLength: 1 })
  .chain((models) =>
    fc.tuple(
      ...models.map((model) =>
        fc.record({ rate: opt(rateArb), delivery: opt(fc.constantFrom("offshore", "onshore") as fc.Arbitrary<"offshore" | "onshore">), minimum_term_months: opt(fc.integer({ min: 0, max: 24 })), notes: opt(fc.constant("Notice period one month.")) }).map((m) => ({
          model,
          ...(m.rate ? { rate: { currency: m.rate.currency, min: Math.min(m.rate.a, m.rate.b), max: Math.max(m.rate.a, m.rate.b), per: m.rate.per } } : {}),
          delivery: m.delivery,
          minimum_term_months: m.minimum_term_months,
          notes: m.notes,
        })),
      ),
    ),
  );

const profileArb: fc.Arbitrary<Profile> = fc
  .record({
    kind: fc.constantFrom("firm", "freelancer") as fc.Arbitrary<"firm" | "freelancer">,
    country: fc.constantFrom("US", "DE", "IN", "BR", "PL", "NG", "GB"),
    engagement_models: engagementArb,
    paid_trial: fc.oneof(fc.constant({ offered: false }), fc.record({ offered: fc.constant(true), weeks: opt(fc.integer({ min: 1, max: 12 })) })),
    due_diligence: fc.record({ technical_screen: fc.boolean(), exercise: fc.boolean(), contactable_references: fc.boolean(), code_samples: fc.boolean() }, { requiredKeys: [] }),
    signals: signalsArb,
    track_record: fc.record(
      {
        projects_delivered: fc.integer({ min: 0, max: 200 }),
        on_time_rate: fc.double({ min: 0, max: 1, noNaN: true }),
        repeat_client_rate: fc.double({ min: 0, max: 1, noNaN: true }),
        references: fc.array(fc.record({ role: fc.constant("CTO"), organisation: fc.constant("a client"), contactable: fc.boolean() }), { maxLength: 5 }),
        evidence: evidenceList,
      },
      { requiredKeys: [] },
    ),
    last_reviewed: dateArb,
    paid_relationship: fc.boolean(),
  })
  .map((p) =>
    // JSON round trip: drop undefined optional fields, as a parsed profile would not have them.
    JSON.parse(
      JSON.stringify({
        name: "Random Python Works",
        kind: p.kind,
        website: "https://random.example",
        summary: "A randomly generated profile used by the property tests.",
        headquarters: { country: p.country },
        services: ["web-api"],
        stack: ["django"],
        engagement_models: p.engagement_models,
        paid_trial: p.paid_trial,
        due_diligence: p.due_diligence,
        signals: p.signals,
        track_record: p.track_record,
        disclosure: { submitted_by: "self", paid_relationship: p.paid_relationship },
        last_reviewed: p.last_reviewed,
      }),
    ) as Profile,
  );

function evidenceListOf(profile: Profile, section: SectionKey): EvidenceItem[] | undefined {
  return section === "track_record" ? profile.track_record.evidence : profile.signals[section]?.evidence;
}

function allEvidence(profile: Profile): EvidenceItem[] {
  return SECTIONS.flatMap((s) => evidenceListOf(profile, s) ?? []);
}

function withEvidence(profile: Profile, section: SectionKey, item: EvidenceItem): Profile {
  const copy = structuredClone(profile);
  if (section === "track_record") copy.track_record.evidence = [...(copy.track_record.evidence ?? []), item];
  else copy.signals[section] = { ...(copy.signals[section] ?? {}), evidence: [...(copy.signals[section]?.evidence ?? []), item] };
  return copy;
}

/** Every section score and the delivery score of `after` is at least that of `before`. */
function expectNoLower(before: Scorecard, after: Scorecard): void {
  expect(after.delivery.score).toBeGreaterThanOrEqual(before.delivery.score);
  expect(after.delivery.track_record.score).toBeGreaterThanOrEqual(before.delivery.track_record.score);
  before.signals.forEach((s, i) => expect(after.signals[i]!.score, s.id).toBeGreaterThanOrEqual(s.score));
}

function numbersIn(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(numbersIn);
  return [];
}

describe("the scorer on random profiles", () => {
  it("keeps every score in range, every number finite and every scorecard schema-valid", () => {
    const validate = getValidator("scorecard.schema.json");
    fc.assert(
      fc.property(profileArb, (profile) => {
        const card = scoreProfile(profile);
        expect(validate(card), JSON.stringify(validate.errors)).toBe(true);
        expect(numbersIn(card).every(Number.isFinite)).toBe(true);
        expect(card.delivery.score).toBeGreaterThanOrEqual(0);
        expect(card.delivery.score).toBeLessThanOrEqual(100);
        for (const s of [...card.signals, card.delivery.track_record]) {
          expect(s.score).toBeGreaterThanOrEqual(0);
          expect(s.score).toBeLessThanOrEqual(10);
          expect(s.backed).toBeLessThanOrEqual(s.score);
        }
        for (const e of card.engagement) {
          expect(e.score).toBeGreaterThanOrEqual(0);
          expect(e.score).toBeLessThanOrEqual(100);
        }
      }),
      RUNS,
    );
  });

  it("never lowers a score when evidence is added to any section", () => {
    fc.assert(
      fc.property(profileArb, fc.constantFrom(...SECTIONS), evidenceArb, (profile, section, item) => {
        expectNoLower(scoreProfile(profile), scoreProfile(withEvidence(profile, section, item)));
      }),
      RUNS,
    );
  });

  it("never lowers a score when an evidence item's level is raised", () => {
    const withSomeEvidence = profileArb.filter((p) => allEvidence(p).some((e) => e.level !== "verified"));
    fc.assert(
      fc.property(withSomeEvidence, fc.nat(), (profile, pick) => {
        const copy = structuredClone(profile);
        const raisable = allEvidence(copy).filter((e) => e.level !== "verified");
        const item = raisable[pick % raisable.length]!;
        if (item.level === "claimed") {
          item.level = "sourced";
          item.url ??= "https://evidence.example/raised";
        } else {
          item.level = "verified";
          item.verified_on = item.date;
        }
        expectNoLower(scoreProfile(profile), scoreProfile(copy));
      }),
      RUNS,
    );
  });

  it("drops confidence to low, with nothing backed, when all evidence is removed", () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        const copy = structuredClone(profile);
        for (const s of SECTIONS) {
          const list = evidenceListOf(copy, s);
          if (list) list.length = 0;
        }
        const card = scoreProfile(copy);
        expect(card.delivery.confidence).toBe("low");
        expect(card.delivery.backed_share).toBe(0);
        expect([...card.signals, card.delivery.track_record].every((s) => s.backed === 0)).toBe(true);
      }),
      RUNS,
    );
  });

  it("cannot reach more than 40 on self-description alone (every item claimed)", () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        const copy = structuredClone(profile);
        for (const item of allEvidence(copy)) {
          item.level = "claimed";
          delete item.verified_on;
        }
        const card = scoreProfile(copy);
        expect(card.delivery.score).toBeLessThanOrEqual(40);
        for (const s of [...card.signals, card.delivery.track_record]) expect(s.score).toBeLessThanOrEqual(4);
      }),
      RUNS,
    );
  });

  it("gives the same scorecard whatever order the evidence is listed in", () => {
    fc.assert(
      fc.property(profileArb, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 40, maxLength: 40 }), (profile, keys) => {
        const shuffled = structuredClone(profile);
        let k = 0;
        for (const s of SECTIONS) {
          const list = evidenceListOf(shuffled, s);
          if (!list) continue;
          const keyed = list.map((item) => ({ item, key: keys[k++ % keys.length]! }));
          keyed.sort((a, b) => a.key - b.key);
          list.splice(0, list.length, ...keyed.map((x) => x.item));
        }
        expect(scoreProfile(shuffled)).toEqual(scoreProfile(profile));
      }),
      RUNS,
    );
  });
});

describe("filling a template", () => {
  it("gives what replacing each {placeholder} by its value, or leaving it, gives", () => {
    const piece = fc.constantFrom("{", "}", "a", "b", "_", "-", " ", "“", "{a}", "{b_c}", "{missing}", "{A}", "{}", "{{a}}");
    const text = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(""));
    const values = fc.dictionary(fc.constantFrom("a", "b_c", "x"), fc.constantFrom("", "1", "{a}", "$&", "v w"));
    fc.assert(
      fc.property(text, values, (template, vals) => {
        const expected = template.replace(/\{([a-z_]+)\}/g, (whole, name: string) => vals[name] ?? whole);
        // Twice: the second fill reuses what the first compiled.
        expect(fillTemplate(template, vals)).toBe(expected);
        expect(fillTemplate(template, vals)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe("improvement estimates", () => {
  /** The default (delta) estimates, the "affected" ones and the slow reference that scores a deep copy of the whole modified profile. */
  const threeWays = (data: Profile, r = rubric()) => {
    const input = { slug: "p", data };
    const core = scoreCore(input, r, market(), TODAY);
    const before = JSON.stringify(data);
    const fast = suggestImprovements(input, core, r, market(), TODAY);
    const affected = suggestImprovements(input, core, r, market(), TODAY, { rescore: "affected" });
    expect(JSON.stringify(data), "the profile is left as it was").toBe(before);
    return { fast, affected, all: suggestImprovements(input, core, r, market(), TODAY, { rescore: "all" }) };
  };
  const expectSame = (data: Profile, r = rubric()) => {
    const { fast, affected, all } = threeWays(data, r);
    expect(fast).toEqual(all);
    expect(affected).toEqual(all);
  };
  /** Every step listed, so that every estimate is compared and not only the five best. */
  const everyStep = (): ReturnType<typeof rubric> => ({ ...rubric(), improvements: { ...rubric().improvements, max: 1000 } });

  it("are the same worked out from the scored sections, scored again where affected, and scored on the whole modified profile (random profiles)", () => {
    fc.assert(
      fc.property(profileArb, (profile) => expectSame(profile)),
      RUNS,
    );
  });

  it("are the same all three ways for every step, not only the listed ones (random profiles)", () => {
    const r = everyStep();
    fc.assert(
      fc.property(profileArb, (profile) => expectSame(profile, r)),
      RUNS,
    );
  });

  it("are the same all three ways when rules read around what a step writes (parent records, whole subtrees, evidence lists)", () => {
    // A rule on one flag of due_diligence (whose record the flags rule reads), one on all of
    // `signals` and one counting track-record evidence items: the delta path must take the
    // first and hand the steps under the other two to the copying path. And a signal the
    // profile-wide evidence does not include (not one of SIGNAL_IDS).
    const base = everyStep();
    const extra = {
      label: "Extra signal",
      weight: 5,
      explanation: "A signal outside the six, for this test.",
      rules: [
        { id: "extra.evidence", type: "evidence", per_item: 2, max: 4, suggest_kind: "case-study", text: "{items}", improve: "Add a {kind} to {section}" },
        { id: "extra.practices", type: "terms", fact: "practices", max: 1, terms: { "ci-gates": 0.5, tdd: 0.5 }, text: "{terms}", improve: "List `{term}` in {section}" },
      ],
    };
    const r = {
      ...base,
      signals: { ...base.signals, extra },
      track_record: {
        ...base.track_record,
        rules: [
          ...base.track_record.rules,
          { id: "track_record.exercise", type: "present", fact: "due_diligence/exercise", points: 0.25, text: "Exercise", improve: "Offer an exercise in {section}" },
          { id: "track_record.any-signal", type: "present", fact: "signals", points: 0.25, text: "Signals described" },
          { id: "track_record.items", type: "count", fact: "track_record/evidence", where: {}, per_item: 0.25, max: 1, text: "{count} items" },
        ],
      },
    } as ReturnType<typeof rubric>;
    fc.assert(
      fc.property(profileArb, (profile) => expectSame(profile, r)),
      RUNS,
    );
  });

  it("are the same all three ways for the samples and 200 synthetic profiles", () => {
    const r = everyStep();
    const profiles = [...sampleProfiles().map((p) => p.data), ...Array.from({ length: 200 }, (_, i) => syntheticProfile(i, 7).data)];
    for (const data of profiles) {
      expectSame(data);
      expectSame(data, r);
    }
  });
});
