"""The SPARQL engines of the query catalogue: a build's Oxigraph store, or an rdflib dataset.

An engine has a ``suffix`` (the catalogue file it runs: ``.rq``) and
``select(graph_dir, text, params) -> list[dict]``, and ``clear()`` to drop cached stores;
:data:`policykg.query.ENGINES` registers them by name.  Both query the union of the
dataset's named graphs.  pyoxigraph is the default: it opens the build's persistent store
read-only (:mod:`policykg.rdf.store`, built on first use), so a process answers its first
question without loading the graph; rdflib parses ``graph.trig`` into memory (small graphs
only).  Values are bound as parameters (pyoxigraph ``substitutions``, rdflib
``initBindings``), never pasted into query text.

>>> term_value("5000.0", _XSD + "decimal"), term_value("0.5", _XSD + "decimal"), term_value("true", _XSD + "boolean")
(5000, 0.5, True)
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from policykg.errors import PolicyKGError
from policykg.rdf.store import ensure_store, open_store

_XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMERIC = {f"{_XSD}{t}" for t in ("decimal", "double", "float")}
_INTEGER = {f"{_XSD}{t}" for t in ("integer", "int", "long", "short", "nonNegativeInteger",
                                   "positiveInteger", "negativeInteger", "nonPositiveInteger")}


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
        seen: dict = {None: None}
        get = seen.get
        rows = []
        for sol in result:
            cells = []
            for term in sol:
                cell = get(term, seen)
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


__all__ = ["OxigraphEngine", "RdflibEngine", "term_value"]
