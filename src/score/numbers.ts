/**
 * Rounding and formatting for scores. Intermediate values are snapped to a fixed grid
 * (quantise) before they are compared or summed further, so that floating-point noise can
 * never decide a rounding step; every function here is non-decreasing, which keeps the
 * scorer monotone.
 */

/** Snap to 6 decimals: removes floating-point noise such as 0.1 + 0.2 = 0.30000000000000004. */
export function quantise(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

export function round1(x: number): number {
  return Math.round(quantise(x) * 10) / 10;
}

export function round2(x: number): number {
  return Math.round(quantise(x) * 100) / 100;
}

export function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}

/** Sum in the order given (callers sort first, so that the order of inputs cannot matter). */
export function sum(values: readonly number[]): number {
  return quantise(values.reduce((a, b) => a + b, 0));
}

/** 2.5 → "2.5", 4 → "4", 1.25 → "1.25" (at most `decimals` decimals, no trailing zeros). */
export function formatNumber(x: number, decimals = 2): string {
  const factor = decimals === 2 ? 100 : decimals === 1 ? 10 : decimals === 0 ? 1 : 10 ** decimals;
  return String(Math.round(quantise(x) * factor) / factor);
}

/** 12500 → "12,500"; whole numbers only, independent of the machine's locale. */
export function groupThousands(x: number): string {
  const rounded = Math.round(x);
  const sign = rounded < 0 ? "-" : "";
  const digits = String(Math.abs(rounded));
  // Plain digits (nearly always) grouped by slicing; anything else ("1e+21") as the pattern does it.
  if (!/^\d+$/.test(digits)) return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  let head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (; head < digits.length; head += 3) out += "," + digits.slice(head, head + 3);
  return sign + out;
}

/** A price for text: thousands grouped, and two decimals kept for small hourly figures. */
export function formatMoney(x: number): string {
  return Number.isInteger(x) || x >= 1000 ? groupThousands(x) : formatNumber(x, 2);
}

export function formatPercent(share: number): string {
  return `${formatNumber(share * 100, 1)}%`;
}
