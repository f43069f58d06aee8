"""``policykg cypher``: one ad-hoc Cypher statement, a thin skin over :func:`policykg.neo4j_cypher.cypher`."""

from __future__ import annotations

import json
from pathlib import Path

import click

from policykg.commands.neo4j_data import connection_options


@click.command()
@click.argument("statement", required=False)
@click.option("-f", "--file", "file", type=click.Path(dir_okay=False, path_type=Path),
              help="Read the statement from FILE.")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="A parameter $NAME (repeatable); VALUE is JSON if it reads as JSON (12, true, [\"a\"]), else text.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--write", is_flag=True, help="Run in a write transaction (default: read-only).")
@connection_options
def cypher(settings, statement, file, params, fmt, write):
    """Run a Cypher STATEMENT on Neo4j and print the rows.

    \b
    policykg cypher "MATCH (f:Field) RETURN f.name LIMIT 5"
    policykg cypher "MATCH (r:Region) WHERE \\$name IN r.name_keys RETURN r.name, r.adcode" -p name=上海
    policykg cypher -f question.cypher --format json

    Read-only unless --write. A Cypher error prints Neo4j's message and position (exit 2).
    """
    from policykg.commands.graph import render
    from policykg.neo4j_cypher import cypher as run_cypher
    from policykg.neo4j_cypher import parse_param, read_statement

    text = read_statement(statement, file)
    result = run_cypher(text, dict(map(parse_param, params)), settings, write=write)
    rows = result.rows
    if fmt != "json":  # nested values as compact JSON in a cell
        rows = [{k: _cell(v, fmt) for k, v in r.items()} for r in rows]
    if fmt == "table" and not rows and result.keys:
        click.echo("  ".join(result.keys))
    click.echo(render(rows, fmt), nl=False)
    done = ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in result.counters.items())
    if done:
        click.echo(done, err=True)
    for note in result.notifications:
        click.echo(f"policykg: Neo4j: {note}", err=True)
    return 0


def _cell(value, fmt: str):
    """A table cell: a node as ``(:Label name)``, a relationship as ``[:TYPE]``, other nested values as JSON."""
    if fmt == "table" and isinstance(value, dict) and "labels" in value and "properties" in value:
        props = value["properties"]
        return f"(:{':'.join(value['labels'])} {props.get('name', props.get('uri', ''))})"
    if fmt == "table" and isinstance(value, dict) and "type" in value and "properties" in value:
        return f"[:{value['type']}]"
    if isinstance(value, dict) or (isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value)):
        return json.dumps(value, ensure_ascii=False)
    return value
