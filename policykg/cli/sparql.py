"""``policykg sparql``: ad-hoc SPARQL (:func:`policykg.rdf.sparql.sparql`) and ``policykg sparql serve``,
a SPARQL endpoint over a build (:func:`policykg.rdf.server.serve`).

``sparql`` is a group whose only visible subcommand is ``serve``; anything else
(a query, ``-f FILE``, options) goes to the hidden default command ``run``.
"""

from __future__ import annotations

from pathlib import Path

import click

from policykg.errors import PolicyKGError


class SparqlGroup(click.Group):
    """``policykg sparql serve …`` runs the server; ``policykg sparql "SELECT …" …`` a query."""

    default = "run"

    def parse_args(self, ctx, args):
        if not args or args[0] not in self.commands:
            args = [self.default, *args]
        return super().parse_args(ctx, args)

    def list_commands(self, ctx):
        return sorted(name for name, cmd in self.commands.items() if not cmd.hidden)


class DefaultCommand(click.Command):
    """A group's default command: its usage line is the group's."""

    def format_usage(self, ctx, formatter):
        parent = ctx.parent.command_path if ctx.parent else "policykg sparql"
        formatter.write_usage(parent, "[OPTIONS] [QUERY]")
        formatter.write_usage(parent, "serve [BUILD_DIR] [--port PORT]", prefix="       ")


@click.group(cls=SparqlGroup)
def sparql():
    """Ad-hoc SPARQL on a build, or a SPARQL endpoint over it (`policykg sparql serve`).

    \b
    policykg sparql "SELECT ?d ?title WHERE { ?d a pkg:Document ; rdfs:label ?title }" --graph out
    policykg sparql -f question.rq --format csv
    policykg sparql "SELECT …" --endpoint http://127.0.0.1:7878/query
    policykg sparql serve out --port 7878
    """


@sparql.command("run", cls=DefaultCommand, hidden=True)
@click.argument("text", metavar="QUERY", required=False)
@click.option("-f", "--file", "file", type=click.Path(dir_okay=False, path_type=Path),
              help="Read the query from FILE ('-' for stdin).")
@click.option("--graph", "graph_dir", type=click.Path(), default=None,
              help="Output folder of `policykg build` (default: the bundled corpus).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--endpoint", metavar="URL", help="Ask this SPARQL endpoint instead of a local build.")
def run(text, file, graph_dir, fmt, endpoint):
    """Run a read-only SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) on a build or an endpoint.

    The default graph is the union of the documents' named graphs; GRAPH ?g reaches one
    document's graph. The prefixes pkg: id: rdf: rdfs: skos: prov: schema: xsd: … are predeclared.
    Updates are refused; a syntax error is one line with its position (exit 2).

    \b
    policykg sparql "SELECT ?doc ?title WHERE { ?doc a pkg:Document ; rdfs:label ?title }" --graph out
    policykg sparql -f question.rq --format json
    policykg sparql serve out          # an endpoint for other tools (see `policykg sparql serve --help`)
    """
    from policykg.cli.graph import render  # imported on use: `policykg --help` stays fast
    from policykg.rdf.sparql import sparql as run_query

    if file is not None and text:
        raise PolicyKGError("give a query or -f FILE, not both")
    if file is not None:
        text = _read(file)
    if not text:
        raise PolicyKGError('give a SPARQL query: policykg sparql "SELECT …", or -f FILE')
    if graph_dir is None and not endpoint:
        from policykg.pipeline.cache import default_graph_dir  # builds the bundled corpus: imported on use

        graph_dir = default_graph_dir()
    answer = run_query(text, graph_dir=graph_dir, endpoint=endpoint)
    click.echo(render(answer.rows, fmt) if answer.rows or fmt != "csv" else ",".join(answer.columns) + "\n", nl=False)
    return 0


def _read(path: Path) -> str:
    if str(path) == "-":
        return click.get_text_stream("stdin").read()
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise PolicyKGError(f"no such query file: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyKGError(f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}") from None


@sparql.command()
@click.argument("build_dir", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True,
              help="Port on 127.0.0.1 (0 = any free port).")
@click.option("--cors", is_flag=True, help="Allow cross-origin requests (a query page served elsewhere).")
def serve(build_dir, port, cors):
    """Serve BUILD_DIR (default: the bundled corpus) as a read-only SPARQL 1.1 endpoint until Ctrl-C.

    Runs the Oxigraph server (`oxigraph serve-read-only`) on 127.0.0.1 over the build's
    persistent store (built first when missing): a query page at /, the SPARQL 1.1
    Protocol at /query. SIGTERM stops it cleanly too.
    """
    from policykg.pipeline.cache import default_graph_dir  # builds the bundled corpus: imported on use
    from policykg.rdf.server import serve as serve_endpoint

    serve_endpoint(build_dir or default_graph_dir(), port, cors=cors, echo=click.echo)
