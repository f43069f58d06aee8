"""The news genre: the outlet that publishes a report, and its headline.

A news report or press release names its outlet in a few fixed places of the
genre: a source label (``来源：新华社``), a publication line (``发布时间：2024-03-28
10:30 中国政府网``, ``2022年01月26日 19:32 河南省政府网站``), a dateline (``新华社北京3月5日电``,
``中新社武汉6月13日电``, ``台海网10月7日讯``), a credit (``36氪获悉，``, ``据厦门广电网报道``)
or a byline under the headline. The first outlet found in that order is the report's
issuer; all of them are organizations of the text.

>>> from policykg.loaders.reading.document import Doc
>>> d = Doc.from_text("湖北加快未来产业发展\\n来源:湖北省人民政府网2024/6/26 8:42:56\\n近日,省政府印发方案。", "x")
>>> [(o.name, o.rule) for o in outlets(d)]
[('湖北省人民政府网', 'news.source')]
>>> d = Doc.from_text("武汉出台新政\\n中新社武汉6月13日电 (张芹)武汉市政府新闻办召开发布会。据厦门广电网报道,近日。", "x")
>>> [o.name for o in outlets(d)]
['中新社', '厦门广电网']
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

from policykg.loaders.reading.document import Doc
from policykg.loaders.words.lexicon import HAN, place_alternation, region_pattern
from policykg.resolve import divisions

_NAME = rf"[{HAN}A-Za-z0-9][{HAN}A-Za-z0-9·]{{1,16}}?"
_DATE = r"\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?"
_TIME = r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
#: 来源：X (up to a date, a space or punctuation)
_SOURCE = re.compile(rf"(?:来源|转自|转载自|稿源|文章转载自)[ \t]*[:：|｜][ \t]*({_NAME})(?:[-—－]({_NAME}))?(?=\s|{_DATE}|\d{{4}}[/-]|\d{{1,2}}-\d{{1,2}}\s|[^{HAN}A-Za-z0-9·]|"
                     rf"(?:发布|发表|信息)?(?:日期|时间)[:：]|$)")  # 来源:某局日期:2025年…, 来源:某网发表时间:…: the next label ends the name
#: the words of a credit before the outlet it names (本文选自, 文章转自)
_CREDIT_LEAD = r"(?:本文|文章|此文|原文)(?:选自|摘自|转自|转载自|来源于|来自)"
#: a credit on a line of its own: ``本文选自中国新闻网``, ``文章转自人民网`` (the outlet the page took the report from)
_SELECTED_FROM = re.compile(rf"(?:^|\n)[ \t]*{_CREDIT_LEAD}[ \t]*[:：]?[ \t]*({_NAME})[ \t]*(?=\n|$|[。，,])")
#: an author label that names a site: ``作者:某某新闻网 发表于:2025-06-14``
_AUTHOR_OUTLET = re.compile(rf"(?:^|\n|\s|(?<=[:：]))作者\s*[:：]\s*({_NAME})(?=\s|发表|发布|$)")  # (来源:作者:文汇报 某某)
#: a publication line: [发布时间：]date [time] X
_PUBLISHED = re.compile(rf"^(?:(?:发布|发表)?(?:时间|日期)\s*[:：]\s*)?{_DATE}{_TIME}\s*({_NAME})\s*$", re.M)
#: a dateline: X[place]M月D日电/讯
_DATELINE = re.compile(rf"(?:^|\n|(?<=[)）] ))[ \t]*({_NAME}|[A-Za-z][A-Za-z0-9.]{{2,20}})(?:[ \t]+[{HAN}]{{2,4}})?[ \t]*(\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)"
                       rf"(?:电|讯|消息)")
#: a dateline without a date: ``大皖新闻讯``, ``山西科技报新闻网大同讯`` (an outlet, a place, 讯)
_BARE_DATELINE = re.compile(rf"(?:^|\n)\s*((?:[{HAN}A-Za-z0-9]{{2,10}}/)?[{HAN}A-Za-z0-9]{{1,14}}(?:网|社|报|新闻|客户端|全媒体|融媒体?))"
                            rf"(?:[{HAN}]{{2,4}})?讯")
#: an outlet's own line opening the report: ``央视网消息(新闻联播):``, ``某某网消息9月6日,`` (a body's 发布消息 is none)
_NEWS_OPENING = re.compile(rf"(?:^|\n)\s*([{HAN}A-Za-z0-9]{{1,14}}(?:网|社|报|新闻|客户端|官网))(?:消息(?=[(（,，:：\s]|\d{{1,2}}月)|"
                           rf"报道(?=[{HAN}]))")  # 冀时客户端报道我省…: the outlet opens its own report
#: a short name's dateline that a reporter's credit or the day follows: ``阳光讯(记者 某某)``, ``爱东营讯3月27日``
_SHORT_DATELINE = re.compile(rf"(?:^|\n)\s*([{HAN}]{{3,6}}?)讯\s*(?=[(（]\s*(?:全媒体|融媒体|首席|特约)?(?:记者|通讯员)|\d{{1,2}}月\d{{1,2}}日(?!电))")
#: a reporter's byline on one of the first lines: ``南方财经全媒体记者吴佳楠 广州报道``, ``每经记者|某某``
_TOP_BYLINE = re.compile(rf"(?:^|\n)[ \t]*([{HAN}A-Za-z0-9][{HAN}A-Za-z0-9·]{{1,15}}?)(?:全媒体|融媒体|全媒|融媒|首席|特约|见习|实习)?记者[ \t]*[|｜]?[ \t]*"
                         rf"[{HAN}]{{2,4}}(?=[ \t|｜]|\n|$|\d|[{HAN}]{{2}}报道)")
#: a reporters' byline on a line of its own, wherever it stands: ``上游新闻记者 某某 某某 摄影 某某``,
#: ``文/广州日报全媒体记者某某``, ``…宜宾观察 某某 川观新闻记者 某某``, ``速豹新闻网 记者 某某``
_NAMES = rf"[{HAN}]{{2,4}}(?:[ \t、]+[{HAN}]{{2,4}})*"
_LINE_BYLINE = re.compile(rf"(?:^|\n|(?<=[ \t]))[ \t]*(?:文\s*[/／丨|]\s*)?([{HAN}]{{2,14}}?(?:日报|晚报|晨报|时报|报|网|社|新闻|客户端|电视台|融媒体中心|广电))"
                          rf"[ \t]*(?:全媒体|融媒体|首席|特约)?记者[ \t]*{_NAMES}"
                          rf"(?:[ \t]+(?:摄影|摄像|通讯员|实习生|编辑)[ \t]*{_NAMES})*[ \t]*(?=\n|$)")
#: an outlet whose reporter interviews someone: ``接受科技日报记者采访``
_INTERVIEWED = re.compile(rf"接受(?:了)?([{HAN}]{{2,10}}?(?:日报|晚报|报|网|社|电视台|新闻))(?:社)?记者(?:的)?(?:采访|专访)")
#: an outlet credited in brackets at the end of a paragraph: ``…转型升级。(上证报)``
_END_CREDIT = re.compile(rf"[。!！?？]\s*[(（]\s*(?:来源\s*[:：]\s*)?([{HAN}A-Za-z0-9]{{1,12}}(?:网|社|报|新闻|客户端|融媒))\s*[)）]\s*(?:\n|$)")
#: a site's line under the headline: ``杭州网  发布时间:2024-11-09 06:54``
_SITE_LINE = re.compile(rf"^\s*({_NAME})\s+(?:发布|发表)?(?:时间|日期)\s*[:：]\s*{_DATE}", re.M)
_CREDIT = re.compile(rf"(?:^|[\n，,。])\s*({_NAME})获悉[，,]|据({_NAME})(?:报道|消息|讯)|"
                     rf"(?:^|\n)据({_NAME}(?:网站|网|客户端|公众号|发布))[，,]")
#: an outlet and a time joined by a middle dot on a line of their own: ``第一财经·2025-12-30 13:48``
OUTLET_DOT_DATE = re.compile(r"(?:^|\n)\s*([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z .、]{1,30}?)(?:\s*[·・]\s*|"
                             r"[ \t]*(?=\d{4}-\d{1,2}-\d{1,2}[ \t]*\d{1,2}:\d{2}))"  # 海拔新闻 2024-09-23 17:26:32: a time makes it one
                             r"(\d{4})[-年./](\d{1,2})[-月./](\d{1,2})日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?=\n|$)")
#: an outlet and its channel in square brackets opening a report: ``【天极网IT新闻频道】``
_BRACKET_SOURCE = re.compile(r"(?:^|\n)\s*【([\u4e00-\u9fffA-Za-z]{1,12}?(?:网|报|社|客户端|电视台))(?:[\u4e00-\u9fffA-Za-z]{0,10}频道)?】")
#: an outlet and a date in square brackets opening the report's first paragraph: ``[中国新闻网2022-10-27]``
_BRACKET_DATED = re.compile(rf"(?:[^\n]{{0,80}}\n)?\s*[\[【]\s*([{HAN}A-Za-z]{{2,16}}?(?:网|社|报|新闻|客户端))\s*{_DATE}{_TIME}\s*[\]】]")
#: words by which a page names its own site or paper without naming it
_SELF = frozenset({"本网", "本站", "本报", "本台", "本社", "本刊", "本网站"})
#: staff credited by their outlet: ``(包头市融媒体中心记者:崔妍;编辑:…)``, ``洛报融媒记者从…获悉``
_STAFF_CREDIT = re.compile(rf"(?:^|\n|[。！!？?]|[(（])\s*((?:[{HAN}]{{2,10}}·)?[{HAN}]{{2,14}}?(?:融媒体中心|新闻中心|融媒|报社|日报|晚报|报|网|社|电视台|客户端|在线|新闻))"
                           rf"(?:全媒体|融媒体|首席|特约)?(?:记者|通讯员)(?:\s*[:：]|从|获悉|了解到|近日|日前|\d{{1,2}}[月日]|"
                           rf"\s+[{HAN}]{{2,4}}(?:\s+[{HAN}]{{2,4}})*[)）]\s*$|"
                           rf"(?<=记者)[ \t]+[{HAN}]{{2,4}}(?:[ \t、]+[{HAN}]{{2,4}})*[ \t]*(?=\n))")  # a byline of its own: 极目新闻记者 刘孝斌  # …(辽宁日报记者 金晓玲): a closing credit
#: the same in the brackets of a dateline: ``本报讯(黑龙江日报全媒体记者韩波)``, ``(中国青年报·中青在线记者 董碧水)``
_BRACKET_CREDIT = re.compile(rf"[(（]\s*((?:[{HAN}]{{2,10}}·)?[{HAN}]{{2,14}}?(?:融媒体中心|新闻中心|融媒|报社|日报|晚报|报|网|社|电视台|客户端|在线))"
                             rf"(?:全媒体|融媒体|首席|特约)?(?:记者|通讯员)\s*[{HAN}]{{2,4}}(?:\s+[{HAN}]{{2,4}})*[)）]")
#: an e-paper's own label for the paper: ``当前报纸名称:宜兴日报``
_PAPER_LABEL = re.compile(rf"(?:^|\n)\s*当前(?:报纸)?名称\s*[:：]\s*([{HAN}]{{2,12}}(?:报|刊))\s*(?=\n|$)")
#: ``人民网2022-03-24 09:35``: an outlet and a time opening a page (no headline, the issuer)
OUTLET_TIME = re.compile(r"^\s*([\u4e00-\u9fffA-Za-z]{2,10}(?:网|报|社|客户端|电视台)(?:[·・][\u4e00-\u9fffA-Za-z]{2,10}(?:网|报|社|客户端|电视台))?)\s*\d{4}[-年./]\d{1,2}[-月./]\d{1,2}")
#: a paper's name and the date of its issue on a line of their own: ``辽宁日报 2025年05月23日``
_PAPER_DATE_LINE = re.compile(rf"(?:^|\n)[ \t]*([{HAN}]{{2,10}}(?:日报|晚报|晨报|时报|报|网|新闻|客户端))[ \t]*\d{{4}}年\d{{1,2}}月\d{{1,2}}日[ \t]*(?=\n|$)")
#: an outlet and a day in square brackets: ``【新华企业资讯1月4日】``
_BRACKET_DATELINE = re.compile(rf"【([{HAN}]{{2,12}}?(?:资讯|日报|报|网|社|新闻|客户端))\s*\d{{1,2}}月\d{{1,2}}日(?:电|讯)?】")
_OUTLET_WORDS = re.compile(r"(?:网|网站|社|报|日报|晚报|晨报|时报|新闻|电视台|广播电视台|客户端|融媒|财经|观察|观|氪|头条|号)$")


@dataclass(frozen=True)
class Outlet:
    """An outlet named in the text, with where its name stands."""

    name: str
    start: int
    rule: str
    #: where the outlet's mention ends, when it runs past the name (a dateline's place and date)
    end: int | None = None

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end if self.end is not None else self.start + len(self.name)


def _strip_place(name: str) -> str:
    """``中新社武汉`` → ``中新社``, ``中新网青海德令哈`` → ``中新网`` (a dateline puts the places after the outlet)."""
    m = region_pattern("$").search(name)
    name = name[: m.start()] if m and m.start() >= 2 else name
    bare = name
    while (m := _place_end().search(bare)) and m.start() >= 2:
        bare = bare[: m.start()]
    return bare if _OUTLET_WORDS.search(bare) else name  # (今日永川: a paper named by its place keeps it)


@functools.lru_cache(maxsize=1)
def _place_end() -> re.Pattern:
    """A province's, city's or district's name closing a span."""
    short = sorted({n[:-1] for n in divisions.district_names() if len(n) >= 3 and n[-1] in "市县"}, key=len, reverse=True)
    return re.compile(f"(?:{place_alternation()}|{'|'.join(map(re.escape, short))})$")  # short: 德令哈(市), 格尔木(市)


