// Board search with Pagefind: words and filters, kept in the address so a filtered view can be shared.
//
// Pagefind searches the longest indexed beginning of a word it does not know ("fromage" -> "from") and
// returns those pages as results. A query word counts as found only when a word Pagefind marked in a
// listing begins with it, less a common ending (see `base`): "welding" -> "weld" finds "welded" and
// "welds"; "fromage" does not accept "from". Pagefind falls back for a word only when no indexed word
// begins with its stem, so one word missing from every loaded result means the whole answer is a
// fallback: it is shown apart, under a heading saying what it is, and not counted.
(async () => {
  const box = document.getElementById("mb-search");
  if (!box) return;
  const root = new URL(box.dataset.root, window.location.href);
  const form = document.getElementById("mb-search-form");
  const input = document.getElementById("mb-q");
  const selects = [...form.querySelectorAll("select[data-filter]")];
  const status = document.getElementById("mb-status");
  const list = document.getElementById("mb-results");
  const none = document.getElementById("mb-none");
  const close = document.getElementById("mb-close");
  const closeWords = document.getElementById("mb-close-words");
  const partial = document.getElementById("mb-partial");
  const partialList = document.getElementById("mb-partial-results");
  const PAGE = 20;
  const say = box.dataset; // the page's words, in the page's language (msgEmpty, msgSearching, ...)
  const language = say.language || "en";
  // "N listings found" in each plural form of the page's language, chosen by its CLDR rules.
  const found = JSON.parse(say.msgFound);
  const plural = new Intl.PluralRules(document.documentElement.lang || "en");
  const count = (n) => (found[plural.select(n)] ?? found.other).replace("{n}", n);
  let shown = PAGE;

  const pagefind = await import(new URL("pagefind/pagefind.js", root).href);
  // Partner boards (search/partners.json, written from the settings) join the search with Pagefind's
  // mergeIndex: their pages get the Board filter from mergeFilter and keep their absolute addresses.
  // Pagefind keeps a merged bundle that failed and then fails every search, so a partner's bundle is
  // tried first (its host must allow this board with CORS), and if merging still fails, the search is
  // opened again without it: a partner down never breaks the search, it is named in the status line.
  const PARTNER_WEIGHT = 0.9; // at equal relevance, this board's own listings come first
  const WAIT_MS = 8000;
  const within = (promise) =>
    Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), WAIT_MS))]);
  async function reachable(bundle) {
    try {
      const answer = await within(fetch(new URL("pagefind-entry.json", bundle), { mode: "cors" }));
      return answer.ok && Boolean((await answer.json()).languages);
    } catch (err) {
      return false;
    }
  }
  async function open(partners) {
    await pagefind.options({ baseUrl: root.pathname });
    await pagefind.init();
    const failed = [];
    await Promise.all(partners.map(async (p) => {
      const options = { mergeFilter: { board: [p.name] }, indexWeight: PARTNER_WEIGHT };
      try { await within(pagefind.mergeIndex(p.bundle, options)); } catch (err) { failed.push(p); }
    }));
    return failed;
  }
  let partners = [];
  if (say.partners) {
    try {
      partners = await (await fetch(new URL(say.partners, window.location.href))).json();
    } catch (err) {
      partners = [];
    }
  }
  const chosen = await Promise.all(partners.map(async (p) => {
    for (const bundle of p.bundles) if (await reachable(bundle)) return { ...p, bundle };
    return null;
  }));
  let merged = chosen.filter(Boolean);
  if (merged.length) {
    const failed = await open(merged);
    if (failed.length) {
      await pagefind.destroy();
      merged = merged.filter((p) => !failed.includes(p));
      if ((await open(merged)).length) { await pagefind.destroy(); merged = []; await open([]); }
    }
  } else {
    await open([]);
  }
  const skipped = partners.filter((p) => !merged.some((m) => m.name === p.name)).map((p) => p.name);
  // A function as replacement: a string one reads `$&` and `$'` in a board's name as the text around it.
  const note = skipped.length ? " " + say.msgSkipped.replace("{boards}", () => skipped.join(", ")) : "";
  // A result on a partner's site: its board's name beside the address Pagefind gives.
  const boardOf = (url) => merged.find((p) => url.startsWith(p.url));
  // A partner's bundle says where each of its pages is, and may say another host (`//evil.example/`,
  // `https://...`) or this board's own pages: such a result would be shown without a board's name, as this
  // board's own. This board's bundle gives paths (its baseUrl is the root's path) and Pagefind makes every
  // merged bundle's address absolute, so a result is this board's when it is a path under the root, a
  // partner's when it lies on that partner's site, and not shown otherwise.
  const placed = (d) => {
    if (/^\/(?!\/)/.test(d.url)) return new URL(d.url, window.location.href).href.startsWith(root.href);
    return Boolean(boardOf(d.url));
  };
  // A result's page, or null when it cannot be read: a partner's fragment file may be missing, garbage or
  // without the fields a result has, and one such result rejected every search that found it ("Searching…").
  const load = async (r) => {
    try {
      const d = await r.data();
      const sound = typeof d?.url === "string" && typeof d.content === "string" && Array.isArray(d.locations);
      return sound && typeof d.excerpt === "string" ? d : null;
    } catch (err) {
      return null;
    }
  };

  const params = new URLSearchParams(window.location.search);
  input.value = params.get("q") || "";
  // A filter in a link keeps its meaning whatever its case: country=fr is FR, type=Offer is offer, as
  // `matchboard search --country fr` reads them (a value no option has would otherwise be dropped unseen).
  const option = (select, value) =>
    [...select.options].find((o) => o.value.toLowerCase() === value.trim().toLowerCase())?.value ?? "";
  for (const select of selects) select.value = option(select, params.get(select.name) || "");

  const escapeHtml = (text) =>
    String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
  // Pagefind marks matches with <mark>; keep those, escape anything else that looks like a tag.
  const safeExcerpt = (html) => html.replace(/<(?!\/?mark>)/g, "&lt;");

  // Words as compared: lower case, no accents, split at anything that is not a letter or a digit.
  const fold = (text) => text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/ß/g, "ss");
  const words = (text) => fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  // Endings a stemmer removes, longest first; a word keeps at least four letters.
  const ENDINGS = {
    en: ["ations", "ation", "ings", "ing", "ies", "ers", "er", "ed", "es", "s", "ly"],
    fr: ["ements", "ement", "ations", "ation", "euses", "euse", "eurs", "eur", "ees", "ee", "es", "e", "s", "x"],
    de: ["ungen", "ung", "ern", "en", "er", "es", "e", "n", "s"],
    it: ["azioni", "azione", "zioni", "zione", "i", "e", "o", "a"],
  };
  const base = (term) => {
    for (const ending of ENDINGS[language] || []) {
      if (term.endsWith(ending) && term.length - ending.length >= 4) return term.slice(0, -ending.length);
    }
    return term;
  };
  // Slovenian has no stemmer in Pagefind: a word of five letters or more is searched by its beginning,
  // all but its last three letters (Slovenian endings: -ovi, -ega, -ih, -ami) and at least four
  // ("plazovi" -> "plaz*", "varjenje" -> "varje*", "lesene" -> "lese*").
  const sloveneStem = (term) => (term.length > 4 ? term.slice(0, Math.max(4, term.length - 3)) : term);
  // Pagefind gets the words as typed (it knows its own accents); they are compared folded.
  const queryTerms = (text) =>
    text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((t) => (language === "sl" ? sloveneStem(t) : t));

  // The words Pagefind marked in one result, split at hyphens and the like ("laser-welded" -> laser, welded).
  function markedWords(data) {
    const all = data.content.split(/[\r\n\s]+/g);
    return new Set(data.locations.flatMap((i) => (all[i] ? words(all[i]) : [])));
  }
  const contains = (marked, term) => {
    const start = base(fold(term));
    for (const w of marked) if (w.startsWith(start)) return true;
    return false;
  };

  const LINKS = [...document.querySelectorAll(".mb-languages a")];
  for (const a of LINKS) a.dataset.href = a.getAttribute("href");
  function remember() {
    const next = new URLSearchParams();
    if (input.value.trim()) next.set("q", input.value.trim());
    for (const select of selects) if (select.value) next.set(select.name, select.value);
    const query = next.toString();
    window.history.replaceState(null, "", query ? "?" + query : window.location.pathname);
    // The language switch leads to the same search, words and filters included.
    for (const a of LINKS) a.setAttribute("href", a.dataset.href + (query ? "?" + query : ""));
  }

  function card(d) {
    const m = d.meta || {};
    const kind = m.kind === "need" || m.kind === "offer" ? m.kind : "";
    const partner = boardOf(d.url);
    const fields = [m.category, m.organisation, m.country, m.published].filter(Boolean).map(escapeHtml).join(" · ");
    return `<li class="mb-result"><a href="${escapeHtml(d.url)}">${escapeHtml(m.title || d.url)}</a> ` +
      `<span class="mb-card__meta"><span class="mb-badge mb-badge--${kind}">${escapeHtml(m.type || "")}</span> ${fields}` +
      `${partner ? ` · <span class="mb-board">${escapeHtml(say.msgBoard.replace("{board}", () => partner.name))}</span>` : ""}</span>` +
      `<p>${safeExcerpt(d.excerpt)}</p></li>`;
  }

  let vocabulary = null;
  async function closeTo(missing) {
    if (vocabulary === null) {
      try {
        vocabulary = await (await fetch(new URL("words.json", window.location.href))).json();
      } catch (err) {
        vocabulary = [];
      }
    }
    const picks = [];
    for (const term of missing) {
      const scored = vocabulary
        .map((w) => [distance(term, w, 2), w])
        .filter(([d, w]) => w !== term && d <= (term.length >= 8 ? 2 : 1))
        .sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
      const prefixed = vocabulary.filter((w) => w !== term && term.length >= 4 && (w.startsWith(term)
        || (term.startsWith(w.slice(0, Math.max(4, term.length - 2))) && w.length >= 4)));
      for (const w of [...scored.map(([, w]) => w), ...prefixed]) if (!picks.includes(w)) picks.push(w);
    }
    return picks.slice(0, 6);
  }
  // Levenshtein distance, given up past `most`.
  function distance(a, b, most) {
    if (Math.abs(a.length - b.length) > most) return most + 1;
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const row = [i];
      for (let j = 1; j <= b.length; j++) {
        row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      }
      if (Math.min(...row) > most) return most + 1;
      previous = row;
    }
    return previous[b.length];
  }

  function clear() {
    list.innerHTML = "";
    partialList.innerHTML = "";
    partial.hidden = true;
    none.hidden = true;
    close.hidden = true;
  }

  // Each bundle falls back to a shorter word on its own, so with partners merged each board is searched
  // apart (its Board filter): a board whose first results lack a word is left out when another board's
  // hold every word, and the answer is judged as one bundle's would be.
  async function find(query, filters, terms) {
    if (!merged.length || !terms.length || filters.board) return (await pagefind.search(query, { filters })).results;
    const boards = [say.board, ...merged.map((p) => p.name)];
    const parts = await Promise.all(boards.map((b) => pagefind.search(query, { filters: { ...filters, board: b } })));
    const holds = await Promise.all(parts.map(async ({ results }) => {
      const marked = (await Promise.all(results.slice(0, 5).map(load))).filter(Boolean).map(markedWords);
      return marked.length > 0 && terms.every((t) => marked.some((m) => contains(m, t)));
    }));
    const kept = holds.some(Boolean) ? parts.filter((_, i) => holds[i]) : parts;
    return kept.flatMap((p) => p.results).sort((a, b) => b.score - a.score);
  }

  let generation = 0;
  async function run() {
    const mine = ++generation;
    remember();
    const filters = {};
    for (const select of selects) if (select.value) filters[select.dataset.filter] = select.value;
    const terms = queryTerms(input.value.trim());
    if (terms.length === 0 && Object.keys(filters).length === 0) {
      clear();
      status.textContent = say.msgEmpty + note;
      return;
    }
    status.textContent = say.msgSearching;
    const results = await find(terms.length ? terms.join(" ") : null, filters, terms);
    if (mine !== generation) return;
    const loaded = await Promise.all(results.slice(0, shown).map(load));
    if (mine !== generation) return;
    const data = loaded.filter((d) => d && placed(d));
    const dropped = loaded.length - data.length; // not counted either: nobody sees them
    const marked = data.map(markedWords);
    const missing = terms.filter((t) => !marked.some((m) => contains(m, t)));
    const genuine = missing.length === 0 && data.length > 0;
    clear();
    if (!genuine) {
      status.textContent = `${count(0)} ${say.msgNone}${note}`; // a count first, as every answer starts
      none.hidden = false;
      partialList.innerHTML = data.map(card).join("");
      partial.hidden = data.length === 0;
      const picks = await closeTo((missing.length ? missing : terms).map(fold));
      if (mine !== generation) return;
      closeWords.innerHTML = picks
        .map((w) => `<a href="?${escapeHtml(new URLSearchParams({ ...Object.fromEntries(new URLSearchParams(window.location.search)), q: w }).toString())}">${escapeHtml(w)}</a>`)
        .join(", ");
      close.hidden = picks.length === 0;
      return;
    }
    status.textContent = count(results.length - dropped) + note;
    list.innerHTML = data.map(card).join("");
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
  // A suggested word searches in place (the page does not reload).
  closeWords.addEventListener("click", (event) => {
    const link = event.target.closest("a");
    if (!link) return;
    event.preventDefault();
    input.value = new URL(link.href).searchParams.get("q") || "";
    shown = PAGE;
    run();
  });
  run();
})();
