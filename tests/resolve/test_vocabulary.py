"""The field vocabulary (``ontology/fields.ttl``) and its Python API."""

from __future__ import annotations

import importlib.resources
import subprocess
import sys

import pytest

from policykg.resolve import vocabulary as v

DIRECTIONS = ("未来制造", "未来信息", "未来材料", "未来能源", "未来空间", "未来健康")


@pytest.mark.parametrize("surface,key", [
    ("通用AI", "通用人工智能"), ("通用人工智能", "通用人工智能"), ("通用 ai", "通用人工智能"),
    ("6G技术", "第六代移动通信"), ("第六代移动通信", "第六代移动通信"), ("6G", "第六代移动通信"),
    ("６Ｇ", "第六代移动通信"), ("基因和细胞治疗", "细胞与基因治疗"), ("细胞和基因治疗", "细胞与基因治疗"),
    ("扩展现实（XR）", "扩展现实"), ("扩展现实(XR)", "扩展现实"), ("XR科技", "扩展现实"), ("XR", "扩展现实"),
    ("合成生物学", "合成生物"), ("量子信息技术", "量子信息"), ("脑机接口产业", "脑机接口"),
    ("“元宇宙”", "元宇宙"), ("未来健康产业集群", "未来健康"), ("量子计算机", "量子计算"),
])
def test_canonical_field(surface, key):
    assert v.canonical_field(surface).key == key


def test_unknown_fields_keep_a_normalized_name():
    assert v.canonical_field("可控核聚变及核技术应用") is None
    assert v.field_key("可控核聚变及核技术应用") == "可控核聚变及核技术应用"
    assert v.field_key(" 火星（种菜） ") == "火星(种菜)"
    assert v.canonical_field("技术") is None and v.canonical_field("") is None


def test_related_and_broader_are_distinct_concepts():
    assert v.canonical_field("量子科技").key != v.canonical_field("量子信息").key
    assert "量子信息" in [c.key for c in v.related("量子科技")]
    assert "量子科技" in [c.key for c in v.related("量子信息")]  # symmetric
    assert "生物制造" in [c.key for c in v.related("合成生物")]
    assert [c.key for c in v.broader("脑机接口")] == ["未来健康"]
    assert v.direction("通用人工智能").key == "未来信息"
    assert v.broader("没有") == [] and v.related("没有") == []


def test_vocabulary_shape():
    cs = v.concepts()
    assert 80 <= len(cs) <= 200  # a general vocabulary, not every name a plan writes
    for d in DIRECTIONS:
        assert cs[d].top and cs[d].label_en.startswith("future")
    for c in cs.values():
        assert c.label_en, c.key
        assert c.top or c.broader, f"{c.key} has no broader concept"
        assert all(k in cs for k in c.broader + c.related)
        assert c.iri.startswith("https://w3id.org/policykg/field/")
        assert v.direction(c.key) is not None, c.key


def test_labels_resolve_to_exactly_one_concept():
    seen: dict[str, str] = {}
    for c in v.concepts().values():
        for label in (c.key, *c.alt_labels):
            folded = v.normalize(label).casefold()
            assert seen.setdefault(folded, c.key) == c.key, (label, seen[folded], c.key)
            assert v.canonical_field(label).key == c.key


def test_ttl_is_package_data_and_valid_skos():
    import rdflib
    from rdflib.namespace import SKOS

    text = (importlib.resources.files("policykg.ontology") / "fields.ttl").read_text(encoding="utf-8")
    g = rdflib.Graph().parse(data=text, format="turtle")
    schemes = list(g.subjects(rdflib.RDF.type, SKOS.ConceptScheme))
    assert len(schemes) == 1
    assert set(g.objects(schemes[0], SKOS.hasTopConcept)) == set(g.subjects(SKOS.topConceptOf, schemes[0]))
    for c in g.subjects(rdflib.RDF.type, SKOS.Concept):
        langs = sorted(lit.language for lit in g.objects(c, SKOS.prefLabel))
        assert langs == ["en", "zh"], c


def test_the_vocabulary_is_parsed_once_per_process():
    # (its load time is a benchmark's business, not a timed test's: it ran 0.2 s on a loaded machine)
    code = ("from policykg.resolve import vocabulary as v; v.canonical_field('通用AI'); v.canonical_field('脑机接口'); "
            "v.concepts(); print(v.concepts.cache_info().misses)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "1"


def test_gloss():
    assert v.gloss("先导区") == "pilot zone"
    assert v.gloss("未来健康产业集群") == "future health industry cluster"
    assert v.gloss("筑基") == "" and v.gloss(None) == ""


def test_every_concept_records_where_it_comes_from():
    from policykg.resolve.vocabulary import concepts

    missing = [c.key for c in concepts().values() if not c.sources]
    assert not missing
    national = [c.key for c in concepts().values() if any("实施意见" in s or "五年规划" in s for s in c.sources)]
    assert {"脑机接口", "具身智能", "生物制造", "量子信息", "基因技术"} <= set(national)