def outlets(doc: Doc, head: int = 1500) -> list[Outlet]:
    """Outlets named in the head of a report, the issuer first."""
    text = doc.text[:head]
    found: list[Outlet] = []
    for m in _SOURCE.finditer(text):
        found.append(Outlet(m.group(1), m.start(1), "news.source"))
        if m.group(2) and not m.group(2).endswith(("频道", "栏目", "专栏")):  # 浙江在线-浙江日报: the site and its paper
            found.append(Outlet(m.group(2), m.start(2), "news.together"))  # (人民网-青海频道: the site's channel)
    for m in _SELECTED_FROM.finditer(text[:400]):
        found.append(Outlet(m.group(1), m.start(1), "news.source"))
    for m in _AUTHOR_OUTLET.finditer(text[:400]):
        if _OUTLET_WORDS.search(m.group(1)):  # 作者:某某新闻网 发表于:…: a site signing as the author
            found.append(Outlet(m.group(1), m.start(1), "news.source"))
    for m in _PUBLISHED.finditer(text):
        if _OUTLET_WORDS.search(m.group(1)):
            found.append(Outlet(m.group(1), m.start(1), "news.published"))
    for m in _DATELINE.finditer(text):
        name = _strip_place(m.group(1))
        found.append(Outlet(name, m.start(1), "news.dateline", m.end()))
    for m in _BARE_DATELINE.finditer(text[:300]):
        name = m.group(1)  # 永川日报全媒体讯: the paper; 商报全媒体讯: a name too short to stand without its 全媒体
        name = name[:-3] if name.endswith("全媒体") and len(name) >= 6 and _OUTLET_WORDS.search(name[:-3]) else name
        found.append(Outlet(name, m.start(1), "news.dateline", m.end()))
    m = _SHORT_DATELINE.search(text[:300])
    if m and not m.group(1).startswith("本"):  # 爱东营讯3月27日 (本报石家庄讯: the page's own paper, unnamed)
        found.append(Outlet(_strip_place(m.group(1)), m.start(1), "news.dateline", m.end(1) + 1))
    m = _PAPER_LABEL.search(text[:200])
    if m:  # 当前报纸名称:宜兴日报: the paper the e-paper page is of
        found.append(Outlet(m.group(1), m.start(1), "news.published"))
    m = _BRACKET_DATED.match(text)
    if m:  # [中国新闻网2022-10-27]近日,…: the outlet and its date open the report
        found.append(Outlet(m.group(1), m.start(1), "news.published"))
    m = _BRACKET_SOURCE.search(text[:400])
    if m:  # 【天极网IT新闻频道】7月5日,…: the outlet's channel opens the report
        found.append(Outlet(m.group(1), m.start(1), "news.published"))
    m = OUTLET_DOT_DATE.search(text[:400])
    parts = m.group(1).split("、") if m else []
    if m and all(re.fullmatch(r"[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z]{1,15}", p) for p in parts) \
            and (len(parts) == 1 or all(_OUTLET_WORDS.search(p) for p in parts)):
        # 第一财经·2025-12-30 13:48: the page's outlet and time under the headline (a name in pinyin is no outlet's);
        # 南海网、新海南客户端2026-02-05 22:42: outlets that publish together
        at = m.start(1)
        for part in parts:
            found.append(Outlet(part, at, "news.published" if len(parts) == 1 else "news.together"))
            at += len(part) + 1
    m = _PAPER_DATE_LINE.search(text[:400])
    if m:  # 辽宁日报 2025年05月23日: a paper's name and its issue's date on a line of their own
        found.append(Outlet(m.group(1), m.start(1), "news.published"))
    m = _BRACKET_DATELINE.search(text[:400])
    if m:  # 【新华企业资讯1月4日】在日前召开的…: the outlet and the day in brackets open the report
        found.append(Outlet(m.group(1), m.start(1), "news.dateline", m.end()))
    m = OUTLET_TIME.match(text)
    if m:  # 人民网2022-03-24 09:35 / 参考消息网2026-03-17号报道 / 湖南日报·新湖南客户端 2025-12-24: the page's outlet and time
        found.append(Outlet(m.group(1), m.start(1), "news.published"))
    for m in _SITE_LINE.finditer(text[:300]):
        if _OUTLET_WORDS.search(m.group(1)):
            found.append(Outlet(m.group(1), m.start(1), "news.published"))
    for m in _CREDIT.finditer(text):
        name = m.group(1) or m.group(2) or m.group(3)
        if "记者" not in name and not re.search(r"从|\d+[月日]", name) and (_OUTLET_WORDS.search(name) or re.search(r"[A-Za-z0-9]", name)):
            found.append(Outlet(name, m.start(next(g for g in (1, 2, 3) if m.group(g))), "news.credit"))
    for m in _INTERVIEWED.finditer(text):  # 近日接受科技日报记者采访时表示: the paper whose reporter asks
        found.append(Outlet(m.group(1), m.start(1), "news.credit"))
        break
    for m in _END_CREDIT.finditer(doc.text):
        found.append(Outlet(m.group(1), m.start(1), "news.closing"))
        break
    for m in sorted([*_STAFF_CREDIT.finditer(doc.text), *_BRACKET_CREDIT.finditer(doc.text[:600])], key=lambda m: m.start()):
        if m.group(1) not in _SELF:
            at = m.start(1)
            for part in m.group(1).split("·"):  # 中国青年报·中青在线记者: the paper and its site
                found.append(Outlet(part, at, "news.credit"))
                at += len(part) + 1
            break
    m = _JOINT_BYLINE.search(doc.text[:400])
    if m:  # 石榴云/新疆日报记者 某某: a reporter of two outlets that publish together
        found += [Outlet(m.group(1), m.start(1), "news.together"), Outlet(m.group(2), m.start(2), "news.together")]
    m = _TOP_BYLINE.search(doc.text[:200])
    if m and not re.match(r"本|见习|实习|特约|特派|驻", m.group(1)):  # 南方财经全媒体记者某某 广州报道: the reporter's outlet
        found.append(Outlet(m.group(1), m.start(1), "news.byline"))
    for m in _LINE_BYLINE.finditer(doc.text):
        if not m.group(1).startswith("本"):
            found.append(Outlet(m.group(1), m.start(1), "news.byline"))
            break
    byline = _byline(doc)
    if byline:
        found.append(byline)
    found.extend(_bodies_byline(doc))
    found.extend(_closing_source(doc))
    m = _NEWS_OPENING.search(text[:300])
    if m and not m.group(1).startswith("据"):  # 央视网消息: last, when the page names its outlet nowhere else (据…: a credit)
        found.append(Outlet(m.group(1), m.start(1), "news.dateline"))
    seen, out = set(), []
    for o in found:
        bare = re.sub(r"(?:责任编辑|编辑|记者|通讯员)$", "", o.name)  # 中央广电总台国际在线编辑: the outlet, not its editor
        bare = re.sub(r"(?<=[网报社端台闻])(?:讯|\d{4}年)$", "", bare)  # 某报客户端讯, 深圳新闻网2025年(3月27日讯): the outlet
        bare = re.sub(r"(?<=[部委局厅院办府])(?:官网|官方网站|网站|官方微信|微信公众号|官微)$", "", bare)  # 工业和信息化部官网: the ministry
        credit = _CREDIT_WORDS.match(bare)
        if credit and len(bare) - credit.end() >= 2:  # 本文选自中国新闻网 on the byline: the outlet after the credit
            o, bare = dataclasses.replace(o, start=o.start + credit.end()), bare[credit.end():]
        if bare != o.name and len(bare) >= 2:
            o = dataclasses.replace(o, name=bare)
        if o.name in _SELF or (o.rule == "news.dateline" and region_pattern("^").fullmatch(o.name)):
            continue  # 本网 (the page's own site, unnamed); 长春7月4日电: the place of a dateline, no outlet
        if o.name not in seen and not re.fullmatch(r"\d+", o.name) and not _NOT_OUTLET.search(o.name):
            seen.add(o.name)
            out.append(o)
    return out


