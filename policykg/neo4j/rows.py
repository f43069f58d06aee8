"""Rows of a :class:`~policykg.model.PolicyGraph` for Neo4j: one dict per node and relationship.

The layout (labels, properties, provenance lists) is described in
:mod:`policykg.neo4j.writer`; :mod:`policykg.neo4j.csv` writes the same rows
as CSV files.  Labels and relationship types come from closed lists and are
checked by :func:`label` before any Cypher text holds them.
"""

from __future__ import annotations

import functools
import re
from operator import attrgetter

from rdflib import DCTERMS, RDF, SKOS, URIRef

from policykg.model import NODE_TYPES, Edge, Node, PolicyGraph, schema
from policykg.model.provenance import edge_documents
from policykg.model.terms import iri, node_name_keys, static_graph

#: Relationship types of the model (the PolicyGraph edge types of :mod:`policykg.model.schema`).
EDGE_TYPES: tuple[str, ...] = schema.EDGE_TYPES
#: Label of the field vocabulary's concepts (reference data).
CONCEPT = "Concept"
#: Relationship types among concepts, as stated in the vocabulary.
SKOS_TYPES = {"SKOS_BROADER": SKOS.broader, "SKOS_RELATED": SKOS.related}
#: Every label and relationship type the loader may write.
LABELS = (*NODE_TYPES, CONCEPT)
REL_TYPES = (*EDGE_TYPES, *SKOS_TYPES)
#: Evidence fields → parallel list properties.
EVIDENCE_LISTS = {"doc": "ev_docs", "start": "ev_starts", "end": "ev_ends", "quote": "ev_quotes",
                  "section": "ev_sections", "rule": "ev_rules"}
#: Rules of the evidence items with no document (reference data: the vocabulary, the divisions dataset).
DERIVED_RULES = "derived_rules"
#: Properties the loader owns; model properties may not use these names.
RESERVED = {"uri", "key", "name", "name_en", "aliases", "name_keys", "documents", "derived", DERIVED_RULES,
            *EVIDENCE_LISTS.values()}
DEFAULT_BATCH = 1000
_NAME = re.compile(r"^[A-Z][A-Za-z_]*$")


def label(name: str) -> str:
    """``name`` as a backquoted Cypher label/type, if it is in the closed lists.

    >>> label("Field"), label("HAS_FIELD")
    ('`Field`', '`HAS_FIELD`')
    >>> label("Field`) DETACH DELETE (n")
    Traceback (most recent call last):
    ...
    ValueError: not a policykg label or relationship type: 'Field`) DETACH DELETE (n'
    """
    if name not in LABELS and name not in REL_TYPES or not _NAME.match(name):
        raise ValueError(f"not a policykg label or relationship type: {name!r}")
    return f"`{name}`"


# -- rows ------------------------------------------------------------------------
def _clean(value):
    """A Neo4j property value: ``None`` for empty, homogeneous lists (mixed numbers → floats)."""
    if value is None or value == "" or value == [] or isinstance(value, dict):
        return None
    if isinstance(value, (list, tuple, set)):
        items = [v for v in value if v is not None and v != ""]
        items = sorted(items, key=str) if isinstance(value, set) else items
        if {type(v) for v in items} == {int, float}:
            items = [float(v) for v in items]
        return items or None
    return value


_EVIDENCE_FIELDS = attrgetter(*EVIDENCE_LISTS)


def split_evidence(evidence) -> tuple[list[tuple], list[str] | None]:
    """``(items, rules)`` in one pass: the field tuples of the items with a document, span, quote or
    section (sorted, deduplicated: tuples sort as Evidence does), and the sorted rules of the others
    (``None`` when there are none).

    >>> from policykg.model import Evidence
    >>> split_evidence([Evidence("d", 1, 2, "q"), Evidence("", 0, 0, "", rule="vocabulary.broader")])
    ([('d', 1, 2, 'q', '', '')], ['vocabulary.broader'])
    """
    items, rules = set(), set()
    for t in map(_EVIDENCE_FIELDS, evidence):
        if t[0] or t[1] or t[2] or t[3] or t[4]:
            items.add(t)
        else:
            rules.add(t[5])
    return sorted(items), sorted(rules) or None


def evidence_lists(evidence) -> dict[str, list | None]:
    """The parallel evidence lists (tuples) of the items with a document (sorted, deduplicated);
    ``None`` for each when there are none, so no empty list is stored.

    Items with no document go to :func:`derived_rules` instead.
    """
    return _lists(split_evidence(evidence)[0])


def _lists(items: list[tuple]) -> dict[str, list | None]:
    if not items:
        return dict.fromkeys(EVIDENCE_LISTS.values())
    return dict(zip(EVIDENCE_LISTS.values(), zip(*items, strict=True), strict=True))  # the driver sends tuples as lists


