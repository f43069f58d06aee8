"""The one schema table of the PolicyGraph: node types, edge types and properties.

Everything downstream reads these tables instead of keeping its own list:
:class:`~policykg.model.graph.PolicyGraph` refuses a type not named here, the RDF writer
takes classes, predicates and datatypes from here (:mod:`policykg.model.terms`), the Neo4j
rows take labels and relationship types (:mod:`policykg.neo4j.rows`), the HTML views take
colours, shapes and legend names (:mod:`policykg.viz.payload`).  Tests hold the ontology
(``ontology/policykg.ttl``, ``shapes.ttl``), the ``path-between`` queries and the tables of
``docs/model.md`` equal to it (``tests/model/test_schema.py``).

Predicates and datatypes are local names (``"hasField"`` in the ``pkg:`` namespace,
``"date"`` in ``xsd:``), so this module imports nothing.

>>> EDGES["HAS_FIELD"].predicate, EDGES["HAS_FIELD"].domain, EDGES["HAS_FIELD"].range
('hasField', ('Document',), ('Field',))
>>> NODES["Field"].color, NODES["Field"].shape, NODES["Field"].legend
('#0ca678', 'dot', '领域')
>>> PROPERTIES["date"].datatype, PROPERTIES["date"].owners
('date', ('Document',))
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NodeType:
    """A node type: one ontology class (``pkg:<name>``), one Neo4j label, one legend entry."""

    name: str
    label_zh: str  #: the class's ``rdfs:label``@zh
    label_en: str  #: the class's ``rdfs:label``@en
    legend: str  #: short Chinese name in the HTML views' legend
    color: str  #: node colour in the HTML views
    shape: str  #: vis-network shape in the HTML views


@dataclass(frozen=True)
class EdgeType:
    """An edge type: one Neo4j relationship type and one ``pkg:`` sub-property of ``pkg:link``."""

    name: str  #: the PolicyGraph edge type and Neo4j relationship type
    predicate: str  #: local name of the RDF predicate in ``pkg:``
    domain: tuple[str, ...]  #: node types an edge may leave
    range: tuple[str, ...]  #: node types an edge may enter
    label_zh: str  #: the predicate's ``rdfs:label``@zh (also the link name in query results)
    label_en: str
    props: tuple[str, ...] = ()  #: edge properties, written on the link's assertions


@dataclass(frozen=True)
class Property:
    """A node or edge property: an RDF data property (``pkg:<predicate>``) with an XSD datatype."""

    name: str  #: key in ``Node.props`` / ``Edge.props`` (and the Neo4j property name)
    predicate: str
    datatype: str  #: local name in ``xsd:``
    owners: tuple[str, ...]  #: node types (or, for edge properties, edge types) that carry it


NODE_TYPES_TABLE: tuple[NodeType, ...] = (
    NodeType("Document", "政策文件", "policy document", "文件", "#3b5bdb", "box"),
    NodeType("Region", "地区", "region", "地区", "#e8590c", "hexagon"),
    NodeType("District", "区县", "district", "区县", "#f59f00", "triangle"),
    NodeType("Zone", "功能区", "zone", "园区", "#66a80f", "triangleDown"),
    NodeType("Cluster", "产业集群", "industry cluster", "产业集群", "#9c36b5", "diamond"),
    NodeType("Field", "产业领域", "field", "领域", "#0ca678", "dot"),
    NodeType("Programme", "计划行动", "programme", "计划", "#e03131", "star"),
    NodeType("Measure", "政策措施", "measure", "措施", "#1971c2", "square"),
    NodeType("Target", "发展目标", "target", "目标", "#d6336c", "star"),
    NodeType("Organization", "机构", "organization", "机构", "#495057", "hexagon"),
    NodeType("Scenario", "应用场景", "scenario", "场景", "#1098ad", "diamond"),
    NodeType("Person", "人物", "person", "人物", "#a0522d", "dot"),
)

_DOC = ("Document",)
EDGE_TYPES_TABLE: tuple[EdgeType, ...] = (
    EdgeType("COVERS_REGION", "coversRegion", _DOC, ("Region",), "覆盖地区", "covers region"),
    EdgeType("ISSUED_BY", "issuedBy", _DOC, ("Organization",), "发布机构", "issued by"),
    EdgeType("JURISDICTION", "jurisdiction", _DOC, ("District", "Zone"), "所属辖区", "jurisdiction"),
    EdgeType("ABOUT", "about", _DOC, _DOC, "解读或报道", "about"),
    EdgeType("HAS_CLUSTER", "hasCluster", _DOC, ("Cluster",), "提出集群", "has cluster"),
    EdgeType("HAS_FIELD", "hasField", _DOC, ("Field",), "布局领域", "has field", ("tier",)),
    EdgeType("HAS_DISTRICT", "hasDistrict", _DOC, ("District",), "涉及区县", "has district"),
    EdgeType("HAS_ZONE", "hasZone", _DOC, ("Zone",), "涉及功能区", "has zone"),
    EdgeType("HAS_PROGRAMME", "hasProgramme", _DOC, ("Programme",), "部署计划", "has programme"),
    EdgeType("HAS_MEASURE", "hasMeasure", _DOC, ("Measure",), "包含措施", "has measure"),
    EdgeType("SETS_TARGET", "setsTarget", _DOC, ("Target",), "设定目标", "sets target"),
    EdgeType("MENTIONS_ORGANIZATION", "mentionsOrganization", _DOC, ("Organization",), "提及机构",
             "mentions organization"),
    EdgeType("HAS_SCENARIO", "hasScenario", _DOC, ("Scenario",), "提出场景", "has scenario"),
    EdgeType("MENTIONS_PERSON", "mentionsPerson", _DOC, ("Person",), "提及人物", "mentions person", ("role",)),
    EdgeType("IN_REGION", "inRegion", ("Cluster", "Zone", "Organization"), ("Region",), "所属地区", "in region"),
    EdgeType("INCLUDES_FIELD", "includesField", ("Cluster",), ("Field",), "包含领域", "includes field"),
    EdgeType("LOCATED_IN", "locatedIn", ("Cluster", "Zone"), ("District",), "布局区县", "located in"),
    EdgeType("PART_OF", "partOf", ("District", "Region"), ("Region",), "隶属", "part of"),
    EdgeType("RELATED", "related", ("Field",), ("Field",), "相关领域", "related field"),
    EdgeType("BROADER", "broader", ("Field",), ("Field",), "上位领域", "broader field"),
    EdgeType("WORKS_FOR", "worksFor", ("Person",), ("Organization",), "任职于", "works for", ("role",)),
)

#: Node properties written as RDF data properties (the order is the RDF writer's).  A Measure's
#: ``max_funding_wan_yuan`` and ``max_funding_text`` are not here: they become a ``pkg:Funding``
#: node (see :data:`FUNDING_PROPS`).
NODE_PROPERTIES: tuple[Property, ...] = (
    Property("doc_type", "docType", "string", _DOC),
    Property("date", "date", "date", _DOC),
    Property("valid_from", "validFrom", "date", _DOC),
    Property("valid_until", "validUntil", "date", _DOC),
    Property("issuer", "issuerName", "string", _DOC),
    Property("region_level", "regionLevel", "string", _DOC),
    Property("file", "sourceFile", "string", _DOC),
    Property("sha256", "sha256", "string", _DOC),
    Property("chars", "charCount", "integer", _DOC),
    Property("level", "level", "string", ("Region",)),
    Property("adcode", "adcode", "string", ("Region", "District")),
    Property("kind", "kind", "string", ("Zone", "Organization", "Programme")),
    Property("short", "shortName", "string", ("Programme",)),
    Property("referenced", "referenced", "boolean", ("Programme",)),
    Property("section", "section", "string", ("Measure",)),
    Property("cap_ratio", "capRatio", "decimal", ("Measure",)),
    Property("amounts_wan_yuan", "amountWanYuan", "decimal", ("Measure",)),
    Property("year", "year", "integer", ("Target",)),
    Property("metric", "metric", "string", ("Target",)),
    Property("value", "value", "decimal", ("Target",)),
    Property("value_min", "valueMin", "decimal", ("Target",)),
    Property("unit", "unit", "string", ("Target",)),
    Property("qualifier", "qualifier", "string", ("Target",)),
    Property("direction", "direction", "string", ("Cluster",)),
)
#: Measure properties that become a ``pkg:Funding`` node linked by ``pkg:maxFunding``.
FUNDING_PROPS = ("max_funding_wan_yuan", "max_funding_text")

#: Edge properties, written on the link's ``pkg:Assertion``.
EDGE_PROPERTIES: tuple[Property, ...] = (
    Property("tier", "tier", "string", ("HAS_FIELD",)),
    Property("role", "role", "string", ("WORKS_FOR", "MENTIONS_PERSON")),
)

#: Derived node properties: written by the build in the derived graph (``id:graph/derived``), not read
#: from any text (:mod:`policykg.rdf.pages`), so a cut question looks its page up instead of sorting.
#: Entries per ``pkg:listPage`` page: a cut question's default answer (100 rows) and the row after it, which
#: the runner asks for to tell whether the answer was cut (with 100 a default answer read two pages).
LIST_PAGE = 101
#: ``document_list`` is a ``|``-joined sorted list and ``coverage_lists`` three of them joined by a tab (documents,
#: tiers, clusters), that three named
#: questions read instead of gathering them (:mod:`policykg.rdf.coverage`): on a Field and on a
#: ``pkg:FieldCoverage`` (one per region and field its documents name), a class of the derived graph
#: outside this table, like ``pkg:Assertion``; ``document_list`` on a Zone lists the documents naming it.
#: ``field_sources`` on a Cluster: per field it includes, its label and the documents of the link
#: (``<IRI>label\td1|d2…``);
#: ``district_sources`` the same per district it lies in.
#: ``label_order`` and ``iri_order`` are integer sort keys (:mod:`policykg.rdf.orders`): a cluster's place
#: in the order of the clusters' Chinese labels (equal labels, equal places), a district's in the order of
#: the districts' IRIs.
DERIVED_PROPERTIES: tuple[Property, ...] = (
    Property("list_page", "listPage", "integer", ("Document", "Measure", "Programme", "Organization", "Target",
                                                     "Assertion")),
    Property("document_list", "documentList", "string", ("Field", "Zone", "FieldCoverage")),
    Property("coverage_lists", "coverageLists", "string", ("FieldCoverage",)),
    Property("field_sources", "fieldSources", "string", ("Cluster",)),
    Property("district_sources", "districtSources", "string", ("Cluster",)),
    Property("label_order", "labelOrder", "integer", ("Cluster",)),
    Property("iri_order", "iriOrder", "integer", ("District",)),
)

NODES: dict[str, NodeType] = {t.name: t for t in NODE_TYPES_TABLE}
EDGES: dict[str, EdgeType] = {t.name: t for t in EDGE_TYPES_TABLE}
PROPERTIES: dict[str, Property] = {p.name: p for p in NODE_PROPERTIES}
#: Node type names in legend order (one Neo4j label and one ontology class each).
NODE_TYPES: tuple[str, ...] = tuple(NODES)
#: Edge type names (Neo4j relationship types), in the order of ``docs/model.md``.
EDGE_TYPES: tuple[str, ...] = tuple(EDGES)


def document_link(node_type: str) -> str:
    """The one edge type from a Document to ``node_type`` that is not ISSUED_BY or ABOUT (how a document
    mentions an item of its digest's list of that type).

    >>> document_link("Scenario"), document_link("Organization")
    ('HAS_SCENARIO', 'MENTIONS_ORGANIZATION')
    """
    found = [t.name for t in EDGE_TYPES_TABLE if t.domain == ("Document",) and t.range == (node_type,)
             and t.name not in ("ISSUED_BY", "ABOUT")]
    if len(found) != 1:
        raise ValueError(f"no single link from a Document to {node_type}: {found}")
    return found[0]


def link_alternation(sep: str = "|", prefix: str = "pkg:") -> str:
    """The RDF predicates of every edge type as one alternation (as in ``queries/path-between.rq``).

    >>> link_alternation()[:32]
    'pkg:coversRegion|pkg:issuedBy|pk'
    """
    return sep.join(prefix + t.predicate for t in EDGE_TYPES_TABLE)
