"""Ad-hoc Cypher on a Neo4j database: what ``policykg cypher`` runs.

:func:`cypher` sends one statement with its parameters (values never enter the
text) in a read transaction unless ``write=True``, and returns the column names
and rows as plain Python values (:func:`plain`).  What a user can get wrong
becomes one :class:`~policykg.errors.PolicyKGError` line: a Cypher error carries
Neo4j's message and position; a server that does not answer says how to start
one.

>>> parse_param("year=2025"), parse_param("city=上海"), parse_param('names=["脑机接口", "6G"]')
(('year', 2025), ('city', '上海'), ('names', ['脑机接口', '6G']))
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from policykg.errors import PolicyKGError, ServerError
from policykg.neo4j.connection import Settings, open_driver, translate_errors

#: what to do when no server answers
START_HINT = "start one with `policykg neo4j serve` (then `policykg neo4j load`), or point --uri/NEO4J_URI at yours"
_POSITION = re.compile(r"\(line (\d+), column (\d+) \(offset: \d+\)\)")


def parse_param(item: str) -> tuple[str, object]:
    """``KEY=VALUE`` → ``(key, value)``: a VALUE that reads as JSON (``12``, ``1.5``, ``true``, ``null``,
    ``"text"``, ``[…]``, ``{…}``) is that value, anything else is the text as given."""
    key, sep, raw = item.partition("=")
    if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key.strip()):
        raise PolicyKGError(f"parameters are NAME=VALUE with NAME a Cypher parameter name, not {item!r}")
    try:
        value = json.loads(raw)
    except ValueError:
        value = raw
    return key.strip(), value


@dataclass
class CypherResult:
    """Columns, rows (plain values) and what the server reported."""

    keys: list[str]
    rows: list[dict]
    counters: dict[str, int] = field(default_factory=dict)
    notifications: list[str] = field(default_factory=list)


def plain(value):
    """A driver value as plain Python: a node as ``{"labels", "properties"}``, a relationship as
    ``{"type", "start", "end", "properties"}`` (ends by ``uri``), a path as its nodes and
    relationships; dates and points as text.

    >>> plain([1, "a", {"k": 2.5}])
    [1, 'a', {'k': 2.5}]
    """
    # the driver, imported on use: CLI start-up stays fast
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return {"labels": sorted(value.labels), "properties": plain(dict(value))}
    if isinstance(value, Relationship):
        ends = [n.get("uri") if n is not None else None for n in (value.start_node, value.end_node)]
        return {"type": value.type, "start": ends[0], "end": ends[1], "properties": plain(dict(value))}
    if isinstance(value, Path):
        return {"nodes": [plain(n) for n in value.nodes], "relationships": [plain(r) for r in value.relationships]}
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)  # temporal and spatial values


def cypher_error(exc) -> PolicyKGError:
    """One line from a Neo4j error: its code, its message's first line, the position when given."""
    lines = [ln.strip() for ln in (exc.message or str(exc)).splitlines() if ln.strip()]
    text = lines[0] if lines else str(exc)
    if not _POSITION.search(text):
        found = next((m for m in map(_POSITION.search, lines) if m), None)
        if found:
            text += f" (line {found.group(1)}, column {found.group(2)})"
    text = _POSITION.sub(lambda m: f"(line {m.group(1)}, column {m.group(2)})", text)
    code = (exc.code or "").removeprefix("Neo.ClientError.")
    return PolicyKGError(f"Cypher: {text} [{code}]" if code else f"Cypher: {text}")


def read_statement(text: str | None, file: Path | None) -> str:
    """The statement from the command line or a file (exactly one of them)."""
    if text and file:
        raise PolicyKGError("give the statement on the command line or with -f FILE, not both")
    if file:
        try:
            text = Path(file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise PolicyKGError(f"cannot read {file}: {getattr(exc, 'strerror', None) or exc}") from None
    if not text or not text.strip():
        raise PolicyKGError("no Cypher statement: give one, e.g. policykg cypher \"MATCH (f:Field) RETURN f.name\"")
    return text.strip()


def cypher(text: str, params: dict | None = None, settings: Settings | None = None, write: bool = False) -> CypherResult:
    """Run ``text`` with ``params`` on the database of ``settings`` (default: ``NEO4J_*``, then the
    server of ``policykg neo4j serve``): read-only unless ``write``."""
    # the driver, imported on use: CLI start-up stays fast
    import neo4j
    from neo4j.exceptions import ClientError, DatabaseError, TransientError

    settings = settings or Settings.from_env()
    # the driver would also log each notification (a long repr) to stderr; they are returned instead
    logging.getLogger("neo4j.notifications").addHandler(logging.NullHandler())
    logging.getLogger("neo4j.notifications").propagate = False
    try:
        driver = open_driver(settings)
    except ServerError as exc:
        if "cannot reach" in str(exc):
            raise ServerError(f"no Neo4j server answers at {settings.where}: {START_HINT}") from None
        raise
    mode = neo4j.WRITE_ACCESS if write else neo4j.READ_ACCESS
    try:
        with translate_errors(settings), driver.session(database=settings.database, default_access_mode=mode) as session:
            result = session.run(text, params or {})
            keys = list(result.keys())
            rows = [{k: plain(record[k]) for k in keys} for record in result]
            summary = result.consume()
    except (ClientError, DatabaseError, TransientError) as exc:
        if "AccessMode" in (exc.code or "") or "Writing in read access mode" in (exc.message or ""):
            raise PolicyKGError("Cypher: this statement writes; add --write to run it in a write transaction") from None
        raise cypher_error(exc) from None
    finally:
        driver.close()
    counters = {k: v for k, v in vars(summary.counters).items() if isinstance(v, int) and not isinstance(v, bool) and v}
    notes = [s.status_description for s in summary.gql_status_objects if s.is_notification]
    return CypherResult(keys, rows, counters, notes)


__all__ = ["cypher", "CypherResult", "parse_param", "plain", "read_statement", "START_HINT"]
