/**
 * Build-time SVG charts. No text inside the SVGs (it would scale with the viewBox); labels
 * and numbers sit in the HTML around them, and each chart that carries information has a
 * <title>/<desc> text alternative.
 */
import { html, type SafeHtml } from "../html.js";
import type { UsdRange } from "../data/scorecards.js";
import type { RateBin } from "../view/engagement.js";
import type { MarketBand } from "../view/market.js";
import { formatRange, formatUsdShort, PER_LABEL, POSITION_LABEL } from "../view/format.js";

const W = 300;

function x(value: number, scale: { min: number; max: number }): number {
  const t = (value - scale.min) / (scale.max - scale.min);
  return Math.round(Math.max(0, Math.min(1, t)) * W * 100) / 100;
}

function span(min: number, max: number, scale: { min: number; max: number }, minWidth = 2): { x: number; width: number } {
  const x0 = x(min, scale);
  const x1 = x(max, scale);
  const width = Math.max(minWidth, x1 - x0);
  return { x: Math.min(x0, W - width), width: Math.round(width * 100) / 100 };
}

/** A 0–max bar for a signal score. Decorative: the score is written next to it. */
export function scoreBar(score: number, max: number): SafeHtml {
  const w = Math.round((Math.max(0, Math.min(max, score)) / max) * 1000) / 10;
  return html`<svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" width="100%" height="8" aria-hidden="true" focusable="false"><rect class="bar-track" width="100" height="8"/><rect class="bar-fill" width="${w}" height="8"/></svg>`;
}

/** Scale covering a rate and its band, starting at zero. */
export function rateScale(rate: UsdRange | undefined, bands: readonly MarketBand[]): { min: number; max: number } {
  const hi = Math.max(...bands.map((b) => b.max), rate?.max ?? 0, 1);
  const step = 10 ** Math.floor(Math.log10(hi));
  return { min: 0, max: Math.ceil((hi * 1.1) / (step / 2)) * (step / 2) };
}

/** One published rate drawn over its market band(s), with a caption that says the same in words. */
export function rateVsBand(id: string, rate: UsdRange, bands: readonly MarketBand[], position: "below" | "within" | "above" | undefined): SafeHtml {
  const scale = rateScale(rate, bands);
  const per = PER_LABEL[rate.per];
  const rateText = `${formatRange(rate.min, rate.max, "USD")} ${per}`;
  const bandText = bands.map((b) => `${b.label}: ${formatRange(b.min, b.max, "USD")}`).join("; ");
  const bandShort = bands.map((b) => formatRange(b.min, b.max, "USD")).join("; ");
  const title = `Rate ${rateText}${position ? `, ${POSITION_LABEL[position]}` : ""}`;
  const desc = `Market band ${per} in US dollars — ${bandText}. Scale from ${formatUsdShort(scale.min)} to ${formatUsdShort(scale.max)}.`;
  const r = span(rate.min, rate.max, scale, 3);
  return html`<figure class="chart rate-chart">
<svg viewBox="0 0 ${W} 28" preserveAspectRatio="none" width="100%" height="28" role="img" aria-labelledby="${id}-t ${id}-d"><title id="${id}-t">${title}</title><desc id="${id}-d">${desc}</desc><rect class="c-axis" x="0" y="27" width="${W}" height="1"/>${bands.map((b) => {
    const s = span(b.min, b.max, scale);
    return html`<rect class="c-band" x="${s.x}" y="2" width="${s.width}" height="24"/>`;
  })}<rect class="c-rate" x="${r.x}" y="9" width="${r.width}" height="10"/></svg>
<figcaption><span class="axis-labels"><span>${formatUsdShort(scale.min)}</span><span>${formatUsdShort(scale.max)}</span></span><span class="legend"><span class="key key-band"></span> market band ${bandShort} <span class="key key-rate"></span> their rate (USD ${per})</span></figcaption>
</figure>`;
}

/** A row-sized range bar on a shared scale, for tables; decorative because the row carries the numbers. */
export function rangeBar(rate: UsdRange | undefined, bands: readonly MarketBand[], scale: { min: number; max: number }): SafeHtml {
  const r = rate ? span(rate.min, rate.max, scale, 3) : undefined;
  return html`<svg class="range-bar" viewBox="0 0 ${W} 16" preserveAspectRatio="none" width="100%" height="16" aria-hidden="true" focusable="false">${bands.map((b) => {
    const s = span(b.min, b.max, scale);
    return html`<rect class="c-band" x="${s.x}" y="0" width="${s.width}" height="16"/>`;
  })}${r ? html`<rect class="c-rate" x="${r.x}" y="4" width="${r.width}" height="8"/>` : ""}</svg>`;
}

/**
 * The rate histogram of one engagement model: a bar per bracket of USD midpoints, its height
 * the number of profiles, drawn over the market band(s) on the page's shared scale. The
 * figures are in the table the page puts beside it; `summary` says the same in words.
 */
export function histogramChart(id: string, bins: readonly RateBin[], bands: readonly MarketBand[], scale: { min: number; max: number }, summary: string): SafeHtml {
  const h = 100;
  const top = Math.max(1, ...bins.map((b) => b.count));
  const round = (n: number) => Math.round(n * 100) / 100;
  return html`<svg class="distribution" viewBox="0 0 ${W} ${h}" preserveAspectRatio="none" width="100%" height="120" role="img" aria-labelledby="${id}-t ${id}-d"><title id="${id}-t">Histogram of published rates against the market band</title><desc id="${id}-d">${summary}</desc>${bands.map((b) => {
    const s = span(b.min, b.max, scale);
    return html`<rect class="c-band" x="${s.x}" y="0" width="${s.width}" height="${h}"/>`;
  })}${bins
    .filter((b) => b.count > 0)
    .map((b) => {
      const s = span(b.from, b.to, scale);
      const barH = Math.max(1, round((b.count / top) * (h - 4)));
      // A hair of space between neighbouring bars.
      return html`<rect class="c-rate" x="${round(s.x + 0.5)}" y="${round(h - barH)}" width="${round(Math.max(1, s.width - 1))}" height="${barH}"/>`;
    })}</svg>`;
}
