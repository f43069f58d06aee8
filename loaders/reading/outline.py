"""The outline of an official document: ``一、`` ``(一)`` ``1.`` ``(1)`` ``①`` ``第X条``.

Headings are found at line starts, and also inline after a space or a
sentence end (some pages put a whole document on one line).  A marker only
counts when its number continues the sequence of its kind (``二、`` after
``一、``; ``(一)`` opening a new level), which keeps ordinary numbers in
sentences out of the outline.

>>> o = Outline.parse("一、总体要求\\n（一）指导思想\\n坚持创新。\\n（二）目标\\n1.脑机接口。加速突破。\\n二、保障措施")
>>> [(s.marker, s.title) for s in o.sections]
[('一、', '总体要求'), ('(一)', '指导思想'), ('(二)', '目标'), ('1.', '脑机接口'), ('二、', '保障措施')]
>>> o.path_at(o.text.index("加速"))
'一、(二) 1.'
>>> Outline.parse("计划 (2024—2027年) 一、总体要求 (一)工作思路 坚持以人为本。 (二)原则 前瞻规划。").sections[2].title
'原则'
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from policykg.loaders.reading.text import cn_number

_CN = "一二三四五六七八九十百零〇两"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

# kind → regex for the marker (group "n" is the number)
_MARKERS = {
    "chapter": rf"第(?P<n>[{_CN}\d]{{1,4}})章",
    "section": rf"第(?P<n>[{_CN}\d]{{1,4}})节",
    "article": rf"第(?P<n>[{_CN}\d]{{1,4}})条",
    "cn": rf"(?P<n>[{_CN}]{{1,3}})、",
    "paren_cn": rf"[(（](?P<n>[{_CN}]{{1,3}})[)）]",
    "arabic": r"(?P<n>\d{1,2})[.、．](?![%])",
    "paren_arabic": r"[(（](?P<n>\d{1,2})[)）]",
    "circled": rf"(?P<n>[{_CIRCLED}])",
}
_MARKER_RE = re.compile("|".join(f"(?P<{k}>{v.replace('(?P<n>', f'(?P<n_{k}>')})" for k, v in _MARKERS.items()))
# where a heading may start: line start, or inline after a space / sentence end
_BEFORE_OK = set(" \n\t。；;！!？?|")
#: the note of who carries an item out, closing it: ``…(市自然资源规划局、长沙经开区管委会按职责分工负责)(二)…``
_DUTY_NOTE_END = re.compile(r"(?:负责|牵头|配合|推进)[)）]$")
_TITLE_END = re.compile(r"[。；;：:！？!?\n]")
_TITLE_OR_CLAUSE_END = re.compile(r"[。；;：:！？!?\n，,]")


@dataclass
class Section:
    """One heading of the outline and the span of text it governs."""

    kind: str
    number: int
    marker: str
    title: str
    start: int
    title_start: int
    title_end: int
    depth: int
    end: int = -1
    parent: Section | None = field(default=None, repr=False)

    @property
    def path(self) -> str:
        """The outline path, e.g. ``二、(一) 1.``."""
        chain, s = [], self
        while s is not None:
            chain.append(s.marker)
            s = s.parent
        out = ""
        for m in reversed(chain):
            out += m if (not out or m.startswith("(") or out.endswith("、") and not m[0].isdigit()) else " " + m
        return out

    def ancestors(self) -> list[Section]:
        """Parents from the nearest up."""
        out, s = [], self.parent
        while s is not None:
            out.append(s)
            s = s.parent
        return out


class Outline:
    """The text with its heading tree; lookups by character offset."""

    def __init__(self, text: str, sections: list[Section]):
        self.text = text
        self.sections = sections
        self._starts = [s.start for s in sections]

    @classmethod
    def parse(cls, text: str) -> Outline:
        """Find the headings of ``text`` (see the module docstring)."""
        sections: list[Section] = []
        stack: list[Section] = []
        last_number: dict[str, int] = {}
        for m in _MARKER_RE.finditer(text):
            start = m.start()
            if start > 0 and text[start - 1] not in _BEFORE_OK and not _DUTY_NOTE_END.search(text, max(0, start - 16), start):
                continue
            kind = m.lastgroup
            inline = start > 0 and text[start - 1] != "\n"
            if kind == "arabic" and (inline or m.group(0)[-1] != "、") and text[m.end():m.end() + 1].isdigit():
                if inline or not re.match(r"\d+[A-Za-z\u4e00-\u9fff]", text[m.end():m.end() + 4]):
                    continue  # a decimal number, not a marker
            n = _number(m.group(f"n_{kind}"))
            if n is None:
                continue
            kinds = [s.kind for s in stack]
            if kind in kinds:
                i = kinds.index(kind)
                if n != stack[i].number + 1 and (inline or n != 1):
                    continue  # a line-start 1 restarts the list (its parent was not seen)
                del stack[i:]
            elif not (n == 1 or n == last_number.get(kind, -9) + 1
                      or (kind not in last_number and not inline and n <= 3)):
                continue
            noted = start > 0 and text[start - 1] not in _BEFORE_OK  # after an item's note of who carries it out
            title, t0, t1 = _title(text, m.end(), inline, comma=noted)
            if inline and not title:
                continue
            sec = Section(kind=kind, number=n, marker=_canonical_marker(kind, m.group(0)), title=title,
                          start=start, title_start=t0, title_end=t1, depth=len(stack) + 1,
                          parent=stack[-1] if stack else None)
            stack.append(sec)
            sections.append(sec)
            last_number[kind] = n
        _strip_page_numbers(sections, text)
        _close(sections, len(text))
        return cls(text, sections)

    def section_at(self, pos: int) -> Section | None:
        """The deepest section whose span holds ``pos``."""
        i = bisect.bisect_right(self._starts, pos) - 1
        while i >= 0:
            s = self.sections[i]
            if s.start <= pos < s.end:
                return s
            i -= 1
        return None

    def path_at(self, pos: int) -> str:
        """The outline path at ``pos`` (``""`` before the first heading)."""
        s = self.section_at(pos)
        return s.path if s else ""

    def children(self, sec: Section | None) -> list[Section]:
        """Direct sub-sections of ``sec`` (top-level sections for ``None``)."""
        return [s for s in self.sections if s.parent is sec]

    def body(self, sec: Section) -> tuple[int, int]:
        """Span of a section's own text: after its title, up to its first child."""
        kids = self.children(sec)
        return sec.title_end, (kids[0].start if kids else sec.end)


