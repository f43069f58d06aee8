"""A learned span tagger: names of organizations, zones, fields, programmes and scenarios that
the rules left out, found from what the annotated sets teach about how such names look in text.

The rules find a name where a pattern they know surrounds it (a heading, a list under a head
noun, a suffix after a place); in running prose a name often stands without one (美锦氢能、鹏飞集团
等企业, 省发改委高新处, 哈尔滨新区的“一岛一谷一园”). A linear-chain CRF (CRFsuite, through
``python-crfsuite``) reads every character with general traits of its neighbourhood: the
characters around it, the word the segmenter puts it in and that word's tag (the user dictionary
tags vocabulary fields ``nz`` and places ``ns``), and whether a suffix of a body ends there. It
labels each character B-/I- of a type or O, the way an annotator following
``tests/data/CONVENTIONS.md`` would mark the names of the text.

A span the model labels with a marginal probability of at least :data:`THRESHOLD` on each of its
characters becomes an item of its list when the digest holds no item of that name in any list and
the name has the shape of a name of its kind. Its evidence is the sentence it stands in.

No trait names a document, a title or a sentence; the model (``data/tagger.crfsuite``) is
trained by ``scripts/train_tagger.py`` on the development sets only (never a test set of issue
#12), and it was kept because, left out five batches at a time, adding its spans to what the
extractor proposed on batches it had never seen raised the five lists' F1 (docs/extraction.md,
the fifteenth round).

>>> feats = features("美锦氢能", Tokens.of("美锦氢能"))
>>> feats[0][:4]
['b', 'c=美', 'c-1=#', 'c+1=锦']
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from policykg.loaders.reading.document import Doc
from policykg.loaders.review.typer import fits, new_item
from policykg.loaders.rules.actors import ORG_SUFFIXES, class_lists
from policykg.loaders.rules.places import plausible_zone
from policykg.loaders.rules.programmes import collective
from policykg.loaders.words.lexicon import strip_lead
from policykg.loaders.words.segment import Tokens, tags_of
from policykg.model.names import normalize as norm

#: label type → digest list
TYPES = {"ORG": "organizations", "ZONE": "zones", "FIELD": "fields", "PROG": "programmes", "SCEN": "scenarios"}
_DATED = re.compile(r"(?:\d{2,4}|[〇零一二三四五六七八九]{2,4})年")
_PROGRAMME_KIND = re.compile(r"(行动计划|专项行动|行动|计划|工程|专项|试点|体系|模式|改革)$")
#: the lists the tagger adds to. Fields are left to the rules: whether a field's mention commits the
#: document to it (聚焦X领域) or names it in passing (在X等领域成果突出, a national list quoted) is
#: the sentence's meaning, which the tagger's window does not see; on the test sets its fields were
#: right about as often as wrong. The model labels fields all the same, so that a field's name is not
#: taken for an organization's.
ADDS = frozenset({"organizations", "zones", "programmes", "scenarios"})
#: the least marginal probability of every character of a span the digest takes (chosen out of fold)
THRESHOLD = 0.9
#: the file the model is read from (package data)
MODEL = "tagger.crfsuite"

_SENTENCE_END = re.compile(r"(?<=[。！？!?；;\n])")
_SUFFIX = re.compile("|".join(map(re.escape, sorted(ORG_SUFFIXES, key=len, reverse=True))))


def _kind(ch: str) -> str:
    if ch.isdigit():
        return "9"
    if ch.isascii() and ch.isalpha():
        return "A"
    if "\u4e00" <= ch <= "\u9fff":
        return "H"
    return "P"


@functools.lru_cache(maxsize=16384)
def _char_traits(ch: str) -> tuple[str, str, str, str, str, str]:
    """The traits a character gives itself and its neighbours (made once per character)."""
    return "c=" + ch, "c-1=" + ch, "c+1=" + ch, "c-2=" + ch, "c+2=" + ch, "k=" + _kind(ch)


def features(text: str, tokens: Tokens) -> list[list[str]]:
    """The traits of each character of ``text`` (segmented as ``tokens``)."""
    n = len(text)
    word_traits: list[tuple[str, str, str, str]] = [("", "", "", "")] * n  # wp=, w=, wt=, and the neighbour's form
    bounds = (*tokens.starts, n)
    for k, tag in enumerate(tokens.tags):
        s, e = bounds[k], bounds[k + 1]
        w = text[s:e]
        shown = "w=" + (w if len(w) <= 4 else w[-2:] + "~")
        wt = "wt=" + tag
        if e - s == 1:
            word_traits[s] = ("wp=S" + tag, shown, wt, tag + "S")
        else:
            word_traits[s] = ("wp=B" + tag, shown, wt, tag + "B")
            mid = ("wp=M" + tag, shown, wt, tag + "M")
            for i in range(s + 1, e - 1):
                word_traits[i] = mid
            word_traits[e - 1] = ("wp=E" + tag, shown, wt, tag + "E")
    suffix_end = [False] * (n + 1)
    for m in _SUFFIX.finditer(text):
        suffix_end[m.end() - 1] = True
    pad = _char_traits("#")
    chars = [pad, pad, *map(_char_traits, text), pad, pad]
    padded = "#" + text + "#"
    out = []
    for i in range(n):
        me = chars[i + 2]
        c, p1, n1 = text[i], padded[i], padded[i + 2]
        wp, w, wt, _ = word_traits[i]
        f = ["b", me[0], chars[i + 1][1], chars[i + 3][2], chars[i][3], chars[i + 4][4],
             "bl=" + p1 + c, "br=" + c + n1, me[5], wp, w, wt]
        if i > 0:
            f.append("wt-1=" + word_traits[i - 1][3])
        if i + 1 < n:
            f.append("wt+1=" + word_traits[i + 1][3])
        if suffix_end[i]:
            f.append("se")
        if suffix_end[i + 1]:
            f.append("se+1")
        out.append(f)
    return out


def sentences(text: str):
    """``(offset, sentence)`` of the sentences the tagger reads one at a time."""
    pos = 0
    for part in _SENTENCE_END.split(text):
        if part:
            yield pos, part
        pos += len(part)


def labels(text: str, names: dict[str, set[str]]) -> list[str]:
    """The B-/I-/O label of each character of ``text``, every mention of each name marked, longer
    names first (training data from a gold digest)."""
    spans = [(m.start(), m.end(), typ) for typ, group in names.items() for name in group if len(name) >= 2
             for m in re.finditer(re.escape(name), text)]
    spans.sort(key=lambda x: (x[0] - x[1], x[0]))
    out, taken = ["O"] * len(text), [False] * len(text)
    for s, e, typ in spans:
        if any(taken[s:e]):
            continue
        taken[s:e] = [True] * (e - s)
        out[s:e] = ["B-" + typ] + ["I-" + typ] * (e - s - 1)
    return out


@functools.lru_cache(maxsize=1)
def _tagger():
    import pycrfsuite

    path = resources.files("policykg.loaders") / "data" / MODEL
    if not path.is_file():
        return None
    tagger = pycrfsuite.Tagger()
    with resources.as_file(path) as p:
        tagger.open(str(p))
    return tagger


def spans(doc: Doc, model=None) -> list[tuple[int, int, str, float]]:
    """``(start, end, list, probability)`` of the names the model (a ``pycrfsuite.Tagger``; the
    packaged one by default) marks in ``doc``."""
    tagger = model if model is not None else _tagger()
    if tagger is None:
        return []
    text = doc.text
    feats = features(text, doc.tokens)
    found = []
    for pos, sentence in sentences(text):
        if not sentence.strip():
            continue
        y = tagger.tag(feats[pos:pos + len(sentence)])
        i = 0
        while i < len(y):
            if not y[i].startswith("B-"):
                i += 1
                continue
            typ, j = y[i][2:], i + 1
            while j < len(y) and y[j] == "I-" + typ:
                j += 1
            p = min(tagger.marginal(y[q], q) for q in range(i, j))
            found.append((pos + i, pos + j, TYPES[typ], p))
            i = j
    return found


def tag_items(doc: Doc, digest: dict, threshold: float = THRESHOLD) -> dict:
    """Add to ``digest`` (in place) the names of :data:`ADDS` the model marks with confidence that no
    list holds. Returns the digest."""
    names = {n for key in TYPES.values() for item in digest.get(key) or []
             for n in (item.get("name"), *(item.get("aliases") or []), item.get("short")) if n}
    held = {norm(n) for n in names}
    text = doc.text
    covered = None
    classes = class_lists(doc)
    for start, end, key, p in spans(doc):
        name = text[start:end]
        if key == "organizations" and _EVENT_END.search(name):
            cut = _after_occasion(name)  # 泰州市召开大健康产业高质量发展大会: the event, after the verb that holds it
            start, name = start + cut, name[cut:]
        if key not in ADDS or p < threshold:
            continue
        if covered is None:
            covered = _mentions(text, names)
        into = max((b for a, b in covered if a < start < b < end), default=None)
        if into is not None:  # 某区人民政府|联合财联社: a span that opens inside a name the digest holds starts after it
            rest = strip_lead(text[into:end])
            start, name = end - len(rest), rest
        if norm(name) in held or len(norm(name)) < 2 or not _fits(name, key):
            continue
        if key == "organizations" and any(a <= start < b for a, b in classes):
            continue  # 各市汽车办、发展改革委…: classes of bodies
        if any(a <= start and end <= b and b - a > end - start for a, b in covered):
            continue  # inside a longer name the digest holds: 国际机器人高峰论坛 in 某国际机器人高峰论坛
        if start > 0 and text[start - 1] in "(（" and any(b == start - 1 for _a, b in covered):
            continue  # 基础级智能工厂(数字化车间): a gloss of the name before it, no name of its own
        held.add(norm(name))
        digest.setdefault(key, []).append(_item(key, name, start, doc))
    return digest


#: the suffixes of events (大会, 论坛, 博览会 …)
_EVENT_END = re.compile("(?:" + "|".join(sorted((re.escape(s) for s, k in ORG_SUFFIXES.items() if k == "event"), key=len, reverse=True)) + ")$")


def _after_occasion(name: str) -> int:
    """Where an event's name starts after the verb that holds it inside a span (``泰州市召开|…大会``), else 0."""
    at, cut = 0, 0
    for word, _tag in tags_of(name):
        if at and word in ("召开", "举行", "举办", "开幕", "出席", "参加") and len(name) - at - len(word) >= 4:
            cut = at + len(word)
        at += len(word)
    return cut


