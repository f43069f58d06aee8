"""PolicyGraph ↔ Neo4j: rows and statements (fast), loader, reader, CSV export (``-m neo4j``)."""

from __future__ import annotations

import copy
import functools
import http.server
import threading

import pytest
from click.testing import CliRunner
from neo4j_fixture import wipe
from rdflib import Graph
from rdflib.compare import isomorphic

from policykg.cli.neo4j_data import export as export_command
from policykg.cli.neo4j_data import export_csv, export_rdf
from policykg.cli.neo4j_data import load as load_command
from policykg.errors import PolicyKGError, ServerError
from policykg.model import NODE_TYPES, Edge, Evidence, PolicyGraph
from policykg.model import terms as rdf
from policykg.neo4j import csv as neo4j_csv
from policykg.neo4j import reader as neo4j_reader
from policykg.neo4j import rows as neo4j_rows
from policykg.neo4j import statements as neo4j_statements
from policykg.neo4j import writer as neo4j_writer
from policykg.neo4j.connection import Settings
from policykg.rdf import files as rdf_files
from policykg.resolve.builder import build_graph

INJECTION = "'}) DETACH DELETE n //"
SCRIPT = "<script>alert('x')</script>"


@pytest.fixture(scope="module")
def corpus(built_corpus):
    """The bundled corpus built once: ``(BuildResult, out_dir)``."""
    return built_corpus


@pytest.fixture
def empty_db(neo4j_driver, neo4j_server) -> str:
    """The test database, emptied: its name."""
    wipe(neo4j_driver, neo4j_server.database)
    return neo4j_server.database


def small_graph(name: str = "上海市") -> PolicyGraph:
    """Two documents, a shared field and a region, with evidence."""
    g = PolicyGraph()
    for doc in ("a", "b"):
        d = g.add_node("Document", doc, label=f"文件{doc}", props={"doc_type": "行动方案", "chars": 10})
        r = g.add_node("Region", name, label=name, aliases=["上海"], props={"level": "province"})
        f = g.add_node("Field", "脑机接口", label="脑机接口", evidence=[Evidence(doc, 1, 5, "脑机接口", "二、", "r")])
        ev = [Evidence(doc, 1, 5, "脑机接口", "二、", "field")]
        g.add_edge(d.id, "COVERS_REGION", r.id, evidence=[Evidence(doc, 0, 0, "")])
        g.add_edge(d.id, "HAS_FIELD", f.id, props={"tier": "发展壮大"}, evidence=ev)
    t = g.add_node("Target", "上海市/2030/产值", label="产值", props={"year": 2030, "value": 5000, "unit": "亿元"})
    g.add_edge("Document/a", "SETS_TARGET", t.id, evidence=[Evidence("a", 9, 20, "到2030年…")])
    return g


# -- fast: rows, statements, CSV ---------------------------------------------------------------

def test_labels_and_types_come_only_from_the_closed_lists():
    assert neo4j_rows.label("Measure") == "`Measure`"
    for bad in ("Field`) DETACH DELETE (n", "field", "Foo", "HAS_FIELD]->() DELETE"):
        with pytest.raises(ValueError):
            neo4j_rows.label(bad)
    g = small_graph()
    bad = "X`]->() DETACH DELETE"
    with pytest.raises(ValueError, match="unknown edge type"):
        g.add_edge("Document/a", bad, "Document/b")
    g.edges[("Document/a", bad, "Document/b")] = Edge("Document/a", bad, "Document/b")  # past the model's check
    with pytest.raises(ValueError, match="relationship types"):
        neo4j_rows.edge_rows(g)


def test_statements_carry_no_values():
    for statement in [neo4j_statements.node_statement(t) for t in NODE_TYPES] + [
            neo4j_statements.edge_statement("HAS_FIELD", "Document", "Field"), neo4j_statements.RETRACT_NODES,
            neo4j_statements.RETRACT_RELS, neo4j_statements.DELETE_NODES, neo4j_statements.CONCEPT_STATEMENT]:
        assert "$rows" in statement or "$docs" in statement or "DELETE" in statement
        assert "'" not in statement and '"' not in statement
    assert all("REQUIRE n.uri IS UNIQUE" in s for s in neo4j_statements.constraint_statements())
    assert len(neo4j_statements.constraint_statements()) == len(NODE_TYPES) + 1


