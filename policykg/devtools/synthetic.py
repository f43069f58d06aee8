"""Synthetic corpora of the genre, with the ground truth of each document (``policykg bench corpus``).

:func:`generate_corpus` writes ``OUT/syn-NNNNN.txt`` documents and, for each,
``OUT/truth/syn-NNNNN.json``: what the generator put into the text, in the gold
digest format (``../shared/gold/SCHEMA.md``, no evidence).  Documents are
action plans, 若干措施 (numbered items or 第X条), implementation opinions, news
reports (记者, 介绍称, officials with titles) and policy interpretations
(原标题), some flattened to one line as scraped pages are.  Regions and
districts come from :mod:`policykg.resolve.divisions`, fields from
:mod:`policykg.resolve.vocabulary`; everything else (programmes, zones, organizations,
scenarios, people, amounts, targets) is drawn from general word pools of the
genre.  Document ``i`` depends only on ``(seed, i)``, so a corpus of 100 is the
prefix of one of 10,000.

>>> stem, text, truth = generate_document(3)
>>> stem, 3000 <= len(text) <= 15000, truth["document"]["region"] in text
('syn-00003', True, True)
>>> generate_document(3)[1] == text
True
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from policykg.atomic import write_json, write_text
from policykg.devtools.synthetic_text import (
    GIVEN,
    GOV,
    KEYS,
    MEASURES,
    PROG_STEMS,
    SAFEGUARDS,
    SAYS,
    SUPPORT_ITEMS,
    SURNAMES,
    Writer,
    cn_num,
    fields_by_direction,
    marker,
    nfkc,
    words,
)
from policykg.model.digest import Digest

THEMES = words("未来产业创新发展 未来产业集群培育 前沿技术与未来产业培育 未来产业先导区建设 未来产业高质量发展 未来产业创新高地建设")
PLAN_TYPES = {"行动方案": "行动方案", "行动计划": "行动计划", "实施方案": "实施方案", "实施意见": "实施意见", "发展规划": "规划",
              "规划": "规划"}
TASK_HEADS = words("强化创新平台支撑 完善产业发展生态 加快关键技术突破 推动应用场景开放 壮大创新企业主体")
CHAPTERS = words("强化关键环节支撑 激发企业创新活力 打造产业集群高地 优化创新生态环境 强化要素资源投入")


def _styles(rng: random.Random) -> tuple[str, str]:
    """Marker styles of outline levels 2 and 3."""
    return rng.choice(["paren_cn", "paren_cn", "paren_cn_half"]), rng.choice(["arabic", "arabic_dun", "paren_arabic", "circled"])


def _meta(g: Writer, title: str, doc_type: str, issuer=None, date=None, about=None, **extra) -> dict:
    return {"file": f"{g.stem}.txt", "title": nfkc(title), "region": g.region.name, "region_level": g.region.level,
            "doc_type": doc_type, "issuer": issuer, "date": date, "valid_from": None, "valid_until": None,
            "about": nfkc(about) if about else None, **extra}


def _plan_title(g: Writer) -> tuple[str, str, str]:
    """``(title, written type, digest type)`` of a plan of the document's region."""
    written, theme = g.rng.choice(list(PLAN_TYPES)), g.rng.choice(THEMES)
    written = "规划" if written == "发展规划" and theme.endswith("发展") else written
    if written == "实施意见":
        return f"{g.region.name}关于推动{theme}的实施意见", written, "实施意见"
    return f"{g.region.name}{theme}{written}（{g.year}—{g.year + g.rng.randint(2, 4)}年）", written, PLAN_TYPES[written]


