"""``policykg extract``: documents → digests (one JSON file per document)."""

from __future__ import annotations

from pathlib import Path

import click

from policykg.pipeline.extract_files import extract_files


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--out", "out_dir", type=click.Path(path_type=Path, file_okay=False), required=True,
              help="Folder for the digests (<stem>.json each).")
@click.option("--quiet", is_flag=True, help="No per-file lines on stderr.")
def extract(files, out_dir, quiet):
    """Extract a sourced policy digest from each FILE into OUT/<stem>.json.

    Every item carries evidence: character span in the normalized text, the
    quoted sentence, the outline path and the rule.  Unreadable files are
    reported as one line each on stderr; the others are still processed, and
    the exit code is 2 when any file failed.

    Example: policykg extract corpus/*.txt -o out/digests
    """
    report = extract_files(files, out_dir, echo=None if quiet else _err)
    for path, reason in report.failed:
        click.echo(f"policykg: skipped {path}: {reason}", err=True)
    if not quiet:
        _err(f"extracted {len(report.written)} of {len(files)} documents into {out_dir}")
    return 2 if report.failed else 0


def _err(msg: str) -> None:
    click.echo(msg, err=True)
