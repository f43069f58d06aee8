"""Decoding and normalization: encodings, traditional script, HTML pages, numerals."""

from __future__ import annotations

import codecs

import pytest
from conftest import CORPUS

from policykg.errors import InputError
from policykg.loaders import extract
from policykg.loaders.reading.outline import Outline
from policykg.loaders.reading.text import decode, normalize, read_document

PLAN = CORPUS / "shanghai-2022-action-plan.txt"


def _core(d: dict) -> dict:
    """The comparable content of a digest (no spans: they shift with layout)."""
    return {k: sorted(str(i.get("name", i.get("value"))) for i in v) for k, v in d.items() if k != "document"}


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "utf-16", "utf-16-le", "utf-8-sig"])
def test_encodings_give_the_same_digest(tmp_path, encoding):
    text = PLAN.read_text(encoding="utf-8")
    data = text.encode(encoding)
    if encoding == "utf-16-le":
        data = codecs.BOM_UTF16_LE + data if False else data
    p = tmp_path / f"plan-{encoding}.txt"
    p.write_bytes(data)
    assert read_document(p) == read_document(PLAN)
    assert _core(extract(p)) == _core(extract(PLAN))


def test_traditional_chinese_gives_the_same_fields(tmp_path):
    import opencc

    trad = opencc.OpenCC("s2t").convert(PLAN.read_text(encoding="utf-8"))
    p = tmp_path / "plan-trad.txt"
    p.write_text(trad, encoding="utf-8")
    a, b = extract(p), extract(PLAN)
    for key in ("fields", "clusters", "targets"):
        assert _core(a)[key] == _core(b)[key], key


def test_html_page_gives_the_same_digest(tmp_path):
    lines = PLAN.read_text(encoding="utf-8").split("\n")
    body = "".join(f"<p>{ln}</p>\n" for ln in lines if ln.strip())
    page = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>t</title>"
            "<script>var x='<p>未来</p>';</script><style>p{}</style></head><body>"
            "<nav><a href='/'>首页</a> &gt; <a>政策</a></nav><div class='content'>" + body +
            "<table><tr><td>附件</td><td>下载</td></tr></table></div><footer>版权所有 ICP备123</footer></body></html>")
    p = tmp_path / "plan.html"
    p.write_text(page, encoding="utf-8")
    assert _core(extract(p)) == _core(extract(PLAN))


def test_boilerplate_is_stripped():
    text = "未来产业政策正文。\n投资咨询热线\n400-168-6016\n• 招商引资政策\n政策下载\n在线咨询"
    assert normalize(text) == "未来产业政策正文。"


def test_a_furniture_line_keeps_its_source_and_date_and_a_document_number_stays():
    assert normalize("标题\n[来源:某某日报 编辑:王某]\n正文。") == "标题\n[来源:某某日报]\n正文。"
    assert normalize("标题\n2024-03-08 16:06:23来源:某某日报编辑:薛某责编:冯某某\n正文。") == "标题\n2024-03-08 16:06:23来源:某某日报\n正文。"
    assert normalize("标题\n【信息来源:某某 信息时间:2024-03-01 阅读次数:】\n正文。") == "标题\n【信息来源:某某 信息时间:2024-03-01】\n正文。"
    assert normalize("标题\n发文字号:某政办发〔2025〕2号\n正文。") == "标题\n发文字号:某政办发〔2025〕2号\n正文。"
    assert normalize("正文。\n字号:大 中 小\n分享到:微信") == "正文。"


def test_numerals():
    assert normalize("到二〇三〇年建成十五个先导区，产值三千亿元") == "到2030年建成15个先导区，产值3000亿元"
    assert normalize("党的十九大，一带一路，第一批，一是") == "党的十九大，一带一路，第一批，一是"
    assert normalize("在石河子市、五家渠市和五台县建设五家企业") == "在石河子市、五家渠市和五台县建设5家企业"  # places keep their numerals
    assert normalize("实施全面振兴新突破三年行动，建设百万千瓦级光伏基地三个") == "实施全面振兴新突破三年行动，建设百万千瓦级光伏基地3个"


def test_full_width_forms():
    assert normalize("６Ｇ技术，占比３０％") == "6G技术，占比30%"


@pytest.mark.parametrize("data,msg", [
    (b"", "empty"), (b"   \n\t ", "empty"), (bytes(range(256)) * 20, "binary"),
])
def test_unreadable_input(data, msg):
    with pytest.raises(InputError, match=msg):
        decode(data, "x")


def test_one_line_document_outline():
    text = read_document(CORPUS / "chongqing-2024-action-plan.txt")
    titles = [s.title for s in Outline.parse(text).sections if s.depth == 1]
    assert titles == ["总体要求", "发展重点", "工作举措", "保障措施"]


def test_a_variant_character_opencc_leaves_becomes_the_places_own():
    from policykg.loaders.reading.text import normalize

    assert normalize("陜西政協網 發布時間:2024-09-03 光子產業鏈是我省制造業重點產業鏈之一。").startswith("陕西政协网")