_CREDIT_WORDS = re.compile(_CREDIT_LEAD)
#: what a source label may be followed by that names no outlet: a date, another label (来源:发布日期:…)
_NOT_OUTLET = re.compile(r"\d{1,2}月\d{1,2}日|^(?:发布)?(?:日期|时间)$|^(?:作者|浏览|点击|字号|打印)")
_BODY = rf"[{HAN}]{{2,20}}?(?:局|办公室|中心|委员会|委|厅|政府|办)"
#: ``原创 区经信科技局、医药港管理办公室、区融媒体中心``: the bodies that sign a release
_BODIES = re.compile(rf"^(?:原创\s*)?({_BODY}(?:[、\s]+{_BODY})*)$")
#: ``来源 湖北发布 武汉发布`` closing a report: its sources, by space
_CLOSING_SOURCE = re.compile(rf"(?:^|\n)\s*来源\s*[:：]?\s*((?:{_NAME}\s*){{1,4}})\s*$")


def _bodies_byline(doc: Doc) -> list[Outlet]:
    """Bodies that sign a release on the line under its headline, each one an outlet
    (rule ``news.bodies``: the issuer is all of them)."""
    lines = doc.text.split("\n", 3)
    if len(lines) < 3:
        return []
    line = lines[1].strip()
    m = _BODIES.match(line)
    if not m or not (line.startswith("原创") or re.search(r"[、\s]", m.group(1))):
        return []
    base = len(lines[0]) + 1 + lines[1].index(m.group(1))
    out = []
    for part in re.finditer(r"[^、\s]+", m.group(1)):
        out.append(Outlet(part.group(0), base + part.start(), "news.bodies"))
    return out


