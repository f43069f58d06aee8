"""A first load through ``neo4j-admin database import full`` (``policykg neo4j import``).

:func:`import_build` writes the CSVs of :func:`policykg.neo4j.csv.write_csv` for
a graph, runs Neo4j's own bulk importer (``org.neo4j.cli.AdminTool`` from the
jars of :mod:`policykg.neo4j.server`) into a *new* data folder, then starts the
server on it once to finish what the importer cannot do: the uniqueness
constraints and full-text indexes of :func:`policykg.neo4j.writer.ensure_schema`
and the empty lists (``aliases: []`` …) that a CSV cannot hold.  The result is
the graph ``policykg neo4j load`` writes; ``policykg neo4j serve --dir`` then
serves it.

``--multiline-fields=true`` costs the importer about twice the time, so it is
asked for only when a CSV value holds a line break (normalized text has none): the CSV writer
counts the line ends of each file as it writes it (:func:`policykg.neo4j.csv.export`).
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from policykg.atomic import write_text
from policykg.errors import PolicyKGError, ServerError

#: The lists every node (``LIST_PROPS``) or relationship (``documents``) of the loader has, possibly empty.
LIST_PROPS = ("aliases", "name_keys", "documents")
CONCEPT_LISTS = ("alt_labels", "scope_notes", "sources")
_STAGE = re.compile(r"^(Node import|Relationship import|Relationship linking|Post processing) COMPLETED in (.+)$", re.M)
_UNIT = {"h": 3600, "m": 60, "s": 1, "ms": 0.001}


@dataclass
class ImportStats:
    """What :func:`import_build` did and how long each part took (seconds)."""

    nodes: int = 0
    relationships: int = 0
    csv_s: float = 0.0
    #: the importer's JVM, from start to exit
    import_s: float = 0.0
    #: the importer's own stages (``Node import``, ``Relationship import`` …)
    stages: dict[str, float] = field(default_factory=dict)
    #: first start on the new database: JVM start, empty lists, schema, indexes online, stop
    finish_s: float = 0.0
    #: the part of ``finish_s`` until the server answered
    start_s: float = 0.0
    multiline: bool = False

    @property
    def seconds(self) -> float:
        """End to end: CSV writing, the importer, and the first start until the database is ready."""
        return self.csv_s + self.import_s + self.finish_s

    @property
    def rels_per_second(self) -> float:
        """Relationships per second of the importer, JVM start to exit."""
        return self.relationships / self.import_s if self.import_s else 0.0

    @property
    def rels_per_second_end_to_end(self) -> float:
        """Relationships per second end to end (:attr:`seconds`)."""
        return self.relationships / self.seconds if self.seconds else 0.0


def duration(text: str) -> float:
    """Seconds of a neo4j-admin duration.

    >>> duration("1s 888ms"), duration("624ms"), duration("2m 3s")
    (1.888, 0.624, 123.0)
    """
    return round(sum(float(n) * _UNIT[u] for n, u in re.findall(r"(\d+)(ms|h|m|s)\b", text)), 3)


def admin_command(home: Path, csv_files: list[Path], report: Path, multiline: bool, java: str = "java") -> list[str]:
    """The ``java … AdminTool database import full neo4j …`` command line."""
    # imported on use: CLI start-up stays fast (rdflib, the server module)
    from policykg.neo4j.server import JVM_OPTIONS

    nodes = [f"--nodes={p}" for p in csv_files if p.name.startswith("nodes_")]
    rels = [f"--relationships={p}" for p in csv_files if p.name.startswith("rels_")]
    return [java, *JVM_OPTIONS, "-Xmx1g", "-cp", str(home / "lib" / "*"), "org.neo4j.cli.AdminTool",
            "database", "import", "full", "neo4j", "--array-delimiter=\x1f",
            f"--multiline-fields={'true' if multiline else 'false'}", f"--report-file={report}", *nodes, *rels]


def run_admin_import(csv_files: list[Path], data_dir: Path, multiline: bool) -> tuple[float, dict[str, float]]:
    """Run the importer into ``data_dir`` (its Neo4j home); returns its wall time and stage times."""
    # imported on use: CLI start-up stays fast (rdflib, the server module)
    from policykg.neo4j.server import _tool, prepare

    home = prepare()
    (data_dir / "logs").mkdir(parents=True, exist_ok=True)
    cmd = admin_command(home, csv_files, data_dir / "logs" / "import.report", multiline, _tool("java"))
    env = {**os.environ, "NEO4J_HOME": str(data_dir), "NEO4J_CONF": str(data_dir / "conf")}
    began = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    seconds = time.perf_counter() - began
    write_text(data_dir / "logs" / "import.log", proc.stdout + proc.stderr)
    if proc.returncode != 0:
        lines = [ln.strip() for ln in (proc.stdout + proc.stderr).splitlines() if ln.strip() and not ln.startswith("\tat ")]
        raise ServerError(f"neo4j-admin import failed (exit {proc.returncode}): {' | '.join(lines[-3:])} "
                          f"(see {data_dir / 'logs' / 'import.log'})")
    return seconds, {stage: duration(text) for stage, text in _STAGE.findall(proc.stdout + proc.stderr)}


def finish(driver, database: str = "neo4j") -> None:
    """After an import: the empty lists the CSVs could not carry, then the loader's schema, online.

    The lists come first, so the new indexes are populated once instead of being updated by them;
    the wait for the indexes makes the database ready when this returns (a server stopped during
    population starts it again on the next start).
    """
    # imported on use: CLI start-up stays fast (rdflib, the server module)
    from policykg.model import NODE_TYPES
    from policykg.neo4j.rows import EDGE_TYPES
    from policykg.neo4j.writer import FULLTEXT_WAIT_S, ensure_schema, writer_session

    with writer_session(driver, database) as session:
        # only the entities that lack a list are written (most have them all): a SET on every node
        # rewrote each of them, 171k at 10,000 documents
        sets = ", ".join(f"n.{p} = coalesce(n.{p}, [])" for p in LIST_PROPS)
        lacking = " OR ".join(f"n.{p} IS NULL" for p in LIST_PROPS)
        session.run(f"MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) AND ({lacking}) SET {sets}",
                    labels=list(NODE_TYPES)).consume()
        sets = ", ".join(f"c.{p} = coalesce(c.{p}, [])" for p in CONCEPT_LISTS)
        lacking = " OR ".join(f"c.{p} IS NULL" for p in CONCEPT_LISTS)
        session.run(f"MATCH (c:Concept) WHERE {lacking} SET {sets}").consume()
        session.run("MATCH ()-[r]->() WHERE type(r) IN $types AND r.documents IS NULL SET r.documents = []",
                    types=list(EDGE_TYPES)).consume()
        ensure_schema(session)
        session.run("CALL db.awaitIndexes($seconds)", seconds=FULLTEXT_WAIT_S).consume()


def import_build(source, data_dir, password: str | None = None, progress=None) -> ImportStats:
    """Import the graph ``source`` (a PolicyGraph, or a function giving one, called after the checks, e.g.
    :func:`policykg.pipeline.folder.source_graph` of a folder) into a new Neo4j data folder ``data_dir``."""
    # imported on use: CLI start-up stays fast (rdflib, the server module)
    from policykg.model import PolicyGraph
    from policykg.neo4j import server as neo4j_server
    from policykg.neo4j.csv import export

    say = progress or (lambda msg: None)
    data_dir = Path(data_dir).resolve()
    if (data_dir / "data" / "databases" / "neo4j").exists():
        raise PolicyKGError(f"{data_dir} already holds a Neo4j database: import makes a new one, so give an empty "
                            "--dir (or add to this one with `policykg neo4j load`)")
    password = neo4j_server.DEFAULT_PASSWORD if password is None else password
    neo4j_server.check_password(password)
    graph = source if isinstance(source, PolicyGraph) else source()
    stats = ImportStats(nodes=len(graph), relationships=graph.number_of_edges())
    with tempfile.TemporaryDirectory(prefix="policykg-import-") as tmp:
        began = time.perf_counter()
        written, stats.multiline = export(graph, tmp)
        files = sorted(p for p in written.values() if p.suffix == ".csv")
        stats.csv_s = time.perf_counter() - began
        say(f"wrote {len(files)} CSV files in {stats.csv_s:.1f} s; running neo4j-admin database import full")
        stats.import_s, stats.stages = run_admin_import(files, data_dir, stats.multiline)
    say(f"imported {stats.nodes} nodes and {stats.relationships} relationships in {stats.import_s:.1f} s; "
        "starting the server once for the schema")
    began = time.perf_counter()
    with neo4j_server.start(data_dir, password=password) as server, server.driver() as driver:
        stats.start_s = time.perf_counter() - began
        finish(driver, server.database)
    stats.finish_s = time.perf_counter() - began
    return stats


__all__ = ["import_build", "ImportStats", "finish", "admin_command", "duration"]
