"""The four views of a PolicyGraph: what each mode shows and where.

Each function takes the full :class:`~policykg.model.PolicyGraph` and returns
a :class:`View`: the subgraph to draw, node positions, the nodes to emphasise
and the mode's extras for the side panel.

>>> from policykg.model import PolicyGraph
>>> g = PolicyGraph()
>>> _ = g.add_node("Field", "脑机接口", label_en="brain-computer interface")
>>> _ = g.add_node("Field", "脑科学")
>>> _ = g.add_edge("Field/脑机接口", "RELATED", "Field/脑科学")
>>> v = focus_view(g, "brain-computer interface", depth=1)
>>> (v.focus, sorted(v.graph.nodes))
('Field/脑机接口', ['Field/脑机接口', 'Field/脑科学'])
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from policykg.errors import PolicyKGError
from policykg.model import PolicyGraph
from policykg.viz.layout import column_positions, spring_positions


@dataclass
class View:
    """A subgraph ready to draw: positions, emphasis and side-panel extras."""

    mode: str
    graph: PolicyGraph
    positions: dict[str, tuple[float, float]]
    title: str
    subtitle: str = ""
    focus: str | None = None
    highlight: set[str] = field(default_factory=set)
    extra: dict = field(default_factory=dict)


#: Most query rows embedded in the page's side panel.
MAX_ROWS = 500
#: Focus views go through a node with more links than this only when asked (``hubs``).
HUB_DEGREE = 25
#: x of the compare view's columns: region, clusters, own fields | shared | own fields, clusters, region.
COMPARE_XS = (-900, -600, -300, 0, 300, 600, 900)


def graph_view(graph: PolicyGraph, title: str = "PolicyGraph") -> View:
    """The whole graph."""
    return View("graph", graph, _spring(graph), title, _sizes(graph))


def focus_view(graph: PolicyGraph, name: str, depth: int = 1, title: str | None = None,
               hubs: bool = False) -> View:
    """One entity (by id, name, alias or English label) and everything within ``depth`` links.

    Beyond the first step, hub nodes (more than :data:`HUB_DEGREE` links: documents, regions) are
    shown but not expanded, unless ``hubs``.
    """
    if depth < 0:
        raise PolicyKGError(f"--depth must be 0 or more, not {depth}")
    start = resolve_node(graph, name)
    keep, held = _within(graph, start.id, depth, None if hubs else HUB_DEGREE)
    sub = graph.subgraph(keep)
    note = f" · {len(held)} hub{'s' if len(held) > 1 else ''} not expanded (--hubs)" if held else ""
    return View("focus", sub, _spring(sub, pinned={start.id: (0.0, 0.0)}, gravity=0.06), title or start.label,
                f"{start.type} · depth {depth} · {_sizes(sub)}{note}", focus=start.id, highlight={start.id})


def query_view(graph: PolicyGraph, rows: Sequence[dict], to_node_id: Callable[[str], str | None],
               name: str = "query", params: dict | None = None, title: str | None = None) -> View:
    """A query's answer: the nodes its rows name, the edges among them, nodes linking two of them.

    ``to_node_id`` maps a cell value (an IRI, say) to a node id, or None for plain values.
    """
    columns = list(dict.fromkeys(k for r in rows for k in r))
    to_node = _with_documents(graph, to_node_id)
    cells = [[_cell(r.get(k), to_node) for k in columns] for r in rows]
    answer = [c["n"] for row in cells for c in row if c.get("n") in graph]
    if not answer:
        raise PolicyKGError(f"query {name!r} returned no graph nodes to draw ({len(rows)} rows)")
    answer = list(dict.fromkeys(answer))
    row_docs = [_row_documents(graph, row) for row in cells]
    docs = {d for ds in row_docs for d in ds} - set(answer)
    sub = graph.subgraph(set(answer) | docs | _connectors(graph, set(answer)))
    shown = ", ".join(f"{k}={v}" for k, v in sorted((params or {}).items()))
    extra = {"query": {"name": name, "params": params or {}, "columns": columns,
                       "rows": cells[:MAX_ROWS], "row_docs": row_docs[:MAX_ROWS], "total_rows": len(rows)}}
    n_docs = sum(1 for nid in sub.nodes if nid.startswith("Document/"))
    return View("query", sub, _spring(sub), title or f"Query: {name}",
                f"{shown + ' · ' if shown else ''}{len(answer)} answer nodes · {n_docs} documents · {_sizes(sub)}",
                highlight=set(answer), extra=extra)


def _cell(value, to_node_id) -> dict:
    """One table cell: its text and, when it names a node, the node id (``ns``: ids of a list's items)."""
    if isinstance(value, list | tuple):
        ids = [nid for v in value if v is not None and (nid := to_node_id(str(v)))]
        return {"t": "、".join(str(v) for v in value), **({"ns": ids} if ids else {})}
    nid = to_node_id(str(value)) if value is not None else None
    return {"t": "" if value is None else str(value), **({"n": nid} if nid else {})}


def _with_documents(graph: PolicyGraph, to_node_id):
    """``to_node_id`` that also takes a document's id (``shanghai-2022-action-plan``) for its node."""
    def to_node(value: str):
        nid = to_node_id(value)
        return nid or (f"Document/{value}" if f"Document/{value}" in graph else None)
    return to_node


def _row_documents(graph: PolicyGraph, row: list[dict], most: int = 6) -> list[str]:
    """The documents that support one answer row: those its cells name, else the sources of its nodes."""
    named = [n for c in row for n in ([c["n"]] if "n" in c else c.get("ns", [])) if n in graph]
    docs = [n for n in named if n.startswith("Document/")]
    if not docs:
        cited = sorted({ev.doc for n in named for ev in graph.nodes[n].evidence if ev.doc})
        docs = [f"Document/{d}" for d in cited if f"Document/{d}" in graph]
    return list(dict.fromkeys(docs))[:most]


def compare_view(graph: PolicyGraph, region_a: str, region_b: str, title: str | None = None) -> View:
    """Two regions' clusters and fields side by side; fields both have in the middle."""
    a, b = resolve_node(graph, region_a, "Region"), resolve_node(graph, region_b, "Region")
    if a.id == b.id:
        raise PolicyKGError(f"--compare needs two different regions, got {a.label} twice")
    ca, fa = region_clusters_fields(graph, a.id)
    cb, fb = region_clusters_fields(graph, b.id)
    ca, cb = sorted(ca, key=_by_label(graph)), sorted(cb, key=_by_label(graph))
    order_a, order_b = _cluster_order(graph, ca), _cluster_order(graph, cb)
    shared = sorted(fa & fb, key=lambda f: (order_a(f), order_b(f), graph.nodes[f].label, f))
    only_a = sorted(fa - fb, key=lambda f: (order_a(f), graph.nodes[f].label, f))
    only_b = sorted(fb - fa, key=lambda f: (order_b(f), graph.nodes[f].label, f))
    related = related_fields(graph, only_a, only_b)
    first_a = {p["a"]: i for i, p in reversed(list(enumerate(related)))}
    first_b = {p["b"]: i for i, p in reversed(list(enumerate(related)))}
    only_a.sort(key=lambda f: first_a.get(f, len(related)))  # related pairs first, level with each other
    only_b.sort(key=lambda f: first_b.get(f, len(related)))
    columns = [[a.id], ca, only_a, shared, only_b, cb, [b.id]]
    titles = (a.label, "产业集群", f"仅{a.label}", "共有 shared", f"仅{b.label}", "产业集群", b.label)
    positions = column_positions(columns, COMPARE_XS, gap=72)
    positions.update(_beside_fields(graph, ca, positions) | _beside_fields(graph, cb, positions))
    sub = graph.subgraph(positions)
    lab = _label_of(graph)
    extra = {"compare": {
        "a": a.label, "b": b.label,
        "shared": [lab(f) for f in shared], "only_a": [lab(f) for f in only_a],
        "only_b": [lab(f) for f in only_b],
        "related": [{**p, "a_label": lab(p["a"]), "b_label": lab(p["b"])} for p in related],
        "columns": [{"x": x, "label": t, "shared": t == titles[3]} for x, t in zip(COMPARE_XS, titles, strict=True)],
    }}
    return View("compare", sub, positions, title or f"{a.label} vs {b.label}",
                f"{len(shared)} shared fields · {len(related)} related pairs · {len(only_a)} only {a.label} · "
                f"{len(only_b)} only {b.label}",
                highlight=set(shared), extra=extra)


#: How a field of one side relates to one of the other, by the vocabulary's links (or by name).
RELATION_KINDS = {"RELATED": "related", "BROADER": "broader"}


def related_fields(graph: PolicyGraph, left, right) -> list[dict]:
    """Pairs ``{"a", "b", "kind"}`` of a field in ``left`` and one in ``right`` that are not the same but
    related: linked by RELATED (``related``) or BROADER (``broader``: a's broader concept is b;
    ``narrower``: the other way), or one's name holding the other's (``name``)."""
    right_set, out = set(right), []
    for a in left:
        found = {}
        for e in graph.out_edges(a):
            if e.target in right_set and e.type in RELATION_KINDS:
                found.setdefault(e.target, RELATION_KINDS[e.type])
        for e in graph.in_edges(a):
            if e.source in right_set and e.type in RELATION_KINDS:
                found.setdefault(e.source, "narrower" if e.type == "BROADER" else "related")
        la = graph.nodes[a].label
        for b in right:
            lb = graph.nodes[b].label
            if b not in found and min(len(la), len(lb)) >= 2 and (la in lb or lb in la):
                found[b] = "name"
        out += [{"a": a, "b": b, "kind": k} for b, k in found.items()]
    order = {b: i for i, b in enumerate(right)}
    return sorted(out, key=lambda p: (list(left).index(p["a"]), order[p["b"]]))


def region_clusters_fields(graph: PolicyGraph, region_id: str) -> tuple[set[str], set[str]]:
    """A region's clusters (IN_REGION) and fields (of those clusters or of documents covering it)."""
    clusters = {e.source for e in graph.in_edges(region_id, "IN_REGION")
                if graph.nodes[e.source].type == "Cluster"}
    fields = {e.target for c in clusters for e in graph.out_edges(c, "INCLUDES_FIELD")}
    for cover in graph.in_edges(region_id, "COVERS_REGION"):
        fields |= {e.target for e in graph.out_edges(cover.source, "HAS_FIELD")}
    return clusters, fields


def resolve_node(graph: PolicyGraph, name: str, type: str | None = None):
    """The one node named ``name`` (an id, a label, an alias or an English label)."""
    if name in graph and (type is None or graph.nodes[name].type == type):
        return graph.nodes[name]
    if type and f"{type}/{name}" in graph:
        return graph.nodes[f"{type}/{name}"]
    hits = graph.find(name, type)
    if not hits:
        hits = [n for n in graph if (type is None or n.type == type) and
                any(x.lower() == name.lower() for x in n.names())]
    if not hits and type == "Region":
        hits = [n for n in graph.nodes_of("Region") if n.label.startswith(name)]
    if len(hits) == 1:
        return hits[0]
    what = type or "node"
    if not hits:
        raise PolicyKGError(f"no {what} named {name!r} in the graph{_suggest(graph, name, type)}")
    ids = ", ".join(sorted(n.id for n in hits)[:8])
    raise PolicyKGError(f"{name!r} names {len(hits)} {what}s ({ids}); give one id instead")


def _suggest(graph: PolicyGraph, name: str, type: str | None) -> str:
    """`` (did you mean …)`` with up to five nodes whose names contain ``name`` (or all regions)."""
    pool = [n for n in graph if type is None or n.type == type]
    near = [n for n in pool if any(name.lower() in x.lower() or x.lower() in name.lower() for x in n.names())]
    near = near or (pool if type == "Region" else [])
    return f" (did you mean: {', '.join(sorted(n.label for n in near)[:5])})" if near else ""


def _within(graph: PolicyGraph, start: str, depth: int, hub: int | None = None) -> tuple[set[str], set[str]]:
    """Node ids at most ``depth`` links from ``start`` (either direction), and the hubs not expanded:
    nodes other than ``start`` with more than ``hub`` neighbours are reached but not gone through."""
    seen, frontier, held = {start}, {start}, set()
    for _ in range(depth):
        nxt = set()
        for nid in frontier:
            around = graph.neighbors(nid)
            if hub is not None and nid != start and len(around) > hub:
                held.add(nid)
                continue
            nxt |= {m.id for m in around}
        frontier = nxt - seen
        seen |= frontier
    return seen, held


def _connectors(graph: PolicyGraph, answer: set[str]) -> set[str]:
    """Nodes outside ``answer`` linked to at least two answer nodes."""
    hits: dict[str, int] = {}
    for nid in answer:
        for m in graph.neighbors(nid):
            if m.id not in answer:
                hits[m.id] = hits.get(m.id, 0) + 1
    return {nid for nid, c in hits.items() if c >= 2} if len(answer) > 1 else set()


def _spring(graph: PolicyGraph, pinned=None, gravity: float = 0.01) -> dict[str, tuple[float, float]]:
    return spring_positions(sorted(graph.nodes), [(s, o) for s, _, o in graph.edges], pinned=pinned,
                            gravity=gravity)


def _sizes(graph: PolicyGraph) -> str:
    return f"{len(graph)} nodes · {graph.number_of_edges()} edges"


def _label_of(graph: PolicyGraph):
    return lambda nid: graph.nodes[nid].label


def _beside_fields(graph: PolicyGraph, clusters: list[str], positions: dict, gap: float = 72.0) -> dict:
    """Move each cluster level with the middle of its fields (clusters without fields go last),
    keeping ``gap`` between clusters."""
    wanted = {}
    for c in clusters:
        ys = [positions[e.target][1] for e in graph.out_edges(c, "INCLUDES_FIELD") if e.target in positions]
        wanted[c] = sum(ys) / len(ys) if ys else float("inf")
    out, last = {}, None
    for c in sorted(clusters, key=lambda c: wanted[c]):
        y = wanted[c] if wanted[c] != float("inf") else (positions[c][1] if last is None else last + gap)
        y = y if last is None else max(y, last + gap)
        out[c], last = (positions[c][0], y), y
    return out


def _cluster_order(graph: PolicyGraph, clusters: list[str]):
    """Field id → position of its first cluster in ``clusters`` (fields of none go last)."""
    first: dict[str, int] = {}
    for i, c in enumerate(clusters):
        for e in graph.out_edges(c, "INCLUDES_FIELD"):
            first.setdefault(e.target, i)
    return lambda f: first.get(f, len(clusters))


def _by_label(graph: PolicyGraph):
    return lambda nid: (graph.nodes[nid].label, nid)
