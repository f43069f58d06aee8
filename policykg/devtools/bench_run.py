"""The benchmark run: every step of :mod:`policykg.devtools.bench` and
:mod:`policykg.devtools.bench_stores` into one flat result dict, checked against the targets."""

from __future__ import annotations

import dataclasses
import os
import time

from policykg.devtools import bench_stores
from policykg.devtools.bench import (
    FULL,
    STEPS,
    TARGETS,
    Config,
    Progress,
    bench_builds,
    bench_extract,
    machine,
    work_dir,
)
from policykg.errors import PolicyKGError

#: keys every result has (``None`` when not measured in this run)
REQUIRED = ("extract_chars_per_s", "build_s_1000", "build_s_10000", "build_peak_mb_10000", "neo4j_rels_per_s",
            "neo4j_speedup_vs_naive", "query_p50_ms_corpus", "query_p50_ms_10000", "oxigraph_speedup_vs_rdflib",
            "viz_interactive_s_5000", "query_cli_s_10000", "store_build_s_10000", "sparql_endpoint_p50_ms_10000")


def run_bench(cfg: Config = FULL, progress: Progress | None = None) -> dict:
    """Run the benchmark steps of ``cfg`` and return one flat result dict (see :data:`REQUIRED`)."""
    unknown = set(cfg.steps) - set(STEPS)
    if unknown:
        raise PolicyKGError(f"unknown benchmark step(s) {', '.join(sorted(unknown))}; choose from {', '.join(STEPS)}")
    result: dict = {"machine": machine(), "config": _config_dict(cfg), "started": time.strftime("%Y-%m-%d %H:%M:%S")}
    t0 = time.perf_counter()
    if "extract" in cfg.steps:
        result.update(bench_extract(cfg, progress))
    if "build" in cfg.steps:
        result.update(bench_builds(cfg, progress))
    if "neo4j" in cfg.steps:
        result.update(bench_stores.bench_neo4j(cfg, progress))
    if "query" in cfg.steps:
        result.update(bench_stores.bench_queries(cfg, progress))
    if "viz" in cfg.steps:
        result.update(bench_stores.bench_viz(cfg, progress))
    result["seconds"] = round(time.perf_counter() - t0, 1)
    result["machine"]["loadavg_end"] = [round(x, 2) for x in os.getloadavg()]
    for key in REQUIRED:
        result.setdefault(key, None)
    result["targets"] = check_targets(result)
    return result


def _config_dict(cfg: Config) -> dict:
    d = dataclasses.asdict(cfg)
    d["work_dir"] = str(work_dir(cfg))
    return d


def check_targets(result: dict) -> dict:
    """Each target: value, comparison, threshold and ``ok`` (``None`` when not measured).

    >>> check_targets({"extract_chars_per_s": 400000})["extract_chars_per_s"]["ok"]
    True
    """
    ops = {">=": lambda a, b: a >= b, "<=": lambda a, b: a <= b, "<": lambda a, b: a < b}
    out = {}
    for name, (key, op, threshold) in TARGETS.items():
        value = result.get(key)
        out[name] = {"value": value, "target": f"{op} {threshold:,}",
                     "ok": None if value is None else ops[op](value, threshold)}
    return out
