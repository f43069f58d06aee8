"""Adding a node type is a row of the schema table: the dry run of docs/model.md's "Adding an entity type".

A toy type (``Award``, linked by ``HAS_AWARD`` from a document) is added to a copy of
``policykg/model/schema.py`` that a fresh interpreter loads in place of the real one.  Without
touching any other file, the RDF, the Neo4j rows, the closed ontology namespace, the viz
legend, the builder (a named item of a digest list) and the docs tables take it up; ``--regen``
writes the catalogue's lists of types and links and the ontology's declarations of the new
class and link (here rendered, not written).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: appended to a copy of schema.py: one node type, one edge type, nothing else
TOY_ROWS = '''
NODE_TYPES_TABLE += (NodeType("Award", "奖项", "award", "奖项", "#fab005", "star"),)
EDGE_TYPES_TABLE += (EdgeType("HAS_AWARD", "hasAward", _DOC, ("Award",), "获得奖项", "has award"),)
NODES = {t.name: t for t in NODE_TYPES_TABLE}
EDGES = {t.name: t for t in EDGE_TYPES_TABLE}
NODE_TYPES = tuple(NODES)
EDGE_TYPES = tuple(EDGES)
'''

SCRIPT = r'''
import json, sys, types
from pathlib import Path

root, rows_text = Path(sys.argv[1]), sys.argv[2]
path = root / "policykg" / "model" / "schema.py"
toy = types.ModuleType("policykg.model.schema")
toy.__file__ = str(path)
sys.modules[toy.__name__] = toy  # loaded before policykg.model, so everything imports the toy table
exec(compile(path.read_text(encoding="utf-8") + rows_text, str(path), "exec"), toy.__dict__)

from rdflib import OWL, RDF, Graph

from policykg.model import PolicyGraph, schema
from policykg.model.digest import LIST_NODE_TYPES, LISTS
from policykg.model.terms import iri, static_graph
from policykg.neo4j import rows
from policykg.ontology.namespace import PKG
from policykg.rdf.files import serialize
from policykg.resolve import builder
from policykg.viz.html import render_html
from policykg.viz.payload import TYPE_STYLES

sys.path.insert(0, str(root / "tests" / "model"))
import test_schema  # the docs tables, the query lists and the ontology stubs, rendered from the table
from test_schema import catalogue_lists, schema_markdown

# the builder: a digest list of named items becomes Award nodes linked by HAS_AWARD
Award = type("Award", (dict,), {})  # the digest module's item TypedDict and LISTS entry
LISTS["awards"], LIST_NODE_TYPES["awards"] = Award, Award.__name__
ev = {"start": 0, "end": 4, "quote": "荣获金奖。", "section": "一、", "rule": "award.name"}
digest = {"document": {"id": "d1", "title": "某市奖励办法", "region": "上海市", "doc_type": "实施意见", "evidence": {}},
          "awards": [{"name": "金奖", "evidence": ev}]}
g = builder.build_graph([digest])
award = g.nodes_of("Award")[0]
nt = serialize(g, "nt").decode()
node_rows, edge_rows = rows.node_rows(g), rows.edge_rows(g)
onto = static_graph()
stubs = test_schema.declaration_stubs(onto)
ttl = (root / "ontology" / "policykg.ttl").read_text(encoding="utf-8")
regenerated = Graph().parse(data=ttl + "\n" + stubs + "\n", format="turtle")
test_schema.test_node_types_are_the_ontology_classes(regenerated)  # the checks pass on the regenerated file
test_schema.test_edge_types_are_the_link_properties(regenerated)
queries = {name: catalogue_lists((root / "queries" / name).read_text(encoding="utf-8"))
           for name in ("entity.cypher", "path-between.cypher", "path-between.rq")}
print(json.dumps({
    "add_node_accepts": award.id,
    "rdf_class": f"<{iri(award.id)}> <{RDF.type}> <{PKG.Award}> ." in nt,
    "rdf_link": f"<{PKG.hasAward}>" in nt,
    "neo4j_labels": sorted(node_rows),
    "neo4j_types": sorted({t for t, _, _ in edge_rows}),
    "neo4j_label_known": "Award" in rows.LABELS and "HAS_AWARD" in rows.EDGE_TYPES,
    "legend": TYPE_STYLES["Award"],
    "page_has_legend": "奖项" in render_html(g),
    "docs_row": [line for line in schema_markdown().splitlines() if "Award" in line],
    "ontology_declares": (PKG.Award, RDF.type, OWL.Class) in onto,
    "link_alternation_has": "pkg:hasAward" in schema.link_alternation(),
    "ontology_stubs": stubs,
    "regen_entity_cypher": ["'Award'" in queries["entity.cypher"], "Award: '奖项'" in queries["entity.cypher"],
                            "HAS_AWARD: '获得奖项'" in queries["entity.cypher"]],
    "regen_path_between": ["|WORKS_FOR|HAS_AWARD*1..3]" in queries["path-between.cypher"],
                           queries["path-between.rq"].count("|pkg:hasAward") == queries["path-between.rq"].count(
                               "pkg:coversRegion|")],
}, ensure_ascii=False))
'''


@pytest.fixture(scope="module")
def toy() -> dict:
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(ROOT), TOY_ROWS], capture_output=True, text=True,
                         cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_toy_node_type_reaches_every_backend_from_the_schema_table(toy):
    assert toy["add_node_accepts"] == "Award/金奖"
    assert toy["rdf_class"] and toy["rdf_link"]
    assert "Award" in toy["neo4j_labels"] and "HAS_AWARD" in toy["neo4j_types"] and toy["neo4j_label_known"]
    assert toy["legend"] == {"color": "#fab005", "shape": "star", "zh": "奖项"} and toy["page_has_legend"]
    assert toy["docs_row"] == ["| Award | 奖项 / award | 奖项 | `#fab005` | star |",
                               "| HAS_AWARD | `pkg:hasAward` | Document → Award | 获得奖项 |  |"]
    assert toy["link_alternation_has"]


def test_regen_writes_the_toy_into_the_catalogue_lists(toy):
    """``pytest --regen tests/model/test_schema.py`` would add the type to entity.cypher and the link to
    path-between.rq/.cypher (here only rendered, not written)."""
    assert toy["regen_entity_cypher"] == [True, True, True]
    assert toy["regen_path_between"] == [True, True]


def test_regen_declares_the_toy_in_the_ontology(toy):
    """The ontology lacks the class and link until ``pytest --regen tests/model/test_schema.py`` appends
    their declarations (labels, domain, range; the table's checks then pass on the file)."""
    assert not toy["ontology_declares"]
    assert toy["ontology_stubs"] == (
        'pkg:Award a owl:Class ;\n    rdfs:label "奖项"@zh , "award"@en .\n\n'
        "pkg:hasAward a owl:ObjectProperty ;\n    rdfs:subPropertyOf pkg:link ;\n"
        '    rdfs:domain pkg:Document ; rdfs:range pkg:Award ;\n    rdfs:label "获得奖项"@zh , "has award"@en .')
