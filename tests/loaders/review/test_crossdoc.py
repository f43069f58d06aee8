"""The corpus-level second pass (:mod:`policykg.loaders.review.crossdoc`)."""

from __future__ import annotations

import json
import shutil
import sys

import pytest

from policykg.loaders import extract
from policykg.loaders.review.crossdoc import Lexicon, recognize
from policykg.pipeline.build import bundled_corpus
from policykg.pipeline.extract_files import extract_all


@pytest.mark.usefixtures("rules_only")  # the rules' proposals, before the learned screen judges them
def test_a_name_typed_in_one_document_is_recognized_in_another(monkeypatch):
    # the learned tagger, trained on sets that name this park, would find it alone: the second pass is tested here
    monkeypatch.setattr(sys.modules["policykg.loaders.extract"], "tag_items", lambda doc, digest: digest)
    typed = extract("以华苑片区为核心，打造“中国脑机谷”。", doc_id="a")  # a quoted name: typed with confidence
    lexicon = Lexicon.from_digests([typed])
    assert lexicon.names["中国脑机谷"] == "zone"
    text = "今年,中国脑机谷接待了多批客商。"
    other = extract(text, doc_id="b")
    assert not other["zones"]  # unquoted, 谷 alone says too little
    recognize(other, text, lexicon)
    (zone,) = other["zones"]
    assert zone["name"] == "中国脑机谷" and zone["evidence"]["rule"] == "crossdoc.zone"
    assert zone["evidence"]["quote"] == text


def test_fields_only_where_the_sentence_treats_them_as_fields():
    lexicon = Lexicon.from_digests([])
    d = {"document": {}, "fields": [], "zones": [], "organizations": []}
    recognize(d, "推动人工智能赋能千行百业。我国在量子通信领域处于世界领先水平。6G将扩展到与人工智能、卫星互联网等的跨域融合。"
                 "聚焦氢能产业，建设加氢站。如在新型储能领域,某市计划到2025年建设储能电站。", lexicon)
    # a setting (在…领域) or a passing mention is no field; a setting the sentence commits to is
    assert [f["name"] for f in d["fields"]] == ["氢能", "新型储能"]


@pytest.mark.usefixtures("rules_only")  # the typer would take the vocabulary mention before the second pass
def test_the_second_pass_does_not_depend_on_document_order(tmp_path):
    corpus = tmp_path / "c"
    shutil.copytree(bundled_corpus(), corpus, ignore=shutil.ignore_patterns("*.json", "*.py", "__pycache__"))
    (corpus / "a-zone.txt").write_text("某区加快脑机接口产业发展\n以华苑片区为核心，打造“中国脑机谷”。\n", encoding="utf-8")
    (corpus / "b-mention.txt").write_text("某区企业动态\n多家企业纷纷落户中国脑机谷。\n", encoding="utf-8")
    paths = sorted(corpus.glob("*.txt"))
    forward, _ = extract_all(paths, extract)
    backward, _ = extract_all(list(reversed(paths)), extract)
    assert json.dumps(forward, sort_keys=True, ensure_ascii=False) == json.dumps(backward, sort_keys=True,
                                                                                  ensure_ascii=False)
    assert any(x["evidence"]["rule"].startswith("crossdoc.") for d in forward.values()
               for key in ("fields", "zones", "organizations") for x in d[key])
