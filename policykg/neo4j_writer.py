"""A :class:`~policykg.model.PolicyGraph` in Neo4j: schema, rows and a re-runnable loader.

Layout (the contract of :mod:`policykg.neo4j_reader`, :mod:`policykg.neo4j_csv` and ``queries/*.cypher``):

Nodes
    One label per node type (:data:`~policykg.model.NODE_TYPES`); unique ``uri`` (the IRI of
    :func:`policykg.rdf.iri`, as in n10s); ``key``; ``name`` (Chinese), ``name_en``, ``aliases``;
    ``name_keys`` (the ``pkg:nameKey`` values of :mod:`policykg.rdf`, so ``$city IN n.name_keys``
    matches 上海 and 上海市 as SPARQL does); model properties with their Python types (numbers stay
    numbers; empty values are left out, as in RDF).  Relationships: the UPPER_SNAKE edge types of
    :data:`EDGE_TYPES` with their ``tier``/``role``.
Provenance
    Properties cannot hold maps, so each evidence item is one position of the parallel lists
    ``ev_docs``, ``ev_starts``, ``ev_ends``, ``ev_quotes``, ``ev_sections``, ``ev_rules``;
    ``documents`` lists the supporting documents (a non-stub Document itself; an evidence-less
    edge from a Document its source).  A relationship no document supports has ``derived: true``.
Reference data
    The field vocabulary (``ontology/fields.ttl``) as ``:Concept`` nodes (``name``, ``name_en``,
    ``alt_labels``, ``scope_notes``) with ``SKOS_BROADER``/``SKOS_RELATED`` as stated there, so
    Cypher answers what SPARQL reads from the vocabulary; a Field shares its concept's ``uri``.

:func:`load` syncs per document: constraints first; the incoming documents' evidence is retracted
everywhere; nodes and relationships are written by ``UNWIND $rows AS row MERGE …`` batches
(properties from the incoming graph); then relationships no document supports and nodes with no
documents and no relationships are deleted.  Loading twice changes nothing; a changed document
replaces its facts and leaves no orphans.  Values travel only as parameters; labels and types
are interpolated only after :func:`label` checked them against the closed lists.
"""

from __future__ import annotations

import json
import re
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, SKOS, URIRef

from policykg.errors import PolicyKGError, ServerError
from policykg.model import NODE_TYPES, Edge, Node, PolicyGraph
from policykg.neo4j_connection import Settings, connect, open_driver, translate_errors
from policykg.nquads import node_name_keys
from policykg.rdf import EDGE_PROPERTIES, iri, static_graph

