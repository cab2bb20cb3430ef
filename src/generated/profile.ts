/* eslint-disable */
/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: schemas/profile.schema.json. Regenerate with `npm run types`.
 */

/**
 * Optional pointer to this schema, for editor completion. Ignored by Shortlist.
 */
export type SchemaReference = string;
/**
 * The firm's trading name or the freelancer's professional name, as a buyer would search for it.
 */
export type Name = string;
/**
 * Whether this is a firm (two or more people who sell as one) or a single freelancer.
 */
export type Kind = "firm" | "freelancer";
/**
 * True for invented sample profiles. The site labels them as fictional. Real profiles leave this out.
 */
export type Fictional = boolean;
/**
 * The public website, https only.
 */
export type Website = string;
/**
 * One or two plain sentences a buyer reads in the directory: who they are and what they deliver best. No marketing superlatives.
 */
export type Summary = string;
/**
 * ISO 3166-1 alpha-2 country code in capitals, e.g. DE, US, IN.
 */
export type Country = string;
/**
 * City name in English.
 */
export type City = string;
/**
 * A term from one of the controlled vocabularies in content/reference/vocabularies.yaml (lower-case kebab-case ids); the x-vocabulary annotation names which one.
 */
export type VocabularyTerm = string;
/**
 * Buyer regions they regularly work with.
 */
export type RegionsServed = VocabularyTerm[];
/**
 * An IANA time zone name.
 */
export type TimeZone = string;
/**
 * IANA time zones the team works in, e.g. Europe/Berlin. Buyers use them to judge overlap.
 *
 * @maxItems 20
 */
export type TimeZones = TimeZone[];
/**
 * Year the firm was founded or the freelancer started working independently.
 */
export type Founded = number;
/**
 * People who deliver client work (engineers, designers, QA, delivery leads). 1 for a freelancer.
 */
export type TeamSize = number;
/**
 * ISO 639-1 two-letter language code in lower case.
 */
export type Language = string;
/**
 * ISO 639-1 codes of the languages the team works in with clients, e.g. en, de.
 */
export type WorkingLanguages = Language[];
/**
 * A term from one of the controlled vocabularies in content/reference/vocabularies.yaml (lower-case kebab-case ids); the x-vocabulary annotation names which one.
 */
export type VocabularyTerm1 = string;
/**
 * What they build, from the services vocabulary.
 *
 * @minItems 1
 * @maxItems 20
 */
export type Services = VocabularyTerm1[];
/**
 * A term from one of the controlled vocabularies in content/reference/vocabularies.yaml (lower-case kebab-case ids); the x-vocabulary annotation names which one.
 */
export type VocabularyTerm2 = string;
/**
 * Python frameworks, libraries and infrastructure they use in production, from the stack vocabulary.
 *
 * @minItems 1
 * @maxItems 60
 */
export type Stack = VocabularyTerm2[];
/**
 * A term from one of the controlled vocabularies in content/reference/vocabularies.yaml (lower-case kebab-case ids); the x-vocabulary annotation names which one.
 */
export type VocabularyTerm3 = string;
/**
 * Industries they have delivered for, from the industries vocabulary.
 *
 * @maxItems 20
 */
export type Industries = VocabularyTerm3[];
/**
 * startup, smb (small and medium business), mid-market or enterprise.
 */
export type ClientSize = "startup" | "smb" | "mid-market" | "enterprise";
/**
 * Sizes of client they usually serve.
 */
export type ClientSizes = ClientSize[];
/**
 * Smallest engagement they accept, in US dollars. 0 when there is none.
 */
export type MinimumProjectUSD = number;
/**
 * Name of the certification or partner status.
 */
export type Certification = string;
/**
 * Certifications or partner programmes a buyer can check, e.g. ISO 27001, AWS Advanced Partner.
 *
 * @maxItems 20
 */
export type Certifications = Certification[];
/**
 * dedicated (developers embedded in your team, priced per month), project-based (fixed scope, priced per project) or staff-augmentation (extra depth for your team, priced per hour).
 */
export type Model = "dedicated" | "project-based" | "staff-augmentation";
/**
 * ISO 4217 code of a currency in content/reference/currencies.yaml, e.g. USD, EUR.
 */
export type Currency = string;
/**
 * Lowest price in the range.
 */
