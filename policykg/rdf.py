"""RDF of a :class:`~policykg.model.PolicyGraph`: an rdflib ``Dataset`` and its files.

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
import hashlib
import importlib.resources
import re
import unicodedata
from collections.abc import Iterable
from decimal import Decimal
from urllib.parse import quote, unquote

from rdflib import RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import PROV, TIME

from policykg.model import NODE_TYPES, Edge, Evidence, Node, PolicyGraph
from policykg.ontology.namespace import ID, PKG, PREFIXES, SCHEMA

#: Named graph of the ontology and field vocabulary.
ONTOLOGY_GRAPH = ID["graph/ontology"]
#: Named graph of node descriptions.
ENTITIES_GRAPH = ID["graph/entities"]
#: Named graph of links derived without a document.
DERIVED_GRAPH = ID["graph/derived"]
#: Fallback field scheme when ``ontology/fields.ttl`` declares none.
FIELD_SCHEME = ID["scheme/fields"]

#: PolicyGraph node type → ontology class.
CLASSES: dict[str, URIRef] = {t: PKG[t] for t in NODE_TYPES}
#: PolicyGraph edge type → ontology property (each a sub-property of ``pkg:link``).
EDGE_PROPERTIES: dict[str, URIRef] = {
    "COVERS_REGION": PKG.coversRegion, "ISSUED_BY": PKG.issuedBy, "ABOUT": PKG.about,
    "HAS_CLUSTER": PKG.hasCluster, "HAS_FIELD": PKG.hasField, "HAS_DISTRICT": PKG.hasDistrict,
    "HAS_ZONE": PKG.hasZone, "HAS_PROGRAMME": PKG.hasProgramme, "HAS_MEASURE": PKG.hasMeasure,
    "SETS_TARGET": PKG.setsTarget, "MENTIONS_ORGANIZATION": PKG.mentionsOrganization,
    "HAS_SCENARIO": PKG.hasScenario, "MENTIONS_PERSON": PKG.mentionsPerson,
    "IN_REGION": PKG.inRegion, "INCLUDES_FIELD": PKG.includesField, "LOCATED_IN": PKG.locatedIn,
    "PART_OF": PKG.partOf, "RELATED": PKG.related, "BROADER": PKG.broader, "WORKS_FOR": PKG.worksFor,
}
#: Edge property → data property on the link's assertions.
EDGE_PROPS: dict[str, URIRef] = {"tier": PKG.tier, "role": PKG.role}
#: Node property → (data property, datatype).  ``max_funding_wan_yuan`` and
#: ``year`` also get a pkg:Funding / time:Instant node.
NODE_PROPS: dict[str, tuple[URIRef, URIRef]] = {
    "doc_type": (PKG.docType, XSD.string), "date": (PKG.date, XSD.date),
    "valid_from": (PKG.validFrom, XSD.date), "valid_until": (PKG.validUntil, XSD.date),
    "issuer": (PKG.issuerName, XSD.string), "region_level": (PKG.regionLevel, XSD.string),
    "file": (PKG.sourceFile, XSD.string), "sha256": (PKG.sha256, XSD.string),
    "chars": (PKG.charCount, XSD.integer), "level": (PKG.level, XSD.string),
    "adcode": (PKG.adcode, XSD.string), "kind": (PKG.kind, XSD.string),
    "short": (PKG.shortName, XSD.string), "referenced": (PKG.referenced, XSD.boolean),
    "section": (PKG.section, XSD.string), "cap_ratio": (PKG.capRatio, XSD.decimal),
    "amounts_wan_yuan": (PKG.amountWanYuan, XSD.decimal), "year": (PKG.year, XSD.integer),
    "metric": (PKG.metric, XSD.string), "value": (PKG.value, XSD.decimal),
    "value_min": (PKG.valueMin, XSD.decimal), "unit": (PKG.unit, XSD.string),
    "qualifier": (PKG.qualifier, XSD.string), "direction": (PKG.direction, XSD.string),
}
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
    return ID[f"{type_.lower()}/{_encode_key(key)}"]


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


def _encode_key(key: str) -> str:
    segs = [quote(s, safe="") for s in key.split("/")]
    return "/".join(s.replace(".", "%2E") if s in {".", ".."} else s for s in segs)


def name_key(text: str) -> str:
    """A lookup form of a name: NFKC (full-width → half-width), lower case, no quotes or spaces.

    >>> name_key(" 扩展现实（XR） ")
    '扩展现实(xr)'
    """
    text = unicodedata.normalize("NFKC", text).lower()
    return re.sub(r"[\s“”\"'‘’《》〈〉「」『』]", "", text)


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


def _decimal(value) -> Literal:
    """An xsd:decimal whose lexical form always has a point (so Turtle keeps the type)."""
    d = Decimal(str(value))
    text = format(d, "f")
    return Literal(text if "." in text else text + ".0", datatype=XSD.decimal)


def _literal(value, datatype: URIRef) -> Literal:
    if datatype == XSD.decimal:
        return _decimal(value)
    if datatype == XSD.integer:
        return Literal(int(value))
    if datatype == XSD.boolean:
        return Literal(bool(value))
    return Literal(str(value), datatype=None if datatype == XSD.string else datatype)


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
    """Chinese preferred and alternative labels of a vocabulary concept."""
    g = static_graph()
    return {str(lit) for p in (SKOS.prefLabel, SKOS.altLabel) for lit in g.objects(concept, p)
            if getattr(lit, "language", None) == "zh"}


def field_scheme() -> URIRef:
    """The skos:ConceptScheme of the field vocabulary (fallback :data:`FIELD_SCHEME`)."""
    schemes = sorted(s for s in static_graph().subjects(RDF.type, SKOS.ConceptScheme)
                     if isinstance(s, URIRef))
    return schemes[0] if schemes else FIELD_SCHEME


# -- PolicyGraph → Dataset -----------------------------------------------------
def to_dataset(graph: PolicyGraph) -> Dataset:
    """The RDF dataset of ``graph``: one named graph per document plus entities/ontology graphs."""
    ds = Dataset(default_union=True)
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True)
    onto = ds.graph(ONTOLOGY_GRAPH)
    for triple in static_graph():
        onto.add(triple)
    scheme = field_scheme()
    for node in sorted(graph, key=lambda n: n.id):
        target = doc_graph(ds, node.key) if node.type == "Document" else ds.graph(ENTITIES_GRAPH)
        for triple in node_triples(node, scheme):
            target.add(triple)
    for edge in sorted(graph.edges.values(), key=lambda e: e.key):
        for gname, triple in edge_quads(graph, edge):
            ds.graph(gname).add(triple)
    return ds


def doc_graph(ds: Dataset, stem: str) -> Graph:
    """The named graph of document ``stem`` in ``ds``."""
    return ds.graph(ID[f"graph/document/{_encode_key(stem)}"])


def node_triples(node: Node, scheme: URIRef = FIELD_SCHEME) -> list[tuple]:
    """Type, labels, lookup keys and properties of one node."""
    s = iri(node.id)
    out = [(s, RDF.type, CLASSES[node.type]), (s, RDFS.label, Literal(node.label, lang="zh"))]
    out += _subclass_triples(s, node)
    if node.label_en:
        out.append((s, RDFS.label, Literal(node.label_en, lang="en")))
    out += [(s, SKOS.altLabel, Literal(a, lang="zh")) for a in sorted(node.aliases)]
    names = node.names() | ({node.key} if node.type == "Document" else set())
    if node.type == "Field" and node.key in vocabulary_iris():
        names |= vocabulary_names(vocabulary_iris()[node.key])
    out += [(s, PKG.nameKey, Literal(k)) for k in sorted(name_keys(names))]
    if node.type == "Field" and node.key not in vocabulary_iris():  # new concept: give it SKOS labels
        out += [(s, RDF.type, SKOS.Concept), (s, SKOS.inScheme, scheme),
                (s, SKOS.prefLabel, Literal(node.label, lang="zh"))]
        if node.label_en:
            out.append((s, SKOS.prefLabel, Literal(node.label_en, lang="en")))
    if node.type == "Document":
        out.append((s, PKG.identifier, Literal(node.key)))
    for prop, value in sorted(node.props.items()):
        out += _prop_triples(s, node, prop, value)
    return out


def _subclass_triples(s: URIRef, node: Node) -> list[tuple]:
    if node.type == "Document":
        return [(s, RDF.type, DOC_CLASSES.get(node.props.get("doc_type"), PKG.PolicyText))]
    if node.type == "Region" and node.props.get("level") in REGION_CLASSES:
        return [(s, RDF.type, REGION_CLASSES[node.props["level"]])]
    return []


def _prop_triples(s: URIRef, node: Node, prop: str, value) -> list[tuple]:
    """Triples of one node property (unknown properties are left out)."""
    if value is None or value == "" or value == []:
        return []
    if prop == "max_funding_wan_yuan":
        f = ID[f"funding/{_encode_key(node.key)}"]
        return [(s, PKG.maxFunding, f), (f, RDF.type, PKG.Funding), (f, SCHEMA.value, _decimal(value)),
                (f, SCHEMA.currency, Literal("CNY")), (f, SCHEMA.unitText, Literal("万元")),
                (f, RDFS.label, Literal(f"最高{_decimal(value)}万元", lang="zh"))]
    if prop not in NODE_PROPS:
        return []
    term, datatype = NODE_PROPS[prop]
    values = value if isinstance(value, (list, tuple, set)) else [value]
    out = [(s, term, _literal(v, datatype)) for v in sorted(values, key=str)]
    if prop == "year" and node.type == "Target":
        t = ID[f"year/{int(value)}"]
        out += [(s, PKG.targetTime, t), (t, RDF.type, TIME.Instant),
                (t, TIME.inXSDgYear, Literal(f"{int(value):04d}", datatype=XSD.gYear))]
    return out


def unmapped_props(graph: PolicyGraph) -> set[tuple[str, str]]:
    """``(type, prop)`` pairs of node properties that :func:`to_dataset` leaves out."""
    return {(n.type, p) for n in graph for p in n.props
            if p not in NODE_PROPS and p != "max_funding_wan_yuan"}


def edge_quads(graph: PolicyGraph, edge: Edge) -> list[tuple[URIRef, tuple]]:
    """``(graph name, triple)`` pairs of one edge and its assertions."""
    if edge.type not in EDGE_PROPERTIES:
        raise ValueError(f"edge type {edge.type!r} has no ontology property; add it to EDGE_PROPERTIES")
    s, p, o = iri(edge.source), EDGE_PROPERTIES[edge.type], iri(edge.target)
    evidence = list(edge.evidence)
    if not evidence and edge.source.startswith("Document/"):
        evidence = [Evidence(doc=edge.source.partition("/")[2], start=0, end=0, quote="",
                             rule=str(edge.props.get("rule", "")))]
    if not evidence:
        return [(DERIVED_GRAPH, (s, p, o))]
    out = []
    for ev in sorted(set(evidence)):
        gname = ID[f"graph/document/{_encode_key(ev.doc)}"] if ev.doc else DERIVED_GRAPH
        out.append((gname, (s, p, o)))
        out += [(gname, t) for t in assertion_triples((s, p, o), ev, edge.props)]
    return out


def assertion_triples(triple: tuple, ev: Evidence, props: dict) -> list[tuple]:
    """The reified statement recording where ``triple`` comes from."""
    s, p, o = triple
    digest = hashlib.sha1("\x1f".join(map(str, (s, p, o, *ev.as_dict().values()))).encode()).hexdigest()
    a = ID[f"assertion/{digest[:24]}"]
    out = [(a, RDF.type, PKG.Assertion), (a, RDF.subject, s), (a, RDF.predicate, p), (a, RDF.object, o)]
    if ev.doc:
        out += [(a, PROV.wasDerivedFrom, iri(f"Document/{ev.doc}")),
                (a, PKG.charStart, Literal(ev.start)), (a, PKG.charEnd, Literal(ev.end))]
    if ev.quote:
        out.append((a, PKG.quote, Literal(ev.quote)))
    if ev.section:
        out.append((a, PKG.section, Literal(ev.section)))
    if ev.rule:
        out.append((a, PKG.rule, Literal(ev.rule)))
    out += [(a, EDGE_PROPS[k], Literal(str(v))) for k, v in sorted(props.items())
            if k in EDGE_PROPS and v not in (None, "")]
    return out


# -- files (policykg.rdf_files) ------------------------------------------------
from policykg.rdf_files import FORMATS, export, load_dataset, serialize, union_graph, write_all  # noqa: E402

__all__ = ["to_dataset", "write_all", "load_dataset", "export", "serialize", "union_graph", "FORMATS",
           "iri", "node_id", "name_key", "name_keys"]