def _closing_source(doc: Doc) -> list[Outlet]:
    """``来源 湖北发布 武汉发布`` as the last line: the sources of the report (rule ``news.closing``)."""
    tail_start = max(0, len(doc.text.rstrip()) - 200)
    m = _CLOSING_SOURCE.search(doc.text.rstrip(), tail_start)
    if not m:
        return []
    return [Outlet(p.group(0), m.start(1) + p.start(), "news.closing") for p in re.finditer(r"\S+", m.group(1))
            if 2 <= len(p.group(0)) <= 16]


#: a byline of two outlets on a line of its own near the top: ``石榴云/新疆日报记者 某某``, ``天山网-新疆日报记者 某某``
_JOINT_BYLINE = re.compile(rf"(?:^|\n)[ \t]*([{HAN}A-Za-z]{{2,8}})[/\-—－]([{HAN}]{{2,10}}(?:报|网|社|台|客户端))记者[ \t]*[{HAN}]{{2,4}}[ \t]*(?:\n|$)")


def _byline(doc: Doc) -> Outlet | None:
    """A short name on the line under the headline (``数据观``)."""
    lines = doc.text.split("\n", 3)
    m = re.match(rf"^({_NAME})记者\s*[{HAN}]{{2,4}}$", lines[0].strip())
    if m:  # 科技日报记者 刘园园: the outlet of a reporter's byline
        return Outlet(m.group(1), lines[0].index(m.group(1)), "news.byline")
    if len(lines) < 3:
        return None
    line = lines[1].strip()
    if " " in line and len(line) <= 16:  # 栗子 益读社: an author, then the outlet
        line = line.rsplit(" ", 1)[1]
    if 2 <= len(line) <= 10 and re.fullmatch(rf"[{HAN}A-Za-z0-9]+", line) and _OUTLET_WORDS.search(line) \
            and divisions.lookup_region(line) is None:
        return Outlet(line, len(lines[0]) + 1 + lines[1].index(line), "news.byline")
    return None


