"""A small hand-made PolicyGraph with every node and edge type of docs/model.md.

Shared by the RDF, ontology and query tests; facts are taken from the gold
digests (Shanghai 2022 plan and news, Shanghai 2025 measures, Chongqing 2024
plan) so that answers can be checked by hand.
"""

from __future__ import annotations

from policykg.model import Evidence, PolicyGraph

SH, CQ, NEWS, SH25 = ("shanghai-2022-action-plan", "chongqing-2024-action-plan",
                      "shanghai-2022-action-plan-news", "shanghai-2025-frontier-measures")


def ev(doc: str, quote: str, start: int = 0, rule: str = "test", section: str = "") -> Evidence:
    """Evidence whose span covers ``quote`` at ``start``."""
    return Evidence(doc=doc, start=start, end=start + len(quote), quote=quote, section=section, rule=rule)


def _docs(g: PolicyGraph, unsourced: bool) -> None:
    g.add_node("Document", SH, label="上海打造未来产业创新高地发展壮大未来产业集群行动方案",
               props={"doc_type": "行动方案", "region_level": "province", "file": SH + ".txt"})
    g.add_node("Document", CQ, label="重庆市未来产业集群培育行动计划(2024—2027年)",
               props={"doc_type": "行动计划", "date": "2024-08-12", "region_level": "province"})
    g.add_node("Document", NEWS, label="布局脑机接口、6G技术……上海打造五大未来产业集群:到2030年产值5000亿元",
               props={"doc_type": "新闻报道", "date": "2022-11-23"})
    g.add_node("Document", SH25, label="关于加快推动前沿技术创新与未来产业培育的若干措施",
               props={"doc_type": "若干措施", "valid_from": "2025-09-26", "valid_until": "2030-09-25",
                      "issuer": "上海市人民政府办公厅"})
    g.add_node("Region", "上海市", label_en="Shanghai", props={"level": "province", "adcode": "310000000000"})
    g.add_node("Region", "重庆市", props={"level": "province", "adcode": "500000000000"})
    g.add_node("Region", "全国", props={"level": "nation"})
    for doc, region in ((SH, "上海市"), (NEWS, "上海市"), (SH25, "上海市"), (CQ, "重庆市")):
        g.add_edge(f"Document/{doc}", "COVERS_REGION", f"Region/{region}", evidence=[ev(doc, region)])
    if unsourced:
        g.add_edge("Region/上海市", "PART_OF", "Region/全国")  # no evidence: SHACL flags it
    g.add_edge(f"Document/{NEWS}", "ABOUT", f"Document/{SH}", evidence=[ev(NEWS, "上海打造未来产业创新高地")])


def _places(g: PolicyGraph) -> None:
    districts = {"310115000000": "浦东新区", "310113000000": "宝山区", "310112000000": "闵行区",
                 "310116000000": "金山区", "310120000000": "奉贤区", "310104000000": "徐汇区"}
    for code, name in districts.items():
        short = name.removesuffix("新区").removesuffix("区")
        g.add_node("District", code, label=name, aliases=[short], props={"adcode": code})
        g.add_edge(f"District/{code}", "PART_OF", "Region/上海市", evidence=[ev("", "", rule="cpca")])
        g.add_edge(f"Document/{SH}", "HAS_DISTRICT", f"District/{code}", evidence=[ev(SH, short, 900)])
    g.add_node("Cluster", "上海市/未来健康", label="未来健康产业集群", label_en="future health cluster")
    g.add_node("Cluster", "上海市/未来能源", label="未来能源产业集群")
    g.add_node("Cluster", "重庆市/卫星互联网", label="卫星互联网", aliases=["卫星互联网产业集群"])
    for cid, region, doc in (("上海市/未来健康", "上海市", SH), ("上海市/未来能源", "上海市", SH),
                             ("重庆市/卫星互联网", "重庆市", CQ)):
        g.add_edge(f"Document/{doc}", "HAS_CLUSTER", f"Cluster/{cid}", evidence=[ev(doc, cid, 100)])
        g.add_edge(f"Cluster/{cid}", "IN_REGION", f"Region/{region}", evidence=[ev(doc, cid, 100)])
    g.add_edge(f"Document/{NEWS}", "HAS_CLUSTER", "Cluster/上海市/未来健康", evidence=[ev(NEWS, "未来健康", 50)])
    for code in ("310115000000", "310113000000", "310112000000", "310116000000", "310120000000"):
        g.add_edge("Cluster/上海市/未来健康", "LOCATED_IN", f"District/{code}",
                   evidence=[ev(SH, "在浦东、宝山、闵行、金山、奉贤等区", 1200, section="二、(一)")])
    g.add_edge("Cluster/上海市/未来能源", "LOCATED_IN", "District/310115000000", evidence=[ev(SH, "浦东", 1500)])
    g.add_node("Zone", "上海市/临港", label="临港", aliases=["临港新片区"], props={"kind": "先导区"})
    g.add_edge(f"Document/{SH}", "HAS_ZONE", "Zone/上海市/临港", evidence=[ev(SH, "临港", 2000)])
    g.add_edge("Zone/上海市/临港", "IN_REGION", "Region/上海市", evidence=[ev(SH, "临港", 2000)])
    g.add_edge("Zone/上海市/临港", "LOCATED_IN", "District/310115000000", evidence=[ev(SH, "临港", 2000)])


