"""Short, distinct labels for documents in the views: region · year · type.

A policy title is long (上海打造未来产业创新高地发展壮大未来产业集群行动方案) and two
documents of one plan share most of it, so a view labels a document 「上海 2022 行动方案」
and keeps the full title for its tooltip and detail panel.

>>> from policykg.model import PolicyGraph
>>> g = PolicyGraph()
>>> _ = g.add_node("Region", "上海市", aliases=["上海"])
>>> for key, date in (("shanghai-2022-action-plan", None), ("sh-b", "2022-11-23")):
...     _ = g.add_node("Document", key, label="上海打造未来产业创新高地行动方案",
...                    props={"doc_type": "行动方案", **({"date": date} if date else {})})
...     _ = g.add_edge(f"Document/{key}", "COVERS_REGION", "Region/上海市")
>>> document_labels(g)
{'sh-b': '上海 2022 行动方案 #2', 'shanghai-2022-action-plan': '上海 2022 行动方案 #1'}
"""

from __future__ import annotations

import re

from policykg.model import PolicyGraph

_YEAR = re.compile(r"(?<!\d)(19[89]\d|20\d\d)(?!\d)")
_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市")


def region_short(name: str, aliases=()) -> str:
    """上海市 → 上海 (the shortest alias that starts the name, else the name without its suffix).

    >>> region_short("上海市", ["上海"]), region_short("广西壮族自治区"), region_short("全国")
    ('上海', '广西', '全国')
    """
    starts = sorted((a for a in aliases if a and name.startswith(a) and len(a) >= 2), key=len)
    if starts:
        return starts[0]
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


def document_year(node) -> str:
    """The year a document is known by: its date, its validity, a year in its title, or in its id."""
    for text in (node.props.get("date"), node.props.get("valid_from"), node.label, node.key):
        m = _YEAR.search(str(text or ""))
        if m:
            return m.group(1)
    return ""


def document_labels(graph: PolicyGraph) -> dict[str, str]:
    """Document key → a short label, distinct within the graph (``#1``, ``#2`` … by date, then id,
    when several documents share one)."""
    short = {}
    for doc in graph.nodes_of("Document"):
        regions = sorted(e.target for e in graph.out_edges(doc.id, "COVERS_REGION") if e.target in graph)
        region = " ".join(region_short(graph.nodes[r].label, graph.nodes[r].aliases) for r in regions[:2])
        kind = str(doc.props.get("doc_type") or "")
        parts = [p for p in (region, document_year(doc), kind) if p]
        short[doc.key] = " ".join(parts) if len(parts) >= 2 else _clip(doc.label, 14)
    groups: dict[str, list[str]] = {}
    for key, text in short.items():
        groups.setdefault(text, []).append(key)
    out = {}
    for text, keys in groups.items():
        keys.sort(key=lambda k: (str(graph.nodes[f"Document/{k}"].props.get("date") or ""), k))
        out.update({k: text if len(keys) == 1 else f"{text} #{i}" for i, k in enumerate(keys, 1)})
    return dict(sorted(out.items()))


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
