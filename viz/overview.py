"""The whole-graph view of a large corpus: an overview that aggregates, expanded in place on click.

Above :data:`OVERVIEW_LIMIT` nodes a drawing of every node is a hairball with
no readable label, and its page grows past 30 MB. The overview draws the
regions linked to their most supported fields (included by their clusters or
named by their documents; :data:`REGION_FIELDS` each), and the documents collapsed into one node per region and year
(「上海 2024 · 37 份」) beside their region. A click on a region puts its clusters
around it, a click on a group its documents (short labels, full title in the
tooltip), each linked to its fields; the page carries, per document, only its
labels, its fields and its counts of other things.

>>> from policykg.model import PolicyGraph
>>> g = PolicyGraph()
>>> _ = g.add_node("Region", "上海市", aliases=["上海"])
>>> _ = g.add_node("Field", "量子科技")
>>> for i in range(3):
...     _ = g.add_node("Document", f"d{i}", label=f"文件{i}", props={"date": "2024-01-0%d" % (i + 1)})
...     _ = g.add_edge(f"Document/d{i}", "COVERS_REGION", "Region/上海市")
...     _ = g.add_edge(f"Document/d{i}", "HAS_FIELD", "Field/量子科技")
>>> v = overview_view(g)
>>> sorted(v.graph.nodes), v.graph.nodes["Document/group/上海市/2024"].label
(['Document/group/上海市/2024', 'Field/量子科技', 'Region/上海市'], '上海 2024 · 3 份')
>>> sorted((s, t, o) for s, t, o in v.graph.edges)[0]
('Document/group/上海市/2024', 'COVERS_REGION', 'Region/上海市')
"""

from __future__ import annotations

from collections import Counter, defaultdict

from policykg.model import PolicyGraph
from policykg.viz.labels import document_labels, document_year, region_short
from policykg.viz.layout import spring_positions

#: Above this many nodes the default whole view is the overview (``full=True`` draws everything).
OVERVIEW_LIMIT = 3000
#: Evidence quotes kept per node of the overview (the tooltip's sources).
OVERVIEW_QUOTES = 1
#: Fields linked to each region in the overview (its most supported ones).
REGION_FIELDS = 12
#: Edge types between the kept nodes that the overview draws.
KEPT_EDGES = {"BROADER", "RELATED", "PART_OF"}


def overview_view(graph: PolicyGraph, title: str = "PolicyGraph"):
    """The overview :class:`~policykg.viz.views.View` of ``graph`` (see the module docstring)."""
    from policykg.viz.views import View

    sub = PolicyGraph()
    for n in graph:
        if n.type in ("Region", "Field"):
            sub.add_node(n.type, n.key, label=n.label, label_en=n.label_en, aliases=n.aliases, props=n.props,
                         evidence=n.evidence[:OVERVIEW_QUOTES])
    for s, t, o in graph.edges:
        if t in KEPT_EDGES and s in sub and o in sub:
            sub.add_edge(s, t, o)
    fields = sorted(n.id for n in sub.nodes_of("Field"))
    fields_index = {nid: i for i, nid in enumerate(fields)}
    clusters = _region_clusters(graph, sub, fields_index)
    docs, groups, kinds = _documents(graph, sub, fields_index)
    support: dict[str, Counter] = defaultdict(Counter)  # region → field index → documents and clusters
    for gid, (label, region, members, group_fields) in groups.items():
        sub.add_node("Document", gid.removeprefix("Document/"), label=label, props={"documents": len(members)})
        if region:
            sub.add_edge(gid, "COVERS_REGION", region)
            support[region].update(group_fields)
    for region, items in clusters.items():
        for _, fs in items:
            support[region].update(fs)
    for region, counts in support.items():  # a region's most supported fields (all of them: open it, or --matrix)
        for f, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:REGION_FIELDS]:
            sub.add_edge(region, "HAS_FIELD", fields[f], props={"support": n})
    linked = {x for s, _, o in sub.edges for x in (s, o)}  # a field no region counts among its most
    sub = sub.subgraph(n.id for n in sub if n.type != "Field" or n.id in linked)  # supported stays out
    positions = spring_positions(sorted(sub.nodes), [(s, o) for s, _, o in sub.edges], gravity=0.02)
    extra = {"overview": {"total_nodes": len(graph), "total_edges": graph.number_of_edges(),
                          "counts": {t: c for t, c in graph.counts().items() if c}, "kinds": kinds,
                          "fields": fields, "groups": list(groups), "docs": docs,
                          "clusters": {r: items for r, items in sorted(clusters.items())}}}
    subtitle = (f"overview of {len(graph):,} nodes: {len(docs):,} documents in {len(groups):,} region-year groups, "
                f"{sum(len(v) for v in clusters.values()):,} clusters inside their regions (click to open)")
    return View("graph", sub, positions, title, subtitle, extra=extra)


def _region_clusters(graph: PolicyGraph, sub: PolicyGraph, fields_index: dict) -> dict[str, list]:
    """Region id → ``[cluster label, [field index …]]`` of its clusters (drawn when the region opens)."""
    out: dict[str, list] = defaultdict(list)
    for c in sorted(graph.nodes_of("Cluster"), key=lambda c: (c.label, c.id)):
        fs = sorted(fields_index[e.target] for e in graph.out_edges(c.id, "INCLUDES_FIELD") if e.target in fields_index)
        for e in graph.out_edges(c.id, "IN_REGION"):
            if e.target in sub:
                out[e.target].append([c.label, fs])
    return out


def _documents(graph: PolicyGraph, sub: PolicyGraph, fields_index: dict):
    """Per document ``[key, short label, title, group index, [field index …], [count per kind …]]``, the
    region-year groups (id → label, region, members, fields) and the kinds the counts follow."""
    short = document_labels(graph)
    kinds = ["Cluster", "Programme", "Measure", "Target", "Organization", "Zone", "District", "Scenario", "Person"]
    groups: dict[str, tuple] = {}
    order: dict[str, int] = {}
    docs = []
    for d in sorted(graph.nodes_of("Document"), key=lambda d: (document_year(d), d.key)):
        regions = sorted(e.target for e in graph.out_edges(d.id, "COVERS_REGION") if e.target in sub)
        region = regions[0] if regions else None
        year = document_year(d) or "—"
        gid = f"Document/group/{graph.nodes[region].key if region else '其他'}/{year}"
        if gid not in groups:
            name = region_short(graph.nodes[region].label, graph.nodes[region].aliases) if region else "其他"
            groups[gid] = [name, region, [], Counter()]
            order[gid] = len(order)
        fs = sorted({fields_index[e.target] for e in graph.out_edges(d.id, "HAS_FIELD") if e.target in fields_index})
        counts = Counter(graph.nodes[e.target].type for e in graph.out_edges(d.id) if e.target in graph)
        groups[gid][2].append(d.key)
        groups[gid][3].update(fs)
        docs.append([d.key, short.get(d.key, d.label), d.label, order[gid], fs, [counts.get(k, 0) for k in kinds]])
    out = {gid: (f"{name} {gid.rsplit('/', 1)[1]} · {len(members)} 份", region, members, fs)
           for gid, (name, region, members, fs) in groups.items()}
    return docs, out, kinds
