"""Benchmarks of the whole pipeline on this machine (``policykg bench``), side by side in one run.

:func:`policykg.devtools.bench_run.run_bench` measures, on synthetic corpora of :mod:`policykg.devtools.synthetic`:

- extraction throughput in characters per CPU-second (per core), on synthetic
  and on the bundled corpus, and the extractor's recall on the generated truth;
- ``build --jobs`` 1 vs 2 and build time / peak memory for each corpus size,
  each build in a fresh subprocess (:func:`run_build`) so memory is its own;
- Neo4j load rate, SPARQL catalogue latency and HTML view time to interactive
  (:mod:`policykg.devtools.bench_stores`).

Every build runs under a memory cap (``RLIMIT_AS``), so a build that would
exhaust the machine fails with a reason instead.  Timings are wall-clock;
CPU seconds are reported beside them because the machine may be shared.

>>> sorted(TARGETS)[:3]
['build_growth', 'build_peak_mb_10000', 'extract_chars_per_s']
"""

from __future__ import annotations

import dataclasses
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from policykg.atomic import write_json

#: progress(label, done, total): a new label starts a new step
Progress = Callable[[str, float | None, float | None], None]
STEPS = ("extract", "build", "neo4j", "query", "viz")


@dataclasses.dataclass
class Config:
    """Sizes and repetitions of one benchmark run."""

    sizes: tuple[int, ...] = (100, 1000, 10000)
    jobs_size: int = 1000
    extract_docs: int = 300
    extract_rounds: int = 3
    recall_docs: int = 50
    neo4j_size: int = 1000
    naive_docs: int = 100
    neo4j_runs: int = 3
    query_sizes: tuple[int, ...] = (1000, 10000)
    query_repeat: int = 5
    load_timeout_s: float = 1800
    query_timeout_s: float = 120
    rdflib_max_trig_mb: int = 300
    viz_nodes: tuple[int, ...] = (1000, 5000)
    viz_runs: int = 3
    steps: tuple[str, ...] = STEPS
    seed: int = 0
    work_dir: Path | None = None
    build_timeout_s: float = 4 * 3600
    memory_cap_mb: int = 12288


FULL = Config()
#: About 3 minutes: corpora of 10/20/40 documents (jobs and Neo4j on 20, naive loader on 5, queries on
#: the bundled corpus and 40; rdflib on the bundled corpus only), 2 query repetitions, 1 run per view.
QUICK = Config(sizes=(10, 20, 40), jobs_size=20, extract_docs=50, recall_docs=50, neo4j_size=20, naive_docs=5, neo4j_runs=1,
               query_sizes=(40,), query_repeat=2, load_timeout_s=120, query_timeout_s=10, rdflib_max_trig_mb=2,
               viz_runs=1)
#: name → (result key, comparison, threshold)
TARGETS = {
    "extract_chars_per_s": ("extract_chars_per_s", ">=", 300_000),
    "build_growth": ("build_ratio_10000_vs_1000", "<=", 12),
    "build_peak_mb_10000": ("build_peak_mb_10000", "<=", 4096),
    "neo4j_rels_per_s": ("neo4j_rels_per_s", ">=", 20_000),
    "neo4j_speedup_vs_naive": ("neo4j_speedup_vs_naive", ">=", 20),
    "neo4j_corpus_load_s": ("neo4j_corpus_load_s", "<", 2),
    "neo4j_import_rels_per_s": ("neo4j_import_rels_per_s", ">=", 50_000),
    "query_p50_ms_10000": ("query_p50_ms_10000", "<=", 5),
    "query_p95_ms_10000": ("query_p95_ms_10000", "<=", 100),
    "query_cli_s_10000": ("query_cli_s_10000", "<", 1),
    "viz_interactive_s_5000": ("viz_interactive_s_5000", "<", 3),
}


def work_dir(cfg: Config) -> Path:
    """Where corpora and builds go: ``cfg.work_dir`` or the policykg cache's ``bench`` folder."""
    if cfg.work_dir:
        return Path(cfg.work_dir)
    from policykg.pipeline.cache import cache_root  # imported on use: only this benchmark step needs it

    return cache_root() / "bench"


def machine() -> dict:
    """CPU model, core count, memory, Python version and load average."""
    cpu = next((ln.split(":", 1)[1].strip() for ln in _read("/proc/cpuinfo").splitlines()
                if ln.startswith("model name")), platform.processor())
    mem = next((int(ln.split()[1]) // 1024 for ln in _read("/proc/meminfo").splitlines()
                if ln.startswith("MemTotal")), None)
    return {"cpu": cpu, "nproc": os.cpu_count(), "memory_mb": mem, "python": platform.python_version(),
            "platform": platform.platform(), "loadavg": [round(x, 2) for x in os.getloadavg()]}


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


