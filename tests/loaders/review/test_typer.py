"""The learned typer of names the rules left out (:mod:`policykg.loaders.review.typer`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from scoring import TEST_SETS, script

from policykg.loaders import extract
from policykg.loaders.extract import extract_text
from policykg.loaders.reading.document import Doc
from policykg.loaders.review import typer
from policykg.loaders.words.shape import repair

DATA = Path(__file__).resolve().parents[2] / "data"
ROOT = Path(__file__).resolve().parents[3]
RECORDS = DATA / "screen" / "typer-first-sight.jsonl"


def _toy_model(**weights: dict[str, float]) -> dict:
    return {"weights": weights, "thresholds": dict.fromkeys(weights, 0.5)}


def test_an_item_of_a_list_without_a_head_joins_the_list_the_model_gives_it():
    text = "加快构建(轨道交通、航空动力、先进硬质材料)现代产业体系。"
    doc = Doc.from_text(text, "x")
    digest = {"document": {}, "fields": []}
    typer.type_items(doc, digest, _toy_model(fields={"bias": -2.0, "src:list": 3.0}))
    assert [f["name"] for f in digest["fields"]] == ["轨道交通", "航空动力", "先进硬质材料"]
    for f in digest["fields"]:
        ev = f["evidence"]
        assert ev["rule"] == "field.typed"
        assert f["name"] in ev["quote"] and text[ev["start"]:ev["end"]] == f["name"]


def test_a_factor_of_production_in_a_list_is_no_field():
    doc = Doc.from_text("统筹布局算力、数据、算法、模型基础设施。", "x")
    digest = {"document": {}, "fields": []}
    typer.type_items(doc, digest, _toy_model(fields={"bias": 5.0}))
    names = [f["name"] for f in digest["fields"]]
    assert "算力" in names and not {"数据", "算法"} & set(names)


def test_a_name_the_digest_holds_is_not_added_again_nor_to_another_list():
    doc = Doc.from_text("聚焦量子信息、人形机器人等领域。", "x")
    digest = {"document": {}, "fields": [{"name": "量子信息", "aliases": []}], "organizations": []}
    typer.type_items(doc, digest, _toy_model(organizations={"bias": 5.0}, fields={"bias": 5.0}))
    names = [(key, x["name"]) for key in ("fields", "organizations") for x in digest[key]]
    assert names.count(("fields", "量子信息")) == 1 and ("organizations", "量子信息") not in names


def test_a_vocabulary_mention_in_prose_is_a_candidate_with_its_context():
    doc = Doc.from_text("以人形机器人为创新引领，加快发展脑机接口产业。", "x")
    found = {c.name: c.feats for c in typer.candidates(doc, {})}
    assert "src:mention" in found["脑机接口"] and "mhd:True" in found["脑机接口"] and "mcv:True" in found["脑机接口"]
    assert "人形机器人" in found


def test_without_thresholds_the_typer_adds_nothing():
    doc = Doc.from_text("加快构建(轨道交通、航空动力、先进硬质材料)现代产业体系。", "x")
    digest = {"document": {}, "fields": []}
    assert typer.type_items(doc, digest, {"weights": {}, "thresholds": {}}) == {"document": {}, "fields": []}


def test_a_name_without_the_shape_of_its_list_is_not_added():
    assert typer.fits("轨道交通", "fields")
    assert not typer.fits("未来产业", "fields")  # generic
    assert repair("为促进人工智能", "field") != (0, "为促进人工智能") and not typer.fits("为促进人工智能", "fields")


def test_the_shipped_model_was_chosen_on_first_sight_records():
    model = typer.model()
    records = [json.loads(line) for line in RECORDS.read_text(encoding="utf-8").splitlines()]
    batches = sorted({r["set"] for r in records})
    assert model["trained_on"]["first_sight"] == batches and len(batches) >= 10
    assert model["thresholds"], "no list is typed: retrain with scripts/train_screen.py typer"
    for key, cut in model["thresholds"].items():
        assert key in typer.LISTS and 0 < cut < 1 and model["weights"][key]
    # records keep traits and labels only: no text of the sealed batches
    assert all(set(r) <= {"set", "name", "feats", "new", "right", "gold", "list", "base"} for r in records)


@pytest.mark.parametrize("text", ["我市将重点发展轨道交通、航空动力、先进硬质材料,加快构建现代产业体系。"])
def test_typed_names_in_a_whole_extraction_quote_their_own_sentence(text):
    digest = extract(text, doc_id="x")
    typed = [x for key in typer.LISTS for x in digest[key] if x["evidence"]["rule"].endswith(".typed")]
    for x in typed:
        assert x["name"] in x["evidence"]["quote"]


def test_a_field_the_digest_holds_under_another_name_of_its_concept_is_not_added():
    doc = Doc.from_text("加快发展人工智能产业。", "x")
    digest = {"document": {}, "fields": [{"name": "新一代人工智能", "aliases": []}]}
    typer.type_items(doc, digest, _toy_model(fields={"bias": 5.0}))
    assert [f["name"] for f in digest["fields"]] == ["新一代人工智能"]


def test_the_learned_field_lexicon_comes_from_development_sets_and_matches_them():
    path = ROOT / "loaders" / "data" / "fields-learned.txt"
    head, *names = path.read_text(encoding="utf-8").splitlines()
    sets = head.removeprefix("# sets: ").split()
    assert head.startswith("# sets: ") and len(sets) >= 60 and not set(sets) & TEST_SETS
    dirs = [ROOT / "corpus" if s == "corpus" else ROOT / "tests" / "data" / s for s in sets]
    assert names == script("field_lexicon").lexicon(dirs)


def test_a_learned_field_counts_where_a_verb_commits_to_it_not_in_passing():
    fields = [f["name"] for f in extract_text("某市将加快发展锂电新能源产业,壮大医药健康产业集群。", "x")["fields"]]
    assert "锂电新能源" in fields
    assert extract_text("会上,嘉宾们就锂电新能源话题进行了交流。", "x")["fields"] == []
