"""The list pages of the derived graph: ``pkg:listPage``, where a node stands in a catalogue list's order.

A cut catalogue question (the first 100 measures by amount, the first 100 programmes of a kind …)
sorts every candidate before its ``LIMIT``; at 10,000 documents that is thousands of look-ups for
each answer.  The build writes, for each node of such a list, the page (``PAGE`` entries a page)
of its place in the question's own order, in the derived graph (``id:graph/derived``).  A question
then starts from ``VALUES ?page { … }`` (:func:`policykg.queries.read_query` puts the pages the
asked rows need there) and keeps its ``ORDER BY`` and ``LIMIT``: the page only has to select a
superset of the rows the answer shows, so the answers do not change.

Where two questions read the same list in orders that differ only inside a tie (``largest-funding``
and ``measures-min-funding``: the same amount in the same document, then by IRI or by name), the
page is that of the tie's first entry, so the first N entries of either order are on the pages
``0 … (N - 1) // PAGE``.  A node with several entries (in two documents, or of two kinds) has one
page, the first of its entries': a question always reads the pages from 0 on, so the node is read
whenever one of its entries is due, and never twice (its other entries come with it and the
question's own filter and order place them).

Lists (each one question's candidates and order; the node type says which list a page belongs to):

- Document: every document by identifier — ``document-overview``;
- Measure: every (measure with a funding cap, document with a ``pkg:hasMeasure`` to it), largest
  amount first, then document identifier (ties: name or IRI) — ``largest-funding``,
  ``measures-min-funding``;
- Programme, per ``pkg:kind``: not referenced first, then name, IRI — ``programmes-by-kind``;
- Organization, per ``pkg:kind``: name, IRI — ``organizations-by-kind``;
- Target, per ``pkg:year``: metric, IRI — ``targets-by-year``;
- Assertion of a ``pkg:hasField`` link, per ``pkg:tier``: (document identifier, field name, field
  IRI) — ``fields-by-tier`` (every assertion of one document–field link shares its page).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal

from policykg.model import PolicyGraph
from policykg.model import terms as rdf
from policykg.model.provenance import edge_evidence
from policykg.model.schema import LIST_PAGE as PAGE
from policykg.ontology.namespace import PKG

_LIST_PAGE = f"<{PKG.listPage}>"
_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"


def pages(entries: Iterable[tuple[tuple, tuple, str]]) -> dict[str, int]:
    """``node IRI → page`` of one list, from ``(tie key, rest of the order, node IRI)`` entries.

    Entries are sorted by ``tie key + rest + (IRI,)``; an entry's page is that of the first
    entry of its tie key (``position // PAGE``), a node's page that of its first entry.  Each entry
    must be at least one row of the question's answer (a place counts one row).

    >>> found = pages([((i // 3,), (-i,), f"n{i:03}") for i in range(250)])
    >>> found["n002"], found["n101"], found["n102"], found["n249"]  # n099 … n101 tie, from place 99
    (0, 0, 1, 2)
    """
    out: dict[str, int] = {}
    first: dict[tuple, int] = {}
    for pos, (tie, _rest, iri) in enumerate(sorted(entries, key=lambda e: (e[0], e[1], e[2]))):
        out.setdefault(iri, first.setdefault(tie, pos) // PAGE)
    return out


def _iri(nid: str) -> str:
    return str(rdf.iri(nid))


def _values(value) -> list:
    if value is None or value == "" or value == []:
        return []
    return sorted(value, key=str) if isinstance(value, (list, tuple, set)) else [value]


def _measures(graph: PolicyGraph) -> dict[str, int]:
    entries = []
    for node in graph.nodes_of("Measure"):
        amount = node.props.get("max_funding_wan_yuan")
        if amount is None:
            continue
        minus = -Decimal(rdf.decimal_text(amount))
        for edge in graph.in_edges(node.id, "HAS_MEASURE"):
            doc = graph.nodes.get(edge.source)
            if doc is not None and doc.type == "Document":
                entries.append(((minus, doc.key), (node.label,), _iri(node.id)))
    return pages(entries)


def _by(graph: PolicyGraph, node_type: str, prop: str, order) -> dict[str, int]:
    """Pages of the lists of ``node_type`` per value of ``prop``, each in ``order(node)`` order."""
    lists: dict[str, list] = {}
    for node in graph.nodes_of(node_type):
        for value in _values(node.props.get(prop)):
            for rest in order(node):
                lists.setdefault(str(value), []).append((rest, (), _iri(node.id)))  # a tie: the same name
    out: dict[str, int] = {}
    for entries in lists.values():
        for iri, page in pages(entries).items():
            out[iri] = min(page, out.get(iri, page))
    return out


def _tiers(graph: PolicyGraph, assertion_iri: Callable) -> dict[str, int]:
    """Pages of the assertions of ``pkg:hasField`` links per tier (IRIs without brackets)."""
    lists: dict[str, list] = {}  # tier → entries, one per link (one row of the answer)
    found: dict[str, list[str]] = {}  # link → its assertions
    predicate = f"<{PKG.hasField}>"
    for (source, kind, target), edge in sorted(graph.edges.items()):
        tier, doc, field = edge.props.get("tier"), graph.nodes.get(source), graph.nodes.get(target)
        if kind != "HAS_FIELD" or tier in (None, "") or doc is None or doc.type != "Document" or field is None:
            continue
        s, o = f"<{_iri(source)}>", f"<{_iri(target)}>"
        link = f"{s} {o}"
        found[link] = [assertion_iri(s, predicate, o, ev)[1:-1] for ev in edge_evidence(edge)]
        lists.setdefault(str(tier), []).append(((doc.key, field.label, o[1:-1]), (), link))
    out: dict[str, int] = {}
    for entries in lists.values():
        for link, page in pages(entries).items():
            out.update(dict.fromkeys(found[link], page))
    return out


def page_lines(graph: PolicyGraph, assertion_iri: Callable) -> list[str]:
    """The ``pkg:listPage`` lines of ``graph`` (N-Triples without the final ``" ."``), sorted;
    ``assertion_iri(s, p, o, evidence)`` names an assertion (:func:`policykg.rdf.nquads.assertion_iri`)."""
    docs = pages(((n.key,), (), _iri(n.id)) for n in graph.nodes_of("Document"))
    found = [docs, _measures(graph), _tiers(graph, assertion_iri),
             _by(graph, "Programme", "kind", lambda n: [(bool(n.props.get("referenced")), n.label)]),
             _by(graph, "Organization", "kind", lambda n: [(n.label,)]),
             _by(graph, "Target", "year", lambda n: [(str(m),) for m in _values(n.props.get("metric"))])]
    return sorted(f'<{iri}> {_LIST_PAGE} "{page}"^^<{_INTEGER}>' for one in found for iri, page in one.items())
