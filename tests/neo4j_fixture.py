"""Pytest plugin: a Neo4j server for ``@pytest.mark.neo4j`` tests.

``neo4j_server`` (session): the server named by ``NEO4J_URI``/``NEO4J_USER``/
``NEO4J_PASSWORD`` (and ``NEO4J_DATABASE``) when ``NEO4J_URI`` is set, else
policykg's own Neo4j 5.26 server started once in a temporary folder, with Neo4j
Browser on a free HTTP port (``http_uri``; ``NEO4J_HTTP_URI`` for a server of
one's own).
``neo4j_driver`` (function): a driver to it, on an emptied database.
``load_corpus(target)``: empty the database and load the bundled corpus (for a
module-scoped fixture of tests that only read it).

When the server cannot start the tests fail (they never skip): CI counts a
skipped Neo4j test as a failure.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import pytest


@dataclass(frozen=True)
class Neo4jTarget:
    """Where the Neo4j tests connect."""

    uri: str
    user: str
    password: str | None
    database: str = "neo4j"
    #: ``http://HOST:PORT`` of the server's HTTP connector (Neo4j Browser at ``/browser/``), if known
    http_uri: str | None = None
    #: the server's folder when the tests started it
    data_dir: object = None

    @property
    def auth(self):
        """``(user, password)`` for the driver, or ``None`` without a password."""
        return None if self.password is None else (self.user, self.password)


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory):
    """The Neo4j server of this test session (see the module docstring)."""
    if os.environ.get("NEO4J_URI"):
        yield Neo4jTarget(
            os.environ["NEO4J_URI"],
            os.environ.get("NEO4J_USER", "neo4j"),
            os.environ.get("NEO4J_PASSWORD"),
            os.environ.get("NEO4J_DATABASE", "neo4j"),
            os.environ.get("NEO4J_HTTP_URI"),
        )
        return
    from policykg.errors import PolicyKGError
    from policykg.neo4j import server as server_module

    try:
        server = server_module.start(tmp_path_factory.mktemp("neo4j"), http_port=0)
    except PolicyKGError as exc:
        pytest.fail(f"policykg's Neo4j server did not start: {exc}", pytrace=False)
    try:
        yield Neo4jTarget(server.uri, server.user, server.password, server.database, server.http_uri,
                          server.data_dir)
    finally:
        server.stop()


@pytest.fixture
def neo4j_driver(neo4j_server):
    """A driver to ``neo4j_server`` whose database is empty: no nodes, constraints or indexes."""
    import neo4j

    with neo4j.GraphDatabase.driver(neo4j_server.uri, auth=neo4j_server.auth) as driver:
        wipe(driver, neo4j_server.database)
        yield driver


def _quote(name: str) -> str:
    """A schema name as a Cypher identifier (names cannot be parameters)."""
    return "`" + name.replace("`", "``") + "`"


def wipe(driver, database: str) -> None:
    """Delete every node and relationship, then every constraint and index but the token lookups."""
    driver.execute_query("MATCH (n) DETACH DELETE n", database_=database)
    constraints = driver.execute_query("SHOW CONSTRAINTS YIELD name", database_=database).records
    for record in constraints:
        driver.execute_query(f"DROP CONSTRAINT {_quote(record['name'])} IF EXISTS", database_=database)
    indexes = driver.execute_query(
        "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'", database_=database
    ).records
    for record in indexes:
        driver.execute_query(f"DROP INDEX {_quote(record['name'])} IF EXISTS", database_=database)


def settings_of(target: Neo4jTarget):
    """:class:`policykg.neo4j.connection.Settings` for ``target``."""
    from policykg.neo4j.connection import Settings

    return Settings(target.uri, target.user, target.password, target.database)


def load_corpus(target: Neo4jTarget):
    """Empty the database of ``target`` and load the bundled corpus; returns the load's statistics."""
    import neo4j

    from policykg.neo4j import writer as neo4j_writer
    from policykg.pipeline.folder import source_graph

    with neo4j.GraphDatabase.driver(target.uri, auth=target.auth) as driver:
        wipe(driver, target.database)
    return neo4j_writer.load(source_graph, settings_of(target))