# -- corpora -------------------------------------------------------------------------
def corpus(cfg: Config, n: int, progress: Progress | None = None) -> Path:
    """A folder of the first ``n`` synthetic documents (hard links into one cached master corpus)."""
    from policykg.atomic import write_text  # imported on use: only this benchmark step needs it
    from policykg.devtools.synthetic import generate_document

    root = work_dir(cfg) / f"corpus-seed{cfg.seed}"
    master, folder = root / "all", root / f"n{n}"
    for i in range(n):
        stem = f"syn-{i:05d}"
        if not (master / f"{stem}.txt").is_file():
            stem, text, truth = generate_document(i, cfg.seed)
            write_json(master / "truth" / f"{stem}.json", truth)
            write_text(master / f"{stem}.txt", text)
        if progress and (i % 50 == 0 or i == n - 1):
            progress(f"corpus of {n} documents", i + 1, n)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        link = folder / f"syn-{i:05d}.txt"
        if not link.exists():
            os.link(master / link.name, link)
    return folder


# -- extraction ------------------------------------------------------------------------
def extraction_rate(texts: list[tuple[str, str]], rounds: int = 1) -> dict:
    """Characters per CPU-second (and per wall second) of :func:`policykg.loaders.extract_text`, one core.

    With ``rounds`` > 1 the texts are extracted that many times and the best
    round is reported (``timeit``'s convention: slower rounds are other work on
    the machine); every round's rate is in ``rounds_chars_per_cpu_s``.

    >>> r = extraction_rate([("a", "到2030年，建设15个左右未来产业先导区。" * 20)], rounds=2)
    >>> r["docs"], r["chars"] > 0, len(r["rounds_chars_per_cpu_s"])
    (1, True, 2)
    """
    from policykg.loaders import extract_text  # imported on use: only this benchmark step needs it

    extract_text(texts[0][1], "warm-up")  # loads dictionaries and automata once
    chars = sum(len(text) for _, text in texts)
    best, rates = None, []
    for _ in range(max(1, rounds)):
        cpu, wall = time.process_time(), time.perf_counter()
        digests = [extract_text(text, stem) for stem, text in texts]
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        rates.append(round(chars / cpu) if cpu else None)
        if best is None or cpu < best[0]:
            best = (cpu, wall)
    cpu, wall = best
    return {"docs": len(texts), "chars": chars, "cpu_s": round(cpu, 3), "wall_s": round(wall, 3),
            "chars_per_cpu_s": round(chars / cpu) if cpu else None, "chars_per_wall_s": round(chars / wall),
            "rounds_chars_per_cpu_s": rates, "digests": digests}


def bench_extract(cfg: Config, progress: Progress | None = None) -> dict:
    """Extraction throughput on synthetic documents and the bundled corpus, and recall on the truth."""
    from policykg.devtools.recall import score  # imported on use: only this benchmark step needs it
    from policykg.loaders.reading.text import read_document
    from policykg.pipeline.build import bundled_corpus, corpus_files

    folder = corpus(cfg, max(cfg.extract_docs, cfg.recall_docs), progress)
    if progress:
        progress("extraction throughput", None, None)
    paths = sorted(folder.glob("*.txt"))[: max(cfg.extract_docs, cfg.recall_docs)]
    syn = extraction_rate([(p.stem, p.read_text(encoding="utf-8")) for p in paths], cfg.extract_rounds)
    real = extraction_rate([(p.stem, read_document(p)) for p in corpus_files(bundled_corpus())] * 3, cfg.extract_rounds)
    truth_dir = folder.parent / "all" / "truth"
    truths = [json.loads((truth_dir / f"{p.stem}.json").read_text(encoding="utf-8")) for p in paths[: cfg.recall_docs]]
    recall = score(truths, syn.pop("digests")[: cfg.recall_docs])
    real.pop("digests")
    return {"extract_chars_per_s": syn["chars_per_cpu_s"], "extract_chars_per_s_corpus": real["chars_per_cpu_s"],
            "extract": {"synthetic": syn, "bundled_corpus_x3": real}, "recall": recall}


