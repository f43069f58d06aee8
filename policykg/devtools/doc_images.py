"""The screenshots in ``docs/img/``: one per view mode, of the bundled corpus's graph.

Run ``python -m policykg.devtools.doc_images docs/img`` (``--graph OUT_DIR`` for
another build); each page is rendered, opened in headless Chromium and
captured at 1440×900.
"""

from __future__ import annotations

import argparse
import tempfile
import urllib.parse
from pathlib import Path

from policykg import query
from policykg.atomic import write_bytes
from policykg.pipeline.folder import open_build
from policykg.viz.html import write_html
from policykg.viz.inputs import iri_to_node_id
from policykg.viz.matrix import write_matrix
from policykg.viz.snapshots import snapshot

#: The region-year group the open overview screenshot expands.
OVERVIEW_OPEN = "上海 2024"
#: (mode, file name, view arguments, URL fragment): the commands shown in ``docs/viz.md``.
EXAMPLES = (
    ("graph", "viz-graph.png", {}, ""),
    ("graph", "viz-graph-search.png", {}, "search=脑机接口"),
    ("focus", "viz-focus.png", {"focus": "脑机接口", "depth": 1}, ""),
    ("query", "viz-query.png", {"query": "shared-fields", "params": {"city_a": "上海", "city_b": "重庆"}}, ""),
    ("compare", "viz-compare.png", {"regions": ["上海", "重庆"]}, ""),
    ("matrix", "viz-matrix.png", {"rows": "region", "cols": "field"}, "cell=上海市|量子科技"),
    ("matrix", "viz-matrix-documents.png", {"rows": "document", "cols": "field"}, ""),
)


def make_images(out_dir, graph_dir: Path | None = None, size: tuple[int, int] = (1440, 900),
                overview_dir: Path | None = None) -> list[Path]:
    """Write one PNG per entry of :data:`EXAMPLES` into ``out_dir`` (and ``viz-overview.png`` and
    ``viz-overview-open.png`` of the default whole view of ``overview_dir``, a large build); return their paths."""
    graph = open_build(graph_dir)
    written = []
    if overview_dir is not None:
        big = open_build(overview_dir)
        with tempfile.TemporaryDirectory(prefix="policykg-doc-images-") as tmp:
            page = write_html(big, Path(tmp) / "overview.html")
            for name, fragment in (("viz-overview.png", ""), ("viz-overview-open.png", f"expand={OVERVIEW_OPEN}")):
                png = Path(tmp) / name
                snapshot(page, fragment=urllib.parse.quote(fragment, safe="="), screenshot=png, size=size,
                         budget_ms=8000)
                written.append(write_bytes(Path(out_dir) / name, png.read_bytes()))
    for mode, name, kwargs, fragment in EXAMPLES:
        kwargs = dict(kwargs)
        if mode == "query":
            rows = [dict(r) for r in query.run(kwargs["query"], kwargs["params"], graph_dir=graph_dir)]
            kwargs.update(rows=rows, to_node_id=iri_to_node_id)
        with tempfile.TemporaryDirectory(prefix="policykg-doc-images-") as tmp:
            if mode == "matrix":
                page = write_matrix(graph, Path(tmp) / f"{mode}.html", **kwargs)
            else:
                page = write_html(graph, Path(tmp) / f"{mode}.html", mode, **kwargs)
            png = Path(tmp) / name
            snapshot(page, fragment=urllib.parse.quote(fragment, safe="=|"), screenshot=png, size=size)
            written.append(write_bytes(Path(out_dir) / name, png.read_bytes()))
    return written


def main(argv=None) -> None:
    """Command-line entry: ``python -m policykg.devtools.doc_images OUT_DIR [--graph DIR]``."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--graph", type=Path, default=None)
    ap.add_argument("--overview", type=Path, default=None, help="a large build for viz-overview*.png")
    args = ap.parse_args(argv)
    for path in make_images(args.out_dir, args.graph, overview_dir=args.overview):
        print(path)


if __name__ == "__main__":
    main()
