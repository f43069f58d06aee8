"""Injection: values reach SPARQL and Cypher only as parameters; HTML never runs document text.

SPARQL: every question of the catalogue runs with hostile parameter values on
both engines; the query text handed to the engine is the ``.rq`` file as
shipped, no value appears in it, and the store is unchanged.  A document whose
title and measure names are full of metacharacters is found by those names:
they are matched as data.  Cypher (``@pytest.mark.neo4j``): the same graph is
loaded into Neo4j, read back unchanged, and hostile values sent to the
``.cypher`` questions change nothing.  HTML: a node labelled with markup and
script is rendered as text, in the raw page and in headless Chromium
(``@pytest.mark.browser``), even with the page's Content-Security-Policy
removed.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import urllib.parse
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest

from policykg import queries, query, query_params
from policykg.errors import PolicyKGError
from policykg.model import Evidence, PolicyGraph
from policykg.viz import snapshots

BAD = Path(__file__).resolve().parent / "data" / "bad"
INJECTIONS = [
    '上海" } ; DROP ALL ; #',
    "'}) DETACH DELETE n //",
    '上海"@zh } UNION { ?s ?p ?o } #',
    '\\" . } INSERT DATA { <urn:a> <urn:b> <urn:c> } #',
    "<script>alert(1)</script>",
    "$city ?x ${x} %22 \\u0022",
]
TYPED = {"integer": "2030", "decimal": "1000"}
PAYLOAD = "<img src=x onerror=alert(1)><script>alert(2)</script>"
QUOTE = "他说</script><script>alert(3)</script>\u2028 & <!--"


@pytest.fixture(scope="module")
def metachar_digest() -> dict:
    from policykg.loaders import extract

    return extract(BAD / "metachars.txt")


@pytest.fixture(scope="module")
def graph_dir(tmp_path_factory, gold_digests, metachar_digest) -> Path:
    """RDF of the gold digests plus the metacharacter document."""
    from policykg.rdf.files import write_all
    from policykg.resolve.builder import build_graph

    out = tmp_path_factory.mktemp("graph")
    write_all(build_graph([*gold_digests.values(), metachar_digest]), out)
    return out


def _params(question, value: str) -> dict:
    return {p.name: TYPED.get(p.type, value) for p in question.params}


def _shipped(name: str, suffix: str = ".rq") -> str:
    return (Path(queries.__file__).parent / f"{name}{suffix}").read_text(encoding="utf-8")


@pytest.fixture
def captured(monkeypatch):
    """Records ``(text, params)`` of every query an engine receives."""
    seen: list[tuple[str, dict]] = []

    def spy(engine_name):
        engine = query.get_engine(engine_name)
        real = engine.select

        def select(graph_dir, text, params):
            seen.append((text, dict(params)))
            return real(graph_dir, text, params)

        monkeypatch.setattr(engine, "select", select)

    return seen, spy


def _size(engine_name: str, graph_dir: Path) -> int:
    engine = query.get_engine(engine_name)
    return len(engine.store(graph_dir) if engine_name == "oxigraph" else engine.dataset(graph_dir))


# -- SPARQL --------------------------------------------------------------------------------
WITH_TEXT_PARAMS = [q.name for q in queries.questions() if any(p.type in ("name", "string") for p in q.params)]


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
@pytest.mark.parametrize("name", WITH_TEXT_PARAMS)
def test_sparql_values_are_parameters_only(graph_dir, captured, engine, name):
    seen, spy = captured
    spy(engine)
    before = (_size(engine, graph_dir), hashlib.sha256((graph_dir / "graph.trig").read_bytes()).hexdigest())
    question = queries.question(name)
    values = INJECTIONS if engine == "oxigraph" else INJECTIONS[:2]
    for value in values:
        rows = query.run(name, _params(question, value), graph_dir=graph_dir, engine=engine)
        assert isinstance(rows, list)
    assert len(seen) == len(values)
    for (text, params), value in zip(seen, values, strict=True):
        # the shipped file, but for a cut question's LIMIT $limit (the checked default limit + 1) and the
        # list pages those rows are on (VALUES ?page { $pages })
        shipped = queries.fill_pages(_shipped(name), question.limit + 1)
        assert text == queries.LIMIT_CLAUSE.sub(f"LIMIT {question.limit + 1}", shipped)
        for p in question.params:
            if p.type in ("name", "string"):
                assert value not in text and str(params[p.name]) not in text
    after = (_size(engine, graph_dir), hashlib.sha256((graph_dir / "graph.trig").read_bytes()).hexdigest())
    assert after == before


@pytest.mark.parametrize("value", ["2030 } UNION { ?s ?p ?o }", "1; DROP ALL", "'})"])
def test_typed_parameters_refuse_text(graph_dir, value):
    typed = [q for q in queries.questions() if any(p.type in ("integer", "decimal") for p in q.params)]
    assert typed
    for question in typed:
        params = {p.name: value if p.type in ("integer", "decimal") else "上海" for p in question.params}
        with pytest.raises(PolicyKGError, match="must be"):
            query.run(question.name, params, graph_dir=graph_dir)


def test_metacharacter_names_are_matched_as_data(graph_dir, metachar_digest):
    """The document and its measures are found by their hostile names."""
    title = metachar_digest["document"]["title"]
    docs = {r["document_id"] for r in query.run("document-overview", {}, graph_dir=graph_dir)}
    assert "metachars" in docs
    measures = query.run("measures-of-document", {"document": title}, graph_dir=graph_dir)
    names = {json.dumps(r, ensure_ascii=False) for r in measures}
    assert any("'})MATCH(n)DETACH_DELETE_n//" in n for n in names), measures


# -- Cypher ----------------------------------------------------------------------------------
@pytest.mark.neo4j
def test_cypher_loads_hostile_names_and_values_stay_parameters(neo4j_server, neo4j_driver, metachar_digest,
                                                               monkeypatch):
    from policykg.neo4j.connection import Settings
    from policykg.neo4j.cypher_engine import CypherEngine, cypher_text
    from policykg.neo4j.reader import read_graph
    from policykg.neo4j.writer import counts, load_graph
    from policykg.resolve.builder import build_graph

    graph = build_graph([metachar_digest])
    graph.add_node("Organization", PAYLOAD, evidence=[Evidence("metachars", 0, 1, QUOTE)])
    graph.add_edge("Document/metachars", "MENTIONS_ORGANIZATION", f"Organization/{PAYLOAD}",
                   evidence=[Evidence("metachars", 0, 1, QUOTE)])
    db = neo4j_server.database
    load_graph(neo4j_driver, graph, db)
    loaded = counts(neo4j_driver, db)
    back = read_graph(neo4j_driver, db)
    assert back.nodes[f"Organization/{PAYLOAD}"].label == PAYLOAD
    assert back.nodes["Document/metachars"].label == graph.nodes["Document/metachars"].label
    assert QUOTE in {e.quote for e in back.nodes[f"Organization/{PAYLOAD}"].evidence}

    engine = CypherEngine(Settings(neo4j_server.uri, neo4j_server.user, neo4j_server.password, db))
    sent: list[tuple[str, dict]] = []
    real = neo4j_driver.__class__.execute_query

    def spy(self, text, *args, **kwargs):
        sent.append((text, kwargs.get("parameters_") or {}))
        return real(self, text, *args, **kwargs)

    monkeypatch.setattr(neo4j_driver.__class__, "execute_query", spy)
    try:
        for question in queries.questions():
            if question.name not in queries.names(".cypher") or not any(p.type in ("name", "string") for p in question.params):
                continue
            text = queries.read_query(question.name, ".cypher")
            for value in INJECTIONS[:2]:
                bound = query_params.bind_params(question, _params(question, value))
                if question.limit:  # what query.run binds for a cut question's LIMIT $limit
                    bound["limit"] = question.limit + 1
                engine.select(None, text, bound)
                assert sent[-1][0] == cypher_text(_shipped(question.name, ".cypher"))
                assert value not in sent[-1][0]
    finally:
        engine.close()
    monkeypatch.undo()
    assert counts(neo4j_driver, db) == loaded


def test_neo4j_statements_hold_no_values():
    """Every statement the loader builds is fixed text: labels from the closed lists, values as $rows."""
    from policykg.neo4j import rows as neo4j_rows  # imported in the test, as the other Neo4j checks here
    from policykg.neo4j import statements as neo4j_statements

    statements = [*neo4j_statements.constraint_statements(), neo4j_statements.RETRACT_NODES,
                  neo4j_statements.RETRACT_RELS, neo4j_statements.DELETE_RELS, neo4j_statements.DELETE_NODES]
    statements += [neo4j_statements.node_statement(n) for n in neo4j_rows.LABELS]
    statements += [neo4j_statements.concept_rel_statement(t) for t in neo4j_rows.SKOS_TYPES]
    for statement in statements:
        assert "'" not in statement and '"' not in statement, statement
    with pytest.raises(ValueError):
        neo4j_rows.label("Field`) DETACH DELETE (n")


# -- HTML ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def hostile_graph() -> PolicyGraph:
    g = PolicyGraph()
    ev = [Evidence("d", 0, 5, QUOTE, "一、", "test")]
    g.add_node("Document", "d", label=f"文件{PAYLOAD}", props={"title": PAYLOAD}, evidence=ev)
    g.add_node("Organization", PAYLOAD, evidence=ev)
    g.add_node("Field", "脑机接口", aliases=[PAYLOAD, "'})\"\\"], evidence=ev)
    g.add_edge("Document/d", "MENTIONS_ORGANIZATION", f"Organization/{PAYLOAD}", evidence=ev)
    g.add_edge("Document/d", "HAS_FIELD", "Field/脑机接口", props={"tier": PAYLOAD}, evidence=ev)
    return g


class _TagNames(HTMLParser):
    def __init__(self):
        super().__init__()
        self.names: list[str] = []
        self.attrs: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.names.append(tag)
        self.attrs += [name for name, _ in attrs]


def _tags(page: str) -> list[str]:
    """Start-tag names of a page, as a browser's tokenizer sees them (script text is not markup)."""
    parser = _TagNames()
    parser.feed(page)
    return parser.names


