"""The schema table (policykg.model.schema) against everything that restates it: the ontology,
the SHACL shapes, the path-between queries, the HTML legend, the RDF and Neo4j tables, docs/model.md."""

from __future__ import annotations

import importlib.resources
import re
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, XSD, Graph
from rdflib.collection import Collection
from rdflib.namespace import SH

from policykg.model import PolicyGraph, schema
from policykg.model import terms as rdf
from policykg.neo4j import rows
from policykg.ontology.namespace import PKG
from policykg.viz.payload import TYPE_STYLES

ROOT = Path(__file__).resolve().parents[2]
MARK_START, MARK_END = "<!-- schema-table:start -->", "<!-- schema-table:end -->"


def _ttl(name: str) -> Graph:
    text = (importlib.resources.files("policykg.ontology") / name).read_text(encoding="utf-8")
    return Graph().parse(data=text, format="turtle")


@pytest.fixture(scope="module")
def onto() -> Graph:
    return _ttl("policykg.ttl")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return _ttl("shapes.ttl")


def _classes(g: Graph, node) -> set:
    """A class or the members of an ``owl:unionOf`` class."""
    union = g.value(node, OWL.unionOf)
    return set(Collection(g, union)) if union is not None else {node}


def _label(g: Graph, term, lang: str) -> str:
    return next(str(o) for o in g.objects(term, RDFS.label) if o.language == lang)


def test_node_types_are_the_ontology_classes(onto):
    for t in schema.NODE_TYPES_TABLE:
        cls = PKG[t.name]
        assert (cls, RDF.type, OWL.Class) in onto
        assert (_label(onto, cls, "zh"), _label(onto, cls, "en")) == (t.label_zh, t.label_en)


def test_edge_types_are_the_link_properties(onto):
    links = {p for p in onto.subjects(RDFS.subPropertyOf, PKG.link)}
    assert links == {PKG[t.predicate] for t in schema.EDGE_TYPES_TABLE}
    for t in schema.EDGE_TYPES_TABLE:
        prop = PKG[t.predicate]
        assert (prop, RDF.type, OWL.ObjectProperty) in onto
        assert _classes(onto, onto.value(prop, RDFS.domain)) == {PKG[c] for c in t.domain}, t.name
        assert _classes(onto, onto.value(prop, RDFS.range)) == {PKG[c] for c in t.range}, t.name
        assert (_label(onto, prop, "zh"), _label(onto, prop, "en")) == (t.label_zh, t.label_en)


def test_properties_are_datatype_properties_of_their_owners(onto):
    for p in (*schema.NODE_PROPERTIES, *schema.DERIVED_PROPERTIES):
        term = PKG[p.predicate]
        assert (term, RDF.type, OWL.DatatypeProperty) in onto, p.name
        assert onto.value(term, RDFS.range) == XSD[p.datatype], p.name
        domain = onto.value(term, RDFS.domain)
        if domain is not None:
            assert _classes(onto, domain) == {PKG[o] for o in p.owners}, p.name
    for p in schema.EDGE_PROPERTIES:
        assert (PKG[p.predicate], RDFS.domain, PKG.Assertion) in onto
        assert all(p.name in schema.EDGES[e].props for e in p.owners)


def _class_expr(names) -> str:
    return f"pkg:{names[0]}" if len(names) == 1 else (
        "[ a owl:Class ; owl:unionOf ( " + " ".join(f"pkg:{n}" for n in names) + " ) ]")


def declaration_stubs(onto: Graph) -> str:
    """Turtle declaring the table's classes, links and properties that ``ontology/policykg.ttl`` does not
    declare yet (labels, domain, range; the ``rdfs:comment`` and alignments are for the reviewer to add)."""
    out = []
    for t in schema.NODE_TYPES_TABLE:
        if (PKG[t.name], RDF.type, OWL.Class) not in onto:
            out.append(f'pkg:{t.name} a owl:Class ;\n    rdfs:label "{t.label_zh}"@zh , "{t.label_en}"@en .')
    for t in schema.EDGE_TYPES_TABLE:
        if (PKG[t.predicate], RDF.type, OWL.ObjectProperty) not in onto:
            out.append(f"pkg:{t.predicate} a owl:ObjectProperty ;\n    rdfs:subPropertyOf pkg:link ;\n"
                       f"    rdfs:domain {_class_expr(t.domain)} ; rdfs:range {_class_expr(t.range)} ;\n"
                       f'    rdfs:label "{t.label_zh}"@zh , "{t.label_en}"@en .')
    for p in (*schema.NODE_PROPERTIES, *schema.EDGE_PROPERTIES, *schema.DERIVED_PROPERTIES):
        if (PKG[p.predicate], RDF.type, OWL.DatatypeProperty) not in onto:
            domain = "pkg:Assertion" if p in schema.EDGE_PROPERTIES else _class_expr(p.owners)
            out.append(f"pkg:{p.predicate} a owl:DatatypeProperty ;\n    rdfs:domain {domain} ; "
                       f"rdfs:range xsd:{p.datatype} .")
    return "\n\n".join(out)


