"""The one in-memory graph model that every stage shares.

Extraction produces digests; :mod:`policykg.resolve.builder` turns digests into a
:class:`PolicyGraph`; every writer (RDF, Neo4j, networkx, HTML) takes the
``PolicyGraph`` and nothing downstream re-reads raw text.

Node ids are stable strings ``"<Type>/<key>"`` (e.g. ``"Field/脑机接口"``,
``"District/310115"``), so the same input always gives the same ids and IRIs.

>>> g = PolicyGraph()
>>> doc = g.add_node("Document", "sh-plan", label="上海行动方案")
>>> f = g.add_node("Field", "脑机接口", label="脑机接口", label_en="brain-computer interface")
>>> ev = Evidence(doc="sh-plan", start=10, end=14, quote="1.脑机接口。", section="二、(一) 1.", rule="field.numbered")
>>> e = g.add_edge(doc.id, "HAS_FIELD", f.id, evidence=[ev])
>>> (len(g), g.number_of_edges())
(2, 1)
>>> [n.label for n in g.neighbors(doc.id)]
['脑机接口']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from policykg.model.schema import EDGES, NODE_TYPES

__all__ = ["NODE_TYPES", "Edge", "Evidence", "Merge", "Node", "PolicyGraph"]


@dataclass(frozen=True, order=True)
class Evidence:
    """Where a fact comes from: a span of a document's normalized text."""

    doc: str
    start: int
    end: int
    quote: str
    section: str = ""
    rule: str = ""

    def as_dict(self) -> dict:
        """Plain-dict form, as in digests."""
        return {"doc": self.doc, "start": self.start, "end": self.end, "quote": self.quote,
                "section": self.section, "rule": self.rule}

    @classmethod
    def from_dict(cls, d: dict, doc: str | None = None) -> Evidence:
        """Build from a digest ``evidence`` dict (``doc`` fills in a missing document id)."""
        return cls(doc=d.get("doc") or doc or "", start=int(d.get("start", 0)), end=int(d.get("end", 0)),
                   quote=d.get("quote", ""), section=d.get("section", "") or "", rule=d.get("rule", "") or "")


@dataclass
class Node:
    """An entity: a typed node with Chinese/English labels, aliases and properties."""

    type: str
    key: str
    label: str
    label_en: str = ""
    aliases: set[str] = field(default_factory=set)
    props: dict = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)
    _seen: set = field(default_factory=set, init=False, repr=False, compare=False)

    @property
    def id(self) -> str:
        """The stable id ``"<Type>/<key>"``."""
        return f"{self.type}/{self.key}"

    def names(self) -> set[str]:
        """The label, the English label and every alias."""
        return {self.label, self.label_en, *self.aliases} - {""}


@dataclass
class Edge:
    """A typed link between two node ids, with the evidence for it."""

    source: str
    type: str
    target: str
    props: dict = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)
    _seen: set = field(default_factory=set, init=False, repr=False, compare=False)

    @property
    def key(self) -> tuple[str, str, str]:
        """``(source, type, target)``: one edge per key."""
        return (self.source, self.type, self.target)


@dataclass(frozen=True)
class Merge:
    """One entity-resolution decision, for ``build --report``."""

    type: str
    into: str
    name: str
    reason: str


