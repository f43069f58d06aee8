"""The merge report (``merge-report.txt``): what entity resolution merged, and what documents share.

>>> from policykg.resolve.builder import build_graph
>>> print(build_report(build_graph([{"document": {"file": "a.txt", "title": "甲", "region": "上海市"}}])).splitlines()[0])
policykg merge report: 1 documents, 2 nodes, 1 edges, 0 merges
"""

from __future__ import annotations

from policykg.model import NODE_TYPES, PolicyGraph


def build_report(graph: PolicyGraph) -> str:
    """A readable entity-resolution report: every merge grouped by node type, then
    how many nodes of each type more than one document supports."""
    docs = [d for d in graph.nodes_of("Document") if not d.props.get("stub")]
    lines = [f"policykg merge report: {len(docs)} documents, {len(graph)} nodes, "
             f"{graph.number_of_edges()} edges, {len(graph.merges)} merges", ""]
    for t in NODE_TYPES:
        merges = sorted((m for m in graph.merges if m.type == t), key=lambda m: (m.into, m.name))
        if not merges:
            continue
        lines.append(f"{t} ({len(merges)})")
        for m in merges:
            node = graph.nodes.get(m.into)
            lines.append(f"  {m.name} → {m.into}" + (f" 「{node.label}」" if node else "") + f"  [{m.reason}]")
        lines.append("")
    lines.append("Shared across documents (nodes supported by ≥ 2 documents)")
    for t in NODE_TYPES:
        shared = [n for n in graph.nodes_of(t) if len(graph.documents_of(n)) > 1]
        if shared:
            names = "、".join(n.label for n in shared[:12]) + (" …" if len(shared) > 12 else "")
            lines.append(f"  {t}: {len(shared)}  {names}")
    return "\n".join(lines) + "\n"
