"""The region × field matrix: which region (or document) supports which field (or cluster), and how.

One row per region (or document), one column per field (or cluster); a cell
counts the documents that support the pair and says how: a document names the
field (``doc``), or a cluster of the region includes it (``cluster``). Columns
are grouped under their broader concept and related fields (SKOS RELATED) sit
side by side, so 量子科技 and 量子信息 are neighbours. The page is one offline
file like the other views (same Content-Security-Policy, data as escaped JSON,
text put in with ``textContent``); its script sorts rows and columns and shows a
cell's source quotes on click. This is the view that stays usable with dozens
of regions.

>>> from policykg.model import Evidence, PolicyGraph
>>> g = PolicyGraph()
>>> _ = g.add_node("Region", "上海市")
>>> _ = g.add_node("Document", "sh", label="上海行动方案")
>>> _ = g.add_node("Field", "量子科技")
>>> _ = g.add_edge("Document/sh", "COVERS_REGION", "Region/上海市")
>>> _ = g.add_edge("Document/sh", "HAS_FIELD", "Field/量子科技", evidence=[Evidence("sh", 0, 4, "发展量子科技")])
>>> m = matrix_data(g)
>>> [r["label"] for r in m["rows"]], [c["label"] for c in m["cols"]], m["cells"][0]["n"], m["cells"][0]["kinds"]
(['上海市'], ['量子科技'], 1, ['doc'])
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from pathlib import Path

from policykg.atomic import write_text
from policykg.errors import PolicyKGError
from policykg.model import PolicyGraph
from policykg.viz.html import _asset, content_security_policy
from policykg.viz.labels import document_labels
from policykg.viz.payload import MAX_QUOTE_CHARS, script_json

ROWS = ("region", "document")
#: How a cell is supported: a document of the row names the field, a cluster of the row includes it.
KINDS = ("doc", "cluster")
COLS = ("field", "cluster")
#: Most quotes embedded per cell.
MAX_CELL_QUOTES = 8


def matrix_data(graph: PolicyGraph, rows: str = "region", cols: str = "field", title: str | None = None) -> dict:
    """The page data: ``rows``, ``cols`` (with group, broader and related marks) and sparse ``cells``."""
    if rows not in ROWS:
        raise PolicyKGError(f"--rows must be one of {', '.join(ROWS)}, not {rows!r}")
    if cols not in COLS:
        raise PolicyKGError(f"--cols must be one of {', '.join(COLS)}, not {cols!r}")
    support = _support(graph, rows, cols)  # (row id, col id) → {kind: [evidence]}
    if not support:
        raise PolicyKGError(f"no {rows} × {cols} links in the graph to draw")
    short = document_labels(graph)
    row_ids = sorted({r for r, _ in support}, key=lambda r: (graph.nodes[r].label, r))
    col_ids = _column_order(graph, {c for _, c in support}, support)
    ri = {r: i for i, r in enumerate(row_ids)}
    ci = {c: i for i, c in enumerate(col_ids)}
    cells = []
    for (r, c), kinds in sorted(support.items(), key=lambda kv: (ri[kv[0][0]], ci[kv[0][1]])):
        evidence = [ev for evs in kinds.values() for ev in evs]
        docs = sorted({ev.doc for ev in evidence if ev.doc})
        cells.append({"r": ri[r], "c": ci[c], "n": len(docs) or 1, "kinds": sorted(kinds, key=KINDS.index), "docs": docs,
                      "quotes": _quotes(evidence)})
    return {
        "meta": {"title": title or f"{rows.title()} × {cols}", "rows": rows, "cols": cols,
                 "subtitle": f"{len(row_ids)} {rows}s · {len(col_ids)} {cols}s · {len(cells)} cells"},
        "rows": [_row_json(graph, r, short) for r in row_ids],
        "cols": _columns_json(graph, col_ids),
        "cells": cells,
        "documents": {k: {"short": v, "title": graph.nodes[f"Document/{k}"].label} for k, v in short.items()},
    }


def render_matrix(graph: PolicyGraph, rows: str = "region", cols: str = "field", title: str | None = None) -> str:
    """The matrix page (a string): one self-contained offline HTML file."""
    data = matrix_data(graph, rows, cols, title)
    page_js = _asset("common.js") + _asset("matrix.js")
    parts = {"TITLE": html.escape(data["meta"]["title"]), "GENERATOR": "policykg",
             "PAGE_CSS": _asset("view.css") + _asset("matrix.css"), "DATA": script_json(data),
             "PAGE_JS": page_js, "CSP": content_security_policy([page_js])}
    return re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: parts[m.group(1)], _asset("matrix.html"))


def write_matrix(graph: PolicyGraph, path, rows: str = "region", cols: str = "field",
                 title: str | None = None) -> Path:
    """Render like :func:`render_matrix` and write the page atomically; return the path."""
    return write_text(path, render_matrix(graph, rows, cols, title))


def _support(graph: PolicyGraph, rows: str, cols: str) -> dict:
    """(row id, column id) → {kind: evidence list} from the graph's links."""
    out: dict = defaultdict(lambda: defaultdict(list))
    docs_of = defaultdict(list)  # row id → its documents (a region's, or the document itself)
    clusters_of = defaultdict(list)  # row id → its clusters (IN_REGION, or HAS_CLUSTER)
    for d in graph.nodes_of("Document"):
        if rows == "document":
            docs_of[d.id].append(d.id)
            clusters_of[d.id] += [e for e in graph.out_edges(d.id, "HAS_CLUSTER")]
        else:
            for e in graph.out_edges(d.id, "COVERS_REGION"):
                docs_of[e.target].append(d.id)
    if rows == "region":
        for c in graph.nodes_of("Cluster"):
            for e in graph.out_edges(c.id, "IN_REGION"):
                clusters_of[e.target].append(e)
    for row in set(docs_of) | set(clusters_of):
        for doc in docs_of.get(row, []):
            if cols == "field":
                for e in graph.out_edges(doc, "HAS_FIELD"):
                    out[(row, e.target)]["doc"] += e.evidence or graph.nodes[e.target].evidence
        for link in clusters_of.get(row, []):
            cluster = link.source if rows == "region" else link.target
            if cols == "cluster":
                out[(row, cluster)]["cluster"] += link.evidence or graph.nodes[cluster].evidence
                continue
            for e in graph.out_edges(cluster, "INCLUDES_FIELD"):
                out[(row, e.target)]["cluster"] += e.evidence
    return {k: dict(v) for k, v in out.items()}


