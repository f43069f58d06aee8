"""The overview a large corpus's whole view becomes: regions, clusters, fields, documents by region and year."""

from __future__ import annotations

import html
import json
import re
import urllib.parse

import pytest
from viz_samples import sample_graph

from policykg.viz import html as viz_html
from policykg.viz.bench_views import synthetic_graph
from policykg.viz.snapshots import find_chromium, snapshot


def page_data(page: str) -> dict:
    return json.loads(re.search(r'id="policykg-data">(.*?)</script>', page, re.S).group(1))


def test_large_graphs_get_the_overview_small_ones_everything(monkeypatch):
    g = sample_graph()
    assert viz_html.make_view(g, "graph").extra == {}
    monkeypatch.setattr(viz_html, "OVERVIEW_LIMIT", 5)
    v = viz_html.make_view(g, "graph")
    assert {n.type for n in v.graph} == {"Region", "Cluster", "Field", "Document"}
    groups = sorted(n.label for n in v.graph.nodes_of("Document"))
    assert groups == ["上海 — · 1 份", "重庆 — · 1 份"]
    docs = v.extra["overview"]["docs"]
    assert {d["k"] for d in docs} == {"sh", "cq"}
    cq = next(d for d in docs if d["k"] == "cq")
    assert [v.extra["overview"]["fields"][i] for i in cq["f"]] == ["Field/卫星互联网"]
    assert cq["n"] == {"Cluster": 1, "Organization": 1} and cq["t"] == "重庆市未来产业集群培育行动计划"
    assert ("Document/group/重庆市/—", "HAS_FIELD", "Field/卫星互联网") in v.graph.edges
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
    return viz_html.write_html(synthetic_graph(3600), page)


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
