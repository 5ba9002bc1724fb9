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
