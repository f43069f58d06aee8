"""Enumerations: coordinated items with their head noun (``聚焦A、B和C等六大方向``).

Policy prose names most of its entities in lists: fields (``布局A、B等未来产业``),
programmes (``聚焦A、B…五大专项行动``), measures (``从A、B等方面提出N条措施``),
scenarios (``在A、B等场景得到示范应用``). An :class:`Enumeration` is one such
list: its items (character spans, on word boundaries), the count the text gives
(``六大``), the head noun that follows (``方向``) or governs it
(``谋篇布局未来产业(A、B)``, ``…包括A、B``), the verb in front and the rest of
the clause. :func:`head_kind` types a list by its head and clause; the rules of
each list (fields, programmes, measures, scenarios) take the items of their kind.

>>> from policykg.loaders.reading.document import Doc
>>> d = Doc.from_text("湖北将重点发展未来制造、未来信息等六大未来产业。聚焦平台聚势、场景示范、整机领航五大专项行动。", "x")
>>> [(e.names, e.count, e.head, head_kind(e)) for e in enumerations(d)]
[(['未来制造', '未来信息'], 6, '未来产业', 'cluster'), (['平台聚势', '场景示范', '整机领航'], 5, '专项行动', 'programme')]
>>> d = Doc.from_text("谋篇布局未来产业(量子信息、氢能与新型储能、类脑智能)。", "x")
>>> [(e.names, e.head, e.verb) for e in enumerations(d)]
[(['量子信息', '氢能与新型储能', '类脑智能'], '未来产业', '谋篇布局')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from policykg.loaders.reading.document import Doc
from policykg.loaders.reading.text import cn_number
from policykg.loaders.words.lexicon import (
    COMMIT_VERBS,
    DIRECTION_HEADS,
    FUNCTION_WORDS,
    GOVERNING_VERBS,
    HAN,
    TIER_VERBS,
    TIME_WORDS,
    is_direction,
    is_sector,
)
from policykg.loaders.words.segment import tags_of
from policykg.loaders.words.terms import is_term
from policykg.resolve import vocabulary

_CLAUSE = re.compile(r"[，,。；;：:！？!?\n…]| (?=\S)")
#: where a run of items can start: after clause punctuation, a bracket or a quote
_OPEN = "(（“"
_COUNT = re.compile(r"^(?:等|这|这些)?\s*(?!一大批|一大群|一大把)(?:(\d+|[一二三四五六七八九十两]+)\s*(?:余|多)?(?:大|个|项|类|条|种|家|款|所)|(\d+|[二三四五六七八九十]+)(?=大|方面|领域|方向|板块|层面|环节|部分))")
#: a quoted shorthand that counts the items before it (“五新”, “3新”): the list ends there
_SHORTHAND = re.compile(r"“(?!十[一二三四五六七八九]五)(?:([一二三四五六七八九十两]|\d{1,2})[\u4e00-\u9fff]{1,2}){1,3}”")  # not “十五五”; “三材五新”
_JOINERS = ("以及", "和", "及", "与", "或")
_MAX_ITEM = 30
_BREAK = re.compile(r"[，,。；;：:！？!?\n(（“…、 》]")
#: words that, right after the items, end the list without a head
_AFTER_ITEMS = re.compile(r"^(?:等|这(?=\d|[一二三四五六七八九十两]+[大个项类条种])|为代表|为主|为重点|为核心|为特色|为支撑|为引领|为牵引|为导向)")


def _ends_list(chunk: str, k: int) -> bool:
    """Does the list end at ``chunk[k]`` (``等``, ``为代表``, or a bracket closing the list)?"""
    rest = chunk[k:]
    if _AFTER_ITEMS.match(rest):
        return True
    return rest[:1] in ")）" and chunk[:k].count("(") + chunk[:k].count("（") == 0


@dataclass
class Enumeration:
    """One coordinated list in a document."""

    items: list[tuple[int, int]]
    head: str = ""
    count: int | None = None
    verb: str = ""
    after: str = ""
    rest: str = ""
    #: the first item opens a clause (``…，A、B等领域率先…``): the list is the subject
    clause_initial: bool = False
    #: the list follows a locative 在 (``在A、B等领域成果突出``): where things happen, not what is built
    locative: bool = False
    #: the list is what something has (``…技术路线的A、B、C等重点领域``): its parts or links, not areas of its own
    possessed: bool = False
    #: the measure word of the count (``等13家``: 家, bodies; ``等5个``: 个)
    unit: str = ""
    #: the words just before the list, within its clause (``围绕…10条措施的``)
    lead: str = ""
    #: the items stand for a kind the head names (``以A、B等为代表的人工智能芯片集群``)
    represented: bool = False
    #: the sentence before the list (``重点扶持A、B等产业,以及…,`` before the last list of the sentence)
    sentence_lead: str = ""
    #: where the count and head after the items end
    head_end: int = 0
    start: int = 0
    end: int = 0
    names: list[str] = field(default_factory=list)
    #: of a bracketed sub-list (``未来信息(元宇宙、未来网络)``): the span of the item each sub-item belongs to
    parents: list[tuple[int, int]] = field(default_factory=list)


def enumerations(doc: Doc) -> list[Enumeration]:
    """Every list of two or more items in ``doc`` (computed once per document)."""
    found = doc.cache.get("enumerations")
    if found is None:
        found = doc.cache["enumerations"] = [e for e in _scan(doc) if not all(_PRAISE.fullmatch(n) for n in e.names)
                                             and not (len(e.names) >= 3 and all(_MODE.fullmatch(n) for n in e.names))]
        # (打造国内领先、国际知名的…产业集群: words of praise, what the thing is to be, no list of its items;
        # 聚焦“高端化、智能化、绿色化、集群化”: the ways an industry is to grow, no areas)
    return found


_PAIR = re.compile(rf"({'|'.join(sorted(set(TIER_VERBS), key=len, reverse=True))})([{HAN}A-Za-z0-9]{{2,14}}?)(和|及|与)"
                   rf"([{HAN}A-Za-z0-9]{{2,14}}?)(?=[，,。；;]|等)")


def _pairs(doc: Doc):
    """``前瞻布局A和B``: two items joined by 和 after a verb that ranks fields."""
    for m in _PAIR.finditer(doc.text):
        e = Enumeration(items=[(m.start(2), m.end(2)), (m.start(4), m.end(4))], verb=m.group(1),
                        start=m.start(2), end=m.end(4))
        e.names = [m.group(2), m.group(4)]
        e.rest = _sentence_rest(doc.text, e.end)
        _read_tail(doc, e, _tail(doc.text, e.end))
        yield e


_QUOTED_RUN = re.compile(r"(?:“[^“”、，,。；;\n]{2,20}”){2,}")


def _quoted(doc: Doc):
    """``“A”“B”“C”等六个领域``: items written as quotes side by side, with no 、 between them."""
    for m in _QUOTED_RUN.finditer(doc.text):
        items = [(q.start() + 1, q.end() - 1) for q in re.finditer(r"“[^”]*”", m.group(0))]
        items = [(m.start() + a, m.start() + b) for a, b in items]
        e = Enumeration(items=items, start=items[0][0], end=items[-1][1])
        e.names = [doc.text[a:b] for a, b in items]
        e.verb = _verb_before(doc, m.start())
        _read_tail(doc, e, _tail(doc.text, m.end()))
        if not e.head and not e.count:
            continue  # quotes side by side without 等 or a head are titles or slogans, not a list
        e.rest = _sentence_rest(doc.text, m.end())
        e.head_end = m.end() + len(_tail(doc.text, m.end())) - len(e.after) if e.head else m.end()
        yield e


#: a bracket after an item that holds a list of its own: ``未来信息(元宇宙、未来网络…)、未来材料(…)``
_SUBLIST = re.compile(rf"(?<=[{HAN}A-Za-z0-9])[(（]([^()（）\n。；;：:]{{2,80}}?)[)）](?=[、和及与]|以及|等|[，,])")


def _item_bracket(text: str, m: re.Match) -> bool:
    """The bracket follows an item of a list (another item follows it, or one stands before it), not
    a head that the bracket lists (``实施八大工程(A、B…)``)."""
    return bool(re.match(r"[、和及与]|以及", text[m.end():m.end() + 2])
                or re.search(r"[、和及与][^、，,。；;：:()（）\n]{2,12}$", text[max(0, m.start() - 14):m.start()]))


def _bracketed(doc: Doc) -> list[Enumeration]:
    """Lists whose items carry lists of their own in brackets (``聚焦未来制造、未来信息(元宇宙、未来网络)、
    未来能源(电磁能、新型储能)等6大方向``): the outer list read as if the brackets were not there, and the
    bracketed items of a list of directions or fields as one list of its sub-areas (fields), each with the
    item it belongs to."""
    text = doc.text
    found: list[Enumeration] = []
    done = -1
    for m in _SUBLIST.finditer(text):
        if m.start() < done or "、" not in m.group(1) or not _item_bracket(text, m):
            continue
        s0, s1 = doc.sentence_span(m.start())
        done = s1
        brackets = [b for b in _SUBLIST.finditer(text, s0, s1) if _item_bracket(text, b)]
        plain, offsets = _without(text, s0, s1, brackets)
        for run in _scan_plain(Doc.from_text(plain, doc.id)):
            run.items = [(offsets[a], offsets[b - 1] + 1) for a, b in run.items]
            run.start, run.end = run.items[0][0], run.items[-1][1]
            run.head_end = offsets[run.head_end - 1] + 1 if run.head_end else run.end
            run.names = [text[a:b] for a, b in run.items]
            if any("(" in n or "（" in n for n in run.names):
                continue
            found.append(run)
            if head_kind(run) in ("cluster", "field"):
                sub = _sub_areas(text, run, [b for b in brackets if run.start <= b.start() <= run.end])
                if sub is not None:
                    found.append(sub)
    return found


def _without(text: str, start: int, end: int, brackets: list[re.Match]) -> tuple[str, list[int]]:
    """``text[start:end]`` without the brackets, and the offset in ``text`` of each character kept."""
    kept, offsets, pos = [], [], start
    for b in [*brackets, None]:
        stop = b.start() if b is not None else end
        kept.append(text[pos:stop])
        offsets.extend(range(pos, stop))
        pos = b.end() if b is not None else end
    return "".join(kept), offsets


def _sub_areas(text: str, run: Enumeration, brackets: list[re.Match]) -> Enumeration | None:
    """The items inside the brackets of ``run``'s items, as one list of sub-areas (head ``子方向``)."""
    spans, parents = [], []
    for b in brackets:
        a = b.start(1)
        owner = next(((x, y) for x, y in run.items if y == b.start()), None)
        for part in re.split(r"([、，,])", b.group(1)):
            if part not in "、，," and len(part.strip()) >= 2:
                spans.append((a, a + len(part)))
                parents.append(owner)
            a += len(part)
    if len(spans) < 2:
        return None
    sub = Enumeration(items=spans, head="子方向", verb=run.verb or "聚焦", start=spans[0][0], end=spans[-1][1])
    sub.names = [text[a:b] for a, b in spans]
    sub.parents = parents
    sub.rest, sub.lead, sub.head_end = run.rest, run.lead, sub.end
    return sub