def _attrs(page: str) -> list[str]:
    """Attribute names of every start tag of a page."""
    parser = _TagNames()
    parser.feed(page)
    return parser.attrs


@pytest.mark.parametrize("mode,kwargs", [("graph", {}), ("focus", {"focus": f"Organization/{PAYLOAD}", "depth": 1}),
                                         ("focus", {"focus": "脑机接口", "depth": 1, "title": PAYLOAD})])
def test_raw_page_holds_no_markup_from_data(hostile_graph, mode, kwargs):
    from policykg.viz.html import render_html

    page = render_html(hostile_graph, mode, **kwargs)
    for needle in ("<script>alert", "<img src=x", "</script><script>", "\u2028"):
        assert needle not in page
    assert _tags(page).count("script") == 3  # the JSON block, vis-network, the page script
    assert "img" not in _tags(page)
    data = page.split('id="policykg-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and ">" not in data
    assert PAYLOAD in json.dumps(json.loads(data), ensure_ascii=False)
    assert not [a for a in _attrs(page) if a.startswith("on")], "an inline event handler in the markup"


ALERT_HOOK = ('<script>window.alert = function (m) { document.documentElement.setAttribute("data-alerted", String(m)); };'
              '</script>')


def _unprotected(page: str) -> str:
    """The page without its Content-Security-Policy, with window.alert recording into ``<html>``."""
    page = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page)
    return page.replace("<head>", "<head>" + ALERT_HOOK, 1)


