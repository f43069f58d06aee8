"""Which evidence and which documents support a link: the one rule the RDF and Neo4j writers share.

An edge is written with its own evidence; an edge without any that leaves a Document is
supported by that document; any other edge is derived (no document).

>>> from policykg.model import Edge, Evidence
>>> e = Edge("Document/a", "HAS_FIELD", "Field/x", evidence=[Evidence("a", 3, 7, "…")])
>>> edge_documents(e), edge_documents(Edge("Document/b", "ABOUT", "Document/a"))
(['a'], ['b'])
>>> edge_documents(Edge("Field/x", "BROADER", "Field/y", evidence=[Evidence("", 0, 0, "")]))
[]
"""

from __future__ import annotations

from policykg.model.graph import Edge, Evidence


def edge_evidence(edge: Edge) -> list[Evidence]:
    """The evidence an edge is written with: its own, else (from a Document) the document itself, else none."""
    if edge.evidence:
        return edge.evidence  # unique (the model keeps it so); the order does not show in the output
    if edge.source.startswith("Document/"):
        return [Evidence(doc=edge.source.partition("/")[2], start=0, end=0, quote="",
                         rule=str(edge.props.get("rule", "")))]
    return []


def edge_documents(edge: Edge) -> list[str]:
    """The documents supporting an edge (none: the edge is derived), sorted."""
    return sorted({ev.doc for ev in edge_evidence(edge) if ev.doc})
