"""The digest: what extraction produces for one document, and what the builder reads.

A digest is plain JSON (``OUT/digests/<id>.json``); these ``TypedDict`` classes name its
keys and value types for :func:`policykg.loaders.extract`, :func:`policykg.resolve.builder.build_graph`
and :func:`policykg.devtools.synthetic.generate_document`.  The format, with the meaning of
each key, is ``docs/digest.md``; ``tests/model/test_digest.py`` holds it, these classes and the
digests of the bundled and synthetic corpora equal.  Every key is optional to a reader
(``total=False``): the gold digests of ``tests/data/gold`` carry no evidence.

>>> sorted(Digest.__annotations__)[:3]
['clusters', 'districts', 'document']
>>> LISTS["fields"] is Field
True
"""

from __future__ import annotations

from typing import TypedDict


class SpanEvidence(TypedDict, total=False):
    """Where an item is stated: a span of the normalized text, its sentence, outline path and rule."""

    start: int
    end: int
    quote: str
    section: str  #: outline path, e.g. ``二、(一) 1.``
    rule: str  #: the extraction rule, e.g. ``field.cluster_item``


class DocumentMeta(TypedDict, total=False):
    """The ``document`` object: the document's own metadata."""

    id: str  #: the file stem (the Document node key)
    file: str
    title: str
    region: str  #: full name (``上海市``, ``全国``)
    region_level: str  #: ``nation`` | ``province`` | ``city``
    jurisdiction: str | None  #: the district or zone whose text it is, below its region (``黄埔区``, ``合肥高新区``)
    doc_type: str
    issuer: str | None
    date: str | None  #: ``YYYY-MM-DD``
    valid_from: str | None
    valid_until: str | None
    period: str | None
    doc_number: str | None
    about: str | None  #: title of the policy an interpretation or news report is about
    chars: int  #: characters of the normalized text
    sha256: str  #: of the normalized text
    layout: str  #: the synthetic generator's document layout (its truth only)
    evidence: dict[str, SpanEvidence]  #: metadata key → where it is stated


class Cluster(TypedDict, total=False):
    name: str
    direction: str
    aliases: list[str]
    fields: list[str]
    districts: list[str]
    evidence: SpanEvidence
    field_evidence: dict[str, SpanEvidence]  #: field name → the sentence naming it
    district_evidence: dict[str, SpanEvidence]


class Field(TypedDict, total=False):
    name: str
    aliases: list[str]
    cluster: str | None
    tier: str | None
    evidence: SpanEvidence


class District(TypedDict, total=False):
    name: str
    aliases: list[str]
    adcode: str  #: 12 digits (cpca's dataset)
    parent: str  #: the city or province name
    evidence: SpanEvidence


class Zone(TypedDict, total=False):
    name: str
    aliases: list[str]
    kind: str
    evidence: SpanEvidence


class Programme(TypedDict, total=False):
    name: str
    aliases: list[str]
    short: str
    kind: str
    referenced: bool  #: named by the document but set up elsewhere
    evidence: SpanEvidence


class Measure(TypedDict, total=False):
    name: str
    section: str
    max_funding_wan_yuan: int | float | None
    max_funding_text: str  #: the amount as written (``2000万元``)
    amounts_wan_yuan: list[int | float]
    cap_ratio: float | None
    evidence: SpanEvidence
    funding_evidence: SpanEvidence  #: the sentence stating the amount
    note: str  #: an annotator's note (gold digests only)


class Target(TypedDict, total=False):
    year: int | None
    metric: str
    value: int | float
    value_min: int | float
    unit: str
    qualifier: str | None
    written: str  #: the target as the text writes it (gold and synthetic truth)
    evidence: SpanEvidence


class Organization(TypedDict, total=False):
    name: str
    aliases: list[str]
    kind: str
    evidence: SpanEvidence


class Scenario(TypedDict, total=False):
    name: str
    aliases: list[str]
    evidence: SpanEvidence


class Person(TypedDict, total=False):
    name: str
    role: str
    evidence: SpanEvidence


class Digest(TypedDict, total=False):
    """One document's digest."""

    document: DocumentMeta
    clusters: list[Cluster]
    fields: list[Field]
    districts: list[District]
    zones: list[Zone]
    programmes: list[Programme]
    measures: list[Measure]
    targets: list[Target]
    organizations: list[Organization]
    scenarios: list[Scenario]  #: objects here; the gold format also allows plain names
    people: list[Person]


#: Digest list key → the TypedDict of its items.
LISTS: dict[str, type] = {"clusters": Cluster, "fields": Field, "districts": District, "zones": Zone,
                          "programmes": Programme, "measures": Measure, "targets": Target,
                          "organizations": Organization, "scenarios": Scenario, "people": Person}
#: Digest list key → the node type its items become: the item's TypedDict is named after it
#: (:mod:`policykg.model.schema`).
LIST_NODE_TYPES: dict[str, str] = {key: item.__name__ for key, item in LISTS.items()}
