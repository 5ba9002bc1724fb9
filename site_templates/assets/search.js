// Board search with Pagefind: words and filters, kept in the address so a filtered view can be shared.
(async () => {
  const box = document.getElementById("mb-search");
  if (!box) return;
  const root = new URL(box.dataset.root, window.location.href);
  const form = document.getElementById("mb-search-form");
  const input = document.getElementById("mb-q");
  const selects = [...form.querySelectorAll("select[data-filter]")];
  const status = document.getElementById("mb-status");
  const list = document.getElementById("mb-results");
  const PAGE = 20;
  const say = box.dataset; // the page's words, in the page's language (msgEmpty, msgSearching, ...)
  // "N listings found" in each plural form of the page's language, chosen by its CLDR rules.
  const found = JSON.parse(say.msgFound);
  const plural = new Intl.PluralRules(document.documentElement.lang || "en");
  let shown = PAGE;

  const pagefind = await import(new URL("pagefind/pagefind.js", root).href);
  await pagefind.options({ baseUrl: root.pathname });
  pagefind.init();

  const params = new URLSearchParams(window.location.search);
  input.value = params.get("q") || "";
  for (const select of selects) select.value = params.get(select.name) || "";

  // Show filter values as the selects label them: "Switzerland", not "CH".
  const labels = Object.fromEntries(selects.map((s) => [s.dataset.filter,
    Object.fromEntries([...s.options].filter((o) => o.value).map((o) => [o.value, o.textContent]))]));
  const label = (name, values) => values.map((v) => (labels[name] || {})[v] || v).join(", ");
  const escapeHtml = (text) =>
    text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
  // Pagefind marks matches with <mark>; keep those, escape anything else that looks like a tag.
  const safeExcerpt = (html) => html.replace(/<(?!\/?mark>)/g, "&lt;");

  function remember() {
    const next = new URLSearchParams();
    if (input.value.trim()) next.set("q", input.value.trim());
    for (const select of selects) if (select.value) next.set(select.name, select.value);
    const query = next.toString();
    window.history.replaceState(null, "", query ? "?" + query : window.location.pathname);
  }

  let generation = 0;
  async function run() {
    const mine = ++generation;
    remember();
    const filters = {};
    for (const select of selects) if (select.value) filters[select.dataset.filter] = select.value;
    const term = input.value.trim();
    if (!term && Object.keys(filters).length === 0) {
      list.innerHTML = "";
      status.textContent = say.msgEmpty;
      return;
    }
    status.textContent = say.msgSearching;
    const search = await pagefind.search(term || null, { filters });
    if (mine !== generation) return;
    const results = search.results;
    const data = await Promise.all(results.slice(0, shown).map((r) => r.data()));
    if (mine !== generation) return;
    status.textContent = (found[plural.select(results.length)] ?? found.other).replace("{n}", results.length);
    list.innerHTML = data
      .map((d) => {
        const f = d.filters || {};
        const meta = ["type", "country", "language"].filter((n) => f[n]).map((n) => escapeHtml(label(n, f[n]))).join(" · ");
        return `<li class="mb-result"><a href="${escapeHtml(d.url)}">${escapeHtml(d.meta.title || d.url)}</a>` +
          `<span class="mb-card__meta">${meta}</span><p>${safeExcerpt(d.excerpt)}</p></li>`;
      })
      .join("");
    if (results.length > shown) {
      const more = document.createElement("li");
      more.innerHTML = '<button type="button" class="mb-more"></button>';
      more.querySelector("button").textContent = say.msgMore;
      more.querySelector("button").addEventListener("click", () => { shown += PAGE; run(); });
      list.appendChild(more);
    }
  }

  let timer;
  input.addEventListener("input", () => { clearTimeout(timer); shown = PAGE; timer = setTimeout(run, 250); });
  for (const select of selects) select.addEventListener("change", () => { shown = PAGE; run(); });
  form.addEventListener("submit", (event) => { event.preventDefault(); shown = PAGE; run(); });
  run();
})();
