"""``policykg bench``: a thin skin over :func:`policykg.devtools.bench_run.run_bench` (and ``bench corpus`` over
:func:`policykg.devtools.synthetic.generate_corpus`)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import click

from policykg.progress import bars, wanted


def _sizes(text: str | None) -> tuple[int, ...] | None:
    if not text:
        return None
    try:
        sizes = tuple(int(x) for x in text.split(",") if x.strip())
    except ValueError:
        raise click.BadParameter(f"expected comma-separated numbers, got {text!r}") from None
    if not sizes or min(sizes) < 1:
        raise click.BadParameter("sizes must be positive")
    return sizes


@click.group(invoke_without_command=True)
@click.option("--quick", is_flag=True, help="Small corpora (10/20/40 documents), queries on the bundled corpus "
              "and 40 documents (rdflib on the corpus only), fewer repetitions: about 3 minutes.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of a table.")
@click.option("--sizes", help="Corpus sizes to build, comma-separated (default 100,1000,10000; quick 10,20,40). "
              "The largest is also the query size; the middle one the --jobs and Neo4j size.")
@click.option("--only", help=f"Steps to run, comma-separated, of: {', '.join(('extract', 'build', 'neo4j', 'query', 'viz'))}.")
@click.option("--work", "work", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for corpora and builds (default: the policykg cache's bench/).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bars.")
@click.pass_context
def bench(ctx, quick, as_json, sizes, only, work, quiet):
    """Measure extraction, builds, Neo4j loading, SPARQL queries and HTML views on this machine.

    \b
    Examples:
      policykg bench --quick
      policykg bench --json > bench.json
      policykg bench corpus --n 1000 -o corpus-1k
    """
    if ctx.invoked_subcommand is not None:
        return
    from policykg.devtools.bench import FULL, QUICK  # imported on use: `policykg --help` stays fast
    from policykg.devtools.bench_run import run_bench

    cfg = QUICK if quick else FULL
    changes: dict = {"work_dir": work}
    if sizes:
        s = sorted(set(_sizes(sizes)))
        mid = s[len(s) // 2 - (1 if len(s) % 2 == 0 else 0)] if len(s) > 1 else s[0]
        changes.update(sizes=tuple(s), query_sizes=(s[-1],), jobs_size=mid, neo4j_size=mid,
                       naive_docs=min(cfg.naive_docs, mid), extract_docs=min(cfg.extract_docs, max(s)),
                       recall_docs=min(cfg.recall_docs, max(s)))
    if only:
        changes["steps"] = tuple(x.strip() for x in only.split(",") if x.strip())
    cfg = dataclasses.replace(cfg, **changes)
    with bars(wanted(quiet)) as progress:
        result = run_bench(cfg, progress)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=1, default=str))
    else:
        _table(result)


def _table(result: dict) -> None:
    """The targets and the main numbers as a rich table on stdout."""
    from rich.console import Console  # imported on use: `policykg --help` stays fast
    from rich.table import Table

    from policykg.devtools.bench import TARGETS  # imported on use: `policykg --help` stays fast

    table = Table(title=f"policykg bench ({result['seconds']} s)")
    for col in ("measure", "value", "target", "ok"):
        table.add_column(col)
    shown = {key for key, *_ in TARGETS.values()}  # already in the target rows
    for name, t in result["targets"].items():
        ok = {True: "yes", False: "NO", None: "-"}[t["ok"]]
        table.add_row(name, _fmt(t["value"]), t["target"], ok)
    for key in sorted(result):
        if key.startswith(("build_s_", "build_peak_mb_", "query_p", "rdflib_p", "viz_", "extract_chars")) \
                and key not in shown and result[key] is not None:
            table.add_row(key, _fmt(result[key]), "", "")
    Console().print(table)


def _fmt(value) -> str:
    if isinstance(value, float):
        return f"{value:,.2f}"
    if isinstance(value, int):
        return f"{value:,}"
    return "-" if value is None else str(value)


@bench.command("corpus")
@click.option("--n", "n", type=click.IntRange(min=1), required=True, help="Number of documents.")
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the documents (ground truth goes to OUT/truth).")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed (same seed, same corpus).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def corpus(n, out_dir, seed, quiet):
    """Write N synthetic policy documents (.txt) and their ground-truth digests (truth/*.json)."""
    from policykg.devtools.synthetic import generate_corpus  # imported on use: `policykg --help` stays fast

    with bars(wanted(quiet)) as progress:
        def step(done, total, name):
            if progress:
                progress("generating documents", done, total)
        paths = generate_corpus(n, out_dir, seed=seed, progress=step)
    if not quiet:
        click.echo(f"policykg: {len(paths)} documents in {out_dir} (ground truth in {Path(out_dir) / 'truth'})", err=True)
