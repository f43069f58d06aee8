/* policykg HTML view: draws the embedded PolicyGraph with vis-network.
 * All text from documents goes into the page through textContent only.
 * Diagnostics for tests live on <html>: data-state, data-nodes, data-edges,
 * data-ready-ms, data-ink, data-external, data-errors, data-selected. */
(function () {
  "use strict";
  var root = document.documentElement;
  var errors = 0;
  window.addEventListener("error", function (ev) {
    errors += 1;
    root.setAttribute("data-errors", String(errors));
    if (ev && ev.message) root.setAttribute("data-last-error", String(ev.message).slice(0, 200));
  }, true);

  var T = {start: performance.now()};  // phase times (ms since navigation) for data-phases
  var DATA = JSON.parse(document.getElementById("policykg-data").textContent);
  T.json = performance.now();
  var FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
  var BIG = DATA.nodes.length > 1500;
  var MODE = DATA.meta.mode;
  // bigger labels for the nodes that structure the graph, so they stay legible zoomed out
  var FONT_SIZES = MODE === "compare" ? {Region: 26, Cluster: 18, Field: 18}
    : DATA.nodes.length > 80 ? {Document: 28, Region: 26, Cluster: 18, Field: 14}
    : {Document: 15, Region: 18, Cluster: 15, Field: 14};
  var styles = {}, docTitle = {}, byId = {}, nodeDocs = {};
  DATA.types.forEach(function (t) { styles[t.type] = t; });
  DATA.documents.forEach(function (d) { docTitle[d.id] = d.title; });
  DATA.nodes.forEach(function (n) {
    byId[n.id] = n;
    nodeDocs[n.id] = (n.docs || []).slice();
    if (n.type === "Document") nodeDocs[n.id].push(n.id.slice("Document/".length));
  });

  // ---- small DOM helpers (text only) -------------------------------------
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function add(parent) {
    for (var i = 1; i < arguments.length; i++) if (arguments[i]) parent.appendChild(arguments[i]);
    return parent;
  }
  function clip(s, n) { s = String(s || ""); return s.length > n ? s.slice(0, n - 1) + "…" : s; }
  function swatch(type) {
    var s = styles[type] || {color: "#999", shape: "dot"};
    var NS = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(NS, "svg");
    svg.setAttribute("class", "swatch"); svg.setAttribute("width", "16"); svg.setAttribute("height", "16");
    svg.setAttribute("viewBox", "0 0 16 16");
    var shapes = {
      dot: ["circle", {cx: 8, cy: 8, r: 6}],
      box: ["rect", {x: 1, y: 3, width: 14, height: 10, rx: 3}],
      square: ["rect", {x: 2, y: 2, width: 12, height: 12}],
      diamond: ["polygon", {points: "8,1 15,8 8,15 1,8"}],
      triangle: ["polygon", {points: "8,1 15,14 1,14"}],
      triangleDown: ["polygon", {points: "1,2 15,2 8,15"}],
      hexagon: ["polygon", {points: "4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8"}],
      star: ["polygon", {points: "8,0.8 10,6 15.5,6 11,9.4 12.8,15 8,11.6 3.2,15 5,9.4 0.5,6 6,6"}]
    };
    var spec = shapes[s.shape] || shapes.dot;
    var shape = document.createElementNS(NS, spec[0]);
    Object.keys(spec[1]).forEach(function (k) { shape.setAttribute(k, String(spec[1][k])); });
    shape.setAttribute("fill", s.color);
    svg.appendChild(shape);
    return svg;
  }
  function darker(hex) {
    var v = parseInt(hex.slice(1), 16), f = 0.72;
    var r = Math.round((v >> 16) * f), g = Math.round(((v >> 8) & 255) * f), b = Math.round((v & 255) * f);
    return "rgb(" + r + "," + g + "," + b + ")";
  }

  // ---- vis data ----------------------------------------------------------
  // one vis "group" per node type carries shape, colours and fonts (parsed once, not per node)
  var groups = {};
  DATA.types.forEach(function (t) {
    var g = {shape: t.shape, color: {background: t.color, border: darker(t.color),
      highlight: {background: t.color, border: "#212529"}, hover: {background: t.color, border: "#212529"}}};
    if (FONT_SIZES[t.type]) g.font = {size: FONT_SIZES[t.type]};
    if (t.shape === "box") { g.font = Object.assign(g.font || {}, {color: "#ffffff", strokeWidth: 0}); g.margin = 8; }
    groups[t.type] = g;
  });
  function visNode(n) {
    var v = {id: n.id, group: n.type, label: clip(n.label, styles[n.type].shape === "box" ? 18 : 16),
      size: 9 + Math.min(20, 3 * Math.sqrt(n.deg || 0))};
    if (n.x !== undefined) { v.x = n.x; v.y = n.y; }
    if (n.hl) {
      v.borderWidth = 4; v.size *= 1.3;
      var c = styles[n.type].color;
      v.color = {background: c, border: "#f59f00", highlight: {background: c, border: "#f59f00"},
        hover: {background: c, border: "#f59f00"}};
      v.font = {size: Math.max(FONT_SIZES[n.type] || 13, 20)};
    }
    return v;
  }
  var fewEdges = DATA.edges.length <= 40 && MODE !== "compare";
  function visEdge(e, i) {
    var v = {id: i, from: e.from, to: e.to, color: {color: "#b8c0cc", highlight: "#343a40", hover: "#495057", inherit: false}};
    if (fewEdges) v.label = e.type;
    return v;
  }
  var nodes = new vis.DataSet(DATA.nodes.map(visNode));
  var edges = new vis.DataSet(DATA.edges.map(visEdge));
  var options = {
    autoResize: true,
    physics: false,
    layout: {improvedLayout: false, randomSeed: 1},
    interaction: {hover: true, tooltipDelay: 80, hideEdgesOnDrag: BIG, hideEdgesOnZoom: BIG,
      navigationButtons: false, keyboard: false},
    nodes: {borderWidth: 1.5, font: {face: FONT, size: 13, color: "#212529", strokeWidth: 3, strokeColor: "#ffffff"},
      scaling: {label: {drawThreshold: 5}}},
    groups: groups,
    edges: {width: 1, selectionWidth: 1.5, color: {inherit: false}, hoverWidth: 0.5, smooth: BIG ? false : {type: "continuous", roundness: 0.15},
      arrows: {to: {enabled: true, scaleFactor: 0.4}},
      font: {face: FONT, size: 9, color: "#868e96", strokeWidth: 2, strokeColor: "#ffffff", align: "middle"}}
  };
  var container = document.getElementById("graph");
  T.datasets = performance.now();
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, options);
  T.network = performance.now();
  function fitAll() {
    network.fit({animation: false});
    if (network.getScale() > 1) network.moveTo({scale: 1});  // small graphs: no giant labels
    if (MODE === "compare") network.moveTo({scale: network.getScale() * 0.9});  // room for column titles
  }
  fitAll();
  // until the reader pans or zooms, a resized window shows the whole graph again
  var moved = false;
  network.on("dragStart", function () { moved = true; });
  network.on("zoom", function () { moved = true; });
  // (vis rescales the camera itself on resize: take the new size first, then fit and draw at once)
  window.addEventListener("resize", function () {
    if (moved) return;
    network.setSize("100%", "100%");
    fitAll();
    network.redraw();
  });

  // ---- header, summary, legend filters -----------------------------------
  document.getElementById("title").textContent = DATA.meta.title;
  document.getElementById("subtitle").textContent = DATA.meta.subtitle || "";
  var typeOn = {}, docOn = {}, hidden = {};
  function summary() {
    var shown = DATA.nodes.length - Object.keys(hidden).filter(function (k) { return hidden[k]; }).length;
    var p = document.getElementById("summary");
    p.textContent = "";
    add(p, el("b", null, DATA.nodes.length), document.createTextNode(" nodes · "),
      el("b", null, DATA.edges.length), document.createTextNode(" edges · "),
      el("b", null, DATA.documents.length), document.createTextNode(" documents"));
    if (shown !== DATA.nodes.length) add(p, el("div", "muted", "showing " + shown + " of " + DATA.nodes.length));
  }
  function checkRow(list, key, labelNodes, count, state) {
    state[key] = true;
    var box = el("input"); box.type = "checkbox"; box.checked = true;
    box.addEventListener("change", function () { state[key] = box.checked; applyFilters(); });
    var label = add(el("label"), box);
    labelNodes.forEach(function (x) { label.appendChild(x); });
    add(label, el("span", "count", count));
    add(list, add(el("li"), label));
    return box;
  }
  var typeBoxes = {}, docBoxes = {};
  DATA.types.forEach(function (t) {
    var name = add(el("span", "name"), document.createTextNode(t.zh + " "), el("span", "muted", t.type));
    typeBoxes[t.type] = checkRow(document.getElementById("types"), t.type, [swatch(t.type), name], t.count, typeOn);
  });
  DATA.documents.forEach(function (d) {
    var name = el("span", "name", d.title); name.title = d.title + " (" + d.id + ")";
    docBoxes[d.id] = checkRow(document.getElementById("docs"), d.id, [name], d.count, docOn);
  });
  function setAll(boxes, state, on) {
    Object.keys(boxes).forEach(function (k) { boxes[k].checked = on; state[k] = on; });
    applyFilters();
  }
  document.querySelectorAll("[data-all],[data-none]").forEach(function (b) {
    var which = b.getAttribute("data-all") || b.getAttribute("data-none");
    var on = b.hasAttribute("data-all");
    b.addEventListener("click", function () {
      if (which === "types") setAll(typeBoxes, typeOn, on); else setAll(docBoxes, docOn, on);
    });
  });
  function isHidden(n) {
    if (!typeOn[n.type]) return true;
    var ds = nodeDocs[n.id];
    return ds.length > 0 && !ds.some(function (d) { return docOn[d]; });
  }
  function applyFilters() {
    var nu = [];
    DATA.nodes.forEach(function (n) {
      var h = isHidden(n);
      if (h !== !!hidden[n.id]) { hidden[n.id] = h; nu.push({id: n.id, hidden: h}); }
    });
    if (nu.length) nodes.update(nu);
    var eu = [];
    DATA.edges.forEach(function (e, i) {
      var h = !!(e.docs && e.docs.length && !e.docs.some(function (d) { return docOn[d]; }));
      var cur = edges.get(i);
      if (!!cur.hidden !== h) eu.push({id: i, hidden: h});
    });
    if (eu.length) edges.update(eu);
    summary();
  }
  summary();

  // ---- node and edge cards (details panel and tooltip) -------------------
  function quoteBlock(q) {
    var b = el("blockquote", null, q.q);
    add(b, el("cite", null, "— " + (docTitle[q.doc] || q.doc) + (q.sec ? " · " + q.sec : "")));
    return b;
  }
  function nodeCard(n, compact) {
    var s = styles[n.type] || {};
    var card = el("div");
    add(card, add(el("div", "head"), swatch(n.type), el("span", "muted", (s.zh || "") + " " + n.type)));
    add(card, el("div", "label", n.label));
    if (n.en) add(card, el("div", "en", n.en));
    if (n.aliases && n.aliases.length) {
      var chips = el("div", "chips");
      n.aliases.slice(0, compact ? 4 : 50).forEach(function (a) { add(chips, el("span", "chip", a)); });
      add(card, chips);
    }
    if (!compact) add(card, el("div", "nid", n.id));
    if (n.props && !compact) {
      var t = el("table", "props");
      Object.keys(n.props).forEach(function (k) {
        var v = n.props[k];
        add(t, add(el("tr"), el("td", null, k), el("td", null, typeof v === "object" ? JSON.stringify(v) : v)));
      });
      add(card, el("h3", null, "属性 Properties"), t);
    }
    var quotes = (n.quotes || []).slice(0, compact ? 2 : 99);
    if (quotes.length) {
      if (!compact) add(card, el("h3", null, "出处 Sources (" + (n.nq || quotes.length) + ")"));
      quotes.forEach(function (q) { add(card, quoteBlock(q)); });
      if (compact && n.nq > quotes.length) add(card, el("div", "muted", "+" + (n.nq - quotes.length) + " more — click for details"));
    } else if (n.docs && n.docs.length) {
      add(card, el("div", "muted", n.docs.map(function (d) { return docTitle[d] || d; }).join(" · ")));
    }
    return card;
  }
  function edgeCard(e) {
    var card = el("div");
    add(card, el("div", "muted", "edge"), el("div", "label", e.type));
    add(card, el("div", null, (byId[e.from] || {}).label + " → " + (byId[e.to] || {}).label));
    if (e.props) add(card, el("div", "muted", JSON.stringify(e.props)));
    (e.quotes || []).slice(0, 2).forEach(function (q) { add(card, quoteBlock(q)); });
    return card;
  }

  // ---- tooltip -----------------------------------------------------------
  var tip = document.getElementById("tip"), lastMouse = {x: 0, y: 0};
  container.addEventListener("mousemove", function (ev) {
    lastMouse = {x: ev.clientX, y: ev.clientY};
    if (!tip.hidden) placeTip();
  });
  function placeTip() {
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var x = lastMouse.x + 14, y = lastMouse.y + 14;
    if (x + w > window.innerWidth - 8) x = lastMouse.x - w - 14;
    if (y + h > window.innerHeight - 8) y = Math.max(8, window.innerHeight - h - 8);
    tip.style.left = x + "px"; tip.style.top = y + "px";
  }
  function showTip(card) { tip.textContent = ""; tip.appendChild(card); tip.hidden = false; placeTip(); }
  function hideTip() { tip.hidden = true; }
  network.on("hoverNode", function (p) { if (byId[p.node]) showTip(nodeCard(byId[p.node], true)); });
  network.on("hoverEdge", function (p) { if (DATA.edges[p.edge]) showTip(edgeCard(DATA.edges[p.edge])); });
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);

  // ---- selection: neighbours highlighted, others faded -------------------
  // Fading is a global option; the selected node, its neighbours and its edges
  // get a per-item override, so only the neighbourhood is updated item by item.
  // Big graphs select the neighbourhood (highlight colours) instead of fading.
  // ``touched`` holds every node/edge given a per-item override so far: each change
  // of selection restates them (lit or faded), so no stale override stays bright.
  var faded = false, touched = {nodes: {}, edges: {}};
  function restyle(ns, es, fade) {
    var litN = {}, litE = {};
    ns.forEach(function (m) { litN[m] = touched.nodes[m] = true; });
    es.forEach(function (e) { litE[e] = touched.edges[e] = true; });
    nodes.update(Object.keys(touched.nodes).map(function (m) {
      var on = !fade || litN[m];
      return {id: m, opacity: on ? 1 : 0.12, font: {color: on ? labelColour(m) : "rgba(33,37,41,0.08)"}};
    }));
    edges.update(Object.keys(touched.edges).map(function (e) {
      return {id: Number(e), color: {opacity: !fade || litE[e] ? 1 : 0.06}};
    }));
  }
  function highlight(id) {
    var ns = [id].concat(network.getConnectedNodes(id)), es = network.getConnectedEdges(id);
    if (BIG) {  // re-styling thousands of nodes takes ~0.5 s: select the neighbourhood instead
      network.setSelection({nodes: ns, edges: es}, {unselectAll: true, highlightEdges: false});
      return;
    }
    if (!faded) network.setOptions({nodes: {opacity: 0.12, font: {color: "rgba(33,37,41,0.08)"}},
      edges: {color: {opacity: 0.06, inherit: false}}});
    restyle(ns, es, true);
    faded = true;
  }
  function unlight() {
    if (!faded) return;
    network.setOptions({nodes: {opacity: 1, font: {color: "#212529"}}, edges: {color: {opacity: 1, inherit: false}}});
    restyle([], [], false);
    faded = false;
  }
  function labelColour(id) { return styles[byId[id].type].shape === "box" ? "#ffffff" : "#212529"; }
  function neighbourList(id) {
    var box = el("div");
    var groups = {};
    DATA.edges.forEach(function (e) {
      if (e.from === id) (groups[e.type + " →"] = groups[e.type + " →"] || []).push(e.to);
      else if (e.to === id) (groups["← " + e.type] = groups["← " + e.type] || []).push(e.from);
    });
    Object.keys(groups).sort().forEach(function (g) {
      var ids = groups[g], ul = el("ul", "nb");
      ids.slice(0, 60).forEach(function (m) {
        var b = el("button", null, byId[m] ? byId[m].label : m);
        b.addEventListener("click", function () { focusNode(m); });
        add(ul, add(el("li"), b));
      });
      if (ids.length > 60) add(ul, el("li", "muted", "… " + (ids.length - 60) + " more"));
      add(box, el("h3", null, g + " (" + ids.length + ")"), ul);
    });
    return box;
  }
  function showDetails(id) {
    var panel = document.getElementById("details");
    panel.textContent = "";
    var close = el("button", "linkish", "clear");
    close.addEventListener("click", clearSelection);
    add(panel, add(el("h2", null, "详情 Details"), close), nodeCard(byId[id], false), neighbourList(id));
    panel.hidden = false;
  }
  function select(id) {
    root.setAttribute("data-selected", id);
    highlight(id);
    showDetails(id);
  }
  function clearSelection() {
    root.removeAttribute("data-selected");
    network.unselectAll();
    unlight();
    document.getElementById("details").hidden = true;
  }
  network.on("click", function (p) {
    if (p.nodes.length) select(p.nodes[0]);
    else if (p.edges.length === 0) clearSelection();
  });
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") clearSelection(); });
  function focusNode(id) {
    var n = byId[id];
    if (!n) return;
    if (isHidden(n)) {
      typeOn[n.type] = true; typeBoxes[n.type].checked = true;
      nodeDocs[id].forEach(function (d) { docOn[d] = true; if (docBoxes[d]) docBoxes[d].checked = true; });
      applyFilters();
    }
    if (!BIG) network.selectNodes([id]);
    select(id);
    moved = true;
    var near = [id].concat(network.getConnectedNodes(id)).filter(function (m) { return !hidden[m]; });
    var anim = {duration: 450, easingFunction: "easeInOutQuad"};
    if (near.length > 1 && near.length <= 200) {
      network.fit({nodes: near, maxZoomLevel: 1.2, animation: anim});  // the node and its neighbours
    } else {
      network.focus(id, {scale: Math.max(network.getScale(), 1.2), animation: anim});
    }
  }

  // ---- search ------------------------------------------------------------
  var index = DATA.nodes.map(function (n) {
    return {n: n, keys: [n.label, n.en].concat(n.aliases || []).filter(Boolean).map(function (s) { return String(s).toLowerCase(); })};
  });
  function search(q) {
    q = q.trim().toLowerCase();
    if (!q) return [];
    var hits = [];
    index.forEach(function (it) {
      var best = 9, via = null;
      it.keys.forEach(function (k) {
        var r = k === q ? 0 : k.indexOf(q) === 0 ? 1 : k.indexOf(q) > 0 ? 2 : 9;
        if (r < best) { best = r; via = k; }
      });
      if (best < 9) hits.push({n: it.n, rank: best, via: via});
    });
    hits.sort(function (a, b) { return a.rank - b.rank || a.n.label.length - b.n.label.length || (a.n.id < b.n.id ? -1 : 1); });
    return hits.slice(0, 12);
  }
  var input = document.getElementById("search"), results = document.getElementById("results"), current = [];
  function showResults(hits) {
    current = hits;
    results.textContent = "";
    hits.forEach(function (h, i) {
      var b = el("button");
      var text = add(el("span"), el("span", null, h.n.label));
      var sub = h.n.en || (h.via && h.via !== h.n.label.toLowerCase() ? h.via : "");
      if (sub) add(text, document.createTextNode(" "), el("span", "sub", sub));
      add(b, swatch(h.n.type), text);
      b.addEventListener("click", function () { focusNode(h.n.id); });
      add(results, add(el("li", i === 0 ? "active" : null), b));
    });
    if (input.value.trim() && !hits.length) add(results, el("li", "muted", "no match"));
  }
  input.addEventListener("input", function () { showResults(search(input.value)); });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && current.length) focusNode(current[0].n.id);
  });

  // ---- mode extras: compare columns, query rows --------------------------
  var extra = document.getElementById("extra");
  function chipList(title, items, cls) {
    add(extra, el("h3", null, title + " (" + items.length + ")"));
    var chips = el("div", "chips");
    items.forEach(function (t) { add(chips, el("span", "chip " + (cls || ""), t)); });
    add(extra, chips);
  }
  if (DATA.extra && DATA.extra.compare) {
    var c = DATA.extra.compare;
    add(extra, el("h2", null, "对比 Compare"));
    chipList("共有 Shared", c.shared, "shared");
    chipList("仅 " + c.a, c.only_a);
    chipList("仅 " + c.b, c.only_b);
    extra.hidden = false;
    var ys = DATA.nodes.map(function (n) { return n.y || 0; });
    var top = Math.min.apply(null, ys) - 70, bottom = Math.max.apply(null, ys) + 40;
    network.on("beforeDrawing", function (ctx) {
      c.columns.forEach(function (col, i) {
        ctx.fillStyle = col.shared ? "rgba(255,243,191,0.6)" : (i % 2 ? "rgba(241,243,245,0.7)" : "rgba(248,249,250,0.7)");
        ctx.fillRect(col.x - 140, top - 30, 280, bottom - top + 50);
        ctx.fillStyle = "#495057";
        ctx.font = "bold 22px " + FONT;
        ctx.textAlign = "center";
        ctx.fillText(col.label, col.x, top);
      });
    });
  }
  if (DATA.extra && DATA.extra.query) {
    var qx = DATA.extra.query;
    add(extra, el("h2", null, "查询 Query: " + qx.name));
    var scroller = el("div", "scroller"), table = el("table", "rows");
    var cols = qx.columns || [];
    add(table, add.apply(null, [el("tr")].concat(cols.map(function (k) { return el("th", null, k); }))));
    (qx.rows || []).forEach(function (row) {
      var tr = el("tr");
      row.forEach(function (cell) {
        var td = el("td");
        if (cell.n && byId[cell.n]) {
          var b = el("button", null, byId[cell.n].label);
          b.addEventListener("click", function () { focusNode(cell.n); });
          add(td, b);
        } else td.textContent = cell.t;
        add(tr, td);
      });
      add(table, tr);
    });
    add(extra, add(scroller, table));
    if (qx.total_rows > (qx.rows || []).length) add(extra, el("div", "muted", "first " + qx.rows.length + " of " + qx.total_rows + " rows"));
    extra.hidden = false;
  }

  // ---- ready: diagnostics for tests, then the #search= hook --------------
  network.once("afterDrawing", function () {
    T.drawn = performance.now();
    root.setAttribute("data-ready-ms", String(Math.round(T.drawn)));
    root.setAttribute("data-phases", Object.keys(T).map(function (k) { return k + ":" + Math.round(T[k]); }).join(" "));
    root.setAttribute("data-nodes", String(nodes.length));
    root.setAttribute("data-edges", String(edges.length));
    root.setAttribute("data-positions", String(Object.keys(network.getPositions()).length));
    var canvas = container.querySelector("canvas"), ink = 0;
    try {
      var ctx = canvas.getContext("2d"), w = canvas.width, h = canvas.height;
      var px = ctx.getImageData(0, 0, w, h).data;
      for (var i = 0; i < px.length; i += 4 * 97) if (px[i + 3] > 0 && (px[i] < 235 || px[i + 1] < 235 || px[i + 2] < 235)) ink++;
    } catch (err) { ink = -1; }
    root.setAttribute("data-ink", String(ink));
    var ext = performance.getEntriesByType("resource").map(function (r) { return r.name; })
      .filter(function (u) { return !/^(data|blob):/.test(u); });
    root.setAttribute("data-external", String(ext.length));
    if (ext.length) root.setAttribute("data-external-urls", ext.join(" ").slice(0, 500));
    var m = /[#&]search=([^&]*)/.exec(location.hash);
    if (MODE === "focus" && DATA.meta.focus && byId[DATA.meta.focus] && !(m && m[1])) {
      network.selectNodes([DATA.meta.focus]);
      showDetails(DATA.meta.focus);
      root.setAttribute("data-selected", DATA.meta.focus);
    }
    if (m && m[1]) {
      var t0 = performance.now();
      input.value = decodeURIComponent(m[1]);
      showResults(search(input.value));
      if (current.length) focusNode(current[0].n.id);
      network.redraw();
      root.setAttribute("data-search-ms", String(Math.round(performance.now() - t0)));
    }
    root.setAttribute("data-state", "ready");
  });
})();
