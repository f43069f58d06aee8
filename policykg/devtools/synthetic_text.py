"""The phrasebook of synthetic documents: word pools of the genre and :class:`Writer`, which
writes blocks of text (goals, field sections, tasks, measures) and records their ground truth.

Regions and districts come from :mod:`policykg.resolve.divisions`, fields from
:mod:`policykg.resolve.vocabulary`; programmes, zones, organizations, scenarios,
people, amounts and targets are drawn from the general pools below.  Used by
:mod:`policykg.devtools.synthetic`.

>>> import random
>>> w = Writer(random.Random(1), "syn-x")
>>> sentence = w.targets(2030, 2)
>>> sentence.count("2030"), len(w.truth["targets"])
(1, 2)
"""

from __future__ import annotations

import functools
import random
import unicodedata

from policykg.resolve import divisions, vocabulary

KEYS = ("document", "clusters", "fields", "districts", "zones", "programmes", "measures", "targets",
        "organizations", "scenarios", "people")
_CN = "零一二三四五六七八九十"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
words = str.split  # word pools are whitespace-separated strings
STEM_A, STEM_B = "云星金紫银天龙凤翠青白玉光海江湖锦华明春兴嘉瑞鹏", "湖谷岭港湾桥山川溪洲源坊塘泉林峰屿坪岗滩"
ZONE_SUFFIX = {"科学城": "科学城", "科技城": "科技城", "未来产业先导区": "先导区", "高新区": "高新区", "实验室": "实验室",
               "科创园": "园区", "产业园": "园区", "创新区": "创新区", "生态城": "生态城", "智慧谷": "园区",
               "未来产业科技园": "园区", "经济技术开发区": "开发区"}
SHORTS = words("筑基 领跑 携手 开源 雁阵 雨林 启航 揭榜 星火 领航 攀登 燎原 磐石 春笋 育苗 登峰 强链 融通 扬帆 追光 聚才 智造 "
            "沃土 苗圃 灯塔 领雁 凌云 破晓 拓荒 远航 蓄能 点金 飞地 筑巢 培元 赋能")
PROG_PREFIX = words("未来技术 未来布局 未来伙伴 未来场景 未来人才 未来生态 产业链 创新策源 场景开放 企业培育")
PROG_STEMS = words("前沿技术创新策源 科技成果转化 优质企业梯度培育 典型应用场景牵引 高端人才汇聚 开放交流合作拓展 创新平台能级提升 "
                "产业生态营造 特色园区建设 标准体系引领 数据要素赋能 金融资本助力 未来技术攻关 中试验证能力提升")
MEASURES = words("加强组织领导 强化统筹协调 加大资金支持 强化人才支撑 优化金融服务 加强用地保障 完善考核评估 营造创新氛围 "
              "创新体制机制 强化要素保障 加强宣传引导 深化开放合作 强化数据支撑 加强知识产权保护")
SUPPORT_ITEMS = words("建设未来产业先导区 支持概念验证平台建设 培育壮大科技创新企业 加速创新成果孵化转化 支持首台套首批次应用 "
                   "开放典型应用场景 引育高层次创新人才 设立未来产业引导基金 支持中试平台建设 鼓励企业加大研发投入 "
                   "支持举办产业交流活动 推动标准和专利布局 支持新型研发机构发展 强化关键核心技术攻坚")
SCENARIOS = words("未来社区 未来工厂 未来医院 未来学校 未来农场 未来商业 未来交通 低空物流 智慧康养 无人配送 远程手术 "
               "智能巡检 数字文旅 智慧矿山 车路协同 空中出行")
#: (metric, unit, template, qualifier, values): ``{v}`` value, ``{lo}`` lower bound of a range
TARGETS = [("未来产业规模", "亿元", "{m}突破{v}{u}", "突破", (500, 1000, 2000, 3000)),
           ("未来产业产值", "亿元", "{m}达到{v}{u}左右", "左右", (300, 800, 1500, 5000)),
           ("未来产业领军企业", "家", "培育{v}家左右{m}", "左右", (5, 10, 20, 30)),
           ("高新技术企业", "家", "孵化培育{v}家以上{m}", "以上", (100, 200, 500)),
           ("专精特新企业", "家", "新增百家{m}", None, (100,)),
           ("未来产业先导区", "个", "建设{v}个{m}", None, (3, 5, 8, 10)),
           ("典型应用场景", "个", "打造{lo}—{v}个{m}", None, (15, 20, 30)),
           ("前沿关键核心技术", "项", "突破{v}项{m}", None, (20, 30, 50)),
           ("标志性产品", "个", "形成{v}个{m}", None, (10, 20, 50)),
           ("国际国内标准", "项", "制定{v}项左右{m}", "左右", (20, 50, 100)),
           ("高层次人才", "名", "集聚不少于{v}名{m}", "不少于", (200, 500, 1000)),
           ("研发经费投入强度", "%", "{m}达到{v}%", None, (2.8, 3.2, 3.5, 4.0)),
           ("概念验证中心", "家", "布局{v}家{m}", None, (5, 10, 20))]
