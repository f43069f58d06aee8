"""The ontology (ontology/policykg.ttl), its closed namespace, and the SHACL shapes."""

from __future__ import annotations

import importlib.resources

import pytest
from policy_samples import SH25, ev, gold_graph, small_graph
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.namespace import SH

from policykg.model import NODE_TYPES
from policykg.model import terms as rdf
from policykg.ontology.namespace import ELI, PKG, SCHEMA, pkg_terms
from policykg.rdf import files as rdf_files
from policykg.rdf.validate import shapes_graph, validate

NS = str(PKG._NS)
ORG = "http://www.w3.org/ns/org#"


@pytest.fixture(scope="module")
def onto() -> Graph:
    text = (importlib.resources.files("policykg.ontology") / "policykg.ttl").read_text(encoding="utf-8")
    return Graph().parse(data=text, format="turtle")


def declared(onto) -> set[str]:
    """Local names of pkg: terms typed as class or property in the TTL."""
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    return {str(s)[len(NS):] for k in kinds for s in onto.subjects(RDF.type, k) if str(s).startswith(NS)}


def test_every_namespace_term_is_declared_and_vice_versa(onto):
    in_code = {str(t)[len(NS):] for t in pkg_terms()}
    subjects = {str(s)[len(NS):] for s in onto.subjects() if isinstance(s, URIRef) and str(s).startswith(NS)}
    assert in_code == declared(onto) == subjects


def test_namespace_is_closed():
    with pytest.raises(AttributeError):
        PKG.hasFeild  # noqa: B018


@pytest.mark.parametrize("term", pkg_terms(), ids=lambda t: str(t)[len(NS):])
def test_every_term_has_bilingual_labels_and_a_comment(onto, term):
    langs = {lit.language for lit in onto.objects(term, RDFS.label)}
    assert {"zh", "en"} <= langs
    assert list(onto.objects(term, RDFS.comment))


def test_one_class_per_node_type_and_one_property_per_edge_type(onto):
    assert set(rdf.CLASSES) == set(NODE_TYPES)
    for cls in rdf.CLASSES.values():
        assert (cls, RDF.type, OWL.Class) in onto
    assert len(set(rdf.EDGE_PROPERTIES.values())) == len(rdf.EDGE_PROPERTIES)
    for prop in rdf.EDGE_PROPERTIES.values():
        assert (prop, RDF.type, OWL.ObjectProperty) in onto
        assert (prop, RDFS.subPropertyOf, PKG.link) in onto
    for term, _ in rdf.NODE_PROPS.values():
        assert (term, RDF.type, OWL.DatatypeProperty) in onto


def test_alignments_with_standard_vocabularies(onto):
    expected = [(PKG.Field, SKOS.Concept), (PKG.Organization, URIRef(ORG + "Organization")),
                (PKG.Funding, SCHEMA.MonetaryAmount), (PKG.PolicyText, ELI.LegalResource),
                (PKG.PolicyText, SCHEMA.Legislation), (PKG.Nation, PKG.Region)]
    for sub, sup in expected:
        assert (sub, RDFS.subClassOf, sup) in onto
    assert (PKG.broader, RDFS.subPropertyOf, SKOS.broader) in onto
    assert (PKG.related, RDFS.subPropertyOf, SKOS.related) in onto


