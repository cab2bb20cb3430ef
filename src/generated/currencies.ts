/* eslint-disable */
/**
 * GENERATED FILE — DO NOT EDIT.
 * Source: schemas/currencies.schema.json. Regenerate with `npm run types`.
 */

/**
 * Date (YYYY-MM-DD) the rates were taken.
 */
export type AsOf = string;
/**
 * The currency everything is normalised to; always USD.
 */
export type Base = "USD";
/**
 * English name.
 */
export type Name = string;
/**
 * How many US dollars one unit buys.
 */
export type USDPerUnit = number;

/**
 * Dated currency table that normalises published rates to US dollars (content/reference/currencies.yaml). The currency codes are also the vocabulary for rate.currency.
 */
export interface Currencies {
  as_of: AsOf;
  base: Base;
  currencies: Currencies1;
}
/**
 * ISO 4217 code to name and value in US dollars.
 */
export interface Currencies1 {
  USD: Currency;
  [k: string]: Currency1 | Currency | undefined;
}
/**
 * One currency.
 */
export interface Currency {
  name: Name;
  usd_per_unit: USDPerUnit;
}
/**
 * One currency.
 */
export interface Currency1 {
  name: Name;
  usd_per_unit: USDPerUnit;
}
