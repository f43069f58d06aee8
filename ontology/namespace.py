"""RDF namespaces of policykg: the closed ontology namespace :class:`PKG` and friends.

:class:`PKG` is a closed :class:`rdflib.namespace.DefinedNamespace`: a mistyped
term (``PKG.hasFeild``) raises ``AttributeError`` instead of minting a new IRI.
The classes and properties of the schema table (:mod:`policykg.model.schema`) are
its terms without being listed here again (:data:`SCHEMA_TERMS`); the others are
listed below.  ``tests/rdf/test_ontology.py`` checks that every term is declared in
``ontology/policykg.ttl`` and vice versa.

>>> str(PKG.hasField)
'https://w3id.org/policykg/ontology#hasField'
>>> PKG.hasFeild
Traceback (most recent call last):
...
AttributeError: term 'hasFeild' not in namespace 'https://w3id.org/policykg/ontology#'
"""

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from policykg.model.schema import (
    DERIVED_PROPERTIES,
    EDGE_PROPERTIES,
    EDGE_TYPES_TABLE,
    NODE_PROPERTIES,
    NODE_TYPES_TABLE,
)

#: The terms the schema table names: a class per node type, an object property per edge type, a
#: datatype property per node, edge or derived property (:mod:`policykg.model.schema`).
SCHEMA_TERMS: tuple[str, ...] = tuple(sorted(
    {t.name for t in NODE_TYPES_TABLE} | {t.predicate for t in EDGE_TYPES_TABLE}
    | {p.predicate for p in (*NODE_PROPERTIES, *EDGE_PROPERTIES, *DERIVED_PROPERTIES)}))

#: Ontology IRI (the owl:Ontology resource).
ONTOLOGY_IRI = URIRef("https://w3id.org/policykg/ontology")
#: Data IRIs (documents, regions, fields …) live under this namespace.
ID = Namespace("https://w3id.org/policykg/id/")
#: SHACL shapes of ``ontology/shapes.ttl``.
SHAPES = Namespace("https://w3id.org/policykg/shapes#")
#: European Legislation Identifier ontology.
ELI = Namespace("http://data.europa.eu/eli/ontology#")
#: schema.org (https form, as rdflib's ``SDO``).
SCHEMA = Namespace("https://schema.org/")


class PKG(DefinedNamespace):
    """Terms of the policykg ontology (``https://w3id.org/policykg/ontology#``)."""

    _NS = Namespace("https://w3id.org/policykg/ontology#")
    _fail = True
    #: the schema table's classes and properties (:data:`SCHEMA_TERMS`); the terms below are the others
    _extras = list(SCHEMA_TERMS)

    # classes
    Assertion: URIRef
    City: URIRef
    FieldCoverage: URIRef
    Funding: URIRef
    Interpretation: URIRef
    Nation: URIRef
    NewsReport: URIRef
    PolicyText: URIRef
    Province: URIRef
    # object properties
    coverageField: URIRef
    coverageRegion: URIRef
    link: URIRef
    maxFunding: URIRef
    targetTime: URIRef
    # datatype properties
    charEnd: URIRef
    charStart: URIRef
    identifier: URIRef
    nameKey: URIRef
    quote: URIRef
    rule: URIRef


#: Prefixes bound in every export and query.
PREFIXES: dict[str, str] = {
    "pkg": str(PKG._NS),
    "id": str(ID),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "org": "http://www.w3.org/ns/org#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "time": "http://www.w3.org/2006/time#",
    "schema": str(SCHEMA),
    "eli": str(ELI),
    "dcterms": "http://purl.org/dc/terms/",
    "vann": "http://purl.org/vocab/vann/",
}


def pkg_terms() -> list[URIRef]:
    """Every term of :class:`PKG`, sorted.

    >>> PKG.Field in pkg_terms()
    True
    """
    return sorted(PKG[name] for name in (*PKG.__annotations__, *PKG._extras))