def test_node_and_edge_rows():
    g = small_graph()
    nodes = neo4j_rows.node_rows(g)
    region = nodes["Region"][0]
    assert region["uri"] == str(rdf.iri("Region/上海市"))
    assert region["props"]["name"] == "上海市" and region["props"]["aliases"] == ["上海"]
    assert {"上海", "上海市"} <= set(region["props"]["name_keys"])
    target = nodes["Target"][0]["props"]
    assert target["year"] == 2030 and target["value"] == 5000 and isinstance(target["value"], int)
    doc = nodes["Document"][0]
    assert doc["documents"] == ["a"] and doc["props"]["key"] == "a"
    field = nodes["Field"][0]
    assert field["documents"] == ["a", "b"] and list(field["ev_docs"]) == ["a", "b"]
    assert len({len(field[p]) for p in neo4j_rows.EVIDENCE_LISTS.values()}) == 1
    edges = neo4j_rows.edge_rows(g)
    (has_field,) = [r for r in edges[("HAS_FIELD", "Document", "Field")] if r["source"].endswith("/a")]
    assert has_field["props"] == {"tier": "发展壮大"} and list(has_field["ev_quotes"]) == ["脑机接口"]
    g.add_node("Region", "全国", label="全国")
    g.add_edge("Region/上海市", "PART_OF", "Region/全国")
    (derived,) = neo4j_rows.edge_rows(g)[("PART_OF", "Region", "Region")]
    assert derived["props"] == {"derived": True} and derived["documents"] == []


def test_reserved_property_names_are_refused():
    g = small_graph()
    g.nodes["Target/上海市/2030/产值"].props["uri"] = "x"
    with pytest.raises(ValueError, match="reserved"):
        neo4j_rows.node_rows(g)


def test_mixed_number_lists_become_floats_and_empty_values_are_left_out():
    g = PolicyGraph()
    g.add_node("Measure", "a/一", label="措施", props={"amounts_wan_yuan": [100, 50.5], "cap_ratio": None,
                                                     "section": ""})
    props = neo4j_rows.node_rows(g)["Measure"][0]["props"]
    assert props["amounts_wan_yuan"] == [100.0, 50.5] and "cap_ratio" not in props and "section" not in props


def test_vocabulary_rows():
    concepts = neo4j_rows.concept_rows()
    assert len(concepts) > 50 and all(c["uri"].startswith("https://w3id.org/policykg/field/") for c in concepts)
    bci = next(c for c in concepts if c["name"] == "脑机接口")
    assert bci["name_en"] and bci["alt_labels"]
    rels = neo4j_rows.concept_rel_rows()
    assert set(rels) == {"SKOS_BROADER", "SKOS_RELATED"} and rels["SKOS_BROADER"]


def test_settings_hide_the_password():
    s = Settings("neo4j+s://user:pw@db.example.org:7687", "neo4j", "s3cret-pass", "graphs")
    assert s.where == "neo4j+s://db.example.org:7687"
    assert "s3cret-pass" not in repr(s)


def test_unreachable_server_is_one_line_without_password():
    s = Settings("bolt://127.0.0.1:1", "neo4j", "s3cret-pass")
    with pytest.raises(ServerError) as exc:
        neo4j_writer.load(small_graph(), s)
    text = str(exc.value)
    assert "bolt://127.0.0.1:1" in text and "\n" not in text and "s3cret-pass" not in text
    with pytest.raises(PolicyKGError, match="bad Neo4j URI"):
        neo4j_writer.load(small_graph(), Settings("ftp://x"))


def test_load_command_reports_unreachable_server_as_error():
    result = CliRunner().invoke(load_command, ["--uri", "bolt://127.0.0.1:1", "--password", "s3cret-pass"])
    assert isinstance(result.exception, ServerError)
    assert "s3cret-pass" not in result.output + str(result.exception)


