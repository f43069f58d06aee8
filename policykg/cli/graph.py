"""``policykg validate``, ``policykg query`` and ``policykg export``: the RDF graph on the command line.

Each command is a thin skin over one library call: :func:`policykg.rdf.validate.validate`,
:func:`policykg.query.run`, and the exporter registered for a format in
:data:`EXPORTS`.  Without ``--graph`` / ``OUT_DIR`` they use the bundled
corpus's graph (built once and cached, see :func:`policykg.pipeline.cache.default_graph_dir`).
"""

from __future__ import annotations

import csv
import importlib
import io
import json
import time
import unicodedata
from pathlib import Path

import click

from policykg.errors import PolicyKGError
from policykg.formats import EXPORTERS

#: export format → ``"module:function"``; the function takes ``(graph_dir, fmt, out)``
#: (``graph_dir`` None = bundled corpus graph, ``out`` a path or ``"-"``) and returns what it wrote.
EXPORTS: dict[str, str] = EXPORTERS


@click.command()
@click.argument("out_dir", required=False, type=click.Path(file_okay=True, dir_okay=True))
@click.option("--limit", default=200, show_default=True, help="Show at most this many results.")
def validate(out_dir, limit):
    """Check the RDF graph in OUT_DIR (default: the bundled corpus) against the SHACL shapes.

    Prints one line per result (focus node label, path, message); exits 1 on violations.
    """
    from policykg.pipeline.cache import default_graph_dir  # imported on use: `policykg --help` stays fast
    from policykg.rdf.validate import validate as validate_graph

    report = validate_graph(Path(out_dir) if out_dir else default_graph_dir())
    click.echo(report.text(limit))
    return 0 if report.conforms else 1


@click.command()
@click.argument("name", required=False)
@click.argument("pairs", nargs=-1, metavar="[KEY=VALUE]...")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE", help="A query parameter (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--graph", "graph_dir", type=click.Path(), default=None,
              help="Output folder of `policykg build` (default: the bundled corpus).")
@click.option("--engine", default=None, help="Query engine: oxigraph (default), rdflib, or neo4j (a server: NEO4J_URI/USER/PASSWORD).")
@click.option("--endpoint", metavar="URL", help="Ask a SPARQL endpoint (e.g. `policykg sparql serve`'s /query), "
              "parameters bound as VALUES.")
@click.option("--list", "list_only", is_flag=True, help="List the questions of the catalogue.")
@click.option("--iris", is_flag=True, help="Show the *_iri columns in table output.")
@click.option("--time", "timing", is_flag=True, help="Print the latency to stderr.")
def query(name, pairs, params, fmt, graph_dir, engine, endpoint, list_only, iris, timing):
    """Answer a named question NAME of the catalogue (see --list).

    \b
    policykg query shared-fields --param city_a=上海 --param city_b=重庆
    policykg query districts-of-cluster cluster=未来健康产业集群 --format json
    """
    from policykg import queries  # imported on use: `policykg --help` stays fast
    from policykg.query import empty_note, get_engine, run
    from policykg.query_params import parse_params

    if list_only:
        click.echo(render(catalogue_rows(queries.questions()), fmt), nl=False)
        return 0
    if not name:
        raise PolicyKGError("give a query name (see `policykg query --list`)")
    if endpoint and engine:
        raise PolicyKGError("give --engine or --endpoint, not both")
    if endpoint:
        from policykg.rdf.sparql import EndpointEngine  # imported on use: `policykg --help` stays fast

        engine = EndpointEngine(endpoint)
    elif engine in (None, "oxigraph"):
        get_engine("oxigraph").notice = lambda m: click.echo(f"policykg: {m}", err=True)
    t0 = time.perf_counter()
    rows = run(name, parse_params([*params, *pairs]), graph_dir=graph_dir, engine=engine)
    cut = f"policykg: first {rows.limit} rows; --param limit=0 for all" if rows.cut else ""
    empty = empty_note(queries.question(name), rows) if not rows else ""
    if timing:
        click.echo(f"{name}: {len(rows)} rows in {(time.perf_counter() - t0) * 1000:.1f} ms", err=True)
    if fmt == "table" and not iris:
        rows = [{k: v for k, v in r.items() if not k.endswith("_iri")} for r in rows]
    click.echo(render(rows, fmt), nl=False)
    if cut:
        click.echo(cut, err=True)
    if empty:
        click.echo(f"policykg: {empty}", err=True)
    return 0


@click.command()
@click.option("--format", "fmt", required=True, help=f"Export format: {', '.join(EXPORTS)}.")
@click.option("--graph", "graph_dir", type=click.Path(), default=None,
              help="Output folder of `policykg build` (default: the bundled corpus).")
@click.option("-o", "--output", "out", required=True, help="File to write, or - for stdout.")
def export(fmt, graph_dir, out):
    """Write the graph in another format (ttl, nt, jsonld, trig …) to a file."""
    if fmt not in EXPORTS:
        raise PolicyKGError(f"unknown export format {fmt!r}; choose from {', '.join(EXPORTS)}")
    module, _, attr = EXPORTS[fmt].partition(":")
    exporter = getattr(importlib.import_module(module), attr)
    if not graph_dir:
        from policykg.pipeline.cache import default_graph_dir  # builds the bundled corpus: imported on use

        graph_dir = default_graph_dir()
    written = exporter(Path(graph_dir), fmt, out)
    if out != "-":
        click.echo(f"wrote {written}", err=True)
    return 0


def catalogue_rows(questions) -> list[dict]:
    """One row per question for ``--list``."""
    return [{"name": q.name, "params": ", ".join([*(f"{p.name} ({p.type})" for p in q.params),
                                                  *([f"limit (integer, {q.limit})"] if q.limit else [])]),
             "title_zh": q.title_zh, "title_en": q.title_en} for q in questions]


def render(rows: list[dict], fmt: str) -> str:
    """Rows as an aligned text table, a JSON list of objects, or CSV (lists joined by ``; ``)."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    cols = list(rows[0]) if rows else []
    cells = [[_cell(r.get(c)) for c in cols] for r in rows]
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(cols)
        writer.writerows(cells)
        return buf.getvalue()
    if not rows:
        return "(no rows)\n"
    widths = [max(_width(x) for x in [c, *(row[i] for row in cells)]) for i, c in enumerate(cols)]
    lines = [_line(cols, widths), _line(["-" * w for w in widths], widths)]
    lines += [_line(row, widths) for row in cells]
    return "\n".join(lines) + f"\n({len(rows)} rows)\n"


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _line(cells, widths) -> str:
    return "  ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths, strict=True)).rstrip()

