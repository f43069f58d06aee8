"""The ``.cypher`` twins of the question catalogue: headers and labels (fast), parity with SPARQL (``-m neo4j``).

Parity: every question runs on both engines over the bundled corpus's graph
(pyoxigraph over the built RDF, Neo4j over the loaded database) and the answers
must be equal as collections of rows after normalizing (text stripped, lists
sorted, numbers as floats).
"""

from __future__ import annotations

import re

import pytest

from policykg import queries, query
from policykg.errors import PolicyKGError
from policykg.neo4j.cypher_engine import CypherEngine, cypher_text, ontology_labels
from policykg.neo4j.rows import EDGE_TYPES
from policykg.neo4j.writer import load_graph

ENGINE = "policykg.neo4j.cypher_engine:CypherEngine"
#: More parameter values than the examples: long and short names, aliases, English labels, misses.
EXTRA = {
    "clusters-in-district": [{"district": "浦东新区"}, {"district": "闵行"}, {"district": "不存在区"}],
    "clusters-of-city": [{"city": "上海市"}, {"city": "重庆"}, {"city": "Shanghai"}, {"city": "北京"}],
    "district-hotspots": [{"city": "上海市"}, {"city": "重庆"}],
    "districts-of-cluster": [{"cluster": "未来健康"}, {"cluster": "未来智能产业集群"}],
    "documents-about": [{"document": "上海打造未来产业创新高地发展壮大未来产业集群行动方案"}],
    "documents-of-region": [{"region": "上海市"}, {"region": "重庆市"}, {"region": "全国"}],
    "entity": [{"name": n} for n in ("浦东", "市科委", "上海", "量子科技", "未来健康产业集群", "吴金城", "通用AI",
                                     "shanghai-2025-frontier-measures", "临港", "雁阵计划")],
    "field-changes": [{"city": "上海市", "from_document": "shanghai-2025-frontier-measures",
                       "to_document": "shanghai-2022-action-plan"}],
    "field-coverage": [{"field": "通用AI"}, {"field": "脑机接口"}, {"field": "6G"}],
    "fields-by-tier": [{"tier": "加速布局"}, {"tier": "加快培育"}],
    "fields-of-cluster": [{"cluster": "未来健康"}, {"cluster": "未来空间产业集群"}],
    "measures-min-funding": [{"min_wan_yuan": "0"}, {"min_wan_yuan": "2000.5"}],
    "measures-of-document": [{"document": "chongqing-2024-action-plan"}],
    "organizations-by-kind": [{"kind": "government"}, {"kind": "enterprise"}],
    "organizations-of-document": [{"document": "shanghai-2022-action-plan-news"}],
    "path-between": [{"a": "上海", "b": "脑机接口"}, {"a": "市科委", "b": "浦东"}, {"a": "重庆", "b": "先进核能", "hops": "2"},
                     {"a": "脑机接口", "b": "重庆市", "hops": "4"}],
    "programmes-by-kind": [{"kind": "行动"}, {"kind": "专项"}],
    "programmes-of-document": [{"document": "shanghai-2025-frontier-measures"}],
    "related-fields": [{"field": "脑机接口"}, {"field": "未来健康"}, {"field": "通用AI"}],
    "scenarios-of-city": [{"city": "重庆"}],
    "shared-fields": [{"city_a": "重庆市", "city_b": "上海市"}],
    "targets-by-year": [{"year": "2025"}, {"year": "2027"}],
    "targets-of-city": [{"city": "重庆"}],
    "zones-of-city": [{"city": "重庆"}],
}


# -- fast ----------------------------------------------------------------------------------------

def test_every_question_has_a_cypher_twin():
    assert queries.names(".cypher") == queries.names(".rq")


@pytest.mark.parametrize("name", queries.names(".rq"))
def test_twin_header_and_parameters(name):
    sparql = queries.parse_header(name, queries.read_query(name, ".rq"))
    text = queries.read_query(name, ".cypher")
    assert queries.parse_header(name, text) == sparql
    body = cypher_text(text)
    assert not body.startswith("#") and "MATCH" in body
    assert set(re.findall(r"\$(\w+)", body)) == set(sparql.param_names) | ({"limit"} if sparql.limit else set())


@pytest.mark.parametrize("name", queries.names(".rq"))
def test_a_cut_question_limits_both_twins(name):
    """A ``# limit:`` header goes with one ``LIMIT $limit`` in the .rq and in the .cypher, and only then."""
    limit = queries.question(name).limit
    for suffix in (".rq", ".cypher"):
        raw = queries._raw(name, suffix)
        assert len(queries.LIMIT_CLAUSE.findall(raw)) == (1 if limit else 0), suffix
    if limit:
        assert f"LIMIT {limit}\n" in queries.read_query(name) and "LIMIT 7\n" in queries.read_query(name, rows=7)
        assert "$limit" not in queries.read_query(name, rows=0)