def _fields(g: PolicyGraph) -> None:
    fields = {"脑机接口": (), "合成生物": ("合成生物学",), "先进核能": (), "通用人工智能": ("通用AI",),
              "第六代移动通信": ("6G", "6G技术"), "量子科技": (), "量子信息": (), "卫星互联网": (), "生命科学": ()}
    for name, aliases in fields.items():
        g.add_node("Field", name, aliases=aliases, label_en="brain-computer interface" if name == "脑机接口" else "")
    uses = {SH: ["脑机接口", "合成生物", "先进核能", "通用人工智能", "第六代移动通信", "量子科技"],
            CQ: ["卫星互联网", "先进核能", "通用人工智能", "量子信息"], NEWS: ["脑机接口", "第六代移动通信"],
            SH25: ["脑机接口", "第六代移动通信", "量子科技"]}
    tiers = {(CQ, "卫星互联网"): "发展重点", (CQ, "先进核能"): "跟踪前沿技术", (CQ, "通用人工智能"): "跟踪前沿技术",
             (CQ, "量子信息"): "跟踪前沿技术", (SH25, "脑机接口"): "发展壮大", (SH25, "第六代移动通信"): "加快培育",
             (SH25, "量子科技"): "加速布局"}
    for doc, names in uses.items():
        for i, name in enumerate(names):
            quote = {"通用人工智能": "通用AI" if doc == SH else name, "第六代移动通信": "6G技术"}.get(name, name)
            g.add_edge(f"Document/{doc}", "HAS_FIELD", f"Field/{name}", props={"tier": tiers.get((doc, name))},
                       evidence=[ev(doc, quote, 3000 + 20 * i, rule="field.list")])
    for cid, names in (("上海市/未来健康", ["脑机接口", "合成生物"]), ("上海市/未来能源", ["先进核能"]),
                       ("重庆市/卫星互联网", ["卫星互联网"])):
        doc = CQ if cid.startswith("重庆") else SH
        for name in names:
            g.add_edge(f"Cluster/{cid}", "INCLUDES_FIELD", f"Field/{name}", evidence=[ev(doc, name, 1300)])
    g.add_edge("Field/量子科技", "RELATED", "Field/量子信息", evidence=[ev("", "", rule="vocabulary")])
    g.add_edge("Field/合成生物", "BROADER", "Field/生命科学", evidence=[ev("", "", rule="vocabulary")])


