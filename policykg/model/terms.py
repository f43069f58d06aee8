"""The model's terms in the ontology: classes, predicates, node IRIs and name keys.

What every backend names a PolicyGraph's nodes and links by: the RDF writers
(:mod:`policykg.rdf.nquads`, :func:`policykg.rdf.files.to_dataset`), the Neo4j rows
(``uri``, ``name_keys``, the ``Concept`` reference data) and the HTML views (node IRIs
in query answers).  The tables are built from :mod:`policykg.model.schema`.

Layout (named graphs; queries run over their union)

- ``id:graph/document/<stem>``: what one document asserts: its own metadata,
  every link (edge) whose evidence cites it, and the provenance of each link.
- ``id:graph/entities``: descriptions of every other node (type, ``rdfs:label``
  @zh/@en, ``skos:altLabel``, ``pkg:nameKey``, properties).
- ``id:graph/derived``: links whose evidence names no document (e.g. a region
  hierarchy read from a reference table), with their rule.
- ``id:graph/ontology``: ``ontology/policykg.ttl`` plus the field vocabulary
  ``ontology/fields.ttl`` (labels of concepts, broader/related), so queries
  and SHACL see class labels and the ``pkg:link`` property hierarchy.

Provenance: why reification
    Every link ``s p o`` gets one ``pkg:Assertion`` per evidence item: an
    ``rdf:Statement`` (``rdf:subject``/``rdf:predicate``/``rdf:object``) with
    ``prov:wasDerivedFrom`` the document, ``pkg:charStart``/``pkg:charEnd``,
    ``pkg:quote``, ``pkg:section``, ``pkg:rule`` (and the edge's ``pkg:tier``
    or ``pkg:role``).  Standard reification is plain RDF 1.1, so it survives
    N-Triples, Turtle, JSON-LD and TriG round trips in rdflib and loads in
    pyoxigraph unchanged; RDF-star triple terms do not (rdflib cannot write
    them to JSON-LD/TriG, and they are not RDF 1.1).  One named graph per
    *assertion* would clash with the one-graph-per-document layout, and named
    graphs alone cannot carry spans.  Assertions have IRIs (a hash of the
    triple and the evidence), not blank nodes, so output is stable.

IRIs: percent-encoding, not hashing
    A node ``"<Type>/<key>"`` gets ``id:<type>/<key>`` with each ``/``-separated
    key segment percent-encoded as UTF-8 (``urllib.parse.quote(seg, safe="")``):
    ``Cluster/上海市/未来健康`` → ``id:cluster/%E4%B8%8A%E6%B5%B7%E5%B8%82/%E6…``.
    This is the RFC 3987 IRI→URI mapping of the natural Unicode IRI, so it is
    ASCII-only (safe in N-Triples, Protégé, Neo4j), deterministic, and reversible
    (:func:`node_id`), unlike a hash.  One exception: a Field whose key is the
    Chinese ``skos:prefLabel`` of a concept of ``ontology/fields.ttl`` *is* that
    concept (``https://w3id.org/policykg/field/brain-computer-interface``), so
    the vocabulary's labels, ``skos:broader`` and ``skos:related`` apply to it.

>>> iri("Zone/上海市/临港")
rdflib.term.URIRef('https://w3id.org/policykg/id/zone/%E4%B8%8A%E6%B5%B7%E5%B8%82/%E4%B8%B4%E6%B8%AF')
>>> node_id(iri("Cluster/上海市/未来健康"))
'Cluster/上海市/未来健康'
>>> sorted(name_keys(["上海市"]))
['上海', '上海市']
"""

from __future__ import annotations

import functools
import importlib.resources
from collections.abc import Iterable
from decimal import Decimal
from urllib.parse import quote, unquote

from rdflib import RDF, SKOS, XSD, Graph, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import TIME  # noqa: F401 - re-exported (rdf.TIME)

from policykg.model import NODE_TYPES, Node, PolicyGraph, schema
from policykg.model.names import name_key
from policykg.ontology.namespace import ID, PKG

#: Named graph of the ontology and field vocabulary.
ONTOLOGY_GRAPH = ID["graph/ontology"]
#: Named graph of node descriptions.
ENTITIES_GRAPH = ID["graph/entities"]
#: Named graph of links derived without a document.
DERIVED_GRAPH = ID["graph/derived"]
#: Fallback field scheme when ``ontology/fields.ttl`` declares none.
FIELD_SCHEME = ID["scheme/fields"]

#: PolicyGraph node type → ontology class (from :mod:`policykg.model.schema`).
CLASSES: dict[str, URIRef] = {t: PKG[t] for t in NODE_TYPES}
#: PolicyGraph edge type → ontology property (each a sub-property of ``pkg:link``).
EDGE_PROPERTIES: dict[str, URIRef] = {t.name: PKG[t.predicate] for t in schema.EDGE_TYPES_TABLE}
#: Edge property → data property on the link's assertions.
EDGE_PROPS: dict[str, URIRef] = {p.name: PKG[p.predicate] for p in schema.EDGE_PROPERTIES}
#: Node property → (data property, datatype).  ``max_funding_wan_yuan`` and
#: ``year`` also get a pkg:Funding / time:Instant node.
NODE_PROPS: dict[str, tuple[URIRef, URIRef]] = {p.name: (PKG[p.predicate], XSD[p.datatype])
                                                for p in schema.NODE_PROPERTIES}
