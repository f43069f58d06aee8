"""Benchmarks of the stores and views (part of ``policykg bench``, see :mod:`policykg.devtools.bench`).

- Neo4j: the project's loader (:mod:`policykg.neo4j.writer`) against a naive
  loader that runs one transaction per node and per relationship
  (:func:`naive_load`), on the same graph, on policykg's own server
  (:func:`policykg.neo4j.server.start`).
- SPARQL: every catalogue question (its example parameters) on pyoxigraph and
  rdflib, each engine in its own subprocess (:func:`query_child`) so a slow
  engine can be stopped at a time limit without losing what it measured.
- HTML views: :func:`policykg.devtools.bench_views.measure` (render time and time to
  interactive in headless Chromium).
"""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from policykg.devtools import bench_sparql
from policykg.devtools.bench import Config, Progress, corpus, median, run_build, work_dir
from policykg.errors import PolicyKGError
from policykg.model import PolicyGraph


# -- Neo4j ---------------------------------------------------------------------------
def project_loader():
    """``load(graph, driver, database)`` of :mod:`policykg.neo4j.writer`, or ``None`` while it is missing."""
    try:
        from policykg.neo4j.writer import load_graph  # imported on use: only this benchmark step needs it
    except ImportError:
        return None
    return lambda graph, driver, database: load_graph(driver, graph, database=database)


def naive_load(driver, graph: PolicyGraph, database: str = "neo4j") -> int:
    """The baseline: the project loader's rows and statements, one transaction per node and per relationship.

    Same schema (uniqueness constraints), same data (graph and vocabulary rows),
    same Cypher as :func:`policykg.neo4j.writer.load_graph` uses on an empty
    database; only batching differs.  Returns the relationships written.
    """
    from policykg.neo4j import writer as w  # imported on use: only this benchmark step needs it
    from policykg.neo4j.rows import edge_rows, node_rows

    with w.writer_session(driver, database) as session:
        w.ensure_schema(session)
        pieces = w.split_nodes(node_rows(graph), set()) + w.split_edges(edge_rows(graph), set())
        pieces += w.reference_pieces()
        for statement, rows in pieces:
            for row in rows:
                session.execute_write(lambda tx, st=statement, r=row: tx.run(st, rows=[r]).consume())
    return graph.number_of_edges()


def wipe(driver, database: str = "neo4j", schema: bool = True) -> None:
    """Delete all nodes (in batches) and, with ``schema``, the constraints and indexes but the token lookups."""
    with driver.session(database=database) as s:
        s.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume()
    if not schema:
        return
    for rec in driver.execute_query("SHOW CONSTRAINTS YIELD name", database_=database).records:
        driver.execute_query(f"DROP CONSTRAINT `{rec['name'].replace('`', '``')}` IF EXISTS", database_=database)
    for rec in driver.execute_query("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'", database_=database).records:
        driver.execute_query(f"DROP INDEX `{rec['name'].replace('`', '``')}` IF EXISTS", database_=database)


def _schema(driver, database: str) -> None:
    from policykg.neo4j.writer import ensure_schema  # imported on use: only this benchmark step needs it

    with driver.session(database=database) as session:
        ensure_schema(session)


def built(cfg: Config, n: int, progress: Progress | None = None) -> Path:
    """The output folder of the ``n``-document build (run when it is missing or failed before)."""
    out = work_dir(cfg) / "builds" / f"n{n}"
    tried = out / "bench-build.json"
    r = json.loads(tried.read_text(encoding="utf-8")) if tried.is_file() else {"error": "not built"}
    if r.get("error") or not (out / "graph.trig").is_file():
        if progress:
            progress(f"build {n} documents", None, None)
        r = run_build(corpus(cfg, n), out, 2, cfg)
    if r.get("error") or not (out / "graph.trig").is_file():
        raise PolicyKGError(f"the {n}-document build failed: {r.get('error')}")
    return out


def _graph_of(cfg: Config, n: int, limit: int | None = None) -> PolicyGraph:
    """The graph of the first ``limit`` digests of the ``n``-document build (built when missing)."""
    from policykg.pipeline.folder import digest_files  # the builder: imported on use
    from policykg.resolve.builder import build_graph

    files = digest_files(built(cfg, n))[:limit]
    return build_graph(json.loads(p.read_text(encoding="utf-8")) for p in files)


def _timed(fn, *args) -> float:
    t = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t


