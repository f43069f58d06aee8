"""The question catalogue: named relationship questions as SPARQL files (``*.rq``).

Each ``<name>.rq`` starts with a machine-readable header of ``# key: value``
comment lines (a Cypher twin ``<name>.cypher`` may carry the same header)::

    # title-zh: 某城市（地区）有哪些未来产业集群？
    # title-en: Which future-industry clusters does a city (region) have?
    # param: city (name) — 城市或地区名称 | city or region name
    # example: city=上海
    # iri-columns: cluster_iri, region_iri
    # list-columns: fields, sources
    # note: free text
    # if-empty: what an empty answer means (printed instead of a bare "no rows")
    # limit: 100
    # hops: 3, at most 8

``hops`` marks a question about paths (``path-between``): its files are
written for paths of at most 3 links, and ``--param hops=N`` (a whole number
from 1 to the header's maximum) asks :func:`read_query` for the text of that
limit, written by :mod:`policykg.queries.path_between` (the checked number
goes into the text, like ``LIMIT``: a path length cannot be a parameter).
``{hops}`` in ``if-empty`` stands for the limit in use.

``limit`` marks a question whose answer is an unbounded list: by default
only its first 100 rows (in the question's ``ORDER BY``) are computed, and
``--param limit=N`` changes that (``limit=0``: every row).  Such a query ends
its chosen rows with ``LIMIT $limit`` in both files: a Cypher parameter in the
``.cypher`` twin; in the ``.rq`` (SPARQL 1.1 has no variable ``LIMIT``)
:func:`read_query` writes the checked integer there, or drops the clause for
every row.

Parameter types: ``name`` (matched on the normalized labels/aliases of an
entity through ``pkg:nameKey``, so 上海 and 上海市 both work), ``string``,
``integer``, ``decimal``.  Columns named ``*_iri`` hold node IRIs (for drawing
the answer's subgraph); ``list-columns`` are ``|``-joined aggregates returned
as sorted lists.

>>> q = question("clusters-of-city")
>>> q.title_en
'Which future-industry clusters does a city (region) have, and which fields does each include?'
>>> [(p.name, p.type) for p in q.params], q.example
([('city', 'name')], {'city': '上海'})
>>> "shared-fields" in names()
True
"""

from __future__ import annotations

import functools
import importlib.resources
import re
from dataclasses import dataclass, field

from policykg.errors import PolicyKGError
from policykg.model.schema import LIST_PAGE

#: Parameter types a header may declare.
PARAM_TYPES = ("name", "string", "integer", "decimal")
_HEADER = re.compile(r"^#\s*([a-z-]+)\s*:\s*(.*?)\s*$")
_PARAM = re.compile(r"^(\w+)\s*\((\w+)\)\s*(?:[—-]+\s*(.*))?$")


@dataclass(frozen=True)
class Param:
    """A declared query parameter."""

    name: str
    type: str
    help: str = ""


@dataclass(frozen=True)
class Question:
    """One catalogue entry, read from the header of its ``.rq`` file."""

    name: str
    title_zh: str
    title_en: str
    params: tuple[Param, ...] = ()
    example: dict[str, str] = field(default_factory=dict)
    iri_columns: tuple[str, ...] = ()
    list_columns: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    #: what an empty answer means (the ``# if-empty:`` line), e.g. a limit the question has
    if_empty: str = ""
    #: rows returned by default (the ``# limit:`` line); 0: the answer is never cut
    limit: int = 0
    #: longest path by default and at most (the ``# hops:`` line); 0: no path question
    hops: int = 0
    max_hops: int = 0

    @property
    def param_names(self) -> list[str]:
        """Names of the parameters, in header order."""
        return [p.name for p in self.params]


def names(suffix: str = ".rq") -> list[str]:
    """Sorted names of the questions that have a ``suffix`` file (``.rq`` or ``.cypher``)."""
    root = importlib.resources.files(__name__)
    return sorted(p.name[: -len(suffix)] for p in root.iterdir() if p.name.endswith(suffix))


#: The row-limit clause of a cut question's files (see ``# limit:`` above).
LIMIT_CLAUSE = re.compile(r"LIMIT \$limit\b")
#: ``VALUES ?page { $pages }`` and, on the next line, ``?x pkg:listPage ?page .``: the list pages
#: (``pkg:listPage``, :mod:`policykg.rdf.pages`) that hold the first ``rows`` rows of a cut question.
PAGES_CLAUSE = re.compile(r"VALUES \?page \{ \$pages \}(?P<rest>[^\n]*\n\s*\?\w+ pkg:listPage \?page \.)")
#: Entries per list page.
PAGE = LIST_PAGE


