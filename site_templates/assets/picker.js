// The Submit page's pickers: a code (a country, a region) chosen by its name in the reader's language.
//
// Why an editable combobox (WAI-ARIA APG "combobox with list autocomplete") rather than a native control:
// a <select> finds an option only by the first letters of its label, so "UK", the English "Germany" on the
// French page or the code "DE" find nothing, and 250 countries are a long scroll on a phone; an <input list>
// (datalist) writes the code, not the name, into the box, is shown differently by every browser, is not read
// out by several screen readers, and its list cannot be styled or tested. This is a plain text box (a phone's
// keyboard, a hardware keyboard and a screen reader all know it) with a list under it: arrows move through it,
// Enter or a tap picks, Escape closes; a polite status says how many suggestions there are.
// The server renders a <select> (the options and their search names); this script replaces it.
(() => {
  "use strict";
  const fold = (text) => text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();

  // How well an option fits what was typed: lower is better; null when it does not fit.
  function fit(option, query) {
    if (!query) return 0;
    if (option.foldedCode === query) return 0;
    if (option.folded[0].startsWith(query)) return 1;
    if (option.folded.some((name) => name === query)) return 1;
    if (option.folded.some((name) => name.startsWith(query))) return 2;
    if (option.folded.some((name) => name.split(/[\s\-'’(),]+/).some((word) => word.startsWith(query)))) return 3;
    if (option.folded.some((name) => name.includes(query))) return 4;
    return null;
  }

  // options: [{code, label, names: [other names], hint, first: bool}]; say(key, values, count): the page's words.
  function picker(select, say) {
    const input = document.createElement("input");
    const list = document.createElement("ul");
    const status = document.createElement("p");
    const box = document.createElement("div");
    const id = select.id;
    for (const name of ["aria-describedby", "name", "autocomplete"]) {
      if (select.hasAttribute(name)) input.setAttribute(name, select.getAttribute(name));
    }
    Object.assign(input, { id, type: "text", autocomplete: "off", spellcheck: false });
    if (select.required) input.setAttribute("aria-required", "true");
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", `${id}-list`);
    input.setAttribute("autocapitalize", "off");
    list.id = `${id}-list`;
    list.className = "mb-picker-list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", say("suggestionList", { label: select.dataset.label }));
    list.hidden = true;
    status.className = "mb-visually-hidden";
    status.setAttribute("role", "status");
    box.className = "mb-picker";
    box.append(input, list, status);
    select.replaceWith(box);

    let options = [];
    let shown = [];
    let active = -1;
    let code = "";
    let chosenLabel = "";
    const listeners = [];
    const byCode = () => new Map(options.map((o) => [o.code, o]));

    function setOptions(found) {
      options = found.map((o) => ({ ...o, foldedCode: fold(o.code),
        folded: [o.label, ...o.names, o.code].map(fold) }));
      const known = byCode().get(code);
      const typedName = !code && input.value.trim() ? exact() : null; // typed while the list was on its way
      if (typedName) change(typedName.code, typedName.label);
      else if (code && known) show(known);
      else if (code && options.length) { // not one of this list's codes (a draft of another country)
        input.value = "";
        change("", "");
      }
      if (!list.hidden) render();
    }
    function show(option) {
      chosenLabel = option.label;
      input.value = option.label;
    }
    function change(next, text) {
      const changed = next !== code;
      code = next;
      chosenLabel = next ? text : "";
      if (changed) for (const listener of listeners) listener(code);
    }
    // What the list offers: everything when the box shows the picked name, else what fits the text typed.
    const typed = () => (input.value === chosenLabel ? "" : fold(input.value));
    function render(query = typed()) {
      const ranked = options.map((o, index) => ({ o, index, rank: fit(o, query) })).filter((r) => r.rank !== null);
      if (!query) ranked.sort((a, b) => Number(b.o.first) - Number(a.o.first) || a.index - b.index);
      else ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
      shown = ranked.map((r) => r.o);
      active = -1;
      input.removeAttribute("aria-activedescendant");
      list.replaceChildren(...shown.map((o, index) => {
        const li = document.createElement("li");
        li.id = `${id}-option-${o.code}`;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false"); // as the APG has it: true on the option the arrows are on
        if (o.code === code) li.classList.add("mb-picker-chosen");
        li.dataset.index = String(index);
        const hint = document.createElement("span");
        hint.className = "mb-picker-hint";
        hint.textContent = o.hint;
        li.append(o.label, " ", hint);
        if (o.first && shown[index + 1] && !shown[index + 1].first) li.classList.add("mb-picker-last-usual");
        return li;
      }));
      status.textContent = shown.length ? say("suggestions", { count: shown.length }, shown.length) : say("noSuggestion");
    }
    function open(query = typed()) {
      render(query);
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }
    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }
    function highlight(index) {
      const items = list.children;
      if (active >= 0 && items[active]) {
        items[active].classList.remove("mb-picker-active");
        items[active].setAttribute("aria-selected", "false");
      }
      active = index;
      if (active < 0) { input.removeAttribute("aria-activedescendant"); return; }
      items[active].classList.add("mb-picker-active");
      items[active].setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", items[active].id);
      items[active].scrollIntoView({ block: "nearest" });
    }
    function pick(option) {
      show(option);
      close();
      change(option.code, option.label);
      input.dispatchEvent(new Event("change", { bubbles: true }));
    }
    // A name typed in full (in any of the languages searched, or the code) is the same as picking it.
    function exact() {
      const query = fold(input.value);
      const found = options.filter((o) => o.folded.includes(query));
      return query && found.length === 1 ? found[0] : null;
    }

    input.addEventListener("input", () => {
      const found = exact();
      change(found ? found.code : "", found ? found.label : "");
      open(fold(input.value));
    });
    input.addEventListener("keydown", (event) => {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        if (list.hidden) { open(); if (event.altKey) return; }
        const step = event.key === "ArrowDown" ? 1 : -1;
        if (shown.length) highlight(Math.max(0, Math.min(shown.length - 1, active + step)));
      } else if (event.key === "Enter" && !list.hidden) {
        event.preventDefault(); // Enter picks; it does not send the form
        const option = shown[active >= 0 ? active : 0];
        if (option) pick(option);
        else close();
      } else if (event.key === "Escape" && !list.hidden) {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener("click", () => (list.hidden ? open() : close()));
    list.addEventListener("mousedown", (event) => event.preventDefault()); // the box keeps the focus
    list.addEventListener("click", (event) => {
      const item = event.target.closest("[role=option]");
      if (item) pick(shown[Number(item.dataset.index)]);
    });
    input.addEventListener("blur", () => {
      close();
      const found = exact();
      if (found && (found.code !== code || input.value !== found.label)) pick(found); // its name, not what was typed
      else if (!input.value.trim() && code) { change("", ""); input.dispatchEvent(new Event("change", { bubbles: true })); }
    });

    return {
      input,
      get code() { return code; },
      codes: () => options.map((o) => o.code),
      setOptions,
      onChange: (listener) => listeners.push(listener),
      // A code given back (a restored draft): its name is shown once the list that holds it is there.
      set(next) {
        const known = byCode().get(next);
        if (known) show(known);
        else input.value = next;
        change(next, known ? known.label : next);
      },
      clear() {
        input.value = "";
        change("", "");
      },
      disable(off) {
        input.disabled = off;
        if (off) close();
      },
    };
  }

  // The options of a <select> the server wrote: value, label, data-names (other names, separated by " | ").
  function fromSelect(select) {
    const seen = new Map();
    for (const o of select.querySelectorAll("option")) {
      if (!o.value || seen.has(o.value)) continue;
      seen.set(o.value, { code: o.value, label: o.textContent, hint: o.value, first: o.parentElement.hasAttribute("data-usual"),
        names: (o.dataset.names || "").split(" | ").filter((n) => n), regions: o.hasAttribute("data-regions") });
    }
    return [...seen.values()];
  }

  window.matchboardPicker = { picker, fromSelect };
})();