def test_the_ontology_declares_every_term_of_the_table(onto, regen):
    """``--regen`` appends what is missing to ontology/policykg.ttl, for review."""
    stubs = declaration_stubs(onto)
    if stubs and regen:
        path = ROOT / "ontology" / "policykg.ttl"
        path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n\n# Declared by `pytest --regen "
                        "tests/model/test_schema.py` from policykg/model/schema.py: review, add comments.\n"
                        + stubs + "\n", encoding="utf-8")
    else:
        assert not stubs, "run pytest --regen tests/model/test_schema.py and review ontology/policykg.ttl:\n" + stubs


def test_shapes_agree_with_the_table(shapes):
    extra = {PKG.Funding, PKG.Assertion}
    edges = {PKG[t.predicate]: t for t in schema.EDGE_TYPES_TABLE}
    props = {PKG[p.predicate]: p for p in (*schema.NODE_PROPERTIES, *schema.DERIVED_PROPERTIES)}
    checked = 0
    for shape in set(shapes.subjects(SH.targetClass, None)):
        targets = set(shapes.objects(shape, SH.targetClass))
        assert all(c in extra or str(c).removeprefix(str(PKG._NS)) in schema.NODES for c in targets)
        types = {str(c).removeprefix(str(PKG._NS)) for c in targets} & set(schema.NODES)
        for ps in shapes.objects(shape, SH.property):
            path = shapes.value(ps, SH.path)
            if path in edges:
                assert types <= set(edges[path].domain), (shape, path)
                cls = shapes.value(ps, SH["class"])
                if cls is not None:
                    assert str(cls).removeprefix(str(PKG._NS)) in edges[path].range, (shape, path)
                checked += 1
            elif path in props:
                assert types <= set(props[path].owners), (shape, path)
                dt = shapes.value(ps, SH.datatype)
                assert dt is None or dt == XSD[props[path].datatype], (shape, path)
                checked += 1
    assert checked > 20


def test_path_between_lists_every_link():
    rq = (ROOT / "queries" / "path-between.rq").read_text(encoding="utf-8")
    alternations = re.findall(r"\((pkg:\w+(?:\|pkg:\w+)*)\|\^\((pkg:\w+(?:\|pkg:\w+)*)\)\)", rq)
    assert alternations and all(a == b == schema.link_alternation() for a, b in alternations)
    assert rq.count("pkg:coversRegion|") == 2 * len(alternations)
    cy = (ROOT / "queries" / "path-between.cypher").read_text(encoding="utf-8")
    assert re.search(r"\[:([A-Z_|]+)\*1\.\.3\]", cy).group(1) == "|".join(schema.EDGE_TYPES)
    names = dict(re.findall(r"([A-Z_]+): '([^']+)'", re.search(r"\{(COVERS_REGION: [^}]*)\} AS links", cy).group(1)))
    assert names == {t.name: t.label_zh for t in schema.EDGE_TYPES_TABLE}


def test_derived_tables():
    assert list(TYPE_STYLES) == list(schema.NODE_TYPES)
    assert TYPE_STYLES["Field"] == {"color": "#0ca678", "shape": "dot", "zh": "领域"}
    assert rows.EDGE_TYPES == tuple(rdf.EDGE_PROPERTIES) == schema.EDGE_TYPES
    assert set(rdf.NODE_PROPS) == set(schema.PROPERTIES)
    assert rdf.NODE_PROPS["date"] == (PKG.date, XSD.date)


def test_add_edge_rejects_an_unknown_type():
    g = PolicyGraph()
    g.add_node("Field", "甲")
    with pytest.raises(ValueError, match="unknown edge type"):
        g.add_edge("Field/甲", "LIKES", "Field/甲")
    with pytest.raises(ValueError, match="unknown node type"):
        g.add_node("Planet", "火星")


def schema_markdown() -> str:
    """The tables of docs/model.md's schema section, rendered from the schema table."""
    out = ["| node type | class (zh / en) | legend | colour | shape |", "|---|---|---|---|---|"]
    out += [f"| {t.name} | {t.label_zh} / {t.label_en} | {t.legend} | `{t.color}` | {t.shape} |"
            for t in schema.NODE_TYPES_TABLE]
    out += ["", "| edge | RDF predicate | from → to | label (zh) | props |", "|---|---|---|---|---|"]
    out += [f"| {t.name} | `pkg:{t.predicate}` | {'/'.join(t.domain)} → {'/'.join(t.range)} | {t.label_zh} "
            f"| {', '.join(t.props)} |" for t in schema.EDGE_TYPES_TABLE]
    out += ["", "| property | RDF predicate | datatype | on |", "|---|---|---|---|"]
    out += [f"| {p.name} | `pkg:{p.predicate}` | `xsd:{p.datatype}` | {', '.join(p.owners)} |"
            for p in (*schema.NODE_PROPERTIES, *schema.EDGE_PROPERTIES)]
    out += ["", "Derived by the build (in the derived graph, from no text):", "",
            "| property | RDF predicate | datatype | on |", "|---|---|---|---|"]
    out += [f"| {p.name} | `pkg:{p.predicate}` | `xsd:{p.datatype}` | {', '.join(p.owners)} |"
            for p in schema.DERIVED_PROPERTIES]
    return "\n".join(out)