def bench_neo4j(cfg: Config, progress: Progress | None = None) -> dict:
    """Relationships/s of the project's loader (whole graph) and against the naive loader (same subgraph).

    The uniqueness constraints are created once first (timed as ``schema_s``),
    so both loaders are timed on a database that has its schema.  A first,
    untimed load of the subgraph warms the server up (a cold JVM runs the first
    batches several times slower); then the naive loader runs once and the
    project loader ``neo4j_runs`` times on each graph (median, an empty database
    each time).  Last, on the now warm server, the bundled corpus is loaded into
    an empty database (``neo4j_corpus_load_s``) and loaded again over itself
    (``neo4j_corpus_reload_s``: retraction and merge).  Then the full graph goes
    through ``neo4j-admin database import full`` into a new folder at the largest size of the run
    (``cfg.sizes``: 10,000 documents in the full run): ``neo4j_import_rels_per_s`` end to end, from the
    graph in memory to a database ready to serve (CSV writing, the importer's JVM from start to exit,
    and the first start that adds the empty lists and the schema and waits for the indexes), with the
    importer alone (``neo4j_import_rels_per_s_importer``) and its relationship stage alone beside it.
    ``neo4j_rels_per_s`` is the relationships of the 1,000-document graph over the whole
    :func:`~policykg.neo4j.writer.load_graph` wall time (schema check, rows, writes, vocabulary,
    full-text indexes online), median of ``neo4j_runs``.
    """
    from policykg.neo4j import server as neo4j_server  # imported on use: only this benchmark step needs it

    loader = project_loader()
    if progress:
        progress(f"neo4j: graphs of {cfg.neo4j_size} and {cfg.naive_docs} documents", None, None)
    try:
        full, sub = _graph_of(cfg, cfg.neo4j_size), _graph_of(cfg, cfg.neo4j_size, cfg.naive_docs)
    except PolicyKGError as exc:
        return {"neo4j": {"error": str(exc)}}
    out = {"neo4j": {"loader": "policykg.neo4j.writer" if loader else "pending (policykg.neo4j.writer not available)",
                     "full": {"docs": cfg.neo4j_size, "nodes": len(full), "rels": full.number_of_edges()},
                     "same_data": {"docs": cfg.naive_docs, "nodes": len(sub), "rels": sub.number_of_edges()}}}
    if loader is None:
        return out
    from policykg.neo4j.writer import load_graph  # imported on use: only this benchmark step needs it
    from policykg.pipeline.folder import source_graph

    db = neo4j_server.DEFAULT_DATABASE
    if progress:
        progress("neo4j: starting the server", None, None)
    with neo4j_server.start(heap="2g") as server, server.driver() as driver:
        out["neo4j"]["schema_s"] = round(_timed(_schema, driver, db), 2)  # once per database: not in the rates
        load_graph(driver, sub, database=db)  # warm-up, untimed
        wipe(driver, db, schema=False)
        if progress:
            progress(f"neo4j: naive loader, {sub.number_of_edges()} relationships", None, None)
        naive_s = _timed(naive_load, driver, sub, db)
        out["neo4j"]["same_data"]["naive_s"] = round(naive_s, 2)
        out["neo4j_naive_rels_per_s"] = round(sub.number_of_edges() / naive_s)
        for name, g in (("same_data", sub), ("full", full)):
            runs = []
            for i in range(cfg.neo4j_runs):
                wipe(driver, db, schema=False)
                if progress:
                    progress(f"neo4j: policykg loader, {g.number_of_edges()} relationships ({i + 1}/{cfg.neo4j_runs})",
                             None, None)
                runs.append(load_graph(driver, g, database=db))
            best = sorted(runs, key=lambda st: st.seconds)[len(runs) // 2]  # the median run
            out["neo4j"][name].update(loader_s=round(best.seconds, 2), runs_s=[round(r.seconds, 2) for r in runs],
                                      phases=best.phases)
        wipe(driver, db, schema=False)
        corpus = source_graph(None)
        for key in ("neo4j_corpus_load_s", "neo4j_corpus_reload_s"):
            out[key] = round(load_graph(driver, corpus, database=db).seconds, 2)
    size = max(cfg.sizes, default=cfg.neo4j_size)  # the bulk import at the largest size of the run
    out.update(_bench_import(full if size == cfg.neo4j_size else _graph_of(cfg, size), progress, size))
    out["neo4j_rels_per_s"] = round(full.number_of_edges() / out["neo4j"]["full"]["loader_s"])
    out["neo4j_rels_per_s_writing"] = round(full.number_of_edges() / out["neo4j"]["full"]["phases"]["relationships"])
    out["neo4j_speedup_vs_naive"] = round(naive_s / out["neo4j"]["same_data"]["loader_s"], 1)
    return out


def _bench_import(graph: PolicyGraph, progress: Progress | None = None, docs: int | None = None) -> dict:
    """``neo4j-admin database import full`` of ``graph`` (of ``docs`` documents) into a temporary folder:
    rates and stage times."""
    from policykg.neo4j.importer import import_build  # imported on use: only this benchmark step needs it

    if progress:
        progress(f"neo4j: neo4j-admin import, {graph.number_of_edges()} relationships", None, None)
    with tempfile.TemporaryDirectory(prefix="policykg-bench-import-") as tmp:
        stats = import_build(graph, Path(tmp) / "data")
    rel_stage = stats.stages.get("Relationship import") or 0
    return {"neo4j_import": {"docs": docs, "rels": stats.relationships, "csv_s": round(stats.csv_s, 2),
                             "import_s": round(stats.import_s, 2), "stages_s": stats.stages,
                             "finish_s": round(stats.finish_s, 2), "finish_start_s": round(stats.start_s, 2),
                             "end_to_end_s": round(stats.seconds, 2), "multiline_fields": stats.multiline},
            "neo4j_import_rels_per_s": round(stats.rels_per_second_end_to_end),
            "neo4j_import_rels_per_s_importer": round(stats.rels_per_second),
            "neo4j_import_rels_per_s_stage": round(stats.relationships / rel_stage) if rel_stage else None}


# -- SPARQL --------------------------------------------------------------------------
def query_child(graph_dir: str, engine: str, repeat: int, cap_mb: int = 0, skip: str = "",
                params_file: str = "") -> None:
    """Subprocess body: print ``{"load_s"}``, then per question ``{"start"}`` and ``{"query", "ms", "rows"}``.

    ``cap_mb`` (0: none) caps the address space, so an engine that cannot hold
    the graph fails with ``MemoryError`` instead of exhausting the machine;
    ``skip`` lists questions (comma-separated) not to run again; ``params_file``
    (JSON: question → parameters) replaces the catalogue examples.
    """
    import resource  # imported on use: only this benchmark step needs it

    if cap_mb:
        resource.setrlimit(resource.RLIMIT_AS, (cap_mb << 20, cap_mb << 20))
    from policykg import queries  # imported on use: only this benchmark step needs it
    from policykg.query import run

    chosen = json.loads(Path(params_file).read_text(encoding="utf-8")) if params_file else {}
    t = time.perf_counter()
    run("document-overview", {}, Path(graph_dir), engine=engine)
    print(json.dumps({"load_s": round(time.perf_counter() - t, 3)}), flush=True)
    for q in queries.questions():
        if q.name in skip.split(","):
            continue
        print(json.dumps({"start": q.name}), flush=True)
        times, rows, error = [], None, None
        for _ in range(repeat):
            t = time.perf_counter()
            try:
                rows = len(run(q.name, chosen.get(q.name, q.example), Path(graph_dir), engine=engine))
            except Exception as exc:  # noqa: BLE001 - one failing question is reported, not fatal
                error = f"{type(exc).__name__}: {exc}"[:200]
                break
            times.append(round((time.perf_counter() - t) * 1000, 3))
        print(json.dumps({"query": q.name, "ms": times, "rows": rows, "error": error}, ensure_ascii=False), flush=True)


def child_command(graph_dir: Path, engine: str, repeat: int, cap_mb: int, skip: set[str],
                  params_file: str = "") -> list[str]:
    """The command line of one :func:`query_child` run."""
    return [sys.executable, "-m", "policykg.devtools.bench_stores", "query-child", str(graph_dir), engine, str(repeat), str(cap_mb),
            ",".join(sorted(skip)), params_file]


def _lines(proc) -> queue.Queue:
    """A queue fed with the child's stdout lines (``None`` at the end)."""
    q: queue.Queue = queue.Queue()

    def pump():
        for line in proc.stdout:
            q.put(line)
        q.put(None)

    threading.Thread(target=pump, daemon=True).start()
    return q


def _run_child(cmd: list[str], load_timeout: float, query_timeout: float, done: dict) -> tuple[dict, str | None]:
    """Run one child; fill ``done``; return ``(state, problem)`` where problem names a timed-out question,
    ``"load"`` for a load that took too long, ``"error"`` for a crash, ``None`` for a clean finish."""
    state: dict = {}
    with tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, text=True)
        lines, current, deadline = _lines(proc), None, time.monotonic() + load_timeout
        try:
            while True:
                try:
                    line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
                except queue.Empty:
                    return state, current or "load"
                if line is None:
                    if proc.wait() != 0:
                        err.seek(0)
                        state["error"] = (err.read().strip().splitlines() or ["exit " + str(proc.returncode)])[-1]
                        return state, "error"
                    return state, None
                rec = json.loads(line) if line.startswith("{") else {}
                if "load_s" in rec:
                    state["load_s"] = rec["load_s"]
                current = rec.get("start", current if "query" not in rec else None)
                if "query" in rec:
                    done[rec["query"]] = rec
                deadline = time.monotonic() + query_timeout if "load_s" in rec or "start" in rec else deadline
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait()


