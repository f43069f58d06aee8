"""The region × field matrix view: its data (fast) and the page in headless Chromium (``-m browser``)."""

from __future__ import annotations

import html
import json
import re
import urllib.parse

import pytest
from viz_samples import IMG, SCRIPT, Tags, sample_graph

from policykg.cli import main
from policykg.errors import PolicyKGError
from policykg.model import Evidence
from policykg.viz.matrix import matrix_data, render_matrix, write_matrix
from policykg.viz.snapshots import external_requests, find_chromium, snapshot

needs_chromium = pytest.mark.skipif(find_chromium() is None, reason="chromium is not installed")


def quantum_graph():
    """The sample graph with 量子科技 (上海) and 量子信息 (重庆), RELATED, both under 未来信息."""
    g = sample_graph()
    for doc, name in (("sh", "量子科技"), ("cq", "量子信息")):
        g.add_node("Field", name, evidence=[Evidence(doc, 0, 4, f"发展{name}")])
        g.add_edge(f"Document/{doc}", "HAS_FIELD", f"Field/{name}", evidence=[Evidence(doc, 0, 4, f"发展{name}")])
    g.add_node("Field", "未来信息")
    g.add_edge("Field/量子科技", "BROADER", "Field/未来信息")
    g.add_edge("Field/量子信息", "BROADER", "Field/未来信息")
    g.add_edge("Field/量子信息", "RELATED", "Field/量子科技")
    g.add_edge("Document/sh", "HAS_FIELD", "Field/未来信息", evidence=[Evidence("sh", 0, 4, "未来信息")])
    return g


def test_cells_count_documents_and_say_how():
    m = matrix_data(quantum_graph())
    rows = [r["label"] for r in m["rows"]]
    cols = [c["label"] for c in m["cols"]]
    assert rows == ["上海市", "重庆市"]
    cell = {(rows[c["r"]], cols[c["c"]]): c for c in m["cells"]}
    assert cell[("上海市", "合成生物")]["kinds"] == ["cluster"] and cell[("上海市", "6G技术")]["kinds"] == ["doc"]
    assert cell[("重庆市", "合成生物")]["quotes"][0]["q"] == "Cluster/重庆市/生命科学→Field/合成生物"
    assert cell[("上海市", "量子科技")]["n"] == 1 and cell[("上海市", "量子科技")]["docs"] == ["sh"]


def test_related_and_broader_fields_are_side_by_side_and_marked():
    m = matrix_data(quantum_graph())
    cols = [c["label"] for c in m["cols"]]
    i = cols.index("量子科技")
    assert {cols[i - 1], cols[i + 1]} & {"量子信息"} and cols.index("未来信息") < i
    col = m["cols"][i]
    assert col["group"] == "未来信息" and cols[col["broader"]] == "未来信息"
    assert [cols[j] for j in col["related"]] == ["量子信息"]
    assert sorted(cols[j] for j in m["cols"][cols.index("未来信息")]["narrower"]) == ["量子信息", "量子科技"]


def test_rows_by_document_and_columns_by_cluster():
    m = matrix_data(sample_graph(), rows="document", cols="cluster")
    assert {r["id"] for r in m["rows"]} == {"Document/sh", "Document/cq"}
    assert {r.get("title") for r in m["rows"]} == {"上海打造未来产业创新高地行动方案", "重庆市未来产业集群培育行动计划"}
    assert {c["label"] for c in m["cols"]} == {"未来健康产业集群", "生命科学产业集群"}
    with pytest.raises(PolicyKGError, match="--rows must be"):
        matrix_data(sample_graph(), rows="district")


def test_page_is_offline_and_escapes_names():
    g = quantum_graph()
    g.add_node("Field", IMG, evidence=[Evidence("cq", 0, 3, SCRIPT)])
    g.add_edge("Document/cq", "HAS_FIELD", f"Field/{IMG}", evidence=[Evidence("cq", 0, 3, SCRIPT)])
    page = render_matrix(g)
    tags = Tags()
    tags.feed(page)
    assert "img" not in {t for t, _ in tags.tags}
    assert [a for t, a in tags.tags if t == "script"] == [{"type": "application/json", "id": "policykg-data"}, {}]
    assert not any({"src", "href"} & set(a) for _, a in tags.tags)
    csp = next(a["content"] for t, a in tags.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    raw = re.search(r'id="policykg-data">(.*?)</script>', page, re.S).group(1)
    assert "<" not in raw and json.loads(raw)["cols"]


def test_cli_writes_the_matrix(tmp_path, capsys):
    out = tmp_path / "m.html"
    assert main(["viz", "--matrix", "--rows", "document", "--cols", "cluster", "-o", str(out)]) == 0
    assert "matrix view, document × cluster" in capsys.readouterr().out and out.stat().st_size > 1000
    assert main(["viz", "--matrix", "--focus", "x", "-o", str(tmp_path / "x.html")]) == 2
    assert "choose one of" in capsys.readouterr().err


@pytest.fixture(scope="module")
def matrix_page(tmp_path_factory):
    return write_matrix(quantum_graph(), tmp_path_factory.mktemp("矩阵") / "matrix.html")


@pytest.mark.browser
@needs_chromium
@pytest.mark.parametrize("fragment", ["", "sort=" + urllib.parse.quote("量子信息")])
def test_matrix_draws_offline_and_sorts(matrix_page, fragment):
    snap = snapshot(matrix_page, fragment=fragment)
    assert snap.attr("state") == "ready" and "errors" not in snap.attrs, snap.attrs
    assert (snap.attr("rows"), snap.attr("cells")) == ("2", str(len(matrix_data(quantum_graph())["cells"])))
    assert float(snap.attr("min-px")) >= 12 and snap.attr("external") == "0"
    assert external_requests(snap.page_requests) == []
    body = snap.dom.split("<tbody>", 1)[1]
    first = re.search(r"<th[^>]*>([^<]+)</th>", body).group(1)
    assert first == ("重庆市" if fragment else "上海市")  # sorted by 量子信息: 重庆 first


@pytest.mark.browser
@needs_chromium
def test_matrix_cell_click_shows_quotes(matrix_page):
    snap = snapshot(matrix_page, fragment="cell=" + urllib.parse.quote("重庆市|量子信息"))
    assert html.unescape(snap.attr("selected")) == "重庆市|量子信息"
    details = snap.dom.split('id="details"', 1)[1].split("<main", 1)[0]
    assert "发展量子信息" in details and "重庆市 × 量子信息" in details and "发展量子科技" not in details
