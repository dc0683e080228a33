// Optional enhancement only: every page works without it.
// Two minutes before the session ends, the notice becomes urgent and is announced, so people who
// need more time can extend it (WCAG 2.2.1). The error summary takes focus after a failed post.
(function () {
  "use strict";
  var summary = document.getElementById("fehlerliste");
  if (summary) { summary.focus(); }
  var notice = document.querySelector(".session-notice[data-seconds-left]");
  if (!notice) { return; }
  var secondsLeft = parseInt(notice.getAttribute("data-seconds-left"), 10);
  if (!(secondsLeft > 0)) { return; }
  window.setTimeout(function () {
    notice.classList.add("is-urgent");
    notice.setAttribute("role", "alert");
    var button = notice.querySelector("button");
    if (button) { button.focus(); }
  }, Math.max(0, secondsLeft - 120) * 1000);
})();
