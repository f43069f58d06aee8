"""The field vocabulary: future-industry fields (未来产业领域) as SKOS concepts.

The concepts live in ``ontology/fields.ttl`` (package data of
``policykg.ontology``), a general vocabulary after national guidance (the six
directions 未来制造 未来信息 未来材料 未来能源 未来空间 未来健康 and their typical
fields).  It is parsed with rdflib once per process (about 20 ms after the
rdflib import) and cached.

A concept's key is its Chinese ``skos:prefLabel``; written variants
(``skos:altLabel``) resolve to it, so 通用AI and 通用人工智能 are one field:

>>> canonical_field("通用AI").key
'通用人工智能'
>>> canonical_field("扩展现实（XR）").key, canonical_field("6G技术").key
('扩展现实', '第六代移动通信')
>>> field_key("可控核聚变及核技术应用")     # unknown fields keep their (normalized) name
'可控核聚变及核技术应用'
>>> [c.key for c in related("量子科技")][:2]
['量子信息', '量子精密测量']
"""

from __future__ import annotations

import functools
import importlib.resources
import re
from dataclasses import dataclass

from policykg.model.names import normalize

#: Suffixes dropped from a surface form when what remains is a known concept.
STRIP_SUFFIXES = ("产业集群", "集群", "产业", "技术", "领域", "科技")

_BRACKETED = re.compile(r"^(.+?)\((.+)\)$")

#: A small general glossary for English labels of non-field nodes (kinds and
#: suffixes), not per-document translations.
GLOSSARY = {
    "产业集群": "industry cluster", "集群": "cluster", "先导区": "pilot zone", "示范区": "demonstration zone",
    "新片区": "new area", "科学城": "science city", "科技城": "science and technology city",
    "高新区": "high-tech zone", "园区": "industrial park", "特色产业园区": "specialised industrial park",
    "实验室": "laboratory", "创新区": "innovation district", "生态城": "eco-city",
    "计划": "programme", "行动": "action", "工程": "project", "专项": "special programme",
    "行动方案": "action plan", "行动计划": "action plan", "若干措施": "support measures",
    "实施意见": "implementation opinions", "实施方案": "implementation plan", "规划": "plan",
    "政策解读": "policy interpretation", "新闻报道": "news report",
}


@dataclass(frozen=True)
class Concept:
    """One field of the vocabulary."""

    key: str
    iri: str
    label_en: str
    alt_labels: tuple[str, ...] = ()
    broader: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    top: bool = False
    #: where the concept comes from (``dcterms:source``: a national text, a seed plan, the genre)
    sources: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """The canonical Chinese name (same as :attr:`key`)."""
        return self.key


def _fold(surface: str) -> str:
    return normalize(surface).casefold()


@functools.lru_cache(maxsize=1)
def concepts() -> dict[str, Concept]:
    """Every concept by key, parsed from ``fields.ttl`` (cached)."""
    import rdflib  # imported on use: rdflib only when fields.ttl is parsed
    from rdflib.namespace import DCTERMS, SKOS

    text = (importlib.resources.files("policykg.ontology") / "fields.ttl").read_text(encoding="utf-8")
    g = rdflib.Graph().parse(data=text, format="turtle")
    keys = {s: _literal(g, s, SKOS.prefLabel, "zh") for s in g.subjects(rdflib.RDF.type, SKOS.Concept)}
    out = {}
    for s, key in sorted(keys.items(), key=lambda kv: kv[1]):
        out[key] = Concept(
            key=key, iri=str(s), label_en=_literal(g, s, SKOS.prefLabel, "en"),
            alt_labels=tuple(sorted(str(o) for o in g.objects(s, SKOS.altLabel))),
            broader=tuple(sorted(keys[o] for o in g.objects(s, SKOS.broader))),
            related=tuple(sorted({keys[o] for o in g.objects(s, SKOS.related)}
                                 | {keys[o] for o in g.subjects(SKOS.related, s)})),
            top=(s, SKOS.topConceptOf, None) in g,
            sources=tuple(sorted(str(o) for o in g.objects(s, DCTERMS.source))))
    return out