#: a report that opens on its source: ``据某市人民政府网站,``, ``某某新闻讯``
_SOURCE_OPENING = re.compile(r"^(?:据[^，,。]{2,20}?(?:网站|网|报道|消息|客户端|公众号|发布)[，,]|[^，,。\s]{2,20}?讯\s)")


def opens_on_source(line: str) -> bool:
    """Does a report's first line open on its source (so the page has no headline)?

    >>> opens_on_source("据某市人民政府网站,某市印发《措施》。"), opens_on_source("某市发布措施")
    (True, False)
    """
    return bool(_SOURCE_OPENING.match(line.strip()))


def is_headline(line: str) -> bool:
    """A first line that can be a news headline: short, no sentence end, not a date,
    source or outline line.

    >>> is_headline("天津高新区布局脑机接口新赛道,设立国内首个产业发展专项基金"), is_headline("一、起草背景")
    (True, False)
    """
    s = line.strip()
    if not 6 <= len(s) <= 64 or re.search(r"[。；;]$", s) or s.count("。") > 0 or "记者" in s:
        return False  # 科技日报记者 刘园园: a byline
    dated = re.match(_DATE, s)
    if dated and re.fullmatch(rf"[{HAN}]{{6,}}", s[dated.end():]):
        return True  # 2022年7月8日市政府新闻发布会新闻素材稿: a headline that opens with its date
    if re.match(rf"^(?:{_DATE}|来源|发布|时间|日期|[一二三四五六七八九十]+、|\(?[一二三四五六七八九十]+\)|\d+[.、．])", s):
        return False
    return not re.match(r"^(?:据|近日|日前|记者|本报讯|\d{1,2}月\d{1,2}日)", s)