def run_queries(graph_dir: Path, engine: str, repeat: int, load_timeout: float, query_timeout: float,
                cap_mb: int = 0, params: dict | None = None) -> dict:
    """Latency of every catalogue question on one engine; a question slower than ``query_timeout``
    is stopped (the child is restarted without it) and counted at the time-out.  ``params``
    (question → parameters) replaces the catalogue examples."""
    done, slow, state = {}, [], {}
    if not params:
        return _run_all(graph_dir, engine, repeat, load_timeout, query_timeout, cap_mb, "", done, slow, state)
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8") as chosen:
        chosen.write(json.dumps(params, ensure_ascii=False))  # a scratch file for the child, not an output
        chosen.flush()
        return _run_all(graph_dir, engine, repeat, load_timeout, query_timeout, cap_mb, chosen.name, done, slow, state)


def _run_all(graph_dir, engine, repeat, load_timeout, query_timeout, cap_mb, params_file, done, slow, state) -> dict:
    while True:
        st, problem = _run_child(child_command(graph_dir, engine, repeat, cap_mb, set(done) | set(slow), params_file),
                                 load_timeout, query_timeout, done)
        state = {**st, **{k: v for k, v in state.items() if k == "load_s"}}
        if problem in (None, "load", "error"):
            state["error"] = "load timed out" if problem == "load" else st.get("error")
            break
        slow.append(problem)
    samples = sorted([ms for r in done.values() for ms in r["ms"]] + [query_timeout * 1000] * len(slow) * repeat)
    return {"load_s": state.get("load_s"), "queries": len(done) + len(slow), "error": state.get("error"),
            "timed_out": {name: f"> {query_timeout:g} s" for name in slow},
            "failed": {k: r["error"] for k, r in done.items() if r.get("error")},
            "p50_ms": round(median(samples), 2) if samples else None,
            "p95_ms": round(samples[min(len(samples) - 1, int(0.95 * len(samples)))], 2) if samples else None,
            "median_ms": {k: median(r["ms"]) for k, r in sorted(done.items())}}


