"""What a view is drawn from: the graph of a build folder, a query's answer, ``k=v`` parameters.

These tie the HTML views to the rest of policykg (build folders, the cached
graph of the bundled corpus, the query catalogue, node IRIs);
:mod:`policykg.viz.html` itself only takes a PolicyGraph.

>>> parse_params(["region=上海市", "year=2030"])
{'region': '上海市', 'year': '2030'}
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from policykg.errors import PolicyKGError
from policykg.model import PolicyGraph
from policykg.query import parse_params  # noqa: F401  (re-exported for the viz command)


def load_graph(graph_dir: Path | None = None) -> PolicyGraph:
    """The PolicyGraph of a build folder, or of the bundled corpus when ``graph_dir`` is None.

    A build folder holds the digests (``digests/*.json``, or ``*.json`` at its
    top); the graph is rebuilt from them with
    :func:`policykg.resolve.builder.build_graph`, the function ``policykg build``
    used.  The bundled corpus's folder is :func:`policykg.query.default_graph_dir`
    (built once, then cached).
    """
    if graph_dir is None:
        from policykg.query import default_graph_dir

        graph_dir = default_graph_dir()
    folder = Path(graph_dir)
    if not folder.is_dir():
        raise PolicyKGError(f"no such graph folder: {folder}")
    files = sorted((folder / "digests").glob("*.json")) or sorted(folder.glob("*.json"))
    digests = [d for d in (_read_json(p) for p in files) if isinstance(d, dict) and "document" in d]
    if not digests:
        raise PolicyKGError(f"no digests in {folder} (run `policykg build -o {folder}` first)")
    from policykg.resolve.builder import build_graph

    return build_graph(digests)


def _read_json(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise PolicyKGError(f"cannot read digest {path}: {exc}") from exc


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
