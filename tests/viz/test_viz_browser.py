"""HTML views in Debian's headless Chromium, with the network unusable.

How "nothing left the machine" is checked (see :mod:`policykg.viz.snapshots`):

1. Chromium's host resolver maps every name to "not found", so no request
   could reach a server even if a page tried;
2. Chromium's NetLog is read back and every request a *page* started (the
   browser's own background requests carry the initiator "not an origin") must
   have a local scheme (file, data, blob) — :func:`test_network_check_sees_requests`
   shows that this check does catch an image, a stylesheet and a fetch;
3. the page writes the non-``data:`` entries of its Resource Timing list
   (which includes failed loads) into ``<html data-external>``.

"The graph drew" is read from the page too: once vis-network has drawn its
first frame the script writes the node count, the number of positioned nodes
and an ink count (sampled non-white canvas pixels) into ``<html data-*>``,
which ``--dump-dom`` returns.
"""

from __future__ import annotations

import html
import urllib.parse

import pytest
from viz_samples import IMG, SCRIPT, Tags, sample_graph

from policykg.viz.html import write_html
from policykg.viz.snapshots import external_requests, find_chromium, snapshot

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(find_chromium() is None, reason="chromium is not installed")]

MODES = {
    "graph": {},
    "focus": {"focus": "合成生物", "depth": 2},
    "compare": {"regions": ["上海", "重庆"]},
    "query": {"rows": [{"f": "Field/脑机接口"}, {"f": "Field/合成生物"}], "query": "fields"},
}


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict:
    """One page per mode, written to a folder with a Chinese name."""
    folder = tmp_path_factory.mktemp("视图")
    g = sample_graph()
    return {mode: write_html(g, folder / f"{mode}.html", mode, **kw) for mode, kw in MODES.items()}


@pytest.mark.parametrize("mode", list(MODES))
def test_every_mode_draws_offline(pages, mode):
    from policykg.viz.html import make_view

    expected = len(make_view(sample_graph(), mode, **MODES[mode]).graph)
    snap = snapshot(pages[mode])
    assert snap.attr("state") == "ready", snap.attrs
    assert snap.attr("nodes") == snap.attr("positions") == str(expected)
    assert int(snap.attr("ink")) > 20, "the canvas is blank"
    assert "errors" not in snap.attrs, snap.attr("last-error")
    assert snap.attr("external") == "0", snap.attr("external-urls")
    assert external_requests(snap.page_requests) == []


@pytest.mark.parametrize("needle,expected", [("<img", "Field/6G技术"), ("<script>", f"Organization/{SCRIPT}")])
def test_injected_markup_is_shown_as_text(pages, needle, expected):
    """Search finds the node by its nasty alias/name; details show it as text; nothing runs."""
    snap = snapshot(pages["graph"], fragment="search=" + urllib.parse.quote(needle))
    assert snap.attr("state") == "ready" and "pwned" not in snap.attrs
    assert html.unescape(snap.attr("selected")) == expected
    tags = Tags()
    tags.feed(snap.dom)
    assert "img" not in {t for t, _ in tags.tags}
    assert sum(1 for t, _ in tags.tags if t == "script") == 3
    shown = IMG if needle == "<img" else SCRIPT
    assert html.escape(shown, quote=False) in snap.dom


def test_chinese_text_reaches_the_page(pages):
    snap = snapshot(pages["compare"])
    assert "共有 Shared" in snap.dom and "仅 上海市" in snap.dom and "合成生物" in snap.dom


