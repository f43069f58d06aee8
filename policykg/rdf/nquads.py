"""The statements of a :class:`~policykg.model.PolicyGraph`, as N-Quads text, named graph by named graph.

This module is the one place that says which triples a graph has (the layout
and the reasons for it are in :mod:`policykg.model.terms`).  It writes N-Triples
terms as plain strings instead of rdflib terms, because a corpus of 10,000
documents has about 11 million quads: :mod:`policykg.rdf.files` streams these
lines to disk and lets pyoxigraph write the other formats, and
:func:`policykg.rdf.files.to_dataset` parses them into an rdflib ``Dataset`` for
small graphs.

:func:`statements` yields ``(graph term, lines)`` pairs: every graph's lines
come together (graphs in IRI order: ``derived`` (with the list pages of
:mod:`policykg.rdf.pages`, the field coverage of :mod:`policykg.rdf.coverage` and the sort keys of
:mod:`policykg.rdf.orders`), ``document/…``, ``entities``, ``ontology``), each line one ``subject predicate object`` without the final
``" ."``, so the same lines serve N-Quads (graph appended) and N-Triples.

>>> literal('他说"好"\\n', lang="zh")
'"他说\\\\"好\\\\"\\\\n"@zh'
>>> literal(7, XSD_INTEGER)
'"7"^^<http://www.w3.org/2001/XMLSchema#integer>'
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterator

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, TIME, XSD

from policykg.model import Edge, Evidence, Node, PolicyGraph
from policykg.model import terms as rdf
from policykg.model.provenance import edge_evidence
from policykg.model.terms import node_name_keys
from policykg.ontology.namespace import ID, PKG, SCHEMA
from policykg.rdf.coverage import coverage_lines
from policykg.rdf.orders import order_lines
from policykg.rdf.pages import page_lines

XSD_INTEGER, XSD_DECIMAL, XSD_BOOLEAN, XSD_GYEAR = (str(XSD.integer), str(XSD.decimal), str(XSD.boolean),
                                                    str(XSD.gYear))
#: Lines per block when a graph is long (the entities graph of a large corpus).
CHUNK = 20_000
_XSD_STRING = str(XSD.string)
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"}
_NEEDS_ESCAPE = re.compile(r'[\\"\x00-\x1f\x7f]')


def _escape_char(m: re.Match) -> str:
    c = m.group(0)
    return _ESCAPES.get(c) or f"\\u{ord(c):04X}"


_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def name_lang(name: str) -> str | None:
    """The language tag of an alternative name: ``zh`` when it holds a CJK character, else none.

    A Latin abbreviation (BCI, 6G, XR) is no Chinese text, so it gets no ``@zh`` tag.

    >>> name_lang("脑机接口"), name_lang("6G技术"), name_lang("BCI")
    ('zh', 'zh', None)
    """
    return "zh" if _CJK.search(name) else None


def literal(value, datatype: str | None = None, lang: str | None = None) -> str:
    """An N-Triples literal: ``"text"``, ``"text"@lang`` or ``"text"^^<datatype>`` (no datatype: xsd:string)."""
    text = str(value)
    if _NEEDS_ESCAPE.search(text):
        text = _NEEDS_ESCAPE.sub(_escape_char, text)
    if lang:
        return f'"{text}"@{lang.lower()}'
    if datatype and datatype != _XSD_STRING:
        return f'"{text}"^^<{datatype}>'
    return f'"{text}"'


def term(t) -> str:
    """The N-Triples form of an rdflib term (IRI, blank node or literal)."""
    if isinstance(t, URIRef):
        return f"<{t}>"
    if isinstance(t, BNode):
        return f"_:{t}"
    if isinstance(t, Literal):
        return literal(str(t), str(t.datatype) if t.datatype else None, t.language)
    raise TypeError(f"not an RDF term: {t!r}")


def _t(uri: URIRef) -> str:
    return f"<{uri}>"


# predicates and classes, rendered once
_TYPE, _LABEL, _ALT, _PREF = _t(RDF.type), _t(RDFS.label), _t(SKOS.altLabel), _t(SKOS.prefLabel)
_NAME_KEY, _IDENT, _CONCEPT, _IN_SCHEME = _t(PKG.nameKey), _t(PKG.identifier), _t(SKOS.Concept), _t(SKOS.inScheme)
_SUBJ, _PRED, _OBJ, _ASSERTION = _t(RDF.subject), _t(RDF.predicate), _t(RDF.object), _t(PKG.Assertion)
_DERIVED_FROM, _START, _END = _t(PROV.wasDerivedFrom), _t(PKG.charStart), _t(PKG.charEnd)
_QUOTE, _SECTION, _RULE = _t(PKG.quote), _t(PKG.section), _t(PKG.rule)
_MAX_FUNDING, _FUNDING, _TARGET_TIME = _t(PKG.maxFunding), _t(PKG.Funding), _t(PKG.targetTime)
_VALUE, _CURRENCY, _UNIT_TEXT = _t(SCHEMA.value), _t(SCHEMA.currency), _t(SCHEMA.unitText)
_INSTANT, _IN_GYEAR, _POLICY_TEXT = _t(TIME.Instant), _t(TIME.inXSDgYear), _t(PKG.PolicyText)


@functools.lru_cache(maxsize=1)
def _tables() -> dict:
    """Rendered class, subclass and property terms of :mod:`policykg.model.terms`'s tables."""
    return {"class": {k: _t(v) for k, v in rdf.CLASSES.items()},
            "doc": {k: _t(v) for k, v in rdf.DOC_CLASSES.items()},
            "region": {k: _t(v) for k, v in rdf.REGION_CLASSES.items()},
            "edge": {k: _t(v) for k, v in rdf.EDGE_PROPERTIES.items()},
            "edge_props": {k: _t(v) for k, v in rdf.EDGE_PROPS.items()},
            "node_props": {k: (_t(p), str(d)) for k, (p, d) in rdf.NODE_PROPS.items()}}