def bench_queries(cfg: Config, progress: Progress | None = None) -> dict:
    """p50/p95 of the catalogue on pyoxigraph and rdflib, on the bundled corpus and each ``query_sizes``."""
    from policykg.pipeline.build import build_corpus  # imported on use: only this benchmark step needs it

    dirs = {"corpus": work_dir(cfg) / "builds" / "corpus"}
    if not (dirs["corpus"] / "graph.trig").is_file():
        build_corpus(None, dirs["corpus"])
    out: dict = {"query": {}}
    for n in cfg.query_sizes:
        try:
            dirs[str(n)] = built(cfg, n, progress)
        except PolicyKGError as exc:
            out["query"][f"graph_{n}"] = f"no graph: {exc}"
    for label, d in dirs.items():
        if progress:
            progress(f"queries: the SPARQL store of {label}", None, None)
        out["query"][f"store_{label}"] = sb = _store(d)
        out[f"store_build_s_{label}"] = sb.get("seconds")
        for engine in ("oxigraph", "rdflib"):
            mb = (d / "graph.trig").stat().st_size >> 20
            if engine == "rdflib" and mb > cfg.rdflib_max_trig_mb:
                r = {"error": f"skipped: graph.trig is {mb} MB (> {cfg.rdflib_max_trig_mb} MB); rdflib keeps "
                              "~2 KB per quad in memory", "p50_ms": None, "p95_ms": None, "load_s": None}
            else:
                if progress:
                    progress(f"queries: {engine} on {label}", None, None)
                r = run_queries(d, engine, cfg.query_repeat, cfg.load_timeout_s, cfg.query_timeout_s, cfg.memory_cap_mb)
            out["query"][f"{engine}_{label}"] = r
            prefix = "query" if engine == "oxigraph" else "rdflib"
            out[f"{prefix}_p50_ms_{label}"], out[f"{prefix}_p95_ms_{label}"] = r["p50_ms"], r["p95_ms"]
            out[f"{prefix}_load_s_{label}"] = r["load_s"]
        ox, rl = out["query"][f"oxigraph_{label}"], out["query"][f"rdflib_{label}"]
        if ox["p50_ms"] and rl["p50_ms"] and not rl["error"]:
            out[f"oxigraph_speedup_vs_rdflib_{label}"] = round(rl["p50_ms"] / ox["p50_ms"], 1)
        if label != "corpus":  # the examples name the bundled corpus: also ask about what is there
            # imported on use: only this benchmark step needs it
            from policykg.devtools.bench_params import hit_params, question_params

            hits = hit_params(d)
            if progress:
                progress(f"queries: oxigraph on {label}, parameters found in it", None, None)
            r = run_queries(d, "oxigraph", cfg.query_repeat, cfg.load_timeout_s, cfg.query_timeout_s,
                            cfg.memory_cap_mb, question_params(hits))
            out["query"][f"oxigraph_{label}_hits"] = {**r, "params": hits}
            out[f"query_p50_ms_{label}_hits"], out[f"query_p95_ms_{label}_hits"] = r["p50_ms"], r["p95_ms"]
        if progress:
            progress(f"queries: policykg query and the SPARQL endpoint on {label}", None, None)
        out["query"][f"endpoint_{label}"] = ep = _cli_and_endpoint(d, cfg)
        out[f"query_cli_s_{label}"] = ep.get("query_cli", {}).get("seconds")
        out[f"sparql_endpoint_p50_ms_{label}"] = ep.get("p50_ms")
        out[f"sparql_endpoint_p95_ms_{label}"] = ep.get("p95_ms")
    measured = [k for k in dirs if out.get(f"oxigraph_speedup_vs_rdflib_{k}")]
    out["oxigraph_speedup_vs_rdflib"] = out[f"oxigraph_speedup_vs_rdflib_{measured[-1]}"] if measured else None
    out["oxigraph_speedup_measured_on"] = measured[-1] if measured else None
    return out