def test_owl_dl_typing(onto):
    """Every IRI used in an axiom is typed, and no IRI is both a class and a property."""
    typed = {s for s in onto.subjects(RDF.type, None)}
    axioms = (RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range)
    builtin = ("http://www.w3.org/2001/XMLSchema#", str(OWL))
    for p in axioms:
        for s, o in onto.subject_objects(p):
            for term in (s, o):
                if isinstance(term, URIRef) and not str(term).startswith(builtin):
                    assert term in typed, f"{term} is used in {p} but not declared"
    classes = set(onto.subjects(RDF.type, OWL.Class))
    props = {s for k in (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
             for s in onto.subjects(RDF.type, k)}
    assert not classes & props
    assert len(list(onto.subjects(RDF.type, OWL.Ontology))) == 1


def test_shapes_only_use_declared_terms(onto):
    shapes = shapes_graph()
    used = {o for p in (SH.path, SH.targetClass, SH["class"]) for o in shapes.objects(None, p)
            if isinstance(o, URIRef) and str(o).startswith(NS)}
    assert used and used <= set(pkg_terms())
    assert len(list(shapes.subjects(RDF.type, SH.NodeShape))) >= 12


# -- SHACL ----------------------------------------------------------------------
def test_small_graph_conforms_except_the_unsourced_link():
    report = validate(small_graph())
    assert not report.conforms
    assert [(r.label, r.path, r.value) for r in report.violations] == [("上海市", "pkg:partOf", "全国")]
    assert "has no provenance" in report.text()


def test_small_graph_with_provenance_conforms():
    g = small_graph()
    g.edges[("Region/上海市", "PART_OF", "Region/全国")].evidence.append(ev("", "", rule="cpca"))
    report = validate(g)
    assert report.conforms, report.text()
    assert report.triples > 1000


def test_gold_graph_conforms(gold_digests):
    report = validate(gold_graph(gold_digests))
    assert report.conforms, report.text()


def _broken(mutate):
    """The small graph (fixed) as RDF, changed by ``mutate(union_graph)``."""
    g = small_graph()
    g.edges[("Region/上海市", "PART_OF", "Region/全国")].evidence.append(ev("", "", rule="cpca"))
    union = rdf_files.union_graph(rdf_files.to_dataset(g))
    mutate(union)
    return validate(union)


def _funding(g):
    return next(g.subjects(RDF.type, PKG.Funding))


BROKEN = {
    "negative funding": (lambda g: g.set((_funding(g), SCHEMA.value, Literal("-5.0", datatype=rdf.XSD.decimal))),
                         "non-negative"),
    "year out of range": (lambda g: g.set((rdf.iri("Target/重庆市/2027/未来产业先导区"), PKG.year, Literal(1800))),
                          "1990-2100"),
    "untagged label": (lambda g: g.add((rdf.iri("Scenario/未来工厂"), RDFS.label, Literal("未来工厂x"))),
                       "language"),
    "document without type": (lambda g: g.remove((rdf.iri(f"Document/{SH25}"), PKG.docType, None)),
                              "exactly one type"),
    "link without provenance": (lambda g: g.add((rdf.iri(f"Document/{SH25}"), PKG.hasField, rdf.iri("Field/合成生物"))),
                                "no provenance"),
    "link to the wrong class": (lambda g: g.add((rdf.iri("Cluster/上海市/未来健康"), PKG.includesField,
                                                 rdf.iri("Scenario/未来工厂"))), "rdfs:range"),
    "assertion of a missing link": (lambda g: g.remove((rdf.iri("Person/吴金城"), PKG.worksFor, None)),
                                    "not in the data"),
    "Latin abbreviation tagged @zh": (lambda g: g.add((rdf.iri("Scenario/未来工厂"), SKOS.altLabel,
                                                      Literal("BCI", lang="zh"))), "Latin abbreviation"),
    "Chinese alias without a tag": (lambda g: g.add((rdf.iri("Scenario/未来工厂"), SKOS.altLabel,
                                                     Literal("未来工厂y"))), "no language tag"),
    "cap ratio above 1": (lambda g: g.set((rdf.iri(f"Measure/{SH25}/(八)"), PKG.capRatio,
                                           Literal("1.5", datatype=rdf.XSD.decimal))), "cap ratio"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_shapes_catch_broken_data(case):
    mutate, message = BROKEN[case]
    report = _broken(mutate)
    assert not report.conforms
    assert any(message in r.message for r in report.violations), report.text()


def test_latin_abbreviations_have_no_zh_tag():
    """BCI, 6G, XR …: names without a Chinese character are written without a language tag."""
    g = small_graph()
    g.add_node("Field", "脑机接口", aliases=["BCI", "脑机交互"])
    union = rdf_files.union_graph(rdf_files.to_dataset(g))
    alts = set(union.objects(rdf.iri("Field/脑机接口"), SKOS.altLabel))
    assert Literal("BCI") in alts and Literal("脑机交互", lang="zh") in alts
    assert not [o for o in union.objects(None, SKOS.altLabel) if o.language == "zh" and str(o).isascii()]
    vocab = rdf.static_graph()
    assert not [o for o in vocab.objects(None, SKOS.altLabel) if o.language == "zh" and str(o).isascii()]
    assert "BCI" in rdf.vocabulary_names(rdf.vocabulary_iris()["脑机接口"])


def _with_links(*links) -> Graph:
    """The small graph (fixed), with ``(source, type, target, target type)`` links added, each with a quote."""
    g = small_graph()
    g.edges[("Region/上海市", "PART_OF", "Region/全国")].evidence.append(ev("", "", rule="cpca"))
    for source, type_, target, target_type in links:
        g.add_node(target_type, target.split("/", 1)[1], label=target.split("/")[-1])
        g.add_edge(source, type_, target, evidence=[ev(SH25, "本区")])
    return validate(g)


def test_a_jurisdiction_is_a_district_or_a_zone():
    """JURISDICTION's range is a union (District or Zone): either conforms, a field does not."""
    report = _with_links((f"Document/{SH25}", "JURISDICTION", "District/310115000000", "District"))
    assert report.conforms, report.text()
    report = _with_links((f"Document/{SH25}", "JURISDICTION", "Zone/上海市/临港新片区", "Zone"))
    assert report.conforms, report.text()
    report = _with_links((f"Document/{SH25}", "JURISDICTION", "Field/合成生物", "Field"))
    assert any("rdfs:range" in r.message for r in report.violations), report.text()


def test_a_cited_policy_needs_no_region_or_type():
    """A policy that a text reports on but the corpus does not hold (a stub, known by its title) is the source of
    nothing: it has no region and no type, and conforms."""
    g = small_graph()
    g.edges[("Region/上海市", "PART_OF", "Region/全国")].evidence.append(ev("", "", rule="cpca"))
    g.add_node("Document", "某市促进某产业发展若干措施", label="某市促进某产业发展若干措施", props={"stub": True})
    g.add_edge(f"Document/{SH25}", "ABOUT", "Document/某市促进某产业发展若干措施", evidence=[ev(SH25, "若干措施")])
    report = validate(g)
    assert report.conforms, report.text()
