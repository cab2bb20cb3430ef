/**
 * Realistic synthetic profiles for benchmarks: valid, varied and deterministic (seeded),
 * with ~300-word Markdown bodies. Every profile is fictional and marked so.
 */
import { stringify } from "yaml";
import type { EngagementModel, EvidenceItem, Profile } from "../generated/profile.js";
import { SIGNAL_IDS } from "../profile/evidence-entries.js";

/** mulberry32: a small, fast, seedable PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ["Amber", "Basalt", "Cedar", "Delta", "Ember", "Fjord", "Granite", "Harbor", "Iris", "Juniper", "Kiln", "Lumen", "Meadow", "Nimbus", "Onyx", "Pine", "Quarry", "Rowan", "Sable", "Tundra", "Umber", "Vale", "Willow", "Yarrow", "Zephyr"];
const SECOND = ["Python", "Data", "Code", "Systems", "Labs", "Works", "Engineering", "Software", "Analytics", "Pipelines"];
const SUFFIX = ["", " Studio", " Collective", " & Co", " Group", " Partners"];
const PLACES: Array<[string, string, string, string]> = [
  ["DE", "Berlin", "Europe/Berlin", "EUR"], ["PL", "Kraków", "Europe/Warsaw", "PLN"], ["US", "Austin", "America/Chicago", "USD"], ["GB", "Leeds", "Europe/London", "GBP"],
  ["IN", "Pune", "Asia/Kolkata", "INR"], ["BR", "Recife", "America/Recife", "BRL"], ["UA", "Lviv", "Europe/Kyiv", "USD"], ["PT", "Braga", "Europe/Lisbon", "EUR"],
  ["CA", "Halifax", "America/Halifax", "CAD"], ["VN", "Da Nang", "Asia/Ho_Chi_Minh", "USD"], ["NL", "Utrecht", "Europe/Amsterdam", "EUR"], ["AR", "Rosario", "America/Argentina/Cordoba", "USD"],
];
const ONSHORE = new Set(["DE", "US", "GB", "PT", "CA", "NL"]);
const SERVICES = ["web-api", "web-apps", "data-pipelines", "data-platforms", "analytics", "llm-integration", "rag", "agents", "mlops", "machine-learning", "automation", "legacy-modernisation", "devops"];
const STACK = ["django", "fastapi", "flask", "pydantic", "sqlalchemy", "celery", "pytest", "hypothesis", "mypy", "ruff", "uv", "poetry", "pandas", "polars", "airflow", "dagster", "postgresql", "redis", "kafka", "langgraph", "llamaindex", "pgvector", "qdrant", "mlflow", "docker", "kubernetes", "terraform", "aws", "gcp", "github-actions", "sentry", "opentelemetry"];
const INDUSTRIES = ["fintech", "insurance", "healthcare", "logistics", "retail", "media", "education", "energy", "manufacturing", "public-sector", "saas"];
const KINDS = ["case-study", "reference", "repository", "talk", "article", "package", "client-review"];
const LEVELS = ["claimed", "sourced", "verified"] as const;
const PRACTICES: Record<string, [string, string[]]> = {
  business_discovery: ["practices", ["discovery-workshop", "success-metrics-upfront", "user-research", "stakeholder-interviews", "written-problem-statement", "prototype-validation"]],
  maintained_systems: ["practices", ["dependency-updates", "on-call", "runbooks", "slas", "postmortems", "monitoring", "handover-docs"]],
  testing: ["practices", ["ci-gates", "tdd", "coverage-reporting", "mutation-testing", "test-review", "regression-tests-for-bugs"]],
  tradeoffs: ["practices", ["architecture-decision-records", "written-options-analysis", "spikes", "cost-estimates", "design-reviews"]],
  modern_python: ["practices", ["type-hints", "strict-typing", "pydantic", "async-io", "uv", "lockfiles", "structured-logging", "error-handling", "linting", "ci-cd"]],
  ai_integration: ["capabilities", ["llm-apis", "streaming", "rag", "vector-databases", "ml-pipelines", "agents", "evaluation", "experiment-tracking"]],
};
const SENTENCES = [
  "The team starts every engagement with a short discovery phase that pins down users, constraints and what success looks like.",
  "Most of the work is long-running product development for clients who keep the same engineers for years.",
  "Services are written in typed Python with Pydantic at the boundaries and pytest suites that run on every merge.",
  "Data pipelines are built to be rerun safely, with idempotent steps, clear ownership and alerts that reach a person.",
  "When a choice between frameworks matters, the trade-offs are written down with their running costs before any code is written.",
  "Hand-over documentation, runbooks and a recorded walkthrough are part of every delivery, not an extra.",
  "The engineers pair with client developers so that the knowledge stays in the client's team after the engagement ends.",
  "LLM features ship behind evaluation suites, with streaming responses, retrieval over the client's own documents and cost limits.",
  "Estimates come as ranges with the assumptions attached, and they are revisited openly when the assumptions change.",
  "Dependency updates run weekly, and security patches are applied within days rather than at the next release.",
  "References from past clients are available on request, and a short paid trial on a real backlog item is the usual start.",
  "The firm prefers boring, well-understood technology unless a client's problem clearly needs something else.",
];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}
function sample<T>(rand: () => number, list: readonly T[], min: number, max: number): T[] {
  const n = min + Math.floor(rand() * (max - min + 1));
  const copy = [...list];
  const out: T[] = [];
  while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(rand() * copy.length), 1)[0]!);
  return out;
}
function date(rand: () => number, fromYear: number, toYear: number): string {
  const y = fromYear + Math.floor(rand() * (toYear - fromYear + 1));
  const m = 1 + Math.floor(rand() * (y === 2026 ? 10 : 12));
  const d = 1 + Math.floor(rand() * 28);
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export interface SyntheticProfile {
  slug: string;
  data: Profile;
  body: string;
  text: string;
}

export function syntheticProfile(index: number, seed = 2026): SyntheticProfile {
  const rand = prng(seed * 100_003 + index);
  const name = `${pick(rand, FIRST)} ${pick(rand, SECOND)}${pick(rand, SUFFIX)} ${index + 1}`;
  const slug = `synthetic-${index + 1}`;
  const [country, city, timezone, currency] = pick(rand, PLACES);
  const kind = rand() < 0.7 ? "firm" : "freelancer";
  const onshore = ONSHORE.has(country);
  const fx: Record<string, number> = { USD: 1, EUR: 1.09, GBP: 1.28, PLN: 0.25, INR: 0.0118, BRL: 0.18, CAD: 0.73 };
  const local = (usd: number) => Math.round(usd / fx[currency]!);
  const models: EngagementModel[] = [];
  if (rand() < 0.6) models.push({ model: "dedicated", rate: { currency, min: local(onshore ? 11000 : 6000), max: local(onshore ? 19000 : 11000), per: "month" }, minimum_term_months: pick(rand, [1, 3, 6]) });
  if (rand() < 0.5) models.push({ model: "project-based", rate: { currency, min: local(25000 + Math.floor(rand() * 20000)), max: local(60000 + Math.floor(rand() * 80000)), per: "project" } });
  if (models.length === 0 || rand() < 0.6) models.push({ model: "staff-augmentation", rate: { currency, min: local(onshore ? 95 : 35), max: local(onshore ? 170 : 80), per: "hour" }, delivery: onshore ? "onshore" : "offshore" });
  const signals: Profile["signals"] = {};
  for (const id of SIGNAL_IDS) {
    if (rand() < 0.25) continue;
    const [field, terms] = PRACTICES[id]!;
    const evidence: EvidenceItem[] = sample(rand, [0, 1, 2, 3], 0, 3).map((i) => {
      const level = pick(rand, LEVELS);
      const d = date(rand, 2020, 2026);
      const item: EvidenceItem = { kind: pick(rand, KINDS), title: `${id.replace(/_/g, " ")} evidence ${i + 1} for ${name}`, date: d, level };
      if (level !== "claimed") item.url = `https://${slug}.example/evidence/${id}/${i}`;
      if (level === "verified") item.verified_on = "2026-11-01";
      return item;
    });
    signals[id] = { [field]: sample(rand, terms, 1, 4), evidence } as never;
  }
  const data: Profile = {
    name,
    kind,
    fictional: true,
    website: `https://${slug}.example`,
    summary: `Fictional ${kind} in ${city} building ${pick(rand, ["APIs", "data pipelines", "LLM features", "internal tools"])} in Python for ${pick(rand, ["startups", "mid-sized firms", "enterprises"])}.`,
    headquarters: { country, city },
    timezones: [timezone],
    founded: 2005 + Math.floor(rand() * 20),
    team_size: kind === "freelancer" ? 1 : 3 + Math.floor(rand() * 120),
    languages: ["en"],
    services: sample(rand, SERVICES, 1, 5),
    stack: sample(rand, STACK, 3, 12),
    industries: sample(rand, INDUSTRIES, 0, 4),
    engagement_models: models,
    paid_trial: rand() < 0.5 ? { offered: true, weeks: pick(rand, [1, 2]) } : { offered: false },
    signals,
    track_record: { projects_delivered: Math.floor(rand() * 200), on_time_rate: Math.round(rand() * 100) / 100, references: rand() < 0.5 ? [{ role: "CTO", organisation: "a fictional client", contactable: rand() < 0.6 }] : [] },
    disclosure: { submitted_by: pick(rand, ["self", "third-party", "maintainer"] as const), paid_relationship: false },
    last_reviewed: rand() < 0.9 ? date(rand, 2026, 2026) : date(rand, 2024, 2025),
  };
  const paragraphs: string[] = [`${name} is a fictional ${kind} generated for benchmarks.`];
  for (let p = 0; p < 3; p++) paragraphs.push(sample(rand, SENTENCES, 4, 5).join(" "));
  const body = `## About ${name}\n\n${paragraphs.join("\n\n")}\n\n## How they work\n\n- ${sample(rand, SENTENCES, 3, 3).join("\n- ")}\n`;
  return { slug, data, body, text: `---\n${stringify(data)}---\n${body}` };
}