class PolicyGraph:
    """Nodes and edges of the policy knowledge graph, with provenance.

    Adding a node or an edge that already exists merges into it: labels stay,
    aliases, properties and evidence accumulate.
    """

    def __init__(self) -> None:
        self.nodes: dict[str, Node] = {}
        self.edges: dict[tuple[str, str, str], Edge] = {}
        self.merges: list[Merge] = []
        self._merge_set: set[Merge] = set()
        self._out: dict[str, set[tuple[str, str, str]]] = {}
        self._in: dict[str, set[tuple[str, str, str]]] = {}

    # -- building -----------------------------------------------------------
    def add_node(self, type: str, key: str, label: str | None = None, label_en: str = "",
                 aliases: Iterable[str] = (), props: dict | None = None,
                 evidence: Iterable[Evidence] = ()) -> Node:
        """Add (or merge into) the node ``type/key`` and return it."""
        if type not in NODE_TYPES:
            raise ValueError(f"unknown node type {type!r}")
        nid = f"{type}/{key}"
        node = self.nodes.get(nid)
        if node is None:
            node = Node(type=type, key=key, label=label or key, label_en=label_en)
            self.nodes[nid] = node
        elif label_en and not node.label_en:
            node.label_en = label_en
        node.aliases.update(a for a in aliases if a and a != node.label)
        if label and label != node.label:
            node.aliases.add(label)
        for k, v in (props or {}).items():
            if v is not None and node.props.get(k) is None:
                node.props[k] = v
        _extend_unique(node, evidence)
        return node

    def add_edge(self, source: str, type: str, target: str, props: dict | None = None,
                 evidence: Iterable[Evidence] = ()) -> Edge:
        """Add (or merge into) the edge ``source -type-> target`` and return it.

        ``type`` must be an edge type of :data:`policykg.model.schema.EDGES`:

        >>> g = PolicyGraph()
        >>> a, b = g.add_node("Field", "a"), g.add_node("Field", "b")
        >>> g.add_edge(a.id, "NEAR", b.id)
        Traceback (most recent call last):
        ...
        ValueError: unknown edge type 'NEAR'
        """
        if type not in EDGES:
            raise ValueError(f"unknown edge type {type!r}")
        for nid in (source, target):
            if nid not in self.nodes:
                raise KeyError(f"no node {nid!r}")
        key = (source, type, target)
        edge = self.edges.get(key)
        if edge is None:
            edge = Edge(source=source, type=type, target=target)
            self.edges[key] = edge
            self._out.setdefault(source, set()).add(key)
            self._in.setdefault(target, set()).add(key)
        for k, v in (props or {}).items():
            if v is not None and edge.props.get(k) is None:
                edge.props[k] = v
        _extend_unique(edge, evidence)
        return edge

    def note_merge(self, type: str, into: str, name: str, reason: str) -> None:
        """Record why ``name`` was resolved into node ``into``."""
        m = Merge(type, into, name, reason)
        if m not in self._merge_set:
            self.merges.append(m)
            self._merge_set.add(m)

    def remove_document(self, doc_id: str) -> None:
        """Drop every fact whose only evidence is document ``doc_id``, then orphans."""
        for key, edge in list(self.edges.items()):
            edge.evidence = [e for e in edge.evidence if e.doc != doc_id]
            if not edge.evidence or doc_id in (edge.source, edge.target):
                self._drop_edge(key)
        self.nodes.pop(doc_id, None)
        for nid in [n for n in self.nodes if not self._out.get(n) and not self._in.get(n)]:
            if self.nodes[nid].type != "Document":
                del self.nodes[nid]

    def _drop_edge(self, key) -> None:
        self.edges.pop(key, None)
        self._out.get(key[0], set()).discard(key)
        self._in.get(key[2], set()).discard(key)

    # -- reading ------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.nodes)

    def __contains__(self, nid: str) -> bool:
        return nid in self.nodes

    def __iter__(self) -> Iterator[Node]:
        return iter(self.nodes.values())

    def number_of_edges(self) -> int:
        """How many edges the graph has."""
        return len(self.edges)

    def nodes_of(self, type: str) -> list[Node]:
        """Every node of one type, sorted by id."""
        return sorted((n for n in self.nodes.values() if n.type == type), key=lambda n: n.id)

    def out_edges(self, nid: str, type: str | None = None) -> list[Edge]:
        """Edges leaving ``nid`` (optionally of one type), sorted."""
        keys = sorted(self._out.get(nid, ()))
        return [self.edges[k] for k in keys if type is None or k[1] == type]

    def in_edges(self, nid: str, type: str | None = None) -> list[Edge]:
        """Edges entering ``nid`` (optionally of one type), sorted."""
        keys = sorted(self._in.get(nid, ()))
        return [self.edges[k] for k in keys if type is None or k[1] == type]

    def neighbors(self, nid: str) -> list[Node]:
        """Nodes linked to ``nid`` in either direction, sorted by id."""
        ids = {k[2] for k in self._out.get(nid, ())} | {k[0] for k in self._in.get(nid, ())}
        return [self.nodes[i] for i in sorted(ids)]

    def find(self, name: str, type: str | None = None) -> list[Node]:
        """Nodes whose label, English label or alias equals ``name``."""
        return [n for n in self.nodes.values()
                if (type is None or n.type == type) and name in n.names()]

    def documents_of(self, obj: Node | Edge) -> list[str]:
        """Sorted ids of the documents whose evidence supports a node or edge."""
        return sorted({e.doc for e in obj.evidence})

    def counts(self) -> dict[str, int]:
        """Node counts by type, plus ``"edges"``."""
        out = {t: 0 for t in NODE_TYPES}
        for n in self.nodes.values():
            out[n.type] += 1
        out["edges"] = len(self.edges)
        return out

    def subgraph(self, node_ids: Iterable[str]) -> PolicyGraph:
        """A new graph with these nodes and the edges among them."""
        keep = set(node_ids) & set(self.nodes)
        sub = PolicyGraph()
        for nid in sorted(keep):
            sub.nodes[nid] = self.nodes[nid]
        for key, edge in sorted(self.edges.items()):
            if key[0] in keep and key[2] in keep:
                sub.edges[key] = edge
                sub._out.setdefault(key[0], set()).add(key)
                sub._in.setdefault(key[2], set()).add(key)
        return sub

    def to_networkx(self):
        """A ``networkx.MultiDiGraph`` with node/edge attributes (type, labels, props); each
        edge keeps its evidence (document, quote, section, rule, span) as plain dicts."""
        import networkx as nx  # imported on use: only this export needs networkx

        g = nx.MultiDiGraph()
        for n in sorted(self.nodes.values(), key=lambda n: n.id):
            g.add_node(n.id, type=n.type, label=n.label, label_en=n.label_en,
                       aliases=sorted(n.aliases), **n.props)
        for (s, t, o), e in sorted(self.edges.items()):
            g.add_edge(s, o, key=t, type=t, documents=self.documents_of(e),
                       evidence=[ev.as_dict() for ev in e.evidence], **e.props)
        return g


def _extend_unique(obj: Node | Edge, new: Iterable[Evidence]) -> None:
    """Append the evidence items ``obj`` does not have yet, in O(new) (the set of what it has is
    kept beside the list and rebuilt only when the list was changed from outside)."""
    target, seen = obj.evidence, obj._seen
    if len(seen) != len(target):
        seen.clear()
        seen.update(target)
    for ev in new:
        if ev not in seen:
            target.append(ev)
            seen.add(ev)
