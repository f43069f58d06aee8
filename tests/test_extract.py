"""The extractor on the bundled corpus, against the gold digests of ../shared/gold."""

from __future__ import annotations

import importlib.util
import json

import pytest

from policykg.loaders import extract
from policykg.loaders.text import read_document

from conftest import CORPUS, SHARED

SCORER = SHARED / "tools" / "score_digests.py"


def _scorer():
    if not SCORER.exists():
        pytest.skip("../shared/tools/score_digests.py is not beside the repo")
    spec = importlib.util.spec_from_file_location("score_digests", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def digests() -> dict[str, dict]:
    return {p.stem: extract(p) for p in sorted(CORPUS.glob("*.txt"))}


def score(digests: dict, gold_dir) -> dict:
    """Micro P/R/F1 per list and overall, as score_digests.py computes them."""
    sd = _scorer()
    totals: dict[str, list[int]] = {}
    for gf in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        for k, (tp, n_p, n_g) in sd.score_lists(digests.get(gf.stem, {}), gold).items():
            t = totals.setdefault(k, [0, 0, 0])
            t[0] += tp
            t[1] += n_p
            t[2] += n_g
    rows = {k: sd.prf(*v) for k, v in totals.items()}
    overall = sd.prf(*(sum(v[i] for v in totals.values()) for i in range(3)))
    return {"lists": rows, "overall": overall}


def test_corpus_meets_the_gold_bar(digests, gold_dir):
    result = score(digests, gold_dir)
    table = "\n".join(f"{k:18} P {p:.2f} R {r:.2f} F1 {f:.2f}" for k, (p, r, f) in result["lists"].items())
    print(table, f"\noverall F1 {result['overall'][2]:.3f}")
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
    assert [c["name"] for c in d["clusters"]] == ["卫星互联网"]
    assert d["targets"][0]["value"] == 100
