/* policykg HTML view: draws the embedded PolicyGraph with vis-network.
 * All text from documents goes into the page through textContent only.
 * Diagnostics for tests live on <html>: data-state, data-nodes, data-edges,
 * data-ready-ms, data-ink, data-external, data-errors, data-selected. */
(function () {
  "use strict";
  var root = document.documentElement;

  var T = {start: performance.now()};  // phase times (ms since navigation) for data-phases
  var DATA = JSON.parse(document.getElementById("policykg-data").textContent);
  T.json = performance.now();
  var FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
  var BIG = DATA.nodes.length > 1500;
  var MODE = DATA.meta.mode;
  // Labels are drawn by the page itself (see "labels" below) at a fixed size on screen:
  // the nodes that structure the graph always, the others once zoomed in, none overlapping.
  var MAJOR = MODE === "compare" ? {Region: 1, Cluster: 1, Field: 1} : {Document: 1, Region: 1, Cluster: 1};
  var LABEL_PX = {major: 13, minor: 12, focus: 18};
  // labels drawn even where every place is taken (the others are left out when they would overlap)
  // (an overview of a large corpus has too many for that: there its labels give way too, biggest first)
  var FORCED = MODE === "compare" ? MAJOR : DATA.extra && DATA.extra.overview ? {} : {Document: 1, Region: 1};
  var SMALL = DATA.nodes.length <= 60;  // small views: every label, at any zoom
  var styles = {}, docTitle = {}, byId = {}, nodeDocs = {};
  DATA.types.forEach(function (t) { styles[t.type] = t; });
  var docShort = {};
  DATA.documents.forEach(function (d) { docTitle[d.id] = d.title; docShort[d.id] = d.short || d.title; });
  DATA.nodes.forEach(function (n) {
    byId[n.id] = n;
    nodeDocs[n.id] = (n.docs || []).slice();
    if (n.type === "Document") nodeDocs[n.id].push(n.id.slice("Document/".length));
  });

  // ---- small DOM helpers (text only) -------------------------------------
  var el = PolicyKG.el, add = PolicyKG.add;  // viz/assets/common.js
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
    if (t.shape === "box") { g.shape = "square"; g.size = 6; }  // the page draws a labelled box over it
    groups[t.type] = g;
  });
  function visNode(n) {
    var v = {id: n.id, group: n.type, size: styles[n.type].shape === "box" ? 7 : 9 + Math.min(20, 3 * Math.sqrt(n.deg || 0))};
    if (n.x !== undefined) { v.x = n.x; v.y = n.y; }
    if (n.hl) {
      v.borderWidth = 4; v.size *= 1.3;
      var c = styles[n.type].color;
      v.color = {background: c, border: "#f59f00", highlight: {background: c, border: "#f59f00"},
        hover: {background: c, border: "#f59f00"}};
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
    nodes: {borderWidth: 1.5, font: {face: FONT, size: 13, color: "#212529", strokeWidth: 3, strokeColor: "#ffffff"}},
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
    if (network.getScale() > 1) network.moveTo({scale: 1});  // small graphs: no giant nodes
    network.moveTo({scale: network.getScale() * (MODE === "compare" ? 0.9 : 0.92)});  // room for labels at the rim
  }
  fitAll();

  // ---- labels: drawn on top of the network at a fixed size on screen, never overlapping ------
  // Order: the searched/selected node (enlarged), answer nodes, then regions, documents,
  // clusters, then the others by degree. A label goes below, above, right or left of its
  // node, wherever it hits no label placed before it; regions and documents (FORCED) are
  // drawn even when every place is taken (counted as overlaps), the others are left out.
  var RANK = {Region: 1, Document: 2, Cluster: 3};
  var labelOrder = DATA.nodes.slice().sort(byRank);
  function weight(n) { return (n.props && n.props.documents) || n.deg || 0; }
  function byRank(a, b) { return rank(a) - rank(b) || weight(b) - weight(a) || (a.id < b.id ? -1 : 1); }
  function rank(n) { return n.hl ? 0 : (RANK[n.type] || (MAJOR[n.type] ? 3 : 4)); }
  var emphasised = null, litNow = null, labelStats = {};
  var MINOR_SCALE = 0.75;  // zoom from which the other labels appear
  function boxesHit(grid, b) {
    var x0 = Math.floor(b[0] / 80), x1 = Math.floor(b[2] / 80), y0 = Math.floor(b[1] / 40), y1 = Math.floor(b[3] / 40);
    for (var gx = x0; gx <= x1; gx++) for (var gy = y0; gy <= y1; gy++) {
      var cell = grid[gx + ":" + gy];
      if (cell) for (var i = 0; i < cell.length; i++) {
        var o = cell[i];
        if (b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]) return true;
      }
    }
    return false;
  }
  function boxesAdd(grid, b) {
    for (var gx = Math.floor(b[0] / 80); gx <= Math.floor(b[2] / 80); gx++)
      for (var gy = Math.floor(b[1] / 40); gy <= Math.floor(b[3] / 40); gy++)
        (grid[gx + ":" + gy] = grid[gx + ":" + gy] || []).push(b);
  }
  function roundRect(ctx, x, y, w, h, r) {
    ctx.beginPath();
    ctx.moveTo(x + r, y); ctx.lineTo(x + w - r, y); ctx.quadraticCurveTo(x + w, y, x + w, y + r);
    ctx.lineTo(x + w, y + h - r); ctx.quadraticCurveTo(x + w, y + h, x + w - r, y + h);
    ctx.lineTo(x + r, y + h); ctx.quadraticCurveTo(x, y + h, x, y + h - r);
    ctx.lineTo(x, y + r); ctx.quadraticCurveTo(x, y, x + r, y); ctx.closePath();
  }
  // where a w×h label may go around a node at p (r: the node's radius on screen; pills start on the node)
  function labelSpots(p, w, h, r, far) {
    var out = r < 0 ? [[p.x - w / 2, p.y - h / 2]] : [];
    var d = Math.max(r, 0);
    out.push([p.x - w / 2, p.y + d + 2], [p.x - w / 2, p.y - d - 2 - h], [p.x + d + 3, p.y - h / 2], [p.x - d - 3 - w, p.y - h / 2]);
    if (!far) return out;
    // a crowded corner: further out, also diagonally (half a label aside, above or below)
    var half = w / 2 + 3;
    for (var step = 1; step <= 5; step++) {
      var dy = step * (h + 3);
      out.push([p.x - w / 2, p.y + d + 2 + dy], [p.x - w / 2, p.y - d - 2 - h - dy],
        [p.x + d + 3, p.y - h / 2 + dy], [p.x + d + 3, p.y - h / 2 - dy],
        [p.x - d - 3 - w, p.y - h / 2 + dy], [p.x - d - 3 - w, p.y - h / 2 - dy],
        [p.x - w / 2 + half, p.y + d + 2 + dy - (h + 3)], [p.x - w / 2 - half, p.y + d + 2 + dy - (h + 3)],
        [p.x - w / 2 + half, p.y - d - 2 - h - dy + (h + 3)], [p.x - w / 2 - half, p.y - d - 2 - h - dy + (h + 3)]);
    }
    return out;
  }
  function drawLabels(ctx) {
    var scale = network.getScale(), pr = window.devicePixelRatio || 1;
    var W = container.clientWidth, H = container.clientHeight, body = network.body.nodes;
    var minorOn = SMALL || scale >= MINOR_SCALE, grid = {}, seen = {};
    var st = {drawn: 0, major: 0, majorMissing: 0, majorSkipped: 0, minPx: 0, overlaps: 0, focusPx: 0};
    ctx.save();
    ctx.setTransform(pr, 0, 0, pr, 0, 0);
    ctx.textBaseline = "middle";
    var list = emphasised && byId[emphasised] ? [byId[emphasised]].concat(labelOrder) : labelOrder;
    for (var i = 0; i < list.length; i++) {
      var n = list[i];
      if (seen[n.id] || (hidden && hidden[n.id])) continue;
      seen[n.id] = true;
      var bn = body[n.id];
      if (!bn) continue;
      var p = network.canvasToDOM({x: bn.x, y: bn.y});
      if (p.x < -40 || p.y < -20 || p.x > W + 40 || p.y > H + 20) continue;
      var focus = n.id === emphasised, major = !!(MAJOR[n.type] || n.hl);
      var lit = !litNow || litNow[n.id];
      if (!focus && !major && !minorOn && !(litNow && litNow[n.id])) continue;
      if (!lit && (!major || BIG)) continue;  // a selection in a big graph: only its labels
      var px = focus ? LABEL_PX.focus : major ? LABEL_PX.major : LABEL_PX.minor;
      var pill = styles[n.type] && styles[n.type].shape === "box";
      ctx.font = (focus || major ? "600 " : "") + px + "px " + FONT;
      var text = clip(n.label, pill ? 20 : 16), w = ctx.measureText(text).width + (pill ? 14 : 4), h = px + (pill ? 10 : 4);
      var r = pill ? 0 : Math.max(4, (bn.options.size || 10) * scale);
      var spots = labelSpots(p, w, h, pill ? -h / 2 : r, major || focus);
      var spot = null;
      for (var k = 0; k < spots.length && !spot; k++) {
        var b = [spots[k][0], spots[k][1], spots[k][0] + w, spots[k][1] + h];
        if (!boxesHit(grid, b)) spot = b;
      }
      if (!spot) {
        if (!focus && !n.hl && !FORCED[n.type]) { if (major) st.majorSkipped += 1; continue; }
        spot = [spots[0][0], spots[0][1], spots[0][0] + w, spots[0][1] + h];
        st.overlaps += 1;
      }
      boxesAdd(grid, spot);
      ctx.globalAlpha = lit ? 1 : 0.25;
      if (pill) {
        roundRect(ctx, spot[0], spot[1], w, h, 5);
        ctx.fillStyle = styles[n.type].color; ctx.fill();
        if (focus || n.hl) { ctx.lineWidth = 3; ctx.strokeStyle = "#f59f00"; ctx.stroke(); }
        ctx.fillStyle = "#ffffff"; ctx.textAlign = "center";
        ctx.fillText(text, spot[0] + w / 2, spot[1] + h / 2 + 0.5);
      } else {
        ctx.textAlign = "left";
        if (focus) { roundRect(ctx, spot[0] - 3, spot[1] - 1, w + 6, h + 2, 5); ctx.fillStyle = "#fff3bf"; ctx.fill(); }
        ctx.lineWidth = 4; ctx.strokeStyle = "rgba(255,255,255,0.92)"; ctx.lineJoin = "round";
        ctx.strokeText(text, spot[0] + 2, spot[1] + h / 2);
        ctx.fillStyle = major || focus ? "#212529" : "#343a40";
        ctx.fillText(text, spot[0] + 2, spot[1] + h / 2);
      }
      st.drawn += 1;
      if (major) { st.major += 1; st.minPx = st.minPx ? Math.min(st.minPx, px) : px; }
      if (focus) st.focusPx = px;
    }
    ctx.restore();
    // majors inside the window whose label was not drawn (never, by construction; checked by tests)
    DATA.nodes.forEach(function (n) {
      if (!(MAJOR[n.type] || n.hl) || (hidden && hidden[n.id]) || seen[n.id]) return;
      var bn = body[n.id];
      if (!bn) return;
      var q = network.canvasToDOM({x: bn.x, y: bn.y});
      if (q.x >= 0 && q.y >= 0 && q.x <= W && q.y <= H) st.majorMissing += 1;
    });
    labelStats = st;
    root.setAttribute("data-labels", "drawn:" + st.drawn + " major:" + st.major +
      " major-missing:" + (st.majorMissing + st.majorSkipped) + " forced-missing:" + st.majorMissing +
      " min-px:" + st.minPx + " overlaps:" + st.overlaps + " focus-px:" + st.focusPx + " scale:" + scale.toFixed(3));
    if (emphasised && body[emphasised]) {
      var c = network.canvasToDOM({x: body[emphasised].x, y: body[emphasised].y});
      root.setAttribute("data-focus-offset", String(Math.round(Math.hypot(c.x - W / 2, c.y - H / 2))));
    }
  }
  network.on("afterDrawing", drawLabels);
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
    var name = add(el("span", "name"), el("span", null, d.short || d.title), document.createTextNode(" "),
      el("span", "muted", d.title));
    name.title = d.title + " (" + d.id + ")";
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
    return ds.length > 0 && !ds.some(function (d) { return docOn[d] !== false; });  // unlisted: shown
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
      var h = !!(e.docs && e.docs.length && !e.docs.some(function (d) { return docOn[d] !== false; }));
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
    var c = el("cite", null, "— " + (docShort[q.doc] || q.doc) + (q.sec ? " · " + q.sec : ""));
    c.title = docTitle[q.doc] || q.doc;
    add(b, c);
    return b;
  }
  function nodeCard(n, compact) {
    var s = styles[n.type] || {};
    var card = el("div");
    add(card, add(el("div", "head"), swatch(n.type), el("span", "muted", (s.zh || "") + " " + n.type)));
    add(card, el("div", "label", n.label));
    if (n.title && n.title !== n.label) add(card, el("div", "title", n.title));
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
      add(card, el("div", "muted", n.docs.map(function (d) { return docShort[d] || d; }).join(" · ")));
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
    litNow = fade ? litN : null;
    ns.forEach(function (m) { litN[m] = touched.nodes[m] = true; });
    es.forEach(function (e) { litE[e] = touched.edges[e] = true; });
    nodes.update(Object.keys(touched.nodes).map(function (m) {
      var on = !fade || litN[m];
      return {id: m, opacity: on ? 1 : 0.12, font: {color: on ? labelColour(m) : "rgba(33,37,41,0.08)"}};
    }));
    edges.update(Object.keys(touched.edges).map(function (e) {
      return {id: isNaN(Number(e)) ? e : Number(e), color: {opacity: !fade || litE[e] ? 1 : 0.06}};
    }));
  }
  function highlight(id) {
    var ns = [id].concat(network.getConnectedNodes(id)), es = network.getConnectedEdges(id);
    if (BIG) {  // re-styling thousands of nodes takes ~0.5 s: select the neighbourhood instead
      network.setSelection({nodes: ns, edges: es}, {unselectAll: true, highlightEdges: false});
      litNow = {};
      ns.forEach(function (m) { litNow[m] = true; });
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
    emphasised = null; litNow = null;
    network.unselectAll();
    unlight();
    document.getElementById("details").hidden = true;
  }
  network.on("click", function (p) {
    if (p.nodes.length && opensInPlace(p.nodes[0])) { toggleGroup(p.nodes[0]); focusNode(p.nodes[0]); }
    else if (p.nodes.length) select(p.nodes[0]);
    else if (p.edges.length === 0) clearSelection();
  });
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") clearSelection(); });
  function focusNode(id, still) {
    var n = byId[id];
    if (!n) return;
    if (isHidden(n)) {
      typeOn[n.type] = true; typeBoxes[n.type].checked = true;
      nodeDocs[id].forEach(function (d) { docOn[d] = true; if (docBoxes[d]) docBoxes[d].checked = true; });
      applyFilters();
    }
    if (!BIG) network.selectNodes([id]);
    select(id);
    emphasised = id;
    moved = true;
    // centred on the node, zoomed so its neighbours fit around it (labels readable: scale ≥ 0.8)
    var pos = network.getPositions([id].concat(network.getConnectedNodes(id)));
    var here = pos[id], reach = 1;
    Object.keys(pos).forEach(function (m) {
      if (!hidden[m]) reach = Math.max(reach, Math.abs(pos[m].x - here.x) / 1.6, Math.abs(pos[m].y - here.y));
    });
    var scale = Math.min(1.4, Math.max(0.8, 0.42 * Math.min(container.clientWidth, container.clientHeight) / reach));
    network.moveTo({position: here, scale: scale,
      animation: still ? false : {duration: 450, easingFunction: "easeInOutQuad"}});
  }

  // ---- overview of a large corpus: a click opens a region (its clusters) or a region-year
  // group (its documents) in place, each new node linked to its fields; a second click closes it
  var OVERVIEW = DATA.extra && DATA.extra.overview ? {groups: {}, open: {}, clusters: DATA.extra.overview.clusters} : null;
  if (OVERVIEW) {
    DATA.extra.overview.docs.forEach(function (d) {
      var gid = DATA.extra.overview.groups[d[3]];
      (OVERVIEW.groups[gid] = OVERVIEW.groups[gid] || []).push(d);
    });
  }
  function opensInPlace(id) { return OVERVIEW && (OVERVIEW.groups[id] || OVERVIEW.clusters[id]); }
  function toggleGroup(gid) {
    var g = network.getPositions([gid])[gid], fields = DATA.extra.overview.fields, kinds = DATA.extra.overview.kinds;
    if (OVERVIEW.open[gid]) {  // close
      nodes.remove(OVERVIEW.open[gid].nodes);
      edges.remove(OVERVIEW.open[gid].edges);
      OVERVIEW.open[gid].nodes.forEach(function (id) { delete byId[id]; });
      delete OVERVIEW.open[gid];
    } else {
      var isRegion = !OVERVIEW.groups[gid], items = isRegion ? OVERVIEW.clusters[gid] : OVERVIEW.groups[gid];
      var nn = [], ee = [], ids = [];
      items.forEach(function (d, i) {  // a sunflower spiral around the opened node
        var a = i * 2.39996, r = 70 + 26 * Math.sqrt(i), n;
        if (isRegion) {
          n = {id: "Cluster/open/" + gid + "/" + i, type: "Cluster", label: d[0], deg: d[1].length, f: d[1]};
        } else {
          var counts = {};
          kinds.forEach(function (k, j) { if (d[5][j]) counts[k] = d[5][j]; });
          n = {id: "Document/" + d[0], type: "Document", label: d[1], title: d[2], deg: d[4].length, docs: [d[0]],
            props: counts, f: d[4]};
          nodeDocs[n.id] = [d[0]];
        }
        n.x = g.x + r * Math.cos(a); n.y = g.y + r * Math.sin(a);
        byId[n.id] = n; ids.push(n.id);
        nn.push({id: n.id, group: n.type, x: n.x, y: n.y, size: 8});
        ee.push({id: "open:" + n.id, from: gid, to: n.id, dashes: [3, 3], color: {color: "#bac8ff", inherit: false}});
        n.f.forEach(function (fi) {
          if (byId[fields[fi]]) ee.push({id: "open:" + n.id + ">" + fi, from: n.id, to: fields[fi],
            color: {color: "#b8c0cc", inherit: false}});
        });
      });
      nodes.add(nn); edges.add(ee);
      OVERVIEW.open[gid] = {nodes: ids, edges: ee.map(function (e) { return e.id; })};
    }
    labelOrder = Object.keys(byId).map(function (k) { return byId[k]; }).sort(byRank);
    var open = 0;
    Object.keys(OVERVIEW.open).forEach(function (k) { open += OVERVIEW.open[k].nodes.length; });
    root.setAttribute("data-expanded", String(open));
    root.setAttribute("data-nodes", String(nodes.length));
  }

  // ---- search ------------------------------------------------------------
  var index = DATA.nodes.map(function (n) {
    return {n: n, keys: [n.label, n.en, n.title].concat(n.aliases || []).filter(Boolean).map(function (s) { return String(s).toLowerCase(); })};
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
    var KIND = {related: "相关 related", broader: "上位 broader", narrower: "下位 narrower", name: "名称 name"};
    chipList("相关 Related (not shared)", (c.related || []).map(function (r) {
      return r.a_label + " ↔ " + r.b_label + " · " + (KIND[r.kind] || r.kind);
    }), "related");
    // each related pair joined by a dashed gold line (over the vocabulary link, if any)
    edges.add((c.related || []).map(function (r, i) {
      return {id: "related-" + i, from: r.a, to: r.b, dashes: [6, 4], width: 2.5, arrows: {to: {enabled: false}},
        color: {color: "#e8a200", highlight: "#e8a200", hover: "#e8a200", inherit: false}, smooth: false};
    }));
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
        ctx.font = "bold " + Math.max(22, 15 / network.getScale()) + "px " + FONT;
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
    // an ``X_iri`` column links its partner ``X`` (shown as a button) instead of being a column itself
    var partner = {}, shownCols = [];
    cols.forEach(function (k, i) {
      var base = /_iri$/.test(k) ? k.slice(0, -4) : null, j = base ? cols.indexOf(base) : -1;
      if (j >= 0) partner[j] = i; else shownCols.push(i);
    });
    function nodeButton(nid) {
      var b = el("button", "node", byId[nid].label);
      if (byId[nid].title) b.title = byId[nid].title;
      b.addEventListener("click", function () { focusNode(nid); });
      return b;
    }
    add(table, add.apply(null, [el("tr")].concat(shownCols.map(function (i) { return el("th", null, cols[i]); }))));
    (qx.rows || []).forEach(function (row) {
      var tr = el("tr");
      shownCols.forEach(function (i) {
        var cell = row[i], td = el("td"), linked = partner[i] !== undefined ? row[partner[i]] : null;
        var ids = (cell.n ? [cell.n] : cell.ns || []).concat(linked && linked.n ? [linked.n] : [])
          .filter(function (nid) { return byId[nid]; });
        if (ids.length === 1 && linked && linked.n && !cell.n) {
          var b = nodeButton(ids[0]); b.textContent = cell.t || byId[ids[0]].label; add(td, b);
        } else if (ids.length) ids.forEach(function (nid) { add(td, nodeButton(nid)); });
        else td.textContent = cell.t;
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
    if (DATA.extra && DATA.extra.query) {  // every answer row's documents are drawn
      var missing = 0;
      (DATA.extra.query.row_docs || []).forEach(function (ds) {
        ds.forEach(function (d) { if (!nodes.get(d) || !network.body.nodes[d]) missing += 1; });
      });
      root.setAttribute("data-row-docs-missing", String(missing));
    }
    var ex = /[#&]expand=([^&]*)/.exec(location.hash);
    if (OVERVIEW && ex && ex[1]) {  // #expand=上海 2024 (or 上海市): open the first group or region so named
      var want = decodeURIComponent(ex[1]);
      var hit = Object.keys(OVERVIEW.groups).concat(Object.keys(OVERVIEW.clusters)).filter(function (gid) {
        return byId[gid] && byId[gid].label.indexOf(want) === 0;
      })[0];
      if (hit) { toggleGroup(hit); focusNode(hit, true); network.redraw(); }
    }
    var m = /[#&]search=([^&]*)/.exec(location.hash);
    if (MODE === "focus" && DATA.meta.focus && byId[DATA.meta.focus] && !(m && m[1])) {
      network.selectNodes([DATA.meta.focus]);
      emphasised = DATA.meta.focus;
      network.redraw();
      showDetails(DATA.meta.focus);
      root.setAttribute("data-selected", DATA.meta.focus);
    }
    if (m && m[1]) {
      var t0 = performance.now();
      input.value = decodeURIComponent(m[1]);
      showResults(search(input.value));
      if (current.length) focusNode(current[0].n.id, true);  // on load: at once, no animation
      network.redraw();
      root.setAttribute("data-search-ms", String(Math.round(performance.now() - t0)));
    }
    root.setAttribute("data-state", "ready");
  });
})();
