"""A :class:`~policykg.model.PolicyGraph` in Neo4j: schema, rows and a re-runnable loader.

Layout (the contract of :mod:`policykg.neo4j.reader`, :mod:`policykg.neo4j.csv` and ``queries/*.cypher``):

Nodes
    One label per node type (:data:`~policykg.model.NODE_TYPES`); unique ``uri`` (the IRI of
    :func:`policykg.model.terms.iri`, as in n10s); ``key``; ``name`` (Chinese), ``name_en``, ``aliases``;
    ``name_keys`` (the ``pkg:nameKey`` values of :mod:`policykg.model.terms`, so ``$city IN n.name_keys``
    matches 上海 and 上海市 as SPARQL does); model properties with their Python types (numbers stay
    numbers; empty values are left out, as in RDF).  Relationships: the UPPER_SNAKE edge types of
    :data:`EDGE_TYPES` with their ``tier``/``role``.
Provenance
    Properties cannot hold maps, so each evidence item is one position of the parallel lists
    ``ev_docs``, ``ev_starts``, ``ev_ends``, ``ev_quotes``, ``ev_sections``, ``ev_rules``;
    ``documents`` lists the supporting documents (a non-stub Document itself; an evidence-less
    edge from a Document its source).  A fact no document states has no ``ev_*`` lists (never an
    empty list, never ``['']``): its items' rules are ``derived_rules``, and a relationship no
    document supports has ``derived: true``.  The full table is in ``docs/model.md``.
Reference data
    The field vocabulary (``ontology/fields.ttl``) as ``:Concept`` nodes (``name``, ``name_en``,
    ``alt_labels``, ``scope_notes``, ``sources``) with ``SKOS_BROADER``/``SKOS_RELATED`` as stated there, so
    Cypher answers what SPARQL reads from the vocabulary; a Field shares its concept's ``uri``.

:func:`load` syncs per document: constraints first; the incoming documents' evidence is retracted
everywhere; nodes and relationships are written by ``UNWIND $rows AS row …`` batches of four
statements in all (:data:`CREATE_NODES` with the label as data, :data:`UPDATE_NODES`,
:data:`CREATE_RELS`, :data:`MERGE_RELS`, the ends found by ``elementId``), so a load plans four
statements however many labels and types the graph has; then relationships no document supports and
nodes with no documents and no relationships are deleted.  Loading twice changes nothing; a changed document
replaces its facts and leaves no orphans.  Values travel only as parameters; labels and types
are interpolated only after :func:`label` checked them against the closed lists.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from policykg.errors import ServerError
from policykg.gcpause import collection_paused
from policykg.model import NODE_TYPES, PolicyGraph
from policykg.neo4j.batches import (
    batched,
    commit,
    counter,
    pipelined,
    transactions,
    writer_session,
)
from policykg.neo4j.connection import Settings, connect, translate_errors
from policykg.neo4j.rows import (
    EDGE_TYPES,
    EVIDENCE_LISTS,
    LABELS,
    RESERVED,
    concept_rel_rows,
    concept_rows,
    edge_row,
    node_row,
    uri,
)
from policykg.neo4j.statements import (
    CONCEPT_STATEMENT,
    CREATE_NODES,
    CREATE_RELS,
    DELETE_NODES,
    DELETE_RELS,
    HOLDS_GRAPH,
    LOADED_DOCUMENTS,
    MERGE_RELS,
    NAME_INDEX,
    PRESENT_DOCUMENTS,
    QUOTE_INDEX,
    RETRACT_NODES,
    RETRACT_RELS,
    UPDATE_NODES,
    concept_rel_statement,
    constraint_statements,
    create_edge_statement,
    create_node_statement,
    drop_fulltext_statements,
    edge_statement,
    existing_ids_statement,
    fulltext_statements,
    node_statement,
)
from policykg.progress import timed

DEFAULT_BATCH = 5000
#: Sessions writing nodes at once (Neo4j commits concurrent transactions on several cores).
DEFAULT_WORKERS = 3


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
    #: seconds of each step (schema, nodes, relationships …); ``node rows`` and ``relationship rows``, the
    #: Python time building rows, overlap ``nodes`` and ``relationships`` (built while the server writes)
    phases: dict[str, float] = field(default_factory=dict)

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


def _write(session, pieces: list[tuple[str, list]], size: int) -> int:
    """Run the pieces in transactions of ``size`` rows in this session; returns rows written."""
    commit(session, transactions(pieces, size), lambda rows: None)
    return sum(len(rows) for _, rows in pieces)


def _single(session, statement: str, **params) -> int:
    return session.execute_write(lambda tx: tx.run(statement, **params).single()["n"])


def ensure_schema(session, fulltext: bool = True) -> None:
    """Create the uniqueness constraints and (with ``fulltext``) the full-text indexes the database lacks
    (idempotent).

    One look at the schema first: each ``CREATE … IF NOT EXISTS`` is a statement to plan and a
    transaction of its own, which a reload would otherwise pay for every time.
    """
    have = {r["name"] for r in session.run("SHOW INDEXES YIELD name")}  # constraints own an index of that name
    for statement in constraint_statements() + (fulltext_statements() if fulltext else []):
        if re.search(r"(?:CONSTRAINT|INDEX) (\w+) IF NOT EXISTS", statement).group(1) not in have:
            session.run(statement).consume()


#: Seconds a load waits for its full-text indexes to be populated.
FULLTEXT_WAIT_S = 600


def build_fulltext(session, names: tuple[str, ...] = (NAME_INDEX, QUOTE_INDEX), wait: bool = True) -> None:
    """Create the full-text indexes ``names`` and (with ``wait``) wait until both are populated (a search
    right after the load finds what it loaded)."""
    for statement in fulltext_statements():
        if re.search(r"INDEX (\w+) IF NOT EXISTS", statement).group(1) in names:
            session.run(statement).consume()
    if wait:
        for name in (NAME_INDEX, QUOTE_INDEX):
            session.run("CALL db.awaitIndex($name, $seconds)", name=name, seconds=FULLTEXT_WAIT_S).consume()


def reference_pieces() -> list[tuple[str, list]]:
    """``(statement, rows)`` writing (or refreshing) the field vocabulary."""
    return [(CONCEPT_STATEMENT, concept_rows())] + [
        (concept_rel_statement(t), rows) for t, rows in concept_rel_rows().items()]


def load_graph(driver, graph: PolicyGraph, database: str = "neo4j", batch_size: int = DEFAULT_BATCH,
               progress: Callable[[str], None] | None = None, prune: bool = False,
               done: dict | None = None, steps: Callable | None = None, workers: int = DEFAULT_WORKERS,
               checkpoint: Callable[[str, int], None] | None = None) -> LoadStats:
    """Sync ``graph`` into the database (see the module docstring) and return :class:`LoadStats`.

    With ``prune`` every document already in the database is retracted too, so
    documents ``graph`` no longer has disappear with all they alone supported.
    ``progress(message)`` hears each finished step, ``steps(label, done, total)``
    the rows as their transactions commit; ``workers`` sessions write nodes at once.
    ``checkpoint(name, rows)`` is called at each point of :data:`CHECKPOINTS` (from a writing thread
    for ``nodes`` and ``relationships``): a test stops or kills the server there, at a known place of the load.

    Only what the database already has is merged: the incoming documents' old
    facts are retracted (when there are any), nodes it does not have are
    created, and so are relationships with a new node at one end; the rest is
    merged row by row.  Loading into an empty database is therefore all
    ``CREATE``; loading twice still changes nothing.  Rows are built batch by batch while
    the server commits the batch before (:func:`policykg.neo4j.batches.pipelined`).
    """
    say = progress or (lambda msg: None)
    stats, began = LoadStats(), time.perf_counter()
    done = {} if done is None else done
    if checkpoint is not None:
        done["checkpoint"] = checkpoint
    check_rows(graph)  # before anything is written

    def clock(name: str):
        return timed(stats.phases, name)

    with collection_paused(), writer_session(driver, database) as session:
        with clock("schema and retraction"):
            # into an empty database the full-text indexes are built after the data: populating them once
            # costs the server a fraction of updating them in every write transaction
            empty = not holds_graph(session)
            ensure_schema(session, fulltext=not empty)
            retract: list[str] = []
            if empty:  # no document's facts to retract, no node to look up
                for statement in drop_fulltext_statements():
                    session.run(statement).consume()
            else:
                retract = present_documents(session, documents_of(graph))
                if prune:
                    retract = sorted(set(documents_of(graph)) | set(session.run(LOADED_DOCUMENTS).single()["docs"]))
                if retract:
                    _single(session, RETRACT_RELS, docs=dict.fromkeys(retract, True))
                    _single(session, RETRACT_NODES, docs=dict.fromkeys(retract, True))
            ids = {} if empty else existing_ids(session, graph)
        _checkpoint(done, "schema")
        done["node rows"] = len(graph)
        done["relationship rows"] = graph.number_of_edges()
        with clock("nodes"):
            old = set(ids)
            rows = _building(batched(node_rows_for(graph, ids), batch_size), stats.phases, "node rows")
            stats.nodes = pipelined(driver, database, rows, workers,
                                    _committed(done, "nodes", _bar(steps, "writing nodes", len(graph))), sink=ids)
        say(f"{stats.nodes} nodes written")
        if empty:  # the names index populates while the relationships are written (they do not touch it)
            build_fulltext(session, (NAME_INDEX,), wait=False)
        with clock("relationships"):
            # one session: relationships lock both their ends, and concurrent transactions through
            # the same hub nodes (regions, fields, bodies) deadlock and wait out their retries
            rows = _building(batched(edge_rows_for(graph, ids, old), batch_size), stats.phases, "relationship rows")
            stats.relationships = pipelined(
                driver, database, rows, 1,
                _committed(done, "relationships", _bar(steps, "writing relationships", graph.number_of_edges())))
        say(f"{stats.relationships} relationships written")
        with clock("vocabulary and clean-up"):
            stats.reference_rows = _write(session, reference_pieces(), batch_size)
            if retract:
                stats.deleted = {"relationships": _single(session, DELETE_RELS),
                                 "nodes": _single(session, DELETE_NODES)}
            else:  # nothing was retracted, so nothing lost its last document
                stats.deleted = {"relationships": 0, "nodes": 0}
        if empty:
            with clock("full-text indexes"):
                build_fulltext(session, (QUOTE_INDEX,))
        _checkpoint(done, "done")
    stats.seconds = time.perf_counter() - began
    stats.counts = counts(driver, database)
    return stats


#: The named points of a load at which :func:`load_graph` calls its ``checkpoint`` hook, in order:
#: ``schema`` (constraints made, old evidence retracted), ``nodes`` and ``relationships`` (after each
#: committed transaction, with the rows committed so far), ``done`` (all written, indexes built).
CHECKPOINTS = ("schema", "nodes", "relationships", "done")


def _checkpoint(done: dict, name: str, rows: int = 0) -> None:
    hook = done.get("checkpoint")
    if hook is not None:
        hook(name, rows)


def _building(groups: Iterator, phases: dict[str, float], name: str) -> Iterator:
    """``groups``, with the seconds spent building them added to ``phases[name]`` (they are built while
    the server writes the ones before, so this time overlaps the writing step's)."""
    while True:
        began = time.perf_counter()
        group = next(groups, None)
        phases[name] = round(phases.get(name, 0) + time.perf_counter() - began, 3)
        if group is None:
            return
        yield group


def _committed(done: dict, key: str, tick) -> Callable[[int], None]:
    """``committed(rows)`` of one step: counts ``done[key]``, moves the bar, calls the checkpoint hook."""
    return counter(done, key, tick, _checkpoint)


def _bar(steps, title: str, total: int):
    if steps is None:
        return None
    steps(title, 0, total)
    return lambda n: steps(title, n, total)


def holds_graph(session) -> bool:
    """Whether the database has any node of the model's labels (else every row is new)."""
    return session.run(HOLDS_GRAPH, labels=list(NODE_TYPES)).single() is not None


def present_documents(session, docs: list[str]) -> list[str]:
    """Which of ``docs`` the database already holds facts of (their Document nodes, by index)."""
    uris = [uri(f"Document/{d}") for d in docs]
    return sorted(session.run(PRESENT_DOCUMENTS, uris=uris).single()["docs"]) if uris else []


def existing_ids(session, graph: PolicyGraph) -> dict[str, str]:
    """``uri`` → ``elementId`` of every node of ``graph`` the database already has (one statement,
    index look-ups)."""
    lists = {name: [uri(n.id) for n in graph.nodes_of(name)] for name in NODE_TYPES}
    return {r["uri"]: r["id"] for r in session.run(existing_ids_statement(), **lists)}


def check_rows(graph: PolicyGraph) -> None:
    """Refuse, before anything is written, a relationship type outside the model or a property name the
    loader owns (:data:`policykg.neo4j.rows.RESERVED`)."""
    for edge in graph.edges.values():
        if edge.type not in EDGE_TYPES:
            raise ValueError(f"edge type {edge.type!r} is not one of the model's relationship types")
        if RESERVED.isdisjoint(edge.props):
            continue
        raise ValueError(f"edge {edge.key}: property names {sorted(RESERVED & set(edge.props))} are reserved "
                         "for the loader")
    for node in graph:
        if not RESERVED.isdisjoint(node.props):
            raise ValueError(f"node {node.id}: property names {sorted(RESERVED & set(node.props))} are reserved "
                             "for the loader")


def created(row: dict) -> dict:
    """Every property of a node or relationship row the database lacks, in one map (set in one step by
    :data:`CREATE_NODES` and :data:`CREATE_RELS`): its properties, ``documents`` (even empty) and the
    evidence lists it has (a missing list stays missing, as ``SET x.p = null`` leaves it).

    >>> created({"uri": "u", "props": {"name": "n"}, "documents": [], "ev_docs": None, "ev_quotes": ("q",)})
    {'name': 'n', 'documents': [], 'ev_quotes': ('q',)}
    """
    out = row["props"]  # the row's own map, extended: rows are built for this one use
    out["documents"] = row["documents"]
    for key in _EVIDENCE_KEYS:
        if row.get(key) is not None:
            out[key] = row[key]
    return out


_EVIDENCE_KEYS = tuple(EVIDENCE_LISTS.values())


def node_rows_for(graph: PolicyGraph, ids: dict[str, str]) -> Iterator[tuple[str, dict]]:
    """``(statement, row)`` of each node, built as consumed: :data:`CREATE_NODES` for the nodes the database
    lacks (their label in the row), :data:`UPDATE_NODES` for the others (their ``elementId`` in the row)."""
    for node in sorted(graph, key=lambda n: n.id):
        row = node_row(node)
        found = ids.get(row["uri"])
        if found is None:
            yield CREATE_NODES, {"label": node.type, "p": created(row)}
        else:
            yield UPDATE_NODES, {**row, "id": found}


def edge_rows_for(graph: PolicyGraph, ids: dict[str, str], old: set[str]) -> Iterator[tuple[str, dict]]:
    """``(statement, row)`` of each edge, built as consumed: :data:`CREATE_RELS` for relationships with a node
    new to the database at one end (they cannot exist yet), :data:`MERGE_RELS` for those between nodes it
    had; ends by ``elementId``."""
    for edge in sorted(graph.edges.values(), key=_edge_order):
        row = edge_row(edge)
        a, b = ids[row["source"]], ids[row["target"]]
        if row["source"] in old and row["target"] in old:
            yield MERGE_RELS, {**row, "type": edge.type, "a": a, "b": b}
        else:
            yield CREATE_RELS, {"type": edge.type, "a": a, "b": b, "p": created(row)}


def _edge_order(edge) -> tuple[str, str, str, str]:
    """Relationships by type, end labels and key (the order of :func:`policykg.neo4j.rows.edge_rows`)."""
    return edge.type, edge.source.partition("/")[0], edge.target.partition("/")[0], edge.key


def split_nodes(nodes: dict[str, list[dict]], old: set[str]) -> list[tuple[str, list]]:
    """``(statement, rows)``: CREATE for nodes the database lacks, MERGE for the others (one statement
    per label; the naive loader of :mod:`policykg.devtools.bench_stores` runs these)."""
    pieces = []
    for name, rows in nodes.items():
        new = [r for r in rows if r["uri"] not in old]
        pieces += [(create_node_statement(name), new), (node_statement(name), [r for r in rows if r["uri"] in old])]
    return [(st, rows) for st, rows in pieces if rows]


def split_edges(edges: dict[tuple[str, str, str], list[dict]], old: set[str]) -> list[tuple[str, list]]:
    """``(statement, rows)``: CREATE for relationships with a new node at one end (they cannot exist
    yet), MERGE for relationships between nodes the database had."""
    pieces = []
    for group, rows in sorted(edges.items()):
        merge = [r for r in rows if r["source"] in old and r["target"] in old]
        create = [r for r in rows if not (r["source"] in old and r["target"] in old)]
        pieces += [(create_edge_statement(*group), create), (edge_statement(*group), merge)]
    return [(st, rows) for st, rows in pieces if rows]


def load(graph: PolicyGraph | Callable[[], PolicyGraph], settings: Settings | None = None,
         batch_size: int = DEFAULT_BATCH, progress: Callable[[str], None] | None = None,
         prune: bool = False, steps: Callable | None = None, workers: int = DEFAULT_WORKERS,
         checkpoint: Callable[[str, int], None] | None = None) -> LoadStats:
    """Connect with ``settings`` (default: from the environment), then :func:`load_graph` ``graph``:
    a PolicyGraph, or a function giving one (called after the connection works, e.g.
    :func:`policykg.pipeline.folder.source_graph` of a folder)."""
    settings = settings or Settings.from_env()
    with connect(settings) as driver:
        if not isinstance(graph, PolicyGraph):
            if steps:
                steps("reading the graph", None, None)
            graph = graph()
        done: dict = {}
        try:
            with translate_errors(settings):
                return load_graph(driver, graph, settings.database, batch_size, progress, prune, done, steps, workers,
                                  checkpoint)
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


__all__ = ["load", "load_graph", "counts", "LoadStats", "ensure_schema", "writer_session"]