YEAR_LEADS = ("到{y}年，", "到{y}年，", "力争到{y}年，", "{y}年前，", "预计到{y}年，")
AMOUNTS = ("按照规定给予最高{a}支持", "给予不超过{a}的资助", "一次性奖励{a}", "最高可给予{a}补助", "单个项目支持金额最高{a}")
RATIOS = ("按照不超过相关费用{r}%的比例给予资金支持", "按实际投入的{r}%给予补贴", "给予实际投入{r}%的补贴")
GOV = {"市": words("科技局 发展改革委 经济和信息化局 工业和信息化局 财政局 教育局 人力资源社会保障局 国资委 市场监管局 商务局 "
               "地方金融管理局 自然资源和规划局"),
       "省": words("科学技术厅 发展改革委 工业和信息化厅 财政厅 教育厅 人力资源社会保障厅 国资委 市场监管局 商务厅")}
ORGS = {"university": words("大学 理工大学 科技大学 师范大学"), "research": words("未来产业研究院 前沿技术研究院 产业技术研究院 人工智能创新中心"),
        "platform": words("未来产业创新联盟 概念验证服务中心 未来产业促进平台"), "fund": ["未来产业引导基金"],
        "event": words("国际未来产业大会 未来产业发展论坛 未来产业创新创业大赛")}
COMPANY = words("智能科技有限公司 生物科技有限公司 科技集团 新材料股份有限公司")
TITLES, SAYS = words("主任 局长 副局长 副主任 总工程师 新闻发言人 厅长"), words("介绍称 表示 指出 介绍")
SAFEGUARDS = ("保障措施", "保障措施", "保障措施", "保障机制", "组织实施", "政策保障", "强化支撑保障")
SURNAMES, GIVEN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕", "建国明华志伟秀英海军晓东红丽平春兴德文斌宏涛鹏云峰敏静"
FILLER = words("""
坚持创新驱动、应用牵引、生态培育，统筹推进技术研发、成果转化和产业化应用。
强化企业科技创新主体地位，推动创新链产业链资金链人才链深度融合。
聚焦前沿技术多路径探索和交叉融合，加强颠覆性技术供给，抢占未来发展制高点。
按照集中力量、滚动培育、动态调整的原则，推动技术向产业化突破、产业向集群化发展。
完善容错纠错机制，营造鼓励创新、宽容失败的良好氛围，激发各类主体创新活力。
加强基础研究和应用基础研究，实现更多从零到一的原创性突破。
推动产学研用深度协同，构建产业生态主导型企业牵引、中小企业融通发展的格局。
强化规划引导和政策协同，形成部门联动、上下协同的工作合力。
支持龙头企业牵头组建创新联合体，开展产业链上下游联合攻关。
优化营商环境，完善知识产权保护和标准体系建设，促进要素资源高效配置。
加强国际科技交流合作，积极融入全球创新网络，提升开放创新水平。
深化科技体制机制改革，探索包容审慎的新业态新模式监管方式。
坚持市场主导与政府引导相结合，充分发挥市场在资源配置中的决定性作用。
前瞻谋划未来产业发展，是培育新质生产力、塑造发展新优势的战略选择。
围绕产业链部署创新链，围绕创新链布局产业链，提升产业链供应链韧性和安全水平。
加快构建以企业为主体、市场为导向、产学研深度融合的技术创新体系。
鼓励金融机构创新产品和服务，引导社会资本投早、投小、投长期、投硬科技。
健全科技成果转化激励机制，畅通科技成果从实验室走向生产线的通道。
完善人才引进、培养、使用、评价和激励机制，打造高水平创新人才队伍。
加强新型基础设施建设，夯实算力、数据、网络等数字底座。
推动重大科技基础设施开放共享，提升公共技术服务平台支撑能力。
加强跟踪监测和评估，及时总结推广典型经验做法，动态优化政策措施。
加强宣传解读，讲好未来产业发展故事，营造全社会关心支持未来产业发展的浓厚氛围。
统筹发展和安全，注重伦理规范和风险防范，推动未来产业健康有序发展。
""")


