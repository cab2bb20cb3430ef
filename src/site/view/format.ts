/** Formatting shared by views and templates: money, rates, dates, percentages. Deterministic (no locale of the machine). */
import type { ModelId, Per } from "../data/scorecards.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2026-02-14" → "14 Feb 2026". */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

const moneyFormats = new Map<string, Intl.NumberFormat>();
/** Amounts already formatted, per currency: the same rates recur across profiles and pages. Bounded by MONEY_MEMO_MAX. */
const moneyTexts = new Map<string, Map<number, string>>();
const MONEY_MEMO_MAX = 4096;

/** 9500 EUR → "€9,500"; unknown currency codes fall back to "9,500 XYZ". */
export function formatMoney(amount: number, currency: string): string {
  const rounded = Math.round(amount);
  let texts = moneyTexts.get(currency);
  if (!texts) moneyTexts.set(currency, (texts = new Map()));
  let text = texts.get(rounded);
  if (text === undefined) {
    text = formatMoneyOnce(rounded, currency);
    if (texts.size < MONEY_MEMO_MAX) texts.set(rounded, text);
  }
  return text;
}

function formatMoneyOnce(amount: number, currency: string): string {
  let f = moneyFormats.get(currency);
  if (!f) {
    try {
      f = new Intl.NumberFormat("en-US", { style: "currency", currency, currencyDisplay: "narrowSymbol", maximumFractionDigits: 0, minimumFractionDigits: 0 });
    } catch {
      f = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
    }
    moneyFormats.set(currency, f);
  }
  const text = f.format(amount);
  return /\d$/.test(text) && !/[^\d,.\s-]/.test(text) ? `${text} ${currency}` : text;
}

/** Compact USD for chart axes: 950 → "$950", 12500 → "$12.5k", 150000 → "$150k". */
export function formatUsdShort(amount: number): string {
  if (amount >= 1000) {
    const k = amount / 1000;
    return `$${k >= 100 || Number.isInteger(k) ? Math.round(k) : k.toFixed(1).replace(/\.0$/, "")}k`;
  }
  return `$${Math.round(amount)}`;
}

export const PER_LABEL: Record<Per, string> = { hour: "per hour", month: "per developer-month", project: "per project" };
export const PER_SHORT: Record<Per, string> = { hour: "/h", month: "/mo", project: "/project" };

export function formatRange(min: number, max: number, currency: string): string {
  return min === max ? formatMoney(min, currency) : `${formatMoney(min, currency)}–${formatMoney(max, currency)}`;
}

export function formatRate(rate: { min: number; max: number; per: Per; currency?: string }): string {
  return `${formatRange(rate.min, rate.max, rate.currency ?? "USD")} ${PER_LABEL[rate.per]}`;
}

export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** Signal scores are 0–10 with at most one decimal. */
export function formatScore(score: number): string {
  return (Math.round(score * 10) / 10).toString();
}

export const MODEL_ORDER: readonly ModelId[] = ["dedicated", "project-based", "staff-augmentation"];

export const KIND_LABEL: Record<"firm" | "freelancer", string> = { firm: "Firm", freelancer: "Freelancer" };

export const LEVEL_LABEL: Record<"claimed" | "sourced" | "verified", string> = { claimed: "Claimed", sourced: "Sourced", verified: "Verified" };

export const CONFIDENCE_LABEL: Record<"high" | "medium" | "low", string> = { high: "High confidence", medium: "Medium confidence", low: "Low confidence" };

export const POSITION_LABEL: Record<"below" | "within" | "above", string> = { below: "below the market band", within: "within the market band", above: "above the market band" };

/** A stable, readable string compare for names (locale-independent enough for sorting). */
/** One collator for every name comparison: the same order as localeCompare("en", base), without building a collator per call. */
const NAME_COLLATOR = new Intl.Collator("en", { sensitivity: "base" });

export function compareNames(a: string, b: string): number {
  return NAME_COLLATOR.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
