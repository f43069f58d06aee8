#!/usr/bin/env python3
"""How fast can Neo4j take a build's graph on this machine at all? (a development tool, issue #14)

usage: neo4j_floor.py load BUILD_DIR [--rounds N]
       neo4j_floor.py import BUILD_DIR

``load`` writes the graph of BUILD_DIR's digests into an empty database with the loader's own
statements, batches and sessions (:mod:`policykg.neo4j.writer`), each round once per variant of the
rows: ``full`` (the loader's rows), ``no-evidence`` (no ``ev_*`` lists on nodes or relationships),
``names-only`` (nodes with ``uri``, ``key`` and ``name``; relationships without properties) and
``bare`` (nodes with ``uri`` only).  Rows are built before the clock starts; no full-text index
is built and no vocabulary written, so each figure is a floor under the loader's
``neo4j_rels_per_s`` for that layout.  Server and client CPU seconds are read from ``/proc``.

``import`` runs the importer of :mod:`policykg.neo4j.importer` on bare CSVs (node ids and labels,
relationships without properties), then starts the server on the result once, without
constraints, indexes or the empty-list pass: a floor under ``neo4j_import_rels_per_s``.

Prints one JSON object per figure.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from policykg.devtools.bench_stores import wipe
from policykg.errors import PolicyKGError
from policykg.neo4j import server as neo4j_server
from policykg.neo4j import writer
from policykg.neo4j.batches import batched, pipelined
from policykg.neo4j.importer import run_admin_import
from policykg.neo4j.rows import EVIDENCE_LISTS, uri
from policykg.pipeline.folder import source_graph

EVIDENCE = set(EVIDENCE_LISTS.values())
#: variant → (node properties kept, relationship properties kept, node properties dropped, relationship ones)
VARIANTS = {"full": (None, None, set(), set()),
            "no-evidence": (None, None, EVIDENCE, EVIDENCE),
            "names-only": ({"uri", "key", "name"}, set(), set(), set()),
            "bare": ({"uri"}, set(), set(), set())}


def server_cpu(pid: int) -> float:
    """CPU seconds (user + system) of the server's JVM so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _props(p: dict, keep, drop) -> dict:
    return {k: v for k, v in p.items() if (keep is None or k in keep) and k not in drop}


def floor_load(build: Path, rounds: int) -> None:
    graph = source_graph(build)
    node_rows = list(writer.node_rows_for(graph, {}))
    with neo4j_server.start(heap="2g") as server, server.driver() as driver:
        with writer.writer_session(driver, "neo4j") as session:
            writer.ensure_schema(session, fulltext=False)
        pid = server.process.pid
        for rnd in range(rounds + 1):  # round 0 warms the JVM up and is not printed
            for name, (keep_n, keep_r, drop_n, drop_r) in VARIANTS.items():
                wipe(driver, schema=False)
                nodes = [(st, {"label": r["label"], "p": _props(r["p"], keep_n, drop_n)}) for st, r in node_rows]
                cpu0, client0, began = server_cpu(pid), time.process_time(), time.perf_counter()
                ids: dict[str, str] = {}
                pipelined(driver, "neo4j", batched(nodes, writer.DEFAULT_BATCH), writer.DEFAULT_WORKERS,
                          lambda n: None, sink=ids)
                mid = time.perf_counter()
                rels = [(st, {**r, "p": _props(r["p"], keep_r, drop_r)})
                        for st, r in writer.edge_rows_for(graph, ids, set())]
                built = time.perf_counter()
                pipelined(driver, "neo4j", batched(rels, writer.DEFAULT_BATCH), 1, lambda n: None)
                end = time.perf_counter()
                seconds = (mid - began) + (end - built)  # relationship rows are built off the clock
                if rnd:
                    print(json.dumps({"variant": name, "round": rnd, "nodes": len(graph),
                                      "rels": graph.number_of_edges(), "nodes_s": round(mid - began, 2),
                                      "rels_s": round(end - built, 2), "seconds": round(seconds, 2),
                                      "rels_per_s": round(graph.number_of_edges() / seconds),
                                      "server_cpu_s": round(server_cpu(pid) - cpu0, 2),
                                      "client_cpu_s": round(time.process_time() - client0, 2)}), flush=True)


def floor_import(build: Path) -> None:
    graph = source_graph(build)
    with tempfile.TemporaryDirectory(prefix="policykg-floor-") as tmp:
        tmp = Path(tmp)
        began = time.perf_counter()
        files, by_label = [], {}
        for node in graph:
            by_label.setdefault(node.type, []).append(uri(node.id))
        for label, uris in by_label.items():
            files.append(tmp / f"nodes_{label}.csv")
            with files[-1].open("w", newline="", encoding="utf-8") as f:
                out = csv.writer(f)
                out.writerow(["uri:ID", ":LABEL"])
                out.writerows([u, label] for u in uris)
        files.append(tmp / "rels_all.csv")
        with files[-1].open("w", newline="", encoding="utf-8") as f:
            out = csv.writer(f)
            out.writerow([":START_ID", ":END_ID", ":TYPE"])
            out.writerows([uri(e.source), uri(e.target), e.type] for e in graph.edges.values())
        csv_s = time.perf_counter() - began
        import_s, stages = run_admin_import(files, tmp / "data", False)
        began = time.perf_counter()
        with neo4j_server.start(tmp / "data") as server, server.driver() as driver:
            start_s = time.perf_counter() - began
            stored = driver.execute_query("MATCH ()-[r]->() RETURN count(r) AS n").records[0]["n"]
    rels = graph.number_of_edges()
    total = csv_s + import_s + start_s
    print(json.dumps({"nodes": len(graph), "rels": rels, "stored_rels": stored, "csv_s": round(csv_s, 2),
                      "import_s": round(import_s, 2), "stages_s": stages, "start_s": round(start_s, 2),
                      "end_to_end_s": round(total, 2), "rels_per_s_end_to_end": round(rels / total),
                      "rels_per_s_without_csv": round(rels / (import_s + start_s))}))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("what", choices=("load", "import"))
    ap.add_argument("build", type=Path)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args(argv)
    try:
        floor_load(args.build, args.rounds) if args.what == "load" else floor_import(args.build)
    except PolicyKGError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
