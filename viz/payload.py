"""The JSON data embedded in an HTML view, and its safe embedding.

A :class:`~policykg.viz.views.View` becomes one plain dict (nodes with
positions, edges, node-type styles, documents, the mode's extras); the page's
script reads it from ``<script type="application/json">`` and builds every
piece of text with DOM text nodes, so document text never becomes markup.

>>> script_json({"name": "</script><img src=x onerror=alert(1)>"})
'{"name":"\\\\u003c/script\\\\u003e\\\\u003cimg src=x onerror=alert(1)\\\\u003e"}'
"""

from __future__ import annotations

import json

from policykg.model import NODE_TYPES, Edge, Node, PolicyGraph
from policykg.viz.labels import document_labels

#: Colour, vis-network shape and Chinese name per node type (legend order).
TYPE_STYLES: dict[str, dict[str, str]] = {
    "Document": {"color": "#3b5bdb", "shape": "box", "zh": "文件"},
    "Region": {"color": "#e8590c", "shape": "hexagon", "zh": "地区"},
    "District": {"color": "#f59f00", "shape": "triangle", "zh": "区县"},
    "Zone": {"color": "#66a80f", "shape": "triangleDown", "zh": "园区"},
    "Cluster": {"color": "#9c36b5", "shape": "diamond", "zh": "产业集群"},
    "Field": {"color": "#0ca678", "shape": "dot", "zh": "领域"},
    "Programme": {"color": "#e03131", "shape": "star", "zh": "计划"},
    "Measure": {"color": "#1971c2", "shape": "square", "zh": "措施"},
    "Target": {"color": "#d6336c", "shape": "star", "zh": "目标"},
    "Organization": {"color": "#495057", "shape": "hexagon", "zh": "机构"},
    "Scenario": {"color": "#1098ad", "shape": "diamond", "zh": "场景"},
    "Person": {"color": "#a0522d", "shape": "dot", "zh": "人物"},
}

#: Most evidence quotes embedded per node or edge, and most characters per quote.
MAX_QUOTES, MAX_QUOTE_CHARS = 6, 400

_TABLE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                        "\u2028": "\\u2028", "\u2029": "\\u2029"})


def script_json(obj) -> str:
    """JSON safe inside ``<script type="application/json">``: ``< > &`` and U+2028/9 escaped."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return text.translate(_TABLE)


def build_payload(view, full: PolicyGraph | None = None) -> dict:
    """The page data for ``view``; ``full`` (default: the view's graph) names documents."""
    g = view.graph
    full = full or g
    degree = _degrees(g)
    short = document_labels(full)
    nodes = [_node_json(n, view.positions.get(n.id), degree.get(n.id, 0), n.id in view.highlight)
             for n in sorted(g, key=lambda n: n.id)]
    for n in nodes:  # documents: 「上海 2022 行动方案」 on the canvas, the full title in tooltip and panel
        if n["type"] == "Document" and n["id"][len("Document/"):] in short:
            n["title"], n["label"] = n["label"], short[n["id"][len("Document/"):]]
    edges = [_edge_json(e) for _, e in sorted(g.edges.items())]
    counts = {t: c for t, c in g.counts().items() if t != "edges" and c}
    return {
        "meta": {"title": view.title, "subtitle": view.subtitle, "mode": view.mode, "focus": view.focus},
        "types": [{"type": t, **TYPE_STYLES[t], "count": counts[t]} for t in NODE_TYPES if t in counts],
        "documents": _documents(g, full, short),
        "nodes": nodes,
        "edges": edges,
        "extra": view.extra,
    }


def _degrees(g: PolicyGraph) -> dict[str, int]:
    deg: dict[str, int] = {}
    for s, _, o in g.edges:
        deg[s] = deg.get(s, 0) + 1
        deg[o] = deg.get(o, 0) + 1
    return deg


def _node_json(n: Node, xy, degree: int, highlight: bool) -> dict:
    """One node: ids, names, props, documents, a few quotes, position."""
    out = {"id": n.id, "type": n.type, "label": n.label, "deg": degree}
    if n.label_en:
        out["en"] = n.label_en
    if n.aliases:
        out["aliases"] = sorted(n.aliases)
    props = {k: v for k, v in sorted(n.props.items()) if v not in (None, "", [], {})}
    if props:
        out["props"] = props
    out.update(_evidence_json(n.evidence))
    if xy is not None:
        out["x"], out["y"] = xy
    if highlight:
        out["hl"] = 1
    return out


def _edge_json(e: Edge) -> dict:
    """One edge: ends, type, props, documents, a few quotes."""
    out = {"from": e.source, "to": e.target, "type": e.type}
    props = {k: v for k, v in sorted(e.props.items()) if v not in (None, "", [], {})}
    if props:
        out["props"] = props
    out.update(_evidence_json(e.evidence))
    return out


def _evidence_json(evidence) -> dict:
    """``docs`` (sorted ids), up to :data:`MAX_QUOTES` clipped quotes, and ``nq`` (all quotes)."""
    if not evidence:
        return {}
    docs = sorted({ev.doc for ev in evidence if ev.doc})
    quotes, seen = [], set()
    for ev in sorted(evidence, key=lambda ev: (ev.doc, ev.start, ev.end)):
        text = ev.quote.strip()
        if not text or (ev.doc, text) in seen:
            continue
        seen.add((ev.doc, text))
        clipped = text if len(text) <= MAX_QUOTE_CHARS else text[:MAX_QUOTE_CHARS - 1] + "…"
        quotes.append({"doc": ev.doc, "q": clipped, "sec": ev.section})
    return {"docs": docs, "quotes": quotes[:MAX_QUOTES], "nq": len(quotes)}


def _documents(g: PolicyGraph, full: PolicyGraph, short: dict[str, str]) -> list[dict]:
    """Every document cited in the view, with its title (from the full graph), short label and node count."""
    per_doc: dict[str, int] = {}
    for n in g:
        for d in {ev.doc for ev in n.evidence if ev.doc} | ({n.key} if n.type == "Document" else set()):
            per_doc[d] = per_doc.get(d, 0) + 1
    out = []
    for d in sorted(per_doc):
        node = full.nodes.get(f"Document/{d}") or g.nodes.get(f"Document/{d}")
        out.append({"id": d, "title": node.label if node else d, "short": short.get(d, d), "count": per_doc[d]})
    return out