export type Minimum = number;
/**
 * Highest price in the range; equal to min for a single price.
 */
export type Maximum = number;
/**
 * hour (staff-augmentation), month per developer (dedicated) or project (project-based).
 */
export type Per = "hour" | "month" | "project";
/**
 * Where the engineers work from, which picks the market band for hourly work: offshore, or onshore (US or Europe). Defaults from the headquarters country.
 */
export type DeliveryLocation = "offshore" | "onshore";
/**
 * Shortest commitment for this model, in months; 0 for none.
 */
export type MinimumTermMonths = number;
/**
 * Terms a buyer should know: what is included, notice period, how scope changes are priced.
 */
export type Notes = string;
/**
 * How they can be hired, each model at most once, with published rates where they have them.
 *
 * @minItems 1
 * @maxItems 3
 */
export type EngagementModels = EngagementModel[];
/**
 * True when a paid trial is offered to new clients.
 */
export type Offered = boolean;
/**
 * Typical length of the trial in weeks. Only with offered: true.
 */
export type Weeks = number;
/**
 * Buyers may interview the engineers who would do the work.
 */
export type TechnicalScreen = boolean;
/**
 * Engineers take part in a realistic problem-solving exercise set by the buyer.
 */
export type ProblemSolvingExercise = boolean;
/**
 * References are put in touch with the buyer on request.
 */
export type ContactableReferences = boolean;
/**
 * Code samples or repositories are shared on request.
 */
export type CodeSamples = boolean;
/**
 * In their own words, one short paragraph on how they work for this signal. Counts as a claim, never as evidence.
 */
export type Statement = string;
/**
 * A term from one of the controlled vocabularies in content/reference/vocabularies.yaml (lower-case kebab-case ids); the x-vocabulary annotation names which one.
 */
export type VocabularyTerm4 = string;
/**
 * How they run discovery, from the discovery_practices vocabulary.
 */
export type DiscoveryPractices = VocabularyTerm4[];
/**
 * One piece of evidence. sourced and verified items need a URL; verified items also need verified_on.
 */
export type EvidenceItem = Evidence1;
/**
 * What sort of evidence this is, from the evidence_kinds vocabulary.
 */
export type Kind1 = string;
/**
 * What the evidence shows, in one line.
 */
export type Title = string;
/**
 * Where a buyer can read or check it (https).
 */
export type URL = string;
/**
 * When the evidence was published or the work it describes was finished (YYYY-MM-DD).
 */
export type Date = string;
/**
 * claimed (their word only), sourced (a public source a buyer can read) or verified (a maintainer checked it).
 */
export type Level = "claimed" | "sourced" | "verified";
/**
 * Date a maintainer verified the item (YYYY-MM-DD). Required with level: verified.
 */
export type VerifiedOn = string;
/**
 * GitHub handle of the maintainer who verified it.
 */
export type VerifiedBy = string;
/**
 * Items that back the claims: case studies, references, repositories, talks, articles.
 *
 * @maxItems 30
 */
export type Evidence = EvidenceItem[];
/**
 * Years they have maintained their longest-running client system.
 */
export type LongestMaintainedYears = number;
/**
 * Client systems they maintain today.
 */
export type SystemsInMaintenance = number;
/**
 * A term from one of the controlled vocabularies in content/reference/vocabularies.yaml (lower-case kebab-case ids); the x-vocabulary annotation names which one.
 */
export type VocabularyTerm5 = string;
/**
 * How they keep systems healthy, from the maintenance_practices vocabulary.
 */
export type MaintenancePractices = VocabularyTerm5[];
/**
 * A term from one of the controlled vocabularies in content/reference/vocabularies.yaml (lower-case kebab-case ids); the x-vocabulary annotation names which one.
 */
export type VocabularyTerm6 = string;
/**
 * Test tools they use, from the stack vocabulary (e.g. pytest, hypothesis).
 */
export type TestFrameworks = VocabularyTerm6[];
/**
 * A term from one of the controlled vocabularies in content/reference/vocabularies.yaml (lower-case kebab-case ids); the x-vocabulary annotation names which one.
 */
export type VocabularyTerm7 = string;
/**
 * Kinds of automated test they write, from the testing_levels vocabulary.
 */
export type TestLevels = VocabularyTerm7[];
/**
 * Line or branch coverage they aim for, in percent.
 */
