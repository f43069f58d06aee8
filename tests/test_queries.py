"""The question catalogue (queries/*.rq), policykg.query and the validate/query/export commands."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from policy_samples import gold_graph, small_graph
from rdflib import Graph
from rdflib.plugins.sparql import prepareQuery

from policykg import queries, query
from policykg.cli.app import main
from policykg.errors import PolicyKGError
from policykg.rdf import files as rdf_files

GOLDEN = Path(__file__).parent / "golden" / "queries-gold.json"
REQUIRED = {
    "clusters-of-city": ["city"], "fields-of-cluster": ["cluster"], "districts-of-cluster": ["cluster"],
    "clusters-in-district": ["district"], "shared-fields": ["city_a", "city_b"],
    "programmes-of-document": ["document"], "measures-min-funding": ["min_wan_yuan"],
    "targets-by-year": ["year"], "documents-about": ["document"],
    "field-changes": ["city", "from_document", "to_document"], "path-between": ["a", "b"], "entity": ["name"],
}
NAMES = queries.names()


def canon(rows: list[dict]) -> list[str]:
    return sorted(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in rows)


@pytest.fixture(scope="module")
def small_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("small")
    rdf_files.write_all(small_graph(), out)
    return out


@pytest.fixture(scope="module")
def gold_rdf(gold_digests, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("gold")
    rdf_files.write_all(gold_graph(gold_digests), out)
    return out


def ask(gold_rdf, question, **params):
    return query.run(question, params, gold_rdf)


# -- the catalogue ----------------------------------------------------------------------
def test_catalogue_has_the_required_questions():
    assert len(NAMES) >= 20
    for name, params in REQUIRED.items():
        assert queries.question(name).param_names == params, name


@pytest.mark.parametrize("name", NAMES)
def test_header_is_complete(name):
    q = queries.question(name)
    assert q.title_zh and q.title_en and q.title_zh != name
    assert set(q.example) == set(q.param_names), "the example must give every parameter"
    assert all(p.help for p in q.params)


@pytest.mark.parametrize("name", NAMES)
def test_query_prepares_in_both_engines(name):
    q = queries.question(name)
    text = queries.read_query(name)
    projected = [str(v) for v in prepareQuery(text).algebra["PV"]]
    assert set(q.param_names) <= set(projected), "parameters must be projected (pyoxigraph substitution)"
    assert set(q.iri_columns) | set(q.list_columns) <= set(projected)
    assert all(c.endswith("_iri") for c in q.iri_columns)
    subs = {ox.Variable(p): ox.Literal("x") for p in q.param_names}
    list(ox.Store().query(text, substitutions=subs))  # raises SyntaxError when it does not parse


@pytest.mark.parametrize("name", NAMES)
def test_values_are_never_pasted_into_query_text(name):
    text = queries.read_query(name)
    body = "\n".join(ln for ln in text.splitlines() if not ln.startswith("#"))
    for value in queries.question(name).example.values():
        assert value not in body
    for p in queries.question(name).param_names:
        assert f"?{p}" in body


@pytest.mark.parametrize("name", NAMES)
def test_engines_agree_on_the_sample_graph(small_dir, name):
    q = queries.question(name)
    ox_rows = query.run(name, q.example, small_dir, engine="oxigraph")
    rl_rows = query.run(name, q.example, small_dir, engine="rdflib")
    assert canon(ox_rows) == canon(rl_rows)
    for row in ox_rows:
        assert not set(q.param_names) & set(row), "parameter echoes are dropped"
        assert all(isinstance(row[c], list) for c in q.list_columns)


# -- answers on the sample graph -------------------------------------------------------------
def test_sample_answers(small_dir):
    rows = query.run("districts-of-cluster", {"cluster": "未来健康"}, small_dir)
    assert {r["district"] for r in rows} == {"浦东新区", "宝山区", "闵行区", "金山区", "奉贤区"}
    shared = query.run("shared-fields", {"city_a": "上海市", "city_b": "重庆"}, small_dir)
    assert [r["field"] for r in shared] == ["先进核能", "通用人工智能"]
    assert query.run("clusters-of-city", {"city": "上海"}, small_dir) == \
        query.run("clusters-of-city", {"city": "上海市"}, small_dir)


# -- answers on the gold-digest graph ----------------------------------------------------------
def test_districts_of_cluster(gold_rdf):
    """Full names in ``district``, short names in ``short``."""
    for cluster in ("未来健康产业集群", "未来健康"):
        rows = ask(gold_rdf, "districts-of-cluster", cluster=cluster)
        assert {r["district"] for r in rows} == {"浦东新区", "宝山区", "闵行区", "金山区", "奉贤区"}
        assert {r["short"] for r in rows} == {"浦东", "宝山", "闵行", "金山", "奉贤"}


def test_shared_fields_one_row_per_concept(gold_rdf):
    rows = ask(gold_rdf, "shared-fields", city_a="上海", city_b="重庆")
    fields = [r["field"] for r in rows]
    assert "先进核能" in fields and fields.count("通用人工智能") == 1 and "通用AI" not in fields
    assert len(fields) == len(set(fields))
    assert ask(gold_rdf, "shared-fields", city_a="上海市", city_b="重庆市") == rows


def test_clusters_and_fields(gold_rdf):
    assert ask(gold_rdf, "clusters-of-city", city="上海") == ask(gold_rdf, "clusters-of-city", city="上海市")
    cq = ask(gold_rdf, "clusters-of-city", city="重庆")
    assert {r["cluster"] for r in cq} == {"卫星互联网", "生物制造", "生命科学", "元宇宙", "前沿新材料", "未来能源"}
    health = {r["field"] for r in ask(gold_rdf, "fields-of-cluster", cluster="未来健康产业集群")}
    assert health == {"脑机接口", "生物安全", "合成生物", "细胞与基因治疗"}
    pudong = {r["cluster"] for r in ask(gold_rdf, "clusters-in-district", district="浦东")}
    assert pudong == {f"未来{d}产业集群" for d in ("健康", "智能", "能源", "空间", "材料")}
    assert ask(gold_rdf, "district-hotspots", city="上海")[0]["district"] == "浦东新区"


def test_documents(gold_rdf):
    progs = ask(gold_rdf, "programmes-of-document", document="shanghai-2022-action-plan")
    assert len(progs) == 8 and {r["programme"] for r in progs if r["referenced"]} == {"“浦江之星”计划"}
    about = ask(gold_rdf, "documents-about", document="上海打造未来产业创新高地发展壮大未来产业集群行动方案")
    assert {r["about_id"] for r in about} == {"shanghai-2022-action-plan-news",
                                              "shanghai-2022-action-plan-interpretation"}
    assert len(ask(gold_rdf, "documents-of-region", region="上海")) == 4
    assert len(ask(gold_rdf, "document-overview")) == 5
    orgs = ask(gold_rdf, "organizations-of-document", document="shanghai-2025-frontier-measures")
    assert [r["organization"] for r in orgs if r["issuer"]] == ["上海市人民政府办公厅"]


def test_measures_and_targets(gold_rdf):
    rows = ask(gold_rdf, "measures-min-funding", min_wan_yuan="1000")
    assert [r["max_wan_yuan"] for r in rows] == [3000, 2000, 2000, 1000]
    assert len(ask(gold_rdf, "measures-min-funding", min_wan_yuan="2000.5")) == 1
    sections = [r["section"] for r in ask(gold_rdf, "measures-of-document", document="shanghai-2025-frontier-measures")]
    assert len(set(sections)) == 15 and "(十五)" in sections  # gold digests have no offsets to order by
    assert ask(gold_rdf, "largest-funding")[0]["measure"] == "加速创新成果孵化转化"
    t2027 = ask(gold_rdf, "targets-by-year", year="2027")
    assert len(t2027) == 6 and all(r["regions"] == ["重庆市"] for r in t2027)
    output = next(r for r in ask(gold_rdf, "targets-by-year", year=2030) if r["metric"] == "未来产业产值")
    assert (output["value"], output["unit"], output["qualifier"]) == (5000, "亿元", "左右")
    assert len(ask(gold_rdf, "targets-of-city", city="重庆")) == 6


def test_field_changes_between_shanghai_plans(gold_rdf):
    rows = ask(gold_rdf, "field-changes", city="上海", from_document="shanghai-2022-action-plan",
               to_document="shanghai-2025-frontier-measures")
    change = {r["field"]: r["change"] for r in rows}
    assert change["具身智能"] == "added" and change["生物安全"] == "removed"
    assert change["脑机接口"] == change["细胞与基因治疗"] == change["第六代移动通信"] == "kept"
    assert next(r["tier_to"] for r in rows if r["field"] == "脑机接口") == "发展壮大"


def test_fields_by_tier_coverage_and_relations(gold_rdf):
    assert {r["field"] for r in ask(gold_rdf, "fields-by-tier", tier="发展壮大")} == \
        {"细胞与基因治疗", "脑机接口", "生物制造", "具身智能"}
    coverage = {r["region"]: r for r in ask(gold_rdf, "field-coverage", field="先进核能")}
    assert set(coverage) == {"上海市", "重庆市"} and coverage["重庆市"]["tiers"] == ["跟踪前沿技术"]
    assert {r["region"] for r in ask(gold_rdf, "field-coverage", field="通用AI")} == {"上海市", "重庆市"}
    related = ask(gold_rdf, "related-fields", field="量子科技")
    assert any(r["other"] == "量子信息" and r["documents"] == ["chongqing-2024-action-plan"] for r in related)


def test_path_entity_and_actors(gold_rdf):
    paths = ask(gold_rdf, "path-between", a="重庆", b="先进核能")
    assert paths[0]["hops"] == 2 and paths[0]["via1"].startswith("重庆市未来产业集群培育行动计划")
    facts = ask(gold_rdf, "entity", name="脑机接口")
    named_by = [r for r in facts if r["property"] == "布局领域" and r["direction"] == "←"]
    assert len(named_by) == 4 and all(len(r["sources"]) == 1 for r in named_by)
    assert {r["person"] for r in ask(gold_rdf, "people-and-roles")} == {"吴金城", "张宏韬"}
    assert {r["organization"] for r in ask(gold_rdf, "organizations-by-kind", kind="university")} == \
        {"西南大学", "重庆大学", "重庆邮电大学", "重庆卓越工程师学院"}
    assert len(ask(gold_rdf, "zones-of-city", city="重庆")) == 7
    assert {r["scenario"] for r in ask(gold_rdf, "scenarios-of-city", city="上海")} >= {"未来社区", "未来工厂"}
    assert len(ask(gold_rdf, "programmes-by-kind", kind="行动")) == 7


def test_sources_of_either_way_round(gold_rdf):
    """Each link direction is its own group in sources-of (so Oxigraph starts from the named ends):
    swapping the two names gives the same rows, and the engines agree."""
    rows = ask(gold_rdf, "sources-of", a="未来健康产业集群", b="脑机接口")
    assert {(r["from"], r["to"]) for r in rows} == {("未来健康产业集群", "脑机接口")}
    assert rows == ask(gold_rdf, "sources-of", a="脑机接口", b="未来健康产业集群")
    assert rows == query.run("sources-of", {"a": "脑机接口", "b": "未来健康产业集群"}, gold_rdf, engine="rdflib")


def test_golden_answers(gold_rdf, regen):
    """Every question's example answer on the gold graph, compared as sorted rows; --regen rewrites."""
    got = {n: {"params": queries.question(n).example,
               "rows": [json.loads(r) for r in canon(query.run(n, queries.question(n).example, gold_rdf))]}
           for n in NAMES}
    if regen:
        GOLDEN.write_text(json.dumps(got, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    want = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert sorted(got) == sorted(want)
    for name in NAMES:
        assert canon(got[name]["rows"]) == canon(want[name]["rows"]), f"{name} changed (pytest --regen)"


# -- errors and parameters --------------------------------------------------------------------
@pytest.mark.parametrize("name, params, message", [
    ("nope", {}, "unknown query"),
    ("shared-fields", {"city_a": "上海"}, "needs --param city_b"),
    ("entity", {"name": "x", "extra": "1"}, "has no parameter extra"),
    ("targets-by-year", {"year": "abc"}, "must be an integer"),
    ("measures-min-funding", {"min_wan_yuan": "lots"}, "must be a decimal"),
])
def test_bad_requests_are_one_line_errors(small_dir, name, params, message):
    with pytest.raises(PolicyKGError, match=message):
        query.run(name, params, small_dir)


def test_unknown_engine_and_missing_graph(small_dir, tmp_path):
    with pytest.raises(PolicyKGError, match="unknown query engine"):
        query.run("entity", {"name": "x"}, small_dir, engine="neo5j")
    with pytest.raises(PolicyKGError, match="no RDF graph"):
        query.run("entity", {"name": "x"}, tmp_path)


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_parameters_are_bound_not_pasted(small_dir, engine):
    evil = '上海" } } SELECT * WHERE { ?s ?p ?o } #'
    assert query.run("clusters-of-city", {"city": evil}, small_dir, engine=engine) == []


def test_engine_registry_is_extensible(small_dir, monkeypatch):
    class Echo:
        suffix = ".rq"

        def select(self, graph_dir, text, params):
            return [{"text": text[:7], **params}]

    monkeypatch.setitem(query.ENGINES, "echo", "x:y")
    monkeypatch.setitem(query._loaded, "echo", Echo())
    assert query.run("entity", {"name": "上海市"}, small_dir, engine="echo") == [{"text": "# title", "sources": []}]


@pytest.mark.slow
def test_benchmark_reports_both_engines(small_dir):
    result = query.benchmark(small_dir, repeat=1)
    assert set(result) == {"oxigraph", "rdflib"}
    assert set(result["oxigraph"]["queries"]) == set(NAMES)


# -- commands ---------------------------------------------------------------------------------
def test_query_command_formats(small_dir, capsys):
    args = ["query", "shared-fields", "--param", "city_a=上海", "-p", "city_b=重庆", "--graph", str(small_dir)]
    assert main([*args, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["field"] for r in rows] == ["先进核能", "通用人工智能"] and "field_iri" in rows[0]
    assert main([*args, "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "field,sources_a,sources_b,field_iri"
    assert main(["query", "shared-fields", "city_a=上海", "city_b=重庆", "--graph", str(small_dir)]) == 0
    table = capsys.readouterr().out
    assert "先进核能" in table and "(2 rows)" in table and "field_iri" not in table


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_a_cut_answer_is_the_first_rows_and_says_so(small_dir, engine):
    every = query.run("document-overview", {"limit": "0"}, small_dir, engine=engine)
    assert len(every) >= 2 and not every.cut and every.limit == 0
    assert query.run("document-overview", {}, small_dir, engine=engine) == every  # fewer than 100 rows
    first = query.run("document-overview", {"limit": "1"}, small_dir, engine=engine)
    assert first == every[:1] and first.cut and first.limit == 1
    whole = query.run("document-overview", {"limit": str(len(every))}, small_dir, engine=engine)
    assert whole == every and not whole.cut


def test_limit_errors_and_the_cut_note(small_dir, capsys):
    with pytest.raises(PolicyKGError, match="limit must be a whole number >= 0"):
        query.run("document-overview", {"limit": "-1"}, small_dir)
    with pytest.raises(PolicyKGError, match="has no parameter limit"):
        query.run("shared-fields", {"city_a": "上海", "city_b": "重庆", "limit": "1"}, small_dir)
    assert main(["query", "document-overview", "limit=1", "--graph", str(small_dir), "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert len(json.loads(out)) == 1 and err == "policykg: first 1 rows; --param limit=0 for all\n"
    assert main(["query", "document-overview", "limit=0", "--graph", str(small_dir)]) == 0
    assert capsys.readouterr().err == ""


def test_query_list_and_errors(small_dir, capsys):
    assert main(["query", "--list", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [q["name"] for q in listed] == NAMES
    assert main(["query", "nope", "--graph", str(small_dir)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("policykg: error: unknown query") and err.count("\n") == 1
    assert main(["query", "entity", "name", "--graph", str(small_dir)]) == 2


def test_export_command(small_dir, tmp_path, capsys):
    for fmt, parse in (("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld"), ("trig", "trig")):
        out = tmp_path / f"g.{fmt}"
        assert main(["export", "--format", fmt, "--graph", str(small_dir), "-o", str(out)]) == 0
        assert len(Graph().parse(out, format=parse)) > 1000 or fmt in ("trig", "jsonld")
    assert main(["export", "--format", "xml", "--graph", str(small_dir), "-o", str(tmp_path / "x")]) == 2
    assert "unknown export format" in capsys.readouterr().err


def test_validate_command(small_dir, tmp_path, capsys):
    assert main(["validate", str(small_dir)]) == 1  # the sample has one link without provenance
    out = capsys.readouterr().out
    assert "1 violations" in out and "上海市 (Province, Region) pkg:partOf" in out
    rdf_files.write_all(small_graph(unsourced=False), tmp_path)
    assert main(["validate", str(tmp_path)]) == 0
    assert capsys.readouterr().out.startswith("conforms")
