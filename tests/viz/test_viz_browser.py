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
