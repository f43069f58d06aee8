"""``policykg viz``: write an interactive offline HTML view of the graph.

A thin skin over :func:`policykg.viz.html.write_html`; the graph and a query's
answer come from :func:`policykg.pipeline.folder.open_build` and :func:`policykg.query.run`.
"""

from __future__ import annotations

from pathlib import Path

import click

from policykg.errors import PolicyKGError


@click.command()
@click.option("--graph", "graph_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Build folder (policykg build -o OUT_DIR); default: the bundled corpus's graph.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="HTML file to write (one self-contained page, no network needed).")
@click.option("--focus", metavar="NAME", help="Show one entity (id, name, alias or English label) and its neighbourhood.")
@click.option("--depth", type=click.IntRange(0, 6), default=1, show_default=True,
              help="With --focus: how many links away from the entity to go.")
@click.option("--hubs", is_flag=True,
              help="With --focus: also go through hub nodes (documents, regions: over 25 links) beyond the first step.")
@click.option("--query", "query_name", metavar="NAME", help="Show the nodes of a catalogue query's answer.")
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="With --query: a parameter (repeatable).")
@click.option("--compare", nargs=2, metavar="REGION_A REGION_B", default=None,
              help="Show two regions' clusters and fields side by side, shared fields highlighted.")
@click.option("--full", is_flag=True,
              help="Whole graph: draw every node even above 3,000 (default there: an overview by region and year).")
@click.option("--matrix", is_flag=True, help="A region × field matrix (cells: how many documents support a pair, and how).")
@click.option("--rows", "matrix_rows", type=click.Choice(["region", "document"]), default="region", show_default=True,
              help="With --matrix: one row per region or per document.")
@click.option("--cols", "matrix_cols", type=click.Choice(["field", "cluster"]), default="field", show_default=True,
              help="With --matrix: one column per field or per cluster.")
@click.option("--title", help="Page title (default: from the mode).")
def viz(graph_dir, output, focus, depth, hubs, query_name, params, compare, full, matrix, matrix_rows, matrix_cols, title):
    """Write an interactive HTML view (whole graph, --focus, --query, --compare or --matrix).

    \b
    Examples:
      policykg viz -o graph.html
      policykg viz --focus 脑机接口 --depth 2 -o focus.html
      policykg viz --query fields-by-region --param region=上海市 -o query.html
      policykg viz --compare 上海市 重庆市 -o compare.html
      policykg viz --matrix --rows region --cols field -o matrix.html
    """
    from policykg import query  # imported on use: `policykg --help` stays fast
    from policykg.pipeline.folder import open_build
    from policykg.query_params import parse_params
    from policykg.viz.html import write_html
    from policykg.viz.inputs import iri_to_node_id

    chosen = [flag for flag, val in (("--focus", focus), ("--query", query_name), ("--compare", compare),
                                     ("--matrix", matrix)) if val]
    if len(chosen) > 1:
        raise PolicyKGError(f"choose one of --focus, --query, --compare, --matrix (got {' and '.join(chosen)})")
    if params and not query_name:
        raise PolicyKGError("--param goes with --query")
    graph = open_build(graph_dir)
    if matrix:
        from policykg.viz.matrix import write_matrix  # imported on use: `policykg --help` stays fast

        path = write_matrix(graph, output, matrix_rows, matrix_cols, title)
        click.echo(f"wrote {path} (matrix view, {matrix_rows} × {matrix_cols}, {path.stat().st_size // 1024} KiB)")
        return
    mode, kwargs = "graph", {"title": title, "full": full}
    if focus:
        mode = "focus"
        kwargs.update(focus=focus, depth=depth, hubs=hubs)
    elif query_name:
        values = parse_params(params)
        rows = [dict(r) for r in query.run(query_name, values, graph_dir=graph_dir)]
        mode = "query"
        kwargs.update(rows=rows, to_node_id=iri_to_node_id, query=query_name, params=values)
    elif compare:
        mode = "compare"
        kwargs.update(regions=list(compare))
    path = write_html(graph, output, mode, **kwargs)
    click.echo(f"wrote {path} ({mode} view, {path.stat().st_size // 1024} KiB)")
