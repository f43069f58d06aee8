"""The persistent store (policykg.rdf.store), ad-hoc SPARQL (policykg.rdf.sparql) and the endpoint
(policykg.rdf.server) with a real SPARQL client (SPARQLWrapper)."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_run import assert_clean, policykg
from SPARQLWrapper import JSON, POST, SPARQLWrapper

from policykg import queries, query
from policykg.errors import PolicyKGError
from policykg.pipeline.build import build_corpus
from policykg.rdf import server as sparql_server
from policykg.rdf import store
from policykg.rdf.sparql import EndpointEngine, endpoint_text, results_answer, sparql, substitute

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
#: Parameters that need escaping: quotes, braces, a comment, a newline, backslashes.
EVIL = '上海" } } SELECT * WHERE { ?s ?p ?o } #\n\\"'


def canon(rows: list[dict]) -> list[str]:
    return sorted(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in rows)


@pytest.fixture(scope="module")
def build(tmp_path_factory) -> Path:
    """The bundled corpus, built once for this module."""
    out = tmp_path_factory.mktemp("corpus-build")
    build_corpus(None, out)
    return out


@pytest.fixture(scope="module")
def endpoint(build):
    """The project's own endpoint over ``build`` (any free port), stopped afterwards."""
    with sparql_server.start(build, port=0) as ep:
        yield ep


def _copy_build(build: Path, dest: Path) -> Path:
    dest.mkdir()
    for name in ("graph.nt", "graph.trig"):
        (dest / name).write_bytes((build / name).read_bytes())
    return dest


def _union_size(build: Path) -> int:
    return sum(1 for line in (build / "graph.nt").read_text(encoding="utf-8").splitlines() if line.strip())


# -- the persistent store -------------------------------------------------------------------
def test_store_is_built_once_keyed_by_content_and_opened_read_only(build, tmp_path):
    g = _copy_build(build, tmp_path / "g")
    folder = store.ensure_store(g)
    assert folder.parent == g / store.STORE_FOLDER and store.is_complete(folder)
    assert folder.name == store.content_key(store.sources(g))
    assert store.ensure_store(g) == folder and store.find_store(g) == folder
    opened = store.open_store(folder)
    with pytest.raises((OSError, RuntimeError), match="read-write|read-only"):
        opened.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    # the default graph is the union (graph.nt), the documents keep their named graphs
    assert sparql(COUNT, g).rows == [{"n": _union_size(build)}]
    graphs = sparql("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", g).rows
    assert {"g": "https://w3id.org/policykg/id/graph/document/shanghai-2022-action-plan"} in graphs


def test_a_rebuild_never_serves_the_old_store(build, tmp_path):
    g = _copy_build(build, tmp_path / "g")
    old = store.ensure_store(g)
    before = query.run("documents-of-region", {"region": "上海"}, g)
    lines = (g / "graph.nt").read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [ln for ln in lines if "shanghai-2022-action-plan>" not in ln.split(" ", 1)[0]]
    tmp = g / "graph.nt.new"
    tmp.write_text("".join(kept), encoding="utf-8")
    os.replace(tmp, g / "graph.nt")  # as a rebuild writes it
    after = query.run("documents-of-region", {"region": "上海"}, g)
    new = store.find_store(g)
    assert new is not None and new != old and not old.exists()
    assert len(after) < len(before)
    assert sparql(COUNT, g).rows == [{"n": len(kept)}]


