"""HTML views: data embedding and escaping, the four modes, layout, the ``viz`` command.

Browser checks (the page really draws, offline) are in ``test_viz_browser.py``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re

import pytest
from viz_samples import IMG, QUOTE, SCRIPT, Tags, sample_graph

from policykg.cli.app import main
from policykg.errors import PolicyKGError
from policykg.model import NODE_TYPES, Evidence, PolicyGraph
from policykg.model import terms as rdf
from policykg.query_params import parse_params
from policykg.resolve.builder import build_graph
from policykg.viz import html as viz_html
from policykg.viz import inputs, layout, payload, views


def page_data(page: str) -> dict:
    """The JSON embedded in a page."""
    m = re.search(r'<script type="application/json" id="policykg-data">(.*?)</script>', page, re.S)
    return json.loads(m.group(1))


@pytest.fixture(scope="module")
def graph() -> PolicyGraph:
    return sample_graph()


@pytest.fixture(scope="module")
def page(graph) -> str:
    return viz_html.render_html(graph)


# -- embedding and escaping -------------------------------------------------------
@pytest.mark.parametrize("text", [SCRIPT, IMG, QUOTE, "a\u2028b\u2029c", "&lt;already&gt;", "</SCRIPT >", "]]>"])
def test_script_json_escapes_and_round_trips(text):
    out = payload.script_json({"t": text, "list": [text]})
    assert not set(out) & {"<", ">", "&", "\u2028", "\u2029"}
    assert json.loads(out) == {"t": text, "list": [text]}


def test_page_has_only_our_tags_and_scripts(page):
    parser = Tags()
    parser.feed(page)
    names = {t for t, _ in parser.tags}
    assert names <= {"html", "head", "meta", "title", "style", "body", "aside", "header", "h1", "p", "section",
                     "input", "ol", "h2", "span", "button", "ul", "footer", "main", "div", "script"}
    scripts = [a for t, a in parser.tags if t == "script"]
    assert scripts == [{"type": "application/json", "id": "policykg-data"}, {}, {}]
    assert "img" not in names and "onerror" not in {k for _, a in parser.tags for k in a}


def test_injected_names_stay_data(graph, page):
    data = page_data(page)
    org = next(n for n in data["nodes"] if n["type"] == "Organization")
    assert org["label"] == SCRIPT and org["quotes"][0]["q"] == QUOTE
    assert IMG in next(n for n in data["nodes"] if n["id"] == "Field/6G技术")["aliases"]
    raw = page.split('id="policykg-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in raw and "\u2028" not in raw


def test_page_is_offline_and_csp_pins_the_scripts(page):
    parser = Tags()
    parser.feed(page)
    for _, attrs in parser.tags:
        assert not {"src", "href"} & set(attrs), attrs
    csp = next(a["content"] for t, a in parser.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp and "unsafe-inline" not in csp.split("style-src")[0]
    for code in parser.scripts[1:]:
        digest = base64.b64encode(hashlib.sha256(code.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert not re.search(r"@import|url\((?!\"?data:)", "".join(re.findall(r"<style>(.*?)</style>", page, re.S)))


def test_page_declares_utf8_and_cjk_fonts(page, graph, tmp_path):
    assert '<meta charset="utf-8">' in page and 'lang="zh-CN"' in page
    assert '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif' in page
    out = viz_html.write_html(graph, tmp_path / "子目录" / "图.html", title="未来产业 <图>")
    text = out.read_bytes().decode("utf-8")
    assert "<title>未来产业 &lt;图&gt;</title>" in text and "脑机接口" in text


def test_vis_network_comes_from_pyvis():
    js, css, version = viz_html.vis_assets()
    assert "vis-network" in js[:400] and ".vis-network" in css and re.fullmatch(r"\d+\.\d+\.\d+", version)


# -- payload ------------------------------------------------------------------------
def test_payload_nodes_edges_types_documents(graph):
    data = payload.build_payload(views.graph_view(graph), graph)
    assert len(data["nodes"]) == len(graph) and len(data["edges"]) == graph.number_of_edges()
    assert all("x" in n and "y" in n for n in data["nodes"])
    assert {t["type"]: t["count"] for t in data["types"]} == {t: c for t, c in graph.counts().items() if c and t != "edges"}
    assert [d["id"] for d in data["documents"]] == ["cq", "sh"]
    assert data["documents"][0]["title"] == "重庆市未来产业集群培育行动计划"
    field = next(n for n in data["nodes"] if n["id"] == "Field/合成生物")
    assert field["docs"] == ["cq", "sh"] and field["en"] == "synthetic biology"


def test_payload_clips_quotes():
    g = PolicyGraph()
    g.add_node("Field", "x", evidence=[Evidence("d", i, i + 1, "长" * 1000 + str(i)) for i in range(20)])
    node = payload.build_payload(views.graph_view(g))["nodes"][0]
    assert node["nq"] == 20 and len(node["quotes"]) == payload.MAX_QUOTES
    assert all(len(q["q"]) <= payload.MAX_QUOTE_CHARS for q in node["quotes"])


def test_every_type_has_a_style():
    assert tuple(payload.TYPE_STYLES) == NODE_TYPES
    assert len({(s["color"], s["shape"]) for s in payload.TYPE_STYLES.values()}) == len(NODE_TYPES)


# -- modes ---------------------------------------------------------------------------
def test_focus_depths(graph):
    assert set(views.focus_view(graph, "脑机接口", 0).graph.nodes) == {"Field/脑机接口"}
    one = views.focus_view(graph, "brain-computer interface", 1)
    assert set(one.graph.nodes) == {"Field/脑机接口", "Cluster/上海市/未来健康"}
    assert one.focus == "Field/脑机接口" and one.positions["Field/脑机接口"] == (0.0, 0.0)
    two = views.focus_view(graph, "Field/脑机接口", 2)
    assert {"Document/sh", "Region/上海市", "Field/合成生物"} <= set(two.graph.nodes)


def test_focus_depth_two_does_not_expand_hubs(graph, monkeypatch):
    monkeypatch.setattr(views, "HUB_DEGREE", 3)  # 未来健康 has 4 links here, 生命科学 3
    two = views.focus_view(graph, "合成生物", 2)
    assert set(two.graph.nodes) == {"Field/合成生物", "Cluster/上海市/未来健康", "Cluster/重庆市/生命科学",
                                    "Document/cq", "Region/重庆市"}
    assert "1 hub not expanded" in two.subtitle
    assert {"Document/sh", "Field/脑机接口"} <= set(views.focus_view(graph, "合成生物", 2, hubs=True).graph.nodes)


def test_document_labels_short_distinct_with_the_title_kept(graph):
    from policykg.viz.labels import document_labels, region_short

    g = sample_graph()
    for key in ("sh", "sh2"):
        g.add_node("Document", key, label="上海打造未来产业创新高地行动方案", props={"doc_type": "行动方案", "date": "2022-09-01"})
        g.add_edge(f"Document/{key}", "COVERS_REGION", "Region/上海市")
    labels = document_labels(g)
    assert labels["sh"] == "上海 2022 行动方案 #1" and labels["sh2"] == "上海 2022 行动方案 #2"
    data = payload.build_payload(views.graph_view(g), g)
    doc = next(n for n in data["nodes"] if n["id"] == "Document/sh")
    assert (doc["label"], doc["title"]) == ("上海 2022 行动方案 #1", "上海打造未来产业创新高地行动方案")
    assert next(d for d in data["documents"] if d["id"] == "sh")["short"] == "上海 2022 行动方案 #1"
    assert region_short("重庆市", ["重庆"]) == "重庆" and region_short("内蒙古自治区") == "内蒙古"


def test_query_view_adds_each_rows_documents(graph):
    rows = [{"field": "Field/合成生物", "sources": ["sh", "cq"]}, {"field": "Field/卫星互联网"}]
    v = views.query_view(graph, rows, lambda s: s if s in graph else None, "fields")
    assert v.extra["query"]["row_docs"] == [["Document/sh", "Document/cq"], ["Document/cq"]]
    assert {"Document/sh", "Document/cq"} <= set(v.graph.nodes)
    assert v.extra["query"]["rows"][0][1] == {"t": "sh、cq", "ns": ["Document/sh", "Document/cq"]}


def test_focus_errors(graph):
    with pytest.raises(PolicyKGError, match="no node named '脑机'.*脑机接口"):
        views.focus_view(graph, "脑机")
    g = sample_graph()
    g.add_node("Cluster", "上海市/脑机接口", label="脑机接口")
    with pytest.raises(PolicyKGError, match="names 2 nodes"):
        views.focus_view(g, "脑机接口")
    with pytest.raises(PolicyKGError, match="depth"):
        views.focus_view(graph, "脑机接口", -1)


def test_compare_columns_and_shared(graph):
    v = views.compare_view(graph, "上海", "重庆市")
    c = v.extra["compare"]
    assert (c["a"], c["b"], c["shared"]) == ("上海市", "重庆市", ["合成生物"])
    assert c["only_a"] == ["脑机接口", "6G技术"] and c["only_b"] == ["卫星互联网"]  # clustered fields first
    assert v.highlight == {"Field/合成生物"}
    xs = {nid: xy[0] for nid, xy in v.positions.items()}
    assert xs["Region/上海市"] < xs["Cluster/上海市/未来健康"] < xs["Field/脑机接口"] < xs["Field/合成生物"]
    assert xs["Field/合成生物"] < xs["Field/卫星互联网"] < xs["Cluster/重庆市/生命科学"] < xs["Region/重庆市"]
    assert ("Cluster/重庆市/生命科学", "INCLUDES_FIELD", "Field/合成生物") in v.graph.edges


def test_compare_shows_related_fields_apart_from_shared():
    g = sample_graph()
    g.add_node("Field", "量子科技", evidence=[Evidence("sh", 0, 4, "量子科技")])
    g.add_node("Field", "量子信息", evidence=[Evidence("cq", 0, 4, "量子信息")])
    g.add_node("Field", "卫星互联网及应用", evidence=[Evidence("sh", 0, 4, "卫星互联网及应用")])
    for doc, f in (("sh", "量子科技"), ("cq", "量子信息"), ("sh", "卫星互联网及应用")):
        g.add_edge(f"Document/{doc}", "HAS_FIELD", f"Field/{f}")
    g.add_edge("Field/量子信息", "RELATED", "Field/量子科技")
    c = views.compare_view(g, "上海", "重庆").extra["compare"]
    assert c["shared"] == ["合成生物"]
    assert {(r["a_label"], r["b_label"], r["kind"]) for r in c["related"]} == {
        ("量子科技", "量子信息", "related"), ("卫星互联网及应用", "卫星互联网", "name")}
    assert set(c["only_a"][:2]) == {"量子科技", "卫星互联网及应用"} and set(c["only_b"][:2]) == {"量子信息", "卫星互联网"}


def test_compare_errors(graph):
    with pytest.raises(PolicyKGError, match="did you mean: 上海市, 重庆市"):
        views.compare_view(graph, "北京", "上海")
    with pytest.raises(PolicyKGError, match="two different regions"):
        views.compare_view(graph, "上海", "上海市")


def test_query_view_from_rows(graph):
    rows = [{"field": "Field/脑机接口", "n": 1}, {"field": "Field/合成生物", "n": 2}, {"field": "not a node", "n": 3}]
    v = views.query_view(graph, rows, lambda s: s if s in graph else None, "fields", {"region": "上海市"})
    assert v.highlight == {"Field/脑机接口", "Field/合成生物"}
    assert "Cluster/上海市/未来健康" in v.graph.nodes  # links both answers
    q = v.extra["query"]
    assert q["columns"] == ["field", "n"] and q["rows"][0] == [{"t": "Field/脑机接口", "n": "Field/脑机接口"}, {"t": "1"}]
    assert "region=上海市" in v.subtitle
    with pytest.raises(PolicyKGError, match="no graph nodes"):
        views.query_view(graph, [{"x": "1"}], lambda s: None)


def test_query_rows_with_iris(graph):
    rows = [{"f": str(rdf.iri("Field/脑机接口"))}, {"f": str(rdf.iri("Cluster/上海市/未来健康"))}]
    page = viz_html.render_html(graph, "query", rows=rows, to_node_id=inputs.iri_to_node_id, query="q")
    assert {n["id"] for n in page_data(page)["nodes"] if n.get("hl")} == {"Field/脑机接口", "Cluster/上海市/未来健康"}
    assert inputs.iri_to_node_id("https://example.org/x") is None and inputs.iri_to_node_id("plain") is None


@pytest.mark.parametrize("mode,kwargs", [("graph", {}), ("focus", {"focus": "合成生物", "depth": 2}),
                                         ("compare", {"regions": ["上海市", "重庆市"]}),
                                         ("query", {"rows": [{"a": "Field/脑机接口"}]})])
def test_render_every_mode(graph, mode, kwargs):
    data = page_data(viz_html.render_html(graph, mode, **kwargs))
    assert data["meta"]["mode"] == mode and data["nodes"]


def test_unknown_mode_and_missing_arguments(graph):
    for mode, kwargs in (("nope", {}), ("focus", {}), ("compare", {"regions": ["上海"]})):
        with pytest.raises(PolicyKGError):
            viz_html.render_html(graph, mode, **kwargs)


# -- layout ---------------------------------------------------------------------------
def test_layout_deterministic_separated_and_pinned():
    ids = [f"n{i}" for i in range(60)]
    edges = [(ids[i], ids[(i * 7) % 40]) for i in range(40)]  # 20 isolated nodes too
    a = layout.spring_positions(ids, edges, pinned={"n0": (5.0, 5.0)})
    assert a == layout.spring_positions(ids, edges, pinned={"n0": (5.0, 5.0)})
    assert set(a) == set(ids) and a["n0"] == (5.0, 5.0)
    assert len(set(a.values())) == len(ids)


def test_layout_large_graph_uses_sampling():
    n = layout.EXACT_LIMIT + 300
    ids = [str(i) for i in range(n)]
    pos = layout.spring_positions(ids, [(str(i), str(i // 10)) for i in range(1, n)])
    xs = [p[0] for p in pos.values()]
    assert len(pos) == n and max(xs) - min(xs) > 10 * layout.EDGE_LENGTH


# -- inputs and the command -------------------------------------------------------------
def test_parse_params():
    assert parse_params(["a=1", "b=x=y"]) == {"a": "1", "b": "x=y"}
    with pytest.raises(PolicyKGError):
        parse_params(["novalue"])


@pytest.fixture
def digest_dir(tmp_path, gold_digests):
    for stem, digest in gold_digests.items():
        (tmp_path / f"{stem}.json").write_text(json.dumps(digest, ensure_ascii=False), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("extra", [[], ["--focus", "脑机接口", "--depth", "2"], ["--compare", "上海", "重庆"]])
def test_cli_writes_pages(digest_dir, tmp_path, extra, capsys):
    out = tmp_path / "view.html"
    assert main(["viz", "--graph", str(digest_dir), "-o", str(out), *extra]) == 0
    assert "wrote" in capsys.readouterr().out
    data = page_data(out.read_text(encoding="utf-8"))
    assert len(data["nodes"]) > 10 and len(data["documents"]) >= 2


@pytest.mark.parametrize("args,msg", [
    (["--focus", "a", "--compare", "b", "c"], "choose one of"),
    (["--param", "a=1"], "--param goes with --query"),
    (["--focus", "没有这个"], "no node named"),
])
def test_cli_errors_are_one_line(digest_dir, tmp_path, args, msg, capsys):
    assert main(["viz", "--graph", str(digest_dir), "-o", str(tmp_path / "x.html"), *args]) == 2
    err = capsys.readouterr().err
    assert msg in err and err.count("\n") == 1 and not (tmp_path / "x.html").exists()


def test_gold_compare_finds_shared_fields(gold_digests):
    g = build_graph(gold_digests.values())
    v = views.compare_view(g, "上海市", "重庆市")
    assert v.extra["compare"]["shared"] and v.extra["compare"]["only_a"] and v.extra["compare"]["only_b"]
