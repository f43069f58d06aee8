"""``policykg neo4j load`` and ``policykg neo4j export``: the graph into and out of Neo4j.

Two standalone click commands, attached to the ``neo4j`` group with
``neo4j.add_command(load)`` / ``neo4j.add_command(export)``; each is a thin skin
over one library call (:func:`policykg.neo4j.writer.load`,
:func:`export_rdf`, which reads with :func:`policykg.neo4j.reader.read` and writes
with :func:`policykg.rdf.files.serialize`).  ``policykg export --format neo4j-csv``
is :func:`export_csv`.  The graph is read (:func:`policykg.pipeline.folder.source_graph`) and
written (RDF, CSV) here, where the pipeline, Neo4j and RDF meet, so that neither backend
depends on the other or on the pipeline.

Connection options default to ``NEO4J_URI``/``NEO4J_USER``/``NEO4J_PASSWORD``/
``NEO4J_DATABASE``, then to the server of ``policykg neo4j serve``.  The
password is never printed.
"""

from __future__ import annotations

import functools
from pathlib import Path

import click

from policykg.errors import PolicyKGError
from policykg.neo4j.connection import DEFAULT_URI, Settings


def connection_options(func):
    """``--uri``, ``--user``, ``--password`` and ``--database`` (with their environment variables)."""
    options = [
        click.option("--uri", envvar="NEO4J_URI", default=DEFAULT_URI, show_default=True,
                     help="Bolt or routing URI (bolt://, neo4j://, neo4j+s://) [env NEO4J_URI]."),
        click.option("--user", envvar="NEO4J_USER", default="neo4j", show_default=True,
                     help="User name [env NEO4J_USER]."),
        click.option("--password", envvar="NEO4J_PASSWORD", default=None,
                     help="Password [env NEO4J_PASSWORD; default: that of `policykg neo4j serve`]."),
        click.option("--database", envvar="NEO4J_DATABASE", default="neo4j", show_default=True,
                     help="Database name [env NEO4J_DATABASE]."),
    ]

    @functools.wraps(func)
    def wrapper(uri, user, password, database, **kwargs):
        return func(settings=Settings.from_env(uri, user, password, database), **kwargs)

    for option in reversed(options):
        wrapper = option(wrapper)
    return wrapper


@click.command("load")
@click.argument("source", required=False, type=click.Path(exists=True, file_okay=False, path_type=Path))
@connection_options
@click.option("--batch-size", type=click.IntRange(1, 100_000), default=5000, show_default=True,
              help="Rows per transaction.")
@click.option("--workers", type=click.IntRange(1, 16), default=3, show_default=True,
              help="Sessions writing nodes at once (relationships use one: concurrent ones deadlock on hub nodes).")
@click.option("--prune", is_flag=True, help="Also remove documents SOURCE no longer has.")
@click.option("--quiet", "-q", is_flag=True,
              help="Print only the summary line (progress bars are also off when stderr is not a terminal).")
def load(settings: Settings, source, batch_size, workers, prune, quiet):
    """Load SOURCE into Neo4j: an output folder of `policykg build` or a corpus folder
    (default: the bundled corpus).

    Re-running is safe: each document's facts are replaced, nothing is duplicated,
    and what no document supports any more is removed.
    """
    from policykg.neo4j.writer import load as load_graph  # imported on use: `policykg --help` stays fast
    from policykg.pipeline.folder import source_graph
    from policykg.progress import bars, wanted

    with bars(wanted(quiet)) as steps:
        say = None if quiet or steps else (lambda msg: click.echo(msg, err=True))
        stats = load_graph(functools.partial(source_graph, source), settings, batch_size=batch_size, progress=say, prune=prune, steps=steps,
                           workers=workers)
    model = sum(v for k, v in stats.counts.items() if k not in ("edges", "Concept"))
    click.echo(f"loaded {stats.nodes} nodes and {stats.relationships} relationships "
               f"(+{stats.reference_rows} vocabulary rows) into {settings.database!r} at {settings.where} "
               f"in {stats.seconds:.2f} s ({stats.rows_per_second:.0f} rows/s); the database holds {model} nodes, "
               f"{stats.counts.get('edges', 0)} relationships and {stats.counts.get('Concept', 0)} vocabulary "
               f"concepts; removed {stats.deleted.get('relationships', 0)} stale relationships and "
               f"{stats.deleted.get('nodes', 0)} orphan nodes")
    return 0


@click.command("export")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="RDF file to write (.ttl, .nt, .jsonld or .trig).")
@click.option("--format", "fmt", type=click.Choice(["ttl", "nt", "jsonld", "trig"]), default=None,
              help="RDF format (default: from the file suffix).")
@connection_options
def export(settings: Settings, output, fmt):
    """Read the graph back from Neo4j and write it as RDF (as `policykg build` would)."""
    written = export_rdf(output, settings, fmt)
    click.echo(f"wrote {written}", err=True)
    return 0


def export_rdf(path, settings: Settings | None = None, fmt: str | None = None) -> Path:
    """Write the database's graph (:func:`policykg.neo4j.reader.read`) as RDF to ``path`` (format from ``fmt``
    or the file suffix): Neo4j and RDF meet here, above both."""
    from policykg.atomic import write_bytes  # the reader and the RDF writers: imported on use (fast start-up)
    from policykg.formats import SUFFIXES
    from policykg.neo4j.reader import read
    from policykg.rdf.files import serialize

    path = Path(path)
    fmt = fmt or SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise PolicyKGError(f"cannot tell the RDF format of {path.name}: use {', '.join(SUFFIXES)}")
    graph = read(settings)
    if not len(graph):
        where = (settings or Settings.from_env()).where
        raise PolicyKGError(f"the database at {where} holds no policykg graph (run `policykg neo4j load` first)")
    return write_bytes(path, serialize(graph, fmt))


def export_csv(graph_dir, fmt: str, out) -> Path:
    """``policykg export --format neo4j-csv -o DIR``: the graph of ``graph_dir`` (an output folder of
    ``policykg build``; ``None`` = the bundled corpus) as CSVs and ``load.cypher`` in folder ``out``
    (:func:`policykg.neo4j.csv.write_csv` of :func:`policykg.pipeline.folder.source_graph`)."""
    # the pipeline and the CSV writer: imported on use (fast start-up)
    from policykg.neo4j.csv import write_csv
    from policykg.pipeline.folder import source_graph

    if fmt != "neo4j-csv":
        raise PolicyKGError(f"the Neo4j CSV exporter writes neo4j-csv, not {fmt!r}")
    if str(out) == "-" or Path(out).is_file():
        raise PolicyKGError(f"neo4j-csv writes a folder of files: give -o DIR, not {out}")
    write_csv(source_graph(graph_dir), out)
    return Path(out)


__all__ = ["load", "export", "export_rdf", "export_csv", "connection_options"]
