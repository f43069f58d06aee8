"""The field coverage and field document lists of the derived graph: what three catalogue questions aggregate.

``field-coverage``, ``shared-fields`` and ``related-fields`` gathered, row by row, the documents that
name a field (``pkg:hasField``), the regions they cover, the tiers on the assertions of those links and
the clusters of the field in each region.  The build writes these lists in the derived graph
(``id:graph/derived``), as nodes reachable by one triple from the entity a question starts from
(Oxigraph joins on a triple pattern, not on an IRI computed with ``BIND``):

- a **field coverage** node per (region, field) that a document covering the region names
  (``pkg:hasField``): ``C pkg:coverageRegion R ; pkg:coverageField F ; pkg:documentList …`` (those
  documents) — read by ``shared-fields`` — and ``pkg:coverageLists``: R's IRI and Chinese label, then
  those documents, the tiers on the assertions of their ``pkg:hasField`` links to F and the Chinese
  labels of the clusters that include F and lie in R, the five joined by a tab — read by
  ``field-coverage``, which cuts them apart with ``STRBEFORE``/``STRAFTER`` (one look-up per row where
  the region, its label and three separate lists took five: docs/benchmarks.md, seventh and ninth passes);
- on every Field that a document names, ``pkg:documentList``: those documents — read by
  ``related-fields``;
- on every Zone, ``pkg:documentList``: the documents that name it (``pkg:hasZone``; ``""`` when none)
  — read by ``zones-of-city``;
- on every Cluster, ``pkg:fieldSources``: for each field it includes (``pkg:includesField``), in IRI
  order, ``<field IRI>``, the field's Chinese label, a tab and the ``|``-joined identifiers of the
  documents of that link's assertions (``""`` when it includes none) — read by ``fields-of-cluster``,
  which takes a row's part with ``STRAFTER``/``STRBEFORE`` instead of gathering the assertions and
  looking each field's label up (one literal per cluster, not a node per link as the removed link
  summaries were);
- on every Cluster, ``pkg:districtSources``: the same for the districts it lies in (``pkg:locatedIn``)
  — read by ``districts-of-cluster``.

Lists are ``|``-joined, sorted and without repeats (the catalogue's runner splits ``|``-joined
aggregates into sorted lists, so a question that reads one gives the rows it gave when it gathered
them).  A coverage node always has its lists (``""`` when empty), so a question joins them as plain
triples: an ``OPTIONAL`` without a filter on the row would be evaluated on its own, over every node, by
Oxigraph.  A Field no document names has no ``pkg:documentList``.  The nodes carry no ``rdf:type`` (the
ontology's domains say what they are).  Nothing here states anything about a policy.

(A summary per link with the documents of its assertions, read by ``districts-of-cluster``,
``fields-of-cluster`` and ``entity``, was tried and removed: at 10,000 documents it was 2.3 million of
the 10.1 million triples and 57 s of the store build, for 10-20 ms on questions still over 100 ms;
docs/benchmarks.md, sixth pass.)
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from policykg.model import PolicyGraph
from policykg.model.provenance import edge_evidence
from policykg.ontology.namespace import ID, PKG

LIST_SEPARATOR = "|"
_DOCUMENT_LIST, _COVERAGE_LISTS = f"<{PKG.documentList}>", f"<{PKG.coverageLists}>"
#: Between the five parts of a ``pkg:coverageLists`` (region IRI, region label, three lists).
LISTS_SEPARATOR = "\t"
_COVERAGE_REGION, _COVERAGE_FIELD = f"<{PKG.coverageRegion}>", f"<{PKG.coverageField}>"
#: Per link type of a cluster, the derived property listing each link's documents (:func:`link_sources`).
_LINK_SOURCES = {"INCLUDES_FIELD": f"<{PKG.fieldSources}>", "LOCATED_IN": f"<{PKG.districtSources}>"}


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:20]


def coverage_iri(region: str, field: str) -> str:
    """``<IRI>`` of the field coverage node of (``region``, ``field``) (``<IRI>`` terms)."""
    return f"<{ID}coverage/{_digest(region, field)}>"


def _joined(values) -> str:
    """The ``|``-joined sorted set of ``values`` (``""`` when empty)."""
    return LIST_SEPARATOR.join(sorted({str(v) for v in values if v not in (None, "")}))


def coverage_lines(graph: PolicyGraph, node_iri: Callable[[str], str], literal: Callable[[str], str]) -> list[str]:
    """The field coverage and field document lines of ``graph`` (N-Triples without the final ``" ."``);
    ``node_iri(nid)`` and ``literal(text)`` give terms as the writer does (:mod:`policykg.rdf.nquads`,
    which imports this module)."""
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
    for zone in graph.nodes_of("Zone"):
        ids = (graph.nodes[e.source].key for e in graph.in_edges(zone.id, "HAS_ZONE")
               if graph.nodes[e.source].type == "Document")
        out.append(f"{node_iri(zone.id)} {_DOCUMENT_LIST} {literal(_joined(ids))}")
    for cluster in graph.nodes_of("Cluster"):
        for edge_type, prop in _LINK_SOURCES.items():
            sources = link_sources(graph, cluster.id, edge_type, node_iri, labelled=edge_type == "INCLUDES_FIELD")
            out.append(f"{node_iri(cluster.id)} {prop} {literal(sources)}")
    for (region, field), (ids, tiers) in pairs.items():
        r, f = node_iri(region), node_iri(field)
        c = coverage_iri(r, f)
        lists = LISTS_SEPARATOR.join([r[1:-1], graph.nodes[region].label or "",
                                      *(_joined(v) for v in (ids, tiers, clusters.get((region, field), ())))])
        out += [f"{c} {_COVERAGE_REGION} {r}", f"{c} {_COVERAGE_FIELD} {f}",
                f"{c} {_DOCUMENT_LIST} {literal(_joined(ids))}", f"{c} {_COVERAGE_LISTS} {literal(lists)}"]
    return out


def link_sources(graph: PolicyGraph, cluster: str, edge_type: str, node_iri: Callable[[str], str],
                 labelled: bool = False) -> str:
    """``<target IRI>d1|d2<target IRI>…``: per ``edge_type`` link of ``cluster`` (the fields it includes, the
    districts it lies in), in target IRI order, the identifiers of the documents of the link's assertions
    (those with a Document node, as ``prov:wasDerivedFrom`` then ``pkg:identifier`` find them), sorted;
    ``labelled``: ``<target IRI>label\td1|d2…``, the target's Chinese label first."""
    parts = []
    for edge in graph.out_edges(cluster, edge_type):
        docs = _joined(ev.doc for ev in edge_evidence(edge) if (n := graph.nodes.get("Document/" + ev.doc)) is not None
                       and n.type == "Document")
        label = graph.nodes[edge.target].label.replace("<", "＜").replace(LISTS_SEPARATOR, " ")  # (parts open with <)
        parts.append((node_iri(edge.target)[1:-1], f"{label}{LISTS_SEPARATOR}{docs}" if labelled else docs))
    return "".join(f"<{iri}>{docs}" for iri, docs in sorted(parts))