def cn_num(n: int) -> str:
    """Chinese numerals for 1–99.

    >>> [cn_num(n) for n in (1, 10, 12, 20, 31)]
    ['一', '十', '十二', '二十', '三十一']
    """
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else _CN[tens]) + "十" if tens else "") + (_CN[ones] if ones else "")


def marker(style: str, n: int) -> tuple[str, str]:
    """``(written, canonical)`` heading marker of ``style`` for number ``n``.

    >>> marker("paren_cn", 2), marker("article", 3), marker("circled", 1)
    (('（二）', '(二)'), ('第三条', '第三条'), ('①', '①'))
    """
    c = cn_num(n)
    written = {"cn": f"{c}、", "paren_cn": f"（{c}）", "paren_cn_half": f"({c})", "arabic": f"{n}.",
               "arabic_dun": f"{n}、", "paren_arabic": f"（{n}）", "circled": _CIRCLED[n - 1], "article": f"第{c}条"}[style]
    canon = written.replace("（", "(").replace("）", ")")
    return written, canon[:-1] + "." if style == "arabic_dun" else canon


def nfkc(s: str) -> str:
    """NFKC-normalized text (full-width brackets → half-width)."""
    return unicodedata.normalize("NFKC", s)


@functools.lru_cache(maxsize=1)
def _regions() -> list[tuple[divisions.Division, list[divisions.Division]]]:
    """Provinces and cities with at least three districts named 区/县 that their own short forms resolve."""
    out, by_prefix = [], {}
    for d in divisions.divisions().values():
        if d.level == "district" and d.name.endswith(("区", "县")):
            by_prefix.setdefault(d.adcode[:2], []).append(d)
            by_prefix.setdefault(d.adcode[:4], []).append(d)
    for d in divisions.divisions().values():
        if d.level in ("province", "city") and d.name.endswith(("省", "市", "自治区")):
            ds = by_prefix.get(d.adcode[:2] if d.level == "province" else d.adcode[:4], [])
            if len(ds) >= 3:
                out.append((d, ds))
    return out


@functools.lru_cache(maxsize=1)
def fields_by_direction() -> dict[str, list[vocabulary.Concept]]:
    """The vocabulary's fields (non-top concepts) by their direction (未来健康 …)."""
    out: dict[str, list] = {}
    for c in vocabulary.concepts().values():
        top = vocabulary.direction(c.key)
        if not c.top and top is not None:
            out.setdefault(top.key, []).append(c)
    return out