def _map_literal(text: str, alias: str) -> dict[str, str]:
    found = re.search(r"\{([^{}]*)\}\s+AS\s+" + alias + r"\b", text)
    assert found, f"no map literal AS {alias}"
    return dict(re.findall(r"(\w+): '([^']*)'", found.group(1)))


def test_label_maps_match_the_ontology():
    labels = ontology_labels()
    entity = queries.read_query("entity", ".cypher")
    assert _map_literal(entity, "classes") == labels["classes"]
    assert _map_literal(entity, "props") == labels["props"]
    assert _map_literal(entity, "links") == labels["links"]
    assert _map_literal(entity, "extra") == labels["extra"]
    path = queries.read_query("path-between", ".cypher")
    assert _map_literal(path, "links") == labels["links"]
    types = re.search(r"\[:([A-Z_|]+)\*1\.\.3\]", path).group(1).split("|")
    assert sorted(types) == sorted(EDGE_TYPES)


def test_path_between_files_are_the_generated_text():
    from policykg.queries import path_between

    for suffix in (".rq", ".cypher"):
        assert queries.read_query("path-between", suffix) == path_between.text(suffix, 3), suffix
    q = queries.question("path-between")
    assert (q.hops, q.max_hops) == (path_between.DEFAULT_HOPS, path_between.MAX_HOPS)
    assert "{hops}" in q.if_empty


@pytest.mark.parametrize("hops", range(1, 9))
def test_path_between_text_for_each_limit(hops):
    from policykg.queries import path_between

    cypher = queries.read_query("path-between", ".cypher", hops=hops)
    assert f"*1..{hops}]" in cypher and set(re.findall(r"\$(\w+)", cypher)) == {"a", "b"}
    sparql = queries.read_query("path-between", ".rq", hops=hops)
    assert sparql.count("BIND (") - sparql.count("BIND (COALESCE") == hops  # one branch per length
    cols = path_between.columns(hops)
    assert re.findall(r"AS `?(\w+)`?", cypher.split("RETURN DISTINCT")[1].split("ORDER BY")[0]) == ["a", "b", *cols[1:]]
    assert re.search(r"SELECT DISTINCT (.*)", sparql).group(1).split() == [f"?{c}" for c in ["a", "b", *cols]]


@pytest.mark.parametrize("hops", range(1, 9))
def test_path_between_link_names_hang_on_a_named_end(hops):
    """Each link-name OPTIONAL reaches its link from ``?a`` or ``?b`` through its own patterns: Oxigraph
    evaluates these blocks on their own (a hash join), and an unanchored middle link (``?via1_iri ?f2
    ?via2_iri``) read every statement of the store (over 60 s at 10,000 documents)."""
    sparql = queries.read_query("path-between", ".rq", hops=hops)
    blocks = re.findall(r"\n    OPTIONAL \{\n(.*?)\n    \}", sparql, re.S)
    assert len(blocks) == 2 * sum(range(1, hops + 1))  # forward and backward name of every link of every branch
    for block in blocks:
        reached = {"?from_iri"} if "?from_iri pkg:nameKey ?a ." in block else {"?to_iri"}
        assert "pkg:nameKey" in block, block
        for s, o in re.findall(r"(\?\w+_iri) \(pkg:\S+\) (\?\w+_iri) \.", block):  # the walk, in order
            assert s in reached, block
            reached.add(o)
        s, o = re.search(r"(\?\w+_iri) \?[fb]\d (\?\w+_iri) \.", block).groups()
        assert s in reached or o in reached, block


@pytest.mark.parametrize("bad", ["0", "9", "2.5", "x", "3; MATCH (n) DETACH DELETE n", "-1"])
def test_path_between_hops_is_checked(bad):
    with pytest.raises(PolicyKGError, match="hops must be a whole number from 1 to 8"):
        query.run("path-between", {"a": "重庆", "b": "先进核能", "hops": bad})
    with pytest.raises(ValueError):
        queries.read_query("path-between", ".cypher", hops=bad)


def test_path_between_says_the_limit_in_use(capsys):
    from policykg.cli.app import main

    for args, limit in (([], 3), (["hops=2"], 2)):
        assert main(["query", "path-between", "a=脑机接口", "b=重庆市", *args]) == 0
        assert f"no path of at most {limit} links joins them" in capsys.readouterr().err
    assert main(["query", "path-between", "a=脑机接口", "b=重庆市", "hops=4", "--format", "json"]) == 0
    assert '"hops": 4' in capsys.readouterr().out