def derived_rules(evidence) -> list[str] | None:
    """The rules of the evidence items with no document (``vocabulary.broader``, ``dataset.divisions`` …)."""
    return split_evidence(evidence)[1]


@functools.lru_cache(maxsize=1 << 18)
def uri(nid: str) -> str:
    """The ``uri`` property of node ``nid`` (:func:`policykg.model.terms.iri`), cached."""
    return str(iri(nid))


def name_keys(node: Node) -> list[str]:
    """The node's ``pkg:nameKey`` values, exactly as the RDF has them (:func:`policykg.model.terms.node_name_keys`)."""
    return node_name_keys(node)


def node_row(node: Node) -> dict:
    """``{"uri", "props", "documents", ev lists}`` of one node."""
    clash = RESERVED & set(node.props)
    if clash:
        raise ValueError(f"node {node.id}: property names {sorted(clash)} are reserved for the loader")
    props = {"uri": uri(node.id), "key": node.key, "name": node.label, "name_en": node.label_en or None,
             "aliases": sorted(node.aliases), "name_keys": name_keys(node)}
    props.update({k: _clean(v) for k, v in node.props.items()})
    items, props[DERIVED_RULES] = split_evidence(node.evidence)
    docs = {t[0] for t in items if t[0]}
    if node.type == "Document" and not node.props.get("stub"):
        docs.add(node.key)
    return {"uri": props["uri"], "props": {k: v for k, v in props.items() if v is not None},
            "documents": sorted(docs), **_lists(items)}


def edge_row(edge: Edge) -> dict:
    """``{"source", "target", "props", "documents", ev lists}`` of one edge."""
    clash = RESERVED & set(edge.props)
    if clash:
        raise ValueError(f"edge {edge.key}: property names {sorted(clash)} are reserved for the loader")
    items, rules = split_evidence(edge.evidence)
    # the documents of edge_documents: those of the items, else (no evidence at all) the source Document
    docs = sorted({t[0] for t in items if t[0]}) if edge.evidence else edge_documents(edge)
    props = {k: v for k, v in ((k, _clean(v)) for k, v in edge.props.items()) if v is not None}
    if not docs:
        props["derived"] = True
    if rules:
        props[DERIVED_RULES] = rules
    return {"source": uri(edge.source), "target": uri(edge.target), "props": props,
            "documents": docs, **_lists(items)}


def node_rows(graph: PolicyGraph) -> dict[str, list[dict]]:
    """Node rows by label (every label of :data:`NODE_TYPES` present)."""
    out: dict[str, list[dict]] = {t: [] for t in NODE_TYPES}
    for node in sorted(graph, key=lambda n: n.id):
        out[node.type].append(node_row(node))
    return out


def edge_rows(graph: PolicyGraph) -> dict[tuple[str, str, str], list[dict]]:
    """Edge rows by ``(type, source label, target label)``."""
    out: dict[tuple[str, str, str], list[dict]] = {}
    for edge in sorted(graph.edges.values(), key=lambda e: e.key):
        if edge.type not in EDGE_TYPES:
            raise ValueError(f"edge type {edge.type!r} is not one of the model's relationship types")
        group = (edge.type, edge.source.partition("/")[0], edge.target.partition("/")[0])
        out.setdefault(group, []).append(edge_row(edge))
    return out


def concept_rows() -> list[dict]:
    """The field vocabulary's concepts: ``uri``, ``name``, ``name_en``, ``alt_labels``, ``scope_notes``,
    ``sources`` (``dcterms:source``: where each concept comes from)."""
    g = static_graph()
    rows = []
    for c in sorted(s for s in g.subjects(RDF.type, SKOS.Concept) if isinstance(s, URIRef)):
        pref = {getattr(lit, "language", None): str(lit) for lit in g.objects(c, SKOS.prefLabel)}
        row = {"uri": str(c), "name": pref.get("zh") or next(iter(pref.values()), ""), "name_en": pref.get("en"),
               "alt_labels": sorted({str(x) for x in g.objects(c, SKOS.altLabel)}),
               "scope_notes": sorted({str(x) for x in g.objects(c, SKOS.scopeNote)}),
               "sources": sorted({str(x) for x in g.objects(c, DCTERMS.source)})}
        rows.append({k: v for k, v in row.items() if v is not None})
    return rows


def concept_rel_rows() -> dict[str, list[dict]]:
    """``SKOS_BROADER``/``SKOS_RELATED`` rows (``source``, ``target`` URIs) as the vocabulary states them."""
    g = static_graph()
    concepts = set(g.subjects(RDF.type, SKOS.Concept))
    return {t: [{"source": str(s), "target": str(o)} for s, o in sorted(g.subject_objects(p))
                if s in concepts and o in concepts] for t, p in SKOS_TYPES.items()}
