"""Neo4j → :class:`~policykg.model.PolicyGraph` → RDF (``policykg neo4j export``).

:func:`read_graph` reverses :mod:`policykg.neo4j.writer`: one node per model
label, its ``key``/``name``/``name_en``/``aliases``, the other properties as
node properties and the parallel ``ev_*`` lists as evidence; relationships of
the model types with their properties and evidence.  ``policykg neo4j export``
(:func:`policykg.cli.neo4j_data.export_rdf`) writes the RDF of that graph with
:func:`policykg.rdf.files.to_dataset`, so an exported file is isomorphic to the one
``policykg build`` writes for the same graph.

What is not carried through Neo4j, by design
    - the ontology and field vocabulary: they are not read back from the
      database (the ``:Concept`` nodes are reference data); :func:`policykg.rdf.files.to_dataset`
      adds the packaged ontology as it does for every build;
    - empty values (``""``, ``[]``, ``None``) and map-valued properties, which
      Neo4j cannot store and RDF leaves out too;
    - the entity-resolution log (:attr:`PolicyGraph.merges`), which is a build
      report, not graph data;
    - the order of evidence items (RDF has none either); a list mixing ints and
      floats comes back as floats (the same ``xsd:decimal`` values).
"""

from __future__ import annotations

from policykg.errors import PolicyKGError
from policykg.model import NODE_TYPES, Evidence, PolicyGraph
from policykg.model.terms import node_id
from policykg.neo4j.connection import Settings, connect, translate_errors
from policykg.neo4j.rows import DERIVED_RULES, EDGE_TYPES, EVIDENCE_LISTS, RESERVED

NODES = "MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) RETURN labels(n) AS labels, properties(n) AS p"
RELS = ("MATCH (a)-[r]->(b) WHERE type(r) IN $types RETURN a.uri AS source, type(r) AS type, b.uri AS target, "
        "properties(r) AS p")


def evidence_of(props: dict) -> list[Evidence]:
    """Evidence items from the parallel ``ev_*`` lists of a node or relationship, and one item with
    no document per rule of ``derived_rules``."""
    lists = {attr: props.get(prop) or [] for attr, prop in EVIDENCE_LISTS.items()}
    items = [Evidence(**{attr: values[i] for attr, values in lists.items()}) for i in range(len(lists["doc"]))]
    return items + [Evidence("", 0, 0, "", "", rule) for rule in props.get(DERIVED_RULES) or []]


def _node_type(labels: list[str]) -> str:
    found = [lab for lab in labels if lab in NODE_TYPES]
    if len(found) != 1:
        raise PolicyKGError(f"a node has labels {labels}: expected exactly one of {', '.join(NODE_TYPES)}")
    return found[0]


def read_graph(driver, database: str = "neo4j") -> PolicyGraph:
    """The PolicyGraph held in the database (model labels and relationship types only)."""
    g, ids = PolicyGraph(), {}
    for record in driver.execute_query(NODES, labels=list(NODE_TYPES), database_=database).records:
        p, type_ = record["p"], _node_type(record["labels"])
        key = p.get("key") or node_id(p["uri"]).partition("/")[2]
        props = {k: v for k, v in p.items() if k not in RESERVED}
        node = g.add_node(type_, key, label=p.get("name") or key, label_en=p.get("name_en") or "",
                          aliases=p.get("aliases") or [], props=props, evidence=evidence_of(p))
        ids[p["uri"]] = node.id
    for record in driver.execute_query(RELS, types=list(EDGE_TYPES), database_=database).records:
        p = record["p"]
        props = {k: v for k, v in p.items() if k not in RESERVED}
        g.add_edge(ids[record["source"]], record["type"], ids[record["target"]], props=props,
                   evidence=evidence_of(p))
    return g


def read(settings: Settings | None = None) -> PolicyGraph:
    """Connect with ``settings`` (default: from the environment) and :func:`read_graph`."""
    settings = settings or Settings.from_env()
    with connect(settings) as driver, translate_errors(settings):
        return read_graph(driver, settings.database)


__all__ = ["read_graph", "read", "evidence_of"]
