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


#: Full-text indexes (Lucene's ``cjk`` analyzer: overlapping pairs of Han characters, so 脑机 finds 脑机接口):
#: entity names and aliases, and the quoted sentences of relationships.
NAME_INDEX = "policykg_names"
QUOTE_INDEX = "policykg_quotes"


def drop_fulltext_statements() -> list[str]:
    """``DROP INDEX … IF EXISTS`` of the full-text indexes (a load into an empty database builds them after
    its data: one population instead of index updates in every transaction)."""
    return [f"DROP INDEX {name} IF EXISTS" for name in (NAME_INDEX, QUOTE_INDEX)]


def fulltext_statements(edge_types=None) -> list[str]:
    """``CREATE FULLTEXT INDEX … IF NOT EXISTS`` on the names and aliases of the model's nodes and on
    the evidence quotes (``ev_quotes``) of the model's relationships."""
    # imported on use: CLI start-up stays fast (rdflib, the server module)
    from policykg.model import NODE_TYPES
    from policykg.neo4j.rows import EDGE_TYPES

    config = "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false}}"
    labels = "|".join(label(n) for n in NODE_TYPES)
    types = "|".join(label(t) for t in (edge_types or EDGE_TYPES))
    return [f"CREATE FULLTEXT INDEX {NAME_INDEX} IF NOT EXISTS FOR (n:{labels}) ON EACH [n.name, n.aliases] {config}",
            f"CREATE FULLTEXT INDEX {QUOTE_INDEX} IF NOT EXISTS FOR ()-[r:{types}]-() ON EACH [r.ev_quotes] {config}"]


# old evidence is kept (the incoming documents' items were retracted before); the row adds its items.
# A fact with no evidence item of a document has no ev_* lists at all (never an empty list).
_KEEP_OLD = ("[i IN range(0, size(coalesce(old.ev_docs, [])) - 1) WHERE size(old.ev_docs[i]) > 0] AS keep "
             "WITH x, row, old, keep, size(keep) + size(coalesce(row.ev_docs, [])) > 0 AS any")
_SET_EVIDENCE = ", ".join(f"x.{p} = CASE WHEN any THEN [i IN keep | old.{p}[i]] + coalesce(row.{p}, []) END"
                          for p in EVIDENCE_LISTS.values())
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


#: The loader's four write statements.  Nodes are created with a dynamic label and found again by
#: ``elementId`` (the loader keeps uri → elementId), so one statement serves every label and every
#: relationship type: Neo4j plans four statements, not two per label and per (type, end labels)
#: group, which made a first load of a small corpus take seconds of planning.
#: A created row carries every property in one map (``row.p``: the properties, ``documents`` and the
#: evidence lists it has, see :func:`policykg.neo4j.writer.created`), set in one step.
CREATE_NODES = ("UNWIND $rows AS row CREATE (x:$(row.label)) SET x = row.p "
                "RETURN row.p.uri AS uri, elementId(x) AS id")
CREATE_RELS = ("UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.a MATCH (b) WHERE elementId(b) = row.b "
               "CREATE (a)-[x:$(row.type)]->(b) SET x = row.p")


def existing_ids_statement() -> str:
    """``uri`` and ``elementId`` of each node whose uri is in ``$<Label>`` (one list per label)."""
    return " UNION ALL ".join(f"UNWIND ${name} AS u MATCH (x:{label(name)} {{uri: u}}) "
                              "RETURN u AS uri, elementId(x) AS id" for name in LABELS if name != CONCEPT)


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


#: Update nodes and merge relationships the database has (provenance merged as in :func:`node_statement`).
UPDATE_NODES = ("UNWIND $rows AS row MATCH (x) WHERE elementId(x) = row.id "
                f"WITH x, row, properties(x) AS old WITH x, row, old, {_KEEP_OLD} "
                f"SET x = row.props SET {_SET_EVIDENCE}, {_SET_DOCUMENTS}")
MERGE_RELS = ("UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.a MATCH (b) WHERE elementId(b) = row.b "
              "MERGE (a)-[x:$(row.type)]->(b) "
              f"WITH x, row, properties(x) AS old WITH x, row, old, {_KEEP_OLD} "
              f"SET x = row.props SET {_SET_EVIDENCE}, {_SET_DOCUMENTS}")


def _retract(var: str) -> str:
    keep = f"[i IN range(0, size(coalesce({var}.ev_docs, [])) - 1) WHERE $docs[{var}.ev_docs[i]] IS NULL]"
    lists = [p for p in EVIDENCE_LISTS.values() if p != "ev_docs"] + ["ev_docs"]  # ev_docs last: read above
    sets = ", ".join(f"{var}.{p} = CASE WHEN size(keep) > 0 THEN [i IN keep | {var}.{p}[i]] END" for p in lists)
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
