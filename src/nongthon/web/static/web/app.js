// Keyboard shortcuts on the review page: a = accept, r = reject, c = correct, j/k = next/previous fact.
document.addEventListener("keydown", function (event) {
  var page = document.querySelector("[data-review]");
  if (!page || event.ctrlKey || event.metaKey || event.altKey) return;
  var tag = (event.target.tagName || "").toLowerCase();
  if (tag === "input" || tag === "textarea" || tag === "select") return;
  var target = null;
  if (event.key === "a") target = page.querySelector("[data-shortcut='accept']");
  else if (event.key === "r") target = page.querySelector("[data-shortcut='reject']");
  else if (event.key === "c") {
    var details = page.querySelector("details.correct");
    if (details) {
      event.preventDefault();
      details.open = true;
      var first = details.querySelector("input:not([type=hidden]), select");
      if (first) first.focus();
    }
    return;
  }
  else if (event.key === "j") target = page.querySelector("[data-shortcut='next']");
  else if (event.key === "k") target = page.querySelector("[data-shortcut='previous']");
  if (target) { event.preventDefault(); target.click(); }
});
// Bring the highlighted evidence into view inside its scrolling box, without moving the page.
function showEvidence() {
  var mark = document.querySelector(".doc-text mark.current");
  if (!mark) return;
  var box = mark.closest(".doc-text");
  box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);  // .doc-text is the offsetParent
}
document.addEventListener("DOMContentLoaded", showEvidence);
document.addEventListener("htmx:afterSettle", showEvidence);
