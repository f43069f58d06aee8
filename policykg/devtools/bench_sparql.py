"""Benchmarks of the persistent SPARQL store and the endpoint (part of ``policykg bench --only query``).

- :func:`store_build`: seconds to build a build's store from its graph files
  (:func:`policykg.rdf.store.build_store`, the loader ``policykg`` uses), the
  store removed first so it is built anew.
- :func:`query_cli`: wall time of one ``policykg query NAME --graph BUILD``
  process, the store already there (what a user waits for), median of runs.
- :func:`endpoint_latency`: every catalogue question through the Oxigraph
  server (:func:`policykg.rdf.server.start`) over HTTP, parameters
  substituted into the text (:class:`policykg.rdf.sparql.EndpointEngine`).
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from policykg import queries
from policykg.query import run
from policykg.rdf import server as sparql_server
from policykg.rdf import store
from policykg.rdf.sparql import EndpointEngine


def store_build(graph_dir: Path) -> dict:
    """Remove the store of ``graph_dir`` and build it again: seconds, loader, size on disk (MB)."""
    shutil.rmtree(store.store_root(graph_dir), ignore_errors=True)
    t = time.perf_counter()
    folder = store.ensure_store(graph_dir)
    seconds = time.perf_counter() - t
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    return {"seconds": round(seconds, 2), "loader": store.DEFAULT_LOADER, "mb": size >> 20}


def cli_command(name: str, params: dict, graph_dir: Path) -> list[str]:
    """The ``policykg query`` command line (the console script beside this Python, else ``-m``)."""
    script = Path(sys.executable).parent / "policykg"
    head = [str(script)] if script.is_file() else [sys.executable, "-m", "policykg.cli.app"]
    return [*head, "query", name, *(f"--param={k}={v}" for k, v in params.items()), "--graph", str(graph_dir),
            "--format", "json"]


def query_cli(graph_dir: Path, name: str, params: dict, runs: int = 3) -> dict:
    """Median wall seconds of ``runs`` ``policykg query`` processes (the store built before)."""
    store.ensure_store(graph_dir)
    cmd = cli_command(name, params, graph_dir)
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        times.append(round(time.perf_counter() - t, 3))
        if proc.returncode != 0:
            return {"error": (proc.stderr.strip().splitlines() or ["exit " + str(proc.returncode)])[-1],
                    "question": name}
    return {"seconds": statistics.median(times), "runs_s": times, "question": name, "params": params}


def endpoint_latency(graph_dir: Path, repeat: int, params: dict | None = None) -> dict:
    """p50/p95 (ms) of every catalogue question on the endpoint of ``graph_dir``, ``repeat`` times each."""
    chosen = params or {q.name: q.example for q in queries.questions()}
    with sparql_server.start(graph_dir, port=0) as endpoint:
        engine = EndpointEngine(endpoint.query_url)
        per_question, samples = {}, []
        for q in queries.questions():
            times = []
            for _ in range(repeat):
                t = time.perf_counter()
                run(q.name, chosen.get(q.name, q.example), engine=engine)
                times.append(round((time.perf_counter() - t) * 1000, 3))
            per_question[q.name] = statistics.median(times)
            samples += times
    samples.sort()
    return {"p50_ms": round(statistics.median(samples), 2),
            "p95_ms": round(samples[min(len(samples) - 1, int(0.95 * len(samples)))], 2),
            "median_ms": per_question}