def _store(d: Path) -> dict:
    """The persistent store of ``d`` built anew (:func:`policykg.devtools.bench_sparql.store_build`)."""
    try:
        return bench_sparql.store_build(d)
    except PolicyKGError as exc:
        return {"error": str(exc)}


def _cli_and_endpoint(d: Path, cfg: Config) -> dict:
    """One ``policykg query`` process (``query_cli``) and the catalogue through the SPARQL endpoint
    (``p50_ms``, ``p95_ms``, ``median_ms``)."""
    try:
        cli = bench_sparql.query_cli(d, "clusters-of-city", {"city": "上海"})
        return {"query_cli": cli, **bench_sparql.endpoint_latency(d, cfg.query_repeat)}
    except PolicyKGError as exc:
        return {"error": str(exc)}


# -- HTML views ----------------------------------------------------------------------
def bench_viz(cfg: Config, progress: Progress | None = None) -> dict:
    """Render seconds and time to interactive of views of ``viz_nodes`` nodes."""
    from policykg.devtools.bench_views import measure  # imported on use: only this benchmark step needs it

    out: dict = {"viz": {}}
    for n in cfg.viz_nodes:
        if progress:
            progress(f"html view of {n} nodes", None, None)
        try:
            r = measure(n, cfg.viz_runs)
        except (PolicyKGError, RuntimeError, OSError) as exc:
            out["viz"][str(n)] = {"error": str(exc)}
            continue
        out["viz"][str(n)] = r
        out[f"viz_render_s_{n}"] = r["render_s"]
        out[f"viz_interactive_s_{n}"] = round(r["ready_ms_median"] / 1000, 3)
    return out


def main(argv=None) -> int:
    """Subprocess entry point: ``query-child GRAPH ENGINE REPEAT [CAP_MB [SKIP [...]]]``."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] != ["query-child"]:
        print("usage: python -m policykg.devtools.bench_stores query-child ...", file=sys.stderr)
        return 2
    query_child(args[1], args[2], int(args[3]), int(args[4]) if len(args) > 4 else 0, args[5] if len(args) > 5 else "",
                args[6] if len(args) > 6 else "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
