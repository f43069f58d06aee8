"""``policykg neo4j import``: a first load through neo4j-admin (:func:`policykg.neo4j.importer.import_build`)."""

from __future__ import annotations

import functools
from pathlib import Path

import click

from policykg.neo4j import server as neo4j_server


@click.command("import")
@click.argument("source", required=False, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--dir", "data_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="A new Neo4j data folder (then: policykg neo4j serve --dir DATA_DIR).")
@click.option("--password", default=neo4j_server.DEFAULT_PASSWORD, show_default=True,
              help="Password of user neo4j for the new database.")
def import_(source, data_dir, password):
    """Bulk-load SOURCE into a new database with neo4j-admin database import full.

    SOURCE is an output folder of `policykg build` or a corpus folder (default: the bundled
    corpus). The graph is the one `policykg neo4j load` writes; serve it with
    `policykg neo4j serve --dir DATA_DIR`.
    """
    from policykg.neo4j.importer import import_build  # imported on use: `policykg --help` stays fast
    from policykg.pipeline.folder import source_graph

    stats = import_build(functools.partial(source_graph, source), data_dir, password, progress=lambda msg: click.echo(msg, err=True))
    rel_stage = stats.stages.get("Relationship import")
    click.echo(f"imported {stats.nodes} nodes and {stats.relationships} relationships into {data_dir} in "
               f"{stats.import_s:.2f} s ({stats.rels_per_second:.0f} relationships/s"
               + (f"; relationship stage {rel_stage:.2f} s" if rel_stage is not None else "")
               + f"); schema and lists in {stats.finish_s:.1f} s. Serve it: policykg neo4j serve --dir {data_dir}")
    return 0
