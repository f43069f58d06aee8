"""What a view is drawn from: the graph of a build folder, a query's answer, ``k=v`` parameters.

These tie the HTML views to the rest of policykg (build folders, the cached
graph of the bundled corpus, the query catalogue, node IRIs);
:mod:`policykg.viz.html` itself only takes a PolicyGraph.

>>> parse_params(["region=上海市", "year=2030"])
{'region': '上海市', 'year': '2030'}
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from policykg.model import PolicyGraph
from policykg.query_params import parse_params  # noqa: F401  (re-exported for the viz command)


def load_graph(graph_dir: Path | None = None) -> PolicyGraph:
    """The PolicyGraph of a build folder, or of the bundled corpus when ``graph_dir`` is None.

    A build folder holds the digests (``digests/*.json``, or ``*.json`` at its
    top); the graph is rebuilt from them with
    :func:`policykg.resolve.builder.build_graph`, the function ``policykg build``
    used.  The bundled corpus's folder is :func:`policykg.pipeline.cache.default_graph_dir`
    (built once, then cached).
    """
    # the pipeline is imported on use: `policykg viz --help` stays fast
    from policykg.pipeline.cache import default_graph_dir
    from policykg.pipeline.folder import open_build

    return open_build(default_graph_dir() if graph_dir is None else graph_dir)


def query_answer(name: str, params: dict, graph_dir: Path | None = None
                 ) -> tuple[list[dict], Callable[[str], str | None]]:
    """Run catalogue query ``name``; return its rows and a cell → node id mapper (IRIs → ids)."""
    from policykg import query

    rows = query.run(name, params, graph_dir=graph_dir)
    return [dict(r) for r in rows], iri_to_node_id


def iri_to_node_id(value: str) -> str | None:
    """The PolicyGraph node id of a node IRI (via :func:`policykg.rdf.dataset.node_id`), else None."""
    from policykg.rdf.dataset import node_id

    if not isinstance(value, str):
        return None
    try:
        return node_id(value)
    except ValueError:
        return None
