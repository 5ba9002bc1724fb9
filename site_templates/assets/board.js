// Reveal e-mail addresses on a click: they are not in the page as text, so harvesters miss them.
document.addEventListener("click", (event) => {
  const link = event.target.closest("a[data-mb-email]");
  if (!link || link.dataset.mbRevealed) return;
  event.preventDefault();
  const bytes = Uint8Array.from(atob(link.dataset.mbEmail), (c) => c.charCodeAt(0));
  const address = new TextDecoder().decode(bytes).split("").reverse().join("");
  const subject = link.dataset.mbSubject ? "?subject=" + encodeURIComponent(link.dataset.mbSubject) : "";
  link.href = "mailto:" + address + subject;
  if (!link.classList.contains("mb-button")) link.textContent = address;
  link.dataset.mbRevealed = "1";
  if (link.classList.contains("mb-button")) window.location.href = link.href;
});

// "Express interest": a dialog with the facilitator's address (decoded only now), a prefilled subject and message,
// copy buttons for webmail and a mailto link for a mail program. The dialog is the same on every listing page of a
// language, so it is fetched once from the tree's root (data-mb-dialog) instead of weighing down every page.
const decoded = (text) => new TextDecoder().decode(Uint8Array.from(atob(text), (c) => c.charCodeAt(0)))
  .split("").reverse().join("");
const loadDialog = async (opener) => {
  try {
    const response = await fetch(opener.dataset.mbDialog);
    if (!response.ok) return null;
    opener.closest("p").insertAdjacentHTML("afterend", await response.text());
  } catch {
    return null; // offline or the server gone: the caller shows the address instead
  }
  const dialog = document.getElementById("mb-interest");
  // One pass with a function: a title holding "{url}" or "$'" (a replacement pattern) stays as written.
  const values = { title: document.querySelector(".mb-listing h1").textContent, id: opener.dataset.mbListing,
    url: window.location.href.split("#")[0] };
  const fill = (text) => text.replace(/\{(title|id|url)\}/g, (whole, name) => values[name]);
  const subject = dialog.querySelector("#mb-interest-subject");
  subject.value = fill(subject.dataset.template);
  const body = dialog.querySelector("#mb-interest-body");
  body.value = fill(body.dataset.template);
  return dialog;
};
// One fetch however many clicks arrive while it runs (a double click inserted the dialog twice); after a failed one,
// the next click tries again.
let dialogLoading = null;
const interestDialog = (opener) => {
  const dialog = document.getElementById("mb-interest");
  if (dialog) return Promise.resolve(dialog);
  dialogLoading ??= loadDialog(opener).then((loaded) => {
    dialogLoading = null;
    return loaded;
  });
  return dialogLoading;
};
// Without the dialog, the facilitator's address as a mail link beside the button: the reader can still write.
const showAddress = (opener, address) => {
  if (opener.parentElement.querySelector("a[data-mb-fallback]")) return;
  const title = document.querySelector(".mb-listing h1").textContent;
  const link = document.createElement("a");
  link.href = `mailto:${address}?subject=${encodeURIComponent(`${title} (${opener.dataset.mbListing})`)}`;
  link.textContent = address;
  link.dataset.mbFallback = "1";
  opener.after(" ", link);
};
document.addEventListener("click", async (event) => {
  const opener = event.target.closest("[data-mb-interest]");
  if (opener) {
    const dialog = await interestDialog(opener);
    const address = decoded(opener.dataset.mbInterest);
    if (!dialog) {
      showAddress(opener, address);
      return;
    }
    const body = dialog.querySelector("#mb-interest-body");
    dialog.querySelector("#mb-interest-address").value = address;
    const subject = dialog.querySelector("#mb-interest-subject").value;
    const mail = () => {
      dialog.querySelector("#mb-interest-mail").href =
        `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.value)}`;
    };
    mail();
    body.oninput = mail;
    if (!dialog.open) dialog.showModal(); // a second click of a double click finds it open already
    return;
  }
  const copy = event.target.closest("[data-mb-copy]");
  if (copy) {
    const field = document.getElementById(copy.dataset.mbCopy);
    const status = copy.closest("dialog").querySelector("[data-copied]");
    field.select();
    navigator.clipboard.writeText(field.value).then(() => { status.textContent = status.dataset.copied; },
      () => { status.textContent = ""; }); // the text stays selected: the reader copies it by hand
    return;
  }
  if (event.target.closest("[data-mb-close]")) event.target.closest("dialog").close();
});

// Material's script for its own language selector fetches a sitemap.xml beside every <link rel="alternate"> once the
// page has loaded (a 404 per feed and per language version of the page) and then reroutes clicks on links under those
// addresses. The board's language menu already links each version of the page, so the head's alternates are kept out
// of that one look-up: a listener capturing on window runs before Material's on document, the bubbling one after it
// gives the links back their rel, so that readers of the page find them as written in the HTML.
window.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll('link[rel="alternate"]').forEach((link) => { link.rel = "mb-alternate"; });
}, { capture: true, once: true });
window.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll('link[rel="mb-alternate"]').forEach((link) => { link.rel = "alternate"; });
}, { once: true });