def _scan(doc: Doc):
    yield from _pairs(doc)
    yield from _quoted(doc)
    bracketed = _bracketed(doc)
    yield from bracketed
    covered = [(e.start, max(e.end, e.head_end)) for e in bracketed]
    for run in _scan_plain(doc):
        if not any(run.start < b and run.end > a for a, b in covered):
            yield run


def _scan_plain(doc: Doc):
    text = doc.text
    pos, floor, prev = 0, 0, None
    while True:
        i = text.find("、", pos)
        if i < 0:
            return
        run = None if _outline_marker(text, i) else _run(doc, i, floor)
        if run is None:
            pos = i + 1
            continue
        if prev is not None and not run.verb and prev.verb and prev.head[-2:] == run.head[-2:] != "" and \
                _PARALLEL.fullmatch(text[prev.head_end:run.start]):
            run.verb = prev.verb  # 聚焦A、B等四个X产业和C、D四大Y产业: one verb governs both lists of one kind
        yield run
        prev = run
        pos = max(run.end, i + 1)
        floor = run.head_end


#: what joins two lists one verb governs: ``…等4个主导产业,信息、新材料…等4个优势产业``
_PARALLEL = re.compile(r"\s*(?:和|及|以及|与|[，,、；;])\s*")


#: words that cannot stand inside a list item: the item (and the list) ends before them
_BREAK_WORDS = frozenset("在 的 为 将 是 对 把 被 于 以 从 向 由 则 并 而 已 已经 正在 均 都 也 还".split())


def _run(doc: Doc, first_sep: int, floor: int = 0) -> Enumeration | None:
    """The list around the ``、`` at ``first_sep``: the first item walked back to a verb, a
    preposition or clause punctuation; then item after item until one ends the list
    (``等``, a count, a closing bracket, a word that cannot be inside an item)."""
    text = doc.text
    start = _first_item_start(doc, first_sep, floor)
    if start is None:
        return None
    spans = [(start, first_sep)]
    tail, pos = "", first_sep + 1
    while True:
        nxt = text.find("、", pos, pos + _MAX_ITEM + 1)
        clause = _CLAUSE.search(text, pos, nxt if nxt >= 0 else pos + 80)
        if nxt >= 0 and clause is None:
            stop = _item_stop(doc, pos, nxt)
            if stop is None:
                spans.append((pos, nxt))
                pos = nxt + 1
                continue
            end = stop
        else:
            longest = max(b - a for a, b in spans)
            end, tail = _last_item_end(doc, pos, longest)
            if end is None:
                break
        if end > pos:
            spans.append((pos, end))
        tail = _tail(text, end)
        break
    ended = _end_of_last(text, start, spans)
    if ended is None:
        return None
    if ended:
        spans, tail = ended
    spans = [_trim(text, a, b) for a, b in spans]
    spans = [part for a, b in spans for part in _counted_join(text, a, b)]
    spans = [(a, b) for a, b in spans if b > a]
    if len(spans) < 2:
        return None  # every item trimmed away (quotes or joiners only): no list
    spans[0] = _verb_led_first(doc, spans)
    spans[0], lead = _lead_verbs(doc, spans)
    if len(spans) < 2 or any(re.match(r"\d", text[a:b]) and re.match(r"\d+(?:\.\d+)?[个家项条亿万%]", text[a:b])
                             for a, b in spans):
        return None  # quantities (50个…、200个…) are targets, not a list of names
    e = Enumeration(items=spans, start=spans[0][0], end=spans[-1][1])
    e.verb = lead or _verb_before(doc, start - 1 if start > 0 and text[start - 1] == "“" else start)
    e.lead = re.split(r"[，,。；;：:\n]", text[max(0, e.start - 24):e.start])[-1]
    e.sentence_lead = text[doc.sentence_span(e.start)[0]:e.start].lstrip()
    e.clause_initial = start == 0 or text[start - 1] in "，,。；;：:\n"
    e.locative = start > 0 and text[start - 1] == "在" and not COMMIT.search(e.verb)  # 分布在 commits
    e.possessed = start > 0 and text[start - 1] == "的"
    _read_tail(doc, e, tail)
    opening = re.search(r"[(（](?:包括|包含|涵盖|如|主要有|即)?$", text[max(0, start - 5):start])
    if (e.head == "" or e.after.startswith(")")) and opening:  # 生物制造产业(包括A、B等): the head before the bracket
        bracket = start - len(opening.group(0))
        e.head = _head_before(doc, bracket) or e.head
        e.verb = opening.group(0)[1:] or _verb_before(doc, bracket - len(e.head)) or e.verb
    if not e.head and _counted_head_before(doc, e) and e.count and e.count > len(e.items) and e.after:
        a, _b = e.items[-1]  # …应用场景拓展及产业生态共建。: the count asks for more, the last item runs to the clause end
        m = _CLAUSE.search(text, a, a + 60)
        if m and m.start() - a <= 2 * _MAX_ITEM:
            e.items[-1] = (a, m.start())
            e.end, e.after = m.start(), ""
    e.rest = _sentence_rest(text, e.end)
    e.head_end = e.end + len(tail) - len(e.after) if e.head else e.end
    _shared_head(e, text)
    e.names = [text[a:b] for a, b in e.items]
    _split_last(e, text)
    _split_known(e, text)
    _shared_suffix(e, text)
    e.names = [text[a:b] for a, b in e.items]
    return e


#: the word of a kind that the last item of a list ends on and every item shares (发展A、B及C产业)
_SHARED_HEAD = re.compile(r"(?:产业|行业|领域)$")


def _shared_head(e: Enumeration, text: str) -> None:
    """``发展钒储能、高纯钛及高端钛合金产业``: without a head after the list, a kind word closing its last item (and no
    other) is the head all the items share: the last item ends before it."""
    if e.head or len(e.items) < 2 or e.after:
        return
    a, b = e.items[-1]
    shared = _SHARED_HEAD.search(text, a, b)
    if shared is None or shared.start() - a < 2 or any(_SHARED_HEAD.search(text[x:y]) for x, y in e.items[:-1]):
        return
    e.items[-1] = (a, shared.start())
    e.head, e.end, e.head_end = shared.group(0), shared.start(), b


#: a count closing one sub-list and a joiner opening the next inside an item (硅基|3个千亿级和|油气)
_COUNTED_JOIN = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z])(?:\d+|[两二三四五六七八九十])[个大类项][\u4e00-\u9fff]{0,4}?(?:和|及|以及|与)(?=[\u4e00-\u9fff])")