#: Document subclass by ``doc_type``; every other type is a pkg:PolicyText.
DOC_CLASSES = {"政策解读": PKG.Interpretation, "新闻报道": PKG.NewsReport}
#: Region subclass by ``level``.
REGION_CLASSES = {"nation": PKG.Nation, "province": PKG.Province, "city": PKG.City}
#: Suffixes a lookup name may omit (上海 ↔ 上海市, 浦东 ↔ 浦东新区, 未来健康 ↔ 未来健康产业集群).
NAME_SUFFIXES = ("产业集群", "集群", "特别行政区", "自治区", "新区", "省", "市", "区", "县")
_TYPE_OF_SEGMENT = {t.lower(): t for t in NODE_TYPES}


# -- names and IRIs ------------------------------------------------------------
def iri(nid: str) -> URIRef:
    """The IRI of PolicyGraph node id ``"<Type>/<key>"`` (see module docstring)."""
    type_, _, key = nid.partition("/")
    if type_ == "Field" and key in vocabulary_iris():
        return vocabulary_iris()[key]
    return ID[f"{type_.lower()}/{encode_key(key)}"]


def node_id(node_iri: str) -> str:
    """The PolicyGraph node id of a node IRI (inverse of :func:`iri`)."""
    fields = {v: k for k, v in vocabulary_iris().items()}
    if URIRef(str(node_iri)) in fields:
        return f"Field/{fields[URIRef(str(node_iri))]}"
    rest = str(node_iri).removeprefix(str(ID))
    seg, _, key = rest.partition("/")
    if seg not in _TYPE_OF_SEGMENT or rest == str(node_iri):
        raise ValueError(f"not a policykg node IRI: {node_iri}")
    return f"{_TYPE_OF_SEGMENT[seg]}/{unquote(key)}"


def encode_key(key: str) -> str:
    segs = [quote(s, safe="") for s in key.split("/")]
    return "/".join(s.replace(".", "%2E") if s in {".", ".."} else s for s in segs)


def name_keys(names: Iterable[str]) -> set[str]:
    """Every lookup key of these names: :func:`name_key` with and without a name suffix."""
    keys = set()
    for name in names:
        k = name_key(name)
        if k:
            keys.add(k)
        for suffix in NAME_SUFFIXES:
            if k.endswith(suffix) and len(k) - len(suffix) >= 2:
                keys.add(k[: -len(suffix)])
    return keys


def node_name_keys(node: Node) -> list[str]:
    """The node's ``pkg:nameKey`` values (sorted): lookup keys of its names, of a Document's id,
    and of a vocabulary Field's labels (RDF ``pkg:nameKey``, Neo4j ``name_keys``)."""
    names = node.names() | ({node.key} if node.type == "Document" else set())
    if node.type == "Field" and node.key in vocabulary_iris():
        names |= vocabulary_names(vocabulary_iris()[node.key])
    return sorted(name_keys(names))


def decimal_text(value) -> str:
    """The lexical form of an xsd:decimal, always with a point (so Turtle keeps the type).

    >>> decimal_text(5000), decimal_text("0.5")
    ('5000.0', '0.5')
    """
    text = format(Decimal(str(value)), "f")
    return text if "." in text else text + ".0"


# -- static triples ------------------------------------------------------------
@functools.lru_cache(maxsize=1)
def static_graph() -> Graph:
    """The ontology and field vocabulary, blank nodes relabelled canonically (stable output)."""
    g = Graph()
    root = importlib.resources.files("policykg.ontology")
    for name in ("policykg.ttl", "fields.ttl"):
        res = root / name
        if res.is_file():
            g.parse(data=res.read_text(encoding="utf-8"), format="turtle")
    out = Graph()
    for triple in to_canonical_graph(g):
        out.add(triple)
    return out


@functools.lru_cache(maxsize=1)
def vocabulary_iris() -> dict[str, URIRef]:
    """Field vocabulary concepts by Chinese ``skos:prefLabel`` (the Field node key)."""
    g = static_graph()
    out = {}
    for c in sorted(g.subjects(RDF.type, SKOS.Concept)):
        for label in g.objects(c, SKOS.prefLabel):
            if isinstance(c, URIRef) and getattr(label, "language", None) == "zh":
                out.setdefault(str(label), c)
    return out


def vocabulary_names(concept: URIRef) -> set[str]:
    """Chinese preferred and alternative labels of a vocabulary concept (with untagged Latin
    abbreviations such as BCI)."""
    g = static_graph()
    return {str(lit) for p in (SKOS.prefLabel, SKOS.altLabel) for lit in g.objects(concept, p)
            if getattr(lit, "language", None) == "zh" or (p == SKOS.altLabel and lit.language is None)}


def field_scheme() -> URIRef:
    """The skos:ConceptScheme of the field vocabulary (fallback :data:`FIELD_SCHEME`)."""
    schemes = sorted(s for s in static_graph().subjects(RDF.type, SKOS.ConceptScheme)
                     if isinstance(s, URIRef))
    return schemes[0] if schemes else FIELD_SCHEME


def unmapped_props(graph: PolicyGraph) -> set[tuple[str, str]]:
    """``(type, prop)`` pairs of node properties that :func:`to_dataset` leaves out."""
    return {(n.type, p) for n in graph for p in n.props
            if p not in NODE_PROPS and p != "max_funding_wan_yuan"}


__all__ = ["iri", "node_id", "name_key", "name_keys", "CLASSES", "EDGE_PROPERTIES", "NODE_PROPS"]
