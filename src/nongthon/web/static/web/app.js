// Keyboard shortcuts on the review page: a = accept, r = reject, j/k = next/previous fact.
document.addEventListener("keydown", function (event) {
  var page = document.querySelector("[data-review]");
  if (!page || event.ctrlKey || event.metaKey || event.altKey) return;
  var tag = (event.target.tagName || "").toLowerCase();
  if (tag === "input" || tag === "textarea" || tag === "select") return;
  var target = null;
  if (event.key === "a") target = page.querySelector("[data-shortcut='accept']");
  else if (event.key === "r") target = page.querySelector("[data-shortcut='reject']");
  else if (event.key === "j") target = page.querySelector("[data-shortcut='next']");
  else if (event.key === "k") target = page.querySelector("[data-shortcut='previous']");
  if (target) { event.preventDefault(); target.click(); }
});
// After a swap, bring the highlighted evidence into view.
function showEvidence() {
  var mark = document.querySelector(".doc-text mark.current") ||
    (location.hash && document.getElementById(location.hash.slice(1)));
  if (mark && mark.scrollIntoView) mark.scrollIntoView({ block: "center" });
}
document.addEventListener("DOMContentLoaded", showEvidence);
document.addEventListener("htmx:afterSettle", showEvidence);
