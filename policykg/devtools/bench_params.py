"""Catalogue parameters that find something in a synthetic build (for ``policykg bench``).

The catalogue's ``# example:`` parameters name the bundled corpus (上海,
``shanghai-2022-action-plan`` …), so on a synthetic corpus several questions
answer nothing and measure only how fast a miss is.  :func:`hit_params` reads
a build's digests and picks values that are there: the region of a document
that shares a field with another region, that document, another document of
its region, one of its clusters, districts, fields and target years.  Every
question is then also timed with these (``query_p50_ms_<n>_hits``).

>>> params = hit_params_from([{"document": {"id": "d1", "region": "甲市", "title": "甲市方案"},
...     "fields": [{"name": "脑机接口", "tier": "加快培育"}], "clusters": [{"name": "未来健康产业集群"}],
...     "districts": [{"name": "东区"}], "targets": [{"year": 2030}]},
...    {"document": {"id": "d2", "region": "乙市", "title": "乙市方案"}, "fields": [{"name": "脑机接口"}]}])
>>> params["city"], params["city_b"], params["cluster"], params["year"], params["tier"]
('甲市', '乙市', '未来健康产业集群', '2030', '加快培育')
"""

from __future__ import annotations

import json
from collections import Counter

from policykg.pipeline.folder import digest_files


def _names(digest: dict, key: str) -> list[str]:
    return [i["name"] if isinstance(i, dict) else i for i in digest.get(key) or []
            if (i.get("name") if isinstance(i, dict) else i)]


def _richness(digest: dict) -> int:
    return sum(len(digest.get(k) or []) for k in ("clusters", "districts", "fields", "zones", "targets", "measures"))


def hit_params_from(digests: list[dict]) -> dict[str, str]:
    """Parameter name → value found in ``digests`` (see the module docstring); names it cannot fill
    are left out, so the catalogue example is used for them."""
    if not digests:
        return {}
    by_region: dict[str, list[dict]] = {}
    for d in digests:
        by_region.setdefault((d.get("document") or {}).get("region") or "", []).append(d)
    fields_of = {r: {f for d in ds for f in _names(d, "fields")} for r, ds in by_region.items()}
    # the richest document of a region that has two documents and shares a field with another region
    candidates = sorted(digests, key=lambda d: (-(len(by_region[d["document"].get("region") or ""]) > 1),
                                                -_richness(d), d["document"].get("id") or ""))
    doc = candidates[0]
    meta = doc["document"]
    region = meta.get("region") or ""
    out = {"city": region, "region": region, "city_a": region, "a": region}
    others = [r for r in by_region if r and r != region and fields_of[r] & fields_of[region]]
    if others:
        out["city_b"] = max(others, key=lambda r: (len(fields_of[r] & fields_of[region]), r))
    out["document"] = out["from_document"] = meta.get("id") or ""
    sibling = [d["document"].get("id") for d in by_region[region] if d is not doc]
    if sibling:
        out["to_document"] = sorted(sibling)[0]
    for param, key in (("cluster", "clusters"), ("district", "districts"), ("field", "fields")):
        names = _names(doc, key)
        if names:
            out[param] = names[0]
    if "field" in out:
        out["name"] = out["b"] = out["field"]
    years = Counter(t.get("year") for t in doc.get("targets") or [] if isinstance(t, dict) and t.get("year"))
    if years:
        out["year"] = str(years.most_common(1)[0][0])
    tiers = [f.get("tier") for f in doc.get("fields") or [] if isinstance(f, dict) and f.get("tier")]
    if tiers:
        out["tier"] = tiers[0]
    return {k: v for k, v in out.items() if v}


def hit_params(build_dir) -> dict[str, str]:
    """:func:`hit_params_from` the digests of a ``policykg build`` output folder."""
    return hit_params_from([json.loads(p.read_text(encoding="utf-8")) for p in digest_files(build_dir)])


def question_params(hits: dict[str, str]) -> dict[str, dict]:
    """Question name → its parameters: the hit value of each one found, else the catalogue example."""
    from policykg import queries  # imported on use: only this benchmark step needs it

    return {q.name: {p.name: hits.get(p.name, q.example.get(p.name)) for p in q.params} for q in queries.questions()}