@functools.lru_cache(maxsize=1)


@functools.lru_cache(maxsize=1 << 18)
def node_iri(nid: str) -> str:
    """``<IRI>`` of a PolicyGraph node id (:func:`policykg.model.terms.iri`), cached."""
    return f"<{rdf.iri(nid)}>"


@functools.lru_cache(maxsize=1 << 16)
def graph_iri(doc: str) -> str:
    """``<IRI>`` of the named graph of document ``doc`` (``""``: the derived graph)."""
    return f"<{ID[f'graph/document/{rdf.encode_key(doc)}']}>" if doc else _t(rdf.DERIVED_GRAPH)


# -- nodes -------------------------------------------------------------------------
def node_lines(node: Node, scheme: str, seen: set | None = None) -> list[str]:
    """Type, labels, lookup keys and properties of one node (``seen``: shared helper nodes
    such as years already written, so each is written once)."""
    s = node_iri(node.id)
    out = [f"{s} {_TYPE} {_tables()['class'][node.type]}", f"{s} {_LABEL} {literal(node.label, lang='zh')}"]
    sub = _subclass(node)
    if sub:
        out.append(f"{s} {_TYPE} {sub}")
    if node.label_en:
        out.append(f"{s} {_LABEL} {literal(node.label_en, lang='en')}")
    out += [f"{s} {_ALT} {literal(a, lang=name_lang(a))}" for a in sorted(node.aliases)]
    out += [f"{s} {_NAME_KEY} {literal(k)}" for k in node_name_keys(node)]
    if node.type == "Field" and node.key not in rdf.vocabulary_iris():  # a new concept: give it SKOS labels
        out += [f"{s} {_TYPE} {_CONCEPT}", f"{s} {_IN_SCHEME} {scheme}", f"{s} {_PREF} {literal(node.label, lang='zh')}"]
        if node.label_en:
            out.append(f"{s} {_PREF} {literal(node.label_en, lang='en')}")
    if node.type == "Document":
        out.append(f"{s} {_IDENT} {literal(node.key)}")
    for prop, value in sorted(node.props.items()):
        out += _prop_lines(s, node, prop, value, seen)
    return out


def _subclass(node: Node) -> str | None:
    if node.type == "Document":
        return _tables()["doc"].get(node.props.get("doc_type"), _POLICY_TEXT)
    if node.type == "Region":
        return _tables()["region"].get(node.props.get("level"))
    return None