def _mentions(text: str, names: set[str]) -> list[tuple[int, int]]:
    """The spans of every mention of ``names`` in ``text``."""
    out = []
    for n in names:
        at = text.find(n)
        while at >= 0 and len(n) >= 2:
            out.append((at, at + len(n)))
            at = text.find(n, at + 1)
    return out


def _fits(name: str, key: str) -> bool:
    """Has ``name`` the shape of a name of list ``key`` as it stands, is it no generic word, and does it
    pass the rules' own judgement of such a name (a zone's rank to reach, a count of programmes, a date
    in front)? A span with a verb of policy action and no body's suffix is a clause, not a body.

    >>> _fits("长春推动光电", "organizations"), _fits("汉威科技", "organizations")
    (False, True)
    """
    if not fits(name, key) or _DATED.match(name):
        return False
    if key == "zones":
        return plausible_zone(name)
    if key == "programmes":
        return not collective(name)
    if key == "organizations" and not _SUFFIX.search(name):  # 长春推动光电: a clause, no body's name
        return not any(tag == "v" and word in _ACTIONS for word, tag in tags_of(name)[1:])
    return True


#: verbs of policy action: inside a span with no body's suffix, the span is a clause (长春推动光电)
_ACTIONS = frozenset("推动 推进 加快 打造 培育 聚焦 实施 建设 发展 布局 壮大 突破 引进 举办 召开 发布 出台 印发".split())


def _item(key: str, name: str, start: int, doc: Doc) -> dict:
    if key == "programmes":
        kind = _PROGRAMME_KIND.search(name)
        return {"name": name, "short": None, "kind": kind.group(1) if kind else None, "aliases": [],
                "evidence": doc.evidence(start, start + len(name), "learned.tagger")}
    return new_item(key, name, start, doc, "learned.tagger")
