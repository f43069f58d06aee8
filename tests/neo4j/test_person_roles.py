"""A person's role survives into the graph when it names no organization (issue #12: people with their titles in
prose): it rides on the document's MENTIONS_PERSON link, and ``people-and-roles`` answers it on both engines."""

from __future__ import annotations

import pytest
from test_cypher_catalogue import ENGINE, answer

from policykg import query
from policykg.loaders import extract
from policykg.neo4j.cypher_engine import CypherEngine
from policykg.neo4j.writer import load_graph
from policykg.rdf import files as rdf_files
from policykg.resolve.builder import build_graph

TEXTS = {
    "doc-a": "某县推进机器人产业\n县委副书记、县长姚某某出席会议。某某大学校长李某某介绍了情况。",
    "doc-b": "某市机器人小镇开工\n副市长胡某出席开工仪式。",
}


def _graph():
    return build_graph([extract(text, doc_id=key) for key, text in TEXTS.items()])


def test_a_role_that_names_no_organization_is_kept_on_the_mention(tmp_path):
    rdf_files.write_all(_graph(), tmp_path)
    rows = {r["person"]: r for r in query.run("people-and-roles", {}, graph_dir=tmp_path, engine="oxigraph")}
    assert (rows["胡某"]["role"], rows["胡某"]["organization"]) == ("副市长", None)
    assert (rows["李某某"]["role"], rows["李某某"]["organization"]) == ("某某大学校长", "某某大学")


@pytest.mark.neo4j
def test_both_engines_give_the_roles(neo4j_server, tmp_path, monkeypatch):
    import neo4j
    from neo4j_fixture import wipe

    graph = _graph()
    rdf_files.write_all(graph, tmp_path)
    with neo4j.GraphDatabase.driver(neo4j_server.uri, auth=neo4j_server.auth) as driver:
        wipe(driver, neo4j_server.database)
        load_graph(driver, graph, neo4j_server.database)
    monkeypatch.setitem(query.ENGINES, "neo4j", ENGINE)
    for key, value in (("NEO4J_URI", neo4j_server.uri), ("NEO4J_USER", neo4j_server.user),
                       ("NEO4J_PASSWORD", neo4j_server.password or ""), ("NEO4J_DATABASE", neo4j_server.database)):
        monkeypatch.setenv(key, value)
    try:
        sparql = answer("people-and-roles", {}, tmp_path, "oxigraph")
        assert answer("people-and-roles", {}, tmp_path, "neo4j") == sparql
        assert any(("role", "副市长") in row for row in sparql)
    finally:
        engine = query._loaded.pop("neo4j", None)
        if isinstance(engine, CypherEngine):
            engine.close()
        with neo4j.GraphDatabase.driver(neo4j_server.uri, auth=neo4j_server.auth) as driver:
            wipe(driver, neo4j_server.database)
