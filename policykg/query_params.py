"""A catalogue question's parameters as typed values, checked once for every engine.

:func:`bind_params` checks ``k=v`` parameters against a question's header
(:mod:`policykg.queries`) and converts them: numbers with :func:`parse_number`, a ``name`` to
its lookup key (:func:`policykg.model.names.name_key`, matched against ``pkg:nameKey`` and
Neo4j's ``name_keys``); :func:`row_limit` reads a cut question's ``limit``;
:func:`parse_params` splits the command line's ``k=v`` items.

>>> parse_params(["region=上海市", "year=2030"])
{'region': '上海市', 'year': '2030'}
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from policykg import queries
from policykg.errors import PolicyKGError
from policykg.model.names import name_key


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
