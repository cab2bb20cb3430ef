// Compare 2–4 profiles side by side. The choice lives in the URL (?p=a,b,c); only the chosen
// profiles' /api/profiles/<slug>.json files are fetched. Everything is built with DOM APIs
// and textContent: no data ever becomes markup.

const MAX = 4;
const form = document.getElementById("compare-form");
const result = document.getElementById("compare-result");
const status = document.getElementById("compare-status");

const POSITION = { below: "below the market band", within: "within the market band", above: "above the market band" };
const PER = { hour: "per hour", month: "per developer-month", project: "per project" };
const CONFIDENCE = { high: "High confidence", medium: "Medium confidence", low: "Low confidence" };

if (form && result) init();

function known() {
  return new Map([...form.querySelectorAll('input[name="p"]')].map((box) => [box.value, box]));
}

/** ?p=a,b,c and ?p=a&p=b (what the plain form submits) both work. */
function selectionFromUrl() {
  const params = new URLSearchParams(location.search);
  const slugs = params.getAll("p").flatMap((v) => v.split(",")).map((s) => s.trim()).filter(Boolean);
  return [...new Set(slugs)];
}

function init() {
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const chosen = [...form.querySelectorAll('input[name="p"]:checked')].map((b) => b.value);
    if (chosen.length < 2 || chosen.length > MAX) {
      status.textContent = chosen.length < 2 ? "Pick at least two profiles to compare." : `Pick at most ${MAX} profiles.`;
      return;
    }
    history.pushState(null, "", `/compare/?p=${chosen.map(encodeURIComponent).join(",")}`);
    void show(chosen);
  });
  form.addEventListener("change", () => {
    const count = form.querySelectorAll('input[name="p"]:checked').length;
    for (const box of form.querySelectorAll('input[name="p"]')) box.disabled = !box.checked && count >= MAX;
  });
  window.addEventListener("popstate", () => void show(selectionFromUrl()));
  void show(selectionFromUrl());
}

async function show(requested) {
  const boxes = known();
  const unknown = requested.filter((s) => !boxes.has(s));
  const slugs = requested.filter((s) => boxes.has(s)).slice(0, MAX);
  for (const [slug, box] of boxes) box.checked = slugs.includes(slug);
  form.dispatchEvent(new Event("change"));
  result.replaceChildren();
  const notes = [];
  if (unknown.length) notes.push(`No profile called ${unknown.join(", ")}.`);
  if (requested.filter((s) => boxes.has(s)).length > MAX) notes.push(`Showing the first ${MAX}.`);
  if (slugs.length < 2) {
    notes.push(slugs.length === 1 ? "Pick at least one more profile to compare with." : "");
    status.textContent = notes.filter(Boolean).join(" ");
    document.documentElement.dataset.compareReady = "true";
    return;
  }
  status.textContent = `Loading ${slugs.length} profiles…`;
  let records;
  try {
    records = await Promise.all(
      slugs.map(async (slug) => {
        const response = await fetch(`/api/profiles/${encodeURIComponent(slug)}.json`, { headers: { Accept: "application/json" } });
        if (!response.ok) throw new Error(`${slug}: ${response.status}`);
        return response.json();
      }),
    );
  } catch (error) {
    status.textContent = `Could not load the profiles (${error.message}).`;
    return;
  }
  result.append(table(records));
  status.textContent = [...notes, `Comparing ${records.map((r) => r.profile.name).join(", ")}.`].join(" ");
  document.documentElement.dataset.compareReady = "true";
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v;
    else node.setAttribute(k, v);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === "string" || typeof child === "number" ? String(child) : child);
  }
  return node;
}

const moneyFormats = new Map();
function money(amount, currency) {
  let f = moneyFormats.get(currency);
  if (!f) {
    try {
      f = new Intl.NumberFormat("en-US", { style: "currency", currency, currencyDisplay: "narrowSymbol", maximumFractionDigits: 0 });
    } catch {
      f = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
    }
    moneyFormats.set(currency, f);
  }
  return f.format(Math.round(amount));
}
function range(min, max, currency) {
  return min === max ? money(min, currency) : `${money(min, currency)}–${money(max, currency)}`;
}
function fmt(n) {
  return String(Math.round(n * 10) / 10);
}
function safeUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === "https:" || u.protocol === "http:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function reasons(list) {
  if (!list.length) return el("p", { class: "muted" }, "Nothing recorded.");
  return el(
    "details",
    { class: "why" },
    el("summary", {}, `Why: ${list.length} reason${list.length === 1 ? "" : "s"}`),
    el("ul", {}, list.map((r) => el("li", {}, `${r.points > 0 ? "+" : ""}${Math.round(r.points * 100) / 100} ${r.text}`))),
  );
}