def test_a_killed_store_build_is_rebuilt_on_the_next_query(build, tmp_path):
    """A store build killed with SIGKILL half way leaves a half store; the next query rebuilds it."""
    g = _copy_build(build, tmp_path / "g")
    child = (
        "import sys, time, pyoxigraph as ox\n"
        "from pathlib import Path\n"
        "from policykg.rdf import store\n"
        "def half(files, db):\n"
        "    s = ox.Store(str(db))\n"
        "    s.bulk_load(path=str(files[0]), format=ox.RdfFormat.N_TRIPLES)\n"
        "    s.flush()\n"
        "    print('half', flush=True)\n"
        "    time.sleep(600)\n"
        "store._load_pyoxigraph = half\n"
        "store.ensure_store(Path(sys.argv[1]))\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", child, str(g)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "half"
    finally:
        proc.kill()
        proc.wait()
    root = g / store.STORE_FOLDER
    leftovers = list(root.glob(".building-*"))
    assert leftovers and store.find_store(g) is None  # a half store is there, and not trusted
    rows = query.run("documents-of-region", {"region": "上海"}, g)
    assert rows == query.run("documents-of-region", {"region": "上海"}, build)
    assert sparql(COUNT, g).rows == [{"n": _union_size(build)}]
    assert not any(p.exists() for p in leftovers)


def test_a_store_folder_without_its_marker_is_not_trusted(build, tmp_path):
    g = _copy_build(build, tmp_path / "g")
    folder = store.ensure_store(g)
    query.get_engine("oxigraph").clear()
    (folder / store.MARKER).unlink()  # e.g. copied or renamed in by something other than a finished build
    assert store.find_store(g) is None
    assert sparql(COUNT, g).rows == [{"n": _union_size(build)}]
    assert store.is_complete(folder)


def test_query_command_builds_the_store_once_then_reads_it(build, tmp_path):
    g = _copy_build(build, tmp_path / "g")
    first = policykg("query", "documents-of-region", "region=上海", "--graph", g, "--format", "json")
    assert_clean(first)
    assert first.code == 0 and "building the SPARQL store" in first.err and store.find_store(g) is not None
    again = policykg("query", "documents-of-region", "region=上海", "--graph", g, "--format", "json")
    assert again.code == 0 and again.err == "" and json.loads(again.out) == json.loads(first.out)


# -- policykg sparql -------------------------------------------------------------------------
def test_sparql_command_formats_and_files(build, tmp_path):
    q = 'SELECT ?id WHERE { ?d a pkg:Document ; pkg:identifier ?id } ORDER BY ?id LIMIT 2'
    run = policykg("sparql", q, "--graph", build, "--format", "csv")
    assert_clean(run)
    assert run.code == 0 and run.out.splitlines() == ["id", "chongqing-2024-action-plan", "shanghai-2022-action-plan"]
    f = tmp_path / "q.rq"
    f.write_text(q, encoding="utf-8")
    run = policykg("sparql", "-f", f, "--graph", build, "--format", "json")
    assert run.code == 0 and json.loads(run.out)[0] == {"id": "chongqing-2024-action-plan"}
    run = policykg("sparql", "ASK { ?s pkg:nameKey \"上海\" }", "--graph", build)
    assert run.code == 0 and "yes" in run.out


@pytest.mark.parametrize(("text", "message"), [
    ("SELECT ?x WHERE { ?x ?p }", "SPARQL syntax error at line 1, column 26"),
    ("PREFIX ex: <urn:x#>\nSELECT * WHERE {\n  ?s ex:p ?o .\n  FILTER (?o > ) }", "at line 4, column"),
    ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "read-only: SPARQL updates (INSERT"),
    ("# a comment\nPREFIX : <urn:x#> DELETE WHERE { ?s ?p ?o }", "read-only: SPARQL updates (DELETE"),
    ("   ", "give a SPARQL query"),
])
def test_sparql_errors_are_one_line_exit_2(build, text, message):
    run = policykg("sparql", text, "--graph", build)
    assert_clean(run)
    assert run.code == 2 and len(run.err_lines) == 1 and message in run.err, run.err


def test_sparql_bad_graph_and_file(tmp_path):
    for args, message in ((["--graph", tmp_path], "no RDF graph"), (["-f", tmp_path / "none.rq"], "no such query file")):
        run = policykg("sparql", *(["SELECT * {}"] if "-f" not in args else []), *args)
        assert_clean(run)
        assert run.code == 2 and len(run.err_lines) == 1 and message in run.err


# -- the endpoint and a real client -----------------------------------------------------------
class WrapperEngine:
    """Catalogue questions through SPARQLWrapper (a real SPARQL 1.1 Protocol client); parameters
    bound by :func:`policykg.rdf.sparql.endpoint_text` (escaped terms, as pyoxigraph binds them in process)."""

    suffix = ".rq"
    uses_graph_dir = False

    def __init__(self, url: str):
        self.url = url

    def select(self, graph_dir, text, params):
        client = SPARQLWrapper(self.url)
        client.setMethod(POST)
        client.setReturnFormat(JSON)
        client.setQuery(endpoint_text(text, params))
        return results_answer(client.query().convert()).rows


