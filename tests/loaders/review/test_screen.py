"""The learned screen of digest items (policykg.loaders.review.screen) and its trainer (scripts/train_screen.py)."""

from scoring import script

from policykg.loaders.extract import extract_text
from policykg.loaders.review import screen


def _trainer():
    return script("train_screen")


def test_shipped_model_has_a_threshold_per_list_and_general_weights():
    m = screen.model()
    assert m["thresholds"] and set(m["thresholds"]) <= set(screen.LISTS)
    assert all(0 < t < 1 for t in m["thresholds"].values())
    assert len(m["weights"]) > 1000
    # traits are kinds of evidence, never a document: no weight names a file or a document id
    assert not any(".txt" in f or "heldout" in f for f in m["weights"])


def test_screen_drops_items_below_their_lists_threshold_and_clusters_follow():
    digest = {"document": {"doc_type": "行动方案"},
              "fields": [{"name": "脑机接口", "evidence": {"rule": "field.enumeration", "start": 2, "end": 6}},
                         {"name": "量子信息", "evidence": {"rule": "field.subject", "start": 7, "end": 11}}],
              "clusters": [{"name": "未来健康", "fields": ["脑机接口", "量子信息"]}]}
    model = {"weights": {"r:fields:field.subject": -6.0, "b:fields": 2.0}, "thresholds": {"fields": 0.5}}
    screen.screen(digest, "聚焦脑机接口、量子信息等领域。", model)
    assert [f["name"] for f in digest["fields"]] == ["脑机接口"]
    assert digest["clusters"][0]["fields"] == ["脑机接口"]


def test_a_list_without_a_threshold_is_left_alone():
    digest = {"document": {}, "zones": [{"name": "光谷", "evidence": {}}]}
    screen.screen(digest, "光谷", {"weights": {"b:zones": -30.0}, "thresholds": {}})
    assert digest["zones"] == [{"name": "光谷", "evidence": {}}]


def test_trainer_learns_a_trait_that_separates_right_from_wrong():
    t = _trainer()
    rows = [(["b:x", "good"], True)] * 30 + [(["b:x", "bad"], False)] * 30
    assert t.f1(2, 4, 4) == 0.5
    w = t.train(rows)
    assert screen.probability(["b:x", "good"], w) > 0.8 > 0.2 > screen.probability(["b:x", "bad"], w)
    cuts = t.best_thresholds([("fields", 0.9, True), ("fields", 0.1, False)] + [(k, 0.5, True) for k in screen.LISTS],
                             {k: 2 for k in screen.LISTS})
    assert 0.1 < cuts["fields"] <= 0.9


def test_extraction_applies_the_shipped_screen():
    text = "某市未来产业行动方案\n聚焦脑机接口、量子信息等领域，由市科技局、市财政局、市发展改革委按职责分工负责。"
    d = extract_text(text, "x")
    names = [o["name"] for o in d["organizations"]]
    assert {"市科技局", "市财政局", "市发展改革委"} <= set(names)
    assert {"脑机接口", "量子信息"} <= {f["name"] for f in d["fields"]}
