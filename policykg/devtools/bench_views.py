"""Benchmark of the HTML views: synthetic N-node graphs, render time, page size, time to interactive.

Run ``python -m policykg.devtools.bench_views 1000 5000``.  Time to interactive is read from the
page itself: ``performance.now()`` when vis-network has drawn the first frame
(navigation start → parsed, data decoded, network built, fitted and drawn),
written to ``<html data-ready-ms>`` and dumped by headless Chromium.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from policykg.model import Evidence, PolicyGraph
from policykg.pipeline.folder import open_build
from policykg.viz.html import write_html
from policykg.viz.snapshots import snapshot

#: How a synthetic document's items split between node types (edge type, node type, share).
MIX = (("HAS_FIELD", "Field", 0.22), ("HAS_CLUSTER", "Cluster", 0.05), ("HAS_DISTRICT", "District", 0.06),
       ("HAS_ZONE", "Zone", 0.08), ("HAS_PROGRAMME", "Programme", 0.08), ("HAS_MEASURE", "Measure", 0.14),
       ("SETS_TARGET", "Target", 0.1), ("MENTIONS_ORGANIZATION", "Organization", 0.2),
       ("HAS_SCENARIO", "Scenario", 0.05), ("MENTIONS_PERSON", "Person", 0.02))


def synthetic_graph(n: int, seed: int = 1) -> PolicyGraph:
    """A PolicyGraph of about ``n`` nodes shaped like the real one (documents as hubs, shared entities)."""
    rng = random.Random(seed)
    g = PolicyGraph()
    docs = [g.add_node("Document", f"doc-{i:04d}", label=f"第{i}号未来产业发展行动方案（2024—2027年）")
            for i in range(max(2, n // 60))]
    regions = [g.add_node("Region", f"地区{i}市") for i in range(max(1, len(docs) // 3))]
    pools: dict[str, list] = {t: [] for _, t, _ in MIX}
    while len(g) < n:
        doc = rng.choice(docs)
        edge, typ, _ = rng.choices(MIX, weights=[w for *_, w in MIX])[0]
        reuse = pools[typ] and rng.random() < 0.25
        node = rng.choice(pools[typ]) if reuse else g.add_node(
            typ, f"{typ}-{len(pools[typ])}", label=f"{typ[:2]}未来产业{len(pools[typ])}号", label_en=f"{typ} {len(pools[typ])}")
        if not reuse:
            pools[typ].append(node)
        ev = Evidence(doc.key, 0, 30, f"加快发展{node.label}，打造具有国际影响力的未来产业集群。", "二、(一)", "bench")
        node.evidence.append(ev)
        g.add_edge(doc.id, edge, node.id, evidence=[ev])
    for i, doc in enumerate(docs):
        g.add_edge(doc.id, "COVERS_REGION", regions[i % len(regions)].id)
    for c in pools["Cluster"]:
        for f in rng.sample(pools["Field"], min(4, len(pools["Field"]))):
            g.add_edge(c.id, "INCLUDES_FIELD", f.id)
    return g


def measure(n: int, runs: int = 3, keep: Path | None = None) -> dict:
    """Render an ``n``-node graph view; return render seconds, bytes and time-to-interactive (ms) stats."""
    g = synthetic_graph(n)
    with tempfile.TemporaryDirectory() as tmp:
        page = (keep or Path(tmp)) / f"bench-{n}.html"
        start = time.perf_counter()
        write_html(g, page, title=f"bench {n}", full=True)  # every node, not the overview
        render_s = time.perf_counter() - start
        return {"nodes": len(g), "edges": g.number_of_edges(), "render_s": round(render_s, 2),
                **measure_page(page, runs)}


def measure_page(page: Path, runs: int = 3) -> dict:
    """Page size and time to interactive (ms, from the page itself) over ``runs`` headless loads."""
    ready, wall = [], []
    for _ in range(runs):
        snap = snapshot(page, budget_ms=5000)
        if snap.attr("state") != "ready":
            raise RuntimeError(f"page did not get ready: {snap.attrs}")
        ready.append(int(snap.attr("ready-ms")))
        wall.append(snap.seconds)
    return {"bytes": page.stat().st_size, "ready_ms_median": statistics.median(ready),
            "ready_ms_all": ready, "chromium_wall_s_median": round(statistics.median(wall), 2)}


def measure_build(graph_dir: Path, runs: int = 3, keep: Path | None = None) -> dict:
    """The default whole view of a build folder (the overview when it is large): load, render, size, ready."""
    start = time.perf_counter()
    g = open_build(graph_dir)
    load_s = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as tmp:
        page = (keep or Path(tmp)) / "build-view.html"
        start = time.perf_counter()
        write_html(g, page)
        render_s = time.perf_counter() - start
        return {"graph_nodes": len(g), "graph_edges": g.number_of_edges(), "documents": len(g.nodes_of("Document")),
                "load_s": round(load_s, 2), "render_s": round(render_s, 2), **measure_page(page, runs)}


def main(argv=None) -> None:
    """Print one line of measurements per size."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sizes", nargs="*", type=int, default=[1000, 5000])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--keep", type=Path, help="folder to keep the generated pages in")
    ap.add_argument("--graph", type=Path, help="measure the default whole view of this build folder instead")
    args = ap.parse_args(argv)
    if args.graph:
        print(measure_build(args.graph, args.runs, args.keep), flush=True)
        return
    for n in args.sizes:
        print(measure(n, args.runs, args.keep), flush=True)


if __name__ == "__main__":
    main()
