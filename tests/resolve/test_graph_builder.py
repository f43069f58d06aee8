"""Digests → PolicyGraph: cross-document entity resolution on the five gold digests,
plus ``build_corpus`` and the ``build`` command with a stand-in extractor."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from policykg.errors import InputError
from policykg.pipeline import build as build_mod
from policykg.resolve.builder import build_graph, norm_title
from policykg.resolve.merge_report import build_report

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold"
PLAN = "Document/shanghai-2022-action-plan"


def gold_extract(path: Path) -> dict:
    """A stand-in extractor: the gold digest of the file (module level, so picklable)."""
    p = GOLD / f"{path.stem}.json"
    if not p.is_file():
        raise InputError(f"unreadable document {path.name}")
    return json.loads(p.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def graph(request):
    gold = request.getfixturevalue("gold_digests")
    return build_graph(copy.deepcopy(list(gold.values())))


def field_of(graph, surface: str):
    found = graph.find(surface, "Field")
    assert len(found) == 1, (surface, [n.id for n in found])
    return found[0]


def test_interpretation_and_news_are_about_the_plan(graph):
    for stem in ("shanghai-2022-action-plan-interpretation", "shanghai-2022-action-plan-news"):
        assert [e.target for e in graph.out_edges(f"Document/{stem}", "ABOUT")] == [PLAN]
    assert graph.out_edges(PLAN, "ABOUT") == []
    assert len(graph.nodes_of("Document")) == 5  # no stub: the plan is in the corpus


@pytest.mark.parametrize("forms,key", [
    (["通用AI", "通用人工智能"], "通用人工智能"),
    (["基因和细胞治疗", "细胞与基因治疗"], "细胞与基因治疗"),
    (["6G技术", "第六代移动通信"], "第六代移动通信"),
    (["扩展现实（XR）", "扩展现实(XR)", "XR科技"], "扩展现实"),
])
def test_written_variants_are_one_field(graph, forms, key):
    assert {field_of(graph, f).id for f in forms} == {f"Field/{key}"}


def test_agi_links_shanghai_and_chongqing(graph):
    docs = {e.source for e in graph.in_edges("Field/通用人工智能", "HAS_FIELD")}
    assert "Document/chongqing-2024-action-plan" in docs and PLAN in docs


def test_related_fields_stay_distinct(graph):
    assert "Field/量子科技" in graph and "Field/量子信息" in graph
    related = {(e.source, e.target) for e in graph.edges.values() if e.type == "RELATED"}
    assert ("Field/量子信息", "Field/量子科技") in related
    assert [e.target for e in graph.out_edges("Field/通用人工智能", "BROADER")] == ["Field/人工智能"]


def test_pudong_is_one_district_keyed_by_adcode(graph):
    node = graph.nodes["District/310115000000"]
    assert node.label == "浦东新区" and "浦东" in node.aliases
    assert node.props["adcode"] == "310115000000"
    assert [e.target for e in graph.out_edges(node.id, "PART_OF")] == ["Region/上海市"]
    assert len(graph.find("浦东", "District")) == 1


def test_cluster_is_one_node_across_shanghai_documents(graph):
    docs = {e.source for e in graph.in_edges("Cluster/上海市/未来健康", "HAS_CLUSTER")}
    assert len(docs) == 4
    cluster = graph.nodes["Cluster/上海市/未来健康"]
    fields = {e.target for e in graph.out_edges(cluster.id, "INCLUDES_FIELD")}
    assert {"Field/脑机接口", "Field/细胞与基因治疗"} <= fields
    assert {e.target for e in graph.out_edges(cluster.id, "LOCATED_IN")} >= {"District/310115000000"}
    assert cluster.label_en == "future health industry cluster"


def test_relative_organizations_are_keyed_by_region(graph):
    kewei = graph.nodes["Organization/上海市/市科委"]
    assert "上海市科委" in kewei.aliases
    assert "Organization/重庆市/市政府" in graph and "Organization/上海市/市政府" in graph
    # 上海市经济信息化委 (news) is the 市经济信息化委 of the 2025 measures; both people work for it
    eco = "Organization/上海市/市经济信息化委"
    assert len(graph.documents_of(graph.nodes[eco])) == 2
    assert {e.source for e in graph.in_edges(eco, "WORKS_FOR")} == {"Person/吴金城", "Person/张宏韬"}


def test_zones_programmes_targets_merge_within_region(graph):
    assert graph.find("临港新片区", "Zone")[0].id == "Zone/上海市/临港"
    assert {n.id for n in graph.find("张江科学城", "Zone")} == {"Zone/上海市/张江"}
    assert "Zone/重庆市/金凤实验室" in graph and "Zone/重庆市/金凤科创园" in graph
    assert len(graph.documents_of(graph.nodes["Programme/上海市/浦江之星"])) == 2
    target = graph.nodes["Target/上海市/2030/未来产业产值"]
    assert target.props["value"] == 5000 and len(graph.documents_of(target)) == 3
    assert "Target/上海市/2030/未来产业先导区" in graph  # the news' year-less target, dated by the plan


DERIVED_RULES = {"BROADER": {"vocabulary.broader"}, "RELATED": {"vocabulary.related"},
                 "PART_OF": {"dataset.divisions"}, "IN_REGION": {"document.region"}}


def test_every_edge_has_evidence(graph):
    """From a document, or (links a vocabulary, a dataset or the document's region imply) from the
    rule naming that source, with no quote: they live in the derived graph."""
    assert all(e.evidence for e in graph.edges.values())
    assert all(ev.doc for e in graph.edges.values() for ev in e.evidence if e.type not in DERIVED_RULES)
    derived = [(e.type, ev) for e in graph.edges.values() if e.type in DERIVED_RULES for ev in e.evidence]
    assert {t for t, _ in derived} == set(DERIVED_RULES)
    assert all(ev.doc == "" and ev.quote == "" and ev.rule in DERIVED_RULES[t] for t, ev in derived)


def test_networkx_edges_keep_their_evidence():
    from policykg.loaders import extract

    seed = build_mod.corpus_files(build_mod.bundled_corpus())[0]
    graph = build_graph([extract(seed)])
    g = graph.to_networkx()
    assert g.number_of_edges() == len(graph.edges)
    quoted = [(s, o, d) for s, o, d in g.edges(data=True) if any(ev["quote"] for ev in d["evidence"])]
    assert quoted and all({"doc", "quote", "section", "rule", "start", "end"} <= set(ev) for _, _, d in quoted
                          for ev in d["evidence"])
    s, o, d = quoted[0]
    assert d["documents"] and d["evidence"][0]["doc"] in d["documents"]


def test_ids_are_stable(gold_digests):
    a = build_graph(copy.deepcopy(list(gold_digests.values())))
    b = build_graph(copy.deepcopy(list(reversed(gold_digests.values()))))
    assert sorted(a.nodes) == sorted(b.nodes) and sorted(a.edges) == sorted(b.edges)
    assert {n.id: n.label for n in a} == {n.id: n.label for n in b}
    assert build_report(a) == build_report(b)


def test_evidence_is_taken_from_items():
    ev = {"start": 5, "end": 9, "quote": "脑机接口", "section": "二、", "rule": "field.list"}
    g = build_graph([{"document": {"id": "x", "title": "T", "region": "上海市"},
                      "fields": [{"name": "脑机接口", "evidence": ev}]}])
    (edge,) = g.out_edges("Document/x", "HAS_FIELD")
    assert (edge.evidence[0].doc, edge.evidence[0].start, edge.evidence[0].rule) == ("x", 5, "field.list")


def test_unknown_about_becomes_a_stub():
    g = build_graph([{"document": {"id": "n", "title": "新闻", "region": "北京", "about": "《北京市未来产业行动方案》"}}])
    (edge,) = g.out_edges("Document/n", "ABOUT")
    stub = g.nodes[edge.target]
    assert stub.props["stub"] is True and stub.label == "北京市未来产业行动方案"
    assert "Region/北京市" in g


def test_norm_title_strips_marks_and_suffixes():
    assert norm_title("《重庆市未来产业行动计划》政策解读") == norm_title("重庆市未来产业行动计划")
    assert norm_title("原标题:上海 打造 未来产业") == "上海打造未来产业"


def test_report_groups_merges_by_type(graph):
    text = build_report(graph)
    assert "\nField (" in text and "通用AI → Field/通用人工智能" in text
    assert "\nDistrict (" in text and "浦东 → District/310115000000" in text
    assert "about names this document's title" in text


# -- build_corpus and the command ------------------------------------------------
@pytest.fixture
def corpus(tmp_path, corpus_dir, gold_dir):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for p in corpus_dir.glob("*.txt"):
        shutil.copy(p, folder / p.name)
    (folder / "broken.txt").write_text("乱码", encoding="utf-8")
    return folder


@pytest.mark.parametrize("jobs", [1, 2])
def test_build_corpus_skips_a_bad_document(corpus, tmp_path, jobs, monkeypatch):
    monkeypatch.setattr(build_mod, "write_rdf", lambda graph, out: [])  # RDF is checked below
    out = tmp_path / "out"
    result = build_mod.build_corpus(corpus, out, jobs=jobs, report=True, extract=gold_extract)
    assert result.skipped == [("broken.txt", "unreadable document broken.txt")] and result.partial
    assert sorted(p.stem for p in (out / "digests").glob("*.json")) == sorted(result.digests)
    assert len(result.digests) == 5 and "Document/shanghai-2022-action-plan" in result.graph
    assert (out / "merge-report.txt").read_text(encoding="utf-8") == result.report


def test_build_command_exit_code_3_when_partial(corpus, tmp_path, monkeypatch):
    from policykg.cli.app import cli

    monkeypatch.setattr(build_mod, "default_extractor", lambda: gold_extract)
    result = CliRunner().invoke(cli, ["build", str(corpus), "-o", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code == 3, result.output
    assert "policykg: skipped broken.txt: unreadable document broken.txt" in result.stderr
    assert result.stdout == ""
    assert (tmp_path / "out" / "graph.ttl").is_file()  # written by policykg.rdf.files.write_all


def test_build_command_report_and_missing_folder(corpus, tmp_path, monkeypatch, capsys):
    from policykg.cli.app import main

    assert main(["build", str(tmp_path / "nope"), "-o", str(tmp_path / "out")]) == 2
    assert "policykg: error: no such corpus folder" in capsys.readouterr().err
    (corpus / "broken.txt").unlink()
    monkeypatch.setattr(build_mod, "default_extractor", lambda: gold_extract)
    monkeypatch.setattr(build_mod, "write_rdf", lambda graph, out: [])
    assert main(["build", str(corpus), "-o", str(tmp_path / "out"), "--report", "-q"]) == 0
    out = capsys.readouterr()
    assert out.out.startswith("policykg merge report: 5 documents") and out.err == ""


@pytest.mark.slow
def test_bundled_corpus_with_the_real_extractor(tmp_path):
    result = build_mod.build_corpus(None, tmp_path / "out", jobs=2)
    g = result.graph
    assert result.skipped == [] and len(result.digests) == 5
    assert [e.target for e in g.out_edges("Document/shanghai-2022-action-plan-news", "ABOUT")] == [PLAN]
    assert "District/310115000000" in g and "Field/通用人工智能" in g
    assert all(ev.doc for e in g.edges.values() for ev in e.evidence if e.type not in DERIVED_RULES)


def test_jurisdiction_links_the_district_or_the_zone():
    """A district's text links JURISDICTION to the district (keyed by adcode, the node the district's mentions
    reach); a zone's text to the zone, the same node as the zone's mention in another text of the city."""
    g = build_graph([
        {"document": {"file": "a.txt", "title": "甲", "region": "广州市", "jurisdiction": "黄埔区"},
         "districts": [{"name": "黄埔"}]},
        {"document": {"file": "b.txt", "title": "乙", "region": "合肥市", "jurisdiction": "合肥高新区"}},
        {"document": {"file": "c.txt", "title": "丙", "region": "合肥市"}, "zones": [{"name": "合肥高新区"}]},
    ])
    [a] = g.out_edges("Document/a", "JURISDICTION")
    assert a.target == "District/440112000000" and [e.target for e in g.out_edges("Document/a", "HAS_DISTRICT")] == [a.target]
    [b] = g.out_edges("Document/b", "JURISDICTION")
    assert g.nodes[b.target].type == "Zone" and [e.target for e in g.out_edges("Document/c", "HAS_ZONE")] == [b.target]
    assert not g.out_edges("Document/b", "HAS_ZONE")  # the jurisdiction is no mention of a zone
    assert not g.out_edges("Document/c", "JURISDICTION")


def test_a_text_that_names_no_region_covers_none():
    """A digest without a region covers no region (not the nation): its regional names are keyed by the document,
    with no IN_REGION link, and two such documents share none of them."""
    g = build_graph([
        {"document": {"file": "a.txt", "title": "我市举行氢能报告会", "region": None},
         "clusters": [{"name": "氢能产业集群", "direction": "氢能"}], "zones": [{"name": "氢能产业园"}],
         "targets": [{"year": 2025, "metric": "产值", "value": 10, "unit": "亿元"}]},
        {"document": {"file": "b.txt", "title": "我市举行氢能座谈会", "region": None}, "zones": [{"name": "氢能产业园"}]},
    ])
    assert not g.out_edges("Document/a", "COVERS_REGION") and "Region/全国" not in g
    [za], [zb] = g.out_edges("Document/a", "HAS_ZONE"), g.out_edges("Document/b", "HAS_ZONE")
    assert za.target == "Zone/a/氢能产业园" and zb.target != za.target
    assert [e.target for e in g.out_edges("Document/a", "HAS_CLUSTER")] == ["Cluster/a/氢能"]
    assert not any(g.out_edges(n, "IN_REGION") for n in ("Zone/a/氢能产业园", "Cluster/a/氢能"))


def test_each_body_of_a_co_issued_document_issues_it():
    digest = {"document": {"id": "co-issued", "title": "关于推进新兴产业发展的实施意见", "region": "包头市",
                           "issuer": "中共包头市委员会 包头市人民政府"}}
    g = build_graph([digest])
    issuers = sorted(g.nodes[e.target].label for e in g.edges.values() if e.type == "ISSUED_BY")
    assert issuers == ["中共包头市委员会", "包头市人民政府"]