@pytest.mark.parametrize("name", queries.names())
def test_real_client_gets_the_in_process_rows(build, endpoint, name):
    q = queries.question(name)
    local = query.run(name, q.example, build)
    remote = query.run(name, q.example, engine=WrapperEngine(endpoint.query_url))
    assert canon(remote) == canon(local)
    if any(q.param_names):
        assert local or name in ("documents-about",), "the example should find something in the corpus"


def test_values_are_escaped_not_pasted(build, endpoint):
    for name, param in (("clusters-of-city", "city"), ("entity", "name")):
        remote = query.run(name, {param: EVIL}, engine=WrapperEngine(endpoint.query_url))
        assert remote == query.run(name, {param: EVIL}, build) == []


def test_endpoint_is_read_only_and_serves_its_query_page(endpoint):
    import urllib.request

    with urllib.request.urlopen(endpoint.url) as page:
        assert page.status == 200 and b"<html" in page.read().lower()
    client = SPARQLWrapper(endpoint.url + "update")
    client.setMethod(POST)
    client.setQuery("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    with pytest.raises(Exception, match="403|read-only|Forbidden"):
        client.query()


def test_cli_against_the_endpoint(build, endpoint):
    run = policykg("sparql", COUNT, "--endpoint", endpoint.query_url, "--format", "json")
    assert run.code == 0 and json.loads(run.out) == [{"n": _union_size(build)}]
    run = policykg("query", "districts-of-cluster", "cluster=未来健康产业集群", "--endpoint", endpoint.query_url,
                   "--format", "json")
    assert run.code == 0
    assert canon(json.loads(run.out)) == canon(query.run("districts-of-cluster", {"cluster": "未来健康产业集群"}, build))
    run = policykg("sparql", "SELECT * WHERE { ?s ?p }", "--endpoint", endpoint.query_url)
    assert run.code == 2 and "line 1, column" in run.err and len(run.err_lines) == 1
    assert EndpointEngine(endpoint.query_url).select(None, "SELECT ?x WHERE { BIND(1 AS ?x) }", {}) == [{"x": 1}]


def test_unreachable_endpoint_is_one_line():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    run = policykg("sparql", COUNT, "--endpoint", f"http://127.0.0.1:{port}/query")
    assert_clean(run)
    assert run.code == 2 and "cannot reach the SPARQL endpoint" in run.err and len(run.err_lines) == 1


def test_serve_stops_cleanly_on_sigterm_and_says_when_the_port_is_taken(build):
    proc = subprocess.Popen([sys.executable, "-m", "policykg.cli.app", "sparql", "serve", str(build), "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        lines = []
        while not lines or not lines[-1].startswith("stop with"):
            lines.append(proc.stdout.readline())
            assert lines[-1], f"the server stopped: {proc.stderr.read()}"
        url = next(ln.split()[-1] for ln in lines if ln.startswith("query page:"))
        port = int(url.rstrip("/").rsplit(":", 1)[1])
        taken = policykg("sparql", "serve", build, "--port", port)
        assert_clean(taken)
        assert taken.code == 2 and len(taken.err_lines) == 1 and f"port {port}" in taken.err and "--port" in taken.err
        server_pids = _children(proc.pid)
        assert server_pids, "the oxigraph server runs as a child"
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0 and "stopped" in out and "Traceback" not in err
    time.sleep(0.2)
    assert not any(Path(f"/proc/{pid}").exists() for pid in server_pids)


def _children(pid: int) -> list[int]:
    """Process ids whose parent is ``pid`` (from /proc)."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def test_serve_reports_a_missing_build(tmp_path):
    run = policykg("sparql", "serve", tmp_path / "nothing", "--port", "0")
    assert_clean(run)
    assert run.code == 2 and "no RDF graph" in run.err


def test_substitute_binds_like_pyoxigraph():
    text = 'SELECT ?a (COUNT(?x) AS ?n) WHERE { ?x <urn:p> ?a . { SELECT ?a ?y WHERE { ?y <urn:q> ?a } } } GROUP BY ?a ORDER BY ?a'
    out = substitute(text, {"a": 'x"y'})
    assert out.count('"x\\"y"') == 5 and "?a" in out  # projected as (value AS ?a)
    assert substitute("SELECT ?a WHERE { ?s ?p '?a' } # ?a", {"a": 1}).endswith("'?a' } # ?a")
    with pytest.raises(PolicyKGError):
        substitute("SELECT ?a {}", {"a b": 1})
