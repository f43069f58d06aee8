"""Property-based tests (hypothesis) of normalization, the outline parser, number and
amount parsing and whole extraction: no exception on arbitrary text, and every
evidence span maps back to its quote in the normalized text.

Texts mix CJK, outline markers (``一、（一）1.①第三条``), Chinese and Arabic
numerals, punctuation, HTML fragments and real corpus lines.
"""

from __future__ import annotations

import codecs
import os

import pytest
from conftest import CORPUS
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from policykg.errors import InputError
from policykg.loaders import extract_text
from policykg.loaders.reading.document import Doc
from policykg.loaders.reading.outline import Outline
from policykg.loaders.reading.text import chinese_numerals_to_arabic, cn_number, decode, normalize
from policykg.loaders.rules.programmes import funding
from policykg.loaders.rules.targets import extract_targets

#: ``POLICYKG_PROPERTY_EXAMPLES=5000 pytest tests/loaders/test_properties.py`` for a deeper search
SETTINGS = settings(max_examples=int(os.environ.get("POLICYKG_PROPERTY_EXAMPLES", "150")), deadline=None, suppress_health_check=[HealthCheck.too_slow])

MARKERS = ["一、", "二、", "三、", "十一、", "（一）", "（二）", "(三)", "1.", "2.", "3、", "10.", "（1）", "(2)",
           "①", "②", "⑳", "第一章", "第二章", "第三条", "第十二条", "第一节", "第1条"]
NUMERALS = ["零", "〇", "一", "二", "两", "三", "十", "百", "千", "万", "亿", "十五", "二〇三〇", "三千五百",
            "1.5", "2030", "5000", "0", "-1", "99.99", "１２", "100%", "30％", "10-15", "1e9"]
UNITS = ["年", "月", "日", "个", "家", "项", "亿元", "万元", "元", "千万元", "%", "倍", "大", "左右", "以上", "个百分点"]
PUNCT = list("，。；：、！？（）()《》“”‘’\"'[]【】…—-·/\\|{}<>&#$% \n\n\t\u3000\u200b\ufeff\r")
WORDS = ["未来产业", "脑机接口", "量子计算", "合成生物", "先导区", "产业集群", "浦东新区", "临港新片区", "市科委",
         "行动方案", "若干措施", "保障措施", "发展目标", "到2030年", "力争", "目前已有", "给予最高", "不超过",
         "“筑基计划”", "实施", "工程", "专项", "行动", "上海市", "重庆市", "經濟資訊化委員會", "发佈", "等领域"]
HTML = ["<p>", "</p>", "<div class=\"x\">", "</div>", "<br/>", "<script>alert(1)</script>", "<style>p{}</style>",
        "<table><tr><td>产值</td><td>5000亿元</td></tr></table>", "&amp;", "&lt;", "&#x4e00;", "<!-- c -->",
        "<html>", "<nav>首页</nav>", "</body>"]


def _corpus_lines() -> list[str]:
    lines = []
    for p in sorted(CORPUS.glob("*.txt")):
        lines += [ln for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return lines


def to_simplified_always(text: str) -> str:
    """OpenCC's traditional → simplified conversion, without the share threshold."""
    import opencc

    return opencc.OpenCC("t2s").convert(text)


CORPUS_LINES = _corpus_lines()
RARE_SPACES = "\f\v\x1c\x1d\x1e\x1f\x85\xa0\u2028\u2029"
cjk = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
token = st.one_of(
    st.sampled_from(MARKERS), st.sampled_from(NUMERALS), st.sampled_from(UNITS), st.sampled_from(PUNCT),
    st.sampled_from(WORDS), st.sampled_from(HTML), st.text(cjk, min_size=1, max_size=6),
    st.text(min_size=1, max_size=4),
)
#: mixed text: markers, numerals, punctuation, HTML and arbitrary characters
mixed = st.lists(token, max_size=80).map("".join)
#: a document: lines that are headings, corpus lines, or mixed text
line = st.one_of(
    st.tuples(st.sampled_from(MARKERS), st.sampled_from(WORDS + CORPUS_LINES[:40])).map("".join),
    st.sampled_from(CORPUS_LINES),
    mixed,
)
document = st.lists(line, min_size=1, max_size=30).map("\n".join)


# -- normalization and decoding -------------------------------------------------------------
@SETTINGS
@given(st.one_of(mixed, st.text()))
def test_normalize_never_raises(text):
    out = normalize(text)
    assert isinstance(out, str) and out == out.strip()
    assert "\r" not in out and "\u3000" not in out and "\n\n\n" not in out


@SETTINGS
@given(document)
def test_normalize_is_idempotent_on_documents(text):
    """Simplified text only: whether mixed-script text is converted to simplified is
    decided from the share of traditional characters, which changes once
    boilerplate lines are gone, so a second pass may convert what the first left.
    Form feeds and other rare separators become spaces only after the CJK/ASCII
    gap rule has run (``零\f0`` → ``零 0`` → ``零0``), so they are left out too."""
    assume(to_simplified_always(text) == text and not any(c in RARE_SPACES for c in text))
    once = normalize(text)
    assert normalize(once) == once


@SETTINGS
@given(st.one_of(
    st.binary(max_size=400),
    st.tuples(st.one_of(mixed, document), st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-le",
                                                           "utf-16-be", "utf-32", "big5"]))
    .map(lambda t: t[0].encode(t[1], errors="ignore")),
))
def test_decode_gives_text_or_one_input_error(data):
    try:
        text = decode(data, name="x")
    except InputError as exc:
        assert str(exc).startswith("x: ") and "\n" not in str(exc)
    else:
        assert isinstance(text, str) and text.strip()


