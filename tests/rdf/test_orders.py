"""The sort keys, zone document lists and cluster field and district sources of the derived graph
(:mod:`policykg.rdf.orders`, :mod:`policykg.rdf.coverage`): the questions that read them (``districts-of-cluster``,
``fields-of-cluster``, ``zones-of-city``, ``field-coverage``) give the same rows **in the same order** as their
texts before them (``tests/data/plain-orders``, ``tests/data/plain-queries/field-coverage.rq``), on a synthetic build and on the bundled corpus, with the
catalogue's examples and names found in each build.
"""

from __future__ import annotations

import json
from pathlib import Path

from derived_answers import as_set, compare

from policykg import queries
from policykg.devtools.bench_params import hit_params, question_params
from policykg.model import Evidence, PolicyGraph
from policykg.rdf.coverage import coverage_lines
from policykg.rdf.nquads import literal, node_iri
from policykg.rdf.orders import order_lines

DATA = Path(__file__).resolve().parents[1] / "data"
#: The texts before: this pass's (``plain-orders``), and for ``field-coverage`` the text that gathers its
#: lists from the links (``plain-queries``, the sixth pass's reference; its lists are now one literal).
PLAIN = {p.stem: p for p in [*DATA.glob("plain-orders/*.rq"), DATA / "plain-queries" / "field-coverage.rq"]}
QUESTIONS = sorted(PLAIN)


def _cases(build: Path) -> list[tuple[str, dict]]:
    """Every changed question with its example, the names found in the build, and more names."""
    hits = question_params(hit_params(build))
    out = []
    for name in QUESTIONS:
        example = queries.question(name).example
        out += [(name, example), (name, hits.get(name, example))]
    digests = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((build / "digests").glob("*.json"))]
    clusters = sorted({str(x.get("name") if isinstance(x, dict) else x) for d in digests
                       for x in d.get("clusters") or [] if x})[:4]
    regions = sorted({str(d["document"]["region"]) for d in digests if (d.get("document") or {}).get("region")})[:4]
    out += [(q, {"cluster": c}) for c in clusters for q in ("districts-of-cluster", "fields-of-cluster")]
    fields = sorted({str(x.get("name") if isinstance(x, dict) else x) for d in digests
                     for x in d.get("fields") or [] if x})[:4]
    out += [("zones-of-city", {"city": r}) for r in regions] + [("field-coverage", {"field": f}) for f in fields]
    return out


#: The columns of each question's ``ORDER BY`` before the change.  Rows that tie on all of them were
#: not ordered by the question: Oxigraph gives them in the order of its plan, which any change to a text
#: can alter (``entity`` reordered such ties when only a filter was added).
ORDER = {"districts-of-cluster": ("cluster_name", "district_iri"), "zones-of-city": ("kind", "zone"),
         "fields-of-cluster": ("region", "cluster_name", "field"),
         "field-coverage": ("region",)}


def _same(build: Path, engine: str = "oxigraph") -> int:
    """Same rows, and the same order wherever the question's ``ORDER BY`` sets one."""
    def check(name, params, got, want):
        assert as_set(got) == as_set(want), (name, params)
        assert [[r.get(c) for c in ORDER[name]] for r in got] == [[r.get(c) for c in ORDER[name]] for r in want]

    return compare(build, _cases(build), PLAIN.__getitem__, engine, check)


def test_synthetic_build_answers_as_the_plain_texts_in_their_order(synthetic_build):
    assert _same(synthetic_build) > 40


def test_corpus_answers_as_the_plain_texts_in_their_order(built_corpus):
    _, out = built_corpus
    assert _same(out) > 20