def test_docs_model_tables_are_the_schema_table(regen):
    path = ROOT / "docs" / "model.md"
    text = path.read_text(encoding="utf-8")
    assert MARK_START in text and MARK_END in text, "docs/model.md lost its schema-table markers"
    head, rest = text.split(MARK_START, 1)
    body, tail = rest.split(MARK_END, 1)
    want = "\n" + schema_markdown() + "\n"
    if regen and body != want:
        path.write_text(head + MARK_START + want + MARK_END + tail, encoding="utf-8")
    else:
        assert body == want, "run pytest --regen tests/model/test_schema.py and review the docs diff"


def catalogue_lists(text: str) -> str:
    """A catalogue query's text with its lists of the schema rewritten from the table: the node labels and
    class names of ``entity.cypher``, the link names and the link alternations of ``path-between.*``
    (and of any other query that spells them out)."""
    labels = ", ".join(f"'{t}'" for t in schema.NODE_TYPES)
    classes = ", ".join(f"{t.name}: '{t.label_zh}'" for t in schema.NODE_TYPES_TABLE)
    links = ", ".join(f"{t.name}: '{t.label_zh}'" for t in schema.EDGE_TYPES_TABLE)
    alt = schema.link_alternation()
    text = re.sub(r"(labels\(n\) WHERE l IN \[)'Document'[^\]]*\]", lambda m: m.group(1) + labels + "]", text)
    text = re.sub(r"\{(Document: [^}]*)\} AS classes", lambda m: "{" + ", ".join(
        [classes, *(f"{k}: '{v}'" for k, v in re.findall(r"(\w+): '([^']*)'", m.group(1)) if k not in schema.NODES)])
        + "} AS classes", text)  # the subclasses (Interpretation, City …) follow the node types
    text = re.sub(r"\{COVERS_REGION: [^}]*\} AS links", lambda m: "{" + links + "} AS links", text)
    text = re.sub(r"\[:COVERS_REGION(?:\|[A-Z_]+)*\*1\.\.3\]", lambda m: "[:" + "|".join(schema.EDGE_TYPES) + "*1..3]",
                  text)
    return re.sub(r"\(pkg:coversRegion(?:\|pkg:\w+)*\|\^\(pkg:coversRegion(?:\|pkg:\w+)*\)\)",
                  lambda m: f"({alt}|^({alt}))", text)


def test_catalogue_lists_are_the_schema_table(regen):
    """Every list of node types or links in ``queries/`` is the table's (``--regen`` rewrites them)."""
    stale = []
    for path in sorted((ROOT / "queries").glob("*.*")):
        if path.suffix not in (".rq", ".cypher"):
            continue
        text = path.read_text(encoding="utf-8")
        want = catalogue_lists(text)
        if want != text:
            if regen:
                path.write_text(want, encoding="utf-8")
            else:
                stale.append(path.name)
    assert not stale, f"{stale}: run pytest --regen tests/model/test_schema.py and review the diff"


def test_entity_cypher_lists_every_node_type():
    cy = (ROOT / "queries" / "entity.cypher").read_text(encoding="utf-8")
    types = re.search(r"labels\(n\) WHERE l IN \[([^\]]*)\]", cy).group(1)
    assert [t.strip(" '") for t in types.split(",")] == list(schema.NODE_TYPES)
    classes = dict(re.findall(r"(\w+): '([^']+)'", re.search(r"\{(Document: [^}]*)\} AS classes", cy).group(1)))
    assert {t.name: classes.get(t.name) for t in schema.NODE_TYPES_TABLE} == {
        t.name: t.label_zh for t in schema.NODE_TYPES_TABLE}


def test_every_digest_list_names_a_node_type():
    from policykg.model.digest import LIST_NODE_TYPES, LISTS

    assert list(LIST_NODE_TYPES) == list(LISTS)
    assert set(LIST_NODE_TYPES.values()) <= set(schema.NODES)
    assert {t: schema.document_link(t) for t in ("Scenario", "District", "Organization")} == {
        "Scenario": "HAS_SCENARIO", "District": "HAS_DISTRICT", "Organization": "MENTIONS_ORGANIZATION"}
    with pytest.raises(ValueError, match="no single link"):
        schema.document_link("Planet")
