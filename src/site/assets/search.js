// Search over the profiles with Pagefind (index built at build time from one search document
// per profile whose results link to the profile page; in shards from 5,000 profiles on, see
// search-shards.js). Filters: engagement model, kind, country, services (data-pagefind-filter
// in each search document). Sort: best match, or delivery score (the documents' "rank" sort
// key: the directory's order).
// The form state is mirrored in the URL so a search can be shared. Results are built with
// DOM APIs; the only markup taken from Pagefind is <mark> in excerpts, rebuilt node by node.
// The blank search (no words, no filters) is answered by the list the page comes with; the
// index is opened when the visitor first turns to the form, or when a search needs it.

import { openSearch, resultData, shardPathsOf } from "/assets/search-shards.js";

const form = document.getElementById("search-form");
const list = document.getElementById("search-results");
const status = document.getElementById("search-status");
const FILTERS = ["model", "kind", "country", "service"];
// Results shown (the page's SEARCH_LIMIT, pages/search.11ty.ts).
const LIMIT = 50;
// The first results are shown as soon as their data has arrived; the rest follow.
const FIRST = 10;

let opening;
let warming;
let sequence = 0;
// The page comes with the answer to the blank search (no words, no filters: every profile by
// delivery score), so that it needs no index until the visitor turns to the form.
const blank = list?.hasAttribute("data-blank") ? { items: [...list.children], status: status.textContent, count: list.dataset.count } : undefined;

if (form && list) init();

/**
 * The shards' index, opened once (Pagefind's code, WebAssembly and metadata) when a search
 * needs it. html[data-search-index] is "open", then "warm" (see warmIndex), or "failed".
 */
function openIndex() {
  if (!opening) {
    opening = openSearch(shardPathsOf(form), { excerptLength: 26 });
    opening.then(
      () => (document.documentElement.dataset.searchIndex ??= "open"),
      () => (document.documentElement.dataset.searchIndex = "failed"), // reported by the search that needs the index
    );
  }
  return opening;
}

/**
 * When the visitor first focuses or touches the form: the index opened, and Pagefind's first-
 * search costs paid (index.warm(FIRST)) while they type, not after they press Enter.
 */
function warmIndex() {
  warming ??= openIndex()
    .then((index) => index.warm(FIRST))
    .then(() => (document.documentElement.dataset.searchIndex = "warm"))
    .catch(() => {}); // only a head start: the search itself reports what fails
}

function init() {
  readUrl();
  if (!isBlank(readForm())) {
    // A shared search: the page's own list answers another question. It stays in place, marked
    // busy and dimmed, until the answer replaces it (clearing it first would move the page twice).
    list.setAttribute("aria-busy", "true");
    status.textContent = "Searching…";
  }
  for (const type of ["focusin", "pointerdown"]) form.addEventListener(type, warmIndex, { once: true });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void run(true);
  });
  form.addEventListener("change", () => void run(true));
  let timer;
  form.elements.namedItem("q").addEventListener("input", () => {
    // Fetch the index chunks for the words while the user is still typing.
    const words = form.elements.namedItem("q").value.trim();
    if (words) void openIndex().then((index) => index.preload(words)).catch(() => {});
    clearTimeout(timer);
    timer = setTimeout(() => void run(true), 250);
  });
  form.addEventListener("reset", () => setTimeout(() => void run(true)));
  window.addEventListener("popstate", () => {
    readUrl();
    void run(false);
  });
  void run(false);
}

function readUrl() {
  const params = new URLSearchParams(location.search);
  form.elements.namedItem("q").value = params.get("q") || "";
  form.elements.namedItem("sort").value = params.get("sort") === "score" ? "score" : "";
  for (const name of FILTERS) {
    const wanted = new Set(params.getAll(name));
    for (const box of form.querySelectorAll(`input[name="${name}"]`)) box.checked = wanted.has(box.value);
  }
}

/** No words and no filters: every profile, by delivery score whatever the sort (with no words, search.js sorts by rank). */
function isBlank(state) {
  return !state.term && Object.keys(state.filters).length === 0;
}