@pytest.mark.browser
@pytest.mark.parametrize("protected", [True, False], ids=["with-csp", "csp-removed"])
@pytest.mark.parametrize("needle", ["<img", "alert(2)"])
def test_browser_runs_no_text_from_documents(hostile_graph, tmp_path, protected, needle):
    if snapshots.find_chromium() is None:
        pytest.skip("chromium is not installed (apt-get install -y chromium)")
    from policykg.viz.html import render_html

    page = render_html(hostile_graph)
    path = tmp_path / "hostile.html"
    path.write_text(page if protected else _unprotected(page), encoding="utf-8")
    snap = snapshots.snapshot(path, fragment="search=" + urllib.parse.quote(needle))
    assert snap.attr("state") == "ready", snap.attrs
    assert "alerted" not in snap.attrs and "errors" not in snap.attrs, snap.attrs
    assert snap.attr("selected"), "the search did not select the hostile node"
    assert "<img" not in snap.dom.lower().replace("&lt;img", "")
    assert html.escape(PAYLOAD, quote=False) in snap.dom
    if not protected:
        assert _tags(snap.dom).count("script") == 4  # the hook is the only one added


def test_unprotected_copy_really_has_the_hook():
    page = _unprotected('<html><head><meta http-equiv="Content-Security-Policy" content="x"></head></html>')
    assert "Content-Security-Policy" not in page and "data-alerted" in page


def test_decimal_and_integer_params_are_typed():
    question = next(q for q in queries.questions() if any(p.type == "decimal" for p in q.params))
    bound = query_params.bind_params(question, _params(question, "上海"))
    assert any(isinstance(v, Decimal) for v in bound.values())


@pytest.mark.browser
def test_browser_check_catches_a_real_injection(tmp_path):
    """The alert hook does record an injected handler: the check above can fail."""
    if snapshots.find_chromium() is None:
        pytest.skip("chromium is not installed (apt-get install -y chromium)")
    path = tmp_path / "injected.html"
    path.write_text(_unprotected(f"<html><head></head><body>{PAYLOAD}</body></html>"), encoding="utf-8")
    snap = snapshots.snapshot(path)
    assert snap.attr("alerted") in ("1", "2")
