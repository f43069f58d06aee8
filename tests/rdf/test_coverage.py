"""The field coverage and field document lists of the derived graph (:mod:`policykg.rdf.coverage`): the
questions that read them (``field-coverage``, ``shared-fields``, ``related-fields``) answer exactly as
their plain texts, which gather the same lists from the documents' links and assertions
(``tests/data/plain-queries``: the texts before the lists), on a synthetic build and on the bundled
corpus, with the catalogue's examples and names found in each build.
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

PLAIN = Path(__file__).resolve().parents[1] / "data" / "plain-queries"
QUESTIONS = sorted(p.stem for p in PLAIN.glob("*.rq"))


def _cases(build: Path) -> list[tuple[str, dict]]:
    """Every changed question with its example, the names found in the build, and a few more."""
    hits = question_params(hit_params(build))
    out = []
    for name in QUESTIONS:
        example = queries.question(name).example
        out += [(name, example), (name, hits.get(name, example))]
    digests = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((build / "digests").glob("*.json"))]
    fields = sorted({str(x.get("name") if isinstance(x, dict) else x) for d in digests for x in d.get("fields") or []
                     if x})[:6]
    regions = sorted({str(d["document"]["region"]) for d in digests if (d.get("document") or {}).get("region")})[:4]
    out += [(q, {"field": f}) for f in fields for q in ("field-coverage", "related-fields")]
    out += [("shared-fields", {"city_a": a, "city_b": b}) for a in regions for b in regions if a != b]
    return out


def _same(build: Path, engine: str = "oxigraph") -> int:
    def check(name, params, got, want):
        assert as_set(got) == as_set(want), (name, params)

    return compare(build, _cases(build), lambda name: PLAIN / f"{name}.rq", engine, check)


def test_synthetic_build_answers_as_the_plain_texts(synthetic_build):
    assert _same(synthetic_build) > 40


def test_corpus_answers_as_the_plain_texts(built_corpus):
    _, out = built_corpus
    assert _same(out) > 40  # rows compared: how many depends on what the extractor finds (47 at d6bf7b1)


def test_corpus_answers_as_the_plain_texts_on_rdflib(built_corpus):
    _, out = built_corpus
    assert _same(out, "rdflib") > 40


def test_coverage_lists_documents_tiers_and_clusters():
    g = PolicyGraph()
    d = g.add_node("Document", "d1", "文件")
    c = g.add_node("Cluster", "c", "某集群")
    f = g.add_node("Field", "f", "某领域")
    r = g.add_node("Region", "r", "某市")
    g.add_edge(c.id, "INCLUDES_FIELD", f.id, evidence=[Evidence("d1", 0, 2, "某领域")])
    g.add_edge(c.id, "IN_REGION", r.id)  # derived: no document
    g.add_edge(d.id, "HAS_FIELD", f.id, props={"tier": "加快培育"}, evidence=[Evidence("d1", 0, 2, "某领域")])
    g.add_edge(d.id, "COVERS_REGION", r.id)
    lines = coverage_lines(g, node_iri, literal)
    assert not any("#linkSubject>" in line or "#sourceList>" in line for line in lines)  # no link summaries
    assert [line.rsplit(" ", 1)[1] for line in lines if line.startswith(node_iri(f.id))] == ['"d1"']
    coverage = {line.split(" ", 2)[1].rsplit("#", 1)[1][:-1]: line.split(" ", 2)[2] for line in lines
                if "/coverage/" in line.split(" ", 1)[0]}
    assert coverage["documentList"] == '"d1"'
    assert coverage["coverageLists"] == literal(f"{node_iri(r.id)[1:-1]}\t某市\td1\t加快培育\t某集群")