function table(records) {
  const models = JSON.parse(result.dataset.models || "{}");
  const cards = records.map((r) => r.scorecard);
  const names = records.map((r) => r.profile.name);
  const caption = el("caption", {}, `Comparison of ${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`);
  const head = el(
    "thead",
    {},
    el("tr", {}, el("td", {}), records.map((r) => el("th", { scope: "col" }, el("a", { href: `/profiles/${encodeURIComponent(r.slug)}/` }, r.profile.name)))),
  );
  const rows = [];
  const row = (label, cells, cls) => rows.push(el("tr", cls ? { class: cls } : {}, el("th", { scope: "row" }, label), cells.map((c) => el("td", {}, c))));

  const regions = new Intl.DisplayNames(["en"], { type: "region" });
  const country = (code) => {
    try {
      return regions.of(code) || code;
    } catch {
      return code;
    }
  };
  row("Kind and location", records.map((r) => `${r.profile.kind === "firm" ? "Firm" : "Freelancer"} · ${[r.profile.headquarters.city, country(r.profile.headquarters.country)].filter(Boolean).join(", ")}${r.profile.fictional ? " · fictional" : ""}`));
  row("Summary", records.map((r) => r.profile.summary));
  row(
    "Delivery score",
    cards.map((c) => el("span", {}, el("strong", { class: "compare-score" }, `${c.delivery.score}`), "/100 · ", CONFIDENCE[c.delivery.confidence] || c.delivery.confidence, ` (${Math.round(c.delivery.backed_share * 100)}% backed)`)),
    "row-score",
  );
  const signalIds = [...new Set(cards.flatMap((c) => c.signals.map((s) => s.id)))];
  for (const id of signalIds) {
    const label = cards.flatMap((c) => c.signals).find((s) => s.id === id)?.label || id;
    row(
      label,
      cards.map((c) => {
        const s = c.signals.find((x) => x.id === id);
        return s ? el("div", {}, el("strong", {}, fmt(s.score)), ` / ${s.max}`, reasons(s.reasons)) : "—";
      }),
      "row-signal",
    );
  }
  row(
    cards[0]?.delivery.track_record.label || "Track record",
    cards.map((c) => el("div", {}, el("strong", {}, fmt(c.delivery.track_record.score)), ` / ${c.delivery.track_record.max}`, reasons(c.delivery.track_record.reasons))),
    "row-signal",
  );
  for (const model of Object.keys(models)) {
    if (!records.some((r) => r.profile.engagement_models.some((m) => m.model === model))) continue;
    row(
      models[model],
      records.map((r) => {
        const m = r.profile.engagement_models.find((x) => x.model === model);
        if (!m) return el("span", { class: "muted" }, "Not offered");
        const e = r.scorecard.engagement.find((x) => x.model === model);
        return el(
          "div",
          {},
          m.rate ? `${range(m.rate.min, m.rate.max, m.rate.currency)} ${PER[m.rate.per]}` : "Rate on request",
          e?.rate_usd && m.rate?.currency !== "USD" ? el("br") : null,
          e?.rate_usd && m.rate?.currency !== "USD" ? el("span", { class: "muted" }, `about ${range(e.rate_usd.min, e.rate_usd.max, "USD")}`) : null,
          e?.position ? el("br") : null,
          e?.position ? POSITION[e.position] : null,
          e ? el("br") : null,
          e ? `Engagement score ${Math.round(e.score)}/100` : null,
        );
      }),
      "row-model",
    );
  }
  row("Paid trial", records.map((r) => (r.profile.paid_trial.offered ? `Yes${r.profile.paid_trial.weeks ? `, about ${r.profile.paid_trial.weeks} week${r.profile.paid_trial.weeks === 1 ? "" : "s"}` : ""}` : "No")));
  row("Things to check", cards.map((c) => (c.warnings.length ? el("ul", {}, c.warnings.map((w) => el("li", {}, w.message))) : "None")));
  row("Last reviewed", records.map((r) => r.profile.last_reviewed));
  row(
    "Website",
    records.map((r) => {
      const url = safeUrl(r.profile.website);
      return url ? el("a", { href: url, rel: "noopener noreferrer nofollow ugc" }, new URL(url).host) : "—";
    }),
  );
  const wrapper = el("div", { class: "table-scroll", role: "region", "aria-label": "Comparison table", tabindex: "0" });
  wrapper.append(el("table", { class: "data compare-table" }, caption, head, el("tbody", {}, rows)));
  return wrapper;
}
