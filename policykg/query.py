"""Answers to the catalogue's named questions (:mod:`policykg.queries`) over the RDF graph.

:func:`run` reads a question's header, checks and types its parameters, and
hands query text plus parameters to an *engine*.  Values are bound as
parameters (pyoxigraph ``substitutions``, rdflib ``initBindings``), never
pasted into query text; a ``name`` parameter is bound as its lookup key
(:func:`policykg.rdf.dataset.name_key`) and matched against ``pkg:nameKey``.

Engines are found through the registry :data:`ENGINES` (name → ``"module:Class"``,
loaded on use).  An engine has a ``suffix`` (which catalogue file it runs:
``.rq``; a Neo4j engine would use ``.cypher``) and
``select(graph_dir, text, params) -> list[dict]`` (and may have ``clear()`` to
drop cached stores).  Both SPARQL engines query the union of the dataset's
named graphs.  pyoxigraph is the default: it opens the build's persistent
store read-only (:mod:`policykg.rdf.store`, built on first use), so a process
answers its first question without loading the graph; rdflib parses
``graph.trig`` into memory (small graphs only); see :func:`benchmark`.

Without ``graph_dir`` the bundled corpus's graph is used, built once and cached
(:func:`policykg.pipeline.cache.default_graph_dir`).
"""

from __future__ import annotations

import importlib
import importlib.resources
import re
import statistics
import time
import unicodedata
from decimal import Decimal, InvalidOperation
from pathlib import Path

from policykg import queries
from policykg.errors import PolicyKGError
from policykg.rdf.dataset import name_key
from policykg.rdf.store import ensure_store, open_store

#: engine name → ``"module:Class"`` (instantiated on first use).
ENGINES: dict[str, str] = {
    "oxigraph": "policykg.query:OxigraphEngine",
    "rdflib": "policykg.query:RdflibEngine",
    "neo4j": "policykg.neo4j.cypher_engine:CypherEngine",
}
#: The engine :func:`run` uses when none is given (fastest measured).
DEFAULT_ENGINE = "oxigraph"
#: Separator of ``GROUP_CONCAT`` list columns.
LIST_SEPARATOR = "|"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMERIC = {f"{_XSD}{t}" for t in ("decimal", "double", "float")}
_INTEGER = {f"{_XSD}{t}" for t in ("integer", "int", "long", "short", "nonNegativeInteger",
                                   "positiveInteger", "negativeInteger", "nonPositiveInteger")}
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
    out = Rows(_lists({k: v for k, v in row.items() if k not in bound}, question.list_columns)
               for row in rows[: limit or None])
    out.limit, out.cut, out.hops = limit, bool(limit) and len(rows) > limit, hops
    return out


def hop_limit(question: queries.Question, raw) -> int:
    """The ``hops`` parameter of a path question: a whole number from 1 to the header's maximum,
    default the header's ``# hops:``."""
    if raw is None or str(raw).strip() == "":
        return question.hops
    number = parse_number(unicodedata.normalize("NFKC", str(raw)).strip(), integer=True)
    if number is None or not 1 <= number <= question.max_hops:
        raise PolicyKGError(f"query {question.name}: parameter hops must be a whole number from 1 to "
                            f"{question.max_hops}, not {raw!r}")
    return number


def empty_note(question: queries.Question, rows: Rows) -> str:
    """What an empty answer means (the header's ``if-empty``, with the hop limit in use)."""
    return question.if_empty.replace("{hops}", str(rows.hops or question.hops))


def row_limit(question: queries.Question, raw) -> int:
    """The ``limit`` parameter of a cut question: a whole number >= 0 (0: every row), default the
    header's ``# limit:``."""
    if raw is None or str(raw).strip() == "":
        return question.limit
    number = parse_number(unicodedata.normalize("NFKC", str(raw)).strip(), integer=True)
    if number is None or number < 0:
        raise PolicyKGError(f"query {question.name}: parameter limit must be a whole number >= 0 "
                            f"(0: every row), not {raw!r}")
    return number


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


