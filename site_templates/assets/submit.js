// The Submit page: checks each answer as it is typed (the schema's rules, read from the form's attributes),
// shows the listing file as YAML and offers the ways out: a prefilled GitHub issue, a proposed file, a download.
// No third-party code; nothing is sent anywhere until the person follows a link.
// The page is in the reader's language, its messages in #mb-submit-messages; what goes to GitHub (data-issue-*)
// stays the issue form's English, which intake reads.
(() => {
  "use strict";
  const box = document.getElementById("mb-submit");
  const form = document.getElementById("mb-submit-form");
  if (!box || !form) return;
  const cfg = box.dataset;
  const order = cfg.order.split(" ");
  const maxDays = Number(cfg.maxDays);
  const defaultDays = Number(cfg.defaultDays);
  const preview = document.getElementById("mb-preview");
  const filePath = document.getElementById("mb-file-path");
  const summary = document.getElementById("mb-error-summary");
  const summaryList = document.getElementById("mb-error-list");
  const ways = document.getElementById("mb-ways");
  const status = document.getElementById("mb-status");
  const issueLink = document.getElementById("mb-issue-link");
  const proposeLink = document.getElementById("mb-propose-link");
  const download = document.getElementById("mb-download");
  const consent = document.getElementById("mb-f-consent");
  const consentBox = document.getElementById("mb-f-consent-yes");
  // Characters no person writes (the contract's list, from the validator): in names, zero-width ones too.
  const refused = new RegExp(cfg.refused, "u");
  const refusedInNames = new RegExp(cfg.refusedNames, "u");
  const nameFields = new Set(cfg.nameFields.split(" "));
  const LONG_URL = 8000; // longer addresses may be cut by browsers or GitHub
  const LONG_MAILTO = 2000; // longer mailto: links are cut or refused by some mail programs and browsers
  const longNotice = document.getElementById("mb-long");
  const mailWay = document.getElementById("mb-mail-way");
  const mailLink = document.getElementById("mb-mail-link");
  const copyButton = document.getElementById("mb-copy");
  // The board's address is encoded in the page (no harvester reads it); decoded here, shown only for the long case.
  const contact = mailWay && mailWay.dataset.contact ? new TextDecoder().decode(
    Uint8Array.from(atob(mailWay.dataset.contact), (c) => c.charCodeAt(0))).split("").reverse().join("") : "";
  const messages = JSON.parse(document.getElementById("mb-submit-messages").textContent);
  const plurals = new Intl.PluralRules(cfg.language);
  // A message in the page's language with its {values}; one that counts has a form per plural category of `count`.
  function say(key, values = {}, count = null) {
    let text = messages[key];
    if (typeof text !== "string") text = text[plurals.select(count)] ?? text.other;
    return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
  }

  // --- The country and region pickers (assets/picker.js): names in the page's language, codes in the file ---
  const pickers = {};
  const regionFiles = new Map(); // country -> the promise of its regions, fetched once
  const collator = new Intl.Collator(cfg.language);
  for (const select of form.querySelectorAll("select[data-picker]")) {
    const choices = window.matchboardPicker.fromSelect(select);
    const regions = select.dataset.regions;
    pickers[select.dataset.picker] = Object.assign(window.matchboardPicker.picker(select, say), { regions, choices });
    pickers[select.dataset.picker].setOptions(choices);
  }
  const countries = new Set(pickers.country ? pickers.country.codes() : []);
  // A country's regions (assets/regions/XX.json, shared by every language): the name in this language, the
  // other names searched too; the main subdivisions first, then those within them (French departments).
  function regionChoices(data) {
    const label = (entry) => entry[cfg.language] || entry.name;
    const choices = Object.entries(data).map(([code, entry]) => ({
      code, label: label(entry), first: !entry.parent,
      names: [...new Set(Object.entries(entry).filter(([k]) => k !== "parent").map(([, v]) => v))],
      hint: entry.parent && data[entry.parent] ? `${code} · ${label(data[entry.parent])}` : code,
    }));
    return choices.sort((a, b) => Number(b.first) - Number(a.first) || collator.compare(a.label, b.label));
  }
  function regionsOf(country) {
    if (!regionFiles.has(country)) {
      regionFiles.set(country, fetch(`${pickers.region.regions}${country}.json`)
        .then((response) => (response.ok ? response.json() : {})).then(regionChoices).catch(() => []));
    }
    return regionFiles.get(country);
  }
  // The region picker offers the chosen country's regions only, and forgets a region of another country.
  async function followCountry() {
    const region = pickers.region;
    if (!region) return;
    const country = pickers.country.code;
    if (region.code && !region.code.startsWith(`${country}-`)) region.clear();
    const known = pickers.country.choices.find((c) => c.code === country);
    // Open at once, so that Tab after picking the country lands here; what is typed before the list is
    // there is matched when it comes.
    region.disable(!known || !known.regions);
    if (!known || !known.regions) { region.setOptions([]); return; }
    const choices = await regionsOf(country);
    if (pickers.country.code !== country) return; // another country was picked meanwhile
    region.setOptions(choices);
    if (restored) update();
  }
  if (pickers.country) pickers.country.onChange(followCountry);

  // --- The questions, as the page describes them -------------------------------------------------------
  const fields = [...form.querySelectorAll("[data-field]")].map((wrap) => {
    const d = wrap.dataset;
    const controls = [...wrap.querySelectorAll("input, select, textarea")].filter((c) => !c.dataset.filter);
    return {
      wrap, id: d.field, path: d.path.split("."), control: d.control, label: d.label, inSentence: d.labelInSentence,
      required: d.required === "true",
      issue: d.issue || null, issueOption: d.issueOption || "", value: d.value, source: d.source,
      pattern: d.pattern ? new RegExp(d.pattern, "u") : null, examples: d.examples || "",
      minItems: num(d.minItems), maxItems: num(d.maxItems), itemMin: num(d.itemMinlength), itemMax: num(d.itemMaxlength),
      itemPattern: d.itemPattern ? new RegExp(d.itemPattern, "u") : null, unique: d.unique === "true",
      picker: pickers[d.field] || null, controls, main: controls[0], error: document.getElementById(wrap.id ? `${wrap.id}-error` : `${controls[0].id}-error`),
      count: document.getElementById(`${wrap.id || controls[0].id}-count`), shown: false,
    };
  });
  const byId = Object.fromEntries(fields.map((f) => [f.id, f]));
  function num(text) { return text === undefined || text === null || text === "" ? null : Number(text); }
  const length = (text) => [...text].length; // code points, as the schema counts them

  // --- Reading the answers -----------------------------------------------------------------------------
  function read(f) {
    if (f.control === "checkboxes") return f.controls.filter((c) => c.checked).map((c) => c.value);
    if (f.control === "checkbox") return f.main.checked;
    if (f.picker) return f.picker.code;
    let text = wellFormed(f.main.value).replace(/\r\n?/g, "\n").trim();
    if (f.value === "array") return text.split(/[,\n]/).map((k) => k.trim()).filter((k) => k);
    if (f.value === "integer") return text === "" ? null : Number(text);
    return text;
  }
  // Half of a surrogate pair is not text (and cannot be put in an address): it becomes U+FFFD.
  const wellFormed = (text) => (text.toWellFormed ? text.toWellFormed()
    : text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD"));
  const isEmpty = (v) => v === null || v === "" || v === false || (Array.isArray(v) && v.length === 0);

  // As generator/core/slugs.py new_id: German letters written out first ("Schweißen" -> "schweissen").
  const GERMAN = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue", ß: "ss", ẞ: "SS" };
  function slug(title) {
    const ascii = title.replace(/[äöüÄÖÜßẞ]/g, (ch) => GERMAN[ch]).normalize("NFKD").replace(/[^\x00-\x7f]/g, "").toLowerCase();
    let result = "";
    for (const word of ascii.match(/[a-z0-9]+/g) || []) {
      if (result.length + word.length + 1 > 80) break;
      result = result ? `${result}-${word}` : word;
    }
    return result;
  }

  // --- The schema's rules, one message per answer ------------------------------------------------------
  function lengthProblem(text, min, max, item) { // item: one of a list's answers, named in the message
    const count = length(text);
    const suffix = item === null ? "" : "Item";
    if (min !== null && count < min) return say(`tooShort${suffix}`, { min, count, item }, min);
    if (max !== null && count > max) return say(`tooLong${suffix}`, { max, count, item }, max);
    return "";
  }
  function patternProblem(f) {
    if (f.main.type === "url") return say("url");
    if (f.main.type === "email") return say("email");
    return f.examples ? say("patternExample", { examples: f.examples }) : say("pattern");
  }
  function characterProblem(f, text) {
    const found = (nameFields.has(f.path.join(".")) ? refusedInNames : refused).exec(text);
    if (!found) return "";
    return say("character", { code: `U+${found[0].codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}` });
  }
  // Descriptions as the validator reads them (CommonMark, generator/check/description.py): raw HTML is a whole tag,
  // a comment, a declaration or a line opening an HTML block ("3 < 4" and "a<b" are text, and so is anything in a
  // code span); links are inline, autolinks or reference definitions, and an image may use a reference too.
  const BLOCK_TAGS = "address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|"
    + "dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|"
    + "link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|pre|script|search|section|source|style|summary|"
    + "table|tbody|td|textarea|tfoot|th|thead|title|tr|track|ul";
  const ATTRIBUTE = String.raw`\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>\x60]+|'[^']*'|"[^"]*"))?`;
  const HTML = new RegExp(String.raw`<[A-Za-z][A-Za-z0-9-]*(?:${ATTRIBUTE})*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>`
    + String.raw`|<!--|<\?|<![A-Za-z]|^ {0,3}<\/?(?:${BLOCK_TAGS})(?:\s|\/?>|$)`, "im");
  const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/g;
  const DEFINITION = /^ {0,3}\[([^\]]+)\]:\s*<?([^\s>]*)/gm;
  function markdownProblem(text) {
    const prose = text.replace(/(`+)[\s\S]*?\1/g, "");
    const html = prose.replace(AUTOLINK, "").match(HTML);
    if (html) return say("html", { tag: html[0].trim().slice(0, 20) });
    const labels = new Set([...prose.matchAll(DEFINITION)].map((m) => m[1].trim().toLowerCase()));
    const images = [...prose.matchAll(/!\[([^\]]*)\](\(|\[)?/g)];
    if (images.some((m) => m[2] || labels.has(m[1].trim().toLowerCase()))) return say("image");
    const links = [...prose.matchAll(/\]\(\s*<?([^)\s>]*)/g), ...prose.matchAll(AUTOLINK), ...prose.matchAll(DEFINITION)];
    for (const m of links) {
      const link = m[m.length - 1];
      if (!/^(?:https?:\/\/|mailto:)/i.test(link)) return say("link", { link: link || "()" });
    }
    return "";
  }
  function parseDate(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m) return null;
    const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    return date.getUTCMonth() === +m[2] - 1 && date.getUTCDate() === +m[3] ? date : null;
  }
  const isoDate = (date) => date.toISOString().slice(0, 10);
  const addDays = (date, days) => new Date(date.getTime() + days * 86400000);
  const days = (a, b) => Math.round((b.getTime() - a.getTime()) / 86400000);

  function problem(f, v, values) {
    if (f.id === "consent") return v ? "" : say("consent");
    if (f.picker && isEmpty(v) && f.picker.input.value.trim()) { // typed, not picked: said once the person moves on
      return document.activeElement === f.picker.input ? "" : say("pickFromList", { label: f.inSentence });
    }
    if (isEmpty(v)) {
      if (!f.required) return "";
      if (f.control === "select" || f.picker) return say("chooseOne", { label: f.inSentence });
      if (f.control === "checkboxes") return say("chooseAtLeast", { min: f.minItems || 1 });
      return say("fillIn", { label: f.inSentence });
    }
    if (f.value === "array") {
      if (f.minItems !== null && v.length < f.minItems) return say("giveAtLeast", { min: f.minItems });
      if (f.maxItems !== null && v.length > f.maxItems) return say("atMost", { max: f.maxItems, count: v.length });
      const seen = new Map();
      for (const item of v) {
        const bad = characterProblem(f, item) || lengthProblem(item, f.itemMin, f.itemMax, item);
        if (bad) return bad;
        if (f.itemPattern && !f.itemPattern.test(item)) return say("itemPattern", { item });
        const key = item.normalize("NFKC").toLowerCase().split(/\s+/).filter((w) => w).join(" "); // as the validator
        if (f.unique && seen.has(key)) return say("sameItems", { item, other: seen.get(key) });
        seen.set(key, item);
      }
      return "";
    }
    if (f.value === "date") return dateProblem(f, v, values);
    if (typeof v !== "string") return "";
    const bad = characterProblem(f, v) || lengthProblem(v, num(f.main.getAttribute("minlength")), num(f.main.getAttribute("maxlength")), null);
    if (bad) return bad;
    if (f.pattern && !f.pattern.test(v)) return patternProblem(f);
    if (f.id === "title" && slug(v).length < 3) return say("slug");
    if (f.id === "country" && countries.size && !countries.has(v)) return say("country", { code: v });
    if (f.id === "region" && values.country && !v.startsWith(`${values.country}-`)) {
      return say("region", { code: v, country: values.country });
    }
    if (f.id === "description") return markdownProblem(v);
    return "";
  }
  function dateProblem(f, v, values) {
    const date = parseDate(v);
    if (!date) return say("date");
    if (f.id !== "expires") return "";
    const start = parseDate(values.published || "");
    if (!start) return "";
    if (date <= start) return say("dateAfter", { date: values.published });
    if (days(start, date) > maxDays) return say("daysAfter", { max: maxDays, date: isoDate(addDays(start, maxDays)) }, maxDays);
    return "";
  }

  // --- The listing and its YAML text ---------------------------------------------------------------------
  function listing(values) {
    const doc = {};
    for (const f of fields) {
      if (f.id === "consent") continue;
      const v = values[f.id];
      if (isEmpty(v)) continue;
      let target = doc;
      for (const key of f.path.slice(0, -1)) target = target[key] = target[key] || {};
      target[f.path[f.path.length - 1]] = { value: v, source: f.source };
    }
    const title = values.title || "";
    if (slug(title)) doc.id = { value: slug(title), source: "code" };
    const sorted = {};
    for (const key of order) if (doc[key] !== undefined) sorted[key] = doc[key];
    return sorted;
  }

  const RESERVED = /^(?:y|yes|n|no|true|false|on|off|null)$/i; // YAML 1.1 and 1.2 words that are not text
  const ESCAPES = { "\\": "\\\\", '"': '\\"', "\0": "\\0", "\x07": "\\a", "\b": "\\b", "\t": "\\t", "\n": "\\n",
    "\x0b": "\\v", "\f": "\\f", "\r": "\\r", "\x1b": "\\e", "\x85": "\\N", "\u2028": "\\L", "\u2029": "\\P" };
  const hex = (cp, width) => cp.toString(16).toUpperCase().padStart(width, "0");
  const awkward = (cp) => cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0xd800 && cp <= 0xdfff)
    || cp === 0x2028 || cp === 0x2029 || cp === 0xfeff || cp === 0xfffe || cp === 0xffff;
  function quoted(text) {
    let out = '"';
    for (const ch of text) {
      const cp = ch.codePointAt(0);
      if (ESCAPES[ch]) out += ESCAPES[ch];
      else if (cp >= 0xd800 && cp <= 0xdfff) out += "\\uFFFD"; // half a character: not text
      else if (awkward(cp)) out += cp <= 0xff ? `\\x${hex(cp, 2)}` : `\\u${hex(cp, 4)}`;
      else out += ch;
    }
    return `${out}"`;
  }
  function literal(text, indent) {
    const pad = " ".repeat(indent);
    return `|-\n${text.split("\n").map((line) => (line ? pad + line : "")).join("\n")}`;
  }
  function scalar(item, indent, flow) {
    const { value, source } = item;
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    if (source === "date" && parseDate(value)) return value; // plain YYYY-MM-DD
    if (source === "code" && /^[A-Za-z][A-Za-z0-9-]*$/.test(value) && !RESERVED.test(value)) return value;
    const multiLine = value.includes("\n") && ![...value].some((ch) => ch !== "\n" && ch !== "\t" && awkward(ch.codePointAt(0)));
    if (multiLine && !flow) return literal(value, indent);
    return quoted(value);
  }
  function yamlText(doc) {
    const lines = [];
    const emit = (key, item, indent) => {
      const pad = " ".repeat(indent);
      if (item.value === undefined) { // a group such as organisation
        lines.push(`${pad}${key}:`);
        for (const [k, v] of Object.entries(item)) emit(k, v, indent + 2);
      } else if (Array.isArray(item.value)) {
        lines.push(`${pad}${key}: [${item.value.map((v) => scalar({ value: v, source: item.source }, 0, true)).join(", ")}]`);
      } else {
        lines.push(`${pad}${key}: ${scalar(item, indent + 2, false)}`);
      }
    };
    for (const [key, item] of Object.entries(doc)) emit(key, item, 0);
    return lines.length ? `${lines.join("\n")}\n` : "";
  }

  // --- The ways out --------------------------------------------------------------------------------------
  const encode = (text) => encodeURIComponent(text);
  function issueAnswer(f, v) {
    if (f.control === "checkbox") return v ? f.issueOption : "";
    if (f.control === "select") return v === null || v === "" ? "" : f.main.selectedOptions[0].dataset.issueLabel;
    if (f.control === "checkboxes") return f.controls.filter((c) => c.checked).map((c) => c.dataset.issueLabel).join(", ");
    if (Array.isArray(v)) return v.join(", ");
    return String(v);
  }
  function issueUrl(values) {
    const params = [["template", cfg.template]];
    params.push(["title", `${cfg.issueTitle}${values.title || ""}`]); // the issue's title; the field is listing-title
    for (const f of fields) {
      if (!f.issue) continue;
      const answer = issueAnswer(f, values[f.id]);
      if (answer) params.push([f.issue, answer]);
    }
    return `${cfg.repository}/issues/new?${params.map(([k, v]) => `${encode(k)}=${encode(v)}`).join("&")}`;
  }
  const folderOf = (values) => `listings/${values.type ? `${values.type}s` : "…"}/`;
  const fileName = (values) => `${slug(values.title || "") || "…"}.yaml`;
  function proposeUrl(values, text) {
    const path = encode(folderOf(values) + fileName(values)).replace(/%2F/g, "/");
    const branch = cfg.branch.split("/").map(encode).join("/");
    return `${cfg.repository}/new/${branch}?filename=${path}&value=${encode(text)}`;
  }

  // --- Showing it all --------------------------------------------------------------------------------------
  let summaryShown = false;
  let state = { values: {}, problems: [], text: "" };

  function showProblem(f, message) {
    const visible = Boolean(message) && (f.shown || summaryShown);
    f.error.textContent = visible ? message : "";
    f.error.hidden = !visible;
    for (const c of f.control === "checkboxes" ? [f.wrap] : f.controls) {
      if (visible) c.setAttribute("aria-invalid", "true");
      else c.removeAttribute("aria-invalid");
    }
  }
  function showCount(f, v) {
    if (!f.count) return;
    if (f.control === "checkboxes") {
      f.count.textContent = v.length ? say("chosen", { count: v.length, max: f.maxItems, list: v.join(", ") })
        : say("noneChosen");
    } else if (f.value === "array") {
      f.count.textContent = v.length ? say("keywords", { count: v.length, list: v.join(" · ") }, v.length) : "";
    } else {
      const [min, max] = [f.main.getAttribute("minlength"), f.main.getAttribute("maxlength")];
      f.count.textContent = say("length", { length: length(v), min, max }, Number(max));
    }
  }
  function renderSummary() {
    summaryList.replaceChildren(...state.problems.map(({ f, message }) => {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = `#${f.control === "checkboxes" ? f.controls[0].id : f.main.id}`;
      a.textContent = say("fieldProblem", { label: f.label, message });
      a.addEventListener("click", (event) => {
        event.preventDefault();
        (f.control === "checkboxes" ? f.controls[0] : f.main).focus();
      });
      li.append(a);
      return li;
    }));
    summary.hidden = !(summaryShown && state.problems.length);
  }

  function update() {
    const values = {};
    for (const f of fields) values[f.id] = read(f);
    const problems = [];
    for (const f of fields) {
      const message = problem(f, values[f.id], values);
      showProblem(f, message);
      showCount(f, values[f.id]);
      if (message) problems.push({ f, message });
    }
    const text = yamlText(listing(values));
    state = { values, problems, text };
    preview.textContent = text || say("emptyPreview");
    filePath.textContent = folderOf(values) + fileName(values);
    if (issueLink) issueLink.href = issueUrl(values);
    if (proposeLink) proposeLink.href = proposeUrl(values, text);
    const long = Boolean(issueLink) && issueLink.href.length > LONG_URL;
    longNotice.hidden = !long; // stays after "Check my answers", unlike the status line
    if (mailLink) showMail(values, text);
    if (summaryShown) renderSummary();
    if (restored) saveDraft();
  }

  // --- The draft: kept in this browser (never sent), restored after a reload or a language switch ----------
  const DRAFT = `matchboard-draft:${cfg.repository || location.host}`; // the same key in every language's page
  function saveDraft() {
    const answers = {};
    for (const f of fields) {
      if (f.control === "checkboxes") answers[f.id] = f.controls.filter((c) => c.checked).map((c) => c.value);
      else if (f.control === "checkbox") answers[f.id] = f.main.checked;
      else if (f.picker) answers[f.id] = f.picker.code;
      else answers[f.id] = f.main.value;
    }
    try { localStorage.setItem(DRAFT, JSON.stringify({ answers, expiresChosen })); } catch { /* storage off or full */ }
  }
  function restoreDraft() {
    let draft = null;
    try { draft = JSON.parse(localStorage.getItem(DRAFT) || "null"); } catch { draft = null; }
    if (!draft || typeof draft.answers !== "object" || draft.answers === null) return;
    // Each answer only as the kind its question takes: a draft this page did not write (another version of
    // it, another script on the site's origin) must neither stop the page nor rename a checkbox's value.
    for (const f of fields) {
      const v = draft.answers[f.id];
      const kind = { checkboxes: Array.isArray(v), checkbox: typeof v === "boolean" }[f.control] ?? typeof v === "string";
      if (!kind) continue;
      if (f.control === "checkboxes") for (const c of f.controls) c.checked = v.includes(c.value);
      else if (f.control === "checkbox") f.main.checked = v;
      else if (f.picker) f.picker.set(v);
      else f.main.value = v;
      if (!isEmpty(v)) f.shown = true;
    }
    expiresChosen = draft.expiresChosen === true;
  }

  function showMail(values, text) {
    const subject = say("mailSubject", { title: values.title || "" });
    const href = `mailto:${contact}?subject=${encode(subject)}&body=${encode(`${say("mailIntro")}\n\n${text}`)}`;
    const tooLong = href.length > LONG_MAILTO;
    mailLink.hidden = tooLong;
    mailLink.href = tooLong ? "#" : href;
    document.getElementById("mb-mail-help").hidden = tooLong;
    document.getElementById("mb-mail-long").hidden = !tooLong;
    document.getElementById("mb-mail-address").textContent = tooLong ? contact : "";
  }

  function ready(event) {
    update();
    if (!state.problems.length) return true;
    if (event) event.preventDefault();
    summaryShown = true;
    update();
    renderSummary();
    summary.focus();
    return false;
  }

  // --- Wiring ----------------------------------------------------------------------------------------------
  fields.push({ // the publication consent: asked here too, and ticked again on GitHub
    wrap: consent, id: "consent", path: ["consent"], control: "checkbox", label: consent.dataset.label, required: true,
    issue: "consent", issueOption: consent.dataset.issueOption, controls: [consentBox], main: consentBox,
    error: document.getElementById("mb-f-consent-error"), count: null, shown: false, value: "boolean", source: "text",
  });
  byId.consent = fields[fields.length - 1];

  const published = byId.published.main;
  const expires = byId.expires.main;
  let expiresChosen = false;
  let restored = false; // no saving before the draft is read back
  function followPublished() {
    const start = parseDate(published.value);
    if (start && !expiresChosen) expires.value = isoDate(addDays(start, defaultDays));
  }
  const now = new Date();
  published.value = isoDate(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
  followPublished();

  const owner = (target) => fields.find((f) => f.controls.includes(target));
  form.addEventListener("input", (event) => {
    const f = owner(event.target);
    if (f) f.shown = true;
    if (event.target === published) followPublished();
    if (event.target === expires) expiresChosen = true;
    update();
  });
  form.addEventListener("change", (event) => {
    const f = owner(event.target);
    if (f) f.shown = true;
    update();
  });
  form.addEventListener("focusout", (event) => {
    const f = owner(event.target);
    if (f && f.control !== "checkboxes" && (!f.shown || f.picker)) { f.shown = true; update(); }
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (ready(null)) {
      summary.hidden = true;
      status.textContent = say("ready");
      ways.querySelector(".mb-button").focus();
    }
  });
  for (const filter of form.querySelectorAll("input[data-filter]")) {
    const list = byId[filter.dataset.filter];
    filter.addEventListener("input", () => {
      const words = filter.value.toLowerCase().split(/\s+/).filter((w) => w);
      for (const c of list.controls) {
        const text = c.dataset.label.toLowerCase();
        c.parentElement.hidden = !c.checked && !words.every((w) => text.includes(w));
      }
      for (const group of list.wrap.querySelectorAll(".mb-group")) {
        group.hidden = ![...group.querySelectorAll(".mb-choice")].some((choice) => !choice.hidden);
      }
    });
  }
  for (const link of [issueLink, proposeLink, mailLink]) if (link) link.addEventListener("click", ready);
  if (copyButton) copyButton.addEventListener("click", async () => {
    if (!ready(null)) return;
    try {
      await navigator.clipboard.writeText(state.text);
      status.textContent = say("copied");
    } catch {
      status.textContent = say("copyFailed");
    }
  });
  download.addEventListener("click", () => {
    if (!ready(null)) return;
    const blob = new Blob([state.text], { type: "application/yaml" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = fileName(state.values);
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    status.textContent = say("saved", { file: a.download });
  });

  restoreDraft();
  restored = true;
  followCountry();
  ways.hidden = false;
  update();
})();
