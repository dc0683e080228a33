// Optional enhancement only: every page works without it.
// Two minutes before the session ends, the notice becomes urgent and is announced, so people who
// need more time can extend it (WCAG 2.2.1). The error summary takes focus after a failed post.
(function () {
  "use strict";
  var summary = document.getElementById("fehlerliste");
  if (summary) { summary.focus(); }
  // Questions under an answer show only while that answer is chosen; without this script they stay
  // visible with a hint naming the answer.
  Array.prototype.forEach.call(document.querySelectorAll(".choice-conditional[data-revealed-by]"), function (box) {
    var inputs = box.getAttribute("data-revealed-by").split(" ").map(function (id) { return document.getElementById(id); })
      .filter(function (input) { return input; });
    if (inputs.length === 0) { return; }
    var update = function () {
      box.hidden = !inputs.some(function (input) { return input.checked; });
    };
    Array.prototype.forEach.call(document.getElementsByName(inputs[0].name), function (input) {
      input.addEventListener("change", update);
    });
    update();
  });
  var notice = document.querySelector(".session-notice[data-seconds-left]");
  if (!notice) { return; }
  var secondsLeft = parseInt(notice.getAttribute("data-seconds-left"), 10);
  if (!(secondsLeft > 0) || notice.classList.contains("is-urgent")) { return; }
  // Out of sight until the last five minutes; then the warning with its button, announced.
  notice.hidden = true;
  window.setTimeout(function () {
    var text = notice.querySelector(".session-notice-text");
    if (text) { text.textContent = notice.getAttribute("data-warning"); }
    notice.classList.add("is-urgent");
    notice.setAttribute("role", "alert");
    notice.hidden = false;
    var button = notice.querySelector("button");
    if (button) { button.focus(); }
  }, Math.max(0, secondsLeft - 300) * 1000);
})();