def bind_params(question: queries.Question, params: dict) -> dict:
    """Check ``params`` against the question's header and convert them to typed values."""
    declared = {p.name: p for p in question.params}
    unknown = sorted(set(params) - set(declared))
    if unknown:
        raise PolicyKGError(f"query {question.name} has no parameter {', '.join(unknown)}; "
                            f"it takes: {', '.join(declared) or 'none'}")
    out = {}
    for p in question.params:
        raw = params.get(p.name)
        if raw is None or str(raw).strip() == "":
            raise PolicyKGError(f"query {question.name} needs --param {p.name}=… ({p.type}: {p.help})")
        out[p.name] = _typed(question.name, p, raw)
    return out


def _typed(qname: str, p: queries.Param, raw):
    text = unicodedata.normalize("NFKC", str(raw)).strip()
    if p.type in ("integer", "decimal"):
        number = parse_number(text, integer=p.type == "integer")
        if number is None:
            raise PolicyKGError(f"query {qname}: parameter {p.name} must be {'an' if p.type == 'integer' else 'a'} "
                                f"{p.type} (like 1000, 1,000, 1e3 or 1000.0), not {raw!r}")
        return number
    return name_key(text) if p.type == "name" else text


_NUMBER = re.compile(r"[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d*)?([eE][+-]?\d+)?")


def parse_number(text, integer: bool = False) -> int | Decimal | None:
    """A parameter's number, parsed once for every engine: ``1e3``, ``1,000`` and ``1000.0`` are all 1000.

    Decimals come back without an exponent (``1E+3`` is not an ``xsd:decimal``); ``integer`` asks for a
    whole number.  None when ``text`` is no number, a huge or tiny one (beyond 10¹⁸ or 10⁻¹⁸), or not whole
    when ``integer``.

    >>> [parse_number(t) for t in ("1e3", "1,000", "1000.0", "0.5", "1,00", "nan")]
    [Decimal('1000'), Decimal('1000'), Decimal('1000'), Decimal('0.5'), None, None]
    >>> parse_number("2.5e1", integer=True), parse_number("2.5", integer=True)
    (25, None)
    """
    text = str(text).strip()
    m = _NUMBER.fullmatch(text)
    if not text or not m or not (m.group(1) or (m.group(3) or "").strip(".")):
        return None
    value = Decimal(text.replace(",", ""))
    if not value:
        return 0 if integer else Decimal(0)
    if not -18 <= value.adjusted() <= 18:  # beyond any amount or count in a policy
        return None
    whole = value == value.to_integral_value()
    if integer:
        return int(value) if whole else None
    value = value.quantize(Decimal(1)) if whole else value.normalize()
    return Decimal(format(value, "f"))


def _lists(row: dict, list_columns) -> dict:
    """Split ``GROUP_CONCAT`` columns into sorted lists (of numbers when every item is one)."""
    for col in list_columns:
        value = row.get(col)
        parts = {x for x in str(value).split(LIST_SEPARATOR) if x} if value not in (None, "") else set()
        try:
            numbers = {Decimal(x) for x in parts}
        except InvalidOperation:
            row[col] = sorted(parts)
        else:
            row[col] = sorted(int(n) if n == n.to_integral_value() else float(n) for n in numbers)
    return row


def term_value(lexical: str, datatype: str | None, is_literal: bool = True):
    """A Python value of an RDF term: int, float, bool or str (IRIs and dates as strings)."""
    if not is_literal or datatype is None:
        return lexical
    if datatype in _INTEGER:
        return int(lexical)
    if datatype in _NUMERIC:
        d = Decimal(lexical)
        return int(d) if d == d.to_integral_value() and datatype.endswith("decimal") else float(d)
    if datatype == f"{_XSD}boolean":
        return lexical in ("true", "1")
    return lexical


# -- engines -------------------------------------------------------------------
def _graph_file(graph_dir: Path) -> Path:
    path = graph_dir / "graph.trig" if graph_dir.is_dir() else graph_dir
    if not path.is_file():
        raise PolicyKGError(f"no RDF graph at {graph_dir} (run `policykg build -o DIR` first)")
    return path


def _cache_key(path: Path) -> tuple:
    st = path.stat()
    return (str(path.resolve()), st.st_mtime_ns, st.st_size)