def test_cypher_text_strips_the_header():
    text = cypher_text(queries.read_query("clusters-of-city", ".cypher"))
    assert text.startswith("MATCH") and "# " not in text.splitlines()[0]


# -- live server ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def both_engines(neo4j_server, tmp_path_factory):
    """The corpus built (RDF folder) and loaded into Neo4j; ``neo4j`` registered as a query engine."""
    import neo4j
    from neo4j_fixture import wipe

    from policykg.pipeline.build import build_corpus

    out = tmp_path_factory.mktemp("parity")
    result = build_corpus(None, out)
    with neo4j.GraphDatabase.driver(neo4j_server.uri, auth=neo4j_server.auth) as driver:
        wipe(driver, neo4j_server.database)
        load_graph(driver, result.graph, neo4j_server.database)
    with pytest.MonkeyPatch.context() as mp:
        mp.setitem(query.ENGINES, "neo4j", ENGINE)
        mp.setenv("NEO4J_URI", neo4j_server.uri)
        mp.setenv("NEO4J_USER", neo4j_server.user)
        mp.setenv("NEO4J_PASSWORD", neo4j_server.password or "")
        mp.setenv("NEO4J_DATABASE", neo4j_server.database)
        yield out
    engine = query._loaded.pop("neo4j", None)
    if isinstance(engine, CypherEngine):
        engine.close()


def normalize(value):
    """A comparable form of a cell: stripped text, sorted lists, numbers (also numeric text) as floats."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, list):
        return tuple(sorted((normalize(v) for v in value), key=repr))
    text = str(value).strip()
    return float(text) if re.fullmatch(r"-?\d+(\.\d+)?", text) else text


def answer(name: str, params: dict, graph_dir, engine: str) -> list:
    rows = query.run(name, params, graph_dir=graph_dir, engine=engine)
    return sorted((tuple(sorted((k, normalize(v)) for k, v in row.items())) for row in rows), key=repr)


@pytest.mark.neo4j
@pytest.mark.parametrize("name", queries.names(".rq"))
def test_same_answers_on_both_engines(both_engines, name):
    q = queries.question(name)
    cuts = [{**q.example, "limit": n} for n in ("1", "2", "0")] if q.limit else []  # the same first rows
    for i, params in enumerate([q.example, *EXTRA.get(name, []), *cuts]):
        sparql = answer(name, params, both_engines, "oxigraph")
        cypher = answer(name, params, both_engines, "neo4j")
        if i == 0:
            assert sparql, f"{name}: the example should have an answer"
        assert cypher == sparql, f"{name} {params}"


@pytest.mark.neo4j
def test_path_between_finds_the_four_link_path_with_hops_4(both_engines):
    """脑机接口 and 重庆市 are 4 links apart on the corpus: no path within the default 3 links, and with
    ``hops=4`` as many paths as networkx finds on the same graph (15 at 3ce4c0d), on both engines."""
    import networkx as nx

    from policykg.pipeline.folder import source_graph

    links = nx.Graph(source_graph(both_engines).to_networkx())
    assert not list(nx.all_simple_paths(links, "Field/脑机接口", "Region/重庆市", cutoff=3))
    expected = [p for p in nx.all_simple_paths(links, "Field/脑机接口", "Region/重庆市", cutoff=4) if len(p) == 5]
    params = {"a": "脑机接口", "b": "重庆市"}
    for engine in ("oxigraph", "neo4j"):
        assert query.run("path-between", params, graph_dir=both_engines, engine=engine) == []
        assert query.run("path-between", {**params, "hops": "3"}, graph_dir=both_engines, engine=engine).hops == 3
    rows = query.run("path-between", {**params, "hops": "4"}, graph_dir=both_engines, engine="neo4j")
    assert rows.hops == 4 and rows and {r["hops"] for r in rows} == {4}
    assert len({(r["via1_iri"], r["via2_iri"], r["via3_iri"]) for r in rows}) == len(expected) > 0
    assert {r["to"] for r in rows} == {"重庆市"} and all(r["link4"] for r in rows)
    assert answer("path-between", {**params, "hops": "4"}, both_engines, "oxigraph") == \
        answer("path-between", {**params, "hops": "4"}, both_engines, "neo4j")


@pytest.mark.neo4j
@pytest.mark.slow
def test_entity_answers_agree_for_every_node(both_engines):
    from policykg.pipeline.folder import source_graph

    graph = source_graph(both_engines)
    for label in sorted({n.label for n in graph}):
        params = {"name": label}
        assert answer("entity", params, both_engines, "neo4j") == answer("entity", params, both_engines,
                                                                          "oxigraph"), label
