/* eslint-disable */
/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: schemas/vocabularies.schema.json. Regenerate with `npm run types`.
 */

/**
 * What profiles write.
 */
export type Id = string;
/**
 * What the site shows.
 */
export type Label = string;
/**
 * A sentence for contributors and the methodology page.
 */
export type Description = string;
/**
 * What a firm builds.
 *
 * @minItems 1
 */
export type Services = Term[];
/**
 * Frameworks, libraries, tools and infrastructure.
 *
 * @minItems 1
 */
export type Stack = Term[];
/**
 * Industries delivered for.
 *
 * @minItems 1
 */
export type Industries = Term[];
/**
 * Buyer regions served.
 *
 * @minItems 1
 */
export type Regions = Term[];
/**
 * Kinds of evidence item.
 *
 * @minItems 1
 */
export type EvidenceKinds = Term[];
/**
 * Practices for the business_discovery signal.
 *
 * @minItems 1
 */
export type DiscoveryPractices = Term[];
/**
 * Practices for the maintained_systems signal.
 *
 * @minItems 1
 */
export type MaintenancePractices = Term[];
/**
 * Kinds of automated test for the testing signal.
 *
 * @minItems 1
 */
export type TestingLevels = Term[];
/**
 * Practices for the testing signal.
 *
 * @minItems 1
 */
export type TestingPractices = Term[];
/**
 * Practices for the tradeoffs signal.
 *
 * @minItems 1
 */
export type TradeOffPractices = Term[];
/**
 * Practices for the modern_python signal.
 *
 * @minItems 1
 */
export type ModernPythonPractices = Term[];
/**
 * Capabilities for the ai_integration signal.
 *
 * @minItems 1
 */
export type AICapabilities = Term[];

/**
 * The controlled vocabularies that profile fields draw their terms from (content/reference/vocabularies.yaml).
 */
export interface Vocabularies {
  services: Services;
  stack: Stack;
  industries: Industries;
  regions: Regions;
  evidence_kinds: EvidenceKinds;
  discovery_practices: DiscoveryPractices;
  maintenance_practices: MaintenancePractices;
  testing_levels: TestingLevels;
  testing_practices: TestingPractices;
  tradeoff_practices: TradeOffPractices;
  modern_python_practices: ModernPythonPractices;
  ai_capabilities: AICapabilities;
}
/**
 * One term.
 */
export interface Term {
  id: Id;
  label: Label;
  description?: Description;
}
