"""The learned span tagger (policykg.loaders.review.tagger) and its trainer (scripts/train_tagger.py)."""

from pathlib import Path

from scoring import TEST_SETS, script

from policykg.loaders.extract import extract_text
from policykg.loaders.reading.document import Doc
from policykg.loaders.review import tagger

ROOT = Path(__file__).resolve().parents[3]
#: (the model retrained on 2026-12-06 gives 华晟光电 0.8 in 「…获悉，华晟光电新建的智能工厂日前投产」, under the threshold)
PROSE = "记者从市工信局获悉，华晟光电新建的智能工厂日前投产，美锦氢能也将扩大产能。"


def _trainer():
    return script("train_tagger")


def test_shipped_model_never_trained_on_a_test_set():
    sets = (ROOT / "loaders" / "data" / "tagger-sets.txt").read_text(encoding="utf-8").split()
    assert len(sets) >= 60
    assert not set(sets) & TEST_SETS


def test_tagger_finds_firms_in_running_prose_with_their_sentence_as_evidence():
    doc = Doc.from_text(PROSE, "x")
    digest = tagger.tag_items(doc, {"organizations": [], "zones": [], "fields": [], "programmes": [], "scenarios": []})
    found = {o["name"]: o for o in digest["organizations"]}
    assert "美锦氢能" in found
    for name, item in found.items():
        ev = item["evidence"]
        assert ev["rule"] == "learned.tagger"
        assert PROSE[ev["start"]:ev["end"]] == name and name in ev["quote"]


def test_a_name_any_list_holds_is_not_added_again():
    doc = Doc.from_text(PROSE, "x")
    digest = {"organizations": [], "zones": [{"name": "美锦氢能", "evidence": {}}], "fields": [], "programmes": [],
              "scenarios": []}
    tagger.tag_items(doc, digest)
    assert "美锦氢能" not in {o["name"] for o in digest["organizations"]}


def test_a_threshold_above_every_probability_adds_nothing():
    doc = Doc.from_text(PROSE, "x")
    digest = tagger.tag_items(doc, {}, threshold=1.01)
    assert not any(digest.get(k) for k in tagger.TYPES.values())


def test_labels_mark_every_mention_longer_names_first():
    text = "市科技局和市科技局局长"
    y = tagger.labels(text, {"ORG": {"市科技局"}, "FIELD": {"科技"}})
    assert y[:4] == ["B-ORG", "I-ORG", "I-ORG", "I-ORG"] and y[5:9] == ["B-ORG", "I-ORG", "I-ORG", "I-ORG"]
    assert y[4] == "O" and y[9:] == ["O", "O"]


def test_extraction_applies_the_shipped_tagger():
    d = extract_text(PROSE, "x")
    assert any(o["evidence"]["rule"] == "learned.tagger" for o in d["organizations"])


def test_a_name_opened_by_a_person_of_the_digest_is_not_added():
    from policykg.loaders.extract import _drop_person_led

    doc = Doc.from_text(PROSE, "x")
    digest = tagger.tag_items(doc, {"people": [{"name": "美锦"}], "organizations": [], "zones": [],
                                    "programmes": [], "scenarios": []})
    _drop_person_led(digest)  # the extractor's filter, run again after the tagger (loaders/extract.py)
    assert "美锦氢能" not in {o["name"] for o in digest["organizations"]}


def test_trainer_learns_names_from_gold(tmp_path):
    t = _trainer()
    docs = [("s", f"d{i}", f"今年{a}和{b}签约落户本区。", {"organizations": [{"name": a}, {"name": b}]})
            for i, (a, b) in enumerate([("甲乙集团", "丙丁公司"), ("戊己集团", "庚辛公司")] * 20)]
    model = tmp_path / "m.crfsuite"
    t.train(docs, model)
    import pycrfsuite

    crf = pycrfsuite.Tagger()
    crf.open(str(model))
    found = {(a, b, key) for a, b, key, _ in tagger.spans(Doc.from_text("今年壬癸集团签约落户本区。", "y"), crf)}
    assert (2, 6, "organizations") in found
