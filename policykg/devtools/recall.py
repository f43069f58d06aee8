"""How much of a ground-truth digest an extracted digest finds: recall and precision per list.

Used on synthetic corpora (:mod:`policykg.devtools.synthetic` writes the truth) as a
generality check of the extractor.  Items are matched by a key per list:
fields and clusters by vocabulary concept (:func:`policykg.resolve.vocabulary.field_key`),
districts by adcode, targets by ``(year, value, unit)``, programmes by short
name, the rest by normalized name.

>>> truth = {"fields": [{"name": "通用AI"}], "targets": [{"year": 2030, "value": 5, "unit": "个"}]}
>>> found = {"fields": [{"name": "通用人工智能"}, {"name": "脑机接口"}], "targets": []}
>>> s = score([truth], [found])
>>> s["fields"]["recall"], s["fields"]["precision"], s["targets"]["recall"]
(1.0, 0.5, 0.0)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from policykg.resolve.vocabulary import field_key, normalize

#: list → key of one item
KEYS = {
    "clusters": lambda i: field_key(re.sub(r"产业集群$", "", i.get("direction") or i["name"])),
    "fields": lambda i: field_key(i["name"]),
    "districts": lambda i: str(i.get("adcode") or normalize(i["name"])),
    "zones": lambda i: normalize(i["name"]),
    "programmes": lambda i: normalize(i.get("short") or i["name"]),
    "measures": lambda i: normalize(i["name"]),
    "targets": lambda i: (i.get("year"), i.get("value"), i.get("unit")),
    "organizations": lambda i: normalize(i["name"]),
    "scenarios": lambda i: normalize(i["name"] if isinstance(i, dict) else i),
    "people": lambda i: normalize(i["name"]),
}
#: document metadata compared one to one
META = ("title", "region", "doc_type", "issuer", "date", "about", "valid_from", "valid_until")


def _keys(items, key) -> set:
    out = set()
    for item in items or []:
        try:
            out.add(key(item))
        except (KeyError, TypeError):
            continue
    return out


def _meta_value(meta: dict, name: str):
    v = meta.get(name)
    return normalize(v) if isinstance(v, str) and name in ("title", "about", "issuer") else v


def score(truths: Iterable[dict], digests: Iterable[dict]) -> dict:
    """Recall, precision and counts per list (and accuracy per metadata field), over document pairs.

    Returns ``{list: {"recall", "precision", "truth", "found", "hits"}}`` plus
    ``{"document": {field: accuracy}}``.
    """
    totals = {k: [0, 0, 0] for k in KEYS}
    meta_hits = {m: [0, 0] for m in META}
    for truth, found in zip(truths, digests, strict=True):
        for name, key in KEYS.items():
            t, f = _keys(truth.get(name), key), _keys(found.get(name), key)
            totals[name][0] += len(t)
            totals[name][1] += len(f)
            totals[name][2] += len(t & f)
        for m in META:
            tm, fm = truth.get("document") or {}, found.get("document") or {}
            if tm.get(m) is not None:
                meta_hits[m][0] += 1
                meta_hits[m][1] += _meta_value(tm, m) == _meta_value(fm, m)
    out = {name: {"recall": round(h / t, 3) if t else None, "precision": round(h / f, 3) if f else None,
                  "truth": t, "found": f, "hits": h} for name, (t, f, h) in totals.items()}
    out["document"] = {m: round(h / n, 3) if n else None for m, (n, h) in meta_hits.items()}
    return out


def misses(truth: dict, found: dict, name: str, limit: int = 5) -> list:
    """Up to ``limit`` ground-truth items of list ``name`` the extracted digest lacks."""
    key = KEYS[name]
    have = _keys(found.get(name), key)
    return [i for i in truth.get(name) or [] if key(i) not in have][:limit]
