"""``pkg:listPage`` (:mod:`policykg.rdf.pages`): a question that starts from the pages of its rows answers
exactly as the same question without them, on lists longer than a page, with ties, for any cut.

The bundled corpus has no list longer than a page, so this builds one: 260 documents, 260 measures in 12 of them
(amounts and names repeat, some measures are in two documents), 260 programmes and organizations of
two kinds, 260 targets of two years whose metrics repeat, and about 320 document–field links of two
tiers with none, one or two pieces of evidence.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from policykg import queries, query
from policykg.model import Evidence, PolicyGraph
from policykg.query_params import bind_params
from policykg.rdf.files import write_all
from policykg.rdf.nquads import assertion_iri
from policykg.rdf.pages import page_lines

N = 260
CASES = [("document-overview", {}), ("largest-funding", {}), ("measures-min-funding", {"min_wan_yuan": 0}),
         ("measures-min-funding", {"min_wan_yuan": 300}), ("programmes-by-kind", {"kind": "计划"}),
         ("programmes-by-kind", {"kind": "行动"}), ("organizations-by-kind", {"kind": "university"}),
         ("targets-by-year", {"year": 2030}), ("targets-by-year", {"year": 2035}),
         ("fields-by-tier", {"tier": "发展壮大"}), ("fields-by-tier", {"tier": "加快培育"})]


def long_lists() -> PolicyGraph:
    g = PolicyGraph()
    docs = [g.add_node("Document", f"doc-{i:02}", f"文件{i}") for i in range(12)]
    for i in range(12, N):
        g.add_node("Document", f"doc-{(i * 37) % 1000:03}-{i}", f"文件{i}")
    fields = [g.add_node("Field", f"f{i:02}", f"领域{i % 30}") for i in range(40)]
    for i, (d, f) in enumerate((d, f) for n, d in enumerate(docs) for k, f in enumerate(fields) if (n * 7 + k) % 3):
        g.add_edge(d.id, "HAS_FIELD", f.id, props={"tier": "发展壮大" if i % 4 else "加快培育"},
                   evidence=[Evidence(doc=d.key, start=j, end=j + 4, quote="发展壮大", rule="test") for j in range(i % 3)])
    for i in range(N):
        m = g.add_node("Measure", f"m{i:03}", f"措施{(i * 7) % 40}",
                       props={"max_funding_wan_yuan": [100, 500, 500, 1000, 50.5][i % 5] * (1 + i % 3)})
        g.add_edge(docs[i % 12].id, "HAS_MEASURE", m.id)
        if i % 17 == 0:
            g.add_edge(docs[(i + 5) % 12].id, "HAS_MEASURE", m.id)
        g.add_node("Programme", f"p{i:03}", f"计划{(i * 11) % 90}",
                   props={"kind": "计划" if i % 4 else "行动", "referenced": i % 3 == 0 or None})
        g.add_node("Organization", f"o{i:03}", f"大学{(i * 13) % 70}", props={"kind": "university" if i % 5 else "fund"})
        g.add_node("Target", f"t{i:03}", f"目标{i}", props={"year": 2030 if i % 6 else 2035, "metric": f"指标{i % 50}"})
    return g


@pytest.fixture(scope="module")
def build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("pages")
    write_all(long_lists(), out)
    return out


def test_pages_go_beyond_the_first():
    pages = {line.rsplit(" ", 1)[1] for line in page_lines(long_lists(), assertion_iri)}
    assert {'"0"^^<http://www.w3.org/2001/XMLSchema#integer>', '"2"^^<http://www.w3.org/2001/XMLSchema#integer>'} <= pages


@pytest.mark.parametrize(("name", "params"), CASES)
@pytest.mark.parametrize("limit", [1, 99, 100, 150, 0])
def test_pages_select_the_same_rows(build, name, params, limit):
    question = queries.question(name)
    eng = query.get_engine("oxigraph")
    rows = limit + 1 if limit else 0
    paged = queries.read_query(name, rows=rows)
    assert ("?page" in paged) == bool(limit) or name == "largest-funding"  # every row: no pages to read
    unpaged = "\n".join(line for line in paged.splitlines() if not re.match(r"\s*(VALUES \?page|\?\w+ pkg:listPage )", line))
    bound = bind_params(question, params)
    want = eng.select(build, unpaged, bound)
    got = eng.select(build, paged, bound)
    assert got == want
    if question.limit:
        assert query.run(name, {**params, "limit": limit}, build, "oxigraph") == query.run(
            name, {**params, "limit": limit}, build, "rdflib")
