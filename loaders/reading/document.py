"""A document ready for rules: normalized text, outline, sentences, evidence.

>>> d = Doc.from_text("一、目标\\n到2030年，建成15个先导区。其他。", "x")
>>> ev = d.evidence(d.text.index("15"), d.text.index("15") + 4, "target.count")
>>> ev["quote"], ev["section"], ev["rule"]
('到2030年，建成15个先导区。', '一、', 'target.count')
>>> split_list("脑机接口、生物安全和合成生物等")
['脑机接口', '生物安全', '合成生物']
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from policykg.loaders.reading.outline import Outline, Section
from policykg.loaders.words.segment import Tokens

_SENT_END = re.compile(r"[。！？!?；;]|\n")


@dataclass
class Doc:
    """The normalized text of one document and everything rules look up in it."""

    id: str
    text: str
    outline: Outline
    _ends: list[int] = field(default_factory=list, repr=False)
    #: the document's title, once the metadata rules have found it
    title: str | None = None
    #: memoized lookups of the rules (district mentions, addressee lines …), by rule
    cache: dict = field(default_factory=dict, repr=False)
    _tokens: Tokens | None = field(default=None, repr=False)
    _breaks: list[int] | None = field(default=None, repr=False)

    @classmethod
    def from_text(cls, text: str, doc_id: str) -> Doc:
        """Parse the outline and sentence boundaries of normalized ``text``."""
        ends = [m.end() for m in _SENT_END.finditer(text)]
        if not ends or ends[-1] != len(text):
            ends.append(len(text))
        return cls(id=doc_id, text=text, outline=Outline.parse(text), _ends=ends)

    @property
    def tokens(self) -> Tokens:
        """The words of the text (segmented once, on first use)."""
        if self._tokens is None:
            self._tokens = Tokens.of(self.text)
        return self._tokens

    def sentence_span(self, pos: int) -> tuple[int, int]:
        """The span of the sentence holding ``pos`` (sentences end at 。！？； or a line end)."""
        i = bisect.bisect_right(self._ends, pos)
        start = self._ends[i - 1] if i > 0 else 0
        end = self._ends[i] if i < len(self._ends) else len(self.text)
        return start, end

    def sentences(self, start: int = 0, end: int | None = None):
        """Yield ``(start, end, sentence)`` for the sentences within a span."""
        end = len(self.text) if end is None else end
        i = bisect.bisect_right(self._ends, start)
        s = start
        while s < end:
            e = min(self._ends[i] if i < len(self._ends) else end, end)
            if self.text[s:e].strip():
                yield s, e, self.text[s:e]
            s, i = e, i + 1

    def quote(self, start: int, end: int) -> str:
        """The whole sentence(s) around a span, trimmed."""
        s0, _ = self.sentence_span(start)
        _, e1 = self.sentence_span(max(start, end - 1))
        return self.text[s0:e1].strip()

    def evidence(self, start: int, end: int, rule: str) -> dict:
        """An evidence record for the span ``[start, end)``."""
        return {"start": start, "end": end, "quote": self.quote(start, end),
                "section": self.outline.path_at(start), "rule": rule}

    def section_at(self, pos: int) -> Section | None:
        """The deepest outline section holding ``pos``."""
        return self.outline.section_at(pos)

    def paragraph_span(self, pos: int) -> tuple[int, int]:
        """The span of the line (paragraph) holding ``pos``."""
        if self._breaks is None:
            self._breaks = [m.start() for m in _NEWLINE.finditer(self.text)]
        breaks = self._breaks
        i = bisect.bisect_left(breaks, pos)
        start = breaks[i - 1] + 1 if i > 0 else 0
        end = breaks[i] if i < len(breaks) else len(self.text)
        return start, end


_NEWLINE = re.compile("\n")
_LIST_SEP = re.compile(r"、|，|,|；|和|及|与|以及|或")


def split_list(s: str) -> list[str]:
    """Split an enumeration (``A、B和C等``) into its items.

    ``和/及/与`` split the last item only when both sides look like items of
    the list (same last character as another item), so ``基因和细胞治疗``
    stays whole while ``临港新片区和紫竹高新区`` splits.

    >>> split_list("脑机接口、基因和细胞治疗、可控核聚变及核技术应用")
    ['脑机接口', '基因和细胞治疗', '可控核聚变及核技术应用']
    >>> split_list("张江科学城、临港新片区和紫竹高新区等")
    ['张江科学城', '临港新片区', '紫竹高新区']
    """
    s = re.sub(r"等$", "", s.strip())
    parts = [p.strip(" “”\"'") for p in re.split(r"、|；|;", s)]
    parts = [p for p in parts if p]
    if parts:
        last = parts.pop()
        ends = {p[-1] for p in parts if p}
        for m in re.finditer(r"以及|和|及|与|或", last):
            left, right = last[:m.start()], last[m.end():]
            same_end = left[-1:] == right[-1:] or right[-1:] in ends
            if len(left) >= 2 and len(right) >= 2 and (same_end or m.group(0) != "及" and min(len(left), len(right)) >= 3):
                parts.extend([left, right])
                break
        else:
            parts.append(last)
    return [p for p in parts if p]


def inside_title(text: str, pos: int) -> bool:
    """Inside 《…》: a name in another document's title."""
    before = text[max(0, pos - 60):pos]
    return before.rfind("《") > before.rfind("》")


