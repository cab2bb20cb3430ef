/**
 * Everything scoring needs to place a rate against the market: the bands and the dated
 * currency table that converts a rate to US dollars.
 */
import type { Currencies } from "../generated/currencies.js";
import type { Market } from "../generated/market.js";

export interface MarketContext {
  market: Market;
  currencies: Currencies;
}

export type Model = Market["bands"][number]["model"];
export type DeliveryLocation = "offshore" | "onshore";
export type Band = Market["bands"][number];

/** US dollars per unit of `currency`, or undefined when the table does not list it. */
export function usdPerUnit(currencies: Currencies, currency: string): number | undefined {
  if (!Object.hasOwn(currencies.currencies, currency)) return undefined;
  const rate = currencies.currencies[currency]?.usd_per_unit;
  return typeof rate === "number" && Number.isFinite(rate) && rate > 0 ? rate : undefined;
}

/** offshore or onshore: the model's own statement, else from the headquarters country. */
export function deliveryLocation(stated: DeliveryLocation | undefined, country: string | undefined, market: Market): DeliveryLocation {
  if (stated) return stated;
  return country !== undefined && market.onshore_countries.includes(country) ? "onshore" : "offshore";
}

/** The band for a model at a delivery location: an exact match first, else a band for both locations. */
export function findBand(market: Market, model: Model, delivery: DeliveryLocation): Band | undefined {
  return market.bands.find((b) => b.model === model && b.delivery === delivery) ?? market.bands.find((b) => b.model === model && b.delivery === undefined);
}
