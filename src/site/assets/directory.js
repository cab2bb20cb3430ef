// Directory enhancement: combine filters and sorts in the browser over /api/directory.json.
// Without JavaScript the static pages (one filter × one sort, paginated) do the same job.
// Row markup comes pre-rendered (and escaped) from the build; this script only picks rows.

const form = document.getElementById("directory-form");
const list = document.getElementById("directory-rows");

if (form && list) {
  init().catch(() => {
    // Leave the static page as it is.
  });
}

async function init() {
  const response = await fetch("/api/directory.json", { headers: { Accept: "application/json" } });
  if (!response.ok) return;
  const index = await response.json();
  const facetKeys = index.facets.map((f) => f.key);
  const heading = document.getElementById("results-h");
  const note = document.getElementById("sort-note");
  const pager = document.getElementById("client-pager");
  const status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  heading.after(status);

  const defaults = () => {
    const state = { sort: form.dataset.sort || "score", page: 1 };
    for (const key of facetKeys) state[key] = "";
    if (form.dataset.facet) state[form.dataset.facet] = form.dataset.value || "";
    return state;
  };

  const fromUrl = () => {
    const params = new URLSearchParams(location.search);
    const state = defaults();
    if (![...params.keys()].length) return state;
    for (const key of facetKeys) state[key] = params.get(key) || "";
    state.sort = params.get("sort") || "score";
    state.page = Math.max(1, Number.parseInt(params.get("page") || "1", 10) || 1);
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

  const collator = new Intl.Collator("en", { sensitivity: "base" });
  const byName = (a, b) => collator.compare(a.name, b.name) || (a.slug < b.slug ? -1 : 1);
  const sortRows = (rows, sort, model) => {
    const copy = [...rows];
    if (sort === "name") return copy.sort(byName);
    if (sort === "rate") {
      const key = (r) => (model ? r.modelRates[model] ?? null : r.rate);
      return copy.sort((a, b) => {
        const ka = key(a);
        const kb = key(b);
        if (ka === null && kb === null) return byName(a, b);
        if (ka === null) return 1;
        if (kb === null) return -1;
        return ka - kb || byName(a, b);
      });
    }
    return copy.sort((a, b) => b.score - a.score || byName(a, b));
  };

  const render = (state, announce) => {
    const matching = index.rows.filter((r) => facetKeys.every((key) => !state[key] || r.facets[key].includes(state[key])));
    const sorted = sortRows(matching, state.sort, state.model);
    const pages = Math.max(1, Math.ceil(sorted.length / index.pageSize));
    state.page = Math.min(state.page, pages);
    const offset = (state.page - 1) * index.pageSize;
    const shown = sorted.slice(offset, offset + index.pageSize);
    list.innerHTML = shown.map((r) => r.html).join("\n");
    list.start = offset + 1;
    const total = sorted.length;
    heading.textContent = total === 0 ? "No profiles match" : pages > 1 ? `Profiles ${offset + 1}–${offset + shown.length} of ${total}` : `${total} profile${total === 1 ? "" : "s"}`;
    const sort = index.sorts.find((s) => s.key === state.sort);
    if (note && sort) note.textContent = sort.key === "rate" && state.model ? "Lowest published rate for this engagement model first, in US dollars; rates on request come last." : sort.note;
    pager.replaceChildren();
    pager.hidden = pages <= 1;
    if (pages > 1) {
      const button = (label, page, rel) => {
        const b = document.createElement("button");
        b.type = "button";
        b.textContent = label;
        b.className = "button-secondary";
        b.dataset.rel = rel;
        b.addEventListener("click", () => {
          const next = { ...state, page };
          history.pushState(next, "", toQuery(next));
          render(next, true);
          heading.focus();
        });
        return b;
      };
      if (state.page > 1) pager.append(button("← Previous", state.page - 1, "prev"));
      const where = document.createElement("span");
      where.textContent = `Page ${state.page} of ${pages}`;
      pager.append(where);
      if (state.page < pages) pager.append(button("Next →", state.page + 1, "next"));
    }
    if (announce) status.textContent = heading.textContent;
  };

  heading.tabIndex = -1;
  form.hidden = false;
  // On narrow screens start with the filters folded away, unless some are in use.
  const details = form.querySelector("details");
  if (details && window.matchMedia("(max-width: 56rem)").matches && !facetKeys.some((k) => fromUrl()[k])) details.open = false;
  for (const el of document.querySelectorAll("[data-static-filters], [data-static-sort], [data-static-pager]")) el.hidden = true;

  let state = fromUrl();
  writeForm(state);
  render(state, false);

  form.addEventListener("change", () => {
    state = readForm();
    history.pushState({ ...state }, "", toQuery(state));
    render(state, true);
  });
  form.addEventListener("reset", () => {
    setTimeout(() => {
      state = readForm();
      history.pushState({ ...state }, "", toQuery(state));
      render(state, true);
    });
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  history.replaceState({ ...state }, "");
  window.addEventListener("popstate", (event) => {
    state = event.state && typeof event.state === "object" ? { ...event.state } : fromUrl();
    writeForm(state);
    render(state, true);
  });
  document.documentElement.dataset.directoryReady = "true";
}