#: Relationship types of the model (the PolicyGraph edge types).
EDGE_TYPES: tuple[str, ...] = tuple(EDGE_PROPERTIES)
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
#: Properties the loader owns; model properties may not use these names.
RESERVED = {"uri", "key", "name", "name_en", "aliases", "name_keys", "documents", "derived",
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


def evidence_lists(evidence) -> dict[str, list]:
    """The parallel evidence lists of an evidence sequence (sorted, deduplicated)."""
    items = sorted(set(evidence))
    return {prop: [getattr(ev, attr) for ev in items] for attr, prop in EVIDENCE_LISTS.items()}


def node_documents(node: Node) -> list[str]:
    """Documents supporting a node (a non-stub Document supports itself)."""
    docs = {ev.doc for ev in node.evidence if ev.doc}
    if node.type == "Document" and not node.props.get("stub"):
        docs.add(node.key)
    return sorted(docs)


def name_keys(node: Node) -> list[str]:
    """The node's ``pkg:nameKey`` values, exactly as the RDF has them (:func:`policykg.nquads.node_name_keys`)."""
    return node_name_keys(node)


def node_row(node: Node) -> dict:
    """``{"uri", "props", "documents", ev lists}`` of one node."""
    clash = RESERVED & set(node.props)
    if clash:
        raise ValueError(f"node {node.id}: property names {sorted(clash)} are reserved for the loader")
    props = {"uri": str(iri(node.id)), "key": node.key, "name": node.label, "name_en": node.label_en or None,
             "aliases": sorted(node.aliases), "name_keys": name_keys(node)}
    props.update({k: _clean(v) for k, v in node.props.items()})
    return {"uri": props["uri"], "props": {k: v for k, v in props.items() if v is not None},
            "documents": node_documents(node), **evidence_lists(node.evidence)}


def edge_documents(edge: Edge) -> list[str]:
    """Documents supporting an edge (its source, for an evidence-less edge from a Document)."""
    docs = {ev.doc for ev in edge.evidence if ev.doc}
    if not docs and edge.source.startswith("Document/"):
        docs.add(edge.source.partition("/")[2])
    return sorted(docs)


def edge_row(edge: Edge) -> dict:
    """``{"source", "target", "props", "documents", ev lists}`` of one edge."""
    clash = RESERVED & set(edge.props)
    if clash:
        raise ValueError(f"edge {edge.key}: property names {sorted(clash)} are reserved for the loader")
    docs = edge_documents(edge)
    props = {k: v for k, v in ((k, _clean(v)) for k, v in edge.props.items()) if v is not None}
    if not docs:
        props["derived"] = True
    return {"source": str(iri(edge.source)), "target": str(iri(edge.target)), "props": props,
            "documents": docs, **evidence_lists(edge.evidence)}


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
    """The field vocabulary's concepts: ``uri``, ``name``, ``name_en``, ``alt_labels``, ``scope_notes``."""
    g = static_graph()
    rows = []
    for c in sorted(s for s in g.subjects(RDF.type, SKOS.Concept) if isinstance(s, URIRef)):
        pref = {getattr(lit, "language", None): str(lit) for lit in g.objects(c, SKOS.prefLabel)}
        row = {"uri": str(c), "name": pref.get("zh") or next(iter(pref.values()), ""), "name_en": pref.get("en"),
               "alt_labels": sorted({str(x) for x in g.objects(c, SKOS.altLabel)}),
               "scope_notes": sorted({str(x) for x in g.objects(c, SKOS.scopeNote)})}
        rows.append({k: v for k, v in row.items() if v is not None})
    return rows


def concept_rel_rows() -> dict[str, list[dict]]:
    """``SKOS_BROADER``/``SKOS_RELATED`` rows (``source``, ``target`` URIs) as the vocabulary states them."""
    g = static_graph()
    concepts = set(g.subjects(RDF.type, SKOS.Concept))
    return {t: [{"source": str(s), "target": str(o)} for s, o in sorted(g.subject_objects(p))
                if s in concepts and o in concepts] for t, p in SKOS_TYPES.items()}


# -- Cypher ----------------------------------------------------------------------
def constraint_statements() -> list[str]:
    """``CREATE CONSTRAINT … IF NOT EXISTS`` for a unique ``uri`` on every label."""
    return [f"CREATE CONSTRAINT policykg_{name.lower()}_uri IF NOT EXISTS "
            f"FOR (n:{label(name)}) REQUIRE n.uri IS UNIQUE" for name in LABELS]


_SET_EVIDENCE = ", ".join(f"x.{p} = coalesce(old.{p}, []) + row.{p}" for p in EVIDENCE_LISTS.values())
_SET_DOCUMENTS = ("x.documents = COLLECT { UNWIND coalesce(old.documents, []) + row.documents AS d "
                  "RETURN DISTINCT d ORDER BY d }")


def node_statement(name: str) -> str:
    """MERGE one batch of node rows of label ``name`` (properties replaced, provenance merged)."""
    return (f"UNWIND $rows AS row MERGE (x:{label(name)} {{uri: row.uri}}) "
            f"WITH x, row, properties(x) AS old SET x = row.props SET {_SET_EVIDENCE}, {_SET_DOCUMENTS}")


def edge_statement(type_: str, source: str, target: str) -> str:
    """MERGE one batch of relationship rows between existing nodes."""
    return (f"UNWIND $rows AS row MATCH (a:{label(source)} {{uri: row.source}}) "
            f"MATCH (b:{label(target)} {{uri: row.target}}) MERGE (a)-[x:{label(type_)}]->(b) "
            f"WITH x, row, properties(x) AS old SET x = row.props SET {_SET_EVIDENCE}, {_SET_DOCUMENTS}")


def _retract(var: str) -> str:
    keep = f"[i IN range(0, size(coalesce({var}.ev_docs, [])) - 1) WHERE NOT {var}.ev_docs[i] IN $docs]"
    lists = [p for p in EVIDENCE_LISTS.values() if p != "ev_docs"] + ["ev_docs"]  # ev_docs last: read above
    sets = ", ".join(f"{var}.{p} = [i IN keep | {var}.{p}[i]]" for p in lists)
    return (f"WITH {var}, {keep} AS keep SET {var}.documents = [d IN {var}.documents WHERE NOT d IN $docs], "
            f"{sets} RETURN count({var}) AS n")


#: Remove the contribution of documents ``$docs`` from nodes and from relationships.
RETRACT_NODES = "MATCH (x) WHERE any(d IN x.documents WHERE d IN $docs) " + _retract("x")
RETRACT_RELS = "MATCH ()-[x]->() WHERE any(d IN x.documents WHERE d IN $docs) " + _retract("x")
#: Delete what no document supports any more.
DELETE_RELS = ("MATCH ()-[r]->() WHERE r.documents = [] AND NOT coalesce(r.derived, false) "
               "DELETE r RETURN count(*) AS n")
DELETE_NODES = ("MATCH (n) WHERE n.documents = [] AND NOT n:Concept AND NOT EXISTS { (n)--() } "
                "DELETE n RETURN count(*) AS n")
LOADED_DOCUMENTS = "MATCH (n) WHERE n.documents <> [] UNWIND n.documents AS d RETURN collect(DISTINCT d) AS docs"
CONCEPT_STATEMENT = (f"UNWIND $rows AS row MERGE (c:{label(CONCEPT)} {{uri: row.uri}}) SET c = row")


def concept_rel_statement(type_: str) -> str:
    """MERGE vocabulary relationships of one type between concepts."""
    return (f"UNWIND $rows AS row MATCH (a:{label(CONCEPT)} {{uri: row.source}}) "
            f"MATCH (b:{label(CONCEPT)} {{uri: row.target}}) MERGE (a)-[:{label(type_)}]->(b)")


# -- what to load ---------------------------------------------------------------
def source_graph(path=None) -> PolicyGraph:
    """The graph to load from ``path``: an output folder of ``policykg build`` (rebuilt from
    its ``digests/``), a corpus folder (extracted and built), or ``None`` for the bundled corpus."""
    from policykg.graph_builder import build_graph

    if path is None:
        from policykg.query import default_graph_dir

        path = default_graph_dir()
    folder = Path(path)
    files = sorted((folder / "digests").glob("*.json"))
    if files:
        try:
            return build_graph(json.loads(f.read_text(encoding="utf-8")) for f in files)
        except (ValueError, KeyError, TypeError) as exc:
            raise PolicyKGError(f"cannot build a graph from {folder / 'digests'}: {exc}") from None
    from policykg.build import build_corpus, corpus_files

    try:
        corpus_files(folder)
    except PolicyKGError:
        raise PolicyKGError(f"{folder} is neither an output folder of `policykg build` (with digests/) "
                            "nor a folder of .txt/.html documents") from None
    with tempfile.TemporaryDirectory(prefix="policykg-load-") as tmp:
        result = build_corpus(folder, tmp)
    if not result.digests:
        raise PolicyKGError(f"no document of {folder} could be extracted")
    return result.graph


# -- loading ---------------------------------------------------------------------
@dataclass
class LoadStats:
    """What :func:`load` did and how fast."""

    nodes: int = 0
    relationships: int = 0
    reference_rows: int = 0
    deleted: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def rows(self) -> int:
        """Rows written (graph nodes, graph relationships and vocabulary rows)."""
        return self.nodes + self.relationships + self.reference_rows

    @property
    def rows_per_second(self) -> float:
        """Write throughput of the whole load."""
        return self.rows / self.seconds if self.seconds else 0.0


def documents_of(graph: PolicyGraph) -> list[str]:
    """Ids of the documents whose facts ``graph`` carries (evidence sources and non-stub Documents)."""
    docs = {ev.doc for obj in [*graph, *graph.edges.values()] for ev in obj.evidence if ev.doc}
    docs |= {n.key for n in graph.nodes_of("Document") if not n.props.get("stub")}
    return sorted(docs)


def transactions(pieces: list[tuple[str, list]], size: int = DEFAULT_BATCH) -> Iterator[list[tuple[str, list]]]:
    """Group ``(statement, rows)`` pieces into transactions of at most ``size`` rows in all.

    >>> [[(s, len(r)) for s, r in tx] for tx in transactions([("A", [1, 2, 3]), ("B", [4])], 2)]
    [[('A', 2)], [('A', 1), ('B', 1)]]
    """
    size, group, used = max(1, size), [], 0
    for statement, rows in pieces:
        for i in range(0, len(rows), size):
            chunk = rows[i: i + size]
            take = chunk[: size - used]
            group.append((statement, take))
            used += len(take)
            if used == size:
                yield group
                group, used = [], 0
            rest = chunk[len(take):]
            if rest:
                group, used = [(statement, rest)], len(rest)
    if group:
        yield group


def _write(session, pieces: list[tuple[str, list]], size: int, done: dict | None = None, key: str = "") -> int:
    """Run the pieces in transactions of ``size`` rows; returns rows written.

    ``done[key]`` counts the rows of committed transactions as they commit.
    """
    def work(tx, group):
        for statement, rows in group:
            tx.run(statement, rows=rows).consume()

    for group in transactions(pieces, size):
        session.execute_write(work, group)
        if done is not None:
            done[key] = done.get(key, 0) + sum(len(rows) for _, rows in group)
    return sum(len(rows) for _, rows in pieces)


def _single(session, statement: str, **params) -> int:
    return session.execute_write(lambda tx: tx.run(statement, **params).single()["n"])


def ensure_schema(session) -> None:
    """Create the uniqueness constraints (idempotent)."""
    for statement in constraint_statements():
        session.run(statement).consume()


def reference_pieces() -> list[tuple[str, list]]:
    """``(statement, rows)`` writing (or refreshing) the field vocabulary."""
    return [(CONCEPT_STATEMENT, concept_rows())] + [
        (concept_rel_statement(t), rows) for t, rows in concept_rel_rows().items()]


def load_graph(driver, graph: PolicyGraph, database: str = "neo4j", batch_size: int = DEFAULT_BATCH,
               progress: Callable[[str], None] | None = None, prune: bool = False,
               done: dict | None = None) -> LoadStats:
    """Sync ``graph`` into the database (see the module docstring) and return :class:`LoadStats`.

    With ``prune`` every document already in the database is retracted too, so
    documents ``graph`` no longer has disappear with all they alone supported.
    """
    say = progress or (lambda msg: None)
    stats, began = LoadStats(), time.perf_counter()
    nodes, edges = node_rows(graph), edge_rows(graph)
    with driver.session(database=database) as session:
        ensure_schema(session)
        docs = documents_of(graph)
        if prune:
            docs = sorted(set(docs) | set(session.run(LOADED_DOCUMENTS).single()["docs"]))
        _single(session, RETRACT_RELS, docs=docs)
        _single(session, RETRACT_NODES, docs=docs)
        done = {} if done is None else done
        done["node rows"] = sum(map(len, nodes.values()))
        done["relationship rows"] = sum(map(len, edges.values()))
        stats.nodes = _write(session, [(node_statement(n), rows) for n, rows in nodes.items()], batch_size,
                             done, "nodes")
        say(f"{stats.nodes} nodes written")
        stats.relationships = _write(session, [(edge_statement(*group), rows)
                                               for group, rows in sorted(edges.items())], batch_size,
                                     done, "relationships")
        say(f"{stats.relationships} relationships written")
        stats.reference_rows = _write(session, reference_pieces(), batch_size)
        stats.deleted = {"relationships": _single(session, DELETE_RELS), "nodes": _single(session, DELETE_NODES)}
    stats.seconds = time.perf_counter() - began
    stats.counts = counts(driver, database)
    return stats


def load(graph: PolicyGraph | str | Path | None = None, settings: Settings | None = None,
         batch_size: int = DEFAULT_BATCH, progress: Callable[[str], None] | None = None,
         prune: bool = False) -> LoadStats:
    """Connect with ``settings`` (default: from the environment), then :func:`load_graph` ``graph``:
    a PolicyGraph, or a folder for :func:`source_graph` (read after the connection works)."""
    settings = settings or Settings.from_env()
    with connect(settings) as driver:
        if not isinstance(graph, PolicyGraph):
            graph = source_graph(graph)
        done: dict = {}
        try:
            with translate_errors(settings):
                return load_graph(driver, graph, settings.database, batch_size, progress, prune, done)
        except ServerError as exc:
            if "node rows" not in done:
                raise
            raise ServerError(
                f"{exc}; the load stopped after committing {done.get('nodes', 0)} of {done['node rows']} node rows "
                f"and {done.get('relationships', 0)} of {done['relationship rows']} relationship rows. "
                "Run the same load again when the server is back: it completes without duplicates") from None


def counts(driver, database: str = "neo4j") -> dict[str, int]:
    """Nodes per label of :data:`LABELS` and ``"edges"`` (model relationships), like :meth:`PolicyGraph.counts`."""
    out = dict.fromkeys(LABELS, 0)
    for r in driver.execute_query("MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS n", database_=database).records:
        if r["l"] in out:
            out[r["l"]] = r["n"]
    out["edges"] = driver.execute_query("MATCH ()-[r]->() WHERE type(r) IN $types RETURN count(r) AS n",
                                        types=list(EDGE_TYPES), database_=database).records[0]["n"]
    return out


__all__ = ["source_graph", "Settings", "connect", "open_driver", "translate_errors", "load", "load_graph", "counts", "node_rows", "edge_rows", "concept_rows",
           "concept_rel_rows", "EDGE_TYPES", "LABELS", "REL_TYPES", "LoadStats"]