def test_screenshot_is_not_blank(pages, tmp_path):
    blank = tmp_path / "blank.html"
    blank.write_text("<!DOCTYPE html><html><body></body></html>", encoding="utf-8")
    snapshot(blank, screenshot=tmp_path / "blank.png")
    snapshot(pages["compare"], screenshot=tmp_path / "compare.png")
    png = (tmp_path / "compare.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(png) > 5 * (tmp_path / "blank.png").stat().st_size


def test_network_check_sees_requests(tmp_path):
    """The negative control: a page that does try the network is caught (and gets nowhere)."""
    page = tmp_path / "leaky.html"
    page.write_text('<!DOCTYPE html><html><head><link rel="stylesheet" href="https://cdn.invalid/x.css">'
                    '</head><body><img src="http://policykg.invalid/x.png">'
                    '<script>fetch("https://api.invalid/y").catch(function () {});</script></body></html>',
                    encoding="utf-8")
    snap = snapshot(page)
    leaked = external_requests(snap.page_requests)
    assert {"https://cdn.invalid/x.css", "http://policykg.invalid/x.png", "https://api.invalid/y"} <= set(leaked)


# -- readability on the bundled corpus at 1440×900 -------------------------------------------------
@pytest.fixture(scope="module")
def corpus_pages(tmp_path_factory) -> dict:
    """The bundled corpus's graph, query and focus views."""
    from policykg import query
    from policykg.pipeline.cache import default_graph_dir
    from policykg.pipeline.folder import open_build
    from policykg.viz.inputs import iri_to_node_id

    folder, out = default_graph_dir(), tmp_path_factory.mktemp("corpus-views")
    g = open_build(folder)
    rows = [dict(r) for r in query.run("shared-fields", {"city_a": "上海", "city_b": "重庆"}, folder)]
    return {"graph": write_html(g, out / "graph.html"),
            "query": write_html(g, out / "query.html", "query", rows=rows, to_node_id=iri_to_node_id,
                                query="shared-fields"),
            "focus": write_html(g, out / "focus.html", "focus", focus="脑机接口", depth=2)}


def label_stats(snap) -> dict[str, float]:
    """``<html data-labels>``: what the page's label layer drew in its last frame."""
    return {k: float(v) for k, v in (part.split(":") for part in snap.attr("labels").split())}


@pytest.mark.parametrize("mode", ["graph", "query", "focus"])
def test_documents_regions_clusters_are_legible_at_the_default_zoom(corpus_pages, mode):
    """Every document, region and cluster in the window has its label, ≥ 12 px, none overlapping."""
    snap = snapshot(corpus_pages[mode])
    assert snap.attr("state") == "ready" and "errors" not in snap.attrs, snap.attrs
    stats = label_stats(snap)
    assert stats["major"] >= (10 if mode == "graph" else 3), stats
    assert stats["major-missing"] == 0 and stats["min-px"] >= 12 and stats["overlaps"] == 0, stats
    if mode == "graph":
        assert stats["scale"] < 0.75 and stats["drawn"] == stats["major"], "other labels wait for zoom"


def test_documents_are_labelled_short_and_distinct(corpus_pages):
    data = page_data_of(corpus_pages["graph"])
    docs = [n for n in data["nodes"] if n["type"] == "Document"]
    labels = [n["label"] for n in docs]
    assert len(set(labels)) == len(labels) and "上海 2022 行动方案" in labels
    assert all(len(x) <= 16 for x in labels) and all(n["title"] and n["title"] != n["label"] for n in docs)


def test_a_searched_node_is_centred_with_its_label_enlarged(corpus_pages):
    snap = snapshot(corpus_pages["graph"], fragment="search=" + urllib.parse.quote("脑机接口"))
    assert html.unescape(snap.attr("selected")) == "Field/脑机接口"
    stats = label_stats(snap)
    assert stats["focus-px"] >= 18 and stats["overlaps"] == 0, stats
    assert int(snap.attr("focus-offset")) <= 3


def test_query_view_draws_the_documents_of_every_row(corpus_pages):
    data = page_data_of(corpus_pages["query"])
    row_docs = data["extra"]["query"]["row_docs"]
    assert row_docs and all(row_docs)
    assert "Document/shanghai-2025-frontier-measures" in {d for ds in row_docs for d in ds}  # 生物制造's source
    snap = snapshot(corpus_pages["query"])
    assert snap.attr("row-docs-missing") == "0"
    assert "上海 2025 若干措施" in snap.dom and "shanghai-2025-frontier-measures</button>" not in snap.dom


def page_data_of(page) -> dict:
    import json
    import re

    text = page.read_text(encoding="utf-8")
    return json.loads(re.search(r'id="policykg-data">(.*?)</script>', text, re.S).group(1))
