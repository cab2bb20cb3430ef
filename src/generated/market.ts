/* eslint-disable */
/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: schemas/market.schema.json. Regenerate with `npm run types`.
 */

/**
 * Optional pointer to this schema, for editor completion. Ignored by Shortlist.
 */
export type SchemaReference = string;
/**
 * The year the bands describe.
 */
export type Year = number;
/**
 * Date (YYYY-MM-DD) the bands were last checked.
 */
export type AsOf = string;
/**
 * Where the figures come from, in one line.
 */
export type Source = string;
/**
 * Methodology-page text on the bands and how a rate is placed against them.
 */
export type Explanation = string;
/**
 * The engagement model, as in profile engagement_models[].model.
 */
export type Model = "dedicated" | "project-based" | "staff-augmentation";
/**
 * offshore or onshore when the band applies to one delivery location only; leave out when it applies to both.
 */
export type DeliveryLocation = "offshore" | "onshore";
/**
 * ISO 4217 code of the band's figures; must be in content/reference/currencies.yaml. Normally USD.
 */
export type Currency = string;
/**
 * Bottom of the band.
 */
export type Minimum = number;
/**
 * Top of the band; at least min.
 */
export type Maximum = number;
/**
 * The unit the model is priced in: month (dedicated, per developer), project (project-based) or hour (staff-augmentation).
 */
export type Per = "hour" | "month" | "project";
/**
 * Short description shown to buyers, e.g. "staff augmentation, US or Europe".
 */
export type Label = string;
/**
 * One band per engagement model, or per model and delivery location where the market splits (staff augmentation: offshore and onshore). Every model of the profile schema needs a band for every delivery location.
 *
 * @minItems 1
 * @maxItems 20
 */
export type Bands = Band[];
/**
 * ISO 3166-1 alpha-2 code in capitals.
 */
export type Country = string;
/**
 * ISO 3166-1 alpha-2 codes of headquarters countries whose work counts as onshore (US or European rates) when an engagement model does not state its delivery location. Every other country counts as offshore.
 *
 * @minItems 1
 */
export type OnshoreCountries = Country[];

/**
 * Market rate bands per engagement model (content/reference/market.yaml), against which each published rate is placed below, within or above the band after conversion to US dollars with the currency table. Also the list of countries whose hourly work counts as onshore.
 */
export interface Market {
  $schema?: SchemaReference;
  year: Year;
  as_of: AsOf;
  source: Source;
  explanation: Explanation;
  bands: Bands;
  onshore_countries: OnshoreCountries;
}
/**
 * The typical price range of one engagement model (and delivery location).
 */
export interface Band {
  model: Model;
  delivery?: DeliveryLocation;
  currency: Currency;
  min: Minimum;
  max: Maximum;
  per: Per;
  label: Label;
}
