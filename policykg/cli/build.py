"""``policykg build``: a thin skin over :func:`policykg.pipeline.build.build_corpus`."""

from __future__ import annotations

from pathlib import Path

import click

from policykg.progress import bars, wanted


@click.command()
@click.argument("corpus_dir", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option("-o", "--out", "out_dir", default="out", show_default=True,
              type=click.Path(file_okay=False, path_type=Path), help="Output folder.")
@click.option("--report", is_flag=True, help="Also print the merge report (always written to OUT/merge-report.txt).")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(min=1),
              help="Extract documents in N processes.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bars and no summary line (bars are also off when stderr is not a terminal).")
@click.pass_context
def build(ctx, corpus_dir, out_dir, report, jobs, quiet):
    """Extract every document of CORPUS_DIR (default: the bundled corpus), build one
    graph and write digests, RDF exports and a merge report to OUT.

    A document that cannot be read is skipped with one line on stderr; the exit
    code is then 3 (partial build).
    """
    from policykg.pipeline.build import build_corpus  # imported on use: `policykg --help` stays fast

    with bars(wanted(quiet)) as steps:
        result = build_corpus(corpus_dir, out_dir, jobs=jobs, report=report, steps=steps)
    for name, reason in result.skipped:
        click.echo(f"policykg: skipped {name}: {reason}", err=True)
    if result.ignored:
        shown = ", ".join(result.ignored[:5]) + (", …" if len(result.ignored) > 5 else "")
        click.echo(f"policykg: ignored {len(result.ignored)} file(s) that are not documents: {shown}", err=True)
    if report:
        click.echo(result.report, nl=False)
    if not quiet:
        counts = result.graph.counts()
        click.echo(f"policykg: {len(result.digests)} documents → {len(result.graph)} nodes, "
                   f"{counts['edges']} edges, {len(result.graph.merges)} merges in {out_dir}", err=True)
    if result.partial:
        ctx.exit(3)
