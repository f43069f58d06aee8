"""``policykg neo4j ...``: Neo4j commands.

A click group: each subcommand is a thin skin over one library function.
``serve`` runs policykg's own Neo4j 5.26 server (:func:`policykg.neo4j_server.serve`);
further subcommands (``load``, ``export``) attach with ``@neo4j.command()``.
"""

from __future__ import annotations

from pathlib import Path

import click

from policykg import neo4j_server


@click.group()
def neo4j():
    """Neo4j: run policykg's own server, load and export graphs."""


@neo4j.command()
@click.option("--dir", "data_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Data folder kept after stop (default: a temporary folder, deleted on stop).")
@click.option("--port", type=click.IntRange(0, 65535), default=7687, show_default=True,
              help="Bolt port on 127.0.0.1 (0 = any free port).")
@click.option("--password", default=neo4j_server.DEFAULT_PASSWORD, show_default=True,
              help="Password of user neo4j (at least 8 characters).")
@click.option("--http-port", type=click.IntRange(0, 65535), default=neo4j_server.DEFAULT_HTTP_PORT,
              show_default=True, help="HTTP port of Neo4j Browser on 127.0.0.1 (0 = no HTTP, no Browser).")
@click.option("--no-auth", is_flag=True, help="Disable authentication.")
def serve(data_dir, port, http_port, password, no_auth):
    """Run a local Neo4j 5.26 server until Ctrl-C.

    Neo4j 5.26 Community listens for Bolt on 127.0.0.1 and serves Neo4j Browser at
    http://127.0.0.1:7474/browser/ (see --http-port); SIGTERM stops it cleanly too.

    The first run fetches the Neo4j jars from Maven Central (needs Java 17 and Maven).
    """
    neo4j_server.serve(data_dir, port, None if no_auth else password, echo=click.echo, http_port=http_port or None)


def _attach_data_commands() -> None:
    """``neo4j load`` and ``neo4j export`` live in :mod:`policykg.commands.neo4j_data`."""
    from policykg.commands.neo4j_data import export, load
    from policykg.commands.neo4j_import import import_

    neo4j.add_command(load)
    neo4j.add_command(export)
    neo4j.add_command(import_)


_attach_data_commands()