def plan(g: Writer, one_line: bool = False) -> dict:
    """An action plan / opinions / programme: 总体要求, fields, tasks with programmes, 保障措施."""
    r, (s2, s3) = g.rng, _styles(g.rng)
    title, written, doc_type = _plan_title(g)
    issuer = g.region.name + r.choice(["人民政府办公厅", "人民政府"])
    lead, signed, dated = not one_line and r.random() < 0.4, r.random() < 0.4, r.random() < 0.5
    if lead or signed:
        g.add("organizations", issuer, {"name": issuer, "kind": "government"})
    g.lines += [f"{issuer}印发《{title}》，请认真贯彻执行。"] if lead else []
    g.lines.append(title + (f" 发表时间:{g.date} 10:00" if one_line else ""))
    g.lines += [f"发布时间：{g.date}"] if dated and not one_line else []
    g.lines.append(f"为抢抓新一轮科技革命和产业变革机遇，{g.filler(2)}结合{g.region.short}实际，制定本{written[-2:]}。")
    end = g.year + r.randint(2, 4)
    g.lines += [f"一、{r.choice(['总体要求', '总体思路'])}", f"{marker(s2, 1)[0]}指导思想", g.filler(3),
                f"{marker(s2, 2)[0]}{r.choice(['发展目标', '主要目标'])}", g.targets(end, r.randint(3, 5)) + g.filler(1)]
    g.lines += [g.targets(end + r.randint(3, 5), r.randint(1, 2))] if r.random() < 0.5 else []
    g.field_sections("二、", r.choice(["clusters", "focus", "tiers"]), s2, s3)
    tasks = r.sample(PROG_STEMS, r.randint(3, 6))
    g.lines.append(f"三、{'实施' + cn_num(len(tasks)) + '大行动' if r.random() < 0.5 else '重点任务'}")
    for i, stem in enumerate(tasks, 1):
        head, kind = r.choice(["prog", "quoted", "plain"]), r.choice(["行动", "工程", "计划"])
        if head == "prog":
            g.add("programmes", stem, {"name": stem + kind, "short": stem, "kind": kind})
        heading = f"实施{stem}{kind}" if head == "prog" else g.programme_quoted() if head == "quoted" else r.choice(TASK_HEADS)
        g.lines += [f"{marker(s2, i)[0]}{heading}", g.task_body()]
    g.lines.append(f"四、{r.choice(SAFEGUARDS)}")
    gov = [g.org("government") for _ in range(3)]
    g.lines.append(f"由{gov[0]}会同{gov[1]}、{gov[2]}等部门建立未来产业推进工作机制。")
    g.measures(r.sample(MEASURES, r.randint(3, 5)), s2, top="四、")
    g.lines += [issuer, g.date] if signed else []
    return _meta(g, title, doc_type, issuer=issuer if lead or signed else None, date=g.date if dated or signed or one_line else None)


def measures_doc(g: Writer) -> dict:
    """若干措施: numbered support items (第X条, or (一) items under 一、 chapters) with amounts."""
    r, theme = g.rng, g.rng.choice(THEMES)
    title, issuer = f"关于支持{theme}的若干措施", g.region.name + "人民政府办公厅"
    g.add("organizations", issuer, {"name": issuer, "kind": "government"})
    g.lines += [f"{issuer}印发《{title}》，请结合实际认真贯彻落实。", title,
                f"为加快{theme}，将{g.region.short}打造成为具有影响力的未来产业引领地，制定如下措施。"]
    directions = r.sample(sorted(fields_by_direction()), 3)
    items = r.sample(SUPPORT_ITEMS + MEASURES, r.randint(7, 12))
    if r.random() < 0.5:
        g.lines.append(g.tier_lists(directions) + g.filler(1))
        g.measures(items, "article")
    else:
        g.lines += ["一、聚焦重点发展领域", g.tier_lists(directions)]
        cuts = sorted(r.sample(range(1, len(items)), 2))
        for c, (a, b) in enumerate(zip([0, *cuts], [*cuts, len(items)], strict=True), 2):
            g.lines.append(f"{cn_num(c)}、{CHAPTERS[(c + len(items)) % len(CHAPTERS)]}")
            g.measures(items[a:b], "paren_cn" if r.random() < 0.7 else "paren_cn_half", first=a + 1)
    g.lines.append(f"依托{g.zone()}，{g.filler(1)}")
    years, start = r.randint(2, 5), dt.date.fromisoformat(g.date)
    g.lines.append(f"本措施自{start.year}年{start.month}月{start.day}日起施行，有效期{years}年。")
    until = (start.replace(year=start.year + years) - dt.timedelta(days=1)).isoformat()
    return _meta(g, title, "若干措施", issuer=issuer, valid_from=g.date, valid_until=until)


