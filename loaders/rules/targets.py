"""Quantified targets: year, metric, value, unit, qualifier.

A number counts as a target inside a goal context: after a year marker
(``到2030年``, ``2027年前``) within the same outline section (or paragraph,
in documents without an outline), or in a sentence that speaks of the future
(``将``, ``力争``, ``计划``).  Past facts (``目前``, ``已``, earlier years) are skipped.

>>> from policykg.loaders.reading.document import Doc
>>> d = Doc.from_text("（二）发展目标\\n到2030年，产值达到5000亿元左右，建设15个左右先导区，打造10-15个应用场景。\\n目前已有93家企业。", "x")
>>> [(t["year"], t["metric"], t["value"], t["unit"], t["qualifier"], t.get("value_min")) for t in extract_targets(d)]
[(2030, '产值', 5000, '亿元', '左右', None), (2030, '先导区', 15, '个', '左右', None), (2030, '应用场景', 15, '个', None, 10)]
"""

from __future__ import annotations

import bisect
import re

from policykg.loaders.reading.document import Doc
from policykg.loaders.words.lexicon import HAN, region_pattern

#: units of count and measure; a count unit may carry a magnitude (万架, 亿人次, 千家)
_COUNT_UNITS = ("个|家|户|项|件|座|所|条|台|套|辆|名|人次|人|支|种|款|次|架次|架|艘|颗|枚|发|张|吨|标箱|千瓦时|千瓦|"
                "立方米|平方米|亩|元")
_UNITS = ("EFlops|EFLOPS|Eflops|PFlops|PFLOPS|Pflops|GWh|MWh|kWh|TWh|万亿元|兆瓦|吉瓦|GW|MW|个百分点|"
          rf"(?:亿|万|千)(?:{_COUNT_UNITS})|{_COUNT_UNITS}|倍|%|平方公里|公里|大")
_NUM = r"(?<![\d.])(\d+(?:\.\d+)?)"
_QTY = re.compile(rf"(突破|超过|超|不少于|不低于|大于|高于|小于|低于|不高于|达到|达|力争|约)?{_NUM}(?:\s*(?:[-—–~到至])\s*(\d+(?:\.\d+)?))?\s*"
                  rf"(?:({_UNITS})(左右|以上|以内)?|(亿|万|千)(余|多)({_COUNT_UNITS}))")
_CN_BIG = re.compile(rf"(?<![{HAN}\d])([二三四五六七八九十])大(?=[{HAN}])")
_YEAR = re.compile(r"(?:到|至|力争到|争取到|力争|争取|预计到|计划到|锚定)\s*(\d{4})\s*年|(\d{4})\s*年(?:前|底前|末|(?=[，,]|[\u4e00-\u9fff]{1,6}?将(?!近|会)))|"
                   r"(?:到|至)?“?(十[四五六]五)”?(?:期|时期)?(?:末|期间|(?=力争|将|要))|"
                   # 远期(2026—2035年),形成…: a stage of a plan, its goals those of the stage's last year
                   r"(?:近期|中期|远期|阶段)\s*[(（]\s*\d{4}\s*年?\s*[-—–~至]+\s*(\d{4})\s*年?\s*[)）](?=[，,:：])")
#: the last year of a five-year plan period
_PERIOD_END = {"十四五": 2025, "十五五": 2030, "十六五": 2035}
_FUNDING_CAP = re.compile(r"(?:最高|不超过|最多|给予|奖励|补助|补贴|资助)[^，。；\d]{0,6}$")
_FUTURE = re.compile(r"将|力争|争取|计划|预计|目标|努力|确保|规划(?:建设|布局|打造|新建)|拟(?:建设|建|新建|布局|打造)")
#: a figure set against an earlier year's or a reporting period (同比, 较2022年增长, 2023年前三季度): a result
_COMPARED = re.compile(r"同比|倍于(?:上年|去年|\d{4}\s*年)|(?:较|比)(?:上年|去年|\d{4}\s*年)(?:同期)?(?:增长|提高|增加|上升|下降|减少)|"
                       r"\d{4}\s*年(?:前[二三]季度|[一二三四]季度|上半年|1\s*[-—至~]\s*\d{1,2}\s*月)")
_PAST = re.compile(r"目前|当前(?![和及与]今后)|已经|已有|已建|现有|截至|累计|此前|去年|上半年|同比")
_CLAUSE_END = re.compile(r"[，,；;。：:\n]")
_METRIC_AFTER = re.compile(rf"^(?:的)?([{HAN}A-Za-z0-9（）()“”]{{2,24}})")
_METRIC_BEFORE = re.compile(rf"([{HAN}A-Za-z0-9]{{2,20}}?)(?:规模|产值|营收|收入|总量|数量|保有量|占比|比重|增加值)?"
                            rf"(?:达到|达|突破|超过|超|增长到|提升至|提高到|不少于|不低于|约)?$")
_LEADING_VERB = re.compile(r"^(?:重点)?(?:新增|建设|建成|培育|打造|形成|推出|攻关|成立|发展|引进|孵化培育|孵化|推动|集聚|"
                           r"突破|布局|组建|创建|认定|支持|实现|带动|吸引|培养|新建|开展|举办|遴选|储备|制定|研制|"
                           r"围绕|落地|招引|新增|引育|育成|培引|达到|建设各类|建立)")