function readForm() {
  const term = form.elements.namedItem("q").value.trim();
  const sort = form.elements.namedItem("sort").value;
  const filters = {};
  for (const name of FILTERS) {
    const values = [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((b) => b.value);
    if (values.length) filters[name] = values;
  }
  return { term, sort, filters };
}

function queryOf({ term, sort, filters }) {
  const params = new URLSearchParams();
  if (term) params.set("q", term);
  for (const [name, values] of Object.entries(filters)) for (const v of values) params.append(name, v);
  if (sort) params.set("sort", sort);
  return params.toString();
}

function writeUrl(state) {
  const query = queryOf(state);
  history.replaceState(null, "", query ? `/search/?${query}` : "/search/");
}

async function run(updateUrl) {
  const mine = ++sequence;
  const state = readForm();
  if (updateUrl) writeUrl(state);
  if (blank && isBlank(state)) {
    // Sorted by score or not, the blank search lists everything by delivery score: the page's own list.
    list.replaceChildren(...blank.items);
    status.textContent = blank.status;
    return shown(state, blank.count);
  }
  let index;
  try {
    index = await openIndex();
  } catch (error) {
    if (mine === sequence) status.textContent = `Search is unavailable: ${error.message}`;
    return;
  }
  if (mine !== sequence) return;
  const filters = {};
  // Within one filter any checked value matches; across filters all must match.
  for (const [name, values] of Object.entries(state.filters)) filters[name] = { any: values };
  // With no words, list everything that matches the filters, highest delivery score first.
  const search = await index.search(state.term || null, { filters, byRank: state.sort === "score" || !state.term });
  if (mine !== sequence) return;
  const results = search.results;
  const withExcerpt = Boolean(state.term);
  const first = await Promise.all(results.slice(0, FIRST).map(resultData));
  if (mine !== sequence) return;
  list.replaceChildren(...first.map((d) => resultItem(d, withExcerpt)));
  list.removeAttribute("aria-busy");
  // The query whose first results are on screen (the benchmark times this).
  list.dataset.shown = queryOf(state);
  const rest = await Promise.all(results.slice(FIRST, LIMIT).map(resultData));
  if (mine !== sequence) return;
  list.append(...rest.map((d) => resultItem(d, withExcerpt)));
  if (!warming) {
    warming = Promise.resolve(); // a real search has paid the first-search costs
    document.documentElement.dataset.searchIndex = "warm";
  }
  const count = results.length;
  status.textContent = `${count} profile${count === 1 ? "" : "s"} found${count > LIMIT ? `; showing the first ${LIMIT}` : ""}.`;
  shown(state, count);
}

/** Marks the results on show as the answer to `state`: lets tests (and scripts) wait for the latest search. */
function shown(state, count) {
  list.removeAttribute("aria-busy");
  list.dataset.shown = queryOf(state);
  list.dataset.count = String(count);
  list.dataset.query = queryOf(state);
  document.documentElement.dataset.searchReady = "true";
}

function el(tag, className, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

/** Pagefind excerpts are HTML with <mark>; rebuild them from text nodes and <mark> only. */
function excerpt(htmlText) {
  const doc = new DOMParser().parseFromString(`<p>${htmlText}</p>`, "text/html");
  const out = el("p", "excerpt");
  for (const node of doc.body.firstChild?.childNodes ?? []) {
    if (node.nodeType === Node.TEXT_NODE) out.append(node.textContent);
    else if (node.nodeName === "MARK") out.append(el("mark", "", node.textContent));
    else out.append(node.textContent || "");
  }
  return out;
}

function resultItem(r, withExcerpt) {
  const meta = r.meta || {};
  const link = el("a", "", meta.title || r.url);
  link.href = r.url;
  const score = Number.parseFloat(meta.score || "0");
  const band = score >= 70 ? "good" : score >= 45 ? "fair" : "weak";
  const pill = el("span", `score score-small score-${band}`, el("span", "score-num", meta.score || "0"), el("span", "score-max", "/100"), el("span", "visually-hidden", " delivery score"));
  const head = el("div", "card-head", el("h2", "card-title", link), pill);
  const metaLine = el("p", "card-meta", [meta.kind, meta.location].filter(Boolean).join(" · "));
  const summary = meta.summary ? el("p", "card-summary", meta.summary) : null;
  const article = el("article", "card", head, metaLine, summary, withExcerpt && r.excerpt ? excerpt(r.excerpt) : null);
  const item = el("li", "row", article);
  item.dataset.url = r.url;
  return item;
}