def test_csv_files_and_headers(tmp_path):
    g = small_graph()
    g.add_node("Measure", "a/一", label="措施", props={"amounts_wan_yuan": [100, 200], "cap_ratio": 0.3})
    files = neo4j_csv.write_csv(g, tmp_path)
    assert {"load.cypher", "README.txt", "nodes_Field.csv", "nodes_Concept.csv",
            "rels_HAS_FIELD_Document_Field.csv"} <= set(files)
    target = (tmp_path / "nodes_Target.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert target[0] == "uri:ID(Target)" and target[-1] == ":LABEL"
    assert {"year:long", "value:long", "aliases:string[]"} <= set(target)
    assert not any(c.startswith("ev_") for c in target)  # no evidence of a document: no ev_* lists at all
    field = (tmp_path / "nodes_Field.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert {"ev_starts:long[]", "ev_ends:long[]", "ev_docs:string[]"} <= set(field)
    measure = (tmp_path / "nodes_Measure.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert {"amounts_wan_yuan:long[]", "cap_ratio:double"} <= set(measure)
    rel = (tmp_path / "rels_HAS_FIELD_Document_Field.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert rel[:3] == [":START_ID(Document)", ":END_ID(Field)", ":TYPE"] and "documents:string[]" in rel
    script = (tmp_path / "load.cypher").read_text(encoding="utf-8")
    assert script.count("LOAD CSV WITH HEADERS") == sum(1 for f in files if f.endswith(".csv"))
    assert len(neo4j_csv.statements(script)) == len(neo4j_statements.constraint_statements()) + script.count("LOAD CSV")


def test_csv_refuses_the_array_delimiter(tmp_path):
    g = small_graph(name="上海\x1f市")
    with pytest.raises(PolicyKGError, match="U\\+001F"):
        neo4j_csv.write_csv(g, tmp_path)


def test_csv_export_function(corpus, tmp_path):
    _, out = corpus
    written = export_csv(out, "neo4j-csv", tmp_path / "csv")
    assert (written / "load.cypher").is_file() and (written / "nodes_Document.csv").is_file()
    with pytest.raises(PolicyKGError, match="folder"):
        export_csv(out, "neo4j-csv", "-")


# -- live server -----------------------------------------------------------------------------

def settings_of(target, uri: str | None = None) -> Settings:
    return Settings(uri or target.uri, target.user, target.password, target.database)


def snapshot(driver, database: str) -> tuple[dict, dict]:
    """Every node and relationship with its properties; lists compared as sorted (evidence zipped)."""
    def norm(props: dict) -> dict:
        ev = sorted(zip(*(props.get(p, []) for p in neo4j_rows.EVIDENCE_LISTS.values()), strict=True))
        out = {k: tuple(sorted(v, key=str)) if isinstance(v, list) else v for k, v in props.items()
               if k not in neo4j_rows.EVIDENCE_LISTS.values()}
        return {**out, "evidence": tuple(ev)}

    nodes = {(tuple(sorted(r["labels"])), r["p"]["uri"]): norm(r["p"]) for r in driver.execute_query(
        "MATCH (n) RETURN labels(n) AS labels, properties(n) AS p", database_=database).records}
    rels = {(r["t"], r["a"], r["b"]): norm(r["p"]) for r in driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN type(r) AS t, a.uri AS a, b.uri AS b, properties(r) AS p",
        database_=database).records}
    return nodes, rels


def model_counts(graph: PolicyGraph) -> dict[str, int]:
    return {**graph.counts(), "Concept": len(neo4j_rows.concept_rows())}


@pytest.mark.neo4j
def test_corpus_load_counts_and_idempotence(neo4j_driver, neo4j_server, corpus):
    result, _ = corpus
    db = neo4j_server.database
    first = neo4j_writer.load_graph(neo4j_driver, result.graph, db)
    assert first.counts == model_counts(result.graph)
    assert first.nodes == len(result.graph) and first.relationships == result.graph.number_of_edges()
    before = snapshot(neo4j_driver, db)
    second = neo4j_writer.load_graph(neo4j_driver, result.graph, db, batch_size=50)
    assert second.counts == first.counts and second.deleted == {"relationships": 0, "nodes": 0}
    assert snapshot(neo4j_driver, db) == before
    constraints = neo4j_driver.execute_query("SHOW CONSTRAINTS YIELD labelsOrTypes, properties",
                                             database_=db).records
    assert {(r["labelsOrTypes"][0], r["properties"][0]) for r in constraints} >= {(t, "uri") for t in NODE_TYPES}


@pytest.mark.neo4j
def test_adding_a_document_to_a_loaded_corpus_equals_loading_all(neo4j_driver, empty_db, corpus):
    """Loading the corpus after the corpus without one document retracts and merges what the
    database has and creates the new document's nodes: the database ends as one fresh load."""
    result, _ = corpus
    db = empty_db
    stems = sorted(result.digests)
    for n in (len(stems) - 1, len(stems)):
        neo4j_writer.load_graph(neo4j_driver, build_graph(result.digests[s] for s in stems[:n]), db)
    step_by_step = snapshot(neo4j_driver, db)
    wipe(neo4j_driver, db)
    neo4j_writer.load_graph(neo4j_driver, result.graph, db)
    assert snapshot(neo4j_driver, db) == step_by_step


@pytest.mark.neo4j
def test_load_reports_rows_as_they_commit_and_times_its_steps(neo4j_driver, empty_db, corpus):
    result, _ = corpus
    db = empty_db
    seen = []
    stats = neo4j_writer.load_graph(neo4j_driver, result.graph, db, batch_size=100,
                                    steps=lambda label, done, total: seen.append((label, done, total)))
    rels = result.graph.number_of_edges()
    assert ("writing nodes", stats.nodes, stats.nodes) in seen and ("writing relationships", rels, rels) in seen
    counts = [done for label, done, _ in seen if label == "writing relationships"]
    assert counts == sorted(counts) and len(counts) > 2  # one tick per committed transaction
    assert {"node rows", "nodes", "relationship rows", "relationships"} <= set(stats.phases)


def test_fresh_rows_are_created_and_known_rows_merged():
    g = small_graph()
    nodes, edges = neo4j_rows.node_rows(g), neo4j_rows.edge_rows(g)
    assert all(st.startswith("UNWIND $rows AS row CREATE") for st, _ in neo4j_writer.split_nodes(nodes, set()))
    assert all(" CREATE (a)-" in st for st, _ in neo4j_writer.split_edges(edges, set()))
    everything = {r["uri"] for rows in nodes.values() for r in rows}
    assert all(" MERGE (x:" in st for st, _ in neo4j_writer.split_nodes(nodes, everything))
    assert all(" MERGE (a)-" in st for st, _ in neo4j_writer.split_edges(edges, everything))
    field = next(r["uri"] for r in nodes["Field"])
    mixed = neo4j_writer.split_edges(edges, everything - {field})
    merged = [r for st, rows in mixed if " MERGE (a)-" in st for r in rows]
    assert merged and all(field not in (r["source"], r["target"]) for r in merged)


@pytest.mark.neo4j
def test_changed_document_replaces_its_facts_without_orphans(neo4j_driver, neo4j_server, corpus):
    result, _ = corpus
    db = neo4j_server.database
    stem = "shanghai-2025-frontier-measures"
    changed = copy.deepcopy(result.digests)
    dropped = [s["name"] if isinstance(s, dict) else s for s in changed[stem]["scenarios"]]
    changed[stem]["scenarios"] = []
    changed[stem]["fields"] = changed[stem]["fields"][:-1]
    changed[stem]["measures"][0]["name"] = "改写后的措施"
    graph2 = build_graph(changed.values())
    neo4j_writer.load_graph(neo4j_driver, result.graph, db)
    stats = neo4j_writer.load_graph(neo4j_driver, graph2, db)
    assert stats.deleted["relationships"] > 0 and stats.counts == model_counts(graph2)
    incremental = snapshot(neo4j_driver, db)
    wipe(neo4j_driver, db)
    neo4j_writer.load_graph(neo4j_driver, graph2, db)
    assert snapshot(neo4j_driver, db) == incremental
    orphans = neo4j_driver.execute_query(
        "MATCH (n) WHERE NOT n:Concept AND n.documents = [] AND NOT (n)--() RETURN count(n) AS n", database_=db)
    assert orphans.records[0]["n"] == 0
    names = {r["n"] for r in neo4j_driver.execute_query("MATCH (s:Scenario) RETURN s.name AS n", database_=db).records}
    assert not {d for d in dropped if not graph2.find(d, "Scenario")} & names


@pytest.mark.neo4j
def test_injection_round_trips_as_data(neo4j_driver, neo4j_server):
    db = neo4j_server.database
    g = small_graph(name=INJECTION)
    g.add_node("Organization", SCRIPT, label=SCRIPT, aliases=['`backtick`', 'a"b\\c'], props={"kind": INJECTION})
    g.add_edge("Document/a", "MENTIONS_ORGANIZATION", f"Organization/{SCRIPT}",
               evidence=[Evidence("a", 3, 4, f"{SCRIPT} {INJECTION}", "$rows", "x'y")])
    neo4j_writer.load_graph(neo4j_driver, g, db)
    back = neo4j_reader.read_graph(neo4j_driver, db)
    assert back.counts() == g.counts()
    assert back.nodes[f"Region/{INJECTION}"].label == INJECTION
    org = back.nodes[f"Organization/{SCRIPT}"]
    assert org.label == SCRIPT and org.aliases == {'`backtick`', 'a"b\\c'} and org.props["kind"] == INJECTION
    (edge,) = back.out_edges("Document/a", "MENTIONS_ORGANIZATION")
    assert edge.evidence[0].quote == f"{SCRIPT} {INJECTION}" and edge.evidence[0].rule == "x'y"
    assert isomorphic(rdf_files.union_graph(rdf_files.to_dataset(g)), rdf_files.union_graph(rdf_files.to_dataset(back)))


@pytest.mark.neo4j
def test_routing_uri_and_errors(neo4j_driver, neo4j_server):
    routing = neo4j_server.uri.replace("bolt://", "neo4j://")
    stats = neo4j_writer.load(small_graph(), settings_of(neo4j_server, routing))
    assert stats.counts["Document"] == 2
    assert neo4j_reader.read(settings_of(neo4j_server, routing)).counts() == small_graph().counts()
    if neo4j_server.password:
        wrong = Settings(neo4j_server.uri, neo4j_server.user, "wrong-password-123", neo4j_server.database)
        with pytest.raises(ServerError, match="check --user/--password") as exc:
            neo4j_writer.load(small_graph(), wrong)
        assert "wrong-password-123" not in str(exc.value) and neo4j_server.uri in str(exc.value)
    missing = Settings(neo4j_server.uri, neo4j_server.user, neo4j_server.password, "no-such-db")
    with pytest.raises(ServerError, match="no database 'no-such-db'"):
        neo4j_writer.load(small_graph(), missing)


@pytest.mark.neo4j
def test_export_is_isomorphic_to_the_built_graph(neo4j_driver, neo4j_server, corpus, tmp_path):
    result, out = corpus
    neo4j_writer.load_graph(neo4j_driver, result.graph, neo4j_server.database)
    back = neo4j_reader.read_graph(neo4j_driver, neo4j_server.database)
    assert back.counts() == result.graph.counts()
    path = export_rdf(tmp_path / "back.ttl", settings_of(neo4j_server))
    exported = Graph().parse(path, format="turtle")
    built = Graph().parse(out / "graph.ttl", format="turtle")
    assert isomorphic(exported, built)


@pytest.mark.neo4j
def test_load_and_export_commands(neo4j_driver, neo4j_server, corpus, tmp_path):
    _, out = corpus
    conn = ["--uri", neo4j_server.uri, "--user", neo4j_server.user, "--database", neo4j_server.database]
    conn += ["--password", neo4j_server.password] if neo4j_server.password else []
    loaded = CliRunner().invoke(load_command, [str(out), *conn, "-q"])
    assert loaded.exit_code == 0, loaded.output
    assert "rows/s" in loaded.output and (neo4j_server.password or "\0") not in loaded.output
    exported = CliRunner().invoke(export_command, ["-o", str(tmp_path / "g.nt"), *conn])
    assert exported.exit_code == 0, exported.output
    assert isomorphic(Graph().parse(tmp_path / "g.nt", format="nt"), Graph().parse(out / "graph.nt", format="nt"))


@pytest.mark.neo4j
def test_load_cypher_script_on_an_empty_database(neo4j_driver, neo4j_server, corpus, tmp_path):
    result, _ = corpus
    db = neo4j_server.database
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        neo4j_csv.write_csv(result.graph, tmp_path, url_base=f"http://127.0.0.1:{server.server_port}/")
        script = (tmp_path / "load.cypher").read_text(encoding="utf-8")
        with neo4j_driver.session(database=db, notifications_min_severity="OFF") as session:
            for statement in neo4j_csv.statements(script):
                session.run(statement).consume()
    finally:
        server.shutdown()
    assert neo4j_writer.counts(neo4j_driver, db) == model_counts(result.graph)
    from_csv = snapshot(neo4j_driver, db)
    neo4j_writer.load_graph(neo4j_driver, result.graph, db)
    assert snapshot(neo4j_driver, db) == from_csv


@pytest.mark.neo4j
def test_prune_removes_documents_the_source_no_longer_has(neo4j_driver, neo4j_server, corpus):
    result, _ = corpus
    db = neo4j_server.database
    smaller = build_graph(d for stem, d in result.digests.items() if stem != "shanghai-2022-action-plan-news")
    neo4j_writer.load_graph(neo4j_driver, result.graph, db)
    assert neo4j_writer.load_graph(neo4j_driver, smaller, db).counts["Document"] == len(result.digests)
    pruned = neo4j_writer.load_graph(neo4j_driver, smaller, db, prune=True)
    assert pruned.counts == model_counts(smaller)
    after = snapshot(neo4j_driver, db)
    wipe(neo4j_driver, db)
    neo4j_writer.load_graph(neo4j_driver, smaller, db)
    assert snapshot(neo4j_driver, db) == after