# -- builds ----------------------------------------------------------------------------
def run_build(corpus_dir: Path, out_dir: Path, jobs: int, cfg: Config) -> dict:
    """``build_corpus`` in a fresh subprocess (memory capped): seconds, CPU, peak RSS, phases, counts.

    The result is also written to ``OUT/bench-build.json``.
    """
    cmd = [sys.executable, "-m", "policykg.devtools.bench", "build-child", str(corpus_dir), str(out_dir), str(jobs),
           str(cfg.memory_cap_mb)]
    start = time.perf_counter()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=cfg.build_timeout_s)
    except subprocess.TimeoutExpired:
        result = {"error": f"timed out after {cfg.build_timeout_s:.0f} s", "jobs": jobs}
        write_json(Path(out_dir) / "bench-build.json", result)
        return result
    wall = time.perf_counter() - start
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        result = {"error": f"exit {proc.returncode}: {tail}", "jobs": jobs, "process_s": round(wall, 2)}
    else:
        result = {**json.loads(lines[-1]), "process_s": round(wall, 2)}
    write_json(Path(out_dir) / "bench-build.json", result)
    return result


def build_child(corpus_dir: str, out_dir: str, jobs: int, cap_mb: int) -> dict:
    """Body of the build subprocess: :func:`policykg.pipeline.build.build_corpus` with its step times, CPU
    seconds and peak memory; ``cap_mb`` (0: none) caps the address space of this process."""
    if cap_mb:
        resource.setrlimit(resource.RLIMIT_AS, (cap_mb << 20, cap_mb << 20))
    from policykg.pipeline.build import build_corpus  # imported on use: only this benchmark step needs it

    t = time.perf_counter()
    try:
        result = build_corpus(corpus_dir, out_dir, jobs=jobs)
    except MemoryError:  # over cap_mb: report how far it got
        result = None
    seconds = time.perf_counter() - t
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    usage = {"jobs": jobs, "seconds": round(seconds, 2), "peak_mb": me.ru_maxrss // 1024,
             "cpu_s": round(me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime, 2),
             "worker_peak_mb": kids.ru_maxrss // 1024}
    if result is None:
        return {**usage, "error": f"MemoryError: over the {cap_mb} MB cap after {seconds:.0f} s"}
    return {**usage, "phases": result.seconds, "docs": len(result.digests), "skipped": len(result.skipped),
            "nodes": len(result.graph), "edges": result.graph.number_of_edges(),
            "chars": sum(d["document"].get("chars") or 0 for d in result.digests.values())}


def bench_builds(cfg: Config, progress: Progress | None = None) -> dict:
    """Build every size with all cores, and ``jobs_size`` with 1 and 2 processes."""
    out, root = {}, work_dir(cfg) / "builds"
    jobs = min(2, os.cpu_count() or 1)
    for n in sorted(set(cfg.sizes)):
        folder = corpus(cfg, n, progress)
        if progress:
            progress(f"build {n} documents (--jobs {jobs})", None, None)
        r = run_build(folder, root / f"n{n}", jobs, cfg)
        out[f"build_{n}"] = r
        ok = not r.get("error")
        out[f"build_s_{n}"], out[f"build_peak_mb_{n}"] = (r.get("seconds"), r.get("peak_mb")) if ok else (None, None)
    for j in (1, 2):
        if j == jobs and f"build_{cfg.jobs_size}" in out:
            out[f"build_jobs{j}_{cfg.jobs_size}"] = out[f"build_{cfg.jobs_size}"]
            continue
        if progress:
            progress(f"build {cfg.jobs_size} documents (--jobs {j})", None, None)
        out[f"build_jobs{j}_{cfg.jobs_size}"] = run_build(corpus(cfg, cfg.jobs_size), root / f"n{cfg.jobs_size}-j{j}", j, cfg)
    one, two = (out[f"build_jobs{j}_{cfg.jobs_size}"] for j in (1, 2))
    if one.get("seconds") and two.get("seconds") and not one.get("error") and not two.get("error"):
        out["build_jobs_speedup"] = round(one["seconds"] / two["seconds"], 2)
        ex1, ex2 = one["phases"].get("extract"), two["phases"].get("extract")
        out["extract_jobs_speedup"] = round(ex1 / ex2, 2) if ex1 and ex2 else None
    sizes = sorted(set(cfg.sizes))
    for small, big in zip(sizes, sizes[1:], strict=False):
        if out.get(f"build_s_{small}") and out.get(f"build_s_{big}"):
            out[f"build_ratio_{big}_vs_{small}"] = round(out[f"build_s_{big}"] / out[f"build_s_{small}"], 2)
    return out


# -- the whole run ----------------------------------------------------------------------
def median(xs):
    """Median of a non-empty list, else ``None``."""
    return statistics.median(xs) if xs else None


def main(argv=None) -> int:
    """Subprocess entry point: ``build-child CORPUS OUT JOBS CAP_MB`` (``query-child`` is in
    :mod:`policykg.devtools.bench_stores`)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["build-child"]:
        print(json.dumps(build_child(args[1], args[2], int(args[3]), int(args[4]))), flush=True)
        return 0
    print("usage: python -m policykg.devtools.bench build-child ...", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
