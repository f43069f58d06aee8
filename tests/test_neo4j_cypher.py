"""``policykg cypher``: ad-hoc Cypher on a real server holding the corpus (``-m neo4j``), and its
argument handling (fast)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from cli_run import assert_clean, policykg
from neo4j_fixture import load_corpus

from policykg.errors import PolicyKGError
from policykg.neo4j_cypher import parse_param, read_statement
from policykg.ports import free_port

# -- fast --------------------------------------------------------------------------------------


@pytest.mark.parametrize("item, expected", [("n=3", ("n", 3)), ("x=1.5", ("x", 1.5)), ("ok=true", ("ok", True)),
                                            ("city=上海", ("city", "上海")), ("s=\"12\"", ("s", "12")),
                                            ("l=[1, \"a\"]", ("l", [1, "a"])), ("q=a=b", ("q", "a=b"))])
def test_parameters_are_json_or_text(item, expected):
    assert parse_param(item) == expected


@pytest.mark.parametrize("item", ["nokey", "=1", "bad name=1", "1x=2"])
def test_bad_parameters_are_one_line(item):
    with pytest.raises(PolicyKGError, match="NAME=VALUE"):
        parse_param(item)


def test_statement_from_text_or_file(tmp_path):
    query = tmp_path / "q.cypher"
    query.write_text("MATCH (n) RETURN n\n", encoding="utf-8")
    assert read_statement(None, query) == read_statement("MATCH (n) RETURN n", None) == "MATCH (n) RETURN n"
    with pytest.raises(PolicyKGError, match="not both"):
        read_statement("RETURN 1", query)
    with pytest.raises(PolicyKGError, match="no Cypher statement"):
        read_statement("  ", None)
    with pytest.raises(PolicyKGError, match="cannot read"):
        read_statement(None, tmp_path / "missing.cypher")


def test_no_server_says_how_to_start_one():
    run = policykg("cypher", "RETURN 1", "--uri", f"bolt://127.0.0.1:{free_port(0)}")
    assert_clean(run)
    assert run.code == 2 and len(run.err_lines) == 1
    assert "no Neo4j server answers" in run.err and "policykg neo4j serve" in run.err


# -- a live server with the corpus -------------------------------------------------------------


@pytest.fixture(scope="module")
def server(neo4j_server):
    """Connection options for the test server, the corpus loaded."""
    load_corpus(neo4j_server)
    return ["--uri", neo4j_server.uri, "--user", neo4j_server.user, "--password", neo4j_server.password,
            "--database", neo4j_server.database]


@pytest.mark.neo4j
def test_table_json_and_csv(server):
    query = "MATCH (f:Field) RETURN f.name AS name, size(f.aliases) AS aliases ORDER BY name LIMIT 5"
    table = policykg("cypher", query, *server)
    assert_clean(table)
    assert table.code == 0 and table.out.splitlines()[0].split() == ["name", "aliases"]
    assert table.out.rstrip().endswith("(5 rows)")
    rows = json.loads(policykg("cypher", query, "--format", "json", *server).out)
    assert len(rows) == 5 and set(rows[0]) == {"name", "aliases"} and isinstance(rows[0]["aliases"], int)
    assert [r["name"] for r in rows] == sorted(r["name"] for r in rows)
    parsed = list(csv.DictReader(io.StringIO(policykg("cypher", query, "--format", "csv", *server).out)))
    assert [r["name"] for r in parsed] == [r["name"] for r in rows]


@pytest.mark.neo4j
def test_parameters_and_file(server, tmp_path):
    query = tmp_path / "regions.cypher"
    query.write_text("MATCH (r:Region) WHERE $name IN r.name_keys RETURN r.name AS name, r LIMIT $n\n",
                     encoding="utf-8")
    run = policykg("cypher", "-f", query, "--param", "name=上海", "-p", "n=1", "--format", "json", *server)
    assert_clean(run)
    (row,) = json.loads(run.out)
    assert row["name"] == "上海市" and row["r"]["labels"] == ["Region"]
    assert row["r"]["properties"]["adcode"] == "310000000000"
    table = policykg("cypher", "-f", query, "-p", "name=上海", "-p", "n=1", *server)
    assert "(:Region 上海市)" in table.out


@pytest.mark.neo4j
def test_a_cypher_error_is_one_line_with_its_position(server):
    run = policykg("cypher", "MATCH (f:Field)\nRETRN f.name", *server)
    assert_clean(run)
    assert run.code == 2 and len(run.err_lines) == 1, run.err
    assert "Invalid input 'RETRN'" in run.err and "(line 2, column 1)" in run.err and "SyntaxError" in run.err
    run = policykg("cypher", "RETURN 1/0", *server)
    assert run.code == 2 and run.err_lines == ["policykg: error: Cypher: / by zero [Statement.ArithmeticError]"]


@pytest.mark.neo4j
def test_read_only_unless_write(server):
    run = policykg("cypher", "CREATE (:Scratch {name: $n})", "-p", "n=临时", *server)
    assert_clean(run)
    assert run.code == 2 and "--write" in run.err and len(run.err_lines) == 1
    assert policykg("cypher", "MATCH (s:Scratch) RETURN count(s) AS n", "--format", "json", *server).out.count(
        '"n": 0') == 1
    made = policykg("cypher", "CREATE (:Scratch {name: $n})", "-p", "n=临时", "--write", *server)
    assert made.code == 0 and "1 nodes created" in made.err
    gone = policykg("cypher", "MATCH (s:Scratch) DELETE s RETURN count(*) AS n", "--write", "--format", "json", *server)
    assert json.loads(gone.out) == [{"n": 1}]
