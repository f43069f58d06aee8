"""The one registry of file formats: what a build writes, what ``policykg export`` and
``policykg neo4j export`` accept, how each is read back.

An explicit table (no plugins): the RDF files (:mod:`policykg.rdf.files`), the Neo4j
reader's suffix rule (:mod:`policykg.neo4j.reader`) and the CLI's exporters
(:mod:`policykg.cli.graph`) are all read from it.

>>> RDF_FILES["ttl"], SUFFIXES[".jsonld"], EXPORTERS["neo4j-csv"]
('graph.ttl', 'jsonld', 'policykg.cli.neo4j_data:export_csv')
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Format:
    """One export format."""

    name: str  #: the ``--format`` value
    exporter: str  #: ``"module:function"`` taking ``(graph_dir, fmt, out)``
    file: str = ""  #: the file a build writes (RDF formats)
    suffix: str = ""  #: file suffix that names the format
    parser: str = ""  #: rdflib parser name


FORMATS: tuple[Format, ...] = (
    Format("ttl", "policykg.rdf.files:export", "graph.ttl", ".ttl", "turtle"),
    Format("nt", "policykg.rdf.files:export", "graph.nt", ".nt", "nt"),
    Format("jsonld", "policykg.rdf.files:export", "graph.jsonld", ".jsonld", "json-ld"),
    Format("trig", "policykg.rdf.files:export", "graph.trig", ".trig", "trig"),
    Format("neo4j-csv", "policykg.cli.neo4j_data:export_csv"),
)

#: RDF format → the file a build writes.
RDF_FILES: dict[str, str] = {f.name: f.file for f in FORMATS if f.file}
#: File suffix → RDF format.
SUFFIXES: dict[str, str] = {f.suffix: f.name for f in FORMATS if f.suffix}
#: File suffix → rdflib parser (N-Quads is read, never exported).
PARSERS: dict[str, str] = {**{f.suffix: f.parser for f in FORMATS if f.parser}, ".nq": "nquads"}
#: Export format → exporter.
EXPORTERS: dict[str, str] = {f.name: f.exporter for f in FORMATS}