@SETTINGS
@given(st.one_of(mixed, document).filter(lambda t: t.strip()))
def test_decode_round_trips_utf8_and_bom_encodings(text):
    assume(not text.startswith("\ufeff"))  # a leading U+FEFF is read as a byte-order mark
    for data in (text.encode("utf-8"), codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
                 codecs.BOM_UTF8 + text.encode("utf-8")):
        try:
            assert decode(data) == text
        except InputError:
            pass  # control-character noise is refused as binary: a clear error is fine


# -- numbers and amounts -----------------------------------------------------------------------
@SETTINGS
@given(st.one_of(st.lists(st.sampled_from(NUMERALS + ["点", "负", "分之"]), max_size=8).map("".join), st.text(max_size=12)))
def test_cn_number_gives_a_number_or_none(s):
    v = cn_number(s)
    assert v is None or isinstance(v, (int, float))


@SETTINGS
@given(mixed)
def test_chinese_numerals_to_arabic_never_raises(text):
    out = chinese_numerals_to_arabic(text)
    assert isinstance(out, str)
    if not any(c in "零〇一二两三四五六七八九十百千" for c in text):
        assert out == text


@SETTINGS
@given(st.one_of(mixed, st.lists(st.sampled_from(["给予最高", "不超过", "按", "奖励", "资助"] + NUMERALS + UNITS
                                               + ["支持", "，", "。", "费用", "的"]), max_size=30).map("".join)))
def test_funding_amounts_and_ratio_are_sane(text):
    amounts, ratio = funding(text)
    assert all(isinstance(a, (int, float)) and a >= 0 for a in amounts)
    assert len(amounts) == len(set(amounts))
    assert ratio is None or 0 <= ratio <= 1


# -- the outline and targets -----------------------------------------------------------------------
@SETTINGS
@given(document)
def test_outline_sections_are_nested_spans(text):
    outline = Outline.parse(text)
    starts = [s.start for s in outline.sections]
    assert starts == sorted(starts)
    for s in outline.sections:
        assert 0 <= s.start <= s.title_start <= s.title_end <= s.end <= len(text)
        assert s.title == text[s.title_start:s.title_end].strip()
        assert s.parent is None or (s.parent.start < s.start and s.end <= s.parent.end and s.depth == s.parent.depth + 1)
        assert outline.section_at(s.start) is s or outline.section_at(s.start).start == s.start
    for pos in range(0, len(text) + 1, max(1, len(text) // 20)):
        outline.path_at(pos)


@SETTINGS
@given(document)
def test_targets_never_raise_and_have_years_and_numbers(text):
    norm = normalize(text)
    for t in extract_targets(Doc.from_text(norm, "x")):
        assert t["year"] is None or 1900 <= t["year"] <= 2200
        assert isinstance(t["value"], (int, float)) and t["unit"]
        _check_evidence(norm, t["evidence"])


# -- whole extraction: evidence maps back to the text ------------------------------------------------
def _evidences(obj):
    """Every evidence record of a digest (items' ``evidence`` and the document's per-field ones)."""
    if isinstance(obj, dict):
        if {"start", "end", "quote"} <= obj.keys():
            yield obj
            return
        for v in obj.values():
            yield from _evidences(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _evidences(v)


def _check_evidence(text: str, ev: dict) -> None:
    assert 0 <= ev["start"] <= ev["end"] <= len(text), ev
    assert ev["quote"] in text, ev
    assert text[ev["start"]:ev["end"]].strip() in ev["quote"], (text[ev["start"]:ev["end"]], ev)


@SETTINGS
@given(document)
def test_every_evidence_span_maps_back_to_its_quote(text):
    norm = normalize(text)
    try:
        digest = extract_text(norm, "doc", normalized=True)
    except InputError:
        return  # no (Chinese) text: refused with a clear error
    assert digest["document"]["chars"] == len(norm)
    for ev in _evidences(digest):
        _check_evidence(norm, ev)


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.stem)
def test_corpus_evidence_maps_back(path):
    from policykg.loaders.reading.text import read_document

    norm = read_document(path)
    for ev in _evidences(extract_text(norm, path.stem, normalized=True)):
        _check_evidence(norm, ev)
