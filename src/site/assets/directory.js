// Directory enhancement: combine filters, and sort a filtered list, in the browser.
// Without JavaScript the static pages (the whole list under every sort, each filter by
// delivery score, each engagement model by its rate, paginated) do the job, and they are also what a visitor with JavaScript sees
// first: this script fetches nothing until the form is used, or until the address asks for a
// list of its own (a shared link such as /profiles/?model=dedicated&kind=firm). Then it loads
// /api/directory.json once (facet values and sort keys of every profile, no markup) and, for
// the rows on show only, the files of pre-rendered (and escaped) row markup. It only picks rows.

const form = document.getElementById("directory-form");
const list = document.getElementById("directory-rows");

if (form && list) init();

function init() {
  const facetKeys = [...form.querySelectorAll("select")].map((s) => s.name).filter((name) => name !== "sort");
  const heading = document.getElementById("results-h");
  const note = document.getElementById("sort-note");
  const pager = document.getElementById("client-pager");
  const status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  heading.after(status);

  /** The list this static page shows. */
  const pageState = () => {
    const state = { sort: form.dataset.sort || "score", page: Number(/\/page\/(\d+)\/$/.exec(location.pathname)?.[1] ?? 1) };
    for (const key of facetKeys) state[key] = "";
    if (form.dataset.facet) state[form.dataset.facet] = form.dataset.value || "";
    return state;
  };

  /** The list the address asks for: the static page's own unless there is a query. */
  const fromUrl = () => {
    const params = new URLSearchParams(location.search);
    if (![...params.keys()].length) return pageState();
    const state = { sort: params.get("sort") || "score", page: Math.max(1, Number.parseInt(params.get("page") || "1", 10) || 1) };
    for (const key of facetKeys) state[key] = params.get(key) || "";
    return state;
  };

  const toQuery = (state) => {
    const params = new URLSearchParams();
    for (const key of facetKeys) if (state[key]) params.set(key, state[key]);
    if (state.sort !== "score") params.set("sort", state.sort);
    if (state.page > 1) params.set("page", String(state.page));
    const query = params.toString();
    return query ? `/profiles/?${query}` : "/profiles/";
  };

  const writeForm = (state) => {
    for (const key of facetKeys) {
      const select = form.elements.namedItem(key);
      if (select) select.value = [...select.options].some((o) => o.value === state[key]) ? state[key] : "";
    }
    form.elements.namedItem("sort").value = state.sort;
  };

  const readForm = () => {
    const state = { sort: form.elements.namedItem("sort").value || "score", page: 1 };
    for (const key of facetKeys) state[key] = form.elements.namedItem(key)?.value || "";
    return state;
  };

  const fetchJson = async (url) => {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.json();
  };

  // The index, and each file of row markup, are fetched at most once (again after a failure).
  let index;
  const loadIndex = () => {
    index ??= fetchJson("/api/directory.json").catch((error) => {
      index = undefined;
      throw error;
    });
    return index;
  };
  const rowFiles = new Map();
  const rowFile = (n) => {
    if (!rowFiles.has(n))
      rowFiles.set(
        n,
        fetchJson(`/api/directory/rows/${n}.json`).catch((error) => {
          rowFiles.delete(n);
          throw error;
        }),
      );
    return rowFiles.get(n);
  };

  /** Row numbers (the index's order: delivery score) that match the state, in its sort order. */
  const select = (ix, state) => {
    const wanted = [];
    for (const facet of ix.facets) {
      const option = facet.options.findIndex((o) => o.value === state[facet.key]);
      if (state[facet.key]) wanted.push({ rows: facet.rows, option });
    }
    const matching = [];
    for (let row = 0; row < ix.count; row++) if (wanted.every((w) => w.rows[row].includes(w.option))) matching.push(row);
    const byName = (a, b) => ix.nameOrder[a] - ix.nameOrder[b];
    if (state.sort === "name") return matching.sort(byName);
    if (state.sort === "rate") {
      const models = ix.facets.find((f) => f.key === "model");
      const model = models ? models.options.findIndex((o) => o.value === state.model) : -1;
      const key = (row) => {
        if (!state.model) return ix.rate[row];
        const at = models.rows[row].indexOf(model);
        return at < 0 ? null : ix.modelRates[row][at];
      };
      return matching.sort((a, b) => {
        const ka = key(a);
        const kb = key(b);
        if (ka === null && kb === null) return byName(a, b);
        if (ka === null) return 1;
        if (kb === null) return -1;
        return ka - kb || byName(a, b);
      });
    }
    return matching; // already by delivery score, ties by name
  };

  let renders = 0;
  const render = async (state, announce) => {
    const mine = ++renders;
    list.setAttribute("aria-busy", "true");
    if (announce) status.textContent = "Loading…";
    try {
      const ix = await loadIndex();
      const sorted = select(ix, state);
      const pages = Math.max(1, Math.ceil(sorted.length / ix.pageSize));
      state.page = Math.min(state.page, pages);
      const offset = (state.page - 1) * ix.pageSize;
      const shown = sorted.slice(offset, offset + ix.pageSize);
      const files = [...new Set(shown.map((row) => Math.floor(row / ix.rowsPerFile)))];
      const markup = new Map(await Promise.all(files.map(async (n) => [n, await rowFile(n)])));
      if (mine !== renders) return;
      list.innerHTML = shown.map((row) => markup.get(Math.floor(row / ix.rowsPerFile))[row % ix.rowsPerFile]).join("\n");
      list.start = offset + 1;
      const total = sorted.length;
      heading.textContent = total === 0 ? "No profiles match" : pages > 1 ? `Profiles ${offset + 1}–${offset + shown.length} of ${total}` : `${total} profile${total === 1 ? "" : "s"}`;
      const sort = ix.sorts.find((s) => s.key === state.sort);
      if (note && sort) note.textContent = sort.key === "rate" && state.model ? "Lowest published rate for this engagement model first, in US dollars; rates on request come last." : sort.note;
      for (const el of document.querySelectorAll("[data-static-pager]")) el.hidden = true;
      renderPager(state, pages);
      if (announce) status.textContent = heading.textContent;
      // The list on show (tests and scripts wait for it).
      list.dataset.shown = toQuery(state);
    } catch (error) {
      if (mine !== renders) return;
      status.textContent = `The list could not be loaded (${error.message}). Reload the page to try again.`;
      if (note) note.textContent = status.textContent;
    } finally {
      if (mine === renders) list.removeAttribute("aria-busy");
    }
  };

  const renderPager = (state, pages) => {
    pager.replaceChildren();
    pager.hidden = pages <= 1;
    if (pages <= 1) return;
    const button = (label, page, rel) => {
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = label;
      b.className = "button-secondary";
      b.dataset.rel = rel;
      b.addEventListener("click", async () => {
        const next = { ...state, page };
        history.pushState(next, "", toQuery(next));
        await render(next, true);
        heading.focus();
      });
      return b;
    };
    if (state.page > 1) pager.append(button("← Previous", state.page - 1, "prev"));
    const where = document.createElement("span");
    where.textContent = `Page ${state.page} of ${pages}`;
    pager.append(where);
    if (state.page < pages) pager.append(button("Next →", state.page + 1, "next"));
  };

  heading.tabIndex = -1;
  form.hidden = false;
  const initial = fromUrl();
  // The filters come folded (unfolded on a filter's own page). Beside the list they unfold; above
  // it (narrow screens) they stay as they came, so that the list does not move as the script starts.
  const details = form.querySelector("details");
  if (details && !window.matchMedia("(max-width: 56rem)").matches) details.open = true;
  for (const el of document.querySelectorAll("[data-static-filters], [data-static-sort]")) el.hidden = true;

  let state = initial;
  writeForm(state);
  history.replaceState({ ...state }, "");

  const apply = () => {
    const next = readForm();
    if (toQuery(next) === list.dataset.shown) return; // e.g. "Apply" after a change already shown
    state = next;
    history.pushState({ ...state }, "", toQuery(state));
    void render(state, true);
  };
  form.addEventListener("change", apply);
  form.addEventListener("reset", () => setTimeout(apply));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    apply();
  });
  window.addEventListener("popstate", (event) => {
    state = event.state && typeof event.state === "object" ? { ...event.state } : fromUrl();
    writeForm(state);
    void render(state, true);
  });

  // A static page already shows its own list; an address with a query needs the index now.
  const ready = () => (document.documentElement.dataset.directoryReady = "true");
  if (location.search) void render(state, false).then(ready);
  else {
    list.dataset.shown = toQuery(state);
    ready();
  }
}
