// Compare 2–4 profiles side by side. The choice lives in the URL (?p=a,b,c); only the chosen
// profiles' /api/profiles/<slug>.json files are fetched. The picker finds more profiles with
// the site's search index (Pagefind, loaded in pieces, and only once the visitor searches).
// Everything is built with DOM APIs and textContent: no data ever becomes markup.

const MAX = 4;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MATCHES = 8;
const result = document.getElementById("compare-result");
const status = document.getElementById("compare-status");
const picker = document.getElementById("compare-picker");
const form = document.getElementById("compare-form");
const chosenList = document.getElementById("compare-chosen");
const matchList = document.getElementById("compare-matches");
const input = document.getElementById("compare-q");
const matchStatus = document.getElementById("compare-found");

const POSITION = { below: "below the market band", within: "within the market band", above: "above the market band" };
const PER = { hour: "per hour", month: "per developer-month", project: "per project" };
const CONFIDENCE = { high: "High confidence", medium: "Medium confidence", low: "Low confidence" };

/** The profiles in the comparison, in order, and their records once loaded. */
let chosen = [];
const records = new Map();

/** ?p=a,b,c and ?p=a&p=b both work. */
function selectionFromUrl() {
  const params = new URLSearchParams(location.search);
  const slugs = params.getAll("p").flatMap((v) => v.split(",")).map((s) => s.trim()).filter(Boolean);
  return [...new Set(slugs)];
}

function init() {
  // A shared comparison will appear above the picker: keep a screen's height for it meanwhile,
  // so that the picker is not pushed down under the visitor's eyes when it arrives.
  if (selectionFromUrl().filter((s) => SLUG.test(s)).length >= 2) result.classList.add("compare-pending");
  if (picker && form) {
    picker.hidden = false;
    initPicker();
  }
  window.addEventListener("popstate", () => void show(selectionFromUrl()));
  void show(selectionFromUrl());
}

/** Changes the comparison, keeps it in the address, and shows it. */
async function choose(slugs, message) {
  const query = slugs.length ? `?p=${slugs.map(encodeURIComponent).join(",")}` : "";
  history.pushState(null, "", `/compare/${query}`);
  await show(slugs, message);
}

async function load(slug) {
  if (!records.has(slug)) {
    const pending = fetch(`/api/profiles/${encodeURIComponent(slug)}.json`, { headers: { Accept: "application/json" } }).then((response) => {
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`${slug}: HTTP ${response.status}`);
      return response.json();
    });
    records.set(slug, pending);
    pending.catch(() => records.delete(slug));
  }
  return records.get(slug);
}

let showing = 0;
async function show(requested, message) {
  const mine = ++showing;
  const notes = message ? [message] : [];
  const wellFormed = requested.filter((s) => SLUG.test(s));
  const malformed = requested.filter((s) => !SLUG.test(s));
  if (wellFormed.length > MAX) notes.push(`Showing the first ${MAX}.`);
  const wanted = wellFormed.slice(0, MAX);
  if (wanted.length) status.textContent = `Loading ${wanted.length} profile${wanted.length === 1 ? "" : "s"}…`;
  let loaded;
  try {
    loaded = await Promise.all(wanted.map(load));
  } catch (error) {
    if (mine !== showing) return;
    status.textContent = `Could not load the profiles (${error.message}).`;
    result.classList.remove("compare-pending");
    return;
  }
  if (mine !== showing) return;
  const missing = new Set([...malformed, ...wanted.filter((_, i) => loaded[i] === null)]);
  const unknown = requested.filter((s) => missing.has(s));
  if (unknown.length) notes.push(`No profile called ${unknown.join(", ")}.`);
  const found = loaded.filter(Boolean);
  chosen = found.map((r) => r.slug);
  result.replaceChildren();
  if (found.length >= 2) {
    result.append(table(found));
    notes.push(`Comparing ${found.map((r) => r.profile.name).join(", ")}.`);
  } else if (found.length === 1) {
    notes.push(`${found[0].profile.name} is chosen: add at least one more profile to compare with.`);
  } else if (requested.length) {
    notes.push("Choose two to four profiles below, or start from a ready-made comparison.");
  }
  status.textContent = notes.join(" ");
  result.classList.remove("compare-pending");
  renderChosen(found);
  refreshMatches();
  document.documentElement.dataset.compareReady = "true";
}

