"""The extractor on the bundled corpus, against the seed gold digests (tests/data/gold)."""

from __future__ import annotations

import json

import pytest
from conftest import CORPUS
from scoring import score_pairs

from policykg.loaders import extract
from policykg.loaders.reading.text import read_document


@pytest.fixture(scope="module")
def digests() -> dict[str, dict]:
    return {p.stem: extract(p) for p in sorted(CORPUS.glob("*.txt"))}


def test_corpus_meets_the_gold_bar(digests, gold_dir):
    pairs = [(digests.get(g.stem, {}), json.loads(g.read_text(encoding="utf-8"))) for g in sorted(gold_dir.glob("*.json"))]
    result = score_pairs(pairs)
    table = result["table"]
    print(table)
    assert result["overall"][2] >= 0.90, table
    low = {k: f for k, (_, _, f) in result["lists"].items() if f < 0.75}
    assert not low, f"lists below 0.75: {low}\n{table}"


def _items(digest):
    for key, items in digest.items():
        if key == "document":
            for ev in items["evidence"].values():
                yield key, ev
            continue
        for item in items:
            yield key, item["evidence"]


def test_every_item_has_evidence_that_maps_back(digests):
    for stem, digest in digests.items():
        text = read_document(CORPUS / f"{stem}.txt")
        assert digest["document"]["chars"] == len(text)
        for key, ev in _items(digest):
            assert set(ev) >= {"start", "end", "quote", "section", "rule"}, (stem, key, ev)
            span = text[ev["start"]:ev["end"]]
            assert span and span in ev["quote"], (stem, key, ev)
            assert ev["quote"] in text and ev["rule"]


def test_section_paths_follow_the_outline(digests):
    plan = digests["shanghai-2022-action-plan"]
    health = next(f for f in plan["fields"] if f["name"] == "脑机接口")
    assert health["evidence"]["section"] == "二、(一) 1."
    assert [m["section"] for m in plan["measures"]][:2] == ["四、(一)", "四、(二)"]


def test_extract_accepts_text():
    d = extract("重庆市未来产业行动计划\n一、发展重点\n（一）卫星互联网\n重点发展卫星通信。\n到2027年，培育100家高新技术企业。")
    assert d["document"]["region"] == "重庆市"
    assert [c["name"] for c in d["clusters"]] == []  # a heading under 发展重点 is a field, not a cluster
    assert [f["name"] for f in d["fields"]] == ["卫星互联网"]
    assert d["targets"][0]["value"] == 100