def strip_quotes(s: str) -> str:
    """Drop Chinese and ASCII quotes and book-title marks."""
    return re.sub(r"[“”\"‘’《》「」『』]", "", s)


def occurrences(name: str, text: str) -> list[int]:
    """Where ``name`` starts in ``text``, each occurrence after the end of the one before (what
    ``re.finditer(re.escape(name), text)`` finds, without compiling a pattern per name: a pattern per
    name fills the ``re`` module's cache and pushes the rules' own patterns out of it).

    >>> occurrences("aa", "aaaa"), occurrences("", "ab")
    ([0, 2], [])
    """
    out: list[int] = []
    if not name:
        return out
    at = text.find(name)
    while at >= 0:
        out.append(at)
        at = text.find(name, at + len(name))
    return out


def find_all(pattern: re.Pattern, text: str, start: int = 0, end: int | None = None):
    """``pattern.finditer`` over a slice, with offsets into the whole text."""
    return pattern.finditer(text, start, len(text) if end is None else end)


class Bag:
    """Items keyed for de-duplication, kept in first-seen order.

    Adding an item whose key is already present merges it: missing values are
    filled in, aliases are united, the first evidence stays.

    >>> b = Bag()
    >>> _ = b.add("浦东", {"name": "浦东", "aliases": []})
    >>> _ = b.add("浦东", {"name": "浦东新区", "aliases": ["浦东新区"]})
    >>> b.values()
    [{'name': '浦东', 'aliases': ['浦东新区']}]
    """

    def __init__(self) -> None:
        self._items: dict = {}

    def add(self, key, item: dict) -> dict:
        """Add or merge ``item`` under ``key`` and return the stored item."""
        old = self._items.get(key)
        if old is None:
            self._items[key] = item
            return item
        for k, v in item.items():
            if k == "aliases":
                names = {old.get("name")}
                old["aliases"] = list(dict.fromkeys([*old.get("aliases", []),
                                                     *(a for a in v if a not in names)]))
            elif isinstance(v, list) and isinstance(old.get(k), list) and k != "evidence":
                old[k] = list(dict.fromkeys([*old[k], *v]))
            elif old.get(k) in (None, "", []) and v not in (None, "", []):
                old[k] = v
        return old

    def get(self, key):
        """The item stored under ``key`` or ``None``."""
        return self._items.get(key)

    def __contains__(self, key) -> bool:
        return key in self._items

    def values(self) -> list[dict]:
        """The items in first-seen order."""
        return list(self._items.values())