class Writer:
    """One document being written: its text lines and its ground truth."""

    def __init__(self, rng: random.Random, stem: str):
        self.rng, self.stem, self.lines, self.names = rng, stem, [], set()
        self.truth: dict = {k: [] for k in KEYS[1:]}
        self._seen: dict[str, set] = {k: set() for k in KEYS[1:]}
        self.region, districts = rng.choice(_regions())
        self.unit = next(u for u in ("自治区", "省", "市") if self.region.name.endswith(u))
        self.districts = rng.sample(districts, min(len(districts), rng.randint(3, 6)))
        self.year = rng.randint(2023, 2026)
        self.date = f"{self.year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        self.verbose = rng.choice([0, 0, 1, 1, 2, 3, 4, 6])

    def add(self, key: str, ident, item) -> None:
        """Record an item of list ``key`` once (by ``ident``)."""
        if ident not in self._seen[key]:
            self._seen[key].add(ident)
            self.truth[key].append(item)

    def unique(self, make) -> str:
        """A generated name not used before in this document."""
        for _ in range(50):
            name = make()
            if name not in self.names:
                break
        self.names.add(name)
        return name

    # -- names ------------------------------------------------------------------
    def stem2(self) -> str:
        return self.rng.choice(STEM_A) + self.rng.choice(STEM_B)

    def district(self, d: divisions.Division) -> str:
        """A district as written: its short form when unambiguous in the region, else the full name."""
        forms = divisions.district_names(self.region.name)
        form = d.short if self.rng.random() < 0.5 else d.name
        form = form if len(forms.get(form, [])) == 1 else d.name
        self.add("districts", d.adcode, {"name": form, "aliases": [d.name] if form != d.name else [], "adcode": d.adcode})
        return form

    def zone(self) -> str:
        suffix = self.rng.choice(list(ZONE_SUFFIX))
        name = self.unique(lambda: self.stem2() + suffix)
        self.add("zones", name, {"name": name, "aliases": [], "kind": ZONE_SUFFIX[suffix]})
        if suffix == "实验室":  # a lab is both a place and a research body (as in the gold digests)
            self.add("organizations", name, {"name": name, "kind": "research"})
        return name

    def org(self, kind: str) -> str:
        r = self.rng
        if kind == "government":
            name = self.unique(lambda: self.unit + r.choice(GOV["市" if self.unit == "市" else "省"]))
        elif kind == "enterprise":
            name = self.unique(lambda: self.stem2() + r.choice(COMPANY))
        else:
            name = self.unique(lambda: self.region.short + r.choice(ORGS[kind]))
        self.add("organizations", name, {"name": name, "kind": kind})
        return name

    def person(self, body: str) -> str:
        """``<body><title><name>``, recorded with the role ``<body><title>``."""
        name = self.unique(lambda: self.rng.choice(SURNAMES) + "".join(self.rng.sample(GIVEN, self.rng.randint(1, 2))))
        role = body + self.rng.choice(TITLES)
        self.add("people", name, {"name": name, "role": role})
        return role + name

    def scenarios(self, k: int) -> str:
        names = self.rng.sample(SCENARIOS, k)
        for n in names:
            self.add("scenarios", n, n)
        return "、".join(names)

    def filler(self, k: int = 2) -> str:
        """``k`` (plus the document's verbosity) sentences of entity-free policy prose."""
        return "".join(self.rng.sample(FILLER, min(len(FILLER), k + self.verbose)))

    # -- blocks -----------------------------------------------------------------
    def targets(self, year: int, k: int) -> str:
        """One goal sentence (``到Y年，…``, ``Y年前，…``) with ``k`` quantified targets."""
        parts = []
        for metric, unit, tpl, qual, values in self.rng.sample(TARGETS, k):
            v = self.rng.choice(values)
            lo = v // 2
            parts.append(tpl.format(m=metric, v=v, u=unit, lo=lo))
            item = {"year": year, "metric": metric, "value": v, "unit": unit, "qualifier": qual}
            self.add("targets", (year, v, unit), {**item, "value_min": lo} if "{lo}" in tpl else item)
        return self.rng.choice(YEAR_LEADS).format(y=year) + f"全{self.unit[-1]}" + "，".join(parts) + "。"

    def field_sections(self, n1: str, style: str, s2: str, s3: str) -> None:
        """Fields under cluster headings, as the headings of a 发展重点 section, or in tiered lists."""
        groups = fields_by_direction()
        directions = self.rng.sample(sorted(groups), self.rng.randint(2, 4))
        if style == "clusters":
            self.lines.append(f"{n1}布局未来产业，打造未来产业集群")
            for i, d in enumerate(directions, 1):
                cluster = f"{d}产业集群"
                where = [self.district(x) for x in self.rng.sample(self.districts, 2)]
                self.lines += [f"{marker(s2, i)[0]}打造{cluster}", f"在{'、'.join(where)}等区域，{self.filler(1)[:-1]}，打造{cluster}。"]
                self.add("clusters", d, {"name": cluster, "direction": d, "fields": [], "districts": where})
                for j, c in enumerate(self.rng.sample(groups[d], min(len(groups[d]), self.rng.randint(2, 4))), 1):
                    name = self.surface(c, cluster, None)
                    self.truth["clusters"][-1]["fields"].append(name)
                    self.lines.append(f"{marker(s3, j)[0]}{name}。加快{name}关键核心技术攻关，推动{name}在重点行业示范应用。{self.filler(1)}")
        elif style == "focus":
            self.lines.append(f"{n1}{self.rng.choice(['发展重点', '重点领域', '重点方向'])}")
            for i, c in enumerate([c for d in directions for c in self.rng.sample(groups[d], 1)], 1):
                name = self.surface(c, None, "发展重点")  # a field the plan develops (CONVENTIONS.md: no cluster here)
                self.lines += [f"{marker(s2, i)[0]}{name}", f"重点发展{name}相关技术和产品，{self.filler(2)}"]
        else:
            self.lines += [f"{n1}聚焦重点发展领域", self.tier_lists(directions)]

    def tier_lists(self, directions: list[str]) -> str:
        """``发展壮大A、B等领域，…加快培育C、D等领域…``."""
        pool = [c for d in directions for c in fields_by_direction()[d]]
        self.rng.shuffle(pool)
        out = []
        for verb in self.rng.sample(words("发展壮大 加快培育 加速布局 前瞻布局 重点发展"), 3):
            chosen, pool = pool[:3], pool[3:]
            if len(chosen) >= 2:
                out.append(f"{verb}{'、'.join(self.surface(c, None, verb) for c in chosen)}等领域，{self.filler(1)}")
        return "".join(out)

    def surface(self, c: vocabulary.Concept, cluster: str | None, tier: str | None) -> str:
        """A field as written: its canonical name or (sometimes) a Chinese variant."""
        forms = [a for a in c.alt_labels if len(a) >= 2 and not a.isascii()]
        name = self.rng.choice(forms) if forms and self.rng.random() < 0.3 else c.key
        self.add("fields", c.key, {"name": name, "aliases": [], "cluster": cluster, "tier": tier})
        return name

    def programme_quoted(self) -> str:
        """``未来技术“筑基计划”`` or ``“启航”行动``."""
        short = self.unique(lambda: self.rng.choice(SHORTS))
        kind = self.rng.choice(["计划", "计划", "行动", "工程"])
        name = f"{self.rng.choice(PROG_PREFIX)}“{short}计划”" if kind == "计划" and self.rng.random() < 0.6 else f"“{short}”{kind}"
        self.add("programmes", short, {"name": name, "short": short, "kind": kind})
        return name

    def task_body(self) -> str:
        """A task paragraph naming zones, districts, organizations, scenarios and programmes."""
        r = self.rng
        parts = [f"依托{self.zone()}、{self.zone()}等载体，{self.filler(1)}",
                 f"支持{self.org('university')}、{self.org('research')}等高校院所联合{self.org('enterprise')}开展协同攻关。"]
        if r.random() < 0.4:
            parts.append(f"支持{self.district(r.choice(self.districts))}建设{self.zone()}，{self.filler(1)}")
        if r.random() < 0.5:
            verb = r.choice(["建设{s}等标杆示范场景", "开放{s}等应用场景", "打造{s}等一批示范场景"])
            parts.append(f"{verb.format(s=self.scenarios(3))}，{self.filler(1)}")
        if r.random() < 0.4:
            parts.append(f"举办{self.org('event')}，设立{self.org('fund')}，组建{self.org('platform')}，{self.filler(1)}")
        if r.random() < 0.3:
            parts.append(f"实施{self.programme_quoted()}，{self.filler(1)}")
        r.shuffle(parts)
        return "".join(parts)

    def measure_body(self) -> tuple[str, int | None, float | None]:
        """A support paragraph with amounts (最高X万元 …) and a cap ratio (不超过Y% …), or none."""
        r, amounts, ratio, text = self.rng, [], None, self.filler(1)
        for _ in range(r.choice([0, 1, 1, 2])):
            wan = r.choice([50, 100, 200, 300, 500, 800, 1000, 2000, 3000, 5000, 10000, 20000])
            amounts.append(wan)
            written = f"{wan // 10000}亿元" if wan % 10000 == 0 else f"{wan}万元"
            text += f"对符合条件的项目，{r.choice(AMOUNTS).format(a=written)}。"
        if r.random() < 0.4:
            ratio = r.choice([10, 20, 30, 50])
            text += f"对符合条件的企业，{r.choice(RATIOS).format(r=ratio)}。"
        return text + self.filler(1), (max(amounts) if amounts else None), (ratio / 100 if ratio else None)

    def measures(self, names: list[str], style: str, top: str = "", first: int = 1) -> None:
        """Numbered measure items (heading ``style``) under the top-level marker ``top``."""
        for i, name in enumerate(names, first):
            written, canon = marker(style, i)
            body, cap, ratio = self.measure_body()
            inline = style in ("article", "paren_cn_half") or self.rng.random() < 0.5
            self.lines.append(f"{written}{' ' if style == 'article' else ''}{name}。{body}" if inline else f"{written}{name}\n{body}")
            self.add("measures", name, {"name": name, "section": f"{top}{canon}", "max_funding_wan_yuan": cap,
                                        "cap_ratio": ratio})


