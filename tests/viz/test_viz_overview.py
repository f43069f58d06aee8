"""The overview a large corpus's whole view becomes: regions, clusters, fields, documents by region and year."""

from __future__ import annotations

import html
import json
import re
import urllib.parse

import pytest
from viz_samples import sample_graph

from policykg.devtools.bench_views import synthetic_graph
from policykg.viz import html as viz_html
from policykg.viz.snapshots import find_chromium, snapshot


def page_data(page: str) -> dict:
    return json.loads(re.search(r'id="policykg-data">(.*?)</script>', page, re.S).group(1))


def test_large_graphs_get_the_overview_small_ones_everything(monkeypatch):
    g = sample_graph()
    assert viz_html.make_view(g, "graph").extra == {}
    monkeypatch.setattr(viz_html, "OVERVIEW_LIMIT", 5)
    v = viz_html.make_view(g, "graph")
    assert {n.type for n in v.graph} == {"Region", "Field", "Document"}
    assert sorted(n.label for n in v.graph.nodes_of("Document")) == ["上海 — · 1 份", "重庆 — · 1 份"]
    ov = v.extra["overview"]
    cq = next(d for d in ov["docs"] if d[0] == "cq")
    assert cq[2] == "重庆市未来产业集群培育行动计划" and ov["groups"][cq[3]] == "Document/group/重庆市/—"
    assert [ov["fields"][i] for i in cq[4]] == ["Field/卫星互联网"]
    assert dict(zip(ov["kinds"], cq[5], strict=True))["Organization"] == 1
    assert ov["clusters"]["Region/上海市"] == [["未来健康产业集群", sorted([ov["fields"].index("Field/脑机接口"),
                                                                         ov["fields"].index("Field/合成生物")])]]
    assert ("Region/重庆市", "HAS_FIELD", "Field/卫星互联网") in v.graph.edges  # a document's field
    assert ("Region/上海市", "HAS_FIELD", "Field/脑机接口") in v.graph.edges  # a cluster's field
    assert viz_html.make_view(g, "graph", full=True).extra == {}


def test_overview_of_a_synthetic_corpus_is_small():
    g = synthetic_graph(6000)
    page = viz_html.render_html(g)
    data = page_data(page)
    assert "overview" in data["extra"] and len(data["nodes"]) < len(g) / 3
    assert len(page.encode()) < 5 * 2**20
    assert len(viz_html.render_html(g, full=True).encode()) > len(page.encode())


@pytest.fixture(scope="module")
def overview_page(tmp_path_factory):
    page = tmp_path_factory.mktemp("overview") / "overview.html"
    g = synthetic_graph(3600)
    regions = sorted(n.id for n in g.nodes_of("Region"))
    for i, c in enumerate(sorted(n.id for n in g.nodes_of("Cluster"))):
        g.add_edge(c, "IN_REGION", regions[i % 3])
    return viz_html.write_html(g, page)


@pytest.mark.browser
@pytest.mark.skipif(find_chromium() is None, reason="chromium is not installed")
def test_overview_draws_and_a_group_opens_in_place(overview_page):
    snap = snapshot(overview_page)
    assert snap.attr("state") == "ready" and "errors" not in snap.attrs, snap.attrs
    drawn = int(snap.attr("nodes"))
    stats = dict(part.split(":") for part in snap.attr("labels").split())
    assert stats["forced-missing"] == "0" and float(stats["min-px"]) >= 12
    data = page_data(overview_page.read_text(encoding="utf-8"))
    group = next(n for n in data["nodes"] if n["id"].startswith("Document/group/"))
    opened = snapshot(overview_page, fragment="expand=" + urllib.parse.quote(group["label"].split(" · ")[0]))
    assert "errors" not in opened.attrs, opened.attr("last-error")
    size = int(group["label"].split(" · ")[1].removesuffix(" 份"))
    assert int(opened.attr("expanded")) == size and int(opened.attr("nodes")) == drawn + size
    assert html.unescape(opened.attr("selected")) == group["id"]
    region = next(r for r, items in data["extra"]["overview"]["clusters"].items() if items)
    label = next(n["label"] for n in data["nodes"] if n["id"] == region)
    shown = snapshot(overview_page, fragment="expand=" + urllib.parse.quote(label))
    assert int(shown.attr("expanded")) == len(data["extra"]["overview"]["clusters"][region])
