"""Sort keys of the derived graph: ``pkg:labelOrder`` and ``pkg:iriOrder``, integers a question sorts on.

Oxigraph compares the terms of an ``ORDER BY`` one pair at a time, and reads a long label or an IRI
from the store at every comparison; an integer is compared where it stands.  At 10,000 documents
half of ``districts-of-cluster`` (1,249 rows, all of one cluster name) was its ``ORDER BY
?cluster_name ?district_iri`` (docs/benchmarks.md, sixth and seventh passes).  So the build writes,
in the derived graph (``id:graph/derived``):

- ``pkg:labelOrder`` on every Cluster: the place of its Chinese label among the distinct Chinese
  labels of the clusters, in code point order (as Oxigraph orders strings); equal labels share a
  place, so ``ORDER BY ?cluster_order`` orders as ``ORDER BY ?cluster_name`` does, ties included;
- ``pkg:iriOrder`` on every District: the place of its IRI among the IRIs of all districts, so
  ``ORDER BY ?district_order`` orders as ``ORDER BY ?district_iri``.

``districts-of-cluster`` keeps its columns and sorts on these keys instead of the label and IRI they
stand for; its rows and their order do not change (``tests/rdf/test_orders.py``; rows that tie on both
keys came, and come, in the order of Oxigraph's plan).  Labels of up to 15 bytes (five Chinese
characters: most region and field names) are stored inline and compare as fast as an integer, and an
extra look-up per row costs more than it saves (``fields-of-cluster``, ``field-coverage``: measured,
docs/benchmarks.md), so only clusters (``未来健康产业集群``: 24 bytes) and districts get keys.  Nothing here states
anything about a policy.

>>> from policykg.model import PolicyGraph
>>> g = PolicyGraph()
>>> for kind, key, label in [("Cluster", "c1", "乙"), ("Cluster", "c2", "甲"), ("Cluster", "c3", "乙"),
...                          ("District", "d2", "区"), ("District", "d1", "区")]:
...     _ = g.add_node(kind, key, label)
>>> [(line.split()[1].split("#")[1][:-1], line.split()[2].split('"')[1]) for line in order_lines(g, lambda nid: f"<http://x/{nid}>")]
[('labelOrder', '0'), ('labelOrder', '1'), ('labelOrder', '0'), ('iriOrder', '0'), ('iriOrder', '1')]
"""

from __future__ import annotations

from collections.abc import Callable

from policykg.model import PolicyGraph
from policykg.ontology.namespace import PKG

#: The node types that get a ``pkg:labelOrder``, and those that get a ``pkg:iriOrder``.
LABEL_ORDER_TYPES = ("Cluster",)
IRI_ORDER_TYPES = ("District",)
_LABEL_ORDER, _IRI_ORDER = f"<{PKG.labelOrder}>", f"<{PKG.iriOrder}>"
_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"


def _int(value: int) -> str:
    return f'"{value}"^^<{_INTEGER}>'


def order_lines(graph: PolicyGraph, node_iri: Callable[[str], str]) -> list[str]:
    """The ``pkg:labelOrder`` and ``pkg:iriOrder`` lines of ``graph`` (N-Triples without the final
    ``" ."``), in node id order; ``node_iri(nid)`` gives ``<IRI>`` terms as the writer does."""
    nodes = sorted((n for n in graph.nodes.values() if n.type in LABEL_ORDER_TYPES), key=lambda n: n.id)
    place = {label: i for i, label in enumerate(sorted({n.label for n in nodes}))}
    out = [f"{node_iri(n.id)} {_LABEL_ORDER} {_int(place[n.label])}" for n in nodes]
    iris = sorted(node_iri(n.id)[1:-1] for n in graph.nodes.values() if n.type in IRI_ORDER_TYPES)  # no brackets:
    out += [f"<{iri}> {_IRI_ORDER} {_int(i)}" for i, iri in enumerate(iris)]  # "<a>" sorts after "<a-1>"
    return out
