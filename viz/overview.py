"""The whole-graph view of a large corpus: an overview that aggregates, expanded in place on click.

Above :data:`OVERVIEW_LIMIT` nodes a drawing of every node is a hairball with
no readable label, and its page grows past 30 MB. The overview draws the
regions with their clusters and fields, and the documents collapsed into one
node per region and year (「上海 2024 · 37 份」) linked to the fields they name.
A click on such a node puts its documents around it (short labels, full title
in the tooltip), a click on a document shows its fields and what else it holds;
the page carries, per document, only its labels, its fields and its counts.

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
"""

from __future__ import annotations

from collections import Counter, defaultdict

from policykg.model import PolicyGraph
from policykg.viz.labels import document_labels, document_year, region_short
from policykg.viz.layout import spring_positions

#: Above this many nodes the default whole view is the overview (``full=True`` draws everything).
OVERVIEW_LIMIT = 3000
#: Evidence quotes kept per node of the overview (the tooltip's sources).
OVERVIEW_QUOTES = 3
#: Edge types between the kept nodes that the overview draws.
KEPT_EDGES = {"IN_REGION", "INCLUDES_FIELD", "BROADER", "RELATED", "PART_OF", "HAS_FIELD", "COVERS_REGION"}


def overview_view(graph: PolicyGraph, title: str = "PolicyGraph"):
    """The overview :class:`~policykg.viz.views.View` of ``graph`` (see the module docstring)."""
    from policykg.viz.views import View

    sub = PolicyGraph()
    for n in graph:
        if n.type in ("Region", "Cluster", "Field"):
            sub.add_node(n.type, n.key, label=n.label, label_en=n.label_en, aliases=n.aliases, props=n.props,
                         evidence=n.evidence[:OVERVIEW_QUOTES])
    for (s, t, o), e in graph.edges.items():
        if t in KEPT_EDGES and s in sub and o in sub:
            sub.add_edge(s, t, o, evidence=e.evidence[:1])
    short = document_labels(graph)
    fields_index = {nid: i for i, nid in enumerate(sorted(n.id for n in sub.nodes_of("Field")))}
    groups: dict[str, list[str]] = defaultdict(list)
    docs, group_fields = [], defaultdict(Counter)
    for d in sorted(graph.nodes_of("Document"), key=lambda d: (document_year(d), d.key)):
        regions = sorted(e.target for e in graph.out_edges(d.id, "COVERS_REGION") if e.target in sub)
        region = regions[0] if regions else None
        year = document_year(d) or "—"
        gid = f"Document/group/{graph.nodes[region].key if region else '其他'}/{year}"
        fields = sorted({e.target for e in graph.out_edges(d.id, "HAS_FIELD") if e.target in fields_index})
        kinds = Counter(graph.nodes[e.target].type for e in graph.out_edges(d.id) if e.target in graph)
        groups[gid].append(d.key)
        group_fields[gid].update(fields)
        docs.append({"k": d.key, "s": short.get(d.key, d.label), "t": d.label, "g": gid,
                     "f": [fields_index[f] for f in fields],
                     "n": {k: v for k, v in sorted(kinds.items()) if k not in ("Field", "Region")}})
    for gid, keys in groups.items():
        _, _, region_key, year = gid.split("/", 3)
        region = f"Region/{region_key}"
        name = region_short(graph.nodes[region].label, graph.nodes[region].aliases) if region in sub else region_key
        sub.add_node("Document", gid.removeprefix("Document/"), label=f"{name} {year} · {len(keys)} 份",
                     props={"documents": len(keys), "year": year})
        if region in sub:
            sub.add_edge(gid, "COVERS_REGION", region)
        for f in group_fields[gid]:
            sub.add_edge(gid, "HAS_FIELD", f)
    positions = spring_positions(sorted(sub.nodes), [(s, o) for s, _, o in sub.edges], gravity=0.02)
    extra = {"overview": {"total_nodes": len(graph), "total_edges": graph.number_of_edges(),
                          "counts": {t: c for t, c in graph.counts().items() if c},
                          "fields": sorted(fields_index, key=fields_index.get), "docs": docs}}
    subtitle = (f"overview of {len(graph):,} nodes · {len(docs):,} documents in {len(groups)} region-year groups "
                f"(click one to open it)")
    return View("graph", sub, positions, title, subtitle, extra=extra)
