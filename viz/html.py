"""Interactive offline HTML views of a PolicyGraph (one self-contained file).

The page inlines vis-network (read from the installed ``pyvis`` package), its
CSS, the page's own script and style, and the graph as JSON; it loads nothing
from the network (a Content-Security-Policy forbids it) and renders Chinese
with a CJK font stack.  Node positions are computed here, so the browser only
draws.  Modes: ``graph`` (everything), ``focus`` (one entity's neighbourhood),
``query`` (the nodes of a query's answer), ``compare`` (two regions).

>>> from policykg.model import PolicyGraph
>>> g = PolicyGraph()
>>> _ = g.add_node("Field", "脑机接口", label_en="brain-computer interface")
>>> page = render_html(g)
>>> page.startswith("<!DOCTYPE html>") and "脑机接口" in page and "https://" not in page.split("<script>")[0]
True
"""

from __future__ import annotations

import base64
import hashlib
import html
import importlib.util
import re
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from policykg.atomic import write_text
from policykg.errors import PolicyKGError
from policykg.model import PolicyGraph
from policykg.viz import views
from policykg.viz.overview import OVERVIEW_LIMIT, overview_view
from policykg.viz.payload import build_payload, script_json

MODES = ("graph", "focus", "query", "compare")


def render_html(graph: PolicyGraph, mode: str = "graph", *, focus: str | None = None, depth: int = 1,
                hubs: bool = False, full: bool = False, rows: Sequence[dict] = (), to_node_id: Callable[[str], str | None] | None = None,
                query: str = "query", params: dict | None = None,
                regions: Sequence[str] = (), title: str | None = None) -> str:
    """The HTML page (a string) showing ``graph`` in one of :data:`MODES`.

    ``full`` draws every node of a large graph in mode ``graph`` (above
    :data:`~policykg.viz.overview.OVERVIEW_LIMIT` nodes it is an overview otherwise);
    ``focus``/``depth``/``hubs`` serve mode ``focus``; ``rows`` (a query's answer),
    ``to_node_id`` (cell value → node id or None), ``query`` and ``params``
    serve mode ``query``; ``regions`` (two names) serves mode ``compare``.
    """
    view = make_view(graph, mode, focus=focus, depth=depth, hubs=hubs, full=full, rows=rows, to_node_id=to_node_id,
                     query=query, params=params, regions=regions, title=title)
    return page_html(build_payload(view, graph))


def write_html(graph: PolicyGraph, path, mode: str = "graph", **kwargs) -> Path:
    """Render like :func:`render_html` and write the page atomically as UTF-8; return the path."""
    return write_text(path, render_html(graph, mode, **kwargs))


def make_view(graph: PolicyGraph, mode: str, *, focus=None, depth=1, hubs=False, full=False, rows=(), to_node_id=None,
              query="query", params=None, regions=(), title=None) -> views.View:
    """The :class:`~policykg.viz.views.View` for one mode (user errors raise PolicyKGError)."""
    if mode == "graph":
        if not full and len(graph) > OVERVIEW_LIMIT:
            return overview_view(graph, title or "PolicyGraph")
        return views.graph_view(graph, title or "PolicyGraph")
    if mode == "focus":
        if not focus:
            raise PolicyKGError("focus mode needs a node name (--focus NAME)")
        return views.focus_view(graph, focus, depth, title, hubs=hubs)
    if mode == "query":
        return views.query_view(graph, rows, to_node_id or _node_id_or_none(graph), query, params, title)
    if mode == "compare":
        if len(regions) != 2:
            raise PolicyKGError("compare mode needs two regions (--compare REGION_A REGION_B)")
        return views.compare_view(graph, regions[0], regions[1], title)
    raise PolicyKGError(f"unknown view mode {mode!r}; choose one of {', '.join(MODES)}")


def page_html(payload: dict) -> str:
    """Fill the page template with the payload and the inlined assets."""
    vis_js, vis_css, vis_version = vis_assets()
    page_js = _asset("common.js") + _asset("view.js")
    parts = {
        "TITLE": html.escape(payload["meta"]["title"]),
        "GENERATOR": "policykg",
        "VIS_VERSION": html.escape(vis_version),
        "VIS_CSS": vis_css,
        "PAGE_CSS": _asset("view.css"),
        "DATA": script_json(payload),
        "VIS_JS": vis_js,
        "PAGE_JS": page_js,
        "CSP": content_security_policy([vis_js, page_js]),
    }
    return re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: parts[m.group(1)], _asset("view.html"))


def content_security_policy(scripts: Sequence[str]) -> str:
    """A policy that allows exactly these inline scripts and no network access at all."""
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'"
                      for s in scripts)
    return (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; "
            "img-src data:; font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'")


@lru_cache(maxsize=1)
def vis_assets() -> tuple[str, str, str]:
    """``(vis-network.min.js, vis-network.css, version)`` from the newest copy inside ``pyvis``."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise PolicyKGError("the HTML views need the 'pyvis' package (pip install pyvis)")
    lib = Path(list(spec.submodule_search_locations)[0]) / "lib"
    found = sorted((d for d in lib.iterdir() if d.name.startswith("vis-") and (d / "vis-network.min.js").is_file()),
                   key=lambda d: tuple(int(p) for p in re.findall(r"\d+", d.name)))
    if not found:
        raise PolicyKGError(f"no vis-network.min.js inside the installed pyvis ({lib})")
    js = (found[-1] / "vis-network.min.js").read_text(encoding="utf-8")
    css = (found[-1] / "vis-network.css").read_text(encoding="utf-8")
    if "</script" in js.lower() or "</style" in css.lower():
        raise PolicyKGError(f"{found[-1]} cannot be inlined (it contains a closing tag)")
    return js, css, found[-1].name.removeprefix("vis-")


@cache
def _asset(name: str) -> str:
    return (resources.files("policykg.viz") / "assets" / name).read_text(encoding="utf-8")


def _node_id_or_none(graph: PolicyGraph) -> Callable[[str], str | None]:
    """Cell value → node id when the value already is one (the default for ``to_node_id``)."""
    return lambda value: value if isinstance(value, str) and value in graph else None