def _prop_lines(s: str, node: Node, prop: str, value, seen: set | None) -> list[str]:
    """Lines of one node property (unknown properties are left out)."""
    if value is None or value == "" or value == []:
        return []
    if prop == "max_funding_wan_yuan":
        f, amount = funding_iri(node), rdf.decimal_text(value)
        shown = amount.removesuffix(".0")  # 最高3000万元, as a reader writes it (the value keeps its type)
        out = [f"{s} {_MAX_FUNDING} {f}", f"{f} {_TYPE} {_FUNDING}", f"{f} {_VALUE} {literal(amount, XSD_DECIMAL)}",
               f"{f} {_CURRENCY} {literal('CNY')}", f"{f} {_UNIT_TEXT} {literal('万元')}",
               f"{f} {_LABEL} {literal(f'最高{shown}万元', lang='zh')}"]
        if node.props.get("max_funding_text"):  # the amount as the text writes it: 2000万元, 1亿元
            out.append(f"{f} {_ALT} {literal(node.props['max_funding_text'], lang='zh')}")
        return out
    props = _tables()["node_props"]
    if prop not in props:
        return []
    predicate, datatype = props[prop]
    values = value if isinstance(value, (list, tuple, set)) else [value]
    out = [f"{s} {predicate} {_value(v, datatype)}" for v in sorted(values, key=str)]
    if prop == "year" and node.type == "Target":
        year = int(value)
        t = f"<{ID}year/{year}>"
        out.append(f"{s} {_TARGET_TIME} {t}")
        if seen is None or t not in seen:
            out += [f"{t} {_TYPE} {_INSTANT}", f"{t} {_IN_GYEAR} {literal(f'{year:04d}', XSD_GYEAR)}"]
            if seen is not None:
                seen.add(t)
    return out


def funding_iri(node: Node) -> str:
    """``<IRI>`` of the funding cap of a Measure node."""
    return f"<{ID}funding/{rdf.encode_key(node.key)}>"


def funding_assertions(graph: PolicyGraph) -> Iterator[tuple[str, list[str]]]:
    """``(graph term, lines)``: for each measure with a cap, the assertion that its maxFunding comes
    from the sentence stating the amount (rule ``measure.funding``), in that document's graph."""
    for node in graph.nodes_of("Measure"):
        if node.props.get("max_funding_wan_yuan") is None:
            continue
        for ev in node.evidence:
            if ev.rule == "measure.funding" and ev.doc:
                yield graph_iri(ev.doc), _assertion(node_iri(node.id), _MAX_FUNDING, funding_iri(node), ev)


def _value(value, datatype: str) -> str:
    """A property value as a literal of ``datatype`` (decimals always with a point, as Turtle keeps them)."""
    if datatype == XSD_DECIMAL:
        return literal(rdf.decimal_text(value), XSD_DECIMAL)
    if datatype == XSD_INTEGER:
        return literal(int(value), XSD_INTEGER)
    if datatype == XSD_BOOLEAN:
        return literal("true" if value else "false", XSD_BOOLEAN)
    return literal(value, datatype)


# -- edges -------------------------------------------------------------------------
def edge_predicate(edge: Edge) -> str:
    """``<IRI>`` of the ontology property of an edge type (a programming error when there is none)."""
    found = _tables()["edge"].get(edge.type)
    if found is None:
        raise ValueError(f"edge type {edge.type!r} has no ontology property; add it to EDGE_PROPERTIES")
    return found


def assertion_lines(edge: Edge, ev: Evidence) -> list[str]:
    """The reified statement (a ``pkg:Assertion``) recording where one edge comes from."""
    out = _assertion(node_iri(edge.source), edge_predicate(edge), node_iri(edge.target), ev)
    a = out[0].split(" ", 1)[0]
    extra = _tables()["edge_props"]
    out += [f"{a} {extra[k]} {literal(v)}" for k, v in sorted(edge.props.items()) if k in extra and v not in (None, "")]
    return out


def assertion_iri(s: str, p: str, o: str, ev: Evidence) -> str:
    """``<IRI>`` of the ``pkg:Assertion`` that the statement ``s p o`` (``<IRI>`` terms) comes from ``ev``."""
    fields = (s[1:-1], p[1:-1], o[1:-1], ev.doc, ev.start, ev.end, ev.quote, ev.section, ev.rule)  # Evidence order
    digest = hashlib.sha1("\x1f".join(map(str, fields)).encode())
    return f"<{ID}assertion/{digest.hexdigest()[:24]}>"


