"""``policykg neo4j import``: neo4j-admin's bulk import gives the graph ``neo4j load`` writes (``-m neo4j``);
its command line and checks (fast)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_run import assert_clean, policykg
from neo4j_fixture import load_corpus, settings_of

from policykg import queries, query
from policykg.errors import PolicyKGError
from policykg.neo4j import server as neo4j_server
from policykg.neo4j.connection import connect
from policykg.neo4j.csv import export
from policykg.neo4j.cypher_engine import CypherEngine
from policykg.neo4j.importer import admin_command, import_build
from policykg.neo4j.writer import counts
from policykg.pipeline.folder import source_graph

# -- fast --------------------------------------------------------------------------------------


def test_admin_command():
    files = [Path("/t/nodes_Field.csv"), Path("/t/rels_HAS_FIELD_Document_Field.csv")]
    cmd = admin_command(Path("/cache"), files, Path("/d/logs/import.report"), multiline=False)
    assert cmd[cmd.index("org.neo4j.cli.AdminTool") + 1:][:5] == ["database", "import", "full", "neo4j",
                                                                   "--array-delimiter=\x1f"]
    assert "--multiline-fields=false" in cmd and "--nodes=/t/nodes_Field.csv" in cmd
    assert cmd[-1] == "--relationships=/t/rels_HAS_FIELD_Document_Field.csv"  # the database name comes first
    assert "--multiline-fields=true" in admin_command(Path("/c"), files, Path("/r"), multiline=True)


def test_multiline_is_asked_for_only_when_needed(tmp_path):
    from test_neo4j_writer import small_graph  # the writer tests' small graph

    g = small_graph()
    assert export(g, tmp_path / "plain")[1] is False
    g.add_node("Measure", "a/一", label="措施", props={"note": "一, 二"})
    assert export(g, tmp_path / "comma")[1] is False
    g.add_node("Measure", "a/二", label="措施二", props={"note": "一\n二"})
    assert export(g, tmp_path / "broken")[1] is True


def test_an_existing_database_is_refused(tmp_path):
    (tmp_path / "data" / "databases" / "neo4j").mkdir(parents=True)
    with pytest.raises(PolicyKGError, match="already holds a Neo4j database"):
        import_build(source_graph, tmp_path)
    run = policykg("neo4j", "import", "--dir", tmp_path)
    assert_clean(run)
    assert run.code == 2 and len(run.err_lines) == 1 and "neo4j load" in run.err


# -- the same graph as neo4j load ---------------------------------------------------------------


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    """The corpus imported with neo4j-admin, served: its settings."""
    folder = tmp_path_factory.mktemp("imported")
    stats = import_build(source_graph, folder)
    assert stats.import_s > 0 and "Relationship import" in stats.stages and not stats.multiline
    with neo4j_server.start(folder) as server:
        yield neo4j_server_settings(server)


def neo4j_server_settings(server):
    from policykg.neo4j.connection import Settings

    return Settings(server.uri, server.user, server.password, server.database)


@pytest.fixture(scope="module")
def loaded(neo4j_server):
    load_corpus(neo4j_server)
    return settings_of(neo4j_server)


@pytest.mark.neo4j
def test_counts_and_schema_equal(imported, loaded):
    with connect(imported) as a, connect(loaded) as b:
        assert counts(a) == counts(b)
        names = "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name ORDER BY name"
        assert [r["name"] for r in a.execute_query(names).records] == [r["name"] for r in b.execute_query(names).records]
        empty = "MATCH (n:Field) WHERE n.aliases IS NULL OR n.documents IS NULL RETURN count(n) AS n"
        assert a.execute_query(empty).records[0]["n"] == 0


@pytest.mark.neo4j
@pytest.mark.parametrize("name", queries.names(".cypher"))
def test_every_catalogue_twin_answers_the_same(imported, loaded, name):
    q = queries.question(name)
    engines = CypherEngine(imported), CypherEngine(loaded)
    try:
        answers = [query.run(name, q.example, engine=engine) for engine in engines]
    finally:
        for engine in engines:
            engine.close()
    assert answers[0] == answers[1]
