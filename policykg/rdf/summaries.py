"""The link summaries and field coverage of the derived graph: what the named catalogue questions aggregate.

At 10,000 documents a question about one name can answer with thousands of rows (every synthetic
city has a 未来健康产业集群), and each row gathered its source documents from the link's
``pkg:Assertion`` records (one per piece of evidence, two look-ups each to reach the document's
identifier): about 5 µs a look-up on the persistent store.  The build writes, in the derived graph
(``id:graph/derived``), what those questions read, as nodes reachable by one triple from the entity
they start from (Oxigraph joins on a triple pattern, not on an IRI computed with ``BIND``):

- a **link summary** per link ``S P O`` (every edge of the graph): ``L pkg:linkSubject S ;
  pkg:linkPredicate P ; pkg:linkObject O ; pkg:sourceList "doc-1|doc-2"`` — the identifiers of the
  documents its assertions come from (as ``?a prov:wasDerivedFrom ?doc . ?doc pkg:identifier ?id``
  finds them), sorted and joined with ``|``; ``""`` for a derived link (no document).
  Read by ``districts-of-cluster``, ``fields-of-cluster`` and ``entity``;
- a **field coverage** node per (region, field) that a document covering the region names
  (``pkg:hasField``): ``C pkg:coverageRegion R ; pkg:coverageField F ; pkg:documentList …`` (those
  documents), ``pkg:tierList`` (the tiers on the assertions of their ``pkg:hasField`` links to F),
  ``pkg:clusterList`` (the Chinese labels of the clusters that include F and lie in R) — read by
  ``field-coverage`` and ``shared-fields``;
- on every Field that a document names, ``pkg:documentList``: those documents — read by
  ``related-fields``.

Lists are ``|``-joined, sorted and without repeats (the catalogue's runner splits ``|``-joined
aggregates into sorted lists, so a question that reads one gives the rows it gave when it gathered
them).  A summary or coverage node always has its lists (``""`` when empty), so a question joins them
as plain triples: an ``OPTIONAL`` without a filter on the row would be evaluated on its own, over
every node, by Oxigraph.  A Field no document names has no ``pkg:documentList``.  The nodes carry no ``rdf:type`` (one triple fewer per link; the
ontology's domains say what they are).  Nothing here states anything about a policy.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from policykg.model import PolicyGraph
from policykg.model.provenance import edge_evidence
from policykg.ontology.namespace import ID, PKG

LIST_SEPARATOR = "|"
_LINK_SUBJECT, _LINK_PREDICATE, _LINK_OBJECT = f"<{PKG.linkSubject}>", f"<{PKG.linkPredicate}>", f"<{PKG.linkObject}>"
_SOURCE_LIST, _DOCUMENT_LIST = f"<{PKG.sourceList}>", f"<{PKG.documentList}>"
_COVERAGE_REGION, _COVERAGE_FIELD = f"<{PKG.coverageRegion}>", f"<{PKG.coverageField}>"
_TIER_LIST, _CLUSTER_LIST = f"<{PKG.tierList}>", f"<{PKG.clusterList}>"


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:20]


def summary_iri(s: str, p: str, o: str) -> str:
    """``<IRI>`` of the link summary of ``s p o`` (``<IRI>`` terms)."""
    return f"<{ID}link/{_digest(s, p, o)}>"


def coverage_iri(region: str, field: str) -> str:
    """``<IRI>`` of the field coverage node of (``region``, ``field``) (``<IRI>`` terms)."""
    return f"<{ID}coverage/{_digest(region, field)}>"


def _joined(values) -> str:
    """The ``|``-joined sorted set of ``values`` (``""`` when empty)."""
    return LIST_SEPARATOR.join(sorted({str(v) for v in values if v not in (None, "")}))


def summary_lines(graph: PolicyGraph, node_iri: Callable[[str], str], edge_predicate: Callable,
                  literal: Callable[[str], str]) -> list[str]:
    """The link summary, field coverage and field document lines of ``graph`` (N-Triples without the final
    ``" ."``); ``node_iri(nid)``, ``edge_predicate(edge)`` and ``literal(text)`` give terms as the writer
    does (:mod:`policykg.rdf.nquads`, which imports this module)."""
    out: list[str] = []
    docs = {n.key for n in graph.nodes_of("Document")}  # a source needs its document's pkg:identifier
    for edge in graph.edges.values():
        s, p, o = node_iri(edge.source), edge_predicate(edge), node_iri(edge.target)
        link = summary_iri(s, p, o)
        sources = literal(_joined(ev.doc for ev in edge_evidence(edge) if ev.doc in docs))
        out += [f"{link} {_LINK_SUBJECT} {s}", f"{link} {_LINK_PREDICATE} {p}", f"{link} {_LINK_OBJECT} {o}",
                f"{link} {_SOURCE_LIST} {sources}"]
    out += _coverage_lines(graph, node_iri, literal)
    return out


def _coverage_lines(graph: PolicyGraph, node_iri: Callable[[str], str], literal: Callable[[str], str]) -> list[str]:
    fields: dict[str, set[str]] = {}  # field id → identifiers of the documents naming it
    pairs: dict[tuple[str, str], tuple[set[str], set[str]]] = {}  # (region id, field id) → (documents, tiers)
    for doc in graph.nodes_of("Document"):
        regions = [e.target for e in graph.out_edges(doc.id, "COVERS_REGION")]
        for edge in graph.out_edges(doc.id, "HAS_FIELD"):
            fields.setdefault(edge.target, set()).add(doc.key)
            tier = edge.props.get("tier")
            tiers = {str(tier)} if tier not in (None, "") and edge_evidence(edge) else set()  # on its assertions
            for region in regions:
                found = pairs.setdefault((region, edge.target), (set(), set()))
                found[0].add(doc.key)
                found[1].update(tiers)
    clusters: dict[tuple[str, str], set[str]] = {}  # (region id, field id) → cluster labels
    for cluster in graph.nodes_of("Cluster"):
        for r in graph.out_edges(cluster.id, "IN_REGION"):
            for f in graph.out_edges(cluster.id, "INCLUDES_FIELD"):
                clusters.setdefault((r.target, f.target), set()).add(cluster.label)
    out = [f"{node_iri(f)} {_DOCUMENT_LIST} {literal(_joined(ids))}" for f, ids in fields.items()]
    for (region, field), (ids, tiers) in pairs.items():
        r, f = node_iri(region), node_iri(field)
        c = coverage_iri(r, f)
        lists = (ids, tiers, clusters.get((region, field), ()))
        out += [f"{c} {_COVERAGE_REGION} {r}", f"{c} {_COVERAGE_FIELD} {f}"]
        out += [f"{c} {pred} {literal(_joined(values))}" for pred, values in zip((_DOCUMENT_LIST, _TIER_LIST, _CLUSTER_LIST),
                                                                                lists, strict=True)]
    return out