def _actors(g: PolicyGraph) -> None:
    g.add_node("Programme", "上海市/筑基", label="未来技术“筑基计划”", props={"short": "筑基", "kind": "计划"})
    g.add_node("Programme", "上海市/浦江之星", label="“浦江之星”计划",
               props={"short": "浦江之星", "kind": "计划", "referenced": True})
    g.add_node("Programme", "重庆市/前沿技术创新策源", label="前沿技术创新策源行动",
               props={"short": "前沿技术创新策源", "kind": "行动"})
    for doc, pid in ((SH, "上海市/筑基"), (SH, "上海市/浦江之星"), (CQ, "重庆市/前沿技术创新策源")):
        g.add_edge(f"Document/{doc}", "HAS_PROGRAMME", f"Programme/{pid}", evidence=[ev(doc, pid, 4000)])
    measures = [("(一)", "加快前沿颠覆性技术创新突破", {}),
                ("(三)", "加速创新成果孵化转化", {"max_funding_wan_yuan": 3000, "amounts_wan_yuan": [2000, 3000]}),
                ("(八)", "加快创新产品应用", {"max_funding_wan_yuan": 2000, "cap_ratio": 0.3}),
                ("(五)", "优化科技企业成长生态", {"max_funding_wan_yuan": 50})]
    for section, name, props in measures:
        g.add_node("Measure", f"{SH25}/{section}", label=name, props={"section": section, **props})
        g.add_edge(f"Document/{SH25}", "HAS_MEASURE", f"Measure/{SH25}/{section}",
                   evidence=[ev(SH25, name, 100, rule="measure.numbered", section=section)])
    targets = [("上海市", 2030, "未来产业产值", {"value": 5000, "unit": "亿元", "qualifier": "左右"}, [SH, NEWS]),
               ("重庆市", 2027, "未来产业先导区", {"value": 5, "value_min": 3, "unit": "个"}, [CQ])]
    for region, year, metric, props, docs in targets:
        g.add_node("Target", f"{region}/{year}/{metric}", label=metric, props={"year": year, "metric": metric, **props})
        for doc in docs:
            g.add_edge(f"Document/{doc}", "SETS_TARGET", f"Target/{region}/{year}/{metric}",
                       evidence=[ev(doc, f"到{year}年{metric}", 500, rule="target.year")])
    g.add_node("Organization", "上海市/市科委", label="市科委", props={"kind": "government"})
    g.add_node("Organization", "上海市经济信息化委", aliases=["市经济信息化委"], props={"kind": "government"})
    g.add_node("Organization", "上海市人民政府办公厅", props={"kind": "government"})
    g.add_node("Organization", "重庆大学", props={"kind": "university"})
    for doc, oid in ((SH25, "上海市/市科委"), (NEWS, "上海市经济信息化委"), (SH25, "上海市人民政府办公厅"),
                     (CQ, "重庆大学")):
        g.add_edge(f"Document/{doc}", "MENTIONS_ORGANIZATION", f"Organization/{oid}", evidence=[ev(doc, oid, 700)])
    g.add_edge("Organization/上海市/市科委", "IN_REGION", "Region/上海市", evidence=[ev(SH25, "市科委", 700)])
    g.add_edge(f"Document/{SH25}", "ISSUED_BY", "Organization/上海市人民政府办公厅",
               evidence=[ev(SH25, "上海市人民政府办公厅", 10, rule="document.issuer")])
    for doc, scen in ((SH, "未来工厂"), (NEWS, "未来工厂"), (SH25, "示范应用场景")):
        g.add_node("Scenario", scen)
        g.add_edge(f"Document/{doc}", "HAS_SCENARIO", f"Scenario/{scen}", evidence=[ev(doc, scen, 800)])
    g.add_node("Person", "吴金城")
    g.add_edge(f"Document/{NEWS}", "MENTIONS_PERSON", "Person/吴金城", evidence=[ev(NEWS, "吴金城", 60)])
    g.add_edge("Person/吴金城", "WORKS_FOR", "Organization/上海市经济信息化委", props={"role": "主任"},
               evidence=[ev(NEWS, "上海市经济信息化委主任吴金城", 50, rule="person.role")])


def small_graph(unsourced: bool = True) -> PolicyGraph:
    """The hand-made sample graph (every node type and edge type at least once).

    With ``unsourced``, one link (上海市 PART_OF 全国) has no evidence at all.
    """
    g = PolicyGraph()
    _docs(g, unsourced)
    _places(g)
    _fields(g)
    _actors(g)
    return g


def gold_graph(gold_digests: dict) -> PolicyGraph:
    """The PolicyGraph of the five gold digests, built by ``policykg.resolve.builder``."""
    from policykg.resolve.builder import build_graph

    return build_graph(gold_digests[k] for k in sorted(gold_digests))