_CN_BIG_VALUE = {"二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def extract_targets(doc: Doc, news: bool = False, year: int | None = None, national: bool = True) -> list[dict]:
    """Every quantified target of the document (see the module docstring); in a news report (``news``), not a
    count of what stands now. A report of ``year`` that speaks of this year's plans (``今年``, a 政府工作报告)
    gives its goals without a year of their own that year. A local text's (not ``national``) figures of the
    nation or the world (``预计我国…产量达到250万吨``) are its context, not its goals."""
    if year is None and news and "政府工作报告" in doc.text:
        stated = _REPORT_YEAR_AHEAD.search(doc.text)  # 《政府工作报告》…报告提出,2014年四川将…: the report's year
        year = int(stated.group(1)) if stated else None
    found = _targets(doc, year)
    if not national:
        found = [t for t in found if not _OF_THE_NATION.search(_clause_before(doc, t))]
    if not news:
        return [t for t in found if _dated_or_stated_goal(doc, t)]
    found = [t for t in found if not _present_state(t) or _goal_year_before(doc, t)]
    for t in found if year else ():
        if t["year"] is None and re.search(r"(?:预计|力争|争取|到|今年)年底", t["evidence"]["quote"] or ""):
            t["year"] = year  # 预计年底算力规模达到12万P: the end of the report's year
    if year and _THIS_YEAR.search(doc.text):
        annual = _ANNUAL_REPORT.search(doc.text) is not None  # a 政府工作报告 or 工作要点 reported: this year's goals throughout
        for t in found:
            quote = t["evidence"]["quote"] or ""
            if not annual and "今年" not in doc.text[slice(*doc.paragraph_span(t["evidence"]["start"]))]:
                continue  # 项目建成后,年发电量约58亿千瓦时 in a report that says 今年 elsewhere: no goal of this year
            if t["year"] is None and _FUTURE.search(quote) and not re.search(r"未来[\d一二三四五六七八九十]+年|年内|年后", quote):
                t["year"] = year
    return [t for t in found if _dated_or_stated_goal(doc, t)]


#: what makes a count without a year a goal (CONVENTIONS.md: counts without a year are targets only when stated as
#: goals): a bid (力争, 争取), a horizon (未来3年, 3年内, 通过5年, a clause opening on 未来,), the word 目标, or
#: what the text will build, found or grow (将建成, 将成立) or plans to build (规划建设)
_STATED_GOAL = re.compile(r"力争|争取|未来\s*[\d一二三四五六七八九十]+\s*年|[\d一二三四五六七八九十]+\s*年内|通过[\d一二三四五六七八九十]+年|目标|"
                          r"(?:^|[，,：:])未来[，,]|将(?:建成|培育|打造|建设|形成|引进|成立|设立|新建|组建)|规划(?:建设|布局|新建)")


def _dated_or_stated_goal(doc: Doc, target: dict) -> bool:
    """Has ``target`` a year, or does its sentence state it as a goal (:data:`_STATED_GOAL`), in its own clause or
    one before it (湖南省力争建成…15个以上;形成年研制60发运载火箭…)? A yearless figure otherwise is a count of what
    stands, a budget or an event's size (参展企业超过50家, 今年,企业预计实现产值2000万元)."""
    if target.get("year") is not None:
        return True
    ev = target.get("evidence") or {}
    start, end = ev.get("start"), ev.get("end")
    if _STATED_GOAL.search(ev.get("quote") or ""):
        return True
    if start is None or end is None:
        return False
    opened = max(doc.text.rfind("。", 0, start), doc.text.rfind("\n", 0, start)) + 1
    return bool(_STATED_GOAL.search(doc.text[opened:end]))


#: the nation or the world as the subject of a figure (预计我国…产量, 全球占比)
_OF_THE_NATION = re.compile(r"我国|^\s*(?:全国(?!一体化)|全球|世界)")  # not 占全国比重, 全国标杆, 国内知名: a local goal measured by the nation


def _clause_before(doc: Doc, target: dict) -> str:
    """The words of ``target``'s clause before its number (from the last comma or stop); a clause that only
    changes the figure before it (``…销量将超过500万辆,较2020年增长266%,年均增速达30%``) has that figure's
    clause too, its subject."""
    start = (target.get("evidence") or {}).get("start")
    if start is None:
        return ""
    parts = re.split(r"([，,；;。：:\n])", doc.text[max(0, start - 120):start])
    clause = parts[-1]
    k = len(parts) - 1
    while k >= 2 and parts[k - 1] in "，," and _RELATIVE.match(parts[k]):
        k -= 2
        clause = parts[k] + parts[k + 1] + clause
    return clause


#: a clause that changes the figure of the clause before it: 较2020年增长, 同比增长, 年均增速达
_RELATIVE = re.compile(r"\s*(?:较|比|同比|环比|年均|年复合|复合|增速|增幅|增长)")


def _reported_year(doc: Doc, s: int) -> re.Match | None:
    """The year of a report's results that the sentence at ``s`` continues (据介绍,2023年,…增长5.3%;…有114所高等院校)."""
    opened = max(doc.text.rfind("。", 0, s), doc.text.rfind("\n", 0, s)) + 1
    return _REPORTED_YEAR.match(doc.text[opened:s]) if 0 < s - opened <= 400 else None


def _goal_year_before(doc: Doc, target: dict) -> bool:
    """Its paragraph sets its year as a goal's before it: ``按照方案,到2025年,…。汽车产量达410万辆``."""
    year, start = target.get("year"), (target.get("evidence") or {}).get("start")
    if not year or start is None:
        return False
    p0 = doc.paragraph_span(start)[0]
    return bool(re.search(r"达|突破|超过|增至|提高到|提升到|不低于|不少于", (target.get("evidence") or {}).get("quote") or "")
                and re.search(rf"(?:到|至|力争到|争取到){year}年|{year}年(?:前|底前)", doc.text[p0:start]))


#: the year a reported work report plans for, written before what it will do (2014年四川将…)
_REPORT_YEAR_AHEAD = re.compile(r"(20\d{2})\s*年(?=[\u4e00-\u9fff]{0,6}?(?:将|(?<![主重需想只必纲])要|力争)(?![近点求])|的?(?:工作安排|工作任务|重点工作|主要预期目标|主要目标))")
#: a report of the year's plans: ``今年，新疆集中力量…``, ``省长…作政府工作报告时指出``
_ANNUAL_REPORT = re.compile(r"政府工作报告|工作要点")
_THIS_YEAR = re.compile(rf"今年|{_ANNUAL_REPORT.pattern}")
#: this year, not a part of it gone by (今年以来, 今年上半年, 今年1—5月: results)
_THIS_YEAR_MARK = re.compile(r"今年(?!以来|上半年|前|的|[省市区县]?两会|全国两会|[一二三四五六七八九十\d]+\s*(?:[-—至~]\s*[一二三四五六七八九十\d]+\s*)?月|[一二三四]季度|初以来)")
#: a sentence that sets this year's aims in so many words (提出今年…的目标, 今年力争…)
_THIS_YEAR_AIM = re.compile(r"目标|任务|计划|力争|争取")


#: the words of a goal in a sentence: what a report's quantity needs to be a target when the sentence states no year
_GOAL_WORDS = re.compile(r"力争|争取|达到|不少于|不低于|以上|打造|形成|建成|培育|突破|超过|实现|预计|将|要|目标|计划|左右|到\d{4}|年底|年内")


def _present_state(target: dict) -> bool:
    """``今日之宁夏…18万架机架矗立``: a report's count of what stands now, no goal (its sentence names no year and
    no word of a goal)."""
    quote = (target.get("evidence") or {}).get("quote") or ""
    return bool(quote) and str(target.get("year") or "") not in quote and not _GOAL_WORDS.search(quote)


def _targets(doc: Doc, report_year: int | None = None) -> list[dict]:
    out: list[dict] = []
    buckets: dict = {}
    year_spans = _year_spans(doc, report_year)
    doc_year = _doc_year(doc)
    for s, _e, sent in doc.sentences():
        past = _PAST.search(sent)
        if past and past.group(0) == "累计" and re.search(r"将|力争|争取|确保", sent[:past.start()]):
            past = None  # 该省将…累计建成25个以上: a cumulative goal
        this_year_goal = report_year is not None and _THIS_YEAR_MARK.search(sent) and re.search(r"目标|力争|争取", sent)
        if past and not _YEAR.search(sent) and not this_year_goal \
                or (_COMPARED.search(sent) and not re.search(r"力争|争取|目标|到20\d{2}年", sent)):
            continue  # 同比增长18%, 较2022年增长46%: a year's result compared with an earlier one, never a goal
        change = _CHANGE_BETWEEN.search(sent) or _CHANGE_OVER.search(sent)  # (_FUTURE's 计划 would take 三年行动计划 for an aim)
        if change and not re.search(r"将|力争|争取|预计|目标|努力|确保", sent) and (
                change.re is _CHANGE_OVER or int(change.group(2)) <= (doc_year or report_year or int(change.group(2)))):
            continue  # GDP从2019年的7864.9亿元增长到2022年的9777.6亿元,年均增长7.5%: a change reported, not a goal
        if _DATA_SHOW.match(sent) and not _FUTURE.search(sent):
            continue  # 数据显示,到2024年底,某市人工智能产业规模达3600亿元: figures measured, not goals
        bare = _BARE_YEAR.match(sent) or _reported_year(doc, s)
        if bare and not _FUTURE.search(sent) and not _annual(doc, sent) and int(bare.group(1)) < _horizon(doc) \
                and not _goal_ahead(doc, s, int(bare.group(1))) and not _in_period(doc, int(bare.group(1)), doc_year):
            continue  # 2022年，全省119家企业实现营业收入…: a year's result, not a goal
        for m in _iter_quantities(sent):
            pos = s + m["start"]
            year = _year_at(year_spans, pos)
            if year is None and (later := _YEAR.search(sent, m["end"])) and not re.fullmatch(r"\d{4}\s*年", later.group(0).strip()) \
                    and not _QTY.search(sent, later.end()):
                year = _marker_year(later)  # 培育1000家人工智能企业,到2023年,全市…: the sentence's goal year, written after
                # (a marker that governs quantities after it, 安排资金15亿元,…力争到2027年,集聚…30家, is theirs)
            series = _SERIES_YEAR.search(re.split(r"[、，,；;。(（]", sent[:m["start"]])[-1])
            if series and re.search(r"\d{4}\s*年[^、，,。；]{0,8}\d[^、，,。；]*、\s*\d{4}\s*年", sent):
                year = int(series.group(1))  # 2023年达到650亿元、2024年达到800亿元: each value has its year
            if year is None and _PLAN_SAYS.search(sent[:m["start"]]):
                year = _period_end(doc)  # 按照规划,新材料产业突破6000亿元 (a 2014-2020年 plan): the plan's last year
                if year is None:
                    continue
            if year is None and not _FUTURE.search(sent[:m["start"]]) and not _goal_paragraph(doc, s):
                continue
            if sent[max(0, m["start"] - 1):m["start"]] == "等":
                continue  # A、B等10个产业: the count of a list, not a goal
            if _AS_OF.match(sent) and not _FUTURE.search(sent[:m["start"]]):
                continue  # 截至2021年年底,宁夏新材料工业产值超1200亿元: the state reached by a date, a result
            if _COUNT_HEADING.match(sent, m["end"]) and not _CLAUSE_END.split(sent[:m["start"]])[-1].strip():
                continue  # ；3个空间载体:A和B: the count of the list the colon opens, not a goal
            if re.search(r"从(?:\s*20\d{2}\s*年(?:底|末)?的?)?[^，,。；;\d]{0,8}$", sent[:m["start"]]) and re.match(
                    r"[^，,。；;]{0,8}?(?:增至|增加到|增加至|提高到|提高至|提升到|提升至|扩大到|扩大至|扩容至|增长到|增长至|达到)", sent[m["end"]:]):
                continue  # 链主企业从20家增至41家: the baseline a change starts from, never a goal
            if sent[max(0, m["start"] - 1):m["start"]] in ("前", "后") or re.match(r"[\d.]+\s*次方", sent[m["start"]:]):
                continue  # 前5项聚焦资金支持: some of a list's items; 每秒10的18次方: a unit's definition
            if _inside_brackets(sent, m["start"]) and not _YEARS_IN_BRACKETS.search(sent[:m["start"]]):
                continue  # 集中式较大规模(容量不低于5万千瓦): what qualifies a kind of project, not a goal
            if _inside_quote(sent, m["start"]):
                continue  # “某市300MW/1800MWh压缩空气储能示范项目”: part of a name
            if _FUNDING_CAP.search(sent[max(0, m["start"] - 8):m["start"]]):
                continue  # 给予最高1亿元: a funding cap, not a target
            if re.search(r"(?:距离|半径)$", sent[max(0, m["start"] - 4):m["start"]]) or re.match(r"(?:的)?(?:范围内|以内|半径内)", sent[m["end"]:]):
                continue  # 在直线距离50公里范围内享受到服务: a condition of the goal, not a goal
            if year is not None and (doc_year or report_year) and year < (doc_year or report_year):
                continue  # 2023年,一汽在长春生产整车156万辆 in a report of 2024: a result
            if _past_year_clause(sent, m["start"], doc_year):
                continue
            clause = _CLAUSE_END.split(sent[:m["start"]])[-1]
            if re.search(r"每年|每家|每个|单个", clause):
                continue  # a rate or a per-unit figure, not a goal
            if re.search(r"已(?:经)?[\u4e00-\u9fff]{0,3}$", clause) and not re.search(r"将|力争|争取|确保", clause):
                continue  # 企业已超过300家: what has been reached, not a goal
            if year is None and m["unit"] == "%":
                continue
            metric = _series_metric(sent, m) if series else None
            metric = metric or _metric(sent, m)
            if not metric or _is_date_number(sent, m) or _OWN_PARTS.fullmatch(metric):
                continue  # 实施八大行动、26项工作举措: the plan's own parts counted, not a goal
            if year is None and _PROJECT_OUTPUT.search(clause) and "项目" in sent:
                continue  # 某项目…总投资3.5亿元,…预计年产值30亿元: what a project is expected to yield, not the text's goal
            if _PROJECT_OUTLAY.fullmatch(metric) and not re.search(r"力争|争取|目标", sent[:m["start"]]):
                continue  # 31个项目,总投资3797亿元: what projects cost, a budget, not a goal
            item = {"year": year, "metric": metric, "value": m["value"], "unit": m["unit"],
                    "qualifier": m["qualifier"], "evidence": doc.evidence(pos, s + m["end"], "target.quantity")}
            if m.get("value_min") is not None:
                item["value_min"] = m["value_min"]
            _add(out, item, buckets)
    return out


#: a sentence that gives measured figures (数据显示, 统计显示)
_DATA_SHOW = re.compile(r"\s*(?:[^，,。；;]{0,12}?)(?:数据|统计|监测结果)显示[，,:：]")
#: a sentence that reports the state reached by a date (截至2021年底, 截止到目前)
_AS_OF = re.compile(r"\s*(?:[^，,。；;]{0,12}[，,])?(?:截至|截止)")


#: what a list of projects costs (总投资, 年度计划投资, 计划投资总额)
_PROJECT_OUTLAY = re.compile(r"(?:年度)?(?:计划|预计)?总?投资(?:额|总额|规模)?")


#: brackets that open on a year (产业规模目标(2027年超7000亿元、2030年破10000亿元)): goals by year, written in brackets
_YEARS_IN_BRACKETS = re.compile(r"[(（]\s*\d{4}\s*年[^()（）]*$")


#: a noun and a colon after a count (``3个空间载体:``): the count heads the list the colon opens
_COUNT_HEADING = re.compile(r"[\u4e00-\u9fff“”]{1,10}[:：]")


#: a report's words for what a plan sets: its goals follow, with the plan's period as their year
_PLAN_SAYS = re.compile(r"^\s*(?:按照|根据|依据)(?:规划|计划)[,，]|^\s*(?:规划|计划)(?:提出|明确)[,，:：]")
_PERIOD = re.compile(r"(?<!\d)(20\d{2})\s*[-—–~至]\s*(20\d{2})\s*年")


def _period_end(doc: Doc) -> int | None:
    """The last year of the one plan period the opening of the text names (``2014-2020年…行动计划``), else None."""
    ends = {int(m.group(2)) for m in _PERIOD.finditer(doc.text[:800])}
    return ends.pop() if len(ends) == 1 else None


_GOAL_CLAUSE = re.compile(r"力争|争取|目标(?:是|为|[:：])|提出[,，:：]?[^。]{0,20}(?:建成|建设|培育|形成|打造)")


def _goal_paragraph(doc: Doc, start: int) -> bool:
    """Does the paragraph state goals before the sentence at ``start`` (``湖北省力争建成…15个以上；
    形成年研制60发运载火箭…的能力；``): its later clauses are goals too."""
    p0 = doc.paragraph_span(start)[0]
    p0 = max(p0, doc.text.rfind("。", p0, start) + 1)  # within the full sentence (；-clauses)
    return p0 < start and bool(_GOAL_CLAUSE.search(doc.text, p0, start))


#: the parts of a plan that it counts of itself (26项工作举措, 30条措施)
_OWN_PARTS = re.compile(r"(?:重点|主要|具体|工作|政策|支持)?(?:举措|措施|任务|条款|行动|工程)")


def _inside_brackets(sent: str, pos: int) -> bool:
    """Does ``pos`` lie inside an open (…) of ``sent``?"""
    before = sent[:pos]
    return before.count("(") + before.count("（") > before.count(")") + before.count("）")


def _inside_quote(sent: str, pos: int) -> bool:
    """Is ``pos`` inside a quoted name or a title (“…”, 《…》) of the sentence?"""
    before, after = sent[:pos], sent[pos:]
    opened = before.rfind("“")
    if opened > before.rfind("”") and re.match(r"“(?:到|力争到|争取到)\d{4}\s*年", sent[opened:]):
        return False  # 提出“到2026年,全省新能源汽车保有量达到70万辆”目标: a policy's goal quoted, no name
    return any(before.rfind(a) > before.rfind(b) and b in after[:60] for a, b in (("“", "”"), ("《", "》")))


_PER_UNIT = re.compile(r"/(?:升|千瓦时|千瓦|标方|公斤|千克|kg|吨|小时|平方米|人|年|台|辆|次)")
#: counts of the plan's own parts (5大重点任务, 3个重点工程, 17项具体措施): not goals
_PART_COUNT = re.compile(r"^(?:大|个|项|条|类)?(?:重点|具体|主要|专项|核心|关键)?(?:任务|工程|行动|措施|举措|方面|方向|子方向|计划|"
                         r"部分|内容|政策|条款|策略|战略(?!性)|板块|路径|原则|环节|(?:细分领域|领域|赛道)(?![\u4e00-\u9fff]{0,6}(?:企业|公司|项目)))")


#: a share of what follows 的 (``99%的县级行政单元能够…``): a goal, not a quantity that qualifies a noun
_SHARE_OF = re.compile(rf"的([{HAN}A-Za-z0-9]{{2,16}}?)(?=能够|能|可以|将|均|实现|享受|具备|接入|覆盖)")


def _iter_quantities(sent: str):
    for m in _QTY.finditer(sent):
        if m.group(4) == "大" and not re.match(rf"[{HAN}]", sent[m.end():m.end() + 1]):
            continue
        value, high = _num(m.group(2)), _num(m.group(3)) if m.group(3) else None
        pre = m.group(1)
        qualifier = m.group(5) if m.group(5) in ("左右", "以上") else m.group(7) or (
            {"超过": "超", "达到": None, "达": None, "约": "左右", "力争": None}.get(pre, pre))
        if m.group(6):  # 5.3万余人: the unit is the magnitude and the count (万人), 余 its qualifier
            unit = m.group(6) + m.group(8)
        else:
            unit = "个" if m.group(4) == "大" else m.group(4)
        end = m.end()
        per = _PER_UNIT.match(sent, m.end(4)) if m.group(4) else None
        if per and not m.group(5):
            unit, end = unit + per.group(0), per.end()
        after = sent[end:end + 12]
        share = unit == "%" and _SHARE_OF.match(sent, end)
        goal = re.match(r"的(?:(?:发展|奋斗|总体?)?目标|水平)", after)  # …装机1亿千瓦以上的目标: the goal is the quantity
        if _PART_COUNT.match(after if m.group(4) != "大" else "大" + after) or (after.startswith("的") and not share and not goal):
            continue  # the count of the plan's parts, or a quantity that qualifies a noun (超过30亿元的企业; not 99%的县能够…)
        yield {"start": m.start(2), "end": end, "value": high if high is not None else value,
               "value_min": value if high is not None else None, "unit": unit, "qualifier": qualifier}
    for m in _CN_BIG.finditer(sent):
        if _PART_COUNT.match(sent[m.end() - 1:m.end() + 12]):
            continue  # 四大核心策略: the count of a plan's parts
        yield {"start": m.start(), "end": m.end() + 1, "value": _CN_BIG_VALUE[m.group(1)], "value_min": None,
               "unit": "个", "qualifier": None, "big": True}


def _num(s: str):
    v = float(s)
    return int(v) if v.is_integer() else v


_SERIES_YEAR = re.compile(r"(?:^|[^\d])(\d{4})\s*年(?:底|末)?(?:达到|达|突破|超过|实现|超|破)?\s*$")
_MEASURED = re.compile(rf"([{HAN}]{{2,12}}?(?:产业规模|规模|产值|营业收入|营收|收入|总量|增加值|保有量))")


def _series_metric(sent: str, m: dict) -> str | None:
    """The measure a series of yearly values shares (``实现北斗产业规模…,力争2023年达到650亿元、
    2024年达到800亿元``): the last measured noun before the series."""
    first = re.search(r"\d{4}\s*年(?:底|末)?(?:达到|达|突破|超过|实现|超|破)?\s*\d", sent)
    if not first or first.start() > m["start"] or _METRIC_AFTER.match(_CLAUSE_END.split(sent[m["end"]:], 1)[0]):
        return None
    found = _MEASURED.findall(sent[: first.start()])
    return _LEADING_VERB.sub("", re.sub(r"^(?:实现|推动|力争|争取)", "", found[-1])) if found else None


def _metric(sent: str, m: dict) -> str | None:
    after = sent[m["end"]:]
    if m.get("big"):
        after = sent[m["end"]:]
    clause_after = _CLAUSE_END.split(re.sub(r"^[(（][^()（）]{1,40}[)）]", "", after), 1)[0]  # 40EFLOPS(每秒…运算): the unit explained
    share = _SHARE_OF.match(clause_after)
    if m["unit"] == "%" and share:  # 99%的县级行政单元能够…: the share is of what follows 的
        return share.group(1)
    ma = _METRIC_AFTER.match(clause_after)
    if ma and re.match(r"^(?:以上|左右)?(?:的|”)(?:(?:发展|奋斗|总体?)?目标|水平)", clause_after):
        ma = None  # 装机1亿千瓦以上的目标: what is measured comes before the quantity
    if ma and not re.match(r"^(?:以上|左右|的?(?:支持|奖励|资助|补助|补贴))", clause_after):
        metric = re.split(r"[、]|建设$", ma.group(1))[0]
        abstract = re.match(rf"^([{HAN}A-Za-z0-9]{{2,16}})的(?:能力|水平|规模|格局|态势|体系)", clause_after)
        if abstract:  # 500颗商业卫星的能力: what is counted comes before 的
            return abstract.group(1)
        if "的" in metric[1:]:  # 10家以上营业收入超过30亿元的龙头企业: the noun after the modifier
            tail = clause_after.split("的")[-1]
            metric = re.match(rf"[{HAN}A-Za-z0-9]{{2,16}}", tail).group(0) if re.match(rf"[{HAN}A-Za-z0-9]{{2,}}", tail) \
                else metric
        return metric.strip("“”") or None
    before = _CLAUSE_END.split(sent[:m["start"]])[-1]
    if re.search(r"\d[^、\d]{0,6}、[^、\d]{2,}$", before):  # 储能200万千瓦、绿氢产能规模11.8万吨: the series' next measure
        before = before.rsplit("、", 1)[1]
    before = re.sub(r"^(?:20\d{2}\s*年(?:底|末)?)", "", before)  # 2024年建成储能200万千瓦: the year is the target's, not its measure
    before = re.sub(r"(?:力争|争取|努力|预计|将)?(突破|超过|超|不少于|不低于|大于|高于|小于|低于|不高于|达到|达|约)$", "",
                    before)
    before = region_pattern("^").sub("", before)  # 湖南省力争建成…: the subject is no part of the measure
    before = re.sub(r"^(?:今年|明年|全年)?(?:将|要)?(?:力争|争取|努力|确保)?(?:实现|达到)?\s*", "", before)
    before = re.sub(r"^(?:到|至|在)?20\d{2}\s*年(?:底|末)?(?=[\u4e00-\u9fff]{3})", "", before)  # 力争2022年培育…企业超40家: after the goal's word
    before = _LEADING_VERB.sub("", _YEAR.sub("", before)).strip("“”的")
    if not before and re.search(r"(?:力争|争取|努力)(?:达到|实现)?\s*$", _CLAUSE_END.split(sent[:m["start"]])[-1]):
        found = _MEASURED.findall(sent[:m["start"]])  # …规模将超过5000万千瓦,力争达到5500万千瓦: the same measure
        return _LEADING_VERB.sub("", found[-1]) if found else None
    return before or None


def _past_year_clause(sent: str, pos: int, doc_year: int | None) -> bool:
    """``上海2021年产业规模3057亿元``: a clause dated to a year already past."""
    clause = _CLAUSE_END.split(sent[:pos])[-1]
    for m in re.finditer(r"(?<!到|至)(\d{4})\s*年(?!前|底前|末|[，,])", clause):
        if doc_year is not None and int(m.group(1)) <= doc_year:
            return True
    return False


def _is_date_number(sent: str, m: dict) -> bool:
    tail = sent[m["end"]:m["end"] + 1]
    return m["unit"] in ("年",) or tail in ("年", "月") or sent[max(0, m["start"] - 1):m["start"]] == "第"


def _add(out: list[dict], item: dict, buckets: dict | None = None) -> None:
    """Merge repeats: same year/value/unit and one metric inside the other."""
    bucket = out if buckets is None else buckets.setdefault((item["value"], item["unit"]), [])
    for t in bucket:
        if (t["value"], t["unit"]) == (item["value"], item["unit"]) and \
                (t["metric"] in item["metric"] or item["metric"] in t["metric"]) and \
                (t["year"] == item["year"] or None in (t["year"], item["year"])):
            if t["year"] is None:
                t["year"] = item["year"]
            return
    out.append(item)
    if buckets is not None:
        bucket.append(item)


#: a report's word for its sources (据介绍, 记者了解到)
_REPORT_CUE = r"据(?:介绍|了解|统计|悉)|记者(?:了解到|获悉)|(?:发布会|会议|会上|报告)上?(?:介绍|通报|显示|获悉)"
#: a sentence that opens with a bare year (not 到2027年): what happened that year
_BARE_YEAR = re.compile(rf"^\s*(?:[一二三四五六七八九十]+是)?\s*(?:(?:{_REPORT_CUE})[，,]?)?"
                        r"\s*(\d{4})\s*年(?:[，,]|(?=[^前底末]))")  # 据介绍,2023年,…增长5.3%: a year's result, reported
#: a year's results a report gives on its sources' word, each part of the sentence after it: ``据介绍,2023年,``
_REPORTED_YEAR = re.compile(rf"^\s*(?:{_REPORT_CUE}|数据显示)[，,]?\s*(\d{{4}})\s*年[，,]")


def _marker_year(m: re.Match) -> int:
    year = m.group(1) or m.group(2) or m.group(4)
    return int(year) if year else _PERIOD_END[m.group(3)]


def _horizon(doc: Doc) -> int:
    """The latest year the text looks ahead to (``到2027年``, ``“十五五”末``), else its own year; a text with
    neither looks ahead to no year (its ``2024年,…达…`` sentences report results)."""
    years = [_marker_year(m) for m in _YEAR.finditer(doc.text)
             if not re.fullmatch(r"\d{4}\s*年", m.group(0).strip())]  # a bare 2024年, opens a sentence, not a goal
    return max(years, default=_doc_year(doc) or 9999)


def _goal_ahead(doc: Doc, pos: int, year: int) -> bool:
    """Is a sentence opened by a bare year under a heading of goals (``一、工作目标``) and the year not
    before the text's own (2023年,…产能规模超过100万辆 in a plan of March 2023): a goal for that year."""
    own = _doc_year(doc)
    sec = doc.section_at(pos)
    return own is not None and year >= own and sec is not None and any(
        "目标" in (x.title or "") for x in (*sec.ancestors(), sec))


def _annual(doc: Doc, sent: str) -> bool:
    """Is ``sent`` the opening sentence of an annual plan (2026年,是…开局之年)?"""
    return bool(_ANNUAL.match(doc.text)) and doc.text.lstrip().startswith(sent.strip()[:12])


#: an annual plan opens with its year: ``2026年,是…``, ``2026年工作要点``
_ANNUAL = re.compile(r"^\s*(?:[^\n，,。]{0,30}?)(20\d{2})\s*年(?:[,，]\s*是|(?:度)?[^\n，,。]{0,12}?(?:工作要点|行动安排|重点工作|工作计划))")


#: a one-year plan named in a title: ``《数字青岛2025年行动方案》政策解读`` (not a period, ``2024—2026年``)
_ANNUAL_TITLE = re.compile(r"(?<![-—–~至\d])(20\d{2})\s*年(?:度)?[^\n，,。《》()（）]{0,12}?"
                           r"(?:工作要点|行动安排|重点工作|工作计划|行动方案|行动计划|实施方案|工作方案)")


class _Spans(list):
    """Year spans sorted by start, with the starts kept for bisection."""


#: a later year before what is to reach a level in it: ``2027年智能家居…渗透率达70%左右`` (its sentence)
#: the cue of a goal before a year in its sentence: ``目标:2024年建成…``, ``力争2025年达到…``
_GOAL_LEAD = re.compile(r"目标(?:是|为|[:：])|(?:力争|争取|计划|预计)[^，,。；;]{0,6}$")
#: a policy's yearly edition: ``若干政策举措(2025年版)``
_EDITION = re.compile(r"[(（]\s*(20\d{2})\s*年版\s*[)）]")
_YEAR_REACHED = re.compile(r"(?<!\d)(20\d{2})\s*年(?=[\u4e00-\u9fff])(?=[^，,。；;]{0,30}?(?:达到|达|超过|超|突破|部署|建成))")


def _year_spans(doc: Doc, report_year: int | None = None) -> list[tuple[int, int, int]]:
    """``(start, end, year)``: where a year marker governs the text (with the year of the document,
    ``report_year``, a later year before a level to reach governs its sentence)."""
    spans = _Spans()
    annual = _ANNUAL.match(doc.text)
    titled = _ANNUAL.match(doc.title or "") or _ANNUAL_TITLE.search(doc.title or "")
    if annual:  # 2026年,是实施…的开局之年 …行动安排如下: the year of an annual plan governs all of it
        spans.append((annual.start(1), len(doc.text), int(annual.group(1))))
    elif titled:  # 《2025年数字盐城工作要点》印发给你们: a cover over an annual plan, its year governs the plan
        spans.append((0, len(doc.text), int(titled.group(1))))
    elif edition := _EDITION.search(doc.title or "") or _EDITION.search(doc.text[:300]):
        spans.append((0, len(doc.text), int(edition.group(1))))  # 若干政策举措(2025年版): a year's edition, its goals that year's
    looking_back = _LOOKING_BACK.search(doc.text[:400])
    for m in _YEAR.finditer(doc.text):
        if looking_back and m.group(3) and m.group(0).endswith("期间"):
            continue  # “十四五”经济社会发展成就 …“十四五”期间,研发投入年均增长28.77%: the period's results
        year = _marker_year(m)
        sec = doc.section_at(m.start())
        if sec is not None:
            end = sec.end
        else:
            end = doc.paragraph_span(m.start())[1]
        spans.append((m.start(), end, year))
    own = _doc_year(doc)
    for m in _PLAN_YEAR.finditer(doc.text):  # 《…实施方案(2025—2027年)》…2025年先布设20个起降点: a year of the plan's
        a, b = doc.sentence_span(m.start())
        if _in_period(doc, int(m.group(1)), own) and not _PAST.search(doc.text, a, b) and not _STATED.search(doc.text, a, b) \
                and (m.start() == a or doc.text[m.start() - 1] in "，,；;:：\n 、" or _GOAL_LEAD.search(doc.text, a, m.start())):
            spans.append((m.start(), b, int(m.group(1))))
    for m in _THIS_YEAR_MARK.finditer(doc.text) if report_year is not None else ():
        a, b = doc.sentence_span(m.start())
        if _THIS_YEAR_AIM.search(doc.text, a, b):  # 我省提出今年…的目标。支持…20个以上: the report's year governs its paragraph
            spans.append((m.start(), doc.paragraph_span(m.start())[1], report_year))
    for m in _YEAR_REACHED.finditer(doc.text):
        later = report_year is not None and int(m.group(1)) > report_year
        if later or _GOAL_LEAD.search(doc.text[doc.sentence_span(m.start())[0]:m.start()]):
            # 明确目标:2024年建成储能200万千瓦: a year after a goal's cue governs its sentence, as a later year does
            end = doc.text.find("。", m.end())
            spans.append((m.start(), end if end >= 0 else len(doc.text), int(m.group(1))))
    spans.sort()
    spans.starts = [s for s, _, _ in spans]
    return spans


def _year_at(spans, pos: int) -> int | None:
    """The year of the latest marker before ``pos`` whose scope still covers it."""
    starts = spans.__dict__["starts"] if hasattr(spans, "__dict__") else [s for s, _, _ in spans]
    i = bisect.bisect_right(starts, pos) - 1
    for k in range(i, max(-1, i - 64), -1):  # scopes nest: the nearest open one is close by
        s, e, y = spans[k]
        if pos < e:
            return y
    return None


#: a change from one year's figure to a later year's (从2019年的1612.5亿元增长到2021年1828.2亿元)
_CHANGE_BETWEEN = re.compile(r"从\s*(20\d{2})\s*年的?(?:[^，,。；;()（）]|[(（][^()（）]*[)）]){0,24}?(?:增长|提高|增加|提升|扩大|上升|增)(?:到|至)\s*(20\d{2})\s*年")


#: a change over a span of years written before it (2002年至2022年,生产总值从185亿元增加到1831亿元)
_CHANGE_OVER = re.compile(r"(?:19|20)\d{2}\s*年?\s*[-—–~至到]\s*(20\d{2})\s*年[^。；;]{0,30}?从[^，,。；;]{0,24}?"
                          r"(?:增长|提高|增加|提升|扩大|上升|增)(?:到|至)")


#: a text that looks back on a plan period (its achievements, a five-year review): what it says of the period is done
_LOOKING_BACK = re.compile(r"十[四五六]五”?[^。\n]{0,16}(?:成就|成效|答卷|回顾|成绩)|五年来|答卷")


#: a year that opens what is done in it (2025年先布设…, 2026年力争开通…)
_PLAN_YEAR = re.compile(r"(?<![\d—\-–~至])(20\d{2})\s*年(?=[\u4e00-\u9fff])(?!前|底|末|以来|来|起|至|以前|开始|上半年|前三|1|一季度)")
#: what a sentence reports as measured or listed (据统计, 根据测算, 附件显示…清单): results, not goals
_STATED = re.compile(rf"{_REPORT_CUE}|测算|显示|清单|合计|总规模|同比|实现了")
#: a project's expected yearly output (预计年产值, 达产后年销售收入)
_PROJECT_OUTPUT = re.compile(r"(?:预计|达产后|建成后|投产后)[^，,。；;]{0,6}?年(?:产值|销售收入|营业收入|营收|产量)")
#: the period of a plan: ``(2025—2027年)``
_PERIOD = re.compile(r"(20\d{2})\s*[-—–~至]\s*(20\d{2})\s*年")


def _in_period(doc: Doc, year: int, own: int | None) -> bool:
    """Is ``year`` inside the period of a plan the text names (its own or the one it reports) and not
    before the text's own year: a year the plan's goals are set for."""
    if "periods" not in doc.cache:
        doc.cache["periods"] = [(int(m.group(1)), int(m.group(2))) for m in _PERIOD.finditer(doc.text[:3000])]
    return any(first <= year <= last and (own is None or year >= own) and last - first <= 15
               for first, last in doc.cache["periods"])


def _doc_year(doc: Doc) -> int | None:
    """The year of the text: its first full date, else the year of the meeting it reports from
    (``记者从2023年西藏自治区经济和信息化工作会议上获悉``: a report of that year or later)."""
    if "doc_year" not in doc.cache:  # asked per sentence (_goal_ahead) and per year marker: read once
        m = re.search(r"(20\d{2})\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}", doc.text[:600]) or _MEETING_YEAR.search(doc.text[:600])
        events = [int(e.group(1)) for e in _EVENT_YEAR.finditer(doc.text[:600])] if m is None else []
        doc.cache["doc_year"] = int(m.group(1)) if m else max(events, default=None)
    return doc.cache["doc_year"]


#: an event or a yearly report named by its year (2025雄安北斗生态合作大会, 《2025中国卫星导航…白皮书》): a text that
#: reports it is of that year or later
_EVENT_YEAR = re.compile(r"(?<![\d年到至])(20\d{2})\s*(?:年度?)?[^，,。；;、\s《》“”\d]{2,24}?(?:大会|论坛|峰会|博览会|展览会|年会|白皮书|蓝皮书)")
#: the meeting a report comes from, with its year (从2023年…工作会议上获悉)
_MEETING_YEAR = re.compile(r"(?:从|在)\s*(20\d{2})\s*年?[^，,。；;]{2,30}?(?:会议|大会|论坛|峰会|博览会|发布会|年会)上")
