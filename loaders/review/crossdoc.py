"""The corpus-level second pass: names typed in one document are recognized in every other.

After every document of a corpus is extracted, the names its rules typed with
confidence (a field of a list with a field head, a zone or organization with its
suffix, a central body …) and the concepts of the field vocabulary form a
:class:`Lexicon`. Each document is then read again for those names: a mention that
stands on word boundaries and is not yet in the document's digest is added, with
its own sentence as evidence (rule ``crossdoc.<kind>``). Fields count only where
the sentence treats them as a field (``X领域``, ``发展X``, ``X、Y等``), not in passing.

The lexicon is built from all first-pass digests before any document is read again,
and each document is read against it alone, so the result does not depend on the
order of the documents.

>>> lex = Lexicon.from_digests([{"zones": [{"name": "光谷科技创新走廊", "kind": "园区"}], "fields": [], "organizations": []}])
>>> d = {"document": {}, "fields": [], "zones": [], "organizations": []}
>>> recognize(d, "依托光谷科技创新走廊，在脑机接口领域加快布局。", lex)
>>> [(z["name"], z["evidence"]["rule"]) for z in d["zones"]], [f["name"] for f in d["fields"]]
([('光谷科技创新走廊', 'crossdoc.zone')], ['脑机接口'])
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from policykg.loaders.reading.document import Doc, inside_title
from policykg.loaders.rules.enumerations import COMMIT, enumerations, head_kind
from policykg.loaders.words.lexicon import is_direction, is_generic, is_sector
from policykg.resolve import vocabulary

#: digest list → the kind a lexicon name has
LISTS = {"fields": "field", "zones": "zone", "organizations": "organization"}
#: rules whose names are typed with confidence (a head, a suffix, a vocabulary of bodies)
CONFIDENT = re.compile(r"^(?:field\.(?:enumeration|subject|cluster_item|focus_section|represented|pillar|headline)|"
                       r"zone\.(?:suffix|quoted)|org\.(?:national|suffix|government|party_committee|quoted))$")
#: a field named as a field: ``在X领域``, ``X产业`` after a verb of commitment
_FIELD_AFTER = re.compile(r"(?:产业|领域|赛道)(?![链园基集])")
_FIELD_BEFORE = re.compile(r"(?:发展|布局|培育|聚焦|围绕|瞄准|壮大|抢占|深耕|开辟)$")
_COMMIT_AFTER = re.compile(r"[，,]?[^。；;]{0,8}?(?:计划|将|重点|加快|建设|布局|打造|培育|推动|支持)")


@dataclass
class Lexicon:
    """Names known across the corpus, with their kind (``field``, ``zone``, ``organization``)."""

    names: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_digests(cls, digests, vocabulary_fields: bool = True) -> Lexicon:
        """The confident names of ``digests`` (any order gives the same lexicon) and, with
        ``vocabulary_fields``, every label of the field vocabulary."""
        names: dict[str, str] = {}
        found: dict[str, set[str]] = {}
        for digest in digests:
            for key, kind in LISTS.items():
                for item in digest.get(key) or []:
                    rule = (item.get("evidence") or {}).get("rule", "")
                    if CONFIDENT.match(rule) or not item.get("evidence"):
                        found.setdefault(item["name"], set()).add(kind)
        if vocabulary_fields:
            for c in vocabulary.concepts().values():
                for label in (c.key, *c.alt_labels):
                    if not is_direction(label):
                        found.setdefault(label, set()).add("field")
        for name, kinds in found.items():
            if len(kinds) == 1 and _usable(name, next(iter(kinds))) and not is_direction(name):
                names[name] = next(iter(kinds))
        return cls(dict(sorted(names.items())))

    def automaton(self):
        """A leftmost-longest matcher over the names (built once per lexicon)."""
        auto = self.__dict__.get("_auto")
        if auto is None:
            import ahocorasick_rs

            forms = list(self.names)
            auto = self.__dict__["_auto"] = (ahocorasick_rs.AhoCorasick(
                forms, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest), forms)
        return auto


def _usable(name: str, kind: str) -> bool:
    if is_generic(name) or is_sector(name) or re.search(r"[，,。；、\s]", name):
        return False
    if kind == "field":
        return 2 <= len(name) <= 12
    return 4 <= len(name) <= 24 and not name.startswith(("市", "省", "区", "县"))  # 市科委: relative to a region


def recognize(digest: dict, text: str, lexicon: Lexicon, doc: Doc | None = None) -> None:
    """Add to ``digest`` the lexicon names ``text`` mentions that it does not list yet."""
    if not lexicon.names:
        return
    doc = doc or Doc.from_text(text, (digest.get("document") or {}).get("id") or "document")
    auto, forms = lexicon.automaton()
    known = {key: _names(digest.get(key) or []) for key in LISTS}
    tokens = doc.tokens
    skip = [(sec.start, sec.end) for f in digest.get("fields") or []
            if (f.get("evidence") or {}).get("rule") == "field.cluster_item"
            and (sec := doc.section_at(f["evidence"]["start"])) is not None]
    for i, start, end in auto.find_matches_as_indexes(doc.text, overlapping=False):
        name = forms[i]
        kind = lexicon.names[name]
        key = next(k for k, v in LISTS.items() if v == kind)
        if any(name in n for n in known[key]) or not (tokens.is_boundary(start) and tokens.is_boundary(end)):
            continue
        if kind == "field" and not _field_context(doc, start, end, lexicon, skip):
            continue
        if inside_title(doc.text, start):
            continue
        item = {"name": name, "aliases": [], "evidence": doc.evidence(start, end, f"crossdoc.{kind}")}
        if kind == "field":
            item.update(cluster=None, tier=None)
        elif kind == "zone":
            item["kind"] = _suffix_kind(name)
        else:
            item["kind"] = _org_kind(name)
        digest.setdefault(key, []).append(item)
        known[key].add(name)


def _names(items: list) -> set[str]:
    out = set()
    for item in items:
        if isinstance(item, dict):
            out.add(item.get("name") or "")
            out.update(item.get("aliases") or [])
    return out - {""}


def _field_context(doc: Doc, start: int, end: int, lexicon: Lexicon, skip: list[tuple[int, int]]) -> bool:
    """A mention treated as a field: ``在X领域``, or a whole item of a list without a head whose
    items are mostly known fields (the known items type their neighbours), outside the
    sub-areas of one field's own item."""
    if any(a <= start < b for a, b in skip):
        return False
    for e in enumerations(doc):
        if e.start <= start < e.end:
            if (start, end) not in e.items or e.head or head_kind(e) is not None or not COMMIT.search(e.verb):
                return False  # 与人工智能、卫星互联网等的跨域融合: named in passing, not committed to
            return sum(lexicon.names.get(n) == "field" for n in e.names) * 2 > len(e.names)
    text = doc.text
    after = _FIELD_AFTER.match(text, end)
    if not after:
        return False
    if _FIELD_BEFORE.search(text[max(0, start - 4):start]):
        return True
    if text[start - 1:start] in ("把", "将") and text.startswith("作为", after.end()):
        return True  # 把氢能产业作为抢占发展制高点的重要…, 将量子产业作为重点培育的…: the industry made a priority
    # 在氢能领域,上海计划…建设: a setting the sentence goes on to commit to (not 在X领域处于领先水平)
    return text[start - 1:start] == "在" and bool(_COMMIT_AFTER.match(text, after.end()))


def _suffix_kind(name: str) -> str:
    from policykg.loaders.rules.places import ZONE_SUFFIXES

    return next((ZONE_SUFFIXES[s] for s in sorted(ZONE_SUFFIXES, key=len, reverse=True) if name.endswith(s)), "园区")


def _org_kind(name: str) -> str:
    from policykg.loaders.rules.actors import ORG_SUFFIXES

    return next((ORG_SUFFIXES[s] for s in sorted(ORG_SUFFIXES, key=len, reverse=True) if name.endswith(s)),
                "government")


def cross_document(digests: dict[str, dict], texts: dict[str, str]) -> None:
    """The second pass over a corpus: ``digests`` and the normalized ``texts`` by document id."""
    lexicon = Lexicon.from_digests(digests[k] for k in sorted(digests))
    for doc_id in sorted(digests):
        if doc_id in texts:
            recognize(digests[doc_id], texts[doc_id], lexicon)