def _literal(g, s, p, lang: str) -> str:
    return next((str(o) for o in g.objects(s, p) if getattr(o, "language", None) == lang), "")


@functools.lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    """Folded surface form (key, altLabels, English label) → concept key."""
    index: dict[str, str] = {}
    for c in concepts().values():
        for form in (c.key, *c.alt_labels, c.label_en):
            index.setdefault(_fold(form), c.key)
    return index


def _resolve(folded: str, depth: int = 0) -> str | None:
    index = _index()
    if folded in index:
        return index[folded]
    m = _BRACKETED.match(folded)
    if m and depth < 2:
        return _resolve(m.group(1), depth + 1) or _resolve(m.group(2), depth + 1)
    for suffix in STRIP_SUFFIXES:
        if folded.endswith(suffix) and len(folded) > len(suffix) and depth < 2:
            found = _resolve(folded[: -len(suffix)], depth + 1)
            if found:
                return found
    return None


def canonical_field(surface: str) -> Concept | None:
    """The concept a written field name means, or ``None`` if it is not in the vocabulary.

    Normalizes width, whitespace, quotes and Latin case; tries ``A(B)`` as A then
    B; drops a trailing 技术/产业/领域/科技/(产业)集群 when the rest is known.

    >>> canonical_field("基因和细胞治疗").key, canonical_field("量子信息技术").key
    ('细胞与基因治疗', '量子信息')
    >>> canonical_field("xr科技").key, canonical_field("火星种菜") is None
    ('扩展现实', True)
    """
    key = _resolve(_fold(surface))
    return concepts()[key] if key else None


def field_key(surface: str) -> str:
    """The canonical key of a field, or its normalized surface form when unknown.

    >>> field_key("通用 AI"), field_key("深空深地深海探索")
    ('通用人工智能', '深空深地深海探索')
    """
    found = canonical_field(surface)
    return found.key if found else normalize(surface)


def explain(surface: str) -> str:
    """Why ``surface`` resolves to the field it does (for merge reports).

    >>> explain("通用AI")
    'skos:altLabel of 通用人工智能 in the field vocabulary'
    """
    c = canonical_field(surface)
    if c is None:
        return "spelling normalized (width, whitespace, quotes)"
    if _fold(surface) == _fold(c.key):
        return f"canonical name {c.key}"
    if any(_fold(a) == _fold(surface) for a in c.alt_labels):
        return f"skos:altLabel of {c.key} in the field vocabulary"
    return f"normalized (width, brackets, 技术/产业 suffix) to vocabulary concept {c.key}"


def concept(key: str) -> Concept | None:
    """The concept with this key (canonical name), or ``None``."""
    return concepts().get(key)


def broader(key: str) -> list[Concept]:
    """The direct broader concepts of ``key`` (a direction or a parent field)."""
    c = concept(key)
    return [concepts()[k] for k in c.broader] if c else []


def related(key: str) -> list[Concept]:
    """Concepts related to ``key`` (``skos:related``, either direction), sorted by key."""
    c = concept(key)
    return [concepts()[k] for k in c.related] if c else []


def direction(key: str) -> Concept | None:
    """The top concept (direction) above ``key``, following ``skos:broader``.

    >>> direction("量子计算").key
    '未来信息'
    """
    c, seen = concept(key), set()
    while c is not None and not c.top and c.broader and c.key not in seen:
        seen.add(c.key)
        c = concepts()[c.broader[0]]
    return c if c is not None and c.top else None


def gloss(term: str | None) -> str:
    """English for a general term or a name ending in one (``未来健康产业集群``).

    >>> gloss("先导区"), gloss("未来健康产业集群"), gloss("筑基")
    ('pilot zone', 'future health industry cluster', '')
    """
    term = normalize(term or "")
    if term in GLOSSARY:
        return GLOSSARY[term]
    for suffix in sorted(GLOSSARY, key=len, reverse=True):
        if term.endswith(suffix) and term != suffix:
            head = canonical_field(term[: -len(suffix)])
            if head is not None:
                return f"{head.label_en} {GLOSSARY[suffix]}"
    return ""