// ---- The picker -------------------------------------------------------------------------

function renderChosen(found) {
  if (!chosenList) return;
  chosenList.replaceChildren(
    ...found.map((r) => {
      const remove = el("button", { type: "button", class: "button-secondary" }, "Remove", el("span", { class: "visually-hidden" }, ` ${r.profile.name} from the comparison`));
      remove.addEventListener("click", () => {
        void choose(
          chosen.filter((s) => s !== r.slug),
          `Removed ${r.profile.name}.`,
        ).then(() => input?.focus());
      });
      return el("li", { class: "row", "data-slug": r.slug }, el("a", { href: `/profiles/${encodeURIComponent(r.slug)}/` }, r.profile.name), " ", remove);
    }),
  );
  if (found.length === 0) chosenList.append(el("li", { class: "muted" }, `None yet: find profiles below and add two to ${MAX}.`));
}

let index;
let searches = 0;
let lastMatches = [];

function initPicker() {
  let timer;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void find();
  });
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => void find(), 250);
  });
}

async function find() {
  const mine = ++searches;
  const term = input.value.trim();
  if (!term) {
    lastMatches = [];
    matchList.replaceChildren();
    matchStatus.textContent = "";
    return;
  }
  try {
    // Opened once, on the first search (two quick searches share the same opening).
    index ??= import("/assets/search-shards.js").then(async ({ openSearch, resultData, shardPathsOf }) => ({ search: await openSearch(shardPathsOf(picker)), resultData }));
    index.catch(() => (index = undefined));
    const { search: shards, resultData } = await index;
    const search = await shards.search(term);
    const data = await Promise.all(search.results.slice(0, MATCHES).map(resultData));
    if (mine !== searches) return;
    lastMatches = data
      .map((d) => ({ slug: /^\/profiles\/([^/]+)\/$/.exec(new URL(d.url, location.href).pathname)?.[1], meta: d.meta || {} }))
      .filter((m) => m.slug && SLUG.test(m.slug));
    refreshMatches();
    matchStatus.textContent = lastMatches.length ? `${lastMatches.length} profile${lastMatches.length === 1 ? "" : "s"} found for “${term}”.` : `No profile found for “${term}”.`;
  } catch (error) {
    if (mine === searches) matchStatus.textContent = `Search is unavailable (${error.message}).`;
  }
}

function refreshMatches() {
  if (!matchList) return;
  const full = chosen.length >= MAX;
  matchList.replaceChildren(
    ...lastMatches.map(({ slug, meta }) => {
      const name = meta.title || slug;
      const already = chosen.includes(slug);
      const add = already
        ? el("button", { type: "button" }, "Added", el("span", { class: "visually-hidden" }, `: ${name} is in the comparison`))
        : el("button", { type: "button" }, "Add", el("span", { class: "visually-hidden" }, ` ${name} to the comparison`));
      add.disabled = already || full;
      add.addEventListener("click", () => {
        void choose([...chosen, slug], `Added ${name}.`).then(() => input.focus());
      });
      const about = [meta.kind, meta.location, meta.score ? `delivery score ${meta.score}/100` : ""].filter(Boolean).join(" · ");
      return el("li", { class: "row", "data-slug": slug }, el("a", { href: `/profiles/${encodeURIComponent(slug)}/` }, name), " ", el("span", { class: "muted small" }, about), " ", add);
    }),
  );
}

// ---- The table --------------------------------------------------------------------------

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

// Last, once every declaration above is initialised.
if (result && status) init();
