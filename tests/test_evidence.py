"""Evidence that states the fact: the quote of a link names the linked object.

Measured on the graph of the bundled corpus as extracted (the way
``../shared/tools/evidence_support.py`` measures an RDF build): a link counts when
its evidence has a quote and some name of the object (label, English label or
alias, two characters or more) occurs in it. Links a dataset or the document's
region implies carry no quote and are not counted.
"""

from __future__ import annotations

from collections import Counter

import pytest

from policykg.loaders import extract
from policykg.pipeline.build import bundled_corpus
from policykg.resolve.builder import build_graph


@pytest.fixture(scope="module")
def corpus_graph():
    return build_graph([extract(p) for p in sorted(bundled_corpus().glob("*.txt"))])


def support(graph) -> tuple[Counter, Counter]:
    ok, total = Counter(), Counter()
    for edge in graph.edges.values():
        names = [n for n in graph.nodes[edge.target].names() if len(n) >= 2]
        for ev in edge.evidence:
            if ev.quote:
                total[edge.type] += 1
                ok[edge.type] += any(n in ev.quote for n in names)
    return ok, total


def test_quotes_name_the_linked_object(corpus_graph):
    ok, total = support(corpus_graph)
    share = sum(ok.values()) / sum(total.values())
    report = {t: f"{ok[t]}/{total[t]}" for t in total}
    assert share >= 0.95, report
    for t in ("LOCATED_IN", "INCLUDES_FIELD", "HAS_DISTRICT", "HAS_FIELD", "COVERS_REGION"):
        assert ok[t] == total[t] > 0, (t, report)


def test_implied_links_carry_no_quote(corpus_graph):
    for edge in corpus_graph.edges.values():
        if edge.type in ("PART_OF", "IN_REGION", "BROADER", "RELATED"):
            assert all(ev.doc == "" and ev.quote == "" and ev.rule for ev in edge.evidence), edge.key


def test_a_funding_cap_quotes_the_sentence_with_the_amount(corpus_graph):
    capped = [n for n in corpus_graph.nodes_of("Measure") if n.props.get("max_funding_wan_yuan") is not None]
    assert capped
    for node in capped:
        (ev,) = [e for e in node.evidence if e.rule == "measure.funding"]
        assert node.props["max_funding_text"] in ev.quote and ev.quote != node.label, (node.id, ev.quote)


def test_funding_assertions_are_in_the_rdf(corpus_graph):
    from policykg.rdf.nquads import funding_assertions

    lines = [line for _, block in funding_assertions(corpus_graph) for line in block]
    assert any("maxFunding" in line for line in lines) and any("measure.funding" in line for line in lines)
