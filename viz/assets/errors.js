/* policykg pages: script errors counted on <html> (data-errors, data-last-error) for the browser
 * tests; inlined before each page's own script. */
(function () {
  "use strict";
  var root = document.documentElement;
  var errors = 0;
  window.addEventListener("error", function (ev) {
    errors += 1;
    root.setAttribute("data-errors", String(errors));
    if (ev && ev.message) root.setAttribute("data-last-error", String(ev.message).slice(0, 200));
  }, true);
})();
