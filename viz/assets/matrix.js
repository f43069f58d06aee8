/* policykg matrix view: rows × columns of support counts, sortable, quotes on click.
 * All text from documents goes into the page through textContent only.
 * Diagnostics for tests live on <html>: data-state, data-rows, data-cols, data-cells,
 * data-ready-ms, data-min-px, data-external, data-errors, data-selected. */
(function () {
  "use strict";
  var root = document.documentElement;
  var DATA = JSON.parse(document.getElementById("policykg-data").textContent);
  var KINDS = {doc: {mark: "文", zh: "文件提及", en: "a document of the row names it", rgb: "59,91,219"},
    cluster: {mark: "群", zh: "集群包含", en: "a cluster of the row includes it", rgb: "156,54,181"}};

  var el = PolicyKG.el, add = PolicyKG.add;  // viz/assets/common.js

  var rows = DATA.rows, cols = DATA.cols, cell = {}, rowTotal = [], colTotal = [], maxN = 1;
  rows.forEach(function (_, i) { rowTotal[i] = 0; });
  cols.forEach(function (_, j) { colTotal[j] = 0; });
  DATA.cells.forEach(function (c) {
    cell[c.r + ":" + c.c] = c;
    rowTotal[c.r] += c.n; colTotal[c.c] += c.n; maxN = Math.max(maxN, c.n);
  });
  var rowOrder = rows.map(function (_, i) { return i; });
  var colOrder = cols.map(function (_, j) { return j; });  // the page's order: groups, related side by side
  var groupOrder = colOrder.slice(), sortedBy = null, selected = null;

  document.getElementById("title").textContent = DATA.meta.title;
  document.getElementById("subtitle").textContent = DATA.meta.subtitle;
  var legend = document.getElementById("legend");
  Object.keys(KINDS).forEach(function (k) {
    var sw = el("span", "sw", KINDS[k].mark);
    sw.style.background = "rgba(" + KINDS[k].rgb + ",0.35)";
    add(legend, add(el("li"), sw, el("span", null, KINDS[k].zh + " — " + KINDS[k].en)));
  });
  var both = el("span", "sw", "文群");
  both.style.background = "rgba(120,70,200,0.35)";
  add(legend, add(el("li"), both, el("span", null, "both · the number: documents in support")));
  var mk = el("span", "sw", "≈"); mk.style.color = "#e8a200";
  add(legend, add(el("li"), mk, el("span", null, "related field next to it (SKOS related); ⊃ broader concept")));

  function colour(c) {
    var a = 0.12 + 0.55 * Math.sqrt(c.n / maxN);
    var rgb = c.kinds.length > 1 ? "120,70,200" : KINDS[c.kinds[0]].rgb;
    return "rgba(" + rgb + "," + a.toFixed(2) + ")";
  }
  function docName(d) { return (DATA.documents[d] || {}).short || d; }

  function showCell(r, c) {
    var x = cell[r + ":" + c];
    var panel = document.getElementById("details");
    panel.textContent = "";
    if (!x) { panel.hidden = true; return; }
    selected = r + ":" + c;
    root.setAttribute("data-selected", rows[r].label + "|" + cols[c].label);
    add(panel, el("h2", null, "出处 Sources"), el("div", "label", rows[r].label + " × " + cols[c].label));
    add(panel, el("div", "muted", x.n + " document" + (x.n > 1 ? "s" : "") + " · " +
      x.kinds.map(function (k) { return KINDS[k].zh; }).join(" + ")));
    var chips = el("div", "chips");
    x.docs.forEach(function (d) {
      var chip = el("span", "chip", docName(d));
      chip.title = (DATA.documents[d] || {}).title || d;
      add(chips, chip);
    });
    add(panel, chips);
    x.quotes.forEach(function (q) {
      var b = el("blockquote", null, q.q);
      var cite = el("cite", null, "— " + docName(q.doc) + (q.sec ? " · " + q.sec : ""));
      cite.title = (DATA.documents[q.doc] || {}).title || q.doc;
      add(panel, add(b, cite));
    });
    panel.hidden = false;
    draw();
  }

  function draw() {
    var t0 = performance.now();
    var table = el("table", "mx"), thead = el("thead"), groups = el("tr", "groups"), heads = el("tr", "heads");
    var corner = el("th", "corner", DATA.meta.rows + " × " + DATA.meta.cols);
    corner.rowSpan = 2;
    add(groups, corner);
    var last = null, span = null;
    colOrder.forEach(function (j, k) {
      var g = cols[j].group;
      if (g !== last) { span = el("th", "gstart", g); span.colSpan = 1; span.title = g; add(groups, span); last = g; }
      else span.colSpan += 1;
      var c = cols[j], th = el("th", k && cols[colOrder[k - 1]].group !== g ? "gstart" : (k ? "" : "gstart"));
      var label = el("span", null, c.label);
      var nb = [colOrder[k - 1], colOrder[k + 1]];
      var rel = (c.related || []).filter(function (m) { return nb.indexOf(m) >= 0; });
      if (rel.length) { th.classList.add("relpair"); add(label, el("span", "mark", " ≈")); }
      if (c.narrower && c.narrower.length) add(label, el("span", "mark", " ⊃"));
      th.title = c.label + (c.en ? " · " + c.en : "") + (c.related ? " · related: " +
        c.related.map(function (m) { return cols[m].label; }).join("、") : "") +
        (c.broader !== undefined ? " · broader: " + cols[c.broader].label : "") + " · total " + colTotal[j];
      if (sortedBy === "col:" + j) th.classList.add("sorted");
      th.addEventListener("click", function () { sortRowsBy(j); });
      add(heads, add(th, label));
    });
    add(thead, groups, heads);
    var tbody = el("tbody");
    rowOrder.forEach(function (i) {
      var tr = el("tr"), r = rows[i], th = el("th", null, r.label);
      th.title = (r.title || r.label) + " · total " + rowTotal[i];
      if (sortedBy === "row:" + i) th.classList.add("sorted");
      th.addEventListener("click", function () { sortColsBy(i); });
      add(tr, th);
      colOrder.forEach(function (j, k) {
        var td = el("td", k && cols[colOrder[k - 1]].group !== cols[j].group ? "gstart" : (k ? "" : "gstart"));
        var x = cell[i + ":" + j];
        if (x) {
          var b = el("button", null, x.n);
          add(b, el("span", "k", x.kinds.map(function (k2) { return KINDS[k2].mark; }).join("")));
          b.title = r.label + " × " + cols[j].label + ": " + x.n + " · " +
            x.kinds.map(function (k2) { return KINDS[k2].zh; }).join(" + ");
          td.style.background = colour(x);
          if (selected === i + ":" + j) td.classList.add("on");
          b.addEventListener("click", function () { showCell(i, j); });
          add(td, b);
        }
        add(tr, td);
      });
      add(tbody, tr);
    });
    add(table, thead, tbody);
    var main = document.getElementById("matrix");
    main.textContent = "";
    main.appendChild(table);
    root.setAttribute("data-draw-ms", String(Math.round(performance.now() - t0)));
  }

  function byName(a, b) { return rows[a].label < rows[b].label ? -1 : rows[a].label > rows[b].label ? 1 : 0; }
  function sortRowsBy(j) {
    sortedBy = "col:" + j;
    rowOrder.sort(function (a, b) {
      return ((cell[b + ":" + j] || {}).n || 0) - ((cell[a + ":" + j] || {}).n || 0) || rowTotal[b] - rowTotal[a] || byName(a, b);
    });
    draw();
  }
  function sortColsBy(i) {  // within the column groups, so related fields stay side by side
    sortedBy = "row:" + i;
    var gsum = {}, first = {};
    groupOrder.forEach(function (j, k) {
      var g = cols[j].group;
      gsum[g] = (gsum[g] || 0) + ((cell[i + ":" + j] || {}).n || 0);
      if (first[g] === undefined) first[g] = k;
    });
    var pos = {};
    groupOrder.forEach(function (j, k) { pos[j] = k; });
    colOrder = groupOrder.slice().sort(function (a, b) {
      var ga = cols[a].group, gb = cols[b].group;
      return gsum[gb] - gsum[ga] || first[ga] - first[gb] || pos[a] - pos[b];
    });
    draw();
  }
  document.getElementById("sort-rows-total").addEventListener("click", function () {
    sortedBy = null; rowOrder.sort(function (a, b) { return rowTotal[b] - rowTotal[a] || byName(a, b); }); draw();
  });
  document.getElementById("sort-rows-name").addEventListener("click", function () {
    sortedBy = null; rowOrder.sort(byName); draw();
  });
  document.getElementById("sort-cols-group").addEventListener("click", function () {
    sortedBy = null; colOrder = groupOrder.slice(); draw();
  });
  document.getElementById("sort-cols-total").addEventListener("click", function () {
    sortedBy = null;
    colOrder = groupOrder.slice().sort(function (a, b) { return colTotal[b] - colTotal[a] || a - b; });
    draw();
  });

  draw();
  // hooks for tests and links: #sort=COLUMN (rows by a column) and #cell=ROW|COLUMN (its quotes)
  function find(list, label) {
    for (var i = 0; i < list.length; i++) if (list[i].label === label) return i;
    return -1;
  }
  var hash = decodeURIComponent(location.hash.slice(1));
  var ms = /(?:^|&)sort=([^&]*)/.exec(hash), mc = /(?:^|&)cell=([^&|]*)\|([^&]*)/.exec(hash);
  if (ms && find(cols, ms[1]) >= 0) sortRowsBy(find(cols, ms[1]));
  if (mc && find(rows, mc[1]) >= 0 && find(cols, mc[2]) >= 0) showCell(find(rows, mc[1]), find(cols, mc[2]));

  // ---- ready: diagnostics ----------------------------------------------------
  setTimeout(function () {
    root.setAttribute("data-ready-ms", String(Math.round(performance.now())));
    root.setAttribute("data-rows", String(rows.length));
    root.setAttribute("data-cols", String(cols.length));
    root.setAttribute("data-cells", String(document.querySelectorAll("table.mx td button").length));
    var px = 99;
    document.querySelectorAll("table.mx tbody th, table.mx thead tr.heads th span, table.mx td button").forEach(function (e) {
      px = Math.min(px, parseFloat(getComputedStyle(e).fontSize));
    });
    root.setAttribute("data-min-px", String(px));
    var ext = performance.getEntriesByType("resource").map(function (r) { return r.name; })
      .filter(function (u) { return !/^(data|blob):/.test(u); });
    root.setAttribute("data-external", String(ext.length));
    root.setAttribute("data-state", "ready");
  }, 0);
})();