def _assertion(s: str, p: str, o: str, ev: Evidence) -> list[str]:
    """The lines of a ``pkg:Assertion`` that the statement ``s p o`` comes from ``ev``."""
    a = assertion_iri(s, p, o, ev)
    out = [f"{a} {_TYPE} {_ASSERTION}", f"{a} {_SUBJ} {s}", f"{a} {_PRED} {p}", f"{a} {_OBJ} {o}"]
    if ev.doc:
        out += [f"{a} {_DERIVED_FROM} {node_iri('Document/' + ev.doc)}",
                f"{a} {_START} {literal(ev.start, XSD_INTEGER)}", f"{a} {_END} {literal(ev.end, XSD_INTEGER)}"]
    if ev.quote:
        out.append(f"{a} {_QUOTE} {literal(ev.quote)}")
    if ev.section:
        out.append(f"{a} {_SECTION} {literal(ev.section)}")
    if ev.rule:
        out.append(f"{a} {_RULE} {literal(ev.rule)}")
    return out


# -- the whole graph -------------------------------------------------------------------
@functools.lru_cache(maxsize=1)
def ontology_lines() -> tuple[str, ...]:
    """The ontology and field vocabulary (:func:`policykg.model.terms.static_graph`), sorted."""
    return tuple(sorted({f"{term(s)} {term(p)} {term(o)}" for s, p, o in rdf.static_graph()}))


def statements(graph: PolicyGraph) -> Iterator[tuple[str, list[str]]]:
    """``(graph term, lines)`` of the whole dataset of ``graph``: graphs in IRI order, each graph's
    lines together (a document's graph sorted, so a subject's lines are adjacent)."""
    by_graph: dict[str, list[tuple[Edge, Evidence | None]]] = {}
    for edge in sorted(graph.edges.values(), key=lambda e: e.key):
        edge_predicate(edge)
        evidence = edge_evidence(edge)
        for ev in evidence or [None]:
            by_graph.setdefault(graph_iri(ev.doc if ev else ""), []).append((edge, ev))
    documents = {graph_iri(n.key): n for n in graph.nodes_of("Document")}
    funding: dict[str, list[str]] = {}
    for name, lines in funding_assertions(graph):
        funding.setdefault(name, []).extend(lines)
    derived = {_t(rdf.DERIVED_GRAPH): (page_lines(graph, assertion_iri) + coverage_lines(graph, node_iri, literal)
                                         + order_lines(graph, node_iri))}
    derived = {k: v for k, v in derived.items() if v}
    names = sorted(set(by_graph) | set(documents) | set(funding) | set(derived)
                   | {_t(rdf.ENTITIES_GRAPH), _t(rdf.ONTOLOGY_GRAPH)})
    scheme = _t(rdf.field_scheme())
    for name in names:
        if name == _t(rdf.ONTOLOGY_GRAPH):
            yield name, list(ontology_lines())
        elif name == _t(rdf.ENTITIES_GRAPH):
            yield from _chunks(name, _entity_lines(graph, scheme))
        else:
            lines = node_lines(documents[name], scheme) if name in documents else []
            lines += funding.get(name, []) + derived.get(name, [])
            for edge, ev in by_graph.get(name, ()):
                s, p, o = node_iri(edge.source), edge_predicate(edge), node_iri(edge.target)
                lines.append(f"{s} {p} {o}")
                if ev is not None:
                    lines += assertion_lines(edge, ev)
            yield name, sorted(set(lines))


def _entity_lines(graph: PolicyGraph, scheme: str) -> Iterator[str]:
    seen: set = set()
    for node in sorted(graph, key=lambda n: n.id):
        if node.type != "Document":
            yield from node_lines(node, scheme, seen)


def _chunks(name: str, lines: Iterator[str]) -> Iterator[tuple[str, list[str]]]:
    block: list[str] = []
    for line in lines:
        block.append(line)
        if len(block) >= CHUNK:
            yield name, block
            block = []
    if block:
        yield name, block


def nquads(graph: PolicyGraph) -> Iterator[str]:
    """N-Quads lines (with newline) of the dataset of ``graph``."""
    for name, lines in statements(graph):
        for line in lines:
            yield f"{line} {name} .\n"
