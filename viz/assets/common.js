/* policykg pages, inlined before each page's own script: script errors counted on <html>
 * (data-errors, data-last-error) for the browser tests, and the DOM helpers every page builds
 * with (text only: all text from documents goes in through textContent). */
(function () {
  "use strict";
  var root = document.documentElement;
  var errors = 0;
  window.addEventListener("error", function (ev) {
    errors += 1;
    root.setAttribute("data-errors", String(errors));
    if (ev && ev.message) root.setAttribute("data-last-error", String(ev.message).slice(0, 200));
  }, true);
  window.PolicyKG = {
    el: function (tag, cls, text) {
      var e = document.createElement(tag);
      if (cls) e.className = cls;
      if (text !== undefined && text !== null) e.textContent = String(text);
      return e;
    },
    add: function (parent) {
      for (var i = 1; i < arguments.length; i++) if (arguments[i]) parent.appendChild(arguments[i]);
      return parent;
    }
  };
})();