def test_label_order_follows_labels_and_iri_order_follows_iris():
    g = PolicyGraph()
    for kind, key, label in [("Cluster", "b", "未来健康产业集群"), ("Cluster", "a", "未来健康产业集群"),
                             ("Cluster", "c", "未来制造产业集群"), ("Region", "r", "上海"), ("District", "x-1", "某区"),
                             ("District", "x", "某区"), ("Zone", "z", "某园区")]:
        g.add_node(kind, key, label)
    lines = order_lines(g, node_iri)
    found = {line.split(" ")[0]: (line.split(" ")[1].rsplit("#", 1)[1][:-1], int(line.split('"')[1])) for line in lines}
    labels = {n.id: n.label for n in g.nodes.values()}
    keyed = {nid: found[node_iri(nid)] for nid in labels if node_iri(nid) in found}
    assert {k for k, (p, _) in keyed.items() if p == "labelOrder"} == {n.id for n in g.nodes.values()
                                                                          if n.type == "Cluster"}
    by_label = sorted((labels[k], v) for k, (p, v) in keyed.items() if p == "labelOrder")
    assert [v for _, v in by_label] == sorted(v for _, v in by_label)  # the places follow the labels
    assert len({v for lab, v in by_label if lab == "未来健康产业集群"}) == 1  # equal labels, one place
    districts = sorted((node_iri(k)[1:-1], v) for k, (p, v) in keyed.items() if p == "iriOrder")
    assert [v for _, v in districts] == [0, 1]  # x before x-1 as IRIs, whatever "<x>" and "<x-1>" give


def test_every_zone_has_a_document_list():
    g = PolicyGraph()
    d = g.add_node("Document", "d1", "文件")
    named = g.add_node("Zone", "z1", "某园区")
    g.add_node("Zone", "z2", "另一园区")
    g.add_edge(d.id, "HAS_ZONE", named.id)
    lines = [line for line in coverage_lines(g, node_iri, literal) if "/zone/" in line.split(" ", 1)[0].lower()]
    assert sorted(line.rsplit(" ", 1)[1] for line in lines) == ['""', '"d1"']


def test_field_sources_list_each_link_s_documents_in_field_iri_order():
    g = PolicyGraph()
    for key in ("d1", "d2"):
        g.add_node("Document", key, "文件")
    c = g.add_node("Cluster", "c", "某集群")
    named, bare = g.add_node("Field", "f2", "乙领域"), g.add_node("Field", "f1", "甲领域")
    g.add_edge(c.id, "INCLUDES_FIELD", named.id, evidence=[Evidence("d2", 0, 2, "乙领域"), Evidence("d1", 0, 2, "乙领域"),
                                                           Evidence("gone", 0, 2, "乙领域")])
    g.add_edge(c.id, "INCLUDES_FIELD", bare.id)
    lines = [line for line in coverage_lines(g, node_iri, literal) if "#fieldSources>" in line]
    want = "".join(sorted([f"{node_iri(named.id)}乙领域\td1|d2", f"{node_iri(bare.id)}甲领域\t"]))
    assert lines == [f"{node_iri(c.id)} <https://w3id.org/policykg/ontology#fieldSources> {literal(want)}"]


def test_district_sources_list_each_location_s_documents_in_district_iri_order():
    g = PolicyGraph()
    g.add_node("Document", "d1", "文件")
    c = g.add_node("Cluster", "c", "某集群")
    east, west = g.add_node("District", "east", "东区"), g.add_node("District", "west", "西区")
    g.add_edge(c.id, "LOCATED_IN", east.id, evidence=[Evidence("d1", 0, 2, "东区"), Evidence("gone", 0, 2, "东区")])
    g.add_edge(c.id, "LOCATED_IN", west.id)
    g.add_edge(c.id, "INCLUDES_FIELD", g.add_node("Field", "f", "甲领域").id, evidence=[Evidence("d1", 0, 2, "甲领域")])
    lines = [line for line in coverage_lines(g, node_iri, literal) if "#districtSources>" in line]
    want = "".join(sorted([f"{node_iri(east.id)}d1", f"{node_iri(west.id)}"]))
    assert lines == [f"{node_iri(c.id)} <https://w3id.org/policykg/ontology#districtSources> {literal(want)}"]
