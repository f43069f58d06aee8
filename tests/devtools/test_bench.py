"""``policykg bench``: plumbing, result keys, the build subprocess body and the loaders (no timing asserts)."""

from __future__ import annotations

import dataclasses
import json

import pytest

from policykg.cli.app import main
from policykg.devtools import bench, bench_run, bench_stores


@pytest.fixture
def tiny(tmp_path):
    return dataclasses.replace(bench.QUICK, sizes=(2, 3), jobs_size=2, extract_docs=3, recall_docs=3, neo4j_size=2,
                               naive_docs=1, query_sizes=(3,), work_dir=tmp_path)


def test_corpus_links_the_first_n_documents(tiny):
    folder = bench.corpus(tiny, 3)
    assert sorted(p.name for p in folder.glob("*.txt")) == ["syn-00000.txt", "syn-00001.txt", "syn-00002.txt"]
    assert len(list((folder.parent / "all" / "truth").glob("*.json"))) == 3
    again = bench.corpus(tiny, 2)
    assert (again / "syn-00001.txt").read_bytes() == (folder / "syn-00001.txt").read_bytes()


def test_build_child_reports_steps_memory_and_counts(tiny, tmp_path):
    r = bench.build_child(str(bench.corpus(tiny, 2)), str(tmp_path / "out"), 1, 0)
    assert r["docs"] == 2 and r["edges"] > 0 and r["peak_mb"] > 0
    assert {"extract", "graph", "digests", "rdf", "report"} == set(r["phases"])
    assert (tmp_path / "out" / "graph.trig").is_file()


def _fake_steps(monkeypatch):
    def fake_build(corpus_dir, out_dir, jobs, cfg):
        return {"jobs": jobs, "seconds": 1.0 + jobs, "peak_mb": 10, "phases": {"extract": 1.0}}

    monkeypatch.setattr(bench, "run_build", fake_build)
    monkeypatch.setattr(bench_stores, "bench_neo4j", lambda cfg, progress=None: {"neo4j_rels_per_s": 1})
    monkeypatch.setattr(bench_stores, "bench_queries", lambda cfg, progress=None: {"query_p50_ms_corpus": 1.0})
    monkeypatch.setattr(bench_stores, "bench_viz", lambda cfg, progress=None: {"viz_interactive_s_5000": 1.0})


def test_quick_json_has_every_required_key(monkeypatch, tmp_path, capsys):
    _fake_steps(monkeypatch)
    code = main(["bench", "--quick", "--json", "--sizes", "2,3", "--work", str(tmp_path), "-q"])
    assert code == 0
    result = json.loads(capsys.readouterr().out)
    assert set(bench_run.REQUIRED) <= set(result)
    assert result["extract_chars_per_s"] > 0 and result["build_s_2"] == 3.0
    assert result["build_jobs1_2"]["jobs"] == 1 and result["build_jobs_speedup"] == round(2 / 3, 2)
    assert set(result["targets"]) == set(bench.TARGETS)
    assert result["recall"]["fields"]["truth"] > 0
    assert result["machine"]["nproc"] >= 1 and result["config"]["sizes"] == [2, 3]


def test_table_output(monkeypatch, tmp_path, capsys):
    _fake_steps(monkeypatch)
    assert main(["bench", "--sizes", "2", "--only", "build,viz", "--work", str(tmp_path), "-q"]) == 0
    out = capsys.readouterr().out
    assert "viz_interactive_s_5000" in out and "build_s_2" in out
    assert out.count("viz_interactive_s_5000") == 1  # a target's row is not repeated among the measures


def test_unknown_step_is_a_one_line_error(tmp_path, capsys):
    assert main(["bench", "--only", "extract,nope", "--work", str(tmp_path), "-q"]) == 2
    err = capsys.readouterr().err
    assert "unknown benchmark step" in err and "Traceback" not in err


def test_bench_corpus_command(tmp_path):
    assert main(["bench", "corpus", "--n", "2", "-o", str(tmp_path / "c"), "-q"]) == 0
    assert len(list((tmp_path / "c").glob("*.txt"))) == 2
    assert len(list((tmp_path / "c" / "truth").glob("*.json"))) == 2


#: a stand-in query child: loads, answers "a", hangs on "slow" (unless skipped), then answers "b"
FAKE_CHILD = """
import json, sys, time
skip = sys.argv[1].split(",")
print(json.dumps({"load_s": 0.5}), flush=True)
for name in ("a", "slow", "b"):
    if name in skip:
        continue
    print(json.dumps({"start": name}), flush=True)
    if name == "slow":
        time.sleep(30)
    print(json.dumps({"query": name, "ms": [1.0, 3.0], "rows": 2, "error": None}), flush=True)
"""


def test_run_queries_stops_a_slow_question_and_goes_on(monkeypatch, tmp_path):
    import sys

    monkeypatch.setattr(bench_stores, "child_command",
                        lambda graph_dir, engine, repeat, cap, skip, params="": [sys.executable, "-c", FAKE_CHILD,
                                                                             ",".join(skip)])
    r = bench_stores.run_queries(tmp_path, "rdflib", 2, load_timeout=20, query_timeout=1)
    assert r["timed_out"] == {"slow": "> 1 s"} and r["error"] is None
    assert sorted(r["median_ms"]) == ["a", "b"] and r["load_s"] == 0.5 and r["queries"] == 3
    assert r["p50_ms"] == 3.0 and r["p95_ms"] == 1000.0


def test_check_targets_handles_missing_values():
    t = bench_run.check_targets({"viz_interactive_s_5000": 3.5, "query_p50_ms_10000": 4})
    assert t["viz_interactive_s_5000"]["ok"] is False and t["query_p50_ms_10000"]["ok"] is True
    assert t["neo4j_rels_per_s"]["ok"] is None


@pytest.mark.neo4j
def test_naive_and_project_loaders_write_the_same_graph(neo4j_driver, neo4j_server, tiny):
    from policykg.loaders import extract
    from policykg.neo4j.writer import counts
    from policykg.resolve.builder import build_graph

    graph = build_graph(extract(p) for p in sorted(bench.corpus(tiny, 2).glob("*.txt")))
    db = neo4j_server.database
    assert bench_stores.naive_load(neo4j_driver, graph, db) == graph.number_of_edges()
    naive = counts(neo4j_driver, db)
    bench_stores.wipe(neo4j_driver, db)
    bench_stores.project_loader()(graph, neo4j_driver, db)
    assert counts(neo4j_driver, db) == naive
    assert naive["edges"] == graph.number_of_edges()
