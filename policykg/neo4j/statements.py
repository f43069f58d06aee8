"""The Cypher of :mod:`policykg.neo4j.writer`: schema, CREATE and MERGE batches, retraction, clean-up.

Every statement takes its values as parameters (``$rows``, ``$docs``, ``$uris``);
labels and relationship types are interpolated only after
:func:`policykg.neo4j.rows.label` checked them against the closed lists.

>>> create_node_statement("Field")[:46]
'UNWIND $rows AS row CREATE (x:`Field`) SET x ='
"""

from __future__ import annotations

from policykg.neo4j.rows import CONCEPT, EVIDENCE_LISTS, LABELS, label


def constraint_statements() -> list[str]:
    """``CREATE CONSTRAINT … IF NOT EXISTS`` for a unique ``uri`` on every label."""
    return [f"CREATE CONSTRAINT policykg_{name.lower()}_uri IF NOT EXISTS "
            f"FOR (n:{label(name)}) REQUIRE n.uri IS UNIQUE" for name in LABELS]


# old evidence is kept but for items with no document (a derived link's rule): the row brings those anew
_KEEP_OLD = "[i IN range(0, size(coalesce(old.ev_docs, [])) - 1) WHERE size(old.ev_docs[i]) > 0] AS keep"
_SET_EVIDENCE = ", ".join(f"x.{p} = [i IN keep | old.{p}[i]] + row.{p}" for p in EVIDENCE_LISTS.values())
_SET_DOCUMENTS = ("x.documents = COLLECT { UNWIND coalesce(old.documents, []) + row.documents AS d "
                  "RETURN DISTINCT d ORDER BY d }")


_SET_NEW = ", ".join(f"x.{p} = row.{p}" for p in (*EVIDENCE_LISTS.values(), "documents"))


def create_node_statement(name: str) -> str:
    """CREATE one batch of node rows of label ``name`` that the database does not have yet."""
    return f"UNWIND $rows AS row CREATE (x:{label(name)}) SET x = row.props, {_SET_NEW}"


def create_edge_statement(type_: str, source: str, target: str) -> str:
    """CREATE one batch of relationship rows of which at least one end is a node created by this load."""
    return (f"UNWIND $rows AS row MATCH (a:{label(source)} {{uri: row.source}}) "
            f"MATCH (b:{label(target)} {{uri: row.target}}) CREATE (a)-[x:{label(type_)}]->(b) "
            f"SET x = row.props, {_SET_NEW}")


def existing_statement(name: str) -> str:
    """The ``uri`` of each of ``$uris`` that a node of label ``name`` already has."""
    return f"UNWIND $uris AS u MATCH (x:{label(name)} {{uri: u}}) RETURN x.uri AS uri"


def node_statement(name: str) -> str:
    """MERGE one batch of node rows of label ``name`` (properties replaced, provenance merged)."""
    return (f"UNWIND $rows AS row MERGE (x:{label(name)} {{uri: row.uri}}) "
            f"WITH x, row, properties(x) AS old WITH x, row, old, {_KEEP_OLD} "
            f"SET x = row.props SET {_SET_EVIDENCE}, {_SET_DOCUMENTS}")


def edge_statement(type_: str, source: str, target: str) -> str:
    """MERGE one batch of relationship rows between existing nodes."""
    return (f"UNWIND $rows AS row MATCH (a:{label(source)} {{uri: row.source}}) "
            f"MATCH (b:{label(target)} {{uri: row.target}}) MERGE (a)-[x:{label(type_)}]->(b) "
            f"WITH x, row, properties(x) AS old WITH x, row, old, {_KEEP_OLD} "
            f"SET x = row.props SET {_SET_EVIDENCE}, {_SET_DOCUMENTS}")


def _retract(var: str) -> str:
    keep = f"[i IN range(0, size(coalesce({var}.ev_docs, [])) - 1) WHERE $docs[{var}.ev_docs[i]] IS NULL]"
    lists = [p for p in EVIDENCE_LISTS.values() if p != "ev_docs"] + ["ev_docs"]  # ev_docs last: read above
    sets = ", ".join(f"{var}.{p} = [i IN keep | {var}.{p}[i]]" for p in lists)
    return (f"WITH {var}, {keep} AS keep SET {var}.documents = [d IN {var}.documents WHERE $docs[d] IS NULL], "
            f"{sets} RETURN count({var}) AS n")


#: Remove the contribution of documents ``$docs`` (a map: document id → true, looked up in
#: constant time) from nodes and from relationships.
RETRACT_NODES = "MATCH (x) WHERE any(d IN x.documents WHERE $docs[d] IS NOT NULL) " + _retract("x")
RETRACT_RELS = "MATCH ()-[x]->() WHERE any(d IN x.documents WHERE $docs[d] IS NOT NULL) " + _retract("x")
#: Delete what no document supports any more.
#: A derived link (no document: the field vocabulary's BROADER/RELATED, the divisions dataset's
#: PART_OF, IN_REGION from a document's region) goes with the last document supporting its
#: source node (for RELATED, either field).
DELETE_RELS = ("MATCH (a)-[r]->(b) WHERE r.documents = [] AND (NOT coalesce(r.derived, false) "
               "OR a.documents = [] OR (b:Field AND b.documents = [])) "
               "DELETE r RETURN count(*) AS n")
DELETE_NODES = ("MATCH (n) WHERE n.documents = [] AND NOT n:Concept AND NOT EXISTS { (n)--() } "
                "DELETE n RETURN count(*) AS n")
LOADED_DOCUMENTS = "MATCH (n) WHERE n.documents <> [] UNWIND n.documents AS d RETURN collect(DISTINCT d) AS docs"
#: Whether any node has one of ``$labels``.
HOLDS_GRAPH = "MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) RETURN 1 AS n LIMIT 1"
#: Which of ``$uris`` are Documents whose facts the database holds.
PRESENT_DOCUMENTS = ("UNWIND $uris AS u MATCH (d:Document {uri: u}) WHERE d.documents <> [] "
                     "RETURN collect(d.key) AS docs")
CONCEPT_STATEMENT = (f"UNWIND $rows AS row MERGE (c:{label(CONCEPT)} {{uri: row.uri}}) SET c = row")


def concept_rel_statement(type_: str) -> str:
    """MERGE vocabulary relationships of one type between concepts."""
    return (f"UNWIND $rows AS row MATCH (a:{label(CONCEPT)} {{uri: row.source}}) "
            f"MATCH (b:{label(CONCEPT)} {{uri: row.target}}) MERGE (a)-[:{label(type_)}]->(b)")
