"""The engines agree: random valid parameters for every catalogue question give the same rows
on pyoxigraph and rdflib (and on Neo4j under ``-m neo4j``), and numbers are parsed once.

Parameters are drawn by hypothesis from what the bundled corpus's graph names (labels, aliases,
English labels, document ids), from the kinds and tiers it uses, from unrelated text, and from
numbers written in every accepted way (``1e3``, ``1,000``, ``1000.0``).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_cypher_catalogue import answer, both_engines  # noqa: F401  (a fixture, used by name)

from policykg import queries, query, query_params
from policykg.errors import PolicyKGError

NAMES = queries.names(".rq")
SETTINGS = settings(max_examples=6, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@pytest.fixture(scope="module")
def corpus_graph():
    """(build folder of the bundled corpus, its PolicyGraph)."""
    from policykg.pipeline.cache import default_graph_dir
    from policykg.pipeline.folder import open_build

    folder = default_graph_dir()
    return folder, open_build(folder)


def _name_pool(graph) -> list[str]:
    names = {x for n in graph for x in n.names()} | {n.key for n in graph.nodes_of("Document")}
    return sorted(x for x in names if x and len(x) <= 60)


def _numbers(integer: bool):
    """A number and the ways to write it."""
    base = st.integers(2015, 2040) if integer else st.one_of(st.integers(0, 20000),
                                                               st.decimals(0, 20000, places=1))

    def spellings(v):
        forms = [str(v), f"{Decimal(v):,}", f"{Decimal(v):.1f}", f"{Decimal(v):E}".replace("E+", "e")]
        return st.sampled_from(forms)
    return base.flatmap(spellings)


def _params(question, pool, words):
    """A strategy of valid parameter dicts for ``question``."""
    text = st.text(st.sampled_from("上海重庆市脑机接口未来产业集群计划AI6GQ "), min_size=1, max_size=6).filter(str.strip)
    per_type = {"name": st.one_of(st.sampled_from(pool), text),
                "string": st.one_of(st.sampled_from(words), text),
                "integer": _numbers(True), "decimal": _numbers(False)}
    cut = {"limit": st.sampled_from(["0", "1", "2", "3", "100"])} if question.limit else {}  # a cut keeps the first rows
    return st.fixed_dictionaries({p.name: per_type[p.type] for p in question.params}, optional=cut)


def _words(graph) -> list[str]:
    """Kinds and tiers the graph uses, and the catalogue's examples."""
    out = {str(v) for n in graph for k, v in n.props.items() if k in ("kind", "tier") and isinstance(v, str)}
    out |= {str(e.props.get("tier")) for _, e in graph.edges.items() if e.props.get("tier")}
    out |= {v for q in queries.questions() for v in q.example.values()}
    return sorted(out)


@pytest.mark.parametrize("name", NAMES)
def test_oxigraph_and_rdflib_agree_on_random_parameters(corpus_graph, name):
    folder, graph = corpus_graph
    question = queries.question(name)
    strategy = _params(question, _name_pool(graph), _words(graph))

    @SETTINGS
    @given(params=strategy)
    def check(params):
        assert answer(name, params, folder, "oxigraph") == answer(name, params, folder, "rdflib"), params
    check()


@pytest.mark.parametrize("written", ["1e3", "1,000", "1000.0", "1000", "１０００", " 1E+3 "])
def test_numbers_are_parsed_once(corpus_graph, written):
    folder, _ = corpus_graph
    want = query.run("measures-min-funding", {"min_wan_yuan": "1000"}, folder, engine="oxigraph")
    assert want
    for engine in ("oxigraph", "rdflib"):
        assert query.run("measures-min-funding", {"min_wan_yuan": written}, folder, engine=engine) == want


@pytest.mark.parametrize("written", ["1,00", "abc", "1e400", "1 000", "--1", "nan", "inf"])
def test_a_bad_number_is_one_clear_error(written):
    q = queries.question("measures-min-funding")
    with pytest.raises(PolicyKGError, match="must be a decimal"):
        query_params.bind_params(q, {"min_wan_yuan": written})
    with pytest.raises(PolicyKGError, match="must be an integer"):
        query_params.bind_params(queries.question("targets-by-year"), {"year": "2030.5"})


@pytest.mark.neo4j
@pytest.mark.parametrize("name", NAMES)
def test_neo4j_agrees_on_random_parameters(both_engines, name):  # noqa: F811
    from policykg.pipeline.folder import open_build

    graph = open_build(both_engines)
    question = queries.question(name)
    strategy = _params(question, _name_pool(graph), _words(graph))

    @SETTINGS
    @given(params=strategy)
    def check(params):
        assert answer(name, params, both_engines, "neo4j") == answer(name, params, both_engines, "oxigraph"), params
    check()