class OxigraphEngine:
    """SPARQL over a build's persistent store (:mod:`policykg.rdf.store`), opened read-only: named graphs
    per document, their union as the default graph (which is what catalogue questions ask)."""

    suffix = ".rq"

    def __init__(self):
        self._stores: dict[Path, object] = {}
        #: called with one line before a store is built (the CLI prints it)
        self.notice = None

    def clear(self) -> None:
        """Forget opened stores."""
        self._stores = {}

    def store(self, graph_dir: Path):
        """The read-only store of a build (or an RDF file), built on first use; reopened when the
        graph files change."""
        folder = ensure_store(graph_dir, notice=self.notice)
        if folder not in self._stores:
            self._stores = {}  # one store open at a time
            self._stores = {folder: open_store(folder)}
        return self._stores[folder]

    def select(self, graph_dir: Path, text: str, params: dict) -> list[dict]:
        """Run SELECT ``text`` with ``params`` substituted."""
        import pyoxigraph as ox  # imported on use: only this engine needs it

        subs = {ox.Variable(k): self._term(v) for k, v in params.items()}
        try:
            result = self.store(graph_dir).query(text, substitutions=subs)
        except SyntaxError as exc:
            raise PolicyKGError(f"bad SPARQL: {exc}") from exc
        cols = [v.value for v in result.variables]
        # A solution iterates its terms in column order; rows repeat terms a lot (IRIs, labels),
        # so each distinct term is converted once (a few µs per cell otherwise, on large answers).
        value = self._value
        seen: dict = {}
        rows = []
        for sol in result:
            cells = []
            for term in sol:
                if term is None:
                    cells.append(None)
                    continue
                cell = seen.get(term, seen)
                if cell is seen:
                    cell = seen[term] = value(term)
                cells.append(cell)
            rows.append(dict(zip(cols, cells, strict=True)))
        return rows

    @staticmethod
    def _term(value):
        import pyoxigraph as ox  # imported on use: only this engine needs it

        if isinstance(value, bool):
            return ox.Literal("true" if value else "false", datatype=ox.NamedNode(f"{_XSD}boolean"))
        if isinstance(value, int):
            return ox.Literal(str(value), datatype=ox.NamedNode(f"{_XSD}integer"))
        if isinstance(value, Decimal):
            return ox.Literal(str(value), datatype=ox.NamedNode(f"{_XSD}decimal"))
        return ox.Literal(str(value))

    @staticmethod
    def _value(term):
        import pyoxigraph as ox  # imported on use: only this engine needs it

        if term is None:
            return None
        if isinstance(term, ox.Literal):
            return term_value(term.value, None if term.language else term.datatype.value)
        return term.value


class RdflibEngine:
    """SPARQL over an rdflib ``Dataset`` with ``default_union=True``."""

    suffix = ".rq"

    def __init__(self):
        self._datasets: dict[tuple, object] = {}

    def clear(self) -> None:
        """Forget parsed datasets."""
        self._datasets = {}

    def dataset(self, graph_dir: Path):
        """The dataset of ``graph_dir/graph.trig``, parsed once per file version."""
        from rdflib import Dataset  # imported on use: only this engine needs it

        path = _graph_file(Path(graph_dir))
        key = _cache_key(path)
        if key not in self._datasets:
            ds = Dataset(default_union=True)
            ds.parse(path, format="trig")
            self._datasets = {key: ds}
        return self._datasets[key]

    def select(self, graph_dir: Path, text: str, params: dict) -> list[dict]:
        """Run SELECT ``text`` with ``params`` as ``initBindings``."""
        from rdflib import Literal, Variable  # imported on use: only this engine needs it

        bindings = {Variable(k): Literal(v) for k, v in params.items()}
        result = self.dataset(graph_dir).query(text, initBindings=bindings)
        cols = [str(v) for v in result.vars]
        return [{c: self._value(row[c]) for c in cols} for row in result]

    @staticmethod
    def _value(term):
        from rdflib import Literal  # imported on use: only this engine needs it

        if term is None:
            return None
        if isinstance(term, Literal):
            return term_value(str(term), None if term.language else str(term.datatype or f"{_XSD}string"))
        return str(term)


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


def parse_params(items) -> dict[str, str]:
    """``["k=v", …]`` → ``{k: v}`` (a value may hold ``=``); a malformed item is a one-line error.

    >>> parse_params(["city=上海", "a=b=c"])
    {'city': '上海', 'a': 'b=c'}
    """
    out = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise PolicyKGError(f"parameters are KEY=VALUE, not {item!r}")
        out[key.strip()] = value
    return out