def _counted_join(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """An item holding the count of the items before it and the joiner of the next sub-list, split in two
    (``煤基、铝基、硅基3个千亿级和油气、粮油…4个百亿级产业集群``: 硅基 and 油气).

    >>> t = "煤基、硅基3个千亿级和油气"
    >>> [t[a:b] for a, b in _counted_join(t, 3, len(t))]
    ['硅基', '油气']
    """
    m = _COUNTED_JOIN.search(text, a, b)
    if m is None or m.start() - a < 2 or b - m.end() < 2:
        return [(a, b)]
    return [(a, m.start()), (m.end(), b)]


def _end_of_last(text: str, start: int, spans: list[tuple[int, int]]):
    """Where the last item really ends, when the walk ran past it: the new spans and the tail after them, ``()`` when
    it ended right, ``None`` when the run is no list (a quote that names one programme)."""
    a, b = spans[-1]
    if start > 0 and text[start - 1] == "“" and "”" in text[a:b] and "”" not in text[start:a]:
        close = text.index("”", a)  # 聚焦“直升机、无人机、新型航空器”领域: the quoted list ends at its quote
        if re.match(r"(?:专项)?(?:行动|工程|计划|体系|模式|战略)", text[close + 1:close + 5]):
            return None  # 实施“提高效率、提升效能、提增效益”行动: the quote names one programme, no list
        return [*spans[:-1], (a, close)], _tail(text, close + 1)
    code = re.search(r"“[\dA-Za-z+＋]{1,8}”", text[a:b])
    if code and code.start() >= 2 and (rem := text[a + code.end():b]) and _head_word(rem) == rem:
        # 前沿材料、生命科学、先进装备“3+X”未来产业发展体系: the system's code, then the head
        return [*spans[:-1], (a, a + code.start())], _tail(text, a + code.end())
    joined = re.search(r"(?:和|及|以及)$", text[a:b])
    if joined and len(spans) >= 2 and all(verb_first(text[x:y]) for x, y in spans[:-1]):
        close = _CLAUSE.search(text, b, b + _MAX_ITEM + 1)
        if close and close.start() - b >= 3 and verb_first(text[b:close.start()]):
            # 包括强化A、加快B、深化C和完善D。: the last action, after 和, is an item like the others
            return [*spans[:-1], (a, b - len(joined.group(0))), (b, close.start())], _tail(text, close.start())
    return ()


#: the head words that every item of a list of programmes repeats (A工程、B工程和C工程)
_ITEM_HEADS = re.compile(r"(?:工程|行动|计划|专项)$")
#: the words that every item of a list of programmes or places may repeat (A基地、B基地、C试飞基地)
_SHARED_ENDS = re.compile(r"(?:工程|行动|计划|专项|基地|产业园|园区|中心|平台|实验室|示范区|先导区|集聚区|试验区|创新区|科学城)$")
#: what opens the first item of such a list: punctuation or an introducing word
_LIST_OPENER = re.compile(r"(?:[，,：:；;。\n]|分别是|分别为|包括|即|实施|开展|推进|启动|推动|部署)\s*“?")


def _shared_suffix(e: Enumeration, text: str) -> None:
    """``分别是算力基础提升工程、…数字赋能升级工程和绿色能源保障工程``: when the middle items all
    end in the same programme word, the first item runs back to what opens the list (the
    tagger's verb 提升 inside a name does not end it) and the last runs on to that word; so does the
    last of a list of places or bodies (``A基地、B基地、无人机检验检测试飞基地``: 试飞 does not end it)."""
    if len(e.items) < 3:
        return
    middle = [text[a:b] for a, b in e.items[1:-1]]
    ends = {m.group(0) for n in middle if (m := _SHARED_ENDS.search(n))}
    if len(ends) != 1 or not all(_SHARED_ENDS.search(n) for n in middle):
        return
    word = ends.pop()
    a, b = e.items[0]
    if _ITEM_HEADS.search(word) and (not text[a:b].endswith(word) or b - a <= len(word)):
        window = text[max(0, b - _MAX_ITEM):b]
        m = next(reversed(list(_LIST_OPENER.finditer(window))), None)  # the last opener before the item
        if m is not None:
            start = b - len(window) + m.end()
            if 4 <= b - start <= 20 and text[start:b].endswith(word):
                e.items[0] = (start, b)
                e.start = start
    a, b = e.items[-1]
    if not text[a:b].endswith(word):
        k = text.find(word, b, b + 8)
        if k >= 0 and not re.search(r"[，,。；;：:、\s]", text[b:k]):
            e.items[-1] = (a, k + len(word))
            e.end = k + len(word)
            e.after = text[e.end:e.end + len(e.after)] if e.after else ""
    joined = re.match(rf"(?:和|及|以及|与)([^，,。；;：:、\s和及与]{{2,16}}?{word})", text[e.end:])
    if joined:  # …数据流通融合工程和绿色能源保障工程: the last item joined by 和
        e.items.append((e.end + joined.start(1), e.end + joined.end(1)))
        e.end += joined.end()
        e.after = ""


_COUNTED_BEFORE = re.compile(r"((?:\d+|[一二三四五六七八九十两]+)\s*(?:大|个|项|类|条|种))([\u4e00-\u9fff]{1,6})[」”』\s]*(?:[，,：:]?\s*"
                             r"(?:具体|主要)?(?:包括|涵盖|分别是|分别为|即|主要有|有)[：:]?|[：:])\s*$")  # 三大细分赛道:A、B和C


#: a count written without its measure word, then 即 (``三基地,即A、B、C``): the list spells the count out
_BARE_COUNTED_BEFORE = re.compile(r"(?<![第\d])([一二三四五六七八九十两])([\u4e00-\u9fff]{2,4})[，,]\s*(?:即|分别是|分别为)\s*$")


def _counted_head_before(doc: Doc, e: Enumeration) -> bool:
    """``「六大行动」，包括A、B…及F``: the count and head stated before the list introduces it."""
    m = _COUNTED_BEFORE.search(doc.text[max(0, e.start - 24):e.start]) or _BARE_COUNTED_BEFORE.search(
        doc.text[max(0, e.start - 12):e.start])
    if not m:
        return False
    if not re.search(r"包括|涵盖|分别|即|有", m.group(0)) and re.match(r"\s*(?:\n|$)", doc.text[e.end:e.end + 2]):
        return False  # 支撑端“十大措施”:促融合、优生态 / …: a heading's slogans, not the list the count heads
    head = _head_word(m.group(2))
    if head:
        e.head = head
        c = re.match(r"\d+|[一二三四五六七八九十两]+", m.group(1)).group(0)
        e.count = int(c) if c.isdigit() else (cn_number(c) or None)
        e.verb = e.verb or "包括"
    return bool(head)


def _outline_marker(text: str, sep: int) -> bool:
    """``三、工作举措``: the 、 of an outline marker, not a list separator."""
    m = re.search(r"(?:^|[\n \t])[一二三四五六七八九十百]{1,3}$|(?:^|[\n \t])\d{1,2}$", text[max(0, sep - 5):sep])
    return m is not None


def _tail(text: str, end: int) -> str:
    m = _CLAUSE.search(text, end, end + 80)
    return text[end:m.start() if m else min(len(text), end + 80)]


def _sentence_rest(text: str, end: int) -> str:
    m = re.compile(r"[。；;！？!?\n]").search(text, end, end + 120)
    return text[end:m.start() if m else min(len(text), end + 120)]


def _item_stop(doc: Doc, start: int, end: int, last: bool = False) -> int | None:
    """Where an item ends the list, if it does (``C等N大D``, ``C的…``; the last item also at a
    verb followed by its object: ``市政府|打造…``)."""
    chunk = doc.text[start:end]
    for k in range(1, len(chunk)):
        if _ends_list(chunk, k) or (_COUNT.match(chunk[k:]) and _COUNT.match(chunk[k:]).group(0) != "等"
                                    and not chunk[k - 1].isdigit() and _head_word(chunk[k + 2:k + 10])) \
                or _SHORTHAND.match(chunk, k):  # …、新环保材料“三材五新”相互促进、共同发展: the items' shorthand closes them
            return start + k
    tokens = doc.tokens
    for s, e, _tag in tokens.spans(start, end):
        word = doc.text[s:e]
        if s > start and word in _BREAK_WORDS:
            if word == "的" and not last and 2 <= end - e <= 3 and e - start >= 5:
                continue  # 产业强链补链延链、应用场景的拓展、基础设施建设: a short noun after 的, the list runs on
            return s
        if last and s > start and word in _STOP_VERBS and e < end and not tokens.tag_at(e).startswith("v"):
            return s
    return None


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " “\"'":
        a += 1
    for j in _JOINERS:  # 和核心软硬件强基工程: the joiner after the previous list
        if text.startswith(j, a) and b - a > len(j) + 1:
            a += len(j)
            break
    while b > a and text[b - 1] in " ”\"'":
        b -= 1
    goal = _GOAL_SUFFIX.search(text, a, b)
    if goal and goal.start() - a >= 3 and not verb_first(text[a:goal.start()]) \
            and any(is_term(p) or vocabulary.canonical_field(p) is not None for p in re.split("及|和|与", text[a:goal.start()])):
        b = goal.start()  # 集成电路产业高端化、汽车电子智能化: the industry, then what it is to become
    return a, b


#: what an industry is to become, written after its name (``高端化``, ``规模化``, ``产业化``)
_GOAL_SUFFIX = re.compile(r"(?:产业)?(?:高端|规模|产业|智能|融合|集群|绿色|数字|数智|国际|品牌|集约|特色|多元|协同|链条|服务|网络|"
                          r"低碳|场景|平台|生态|标准|专业|精细|市场|商业)化$")


_INTRODUCERS = frozenset("包括 涵盖 覆盖 主要覆盖 主要包括 主要有 主要为 主要是 分别为 分别是 如 例如 比如 以 对 在 其中 围绕 聚焦 面向 瞄准 从 针对 分别对 "
                         "提出 分布在 集中在 主要分布在 限于 不限于 但不限于".split())


def _verb_led_first(doc: Doc, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """``部署加强A、打造B、推动C``: when the other items open with a verb, so does the first."""
    (a, b), text = spans[0], doc.text
    others = [text[x:y] for x, y in spans[1:]]
    if others and sum(bool(_STOP_START.match(o)) for o in others) * 2 > len(others):
        m = _STOP_END.search(text[max(0, a - 4):a])
        if m and m.group(1) not in _INTRODUCERS and (m.group(1) not in COMMIT_VERBS or re.search(
                r"(?:提出|包括|主要有|分别是|部署)$|[，,；;。：:]$", text[max(0, a - len(m.group(1)) - 3):a - len(m.group(1))])):
            # 任务,加强组织领导、提升服务能力…: a clause of actions, the first with its verb like the rest
            a -= len(m.group(1))
        opened = re.search(r"(?:[，,；;。：:\n](?:以及|并且)?|以及|并且)([^，,；;。：:\n、]{4,16})$", text[max(0, a - 20):a])
        if opened and _STOP_START.match(opened.group(1)) and not _STOP_START.fullmatch(opened.group(1)) \
                and not any(opened.group(1).startswith(w) for w in _INTRODUCERS | set(COMMIT_VERBS)):
            # 以及提升武汉产业基金引导服务效应、支持B、集聚C: the first action runs back to its own verb
            a -= len(opened.group(1))
    return a, b


_LEAD_VERBS = GOVERNING_VERBS | frozenset(COMMIT_VERBS) | frozenset("开发 研发 研制 创新 鼓励 支持 引导 满足".split())


def _lead_verbs(doc: Doc, spans: list[tuple[int, int]]) -> tuple[tuple[int, int], str]:
    """``鼓励创新开发服务机器人、特种机器人``: when the other items are technology names and the
    first opens with verbs before one, the verbs govern the list: the item starts after them.
    Returns the first span and the verb that governs the list (``""`` when nothing moved)."""
    (a, b), text = spans[0], doc.text
    others = [text[x:y] for x, y in spans[1:]]
    terms = all(map(is_term, others))
    if len(spans) < 2 or not (terms or not any(_STOP_START.match(o) or verb_first(o) for o in others)):
        return (a, b), ""
    pos, verb = a, ""
    for s, e, _tag in doc.tokens.spans(a, b):
        if s != pos or not (text[s:e] in _LEAD_VERBS or (_tag in ("ad", "d") and not verb)) or b - e < 2:
            break
        pos = e
        verb = text[s:e] if text[s:e] in _LEAD_VERBS else verb
    if verb and (is_term(text[pos:b]) or not terms) and not verb_first(text[pos:b]):
        return (pos, b), verb
    return (a, b), ""


def _first_item_start(doc: Doc, sep: int, floor_at: int = 0) -> int | None:
    """Walk back from the first separator over the words of the first item: stop at clause
    punctuation, a bracket or quote, another ``、``, a word that introduces a list (包括, 对,
    围绕 …), or a verb or function word followed by a noun (``发展|未来制造``)."""
    text, tokens = doc.text, doc.tokens
    floor = max(0, sep - _MAX_ITEM, floor_at)
    if text[sep - 1:sep] == "”":  # “重大项目落户奖励”、“…”: a quoted first item is whole, its verbs inside
        k = text.rfind("“", floor, sep - 1)
        if k >= 0 and "”" not in text[k + 1:sep - 1] and sep - 1 - k > 2:
            return k + 1
    breaks = [b for b in _BREAK.finditer(text, floor, sep)
              if not (b.group(0) in "(（" and re.search(r"[)）]", text[b.end():sep]))]  # 扩展现实(XR): inside
    if breaks:
        floor = breaks[-1].end()
    pos = sep
    while pos > floor:
        i = tokens.index(pos - 1)
        w_start = max(tokens.starts[i], floor)
        word = text[w_start:pos]
        if word in _INTRODUCERS or word == "的" or word in TIME_WORDS or text[w_start - 2:pos] in _INTRODUCERS:
            break  # 目前|长三角…创新园、金坛…产业园: a time word opens the clause, not the item
        if pos < sep and (word in _STOP_VERBS or word in FUNCTION_WORDS) and word not in _JOINERS \
                and not tokens.tags[tokens.index(pos)].startswith("v") and not _split_word(doc, i, w_start, floor):
            break
        pos = w_start
    if pos >= sep:
        return None
    return pos


def _split_word(doc: Doc, i: int, start: int, floor: int) -> bool:
    """Is the one-character word ``i`` the second half of a word the segmenter does not know
    (全球|引|才|计划: 引才), a one-character word before it that is no function word either?"""
    tokens, text = doc.tokens, doc.text
    if i == 0 or len(text[start:tokens.starts[i + 1] if i + 1 < len(tokens) else len(text)]) != 1:
        return False
    prev = text[tokens.starts[i - 1]:start]
    return tokens.starts[i - 1] >= floor and len(prev) == 1 and "\u4e00" <= prev <= "\u9fff" \
        and prev not in FUNCTION_WORDS and prev not in _STOP_VERBS


#: verbs a list follows (``优先发展A、B``, ``开辟A、B``)
_STOP_VERBS = GOVERNING_VERBS | frozenset(COMMIT_VERBS) | frozenset(TIER_VERBS) | frozenset(
    "开辟 抢抓 深耕 拓展 培育发展 加快发展 重点发展 积极发展 前瞻布局 超前布局 谋划布局 开放 发布 推出 征集 释放 "
    "来到 走访 走进 参观 考察 前往 带领 落地 落户 签约 入驻 聚集 孵化 涌现 诞生 迎来 迎接 吸引 汇聚 拥有 具备 覆盖 涵盖 引入 引进 招引 吸纳".split())
_STOP_ALTERNATION = "|".join(sorted(_STOP_VERBS, key=len, reverse=True))
_STOP_START = re.compile(f"(?:{_STOP_ALTERNATION})")
_STOP_END = re.compile(f"({_STOP_ALTERNATION})$")


#: a verb and its aspect particle (部署了, 实施了): no name holds one, so the list ends before the verb
_DONE = re.compile(r"[\u4e00-\u9fff]了(?![解结])")


def _last_item_end(doc: Doc, start: int, longest: int = _MAX_ITEM) -> tuple[int | None, str]:
    """End of the last item (where nothing ends it sooner, at the clause end)."""
    text = doc.text
    m = _CLAUSE.search(text, start, start + 80)
    clause_end = m.start() if m else min(len(text), start + 80)
    done = _DONE.search(text, start, clause_end)
    if done:  # …、集约化发展|部署了“六大行动”: a verb with 了 opens the predicate, whatever count follows
        clause_end = doc.tokens.prev_boundary(done.start())
    clause = text[start:clause_end]
    cut = None
    for k in range(1, len(clause)):
        rest = clause[k:]
        if _ends_list(clause, k) or (_COUNT.match(rest) and _COUNT.match(rest).group(0) != "等"
                                        and not re.match(r"\d", clause[k - 1:k])) or _SHORTHAND.match(rest):
            cut = k
            break
    span_end = start + cut if cut is not None else clause_end
    # a verb ends the last item (市政府|打造…) only when the item would run longer than the others
    parts = re.split(r"以及|和|及|与", text[start:span_end]) if cut is not None else []
    joined = len(parts) >= 2 and all(2 <= len(p) <= longest + 2 for p in parts)  # …、产业壮大培育和融合发展等
    stop = None if joined else _item_stop(doc, start, span_end, last=span_end - start > longest + 2)
    if stop is not None:
        cut = stop - start
    if cut is None:
        cut = clause_end - start if done else _nominal_end(doc, start, clause_end)
    if cut is None or cut == 0 or cut > _MAX_ITEM + 6:
        return None, ""
    return start + cut, text[start + cut:clause_end]


def _nominal_end(doc: Doc, start: int, end: int) -> int | None:
    """Without 等 or a count, the last item ends at the first verb or function word after it."""
    tokens = doc.tokens
    for s, e, tag in tokens.spans(start, end):
        word = doc.text[s:e]
        if s > start and (word in GOVERNING_VERBS or word in _BREAK_WORDS or tag in ("d", "p", "v", "u", "uj")
                          or word in FUNCTION_WORDS - set(_JOINERS)):
            if tag == "v" and word not in GOVERNING_VERBS and _COMPOUND_HEAD.match(doc.text, e, end):
                continue  # 信息技术创新产业, 智能制造产业: a verb inside the compound the head word closes
            return s - start
    return end - start


#: a head word that closes the last item as the clause ends: ``…、信息技术创新产业,``
_COMPOUND_HEAD = re.compile(r"(?:产业|行业|领域)(?=[，,。；;、]|$)")


def _read_tail(doc: Doc, e: Enumeration, tail: str) -> None:
    """Count and head noun after the items: ``等六大未来产业的…``, ``等10个具备…潜力的产业``.
    A list followed by a verb (``A、B|培育C``) has no head."""
    rest = tail
    listed = rest.startswith(("等", "为代表"))
    if rest.startswith(("等", "这")):
        rest = rest[2:] if rest.startswith("这些") else rest[1:]
    modifier = re.match(r"^[\u4e00-\u9fff]{2,10}?的(?=(?:\d{1,3}|[一二两三四五六七八九十]{1,3})[大个项类])", rest) if listed else None
    if modifier:  # 等最具湖南特色的14个重点发展方向: what the items share, then their count and head
        rest = rest[modifier.end():]
    quoted = re.match(r"^“([^”]{2,12})”", rest)
    if quoted and _COUNT.match(quoted.group(1)):
        rest = quoted.group(1) + rest[quoted.end():]  # 等“六大专项工程”: the count and head in quotes
    short = _SHORTHAND.match(rest)
    if short:  # 新材料、新部件…新经济“五新”产业: the items' shorthand counts them
        e.count, e.unit = _shorthand_count(short.group(0)), "大"
        rest = rest[short.end():]
        listed = True
    m = None if short else _COUNT.match(rest)
    if m and m.group(0):
        raw = m.group(1) or m.group(2)
        e.count = int(raw) if raw.isdigit() else (cn_number(raw) or None)
        if e.count == 0:
            e.count = None
        e.unit = m.group(0)[-1]
        rest = rest[m.end():]
        listed = True
    e.represented = rest.startswith("为代表")
    rest = re.sub(r"^(?:为代表的|为主的)", "", rest)
    if (not listed and not rest.startswith(")") and _starts_with_verb(doc, rest)) or rest.startswith("的"):
        e.after = rest  # A、B|培育C: no head; A、B的C: the items modify C
        return
    rest = rest.lstrip(")）")
    hm = re.match(rf"^[{HAN}A-Za-z0-9]{{0,16}}", rest)
    words = hm.group(0) if hm else ""
    head = _head_word(words.split("的")[0], counted=bool(e.count))
    if not head and "的" in words and (e.count or (tail.startswith("等") and re.match(r"(?:领域|方向|赛道)(?![\u4e00-\u9fff]?的)",
                                                                              words.split("的", 1)[1]))):
        head = _head_word(words.split("的", 1)[1])  # 10个具备爆发式增长潜力的产业; 等具有比较优势的领域: the head follows the modifier
        e.head = head
        e.after = rest[rest.find(head) + len(head):] if head else rest
        return
    e.head = head
    e.after = rest[rest.find(head) + len(head):] if head else rest


def _shorthand_count(short: str) -> int | None:
    """The items a shorthand counts: the sum of its numbers (“五新” 5, “三材五新” 8).

    >>> _shorthand_count("“三材五新”"), _shorthand_count("“五新”"), _shorthand_count("“4新”")
    (8, 5, 4)
    """
    counts = [int(n) if n.isdigit() else cn_number(n) for n in re.findall(r"\d{1,2}|[一二三四五六七八九十两]", short)]
    return sum(counts) if counts and all(counts) else None


def _starts_with_verb(doc: Doc, rest: str) -> bool:
    return bool(_GOVERNING_START.match(rest))


_GOVERNING_START = re.compile("|".join(sorted(GOVERNING_VERBS, key=len, reverse=True)))


_HEADS = ("专项行动", "专项工程", "行动计划", "行动方案", "实施方案", "工作方案", "产业集群", "未来产业", "应用场景", "重点任务", "重点工程", "子方向", "新赛道", "前沿技术",
          "新业态",
          "龙头企业", "创新型企业", "头部企业", "链主企业",
          "新兴技术", "未来技术", "颠覆性技术", "技术领域", "领域", "方向",
          "赛道", "产业", "集群", "行动", "计划", "工程", "专项", "措施", "举措", "任务", "方面", "层面", "角度", "维度", "板块", "场景", "行业", "技术",
          "产品", "材料", "产业园区", "产业园", "园区", "基地", "先导区", "示范区", "功能区", "片区", "企业", "平台", "机构", "高校",
          "院所", "前沿")
#: modifiers that may stand between a list and its head although they also serve as verbs
_HEAD_MODIFIERS = re.compile(r"^(?:重点|关键|前沿|新兴|主导|主攻|优势|特色|战略|融合)+")


def _head_word(head: str, counted: bool = False) -> str:
    """The head noun of what follows a list: its last known head word and what precedes it
    (``战略性新兴产业``), or the first known head word (``领域打造…`` → ``领域``). After a count
    (``2个数字支撑产业``) a verb before the head word modifies it."""
    m = re.search(r"(?:企业|公司|集团)$", head)
    if m and not re.search(r"的|对|在|与|和", head[:m.start()]) and not any(v in head[:m.start()] for v in _STOP_VERBS):
        return head  # 一批商业航天独角兽企业: a phrase ending in 企业 names firms
    found = [(head.find(h), h) for h in _HEADS if h in head]
    if not found:
        return ""
    k, h = min(found, key=lambda x: (x[0], -len(x[1])))
    prefix = _HEAD_MODIFIERS.sub("", head[:k])
    coordinated = bool(re.fullmatch(r"[\u4e00-\u9fff]{2,4}(?:和|与|及)[\u4e00-\u9fff]{2,4}", prefix)) and h in ("领域", "技术领域", "技术", "方向")
    if k > 10 or (k > 7 and not coordinated) or (any(v in prefix for v in _STOP_VERBS) and not counted) \
            or any(w in prefix for w in ("的", "关于", "对", "在")) or (not coordinated and any(w in prefix for w in ("与", "和"))):
        return ""  # the head must follow the list: 深度参与全球未来产业 is no head; 核心基础和关键技术领域 is one
    end = k + len(h)
    if h == "产业" and head[end:end + 1] == "化":
        return ""  # 集聚人才、集聚要素来帮助产业化: industrialisation, not an industry
    later = re.match(rf"([\u4e00-\u9fff]{{0,4}}?)({'|'.join(_LATER_HEADS)})", head[end:])
    if later and not any(v in later.group(1) for v in _STOP_VERBS) and not re.search(r"[的和与及对在]", later.group(1)):
        end += later.end()  # 数字技术应用产业, 数字支撑产业: the compound's last head word is the head
    return head[:end]


#: head words that close a compound begun by another head word (技术|应用产业)
_LATER_HEADS = ("产业", "集群")


def _head_before(doc: Doc, pos: int) -> str:
    """``谋篇布局未来产业(``: the head noun right before an opening bracket."""
    before = doc.text[max(0, pos - 12):pos]
    for h in _HEADS:
        if before.endswith(h):
            m = re.search(rf"([{HAN}]{{0,6}}{h})$", before)
            word = m.group(1)
            for v in sorted(GOVERNING_VERBS | {"谋篇布局", "前瞻布局", "培育壮大", "做优做强", "做强做优"}, key=len, reverse=True):
                if v in word:
                    word = word[word.index(v) + len(v):]
            return word
    return ""


def _verb_before(doc: Doc, pos: int) -> str:
    """The verb right before the first item (``聚焦``, ``谋篇布局``), else ``""``."""
    before = doc.text[max(0, pos - 8):pos]
    m = re.search(rf"([{HAN}]{{2,4}})$", before)
    if not m:
        return ""
    w = m.group(1)
    for k in range(len(w)):
        if w[k:] in GOVERNING_VERBS or w[k:] in _INTRODUCERS or re.fullmatch(r"(?:谋篇|前瞻|加快|重点|着力|积极|大力)?(?:布局|发展|培育|聚焦|围绕|打造|推动|实施)",
                                                     w[k:]):
            return w[k:]
    return ""


def _split_known(e: Enumeration, text: str) -> None:
    """``…、氢能和核聚变能、…``: an item that joins (with 和) a field the vocabulary knows to a
    technology name of three or more characters holds two items, wherever it stands in the list."""
    out = []
    for a, b in e.items:
        item, cut = text[a:b], None
        for j in ("和",):  # A与B, A及B often name one compound (氢能与储能, 氢能及装备)
            k = item.find(j)
            if 2 <= k and len(item) - k - len(j) >= 3 and vocabulary.canonical_field(item[:k]) is not None \
                    and is_term(item[k + len(j):]) and vocabulary.canonical_field(item) is None:
                cut = (k, len(j))
                break
        out += [(a, a + cut[0]), (a + cut[0] + cut[1], b)] if cut else [(a, b)]
    if e.count is None or e.count != len(e.items):  # 电子信息和大数据、…等九个集群: the count keeps it one item
        e.items = out


def _split_last(e: Enumeration, text: str) -> None:
    """Split the last item on 和/及/与 when the count or the other items say it holds two."""
    a, b = e.items[-1]
    last = text[a:b]
    if e.count is not None and e.count <= len(e.items):
        return  # the count is met: 和 inside the last item is part of its name
    for j in _JOINERS:
        k = last.find(j)
        if 0 < k < len(last) - len(j):
            left, right = last[:k], last[k + len(j):]
            others = [text[x:y] for x, y in e.items[:-1]]
            same_end = any(left[-1:] == o[-1:] or right[-1:] == o[-1:] for o in others)
            counted = e.count is not None and e.count > len(e.items)  # the count asks for more items
            known = vocabulary.canonical_field(left) is not None and is_term(right)  # 氢能和核聚变能: two names
            parallel = j == "和" and all(len(o) == len(left) for o in others)  # 家庭、社区和养老机构: as long as the others
            if len(left) >= 2 and len(right) >= 2 and (counted or same_end or known or parallel
                                                       or (j != "及" and min(len(left), len(right)) >= 3 and e.count is None)):
                e.items[-1:] = [(a, a + k), (a + k + len(j), b)]
            return


#: head noun → the kind of its items
_KIND_OF_HEAD = (
    (re.compile(r"战略性新兴产业|优势型?(?:产业(?!链)|领域)|主导产业|支柱产业|传统型?产业|成长型产业|高成长产业|新兴服务业|服务业|"
                r"制造业(?!集群)|新兴产业|现代化产业|产业体系|特色产业|基础产业"), None),  # (先进制造业集群: clusters)
    (re.compile(r"(?:专项行动|行动计划|行动|计划|工程|专项)(?![\u4e00-\u9fff]*(?:企业|公司|集团)$)"), "programme"),  # not 工程机械企业
    (re.compile(r"重点任务"), "measure"),
    (re.compile(r"场景"), "scenario"),
    (re.compile(r"产业集群|集群"), "cluster"),
    (re.compile(r"企业$|公司$|集团$"), "organization"),
    (re.compile(r"(?:园区|产业园|基地|先导区|示范区|功能区|片区)$"), "zone"),
    (re.compile(r"未来产业|子方向|新赛道|领域|方向|赛道|产业|前沿技术|新兴技术|新兴科学技术|前沿科学技术|未来技术|颠覆性技术|产品|材料$|"
                r"^(?:关键|核心|共性|重点)+技术|^前沿$"), "field"),
)
#: how the names of smart application domains begin (智慧医疗, 智能建造, 数字乡村, 新文旅)
_SCENE_PREFIX = re.compile(r"智慧|智能|数字|未来|新(?![一型兴材能])|无人")
#: what follows a list of the domains where a technology is put to use: 应用示范, 场景 in the same clause or the next
_USE_AFTER = re.compile(r"^[^。；;]{0,8}?(?:[，,][^。；;，,]{0,12}?)?(?:应用示范|示范应用|场景应用|应用场景|典型场景)")
#: heads that name future-industry areas by themselves; other field heads (领域, 方向, 产业)
#: need a verb of commitment before the list or a count
_STRONG_FIELD_HEADS = re.compile(r"未来产业|子方向|新赛道|赛道|前沿领域|细分领域|重点领域|重点方向|产业方向|前沿技术|新兴技术|新兴科学技术|前沿科学技术|"
                                 r"未来技术|颠覆性技术")
#: verbs (and introducers) of commitment in front of a list of fields
COMMIT = re.compile(r"发展|布局|培育|谋划|聚焦|围绕|瞄准|面向|壮大|打造|突破|抢占|攻关|包括|涵盖|覆盖|分别是|主要有|推动|分布在|集中在|"
                    r"做强|做优|做大|引育|招引|深耕|抢抓|部署|建设|开辟|聚集|集聚|主攻|统筹规划|紧盯|聚力|抢滩")


def _elliptical_directions(names: list[str]) -> bool:
    """``未来信息、健康、制造…``: a 未来X direction, then the others written without 未来."""

    return len(names) >= 2 and is_direction(names[0]) and not all(is_direction(n) for n in names) and all(
        n in DIRECTION_HEADS or is_direction(n) for n in names[1:])


#: words of :data:`GOVERNING_VERBS` that are adverbs or stances, not actions: ``重点发展`` opens on 重点
_NOT_ACTIONS = frozenset("坚持 深入 全面 持续 积极 大力 着力 全力 重点 加速 前瞻 超前 提前 优先 率先 力争 确保 努力 进一步 不断 逐步 "
                         "有序 主动 服务 规范 联合 保障 服务于 面向".split())


def verb_first(name: str) -> bool:
    """An action: a verb first, then what it acts on (``强化行业规范管理``, ``加快技术创新``). A governing
    verb the segmenter tags as a verbal noun or an adjective opens an action too (``建设算力设施高地``,
    ``壮大基础核心产业``, ``培育示范应用场景``)."""
    if len(name) < 4:
        return False
    tags = tags_of(name)
    if len(tags) < 2:
        return False
    word, tag = tags[0]
    return tag == "v" or (tag in ("vn", "a") and word in GOVERNING_VERBS and word not in _NOT_ACTIONS
                          and tags[1][1] not in ("v", "vn", "uj"))


#: the word joining two technologies inside one list item (``5G和云计算``, ``光子技术与产业``), kept by split
JOINED = re.compile(r"(?<=\S{2})(和|与|及)(?=\S)")


def technology_list(e: Enumeration) -> bool:
    """``实施包括第三代半导体、光子技术与产业、5G和云计算…等在内的八大强链行动``: a counted list of programmes
    named by the technologies they are for (two thirds of the items technologies); the items are fields and
    the count with its head is the programme."""
    parts = [p for n in e.names for p in JOINED.split(n)[::2]]
    known = sum(is_term(p) or vocabulary.canonical_field(p) is not None or bool(re.search(r"技术$", p)) for p in parts)
    return bool(e.count) and len(e.names) >= 3 and known * 3 >= len(parts) * 2 and not any(map(verb_first, e.names))


def opened_by_verb(e: Enumeration) -> list[str]:
    """The items with the list's verb given back to the first, when a word of listing stands before that verb
    (``包括优化A、培养B、发放C…等10个方面``: 优化 is A's, as 培养 is B's), else the items as they are."""
    if e.verb and e.names and e.lead.endswith(e.verb) and re.search(r"(?:包括|涵盖|即|分别是|主要有)$", e.lead[:-len(e.verb)]):
        return [e.verb + e.names[0], *e.names[1:]]
    return list(e.names)


#: verbs of strengthening industries a region has (补齐A、B等产业短板, 增强A、B等产业创新能力) and what they strengthen
_STRENGTHEN = re.compile(r"(?:补齐|补强|增强|提升|巩固|强化|厚植)$")
_STRENGTHENED = re.compile(r"(?:发展)?(?:短板|能级|创新能力|竞争力|核心竞争力|竞争优势|优势|链条?)")


def _mostly_actions(names: list[str]) -> bool:
    """Three or more items, at least two thirds of them actions."""
    return len(names) >= 3 and sum(map(verb_first, names)) * 3 >= len(names) * 2


def _mostly_known_fields(names: list[str]) -> bool:
    """Three or more items, at least two thirds of them fields the vocabulary knows: the list
    names fields whatever verb governs it (``将推进A、B、C等领域先导区的培育``)."""
    known = sum(vocabulary.canonical_field(n) is not None for n in names)
    return len(names) >= 3 and known * 3 >= len(names) * 2


def _located_areas(e: Enumeration) -> bool:
    """``在先进封测、MEMS、光通信等细分领域,培育了…``, ``在量子通信、量子计算等领域已初步形成产业链``: a list
    after 在 of technology names (no sector words: not ``在交通、医疗等领域``), that the sentence does not go on
    to call the uses of something (``…等领域的应用``, ``…应用场景``): the areas a region or a plan works in."""
    return e.head.endswith("领域") and not any(map(is_sector, e.names)) and sum(map(verb_first, e.names)) * 3 < len(e.names) \
        and _mostly_terms(e.names) and not re.match(r"^[^。；;，,]{0,10}?(?:应用|场景)", e.after or "")


def _mostly_terms(names: list[str]) -> bool:
    """Two or more items, at least two thirds of them technology names by their head morpheme
    (:func:`~policykg.loaders.words.lexicon.is_term`): ``物联网、机器视觉、智能芯片``."""
    return len(names) >= 2 and sum(map(is_term, names)) * 3 >= len(names) * 2


#: a verb of support or commitment opening the sentence a list stands in
_SUPPORT_OPENS = re.compile(r"^(?:重点|大力|着力|积极|加快|优先)?(?:扶持|支持|发展|培育|布局|壮大|打造|推动|鼓励)")


def _areas_of_known(e: Enumeration, head: str) -> bool:
    """``重点扶持…,小语种智能翻译、农业机器人等人工智能产业发展``: a head naming the industry of a field the
    vocabulary knows, in a sentence that opens on a verb of support: the items are that field's areas
    (not ``航空装备、海工装备等高端装备产业优势明显``, a strength described)."""
    m = re.fullmatch(r"(.{2,10}?)(?:产业|行业)", head)
    return bool(m and vocabulary.canonical_field(m.group(1)) is not None and not is_sector(m.group(1))
                and _SUPPORT_OPENS.match(e.sentence_lead) and not re.match(r"应用|优势", e.after or ""))


#: verbs that make the technologies they govern fields even without a head (``开发A、B和C``)
_MAKE = re.compile(r"开发|研发|研制|发展|布局|培育|突破|攻关|壮大|引育|招引|打造")


#: verbs that promote what they govern: with technology names, a commitment (``促进A、B等产业链发展``)
_PROMOTE = re.compile(r"促进|推进|支持|加快|加速|鼓励|开发|研发")


#: a sentence that names the policy it goes on to summarize (《措施》, “亦庄商业航天十八条”, 出台…办法)
_POLICY_NAMED = re.compile(r"《[^《》]{2,60}》|“[^“”]{2,16}条”|措施|举措|办法|政策|方案|意见")
#: a count inside a list item: the item states how many (a goal), it does not name one thing
_COUNTED = re.compile(r"(?<![A-Za-z\d.])\d+(?:\.\d+)?(?:万|亿)?(?:个|项|家|所|座|条|批|台|辆|架|颗|款|名|人)")


#: how a government body's name ends (发展改革委, 科技厅, 工信局, 政府)
_GOVERNMENT_END = re.compile(r"(?:委|厅|局|政府|办公室|委员会)$")


#: a head of firms after a clause that describes them (``具有核心竞争力的企业``, ``一批知名的龙头企业``)
_FIRMS_DESCRIBED = re.compile(r"[^，,。；;、]{1,16}的[\u4e00-\u9fff]{0,6}(?:企业|公司|集团)(?![\u4e00-\u9fff])")
#: the ranks a region gives its own industries (三大主导产业, 五大支柱产业, 4个优势产业)
_RANKED_INDUSTRIES = re.compile(r"(?:主导|支柱|优势|重点|特色|新兴|战略性新兴|先导|首位)产业$")
#: a counted head announced before its list: ``三大“千亿级”产业,分别是:``, ``共11项条款分别为``
_ANNOUNCED_HEAD = re.compile(r"(?:[两二三四五六七八九十]+|\d+)(大|个|项|条|类|方面)[^，,。；;:：、]{0,8}?(产业|领域|方向|赛道|条款|措施|举措|行动|工程)"
                            r"[”’]?[，,]?(?:分别|主要|具体)?(?:是|为|包括|涵盖|有|即)[:：]?$")
_ANNOUNCED_KIND = {"产业": "field", "领域": "field", "方向": "field", "赛道": "field", "条款": "measure", "措施": "measure",
                   "举措": "measure", "行动": "programme", "工程": "programme"}
#: a part of a numbered code explained (``“6”即``, ``“3”是指``) right before a list
_CODE_PART = re.compile(r"[(（，,；;]?“[\dXNxn一二三四五六七八九十]{1,3}”(?:即|是指|是|指|为)$")
#: a numbered code of industries earlier in the sentence (``“3+X”产业``, ``“6+1”主导产业``)
_CODED_INDUSTRIES = re.compile(r"“\d+(?:\+[\dXNxn]+)+”[\u4e00-\u9fff]{0,6}?产业(?!链)")


#: a way of growing written as two characters and 化 (智能化, 绿色化, 集群化)
_MODE = re.compile(r"[\u4e00-\u9fff]{2}化")
#: words of praise listed as if items (国内领先、国际知名): the standing a thing is to reach
_PRAISE = re.compile(r"(?:国内外|国内|国际|全国|世界|全球|行业|业内|业界|省内|全省|同行业|区域)?"
                     r"(?:领先|知名|一流|著名|顶尖|闻名|卓越|前列|先进|领先水平|先进水平|一流水平)")


def head_kind(e: Enumeration) -> str | None:
    """The kind of the items (``field``, ``programme``, ``measure``, ``scenario``, ``cluster``) by
    the head, the verb in front and the rest of the sentence, or ``None``.

    A list of 领域 that the sentence goes on to call 场景 or 应用 is a list of application
    scenes; a list of 方向/方面 the sentence goes on to give 措施 for is a list of measures;
    领域, 方向 and 产业 name fields only after a verb of commitment or with a count.
    """
    head = e.head
    if re.match(r"^等地(?![方标球铁质])", e.rest) and all(len(n) <= 4 for n in e.names):
        return None  # 依托成都、绵阳、眉山等地显示产业集群: places, whose clusters the head names
    if len(e.names) >= 2 and sum(bool(_COUNTED.search(n)) for n in e.names) * 2 >= len(e.names):
        return None  # 打造1个国家实验室、培育1万家高新技术企业、形成1个万亿产业集群: goals counted, not names
    if len(e.names) >= 2 and sum(bool(_GOVERNMENT_END.search(n)) for n in e.names) * 3 >= len(e.names) * 2:
        return None  # 由省发展改革委、科技厅、工信厅分别牵头编制5个…行动计划: the bodies that draft, not what they draft
    announced = _ANNOUNCED_HEAD.search(e.sentence_lead.removesuffix(e.verb)) if not head else None  # (…即|加大A、B)
    if announced and len(e.names) >= 2:
        kind = _ANNOUNCED_KIND[announced.group(2)]  # 三大“千亿级”产业,分别是:A、B、C; 共11项条款分别为A、B…
        if kind == "measure" or (announced.group(1) != "项" and not any(map(verb_first, e.names))
                                 and not any("最" in n for n in e.names)):  # 10项涉及高新领域: projects; 基础最优: praise
            return kind
    if not head and _FIRMS_DESCRIBED.match(e.after) and e.rest.startswith("等") and not any(map(verb_first, e.names)):
        return "organization"  # 宁德时代、德方纳米、远景能源等具有核心竞争力的企业: firms, described before their head
    if _CODE_PART.search(e.lead) and _CODED_INDUSTRIES.search(e.sentence_lead) and not any(map(verb_first, e.names)):
        return "field"  # 重点发展“3+X”产业,“3”即A、B、C产业: the industries a numbered code stands for
    if e.unit in ("家", "所") and not any(map(is_direction, e.names)):
        return "organization"  # A、B等13家…单位: 家 and 所 count bodies, whatever the head says (or none)
    if not head and len(e.names) >= 3 and len({m.group(0) for n in e.names if (m := _ITEM_HEADS.search(n))}) == 1 \
            and all(_ITEM_HEADS.search(n) and len(n) >= 4 for n in e.names):
        return "programme"  # 分别是A工程、B工程和C工程: every item names a programme of the same kind
    if not head and re.match(r"^为(?:重点|核心|主攻方向|主导|突破口|引领)", e.after or "") and (e.verb == "以" or e.lead.endswith("以")) \
            and len(e.names) >= 2 and all(is_term(n) or vocabulary.canonical_field(n) is not None for n in e.names):
        return "field"  # 以特色工业机器人、智能服务机器人为重点: the technologies a park or a plan concentrates on
    if not head and e.count and len(e.names) >= 2 and re.match(r"^[\u4e00-\u9fff]{0,12}集群(?![主内中里])", e.after or ""):
        return "cluster"  # 做大做强A、B、C3个国家级先进制造业集群: the clusters, counted under a modified head
    if not head and e.rest.startswith("等") and re.match(r"^(?:一批|一系列|多家|众多|大批|一大批)?[^。，,；;、]{0,10}?(?:企业|公司)(?![家])", e.after or "") \
            and not re.search(r"领域|产业|行业|方向|赛道|技术|的$", re.split(r"企业|公司", e.after)[0]) \
            and not any(map(is_direction, e.names)):
        return "organization"  # 培育出A、B、C等一批“星光熠熠”的明星企业: the firms the head names, after its praise
    if not head and re.search(r"(?:方向|重点)(?:确定|定位|锁定|聚焦|集中)(?:在|于)$", e.lead) \
            and re.match(r"^(?:发展|产业|领域)?上", e.after or ""):
        return "field"  # 把产业发展方向确定在A、B及C…发展上: the directions a plan fixes are its fields
    if not head and e.count and (e.after or "").startswith("部分") and re.search(r"措施|政策|\d条", (e.after or "") + e.rest[:24]):
        return "measure"  # 《清单》主要包括A、B…5部分138条: the parts a policy's measures are grouped in
    if not head:  # 鼓励开发服务机器人、特种机器人和人形机器人: technologies a verb of making governs
        if _MAKE.search(e.verb) and not e.locative and len(e.names) >= 2 and all(map(is_term, e.names)):
            return "field"
        if COMMIT.search(e.verb or "") and not e.locative and len(e.names) >= 2 \
                and all(n.endswith("产业") and len(n) >= 4 for n in e.names) and not any(map(verb_first, e.names)) \
                and not any(re.search(r"哪|如何|怎|什么|为何", n) for n in e.names):  # (发展哪些未来产业、如何发展…: questions)
            return "field"  # 发展信息通信产业、信息技术创新产业: every item an industry the verb commits to
        if e.verb in TIER_VERBS and not e.locative and len(e.names) >= 3 and e.names[-1].endswith("产业") \
                and not any(map(verb_first, e.names)) and not any("产业" in n for n in e.names[:-1]):
            return "field"  # 重点发展燃料电池船舶、轨道交通、无人机、分布式能源产业: the last item's 产业 heads them all
        return None
    after = e.after or ""
    if re.search(r"领域|方面", head) and re.match(r"^[^。；，,]{0,4}(?:打造|建设|开放|推出|发布|拓展|开发|培育)[^。；，,]{0,8}场景",
                                                 after):
        return "scenario"  # 围绕A、B等领域打造一批示范应用场景
    if re.search(r"领域", head) and re.match(r"^(?:实现|开展|推广|拓展|得到|形成|加快|率先)?(?:示范|规模化|商业化|商业|推广|落地)?应用(?!前景)",
                                          after) and not any(is_sector(n) or is_term(n) for n in e.names):
        return "scenario"  # 在城市空运、物流配送等领域实现商业应用: where the technology is used
    if re.search(r"应用(?:领域|方向)?$", head) and (e.count or after.startswith("等")) and len(e.names) >= 2:
        return "scenario"  # 智能制造、文旅教娱、医疗康养五大应用领域; 打造新智造、新文旅“六大应用”: where it is used
    if re.search(r"领域|方面", head) and len(e.names) >= 3 and _USE_AFTER.match(e.rest) \
            and sum(bool(_SCENE_PREFIX.match(n)) for n in e.names) * 2 >= len(e.names) \
            and not re.search(r"发展|布局|培育|壮大|攻关|突破|研发", e.verb or ""):
        return "scenario"  # 在A、B、C等领域加强应用示范,打造应用场景; 围绕A、B等方面,选择典型应用场景
    if re.search(r"领域|行业", head) and re.match(r"^为(?:牵引|重点|突破口|切入点)", after) and "场景" in e.rest[:24] \
            and sum(is_sector(n) or is_term(n) for n in e.names) * 2 < len(e.names):
        return "scenario"  # 以物流装配、工业制造等领域为牵引，开展场景征集: where the technology is put to use
    if re.search(r"行业$", head) and e.locative and re.search(r"应用", e.rest[:60]) \
            and not any(is_sector(n) or is_term(n) for n in e.names):
        return "scenario"  # 推动人形机器人在危化品搬运、防爆排爆等危特行业…应用: where the technology is used
    if head.endswith("场景") and after.startswith("的") and not any(map(is_sector, e.names)):
        return "scenario"  # 满足6G直播、智慧巡检等场景的…需求
    if re.search(r"方向|方面|维度|层面", head) and re.search(r"(?:提出|出台|制定|明确|细化|推出)[^。]{0,12}(?:措施|举措|政策)", e.rest):
        return "measure"
    if head.endswith("方面") and re.search(r"(?:措施|举措|条)》?[”“]?的?[“”]?$", e.lead):
        return "measure"  # 围绕…10条措施的“A”、“B”等方面: the aspects the measures are grouped by
    if head.endswith("板块") and e.count and re.search(r"措施|政策|条", after + e.rest):
        return "measure"  # 《措施》涵盖A、B…5大板块共16条政策: the parts of a policy's measures
    if head.endswith(("方面", "层面", "角度", "维度")) and (e.count or after.startswith("等") or re.match("出发|入手|着手", after)) \
            and not re.match(r"^[^。；;]{0,10}目标|^(?:的|上的)?(?:主要|重点|发展)?任务", after) and (
            re.search(r"^[^。]{0,16}(?:给予|提供|部署|加大|强化|推进|实施|安排)[^。]{0,16}(?:支持|任务|保障|扶持)", e.rest)
            or _mostly_actions(e.names) or (opened_by_verb(e) != e.names and len(e.names) >= 3
                                            and (1 + sum(map(verb_first, e.names[1:]))) * 3 >= len(e.names) * 2)):
        return "measure"  # 从A、B…10个方面给予专项支持; 聚焦强化A、加快B…五个方面: the aspects of a policy's measures
    if head.endswith(("方面", "层面", "角度", "维度")) and len(e.names) >= 3 and re.search(r"从$", e.lead) \
            and (re.search(r"将(?:分别|主要|重点)?从$", e.sentence_lead) or _POLICY_NAMED.search(e.sentence_lead)) \
            and not any(is_sector(n) or is_direction(n) for n in e.names):
        return "measure"  # 《措施》从A、B…等8个方面; 根据《若干措施》,青海将从A、B…等6个方面: a policy's aspects
    if len(e.names) >= 2 and all(map(is_direction, e.names)):
        return "cluster"  # 未来空天、未来海洋…六大未来产业方向: the directions group fields (clusters)
    if e.represented and head.endswith("集群") and len(head) > 4:
        return None  # 以长江存储、武汉新芯等为代表的人工智能芯片集群: members standing for a named cluster
    if _elliptical_directions(e.names):
        return "cluster"  # 未来信息、健康、制造、能源、材料与空间六大方向
    if re.match(r"^(?:作为|为|是)[^。，,；]{0,8}未来产业", after):
        return "field"  # 遴选A、B等9大战略性新兴产业作为主导性未来产业
    if re.search(r"(?:领域|方向|产业)$", head) and re.match(r"^为(?:重点|主攻方向|主攻|核心|主导|突破口|重点方向)", after) \
            and (e.verb == "以" or e.lead.endswith("以")) and not any(map(verb_first, e.names)):
        return "field"  # 以量子器件、光电信息等技术领域为重点: the areas a body or a plan concentrates on
    if re.search(r"领域$", head) and re.match(r"^的(?:核心|关键|前沿|共性)*技术(?!人才|人员|服务)", after) and len(e.names) >= 2 \
            and not any(map(verb_first, e.names)) and not any(map(is_sector, e.names)):
        return "field"  # 在制氢、氢气储运、燃料电池电堆等领域的核心技术达到世界领先水平: the technologies a plan masters
    if after.startswith("的") and not _STRONG_FIELD_HEADS.search(head) and not e.count \
            and not (re.match(r"^的(?:发展|培育|壮大|突破|研发|布局)", after) and COMMIT.search(e.verb + "发展")):
        return None  # 面向A、B等领域的终端产品: the list says what the products are for
    if head.endswith(("方面", "层面", "角度", "维度")):
        return None
    if re.search(r"(?:方案|规划|意见|办法|政策)$", head):
        return None  # 促进A、培育B三个行动方案: documents, not programmes
    if re.search(r"任务", head):  # 提出A、B等7项重点任务: the tasks a policy sets, not its support measures
        return None  # (the golds list 5 of 39 such items as measures)
    if re.search(r"措施|举措", head):  # 提出A、B2条措施: the measures of a policy, counted; 等措施: instruments
        return "measure" if e.count else None
    if re.search(r"技术$", head) and after.startswith("路线") and (COMMIT.search(e.verb) or e.verb.endswith("支持")):
        return "field"  # 重点支持A、B等先进技术路线: the technologies a policy backs
    if e.possessed and e.count and head.endswith("集群"):
        return "cluster"  # 建成有重要影响力的A、B等4个千亿级产业集群: what the clusters are, counted
    if e.possessed and not _STRONG_FIELD_HEADS.search(re.sub(r"^重点", "", head)):
        return None  # …技术路线的原材料、元器件…等重点领域: the links of a chain, not fields
    if head == "技术":  # 推动A、B等技术研发突破及产业化: fields; 围绕A、B等技术开展攻关: R&D targets
        return "field" if COMMIT.search(e.verb) and re.match(r"^(?:研发|突破|产业化|的研发)", after) else None
    if head.endswith("技术") and vocabulary.canonical_field(head[:-2]) is not None:
        return "field"  # 数字孪生、脑机接口等元宇宙技术: the technologies of a field
    if head.endswith("技术") and len(head) > 2 and _mostly_known_fields(e.names):
        return "field"  # 以新一代网络通信、量子信息、虚拟现实等新一代信息技术为驱动: technologies the vocabulary knows
    if re.search(r"新?业态", head) and re.match(r"培育|发展|布局|壮大", e.verb or ""):
        # 培育工业元宇宙、数字虚拟人等新业态: technologies; 发展商务出行、空中摆渡等新业态: uses
        return "field" if any(is_term(n) or vocabulary.canonical_field(n) for n in e.names) else "scenario"
    if re.fullmatch(r"(?:新兴|主导|重点)产业", head) and COMMIT.search(e.verb or "") and not e.locative \
            and not any(map(is_sector, e.names)):
        return "field"  # 大力发展数字经济、生物经济…等新兴产业; 重点围绕A、B等新兴产业: the industries a region commits to
    if head.endswith("产业") and not head.endswith("全产业") and (COMMIT.search(e.verb or "") or re.search(r"加强|加快", e.verb or "")) \
            and re.match(r"^[^，,。；;]{0,12}?产业链条?(?![主群])", e.rest):
        return "field"  # 大力培育A、B、C等八大新兴产业链: the industries whose chains a region builds
    if e.count and _RANKED_INDUSTRIES.search(head) and "传统" not in head and not any(map(verb_first, e.names)) \
            and not e.locative:  # (优化提升A、B等四个传统优势产业: traditional industries listed as such, no fields; CONVENTIONS.md)
        return "field"  # 推动医药健康、先进能源、先进制造三大主导产业: the industries a region counts as its own
    for pattern, kind in _KIND_OF_HEAD:
        if pattern.search(head):
            committed_after = bool(re.match(rf"^[^。，,；]{{0,4}}(?:{COMMIT.pattern})(?!性)", after))  # 实现突破性进展: an outcome
            listed_as = bool(re.match(r"^(?:均|都|也)?被(?:列为|列入|确定为|纳入|作为)", after))  # A、B等产业被列为标志性产业
            direction = (head + (e.after or "")[:2]).endswith("方向") and e.count  # 在A、B等九大产业方向上: directions
            if kind == "field" and e.locative and not committed_after and not direction and not _located_areas(e):
                return None  # 在A、B等领域成果突出 / 具有广阔应用前景: a setting, not a commitment
            if kind == "field" and not (_STRONG_FIELD_HEADS.search(head) or e.count or COMMIT.search(e.verb) or listed_as
                                        or _mostly_known_fields(e.names) or _areas_of_known(e, head)
                                        or (_mostly_terms(e.names) and (_PROMOTE.search(e.verb) or committed_after))
                                        or (head.endswith("产业") and _STRENGTHEN.search(e.verb or "") and _STRENGTHENED.match(after))
                                        or (e.clause_initial and len(e.items) >= 3 and re.search(r"领域|未来产业", head))):
                return None
            if kind == "field" and head.endswith("产品") and not (e.count and COMMIT.search(e.verb)):
                return None
            return kind
    return None