def news(g: Writer) -> dict:
    """A news report on a plan: 记者, officials who 介绍称/表示, targets, fields, programmes."""
    r, plan_title = g.rng, _plan_title(g)[0]
    body = g.region.name + r.choice(GOV["市" if g.unit == "市" else "省"])
    g.add("organizations", body, {"name": body, "kind": "government"})
    day = dt.date.fromisoformat(g.date)
    g.lines += [f"{g.region.short}发布未来产业新政：加快布局{r.choice(sorted(fields_by_direction()))}等方向", f"日期：{g.date}",
                f"本报讯（记者 {r.choice(SURNAMES)}{r.choice(GIVEN)}）近日，{g.region.name}印发《{plan_title}》（以下简称《方案》）。",
                f"在{day.year}年{day.month}月{day.day}日举行的新闻发布会上，{g.person(body)}{r.choice(SAYS)}，"
                f"{g.targets(g.year + r.randint(2, 4), r.randint(2, 4))}",
                f"{g.person(body)}{r.choice(SAYS)}，{g.region.short}将{g.tier_lists(r.sample(sorted(fields_by_direction()), 2))}",
                f"《方案》提出，将实施{g.programme_quoted()}和{g.programme_quoted()}，{g.filler(2)}",
                f"据悉，{g.region.short}将依托{g.zone()}、{g.zone()}等载体，建设{g.scenarios(3)}等示范场景。{g.filler(2)}",
                g.filler(3), g.filler(3)]
    return _meta(g, g.lines[0], "新闻报道", date=g.date, about=plan_title)


def interpretation(g: Writer) -> dict:
    """A policy interpretation (原标题：《…》的政策解读) with goals, fields and tasks."""
    r, (s2, _) = g.rng, _styles(g.rng)
    plan_title = _plan_title(g)[0]
    g.lines += [plan_title.split("（")[0], f"{g.date} 09:00", f"原标题：《{plan_title}》的政策解读", "一、起草背景",
                g.filler(4), g.filler(3), "二、主要内容", f"{marker(s2, 1)[0]}发展目标",
                g.targets(g.year + r.randint(2, 4), r.randint(2, 4)), f"{marker(s2, 2)[0]}重点领域",
                g.tier_lists(r.sample(sorted(fields_by_direction()), 3)), f"{marker(s2, 3)[0]}主要任务",
                f"实施{g.programme_quoted()}、{g.programme_quoted()}等重点任务。{g.task_body()}", "三、政策亮点", g.filler(4)]
    return _meta(g, f"{plan_title}的政策解读", "政策解读", date=g.date, about=plan_title)


#: layout → (writer, weight)
LAYOUTS = {"plan": (plan, 0.45), "one_line": (lambda g: plan(g, one_line=True), 0.1), "measures": (measures_doc, 0.2),
           "news": (news, 0.15), "interpretation": (interpretation, 0.1)}


def _pad(g: Writer, target: int) -> None:
    """Insert paragraphs of prose up to ``target`` characters (never among the last three lines)."""
    size = sum(len(line) + 1 for line in g.lines)
    while size < target and len(g.lines) > 6:
        para = g.filler(3)
        g.lines.insert(g.rng.randrange(3, len(g.lines) - 3), para)
        size += len(para) + 1


def generate_document(index: int, seed: int = 0) -> tuple[str, str, Digest]:
    """``(stem, text, truth)`` of synthetic document ``index`` (deterministic from ``seed`` and ``index``)."""
    rng = random.Random(f"policykg-synthetic:{seed}:{index}")
    g = Writer(rng, f"syn-{index:05d}")
    layout = rng.choices(list(LAYOUTS), weights=[w for _, w in LAYOUTS.values()])[0]
    meta = LAYOUTS[layout][0](g)
    _pad(g, int(rng.triangular(3000, 15000, 5000)))
    text = (" " if layout == "one_line" else "\n").join(g.lines) + "\n"
    truth = {"document": {**meta, "layout": layout, "chars": len(text)}, **g.truth}
    return g.stem, text, {k: truth[k] for k in KEYS}


def generate_corpus(n: int, out_dir, seed: int = 0, progress=None) -> list[Path]:
    """Write ``n`` documents to ``out_dir`` and their truth to ``out_dir/truth``; return the text paths.

    ``progress(done, total, name)`` is called after each document.
    """
    out, paths = Path(out_dir), []
    for i in range(n):
        stem, text, truth = generate_document(i, seed)
        paths.append(write_text(out / f"{stem}.txt", text))
        write_json(out / "truth" / f"{stem}.json", truth)
        if progress:
            progress(i + 1, n, stem)
    return paths
