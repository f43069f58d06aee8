"""The comparison shared by the tests of the derived graph's lists and keys: a question's rows from its
catalogue text against its rows from the plain text it had before (``tests/data/plain-*``)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

from policykg import queries, query
from policykg.query_params import bind_params


def answer_rows(build: Path, name: str, params: dict, text: str, engine: str) -> list[dict]:
    """The rows in the order the engine gives them, without the echoed parameters (lists inside a cell
    sorted, as the runner does)."""
    question = queries.question(name)
    rows = query.get_engine(engine).select(build, text, bind_params(question, params))
    bound = set(bind_params(question, params))
    split = query._ListSplitter(question.list_columns)
    return [split({k: v for k, v in r.items() if k not in bound}) for r in rows]


def as_set(rows: list[dict]) -> list[str]:
    """The rows as a sorted list of JSON texts: equal when the same rows come in any order."""
    return sorted(json.dumps(r, ensure_ascii=False, sort_keys=True, default=str) for r in rows)


def compare(build: Path, cases: Iterable[tuple[str, dict]], plain: Callable[[str], Path], engine: str,
            check: Callable[[str, dict, list[dict], list[dict]], None]) -> int:
    """Run ``check(name, params, got, want)`` on every case; the number of rows compared."""
    compared = 0
    for name, params in cases:
        want = answer_rows(build, name, params, plain(name).read_text(encoding="utf-8"), engine)
        got = answer_rows(build, name, params, queries.read_query(name), engine)
        check(name, params, got, want)
        compared += len(want)
    return compared
