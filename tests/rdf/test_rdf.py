"""policykg.model.terms and policykg.rdf.files: PolicyGraph → Dataset, stable IRIs, provenance, files and round trips."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st
from policy_samples import CQ, SH, gold_graph, small_graph
from rdflib import RDF, XSD, Dataset, Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import PROV

from policykg.errors import PolicyKGError
from policykg.model import PolicyGraph
from policykg.model import terms as rdf
from policykg.ontology.namespace import ID, PKG, PREFIXES, SCHEMA
from policykg.rdf import files as rdf_files

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "rdf-sample.trig"
PARSE = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld", "trig": "trig"}


@pytest.fixture(scope="module")
def graph() -> PolicyGraph:
    return small_graph()


@pytest.fixture(scope="module")
def ds(graph) -> Dataset:
    return rdf_files.to_dataset(graph)


@pytest.fixture(scope="module")
def out_dir(ds, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("rdf")
    rdf_files.write_all(ds, out)
    return out


def named(ds: Dataset) -> dict:
    return {g.identifier: g for g in ds.graphs() if len(g)}


# -- IRIs -------------------------------------------------------------------------
def test_iris_are_ascii_and_reversible(graph):
    for node in graph:
        iri = rdf.iri(node.id)
        assert str(iri).isascii()
        assert rdf.node_id(iri) == node.id


def test_field_iris_are_vocabulary_concepts():
    assert str(rdf.iri("Field/脑机接口")) == "https://w3id.org/policykg/field/brain-computer-interface"
    assert str(rdf.iri("Field/某新领域")).startswith(str(ID["field/"]))


@given(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30))
def test_any_key_round_trips(key):
    assert rdf.node_id(rdf.iri(f"Zone/{key}")) == f"Zone/{key}"
    assert str(rdf.iri(f"Zone/{key}")).isascii()


def test_name_keys():
    assert {"上海", "上海市"} <= rdf.name_keys(["上海市"])
    assert {"浦东", "浦东新区"} <= rdf.name_keys(["浦东新区"])
    assert "未来健康" in rdf.name_keys(["未来健康产业集群"])
    assert rdf.name_key("扩展现实（ＸＲ）") == rdf.name_key("扩展现实(XR)") == "扩展现实(xr)"
    assert rdf.name_keys(["市委"]) == {"市委"}  # a suffix is kept when too little would remain


# -- the dataset --------------------------------------------------------------------
def test_same_graph_same_dataset(graph, ds):
    again = rdf_files.to_dataset(graph)
    assert set(ds.quads()) == set(again.quads())


def test_one_named_graph_per_document(graph, ds):
    names = set(named(ds))
    docs = {rdf.ID[f"graph/document/{n.key}"] for n in graph.nodes_of("Document")}
    assert names == docs | {rdf.ONTOLOGY_GRAPH, rdf.ENTITIES_GRAPH, rdf.DERIVED_GRAPH}
    sh = ds.graph(rdf.ID[f"graph/document/{SH}"])
    assert (rdf.iri(f"Document/{SH}"), PKG.hasField, rdf.iri("Field/脑机接口")) in sh
    assert (rdf.iri(f"Document/{CQ}"), PKG.hasField, rdf.iri("Field/先进核能")) not in sh


def test_every_link_has_provenance(graph, ds):
    union = rdf_files.union_graph(ds)
    for edge in graph.edges.values():
        s, p, o = rdf.iri(edge.source), rdf.EDGE_PROPERTIES[edge.type], rdf.iri(edge.target)
        assert (s, p, o) in union
        assertions = set(union.subjects(RDF.subject, s)) & set(union.subjects(RDF.object, o))
        assertions = {a for a in assertions if (a, RDF.predicate, p) in union}
        if edge.evidence:
            assert len(assertions) == len(set(edge.evidence))


def test_assertion_records_span_quote_rule_and_tier(ds):
    g = ds.graph(rdf.ID[f"graph/document/{CQ}"])
    a = next(a for a in g.subjects(RDF.predicate, PKG.hasField)
             if (a, RDF.object, rdf.iri("Field/先进核能")) in g)
    assert g.value(a, PROV.wasDerivedFrom) == rdf.iri(f"Document/{CQ}")
    assert g.value(a, PKG.quote) == Literal("先进核能")
    assert g.value(a, PKG.rule) == Literal("field.list")
    assert g.value(a, PKG.tier) == Literal("跟踪前沿技术")
    assert g.value(a, PKG.charEnd).toPython() - g.value(a, PKG.charStart).toPython() == len("先进核能")


def test_properties_funding_and_years(ds):
    union = rdf_files.union_graph(ds)
    m = rdf.iri("Measure/shanghai-2025-frontier-measures/(八)")
    f = union.value(m, PKG.maxFunding)
    assert (f, RDF.type, PKG.Funding) in union
    assert union.value(f, SCHEMA.value) == Literal("2000.0", datatype=XSD.decimal)
    assert str(union.value(f, SCHEMA.currency)) == "CNY" and str(union.value(f, SCHEMA.unitText)) == "万元"
    t = rdf.iri("Target/上海市/2030/未来产业产值")
    assert union.value(t, PKG.year) == Literal(2030)
    assert (union.value(t, PKG.targetTime), rdf.TIME.inXSDgYear, Literal("2030", datatype=XSD.gYear)) in union
    assert (rdf.iri("Region/全国"), RDF.type, PKG.Nation) in union
    assert (rdf.iri("Document/shanghai-2022-action-plan-news"), RDF.type, PKG.NewsReport) in union


def test_unknown_edge_type_is_a_programming_error():
    g = PolicyGraph()
    g.add_node("Field", "甲")
    g.add_node("Field", "乙")
    with pytest.raises(ValueError, match="unknown edge type 'MENTIONS_FIELD'"):
        g.add_edge("Field/甲", "MENTIONS_FIELD", "Field/乙")
    assert g.number_of_edges() == 0


# -- files and round trips -------------------------------------------------------------
def test_write_all_writes_four_files(out_dir):
    assert sorted(p.name for p in out_dir.iterdir()) == ["graph.jsonld", "graph.nt", "graph.trig", "graph.ttl"]


def test_ntriples_sorted_and_byte_identical_on_rerun(graph, out_dir, tmp_path):
    """The same graph gives the same bytes in another process with another hash seed."""
    lines = (out_dir / "graph.nt").read_text(encoding="utf-8").splitlines()
    assert lines == sorted(set(lines))
    rdf_files.write_all(graph, tmp_path / "here")
    code = ("import sys; sys.path.insert(0, sys.argv[2]); from policy_samples import small_graph; "
            "from policykg.rdf import files as rdf_files; rdf_files.write_all(small_graph(), sys.argv[1])")
    subprocess.run([sys.executable, "-c", code, str(tmp_path / "there"), str(Path(__file__).resolve().parents[1])], check=True,
                   env={**os.environ, "PYTHONHASHSEED": "12345"})
    for name in ("graph.nt", "graph.ttl", "graph.trig", "graph.jsonld"):
        assert (tmp_path / "here" / name).read_bytes() == (tmp_path / "there" / name).read_bytes(), name
    assert (tmp_path / "here" / "graph.nt").read_bytes() == (out_dir / "graph.nt").read_bytes()


def test_external_sort_gives_the_same_files(graph, out_dir, tmp_path, monkeypatch):
    """Large graphs are sorted in runs merged from disk: the files are the same."""
    monkeypatch.setattr(rdf_files, "SORT_CHUNK", 50)
    rdf_files.write_all(graph, tmp_path)
    assert len(list(tmp_path.iterdir())) == 4  # the runs and the temporary N-Quads are gone
    for name in ("graph.nt", "graph.ttl"):
        assert (tmp_path / name).read_bytes() == (out_dir / name).read_bytes(), name


def test_two_processes_give_the_same_files(graph, tmp_path, monkeypatch):
    """Large graphs are written by two spawned processes: the files are the same."""
    rdf_files.write_all(graph, tmp_path / "one")
    monkeypatch.setattr(rdf_files, "PARALLEL_BYTES", 0)
    rdf_files.write_all(graph, tmp_path / "two")
    for name in rdf_files.FORMATS.values():
        assert (tmp_path / "two" / name).read_bytes() == (tmp_path / "one" / name).read_bytes(), name


def test_one_format_leaves_the_others_alone(graph, tmp_path):
    (tmp_path / "graph.nt").write_text("keep", encoding="utf-8")
    assert rdf_files.write_formats(graph, tmp_path, ["ttl"]) == {"ttl": tmp_path / "graph.ttl"}
    assert (tmp_path / "graph.nt").read_text(encoding="utf-8") == "keep"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.nt", "graph.ttl"]


@pytest.mark.parametrize("fmt", ["ttl", "nt"])
def test_triple_formats_round_trip(ds, out_dir, fmt):
    back = Graph().parse(out_dir / rdf_files.FORMATS[fmt], format=PARSE[fmt])
    assert isomorphic(back, rdf_files.union_graph(ds))


@pytest.mark.parametrize("fmt", ["trig", "jsonld"])
def test_dataset_formats_round_trip_per_named_graph(ds, out_dir, fmt):
    back = Dataset()
    back.parse(out_dir / rdf_files.FORMATS[fmt], format=PARSE[fmt])
    got, want = named(back), named(ds)
    assert set(got) == set(want)
    for name, g in want.items():
        assert isomorphic(got[name], g), name


@pytest.mark.parametrize("fmt", sorted(PARSE))
def test_pyoxigraph_loads_every_file(ds, out_dir, fmt):
    store = ox.Store()
    store.load(path=str(out_dir / rdf_files.FORMATS[fmt]))
    expected = len(set(ds.quads())) if fmt in ("trig", "jsonld") else len(rdf_files.union_graph(ds))
    assert len(store) == expected


def test_load_dataset(ds, out_dir):
    back = rdf_files.load_dataset(out_dir)
    assert isomorphic(rdf_files.union_graph(back), rdf_files.union_graph(ds))
    with pytest.raises(PolicyKGError, match="no RDF graph"):
        rdf_files.load_dataset(out_dir / "missing")


def test_export_to_file_and_stdout(out_dir, tmp_path, capsysbinary):
    written = rdf_files.export(out_dir, "nt", tmp_path / "x.nt")
    assert written.read_bytes() == (out_dir / "graph.nt").read_bytes()
    rdf_files.export(out_dir, "ttl", "-")
    assert capsysbinary.readouterr().out.startswith(b"@prefix")
    with pytest.raises(PolicyKGError, match="unknown RDF format"):
        rdf_files.export(out_dir, "xml", tmp_path / "x.xml")


def test_golden_sample_dataset(ds, regen):
    """The sample graph's data graphs (not the ontology) as TriG, compared by meaning per
    named graph; ``pytest --regen`` rewrites the file."""
    data = Dataset()
    for prefix, ns in PREFIXES.items():
        data.bind(prefix, ns)
    for g in ds.graphs():
        if len(g) and g.identifier != rdf.ONTOLOGY_GRAPH:
            data.graph(g.identifier).__iadd__(g)
    if regen:
        GOLDEN.write_bytes(rdf_files.serialize(data, "trig"))
    golden = Dataset()
    golden.parse(GOLDEN, format="trig")
    got, want = named(data), named(golden)
    assert set(got) == set(want)
    for name in want:
        assert isomorphic(got[name], want[name]), f"{name} differs from {GOLDEN.name} (pytest --regen)"


def test_gold_graph(gold_digests, tmp_path):
    graph = gold_graph(gold_digests)
    assert rdf.unmapped_props(graph) == set()
    ds = rdf_files.to_dataset(graph)
    union = rdf_files.union_graph(ds)
    by_class = Counter(o for o in union.objects(None, RDF.type) if str(o).startswith(str(PKG._NS)))
    assert by_class[PKG.Document] == 5 and by_class[PKG.Assertion] >= graph.number_of_edges()
    rdf_files.write_all(ds, tmp_path)
    back = Graph().parse(tmp_path / "graph.nt", format="nt")
    assert isomorphic(back, union)