export type CoverageTarget = number;
/**
 * A term from one of the controlled vocabularies in content/reference/vocabularies.yaml (lower-case kebab-case ids); the x-vocabulary annotation names which one.
 */
export type VocabularyTerm8 = string;
/**
 * From the testing_practices vocabulary, e.g. ci-gates, tdd.
 */
export type TestingPractices = VocabularyTerm8[];
/**
 * A term from one of the controlled vocabularies in content/reference/vocabularies.yaml (lower-case kebab-case ids); the x-vocabulary annotation names which one.
 */
export type VocabularyTerm9 = string;
/**
 * How they make and record decisions, from the tradeoff_practices vocabulary.
 */
export type TradeOffPractices = VocabularyTerm9[];
/**
 * A term from one of the controlled vocabularies in content/reference/vocabularies.yaml (lower-case kebab-case ids); the x-vocabulary annotation names which one.
 */
export type VocabularyTerm10 = string;
/**
 * From the modern_python_practices vocabulary.
 */
export type ModernPythonPractices = VocabularyTerm10[];
/**
 * major.minor, as a quoted string.
 */
export type PythonVersion = string;
/**
 * Python versions they run in production, e.g. "3.12". Quote them in YAML.
 */
export type PythonVersions = PythonVersion[];
/**
 * A term from one of the controlled vocabularies in content/reference/vocabularies.yaml (lower-case kebab-case ids); the x-vocabulary annotation names which one.
 */
export type VocabularyTerm11 = string;
/**
 * From the ai_capabilities vocabulary.
 */
export type AICapabilities = VocabularyTerm11[];
/**
 * A term from one of the controlled vocabularies in content/reference/vocabularies.yaml (lower-case kebab-case ids); the x-vocabulary annotation names which one.
 */
export type VocabularyTerm12 = string;
/**
 * AI and ML frameworks they use in production, from the stack vocabulary (e.g. langgraph, mlflow).
 */
export type AIFrameworks = VocabularyTerm12[];
/**
 * Client projects delivered to production.
 */
export type ProjectsDelivered = number;
/**
 * Share of projects delivered on the agreed date, from 0 to 1.
 */
export type OnTimeRate = number;
/**
 * Share of clients who hired them again, from 0 to 1.
 */
export type RepeatClientRate = number;
/**
 * The referee's role, e.g. CTO, Head of Data.
 */
export type Role = string;
/**
 * The client organisation, or a description such as "a Series B fintech".
 */
export type Organisation = string;
/**
 * True when a buyer can be put in touch with this referee.
 */
export type Contactable = boolean;
/**
 * How long the client has worked with them.
 */
export type YearsWorkingTogether = number;
/**
 * Clients who will talk about working with them. Do not publish personal names.
 *
 * @maxItems 50
 */
export type References = Reference[];
/**
 * Who submitted the profile and any relationship with Shortlist that a buyer should know about.
 */
export type Disclosure = {
  submitted_by: SubmittedBy;
  paid_relationship: PaidRelationship;
  notes?: Notes1;
};
/**
 * self (the firm or freelancer), third-party (a client or anyone else) or maintainer.
 */
export type SubmittedBy = "self" | "third-party" | "maintainer";
/**
 * True when money changes hands between the profile's subject and the submitter or Shortlist maintainers.
 */
export type PaidRelationship = boolean;
/**
 * Anything else a buyer should know about how this profile came to be. Required when paid_relationship is true: say who pays whom and for what.
 */
export type Notes1 = string;
/**
 * Date (YYYY-MM-DD) a maintainer last checked the profile against its sources.
 */
export type LastReviewed = string;

/**
 * The frontmatter of one Shortlist profile: a Python development firm or freelancer, its engagement models and rates, and evidence for the six delivery signals. Lives in content/profiles/<slug>.md.
 */
export interface Profile {
  $schema?: SchemaReference;
  name: Name;
  kind: Kind;
  fictional?: Fictional;
  website: Website;
  summary: Summary;
  headquarters: Headquarters;
  regions?: RegionsServed;
  timezones?: TimeZones;
  founded?: Founded;
  team_size?: TeamSize;
  languages?: WorkingLanguages;
  services: Services;
  stack: Stack;
  industries?: Industries;
  client_sizes?: ClientSizes;
  minimum_project_usd?: MinimumProjectUSD;
  certifications?: Certifications;
  engagement_models: EngagementModels;
  paid_trial: PaidTrial;
  due_diligence?: DueDiligenceSupport;
  signals: DeliverySignals;
  track_record: TrackRecord;
  disclosure: Disclosure;
  last_reviewed: LastReviewed;
}
/**
 * Where the firm is based or the freelancer lives.
 */