def _number(s: str | None) -> int | None:
    if not s:
        return None
    if s in _CIRCLED:
        return _CIRCLED.index(s) + 1
    if s.isdigit():
        return int(s)
    v = cn_number(s)
    return int(v) if isinstance(v, (int, float)) and v > 0 else None


def _canonical_marker(kind: str, raw: str) -> str:
    raw = raw.replace("（", "(").replace("）", ")").replace("．", ".")
    if kind == "arabic":
        return raw[:-1] + "."
    return raw


def _title(text: str, pos: int, inline: bool, comma: bool = False) -> tuple[str, int, int]:
    """The heading's title: up to a sentence end, a line end or a space (or a comma, for an item run on after
    the note that closes the one before it)."""
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    window = text[pos:pos + 60]
    m = (_TITLE_OR_CLAUSE_END if comma else _TITLE_END).search(window)
    cut = m.start() if m else len(window)
    sp = window.find(" ")
    if 0 <= sp < cut:
        cut = sp
    title = window[:cut].strip()
    if len(title) > 40 or cut == len(window) == 60:
        return "", pos, pos
    return title, pos, pos + cut


_PAGE_LINE = re.compile(r"([^\n]*?[\u4e00-\u9fff)）”])[ \t.…·]*\d{1,3}[ \t]*(?:\n|$)")


def _strip_page_numbers(sections: list[Section], text: str) -> None:
    """A table of contents (``(一)信息技术应用创新产业 15``): a run of three or more headings, each a
    whole line ending in a page number, loses the numbers from its titles."""
    run: list[tuple[Section, re.Match]] = []
    for s in [*sections, None]:
        eol = text.find("\n", s.title_start) if s is not None else -1
        last = text[eol - 1] if eol > 0 else (text[-1:] if s is not None else "")
        m = _PAGE_LINE.match(text, s.title_start) if s is not None and last.isdigit() else None
        if m and len(m.group(1)) <= 40:
            run.append((s, m))
            continue
        if len(run) >= 3:
            for r, m in run:
                r.title, r.title_end = m.group(1), m.end(1)
        run = []


def _close(sections: list[Section], n: int) -> None:
    """Set each section's end: the next heading at the same or a shallower depth."""
    for i, s in enumerate(sections):
        s.end = n
        for t in sections[i + 1:]:
            if t.depth <= s.depth:
                s.end = t.start
                break