def read_query(name: str, suffix: str = ".rq", rows: int | None = None, hops: int | None = None) -> str:
    """The text of query ``name`` (``suffix`` ``.rq`` for SPARQL, ``.cypher`` for Cypher).

    In SPARQL text, ``LIMIT $limit`` becomes ``LIMIT rows`` (default: the header's ``# limit:``),
    or goes when ``rows`` is 0; ``VALUES ?page { $pages }`` becomes the list pages those rows are
    on, or goes too with its ``pkg:listPage`` line (:func:`fill_pages`).  Cypher text keeps ``$limit``,
    a parameter.  ``hops`` asks a path question for paths of at most that many links (default: the
    header's ``# hops:``).

    >>> "LIMIT 100" in read_query("document-overview"), "LIMIT" in read_query("document-overview", rows=0)
    (True, False)
    >>> "*1..5]" in read_query("path-between", ".cypher", hops=5)
    True
    """
    text = _raw(name, suffix)
    if hops is not None and hops != question(name).hops:
        text = _path_text(name, suffix, hops)
    if suffix != ".rq" or not LIMIT_CLAUSE.search(text):
        return text
    if rows is None:
        rows = question(name).limit
    if not isinstance(rows, int) or isinstance(rows, bool) or rows < 0:
        raise ValueError(f"rows must be a whole number >= 0, not {rows!r}")
    return LIMIT_CLAUSE.sub(f"LIMIT {rows}" if rows else "", fill_pages(text, rows))


def fill_pages(text: str, rows: int) -> str:
    r"""SPARQL ``text`` with ``VALUES ?page { $pages }`` listing the pages of the first ``rows`` rows
    (``0 … (rows - 1) // PAGE``), or, when ``rows`` is 0 (every row), without it and its
    ``pkg:listPage`` line.

    >>> fill_pages("VALUES ?page { $pages }  # pages\n  ?m pkg:listPage ?page .", 203)
    'VALUES ?page { 0 1 2 }  # pages\n  ?m pkg:listPage ?page .'
    >>> fill_pages("VALUES ?page { $pages }  # pages\n  ?m pkg:listPage ?page .", 0)
    '# every page'
    """
    pages = " ".join(str(p) for p in range((rows - 1) // PAGE + 1))
    return PAGES_CLAUSE.sub(lambda m: f"VALUES ?page {{ {pages} }}{m['rest']}" if rows else "# every page", text)


def _raw(name: str, suffix: str) -> str:
    res = importlib.resources.files(__name__) / f"{name}{suffix}"
    if not re.fullmatch(r"[a-z0-9-]+", name) or not res.is_file():
        known = ", ".join(names(suffix))
        raise PolicyKGError(f"unknown query {name!r}; known: {known}")
    return res.read_text(encoding="utf-8")


@functools.cache
def question(name: str) -> Question:
    """The parsed header of query ``name``."""
    return parse_header(name, _raw(name, ".rq"))


def questions() -> list[Question]:
    """Every question of the catalogue, sorted by name."""
    return [question(n) for n in names()]


def parse_header(name: str, text: str) -> Question:
    """Read the ``# key: value`` header lines at the top of a query file."""
    meta: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = _HEADER.match(line)
        if m:
            meta.setdefault(m.group(1), []).append(m.group(2))
    return Question(
        name=name,
        title_zh=_one(meta, "title-zh", name),
        title_en=_one(meta, "title-en", name),
        params=tuple(_param(name, p) for p in meta.get("param", [])),
        example=dict(kv.split("=", 1) for kv in " ".join(meta.get("example", [])).split() if "=" in kv),
        iri_columns=_list(meta, "iri-columns"),
        list_columns=_list(meta, "list-columns"),
        notes=tuple(meta.get("note", [])),
        if_empty=" ".join(meta.get("if-empty", [])),
        limit=int(_one(meta, "limit", name)) if "limit" in meta else 0,
        **_hops(name, meta),
    )


def _hops(name: str, meta: dict) -> dict:
    if "hops" not in meta:
        return {}
    m = re.fullmatch(r"(\d+),\s*at most\s+(\d+)", meta["hops"][0])
    if not m:
        raise ValueError(f"query {name}: bad hops line {meta['hops'][0]!r} (want '3, at most 8')")
    return {"hops": int(m.group(1)), "max_hops": int(m.group(2))}


def _path_text(name: str, suffix: str, hops: int) -> str:
    """The text of path question ``name`` for ``hops`` links (checked: a whole number in its range)."""
    from policykg.queries import path_between  # the only path question; imported when a limit is asked

    if name != "path-between":
        raise ValueError(f"query {name} has no hop limit")
    return path_between.text(suffix, hops)


def _one(meta: dict, key: str, name: str) -> str:
    if key not in meta:
        raise ValueError(f"query {name}: header has no '# {key}:' line")
    return meta[key][0]


def _list(meta: dict, key: str) -> tuple[str, ...]:
    return tuple(c.strip() for v in meta.get(key, []) for c in v.split(",") if c.strip())


def _param(name: str, spec: str) -> Param:
    m = _PARAM.match(spec)
    if not m or m.group(2) not in PARAM_TYPES:
        raise ValueError(f"query {name}: bad param line {spec!r} (want 'name (type) — help', type in {PARAM_TYPES})")
    return Param(m.group(1), m.group(2), m.group(3) or "")
