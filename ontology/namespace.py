"""RDF namespaces of policykg: the closed ontology namespace :class:`PKG` and friends.

:class:`PKG` is a closed :class:`rdflib.namespace.DefinedNamespace`: a mistyped
term (``PKG.hasFeild``) raises ``AttributeError`` instead of minting a new IRI.
``tests/rdf/test_ontology.py`` checks that every term here is declared in
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

    # classes
    Assertion: URIRef
    City: URIRef
    Cluster: URIRef
    District: URIRef
    Document: URIRef
    Field: URIRef
    Funding: URIRef
    Interpretation: URIRef
    Measure: URIRef
    Nation: URIRef
    NewsReport: URIRef
    Organization: URIRef
    Person: URIRef
    PolicyText: URIRef
    Programme: URIRef
    Province: URIRef
    Region: URIRef
    Scenario: URIRef
    Target: URIRef
    Zone: URIRef
    # object properties
    about: URIRef
    broader: URIRef
    coversRegion: URIRef
    hasCluster: URIRef
    hasDistrict: URIRef
    hasField: URIRef
    hasMeasure: URIRef
    hasProgramme: URIRef
    hasScenario: URIRef
    hasZone: URIRef
    inRegion: URIRef
    includesField: URIRef
    issuedBy: URIRef
    link: URIRef
    locatedIn: URIRef
    maxFunding: URIRef
    mentionsOrganization: URIRef
    mentionsPerson: URIRef
    partOf: URIRef
    related: URIRef
    setsTarget: URIRef
    targetTime: URIRef
    worksFor: URIRef
    # datatype properties
    adcode: URIRef
    amountWanYuan: URIRef
    capRatio: URIRef
    charCount: URIRef
    charEnd: URIRef
    charStart: URIRef
    date: URIRef
    direction: URIRef
    docType: URIRef
    identifier: URIRef
    issuerName: URIRef
    kind: URIRef
    level: URIRef
    metric: URIRef
    nameKey: URIRef
    qualifier: URIRef
    quote: URIRef
    referenced: URIRef
    regionLevel: URIRef
    role: URIRef
    rule: URIRef
    section: URIRef
    sha256: URIRef
    shortName: URIRef
    sourceFile: URIRef
    tier: URIRef
    unit: URIRef
    validFrom: URIRef
    validUntil: URIRef
    value: URIRef
    valueMin: URIRef
    year: URIRef


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
    return sorted(PKG[name] for name in PKG.__annotations__)
