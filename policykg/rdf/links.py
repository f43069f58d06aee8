"""The source lists of the derived graph: ``pkg:sourceList``, the documents a link comes from, as one literal.

A question that shows, per link, the documents it is derived from (``districts-of-cluster``,
``fields-of-cluster``, ``entity``) gathered them from the link's assertions: every assertion
``?a rdf:subject s ; rdf:predicate p ; rdf:object o ; prov:wasDerivedFrom ?doc`` and the
document's ``pkg:identifier``, five look-ups a piece of evidence, at 10,000 documents thousands of
them a question.  The build writes, for every link ``s p o`` of the graph, one triple in the
derived graph (``id:graph/derived``)::

    id:link/<first 24 hex digits of SHA-1("<s> <p> <o>")>  pkg:sourceList  "doc-1|doc-2"

the identifiers of the documents of its evidence, distinct, sorted, joined by ``|`` (the
separator of the catalogue's list columns; ``""`` when no evidence names a document).  A query
names the link node from the link itself, the same way (:data:`SPARQL_LINK`), and reads one
literal instead of gathering the assertions; the answer does not change because the list is the
one the assertions give (a test holds them equal on the bundled corpus).
"""

from __future__ import annotations

import hashlib

from policykg.model import PolicyGraph
from policykg.model.provenance import edge_evidence
from policykg.ontology.namespace import ID, PKG

_SOURCE_LIST = f"<{PKG.sourceList}>"
#: Prefix of a link node's IRI.
LINK_NS = f"{ID}link/"
#: SPARQL for ``?link``, the link node of ``?s ?p ?o`` (three variables or IRIs): use it as
#: ``SPARQL_LINK.format(s="?s", p="pkg:locatedIn", o="?o")``.
SPARQL_LINK = ('IRI(CONCAT("' + LINK_NS + '", SUBSTR(SHA1(CONCAT(STR({s}), " ", STR({p}), " ", STR({o}))), '
               '1, 24)))')


def link_iri(s: str, p: str, o: str) -> str:
    """``<IRI>`` of the link node of the statement ``s p o`` (IRIs without brackets).

    >>> link_iri("https://w3id.org/policykg/id/a", "https://w3id.org/policykg/ontology#hasField",
    ...          "https://w3id.org/policykg/id/b")
    '<https://w3id.org/policykg/id/link/f9812aeab4e2045280519b05>'
    """
    return f"<{LINK_NS}{hashlib.sha1(f'{s} {p} {o}'.encode()).hexdigest()[:24]}>"


def _literal(text: str) -> str:
    # document identifiers are NFC text without quotes, backslashes or line breaks (keys of the digest)
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'


def source_lines(graph: PolicyGraph, node_iri, edge_predicate) -> list[str]:
    """The ``pkg:sourceList`` lines of ``graph`` (N-Triples without the final ``" ."``), sorted;
    ``node_iri(id)`` and ``edge_predicate(edge)`` give ``<IRI>`` terms as the writer names them."""
    out = []
    for edge in graph.edges.values():
        s, p, o = node_iri(edge.source), edge_predicate(edge), node_iri(edge.target)
        docs = set()
        for ev in edge_evidence(edge):
            doc = graph.nodes.get("Document/" + ev.doc) if ev.doc else None
            if doc is not None:
                docs.add(doc.key)
        out.append(f"{link_iri(s[1:-1], p[1:-1], o[1:-1])} {_SOURCE_LIST} {_literal('|'.join(sorted(docs)))}")
    return sorted(out)
