"""The one place names are normalized, from the weakest form to the lookup key.

Every stage compares names through these functions: divisions (:func:`compact`), the
field vocabulary and entity resolution (:func:`normalize`), the RDF's ``pkg:nameKey``
and the queries' ``name`` parameters (:func:`name_key`).

>>> nfkc("（ＸＲ）")
'(XR)'
>>> compact(" 浦东 新区 ")
'浦东新区'
>>> normalize(" 扩展现实（ＸＲ） "), normalize("“XR”科技")
('扩展现实(XR)', 'XR科技')
>>> name_key(" 扩展现实（XR） ")
'扩展现实(xr)'
"""

from __future__ import annotations

import re
import unicodedata

#: Quotation and book-title marks a name may be written with.
QUOTES = re.compile(r"[“”‘’\"'「」『』《》〈〉]")


def nfkc(text: str | None) -> str:
    """Unicode NFKC: full-width letters, digits and brackets become half-width."""
    return unicodedata.normalize("NFKC", text or "")


def compact(text: str | None) -> str:
    """:func:`nfkc` without whitespace."""
    return "".join(nfkc(text).split())


def normalize(text: str | None) -> str:
    """Spelling-normalized: :func:`compact` without quotes or book-title marks."""
    return QUOTES.sub("", compact(text))


def name_key(text: str | None) -> str:
    """The lookup form of a name (``pkg:nameKey``): :func:`normalize`, lower case."""
    return normalize(text).lower()
