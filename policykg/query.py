"""Answers to the catalogue's named questions (:mod:`policykg.queries`): one function, :func:`run`.

:func:`run` reads a question's header, has its parameters checked and typed
(:mod:`policykg.query_params`), hands query text plus parameters to an *engine*, and
shapes the rows (list columns split and sorted, a cut answer marked in :class:`Rows`).

Engines are found through the registry :data:`ENGINES` (name → ``"module:Class"``,
loaded on use): the SPARQL engines of :mod:`policykg.rdf.engines` and the Cypher engine of
:mod:`policykg.neo4j.cypher_engine`, each beside the store it queries.  An engine has a
``suffix`` (which catalogue file it runs: ``.rq`` or ``.cypher``) and
``select(graph_dir, text, params) -> list[dict]`` (and may have ``clear()`` to drop cached
stores); :func:`benchmark` times them.

Without ``graph_dir`` the bundled corpus's graph is used, built once and cached
(:func:`policykg.pipeline.cache.default_graph_dir`).
"""

from __future__ import annotations

import importlib
import statistics
import time
from decimal import Decimal, InvalidOperation
from pathlib import Path

from policykg import queries
from policykg.errors import PolicyKGError
from policykg.query_params import bind_params, hop_limit, row_limit

#: engine name → ``"module:Class"`` (instantiated on first use).
ENGINES: dict[str, str] = {
    "oxigraph": "policykg.rdf.engines:OxigraphEngine",
    "rdflib": "policykg.rdf.engines:RdflibEngine",
    "neo4j": "policykg.neo4j.cypher_engine:CypherEngine",
}
#: The engine :func:`run` uses when none is given (fastest measured).
DEFAULT_ENGINE = "oxigraph"
#: Separator of ``GROUP_CONCAT`` list columns.
LIST_SEPARATOR = "|"
_loaded: dict[str, object] = {}


class Rows(list):
    """A question's answer: a list of row dicts.  ``limit`` is the cut asked for (0: none) and
    ``cut`` is true when the question has more rows than those returned."""

    limit = 0
    cut = False
    #: the path length limit in use (path questions; 0 otherwise)
    hops = 0


#: ``$limit`` bound in Cypher twins when every row is asked for (``limit=0``).
ALL_ROWS = 2**62


def run(name: str, params: dict | None = None, graph_dir=None, engine: str | None = None) -> Rows:
    """Answer question ``name`` with ``params``: a list of row dicts (column → value).

    ``engine`` is a name of :data:`ENGINES` or an engine object (e.g.
    :class:`policykg.rdf.sparql.EndpointEngine`).  ``*_iri`` columns hold node IRIs;
    ``list-columns`` of the header are sorted lists.  A question with a ``# limit:`` header
    returns its first rows only (``params["limit"]``, default the header's; 0: all), and says
    so in :attr:`Rows.cut`.
    """
    question = queries.question(name)
    params = dict(params or {})
    limit = row_limit(question, params.pop("limit", None)) if question.limit else 0
    hops = hop_limit(question, params.pop("hops", None)) if question.hops else 0
    bound = bind_params(question, params)
    eng = engine if hasattr(engine, "select") else get_engine(engine or DEFAULT_ENGINE)
    asked = limit + 1 if limit else 0  # one more row tells whether the answer was cut
    text = queries.read_query(name, eng.suffix, rows=asked, hops=hops or None)
    args = {**bound, "limit": asked or ALL_ROWS} if question.limit and eng.suffix == ".cypher" else bound
    if graph_dir is not None:
        directory = Path(graph_dir)
    else:  # a server-side engine (Neo4j) does not need the local graph
        from policykg.pipeline.cache import default_graph_dir  # builds the corpus: imported on use

        directory = default_graph_dir() if getattr(eng, "uses_graph_dir", True) else None
    rows = eng.select(directory, text, args)
    # parameter variables are projected (pyoxigraph substitution needs it): drop the echoes
    split = _ListSplitter(question.list_columns)
    out = Rows(split({k: v for k, v in row.items() if k not in bound}) for row in rows[: limit or None])
    out.limit, out.cut, out.hops = limit, bool(limit) and len(rows) > limit, hops
    return out


def empty_note(question: queries.Question, rows: Rows) -> str:
    """What an empty answer means (the header's ``if-empty``, with the hop limit in use)."""
    return question.if_empty.replace("{hops}", str(rows.hops or question.hops))


def get_engine(name: str):
    """The engine registered as ``name`` in :data:`ENGINES`."""
    if name not in ENGINES:
        raise PolicyKGError(f"unknown query engine {name!r}; choose from {', '.join(ENGINES)}")
    if name not in _loaded:
        module, _, attr = ENGINES[name].partition(":")
        try:
            _loaded[name] = getattr(importlib.import_module(module), attr)()
        except ImportError as exc:
            raise PolicyKGError(f"query engine {name!r} is not available: {exc}") from exc
    return _loaded[name]


class _ListSplitter:
    """Splits ``GROUP_CONCAT`` columns into sorted lists (of numbers when every item is one).

    Answers repeat list values row after row (a field's tiers, a region's clusters): each
    distinct value is split once per answer, and every row gets its own list.

    >>> split = _ListSplitter(["tiers", "years"])
    >>> split({"tiers": "核心|前沿|核心", "years": "2025|2030|2027.5", "name": "x"})
    {'tiers': ['前沿', '核心'], 'years': [2025, 2027.5, 2030], 'name': 'x'}
    >>> split({"tiers": "", "years": None})
    {'tiers': [], 'years': []}
    """

    def __init__(self, list_columns):
        self.columns = tuple(list_columns)
        self.seen: dict = {}

    def __call__(self, row: dict) -> dict:
        for col in self.columns:
            value = row.get(col)
            items = self.seen.get(value)
            if items is None:
                items = self.seen[value] = _sorted_items(value)
            row[col] = list(items)
        return row


def _sorted_items(value) -> tuple:
    """The items of one ``|``-joined list value, sorted (as numbers when every item is one)."""
    parts = {x for x in str(value).split(LIST_SEPARATOR) if x} if value not in (None, "") else set()
    try:
        numbers = {Decimal(x) for x in parts}
    except InvalidOperation:
        return tuple(sorted(parts))
    return tuple(sorted(int(n) if n == n.to_integral_value() else float(n) for n in numbers))


# -- benchmark ----------------------------------------------------------------
def benchmark(graph_dir, engines=("oxigraph", "rdflib"), repeat: int = 3) -> dict:
    """Load time and median latency (seconds) of every question's example on each engine.

    Returns ``{engine: {"load": s, "queries": {name: s}, "total": s}}``.
    """
    out = {}
    for name in engines:
        eng = get_engine(name)
        if hasattr(eng, "clear"):
            eng.clear()  # drop cached stores so the load is measured
        t0 = time.perf_counter()
        run("document-overview", {}, graph_dir, engine=name)
        load = time.perf_counter() - t0
        lat = {}
        for q in queries.questions():
            times = []
            for _ in range(repeat):
                t = time.perf_counter()
                run(q.name, q.example, graph_dir, engine=name)
                times.append(time.perf_counter() - t)
            lat[q.name] = statistics.median(times)
        out[name] = {"load": load, "queries": lat, "total": sum(lat.values())}
    return out