export interface Headquarters {
  country: Country;
  city?: City;
}
/**
 * One way to hire them, with its rate and terms.
 */
export interface EngagementModel {
  model: Model;
  rate?: Rate;
  delivery?: DeliveryLocation;
  minimum_term_months?: MinimumTermMonths;
  notes?: Notes;
}
/**
 * Published price range. Leave out only when rates are on request; that lowers the engagement score.
 */
export interface Rate {
  currency: Currency;
  min: Minimum;
  max: Maximum;
  per: Per;
}
/**
 * Whether a buyer can start with a short paid trial on a real backlog item (stage 4 of a good hiring process).
 */
export interface PaidTrial {
  offered: Offered;
  weeks?: Weeks;
}
/**
 * What they offer so that a buyer can judge them before signing: these make a firm easier to assess.
 */
export interface DueDiligenceSupport {
  technical_screen?: TechnicalScreen;
  exercise?: ProblemSolvingExercise;
  contactable_references?: ContactableReferences;
  code_samples?: CodeSamples;
}
/**
 * Facts and evidence for the six delivery signals. A signal left out scores zero; it is better to leave one out than to claim it without evidence.
 */
export interface DeliverySignals {
  business_discovery?: BusinessFirstDiscovery;
  maintained_systems?: MaintainedSystems;
  testing?: TestingWithoutBeingAsked;
  tradeoffs?: TradeOffReasoning;
  modern_python?: ModernPythonPractice;
  ai_integration?: AIIntegration;
}
/**
 * They ask about the problem, users, success criteria and constraints before frameworks and databases.
 */
export interface BusinessFirstDiscovery {
  statement?: Statement;
  practices?: DiscoveryPractices;
  evidence: Evidence;
}
export interface Evidence1 {
  kind: Kind1;
  title: Title;
  url?: URL;
  date: Date;
  level: Level;
  verified_on?: VerifiedOn;
  verified_by?: VerifiedBy;
}
/**
 * Systems they have kept running for months or years, not just built and handed over.
 */
export interface MaintainedSystems {
  statement?: Statement;
  longest_maintained_years?: LongestMaintainedYears;
  systems_in_maintenance?: SystemsInMaintenance;
  practices?: MaintenancePractices;
  evidence: Evidence;
}
/**
 * Automated tests as a habit, a coverage target and a view of what is worth testing.
 */
export interface TestingWithoutBeingAsked {
  statement?: Statement;
  frameworks?: TestFrameworks;
  levels?: TestLevels;
  coverage_target?: CoverageTarget;
  practices?: TestingPractices;
  evidence: Evidence;
}
/**
 * They can explain speed against thoroughness, flexibility against simplicity, cost against performance, and why.
 */
export interface TradeOffReasoning {
  statement?: Statement;
  practices?: TradeOffPractices;
  evidence: Evidence;
}
/**
 * Type hints, Pydantic validation, async for I/O-bound work, uv or Poetry, structured logging, CI/CD.
 */
export interface ModernPythonPractice {
  statement?: Statement;
  practices?: ModernPythonPractices;
  python_versions?: PythonVersions;
  evidence: Evidence;
}
/**
 * LLM APIs with streaming, retrieval-augmented generation, ML pipelines, agents, MLOps.
 */
export interface AIIntegration {
  statement?: Statement;
  capabilities?: AICapabilities;
  frameworks?: AIFrameworks;
  evidence: Evidence;
}
/**
 * What they have delivered and who will vouch for it.
 */
export interface TrackRecord {
  projects_delivered?: ProjectsDelivered;
  on_time_rate?: OnTimeRate;
  repeat_client_rate?: RepeatClientRate;
  references?: References;
  evidence?: Evidence;
}
/**
 * A client reference.
 */
export interface Reference {
  role: Role;
  organisation: Organisation;
  contactable: Contactable;
  years_working_together?: YearsWorkingTogether;
}