def _column_order(graph: PolicyGraph, col_ids: set[str], support: dict) -> list[str]:
    """Columns grouped under their broader concept (groups by support, biggest first); in a group the
    broader concept first, then each column followed by the columns RELATED to it."""
    weight: dict[str, int] = defaultdict(int)
    for _, c in support:
        weight[c] += 1
    group = {c: _broader(graph, c) or c for c in col_ids}
    members = defaultdict(list)
    for c in col_ids:
        members[group[c]].append(c)
    order = []
    for g in sorted(members, key=lambda g: (-sum(weight[c] for c in members[g]), graph.nodes[g].label)):
        pool = sorted(members[g], key=lambda c: (c != g, -weight[c], graph.nodes[c].label))
        while pool:
            c = pool.pop(0)
            order.append(c)
            near = [m for m in pool if m in _related(graph, c)]
            for m in near:
                pool.remove(m)
            order += near
    return order


def _broader(graph: PolicyGraph, nid: str) -> str | None:
    up = sorted(e.target for e in graph.out_edges(nid, "BROADER"))
    return up[0] if up else None


def _related(graph: PolicyGraph, nid: str) -> set[str]:
    return ({e.target for e in graph.out_edges(nid, "RELATED")} |
            {e.source for e in graph.in_edges(nid, "RELATED")})


def _row_json(graph: PolicyGraph, nid: str, short: dict) -> dict:
    node = graph.nodes[nid]
    if node.type == "Document":
        return {"id": nid, "label": short.get(node.key, node.label), "title": node.label}
    return {"id": nid, "label": node.label}


def _columns_json(graph: PolicyGraph, col_ids: list[str]) -> list[dict]:
    index = {c: i for i, c in enumerate(col_ids)}
    out = []
    for c in col_ids:
        node, up = graph.nodes[c], _broader(graph, c)
        col = {"id": c, "label": node.label, "group": graph.nodes[up].label if up else node.label}
        if node.label_en:
            col["en"] = node.label_en
        related = sorted(index[m] for m in _related(graph, c) if m in index)
        if related:
            col["related"] = related
        if up in index:
            col["broader"] = index[up]
        narrower = sorted(index[e.source] for e in graph.in_edges(c, "BROADER") if e.source in index)
        if narrower:
            col["narrower"] = narrower
        out.append(col)
    return out


def _quotes(evidence) -> list[dict]:
    seen, out = set(), []
    for ev in sorted(evidence, key=lambda ev: (ev.doc, ev.start)):
        text = ev.quote.strip()
        if text and (ev.doc, text) not in seen:
            seen.add((ev.doc, text))
            clipped = text if len(text) <= MAX_QUOTE_CHARS else text[:MAX_QUOTE_CHARS - 1] + "…"
            out.append({"doc": ev.doc, "q": clipped, "sec": ev.section})
    return out[:MAX_CELL_QUOTES]
